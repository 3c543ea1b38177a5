package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// A diffResult is what diff prints, and its JSON output.
type diffResult struct {
	From diffSide `json:"from"`
	To   diffSide `json:"to"`
	// Added are the findings of To that From does not have: what became
	// unlawful, conflicted or exposed. Removed are From's findings that To
	// does not have. Changed are findings of both whose waiver or level
	// differs, as they are in To.
	Added   []finding `json:"added"`
	Removed []finding `json:"removed"`
	Changed []change  `json:"changed"`
	// Law lists the rules cited by added or removed findings that came
	// into force or ceased to apply between the two dates.
	Law []lawChange `json:"law"`
	// Ratings lists the hexad elements whose topology score changed.
	Ratings []ratingChange `json:"ratings"`
	// Incomplete is set when a side is a Terraform plan with resources
	// whose location could not be determined (listed in its side), not
	// accepted with -allow-unlocated: the diff cannot say what they change.
	Incomplete bool `json:"incomplete,omitzero"`
}

type diffSide struct {
	File     string            `json:"file"`
	Topology string            `json:"topology"`
	AsOf     jurisdiction.Date `json:"as_of"`
	Consumer jurisdiction.Code `json:"consumer,omitzero"`
	Catalog  string            `json:"catalog"`
	// Unlocated are a Terraform plan's resources whose location could not
	// be determined: they are not in the side's assessment.
	Unlocated []planResource `json:"unlocated,omitempty"`
}

type change struct {
	finding
	Was finding `json:"was"`
}

type lawChange struct {
	Rule     string            `json:"rule"`
	Citation string            `json:"citation"`
	Change   string            `json:"change"` // "in force" or "no longer in force"
	On       jurisdiction.Date `json:"on"`
}

type ratingChange struct {
	Element hexad.Element `json:"element"`
	From    hexad.Score   `json:"from"`
	To      hexad.Score   `json:"to"`
	// Added and Removed are the reasons the element gained and lost.
	Added   []string `json:"added_reasons"`
	Removed []string `json:"removed_reasons"`
}

func cmdDiff(args []string, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("diff", "diff [flags] -from YYYY-MM-DD -to YYYY-MM-DD FILE\n       dataresidency diff [flags] OLD NEW\n\nThe exit status is 1 when the second assessment has unwaived findings at or\nabove -fail-on that the first has not, or when a Terraform plan has\nresources whose location cannot be determined (see -allow-unlocated).", stderr)
	c.register(fs, "text or json")
	from := fs.String("from", "", "the first assessment date `YYYY-MM-DD` (with one FILE)")
	to := fs.String("to", "", "the second assessment date `YYYY-MM-DD` (with one FILE)")
	allowUnlocated := fs.Bool("allow-unlocated", false, "accept Terraform plans with resources whose location cannot be determined (by default they make the result incomplete and the exit status 1)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	var oldName, newName string
	var d1, d2 jurisdiction.Date
	switch len(pos) {
	case 1:
		if *from == "" || *to == "" {
			return usageError(fs, stderr, "with one FILE, give both -from and -to")
		}
		if c.asOf != "" {
			return usageError(fs, stderr, "-as-of is for diffing two files; with one FILE, give -from and -to")
		}
		c.asOf = *from // keeps resolve from reading the clock; the dates are below
		var err error
		if d1, err = jurisdiction.ParseDate(*from); err != nil {
			return usageError(fs, stderr, "-from: %v", err)
		}
		if d2, err = jurisdiction.ParseDate(*to); err != nil {
			return usageError(fs, stderr, "-to: %v", err)
		}
		oldName, newName = pos[0], pos[0]
	case 2:
		if *from != "" || *to != "" {
			return usageError(fs, stderr, "-from and -to are for diffing one FILE across dates; with two files, give -as-of")
		}
		oldName, newName = pos[0], pos[1]
	default:
		return usageError(fs, stderr, "want FILE with -from and -to, or OLD and NEW; got %d arguments", len(pos))
	}
	if err := c.resolve("text", "json"); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	if len(pos) == 2 {
		d1, d2 = c.date, c.date
	}
	oldA, err := assessFile(oldName, &c, d1)
	if err != nil {
		printError(stderr, err)
		return exitUsage
	}
	newA := oldA
	switch {
	case newName != oldName:
		newA, err = assessFile(newName, &c, d2)
	case d1 != d2:
		// The same input on the second date: read once (standard input
		// cannot be read twice), assessed again with the same engine.
		newA, err = assessInput(oldA.in, oldA.eng, &c, d2)
	}
	if err != nil {
		printError(stderr, err)
		return exitUsage
	}
	res := diffReports(oldA, newA)
	unlocated := len(res.From.Unlocated)
	if newName != oldName {
		unlocated += len(res.To.Unlocated)
	}
	res.Incomplete = unlocated > 0 && !*allowUnlocated
	failing := 0
	for _, f := range res.Added {
		if c.fails(f.Level, f.Waiver != nil) {
			failing++
		}
	}
	for _, ch := range res.Changed {
		if c.fails(ch.Level, ch.Waiver != nil) && !c.fails(ch.Was.Level, ch.Was.Waiver != nil) {
			failing++
		}
	}
	var out []byte
	if c.format == "json" {
		b, err := json.MarshalIndent(res, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		out = append(b, '\n')
	} else {
		var t text
		writeDiff(&t, res)
		incomplete := ""
		if res.Incomplete {
			incomplete = fmt.Sprintf("INCOMPLETE: %s could not be located, so what they change is not shown (-allow-unlocated accepts them)", count(unlocated, "resource"))
		}
		switch {
		case c.failOnLv.Rank() == 0 && incomplete != "":
			t.f("\nResult: %s\n", incomplete)
		case c.failOnLv.Rank() == 0:
		case failing > 0 && incomplete != "":
			t.f("\nResult: FAIL: %s newly at or above %s; %s\n", count(failing, "unwaived finding"), c.failOnLv, incomplete)
		case failing > 0:
			t.f("\nResult: FAIL: %s newly at or above %s\n", count(failing, "unwaived finding"), c.failOnLv)
		case incomplete != "":
			t.f("\nResult: %s; no unwaived finding newly at or above %s\n", incomplete, c.failOnLv)
		default:
			t.f("\nResult: pass: no unwaived finding newly at or above %s\n", c.failOnLv)
		}
		out = t.Bytes()
	}
	if st := c.emit(stdout, stderr, out); st != exitOK {
		return st
	}
	if failing > 0 || res.Incomplete {
		return exitFindings
	}
	return exitOK
}

func side(a *assessed) diffSide {
	s := diffSide{File: a.in.name, Topology: a.rep.Topology, AsOf: a.rep.AsOf, Consumer: a.rep.Consumer, Catalog: a.rep.Catalog}
	if a.in.plan != nil {
		s.Unlocated = a.in.plan.Unlocated
	}
	return s
}

// diffReports compares two assessments.
func diffReports(oldA, newA *assessed) *diffResult {
	cat := newA.eng.Catalog()
	oldF, newF := findings(oldA.rep, true), findings(newA.rep, true)
	byID := func(fs []finding) map[string]finding {
		m := make(map[string]finding, len(fs))
		for _, f := range fs {
			m[f.ID] = f
		}
		return m
	}
	oldBy, newBy := byID(oldF), byID(newF)
	res := &diffResult{From: side(oldA), To: side(newA), Added: []finding{}, Removed: []finding{}, Changed: []change{}, Law: []lawChange{}, Ratings: []ratingChange{}}
	for _, f := range newF {
		was, ok := oldBy[f.ID]
		switch {
		case !ok:
			res.Added = append(res.Added, f)
		case was.Level != f.Level || (was.Waiver == nil) != (f.Waiver == nil):
			res.Changed = append(res.Changed, change{finding: f, Was: was})
		}
	}
	for _, f := range oldF {
		if _, ok := newBy[f.ID]; !ok {
			res.Removed = append(res.Removed, f)
		}
	}
	// The law that changed between the dates, among the rules the changed
	// findings cite.
	d1, d2 := oldA.rep.AsOf, newA.rep.AsOf
	if d1 != d2 {
		seen := map[string]bool{}
		for _, f := range slices.Concat(res.Added, res.Removed) {
			for _, ref := range f.Rules {
				if seen[ref.ID] {
					continue
				}
				seen[ref.ID] = true
				r, ok := cat.Rule(ref.ID)
				if !ok || r.InForce(d1) == r.InForce(d2) {
					continue
				}
				lc := lawChange{Rule: r.ID, Citation: r.Citation.String()}
				// The boundary of the rule's period that lies between the
				// dates: it is in force on one and not the other.
				lo, hi := d1, d2
				if hi.Before(lo) {
					lo, hi = hi, lo
				}
				if r.Effective.After(lo) && !r.Effective.After(hi) {
					lc.On = r.Effective
				} else {
					lc.On = r.End
				}
				if r.InForce(d2) {
					lc.Change = "in force"
				} else {
					lc.Change = "no longer in force"
				}
				res.Law = append(res.Law, lc)
			}
		}
		slices.SortFunc(res.Law, func(a, b lawChange) int {
			if c := a.On.Compare(b.On); c != 0 {
				return c
			}
			return strings.Compare(a.Rule, b.Rule)
		})
	}
	for _, e := range hexad.Elements() {
		a, b := oldA.rep.Rating.Score(e), newA.rep.Rating.Score(e)
		if a == b {
			continue
		}
		oldR, newR := oldA.rep.Rating.Reasons(e), newA.rep.Rating.Reasons(e)
		rc := ratingChange{Element: e, From: a, To: b, Added: []string{}, Removed: []string{}}
		for _, r := range newR {
			if !slices.Contains(oldR, r) {
				rc.Added = append(rc.Added, r)
			}
		}
		for _, r := range oldR {
			if !slices.Contains(newR, r) {
				rc.Removed = append(rc.Removed, r)
			}
		}
		res.Ratings = append(res.Ratings, rc)
	}
	return res
}

// writeDiff writes a diff for people.
func writeDiff(t *text, res *diffResult) {
	name := res.To.Topology
	if name == "" {
		name = "topology"
	}
	if res.From.File == res.To.File {
		t.f("Changes in %s from %s to %s, %s\n", name, res.From.AsOf, res.To.AsOf, consumerText(res.To.Consumer))
	} else {
		t.f("Changes from %s to %s as of %s, %s\n", res.From.File, res.To.File, res.To.AsOf, consumerText(res.To.Consumer))
	}
	list := func(title, sign string, fs []finding) {
		t.f("\n%s (%d):\n", title, len(fs))
		if len(fs) == 0 {
			t.f("  none\n")
		}
		for _, f := range fs {
			t.f("  %s %-8s %s%s\n", sign, f.Level, f.ID, waiverText(f.Waiver))
			t.f("             %s\n", f.Summary)
			if f.Reason != "" {
				t.f("             %s\n", f.Reason)
			}
		}
	}
	list("Became unlawful, conflicted or exposed", "+", res.Added)
	list("Became lawful or no longer exposed", "-", res.Removed)
	if len(res.Changed) > 0 {
		t.f("\nChanged (%d):\n", len(res.Changed))
		for _, c := range res.Changed {
			t.f("  ~ %s: %s%s, was %s%s\n", c.ID, c.Level, waivedOrNot(c.Waiver), c.Was.Level, waivedOrNot(c.Was.Waiver))
		}
	}
	if len(res.Added)+len(res.Removed) > 0 {
		t.f("\nWhy:\n")
		for _, l := range res.Law {
			t.f("  %s (%s) %s on %s\n", l.Rule, l.Citation, map[string]string{"in force": "came into force", "no longer in force": "ceased to apply"}[l.Change], l.On)
		}
		if res.From.File != res.To.File {
			t.f("  the topology changed between the two files\n")
		} else if len(res.Law) == 0 {
			t.f("  no rule these findings cite changed between the dates: the topology's dated facts did (operators, custodians, keys, owners, periods)\n")
		} else {
			t.f("  (and any change in the topology's own dated facts between the dates)\n")
		}
	}
	t.f("\nRating changes:\n")
	if len(res.Ratings) == 0 {
		t.f("  none\n")
	}
	for _, r := range res.Ratings {
		t.f("  %-18s %s -> %s\n", r.Element, r.From, r.To)
		for _, s := range r.Added {
			t.f("    + %s\n", s)
		}
		for _, s := range r.Removed {
			t.f("    - %s\n", s)
		}
	}
	sides := []diffSide{res.From}
	if res.To.File != res.From.File {
		sides = append(sides, res.To)
	}
	for _, sd := range sides {
		if len(sd.Unlocated) == 0 {
			continue
		}
		t.f("\nUnlocated resources of %s, in neither assessment:\n", sd.File)
		for _, r := range sd.Unlocated {
			t.f("  %s (%s): %s\n", r.Address, r.Type, r.Reason)
		}
	}
}

func waivedOrNot(w *residency.Waiver) string {
	if w == nil {
		return ""
	}
	return " (waived)"
}
