package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/remedy"
)

// fixJSON is the output of fix -format json.
type fixJSON struct {
	Topology   string            `json:"topology"`
	AsOf       jurisdiction.Date `json:"as_of"`
	Consumer   string            `json:"consumer,omitempty"`
	Open       []string          `json:"open"`
	Remedies   []fixRemedy       `json:"remedies"`
	Unremedied []string          `json:"unremedied"`
	// NotResearched and Undeclared are what the assessment could not
	// check (law not researched, stores that declare no data): remedies
	// cannot be found for findings nobody could see.
	NotResearched []jurisdiction.Code `json:"not_researched,omitempty"`
	Undeclared    []string            `json:"undeclared,omitempty"`
}

// fixRemedy is a remedy, with, for a Terraform plan, the change to make
// in the configuration or the facts file instead of a JSON Patch.
type fixRemedy struct {
	remedy.Remedy
	Change string `json:"change,omitempty"`
}

func cmdFix(args []string, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("fix", "fix [flags] [-apply N -o FILE] FILE", stderr)
	c.register(fs, "text or json")
	apply := fs.Int("apply", 0, "write the topology document with remedy `N`'s patch applied (1 is the best) to -o FILE, instead of listing remedies")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 1 {
		return usageError(fs, stderr, "want one FILE, got %d arguments", len(pos))
	}
	if err := c.resolve("text", "json"); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	if *apply < 0 {
		return usageError(fs, stderr, "-apply: %d is not a remedy number", *apply)
	}
	if *apply > 0 && c.out == "" {
		return usageError(fs, stderr, "-apply writes a document: give it -o FILE")
	}
	if st := checkPaths(stdout, stderr, pos, []output{{flag: "-o", path: c.out}}); st != exitOK {
		return st
	}
	in, err := load(pos[0], c.facts)
	if err != nil {
		printError(stderr, err)
		return exitUsage
	}
	var opts []remedy.Option
	if c.hasCons {
		opts = append(opts, remedy.Consumer(c.cons))
	}
	p, err := remedy.Fix(in.top, c.date, opts...)
	if err != nil {
		printError(stderr, &inputError{name: in.name, data: in.positioned(), err: err})
		return exitUsage
	}
	if *apply > 0 {
		if in.plan != nil {
			return usageError(fs, stderr, "-apply patches a topology document; for a Terraform plan, make the change the remedy names in the configuration or the facts file")
		}
		if *apply > len(p.Remedies) {
			return usageError(fs, stderr, "-apply %d: there are %d remedies", *apply, len(p.Remedies))
		}
		patched, err := remedy.ApplyPatch(in.data, p.Remedies[*apply-1].Patch)
		if err == nil {
			// Decoded and encoded again: strictly checked, in the
			// library's canonical form.
			var top *residency.Topology
			if top, err = residency.DecodeJSON(patched); err == nil {
				var buf bytes.Buffer
				if err = residency.EncodeJSON(&buf, top); err == nil {
					patched = buf.Bytes()
				}
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency fix: remedy %d does not apply to %s: %v\n", *apply, in.name, err)
			return exitUsage
		}
		return emitTo(c.out, stdout, stderr, patched)
	}
	doc := fixJSON{Topology: p.Report.Topology, AsOf: c.date, Open: []string{}, Unremedied: p.Unremedied, Remedies: []fixRemedy{}}
	if c.hasCons {
		doc.Consumer = c.cons.String()
	}
	for _, v := range p.Report.Violations {
		if v.Waiver == nil {
			doc.Open = append(doc.Open, v.ID)
		}
	}
	for _, x := range p.Report.Conflicts {
		if x.Waiver == nil {
			doc.Open = append(doc.Open, x.ID)
		}
	}
	for _, u := range p.Report.Unresearched {
		doc.NotResearched = append(doc.NotResearched, u.Jurisdiction)
	}
	doc.Undeclared = p.Report.Undeclared
	for _, r := range p.Remedies {
		fr := fixRemedy{Remedy: r}
		if in.plan != nil {
			fr.Change = planChange(r)
			fr.Patch = nil
		}
		doc.Remedies = append(doc.Remedies, fr)
	}
	if c.format == "json" {
		b, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		return emitTo(c.out, stdout, stderr, append(b, '\n'))
	}
	var t text
	name := doc.Topology
	if name == "" {
		name = "topology"
	}
	remedies := "remedies"
	if len(doc.Remedies) == 1 {
		remedies = "remedy"
	}
	t.f("Remedies for %s as of %s, %s: %d open violations and conflicts, %d %s, best first\n", name, c.date,
		consumerText(p.Report.Consumer), len(doc.Open), len(doc.Remedies), remedies)
	for i, r := range doc.Remedies {
		kind := "deployment"
		if r.LegalAct {
			kind = "legal act"
		}
		t.f("\n%d. %s (%s, %s)\n", i+1, r.Explanation, r.Move, kind)
		t.f("   clears %s: %s\n", count(len(r.Cleared), "finding"), strings.Join(r.Cleared, ", "))
		if len(r.Introduced) > 0 {
			t.f("   introduces %s: %s\n", count(len(r.Introduced), "finding"), strings.Join(r.Introduced, ", "))
		} else {
			t.f("   introduces none\n")
		}
		t.f("   rating %s -> %s\n", scoresText(r.Before), scoresText(r.After))
		if r.Change != "" {
			t.f("   change: %s\n", r.Change)
		}
		for _, op := range r.Patch {
			v := ""
			if op.Value != nil {
				b, _ := json.Marshal(op.Value)
				v = " " + string(b)
			}
			t.f("   patch: %s %s%s\n", op.Op, op.Path, v)
		}
	}
	if len(p.Unremedied) > 0 {
		t.f("\nNo remedy found for: %s\n", strings.Join(p.Unremedied, ", "))
	}
	if len(doc.NotResearched) > 0 || len(doc.Undeclared) > 0 {
		t.f("\nNot checked, so not remedied either:")
		if len(doc.NotResearched) > 0 {
			codes := make([]string, len(doc.NotResearched))
			for i, c := range doc.NotResearched {
				codes[i] = c.String()
			}
			t.f(" the law of %s (not researched);", strings.Join(codes, ", "))
		}
		if len(doc.Undeclared) > 0 {
			t.f(" %s declaring no data (%s);", count(len(doc.Undeclared), "store"), strings.Join(doc.Undeclared, ", "))
		}
		t.f(" see assess.\n")
	}
	return emitTo(c.out, stdout, stderr, t.Bytes())
}

// scoresText writes seven scores as "C2 P2 I3 A4 Av4 U4 J2" ("-" for
// unrated).
func scoresText(s [hexad.NumElements]hexad.Score) string {
	abbr := [hexad.NumElements]string{"C", "P", "I", "A", "Av", "U", "J"}
	parts := make([]string, len(s))
	for i, x := range s {
		v := "-"
		if x > 0 {
			v = strconv.Itoa(int(x))
		}
		parts[i] = abbr[i] + v
	}
	return strings.Join(parts, " ")
}

// planChange says, for a Terraform plan, where to make a remedy's change:
// the resource and attribute, or the facts file.
func planChange(r remedy.Remedy) string {
	switch r.Move {
	case remedy.Relocate:
		provider, code, _ := strings.Cut(r.Region, ":")
		return fmt.Sprintf("%s: store it in %s region %s (with the same provider, a provider configuration or region attribute of %s; with another, a resource of that provider)",
			resourceOf(r.Store), provider, code, code)
	case remedy.AddMechanism:
		if r.Flow != "" {
			return fmt.Sprintf("facts file: a flow entry from/to the stores of flow %s with \"mechanisms\": [%q]", r.Flow, r.Mechanism)
		}
		return fmt.Sprintf("facts file: a holding of %s with \"mechanisms\": [%q]", resourceOf(r.Store), r.Mechanism)
	case remedy.CustomerKeys:
		return fmt.Sprintf("%s: encrypt with a customer-managed key held in %s (its KMS key attribute), outside the provider's reach", resourceOf(r.Store), r.Location)
	case remedy.RemoveAccess:
		return fmt.Sprintf("facts file: remove the admin-access flow %s", r.Flow)
	case remedy.RelocateAccess:
		return fmt.Sprintf("facts file: make admin-access flow %s act from %s", r.Flow, r.Location)
	case remedy.DropFlow:
		from, _, _ := strings.Cut(r.Flow, " -> ")
		return fmt.Sprintf("%s: remove the replication or backup rule that makes flow %s", resourceOf(from), r.Flow)
	case remedy.RegionOperator:
		return fmt.Sprintf("%s: let the region's operator run it (no operator or custodian of your own in the facts file)", resourceOf(r.Store))
	}
	return ""
}

// resourceOf returns the resource address of a store ID the plan reader
// made ("<address>/<region>" for a derived replica).
func resourceOf(store string) string {
	depth, quoted := 0, false
	for i := 0; i < len(store); i++ {
		switch c := store[i]; {
		case quoted:
			if c == '"' {
				quoted = false
			}
		case c == '"':
			quoted = true
		case c == '[':
			depth++
		case c == ']':
			depth--
		case c == '/' && depth == 0:
			return store[:i]
		}
	}
	return store
}

func cmdPlace(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("place", "place -classes C,... -subjects CC:N,... -controller-in CC [flags]", stderr)
	classes := fs.String("classes", "", "the dataset's data `CLASSES`, comma-separated (personal, health, important, …)")
	subjects := fs.String("subjects", "", "where the dataset's subjects are and how many, as `CC:N`, comma-separated (DE:50000,FR:2000)")
	ctlIn := fs.String("controller-in", "", "where the dataset's controller is incorporated, `CC`")
	cii := fs.Bool("cii", false, "the controller is designated a critical-information-infrastructure operator by its own jurisdiction")
	tags := fs.String("controller-tags", "", "roles of the controller some rules bind, comma-separated `TAGS` (public-body, data-broker, …)")
	consumer := fs.String("consumer", "", "the consumer's jurisdiction `CC` (default: a consumer with no home regime)")
	provider := fs.String("provider", "", "consider only provider `P`'s regions")
	asOf := fs.String("as-of", "", "assess as of `YYYY-MM-DD` (default: today)")
	format := fs.String("format", "text", "output `format`: text or json")
	top := fs.Int("top", 20, "list the best `N` regions in text (0: all)")
	out := fs.String("o", "", "write the output to `FILE` (default: standard output)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 0 {
		return usageError(fs, stderr, "unexpected arguments %q", pos)
	}
	if *format != "text" && *format != "json" {
		return usageError(fs, stderr, "-format: %q is not one of text, json", *format)
	}
	cat := jurisdiction.Default()
	parseCode := func(flag, s string) (jurisdiction.Code, bool) {
		c, err := jurisdiction.ParseCode(strings.TrimSpace(s))
		if err != nil || !cat.Known(c) {
			usageError(fs, stderr, "%s: %q is not a jurisdiction the catalog knows", flag, s)
			return c, false
		}
		return c, true
	}
	if *ctlIn == "" {
		return usageError(fs, stderr, "-controller-in is required: the law that binds the controller depends on it")
	}
	ctlCode, ok := parseCode("-controller-in", *ctlIn)
	if !ok {
		return exitUsage
	}
	ds := residency.Dataset{ID: "dataset"}
	for _, s := range strings.Split(*classes, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		var dc jurisdiction.DataClass
		if err := dc.UnmarshalText([]byte(s)); err != nil {
			return usageError(fs, stderr, "-classes: %v", err)
		}
		ds.Classes = append(ds.Classes, dc)
	}
	for _, s := range strings.Split(*subjects, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		code, n, _ := strings.Cut(s, ":")
		c, ok := parseCode("-subjects", code)
		if !ok {
			return exitUsage
		}
		var cnt int64
		if n != "" {
			if cnt, err = strconv.ParseInt(n, 10, 64); err != nil || cnt < 0 {
				return usageError(fs, stderr, "-subjects: %q is not a count", n)
			}
		}
		ds.Subjects = append(ds.Subjects, residency.Subjects{Jurisdiction: c, Count: cnt})
	}
	ctl := residency.Entity{ID: "controller", Jurisdiction: ctlCode}
	if *cii {
		ctl.CII = []jurisdiction.Code{ctlCode.Country()}
	}
	for _, s := range strings.Split(*tags, ",") {
		if s = strings.TrimSpace(s); s != "" {
			ctl.Tags = append(ctl.Tags, s)
		}
	}
	d := jurisdiction.DateOf(now())
	if *asOf != "" {
		if d, err = jurisdiction.ParseDate(*asOf); err != nil {
			return usageError(fs, stderr, "-as-of: %v", err)
		}
	}
	var opts []remedy.Option
	if *consumer != "" {
		c, ok := parseCode("-consumer", *consumer)
		if !ok {
			return exitUsage
		}
		opts = append(opts, remedy.Consumer(c))
	}
	if *provider != "" {
		if _, ok := cat.Provider(strings.ToLower(*provider)); !ok {
			return usageError(fs, stderr, "-provider: unknown provider %q", *provider)
		}
		opts = append(opts, remedy.Provider(strings.ToLower(*provider)))
	}
	ps, err := remedy.Place(ds, ctl, d, opts...)
	if err != nil {
		fmt.Fprintf(stderr, "dataresidency place: %v\n", err)
		return exitUsage
	}
	if *format == "json" {
		if ps == nil {
			ps = []remedy.Placement{}
		}
		b, err := json.MarshalIndent(ps, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		return emitTo(*out, stdout, stderr, append(b, '\n'))
	}
	var t text
	t.f("Placements as of %s for %s data of subjects in %s, controller in %s: %s, best first\n\n",
		d, orNone(*classes), orNone(*subjects), ctlCode, count(len(ps), "region"))
	tw := tabwriter.NewWriter(&t, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RANK\tREGION\tCOUNTRY\tOPERATOR\tVIOLATIONS\tCONFLICTS\tRATING\tLAW NOT RESEARCHED")
	notResearched := 0
	for i, p := range ps {
		if len(p.NotResearched) > 0 {
			notResearched++
		}
		if *top > 0 && i >= *top {
			continue
		}
		nr := "-"
		if len(p.NotResearched) > 0 {
			codes := make([]string, len(p.NotResearched))
			for k, c := range p.NotResearched {
				codes[k] = c.String()
			}
			nr = strings.Join(codes, ",")
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\t%s\t%s\n", i+1, p.Region, p.Country, p.Operator, len(p.Violations), len(p.Conflicts), scoresText(p.Rating), nr)
	}
	tw.Flush()
	if *top > 0 && len(ps) > *top {
		t.f("(%d more; -top 0 lists them all)\n", len(ps)-*top)
	}
	if notResearched > 0 {
		t.f("%d of %d placements touch a jurisdiction whose law the catalog did not research: nothing was checked against it, and no finding there is not \"no restriction\".\n",
			notResearched, len(ps))
	}
	return emitTo(*out, stdout, stderr, t.Bytes())
}

func orNone(s string) string {
	if s == "" {
		return "unclassified"
	}
	return s
}
