package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/sarif"
)

// A finding is any of a report's findings, with its severity.
type finding struct {
	ID     string            `json:"id"`
	Kind   string            `json:"kind"` // violation, conflict, exposure, obligation
	Level  sarif.Level       `json:"level"`
	Waiver *residency.Waiver `json:"waiver,omitempty"`
	// Summary says in one line what the finding is; Reason why.
	Summary string              `json:"summary"`
	Reason  string              `json:"reason,omitempty"`
	Rules   []residency.RuleRef `json:"rules"`
}

// findings lists rep's findings in report order with their levels.
func findings(cat *jurisdiction.Catalog, rep *residency.Report) []finding {
	var out []finding
	for _, v := range rep.Violations {
		out = append(out, finding{ID: v.ID, Kind: "violation", Level: sarif.Error, Waiver: v.Waiver,
			Summary: fmt.Sprintf("violates %s", v.Rule), Reason: v.Reason, Rules: []residency.RuleRef{v.Rule}})
	}
	for _, c := range rep.Conflicts {
		out = append(out, finding{ID: c.ID, Kind: "conflict", Level: sarif.Error, Waiver: c.Waiver,
			Summary: fmt.Sprintf("%s [%s] vs %s [%s]", c.CompellingJurisdiction, refs(c.Compelling), c.BlockingJurisdiction, refs(c.Blocking)),
			Reason:  c.Reason, Rules: append(append([]residency.RuleRef(nil), c.Compelling...), c.Blocking...)})
	}
	for _, x := range rep.Exposures {
		out = append(out, finding{ID: x.ID, Kind: "exposure", Level: sarif.ExposureLevel(cat, rep, x), Waiver: x.Waiver,
			Summary: exposureSummary(x), Rules: x.Rules})
	}
	for _, o := range rep.Obligations {
		out = append(out, finding{ID: o.ID, Kind: "obligation", Level: sarif.Note, Waiver: o.Waiver,
			Summary: fmt.Sprintf("%s applies to dataset %s (stores %s)", o.Rule, o.Dataset, strings.Join(o.Stores, ", ")),
			Reason:  o.Reason, Rules: []residency.RuleRef{o.Rule}})
	}
	return out
}

func exposureSummary(x residency.Exposure) string {
	via := x.Via
	if x.Party != "" {
		via += " " + x.Party
	}
	basis := "presumed territorial jurisdiction"
	if !x.Presumed {
		basis = refs(x.Rules)
	}
	read := "readable"
	if !x.Readable {
		read = "ciphertext only"
	}
	return fmt.Sprintf("%s reaches store %s via %s (%s; %s)", x.Government, x.Store, via, basis, read)
}

func refs(rs []residency.RuleRef) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return strings.Join(parts, ", ")
}

// assessed is an input and its report.
type assessed struct {
	in  *input
	eng *residency.Engine
	rep *residency.Report
}

// assessFile loads and assesses FILE on day d. Errors are *inputError.
func assessFile(name string, c *commonFlags, d jurisdiction.Date) (*assessed, error) {
	in, err := load(name)
	if err != nil {
		return nil, err
	}
	eng, err := residency.NewEngine()
	if err != nil {
		return nil, err
	}
	rep, err := eng.Assess(in.top, c.options(d)...)
	if err != nil {
		return nil, &inputError{name: name, data: in.positioned(), err: err}
	}
	return &assessed{in: in, eng: eng, rep: rep}, nil
}

func cmdAssess(args []string, stdout, stderr io.Writer) int {
	var c commonFlags
	fs := newFlagSet("assess", "assess [flags] FILE", stderr)
	c.register(fs, "text, json or sarif")
	svgOut := fs.String("svg", "", "also write the topology's hexad rating as an SVG radar chart to `FILE`")
	dotOut := fs.String("dot", "", "also write the topology as a Graphviz DOT diagram, findings highlighted, to `FILE`")
	mermaidOut := fs.String("mermaid", "", "also write the topology as a Mermaid flowchart, findings highlighted, to `FILE`")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return flagError(err)
	}
	if len(pos) != 1 {
		return usageError(fs, stderr, "want one FILE, got %d arguments", len(pos))
	}
	if err := c.resolve("text", "json", "sarif"); err != nil {
		return usageError(fs, stderr, "%v", err)
	}
	a, err := assessFile(pos[0], &c, c.date)
	if err != nil {
		printError(stderr, err)
		return exitUsage
	}
	cat := a.eng.Catalog()
	fs2 := findings(cat, a.rep)
	failing := 0
	for _, f := range fs2 {
		if c.fails(f.Level, f.Waiver != nil) {
			failing++
		}
	}
	var out []byte
	switch c.format {
	case "json":
		b, err := json.MarshalIndent(a.rep, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		out = append(b, '\n')
		printPlanLists(stderr, a.in.plan)
	case "sarif":
		var buf bytes.Buffer
		if err := sarif.Write(&buf, a.rep, cat, a.in.uri); err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		out = buf.Bytes()
		printPlanLists(stderr, a.in.plan)
	default:
		var t text
		writeReport(&t, a.rep, fs2)
		printPlanLists(&t, a.in.plan)
		writeVerdict(&t, &c, fs2, failing)
		out = t.Bytes()
	}
	if st := c.emit(stdout, stderr, out); st != exitOK {
		return st
	}
	pictures := []struct {
		file  string
		write func(io.Writer) error
	}{
		{*svgOut, func(w io.Writer) error { return hexad.WriteSVG(w, a.rep.Rating) }},
		{*dotOut, func(w io.Writer) error { return residency.WriteDOT(w, a.in.top, a.rep) }},
		{*mermaidOut, func(w io.Writer) error { return residency.WriteMermaid(w, a.in.top, a.rep) }},
	}
	for _, p := range pictures {
		if p.file == "" {
			continue
		}
		var buf bytes.Buffer
		if err := p.write(&buf); err != nil {
			fmt.Fprintf(stderr, "dataresidency: %s: %v\n", p.file, err)
			return exitUsage
		}
		if err := os.WriteFile(p.file, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
	}
	if failing > 0 {
		return exitFindings
	}
	return exitOK
}

// writeReport writes the report for people: a header, the findings by
// kind with their IDs and severities, and the hexad rating.
func writeReport(t *text, rep *residency.Report, fs []finding) {
	name := rep.Topology
	if name == "" {
		name = "topology"
	}
	t.f("Assessment of %s as of %s, %s (catalog %s)\n", name, rep.AsOf, consumerText(rep.Consumer), rep.Catalog)
	t.f("%s, %s, %s, %s\n", count(len(rep.Violations), "violation"), count(len(rep.Conflicts), "conflict"),
		count(len(rep.Exposures), "exposure"), count(len(rep.Obligations), "obligation"))
	sections := []struct{ kind, title string }{
		{"violation", "Violations"}, {"conflict", "Conflicts"}, {"exposure", "Exposures"}, {"obligation", "Obligations"},
	}
	relief := map[string][]string{}
	for _, c := range rep.Conflicts {
		relief[c.ID] = c.Relief
	}
	for _, s := range sections {
		first := true
		for _, f := range fs {
			if f.Kind != s.kind {
				continue
			}
			if first {
				t.f("\n%s:\n", s.title)
				first = false
			}
			t.f("  %-8s %s%s\n", f.Level, f.ID, waiverText(f.Waiver))
			t.f("           %s\n", f.Summary)
			if f.Reason != "" {
				t.f("           %s\n", f.Reason)
			}
			for _, r := range relief[f.ID] {
				t.f("           relief: %s\n", r)
			}
		}
	}
	t.f("\n%s", rep.Rating)
}

func consumerText(c jurisdiction.Code) string {
	if !c.IsValid() {
		return "for a consumer with no home regime"
	}
	return "for a consumer in " + c.String()
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func waiverText(w *residency.Waiver) string {
	if w == nil {
		return ""
	}
	return fmt.Sprintf(" (waived until %s by %s: %s)", w.Expires, w.Approver, w.Justification)
}

// writeVerdict says whether the assessment fails the -fail-on threshold.
func writeVerdict(t *text, c *commonFlags, fs []finding, failing int) {
	waived := 0
	for _, f := range fs {
		if f.Waiver != nil {
			waived++
		}
	}
	switch {
	case c.failOnLv == sarif.None:
		t.f("\nResult: not checked against a severity (-fail-on none)")
	case failing > 0:
		t.f("\nResult: FAIL: %s at or above %s", count(failing, "unwaived finding"), c.failOnLv)
	default:
		t.f("\nResult: pass: no unwaived finding at or above %s", c.failOnLv)
	}
	if waived > 0 {
		t.f(" (%d waived)", waived)
	}
	t.f("\n")
}

// printPlanLists writes what the Terraform plan reader did not check.
func printPlanLists(w io.Writer, p *planResult) {
	if p == nil {
		return
	}
	list := func(title string, rs []planResource) {
		if len(rs) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s:\n", title)
		for _, r := range rs {
			fmt.Fprintf(w, "  %s (%s): %s\n", r.Address, r.Type, r.Reason)
		}
	}
	list("Unsupported resources, not checked", p.Unsupported)
	list("Unlocated resources, not in the topology", p.Unlocated)
	list("Notes on the plan", p.Notes)
}
