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
	"github.com/dataresidency/dataresidency/residency/sarif"
)

// An explanation is what explain prints, and its JSON output.
type explanation struct {
	AsOf     jurisdiction.Date `json:"as_of"`
	Consumer jurisdiction.Code `json:"consumer,omitzero"`
	// Finding is set when a finding is explained: the finding (a
	// residency.Violation, Conflict, Exposure or Obligation) with its
	// kind and level, and the catalog's full rules it cites.
	Finding *explainedFinding `json:"finding,omitempty"`
	// Element is set when a hexad element is explained.
	Element *explainedElement `json:"element,omitempty"`
	// Unlocated are a Terraform plan's resources whose location could not
	// be determined: they are not in the assessment explained.
	Unlocated []planResource `json:"unlocated,omitempty"`
}

type explainedFinding struct {
	ID     string              `json:"id"`
	Kind   string              `json:"kind"`
	Level  sarif.Level         `json:"level"`
	Detail any                 `json:"detail"`
	Rules  []jurisdiction.Rule `json:"rules"`
}

type explainedElement struct {
	Element  hexad.Element   `json:"element"`
	Score    hexad.Score     `json:"score"`
	Reasons  []string        `json:"reasons"`
	Datasets []datasetReason `json:"datasets"`
}

type datasetReason struct {
	Dataset string      `json:"dataset"`
	Score   hexad.Score `json:"score"`
	Reasons []string    `json:"reasons"`
}

func cmdExplain(args []string, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("explain", "explain [flags] FILE ID\n\nID is a finding ID (V:…, C:…, E:…, O:…, or a unique prefix of one) or a hexad\nelement name such as Confidentiality. -fail-on has no effect on explain.", stderr)
	c.register(fs, "text or json")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 2 {
		return usageError(fs, stderr, "want FILE and ID, got %d arguments", len(pos))
	}
	if err := c.resolve("text", "json"); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	a, err := assessFile(pos[0], &c, c.date)
	if err != nil {
		printError(stderr, err)
		return exitUsage
	}
	cat := a.eng.Catalog()
	ex := explanation{AsOf: a.rep.AsOf, Consumer: a.rep.Consumer}
	id := pos[1]
	if strings.Contains(id, ":") {
		f, err := findFinding(cat, a.rep, id)
		if err != nil {
			printMessage(stderr, "dataresidency explain: ", err.Error())
			return exitUsage
		}
		ex.Finding = f
	} else {
		e, ok := parseElement(id)
		if !ok {
			var names []string
			for _, e := range hexad.Elements() {
				names = append(names, e.String())
			}
			fmt.Fprintf(stderr, "dataresidency explain: %q is neither a finding ID (V:…, C:…, E:…, O:…) nor a hexad element (%s)\n", id, strings.Join(names, ", "))
			return exitUsage
		}
		ee := &explainedElement{Element: e, Score: a.rep.Rating.Score(e), Reasons: nonNil(a.rep.Rating.Reasons(e))}
		for _, d := range a.rep.Datasets {
			ee.Datasets = append(ee.Datasets, datasetReason{Dataset: d.Dataset, Score: d.Rating.Score(e), Reasons: nonNil(d.Rating.Reasons(e))})
		}
		ex.Element = ee
	}
	if a.in.plan != nil {
		ex.Unlocated = a.in.plan.Unlocated
	}
	var out []byte
	if c.format == "json" {
		b, err := json.MarshalIndent(ex, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		out = append(b, '\n')
	} else {
		var t text
		if ex.Finding != nil {
			writeFinding(&t, a.rep, ex.Finding)
		} else {
			writeElement(&t, a.rep, ex.Element)
		}
		if n := len(ex.Unlocated); n > 0 {
			t.f("\nNot in this assessment: %s of the plan could not be located (%s);\n", count(n, "resource"), addresses(ex.Unlocated))
			t.f("what they hold or carry is not reflected above.\n")
		}
		out = t.Bytes()
	}
	return c.emit(stdout, stderr, out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// parseElement parses a hexad element name, ignoring case, spaces,
// hyphens and slashes ("possession-control", "Possession/Control").
func parseElement(s string) (hexad.Element, bool) {
	norm := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '-' || r == '/' || r == '_' {
				return -1
			}
			return r
		}, strings.ToLower(s))
	}
	for _, e := range hexad.Elements() {
		if norm(e.String()) == norm(s) {
			return e, true
		}
	}
	return 0, false
}

// findFinding finds the finding with ID id, or the one whose ID id is a
// unique prefix of, in rep.
func findFinding(cat *jurisdiction.Catalog, rep *residency.Report, id string) (*explainedFinding, error) {
	type cand struct {
		id     string
		kind   string
		detail residency.Finding
		rules  []residency.RuleRef
		level  sarif.Level
	}
	var all []cand
	for f := range rep.Findings() {
		h := f.Head()
		all = append(all, cand{h.ID, h.Kind.String(), f, h.Rules, sarif.LevelOf(h.Severity)})
	}
	var match []cand
	for _, c := range all {
		if c.id == id {
			match = []cand{c}
			break
		}
		if strings.HasPrefix(c.id, id) {
			match = append(match, c)
		}
	}
	switch {
	case len(match) == 0:
		var ids []string
		for _, c := range all {
			ids = append(ids, "  "+escapeControls(c.id))
		}
		if len(ids) == 0 {
			return nil, fmt.Errorf("no finding %q: the assessment as of %s has no findings", id, rep.AsOf)
		}
		return nil, fmt.Errorf("no finding %q as of %s; the findings are:\n%s", id, rep.AsOf, strings.Join(ids, "\n"))
	case len(match) > 1:
		var ids []string
		for _, c := range match {
			ids = append(ids, "  "+escapeControls(c.id))
		}
		return nil, fmt.Errorf("%q is the prefix of %d findings:\n%s", id, len(match), strings.Join(ids, "\n"))
	}
	m := match[0]
	f := &explainedFinding{ID: m.id, Kind: m.kind, Detail: m.detail, Level: m.level}
	for _, r := range m.rules {
		if rule, ok := cat.Rule(r.ID); ok {
			f.Rules = append(f.Rules, rule)
		} else {
			f.Rules = append(f.Rules, jurisdiction.Rule{ID: r.ID, Jurisdiction: r.Jurisdiction, Kind: r.Kind, Title: r.Title,
				Citation: jurisdiction.Citation{Law: r.Citation}, Verified: r.Verified})
		}
	}
	return f, nil
}

// entityText names entity id for people: an entity added from the catalog
// by its name, with the ID a waiver or -format json uses beside it.
func entityText(rep *residency.Report, id string) string {
	if n := rep.EntityName(id); n != id {
		return n + " (" + id + ")"
	}
	return id
}

// writeFinding explains a finding for people.
func writeFinding(t *text, rep *residency.Report, f *explainedFinding) {
	t.f("%s\n", f.ID)
	t.f("%s, severity %s, as of %s, %s\n", strings.ToUpper(f.Kind[:1])+f.Kind[1:], f.Level, rep.AsOf, consumerText(rep.Consumer))
	field := func(name, value string) {
		if value != "" {
			t.f("  %-11s %s\n", name+":", value)
		}
	}
	var waiver *residency.Waiver
	switch d := f.Detail.(type) {
	case *residency.Violation:
		field("Path", d.Path.String())
		field("Dataset", d.Dataset)
		field("Store", d.Store)
		field("Flow", d.Flow)
		field("Entity", entityText(rep, d.Entity))
		field("Reason", d.Reason)
		waiver = d.Waiver
		t.f("\nRule broken:\n")
		writeRules(t, f.Rules)
	case *residency.Conflict:
		field("Path", d.Path.String())
		field("Store", d.Store)
		field("Datasets", strings.Join(d.Datasets, ", "))
		field("Party", entityText(rep, d.Party))
		field("Link", d.Link.String())
		field("Readable", yesNo(d.Readable))
		field("Reason", d.Reason)
		waiver = d.Waiver
		t.f("\nCompelling side: %s can compel disclosure under\n", d.CompellingJurisdiction)
		writeRules(t, f.Rules[:len(d.Compelling)])
		t.f("\nBlocking side: %s forbids handing the data over under\n", d.BlockingJurisdiction)
		writeRules(t, f.Rules[len(d.Compelling):])
		if len(d.Relief) > 0 {
			t.f("\nRelief:\n")
			for _, r := range d.Relief {
				t.f("  - %s\n", r)
			}
		}
	case *residency.Exposure:
		field("Path", d.Path.String())
		field("Government", d.Government.String())
		field("Store", d.Store)
		field("Datasets", strings.Join(d.Datasets, ", "))
		field("Via", d.Via.String())
		field("Party", entityText(rep, d.Party))
		field("Readable", yesNo(d.Readable))
		if d.Presumed {
			field("Basis", "presumed: the catalog has no compelled-access rule for "+d.Government.String()+", and every state can compel what is on its territory")
		}
		waiver = d.Waiver
		if len(f.Rules) > 0 {
			t.f("\nRules that give the reach:\n")
			writeRules(t, f.Rules)
		}
	case *residency.Obligation:
		field("Path", d.Path.String())
		field("Dataset", d.Dataset)
		field("Stores", strings.Join(d.Stores, ", "))
		field("Reason", d.Reason)
		waiver = d.Waiver
		t.f("\nRule that applies:\n")
		writeRules(t, f.Rules)
	}
	if waiver != nil {
		t.f("\nWaiver: accepted by %s until %s (exclusive): %s\n", waiver.Approver, waiver.Expires, waiver.Justification)
	} else {
		t.f("\nWaiver: none\n")
	}
}

// writeRules writes rules with their citations, dates, relief, sources
// and notes.
func writeRules(t *text, rules []jurisdiction.Rule) {
	for _, r := range rules {
		t.f("  %s: %s\n", r.ID, r.Title)
		t.f("    Citation:  %s\n", r.Citation.Full())
		t.f("    Enacted by %s; %s rule; in force %s\n", r.Jurisdiction, r.Kind, inForce(r))
		if len(r.Territory) > 0 {
			t.f("    Territory: %s\n", codes(r.Territory))
		}
		verified := "no"
		if r.Verified {
			verified = "yes"
		}
		if !r.Reviewed.IsZero() {
			verified += ", reviewed " + r.Reviewed.String()
		}
		t.f("    Verified:  %s\n", verified)
		if r.Relief != "" {
			t.f("    Relief:    %s\n", r.Relief)
		}
		for i, s := range r.Sources {
			label := "Sources:  "
			if i > 0 {
				label = "          "
			}
			if s.URL != "" {
				t.f("    %s - %s <%s>\n", label, s.Title, s.URL)
			} else {
				t.f("    %s - %s\n", label, s.Title)
			}
		}
		if r.Notes != "" {
			t.f("    Notes:     %s\n", r.Notes)
		}
	}
}

func inForce(r jurisdiction.Rule) string {
	s := "from " + r.Effective.String()
	if r.Effective.IsZero() {
		s = "since an unrecorded date"
	}
	if !r.End.IsZero() {
		s += " until " + r.End.String() + " (exclusive)"
	}
	return s
}

func codes(cs []jurisdiction.Code) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, ", ")
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// writeElement explains one hexad element: the topology's score and
// reasons, then each dataset's.
func writeElement(t *text, rep *residency.Report, e *explainedElement) {
	name := rep.Topology
	if name == "" {
		name = "topology"
	}
	t.f("%s as of %s, %s\n", e.Element, rep.AsOf, consumerText(rep.Consumer))
	if e.Score.IsValid() {
		t.f("\n%s: %s (the lowest over its datasets)\n", name, e.Score)
	} else {
		t.f("\n%s: not rated (no dataset has a score)\n", name)
	}
	for _, r := range e.Reasons {
		t.f("  - %s\n", r)
	}
	for _, d := range e.Datasets {
		t.f("\nDataset %s: %s\n", d.Dataset, d.Score)
		if len(d.Reasons) == 0 {
			t.f("  (no reasons given)\n")
		}
		for _, r := range d.Reasons {
			t.f("  - %s\n", r)
		}
	}
	if len(rep.Rating.Defaults) > 0 {
		t.f("\nNo researched access profile for %s: the elements they bear on are not rated.\n", strings.Join(slices.Clone(rep.Rating.Defaults), ", "))
	}
}

// addresses lists the resources' addresses, at most three, and how many more.
func addresses(rs []planResource) string {
	var out []string
	for i, r := range rs {
		if i == 3 {
			out = append(out, fmt.Sprintf("and %d more", len(rs)-3))
			break
		}
		out = append(out, r.Address)
	}
	return strings.Join(out, ", ")
}
