package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/diagram"
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

// findings lists rep's findings in report order with their levels, and,
// when texts is set, their summaries and reasons.
func findings(rep *residency.Report, texts bool) []finding {
	var out []finding
	for f := range rep.Findings() {
		h := f.Head()
		fd := finding{ID: h.ID, Kind: h.Kind.String(), Level: sarif.LevelOf(h.Severity), Waiver: h.Waiver, Reason: h.Reason, Rules: h.Rules}
		if !texts {
			out = append(out, fd)
			continue
		}
		switch f := f.(type) {
		case *residency.Violation:
			fd.Summary = fmt.Sprintf("violates %s", f.Rule)
		case *residency.Conflict:
			fd.Summary = fmt.Sprintf("%s [%s] vs %s [%s]", f.CompellingJurisdiction, refs(f.Compelling), f.BlockingJurisdiction, refs(f.Blocking))
		case *residency.Exposure:
			fd.Summary, fd.Reason = h.Reason, ""
		case *residency.Obligation:
			fd.Summary = fmt.Sprintf("%s applies to dataset %s (stores %s)", f.Rule, f.Dataset, strings.Join(f.Stores, ", "))
		}
		out = append(out, fd)
	}
	return out
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
	c.inputs = append(c.inputs, name)
	in, err := load(name, c.facts)
	if err != nil {
		return nil, err
	}
	eng := residency.NewEngine(nil)
	return assessInput(in, eng, c, d)
}

// assessFileProgress is assessFile, saying its steps on prog, with more
// options.
func assessFileProgress(name string, c *commonFlags, d jurisdiction.Date, prog *progress, extra ...residency.AssessOption) (*assessed, error) {
	c.inputs = append(c.inputs, name)
	in, err := load(name, c.facts)
	if err != nil {
		return nil, err
	}
	if c.format != "sarif" {
		in.release() // only SARIF places findings in the document
	}
	prog.to("assessing")
	eng := residency.NewEngine(nil)
	rep, err := eng.Assess(in.top, d, append(c.options(), extra...)...)
	if err != nil {
		return nil, &inputError{name: in.name, data: in.positioned(), err: err}
	}
	return &assessed{in: in, eng: eng, rep: rep}, nil
}

// assessInput assesses a loaded input on day d with eng. Assess does not
// modify the topology, so one input can be assessed on several days.
func assessInput(in *input, eng *residency.Engine, c *commonFlags, d jurisdiction.Date) (*assessed, error) {
	rep, err := eng.Assess(in.top, d, c.options()...)
	if err != nil {
		return nil, &inputError{name: in.name, data: in.positioned(), err: err}
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
	allowUnlocated := fs.Bool("allow-unlocated", false, "accept a Terraform plan with resources whose location cannot be determined (by default they make the result incomplete and the exit status 1)")
	allowUndeclared := fs.Bool("allow-undeclared", false, "accept stores that declare no data (by default they make the result incomplete and the exit status 1: nothing about what they hold was checked)")
	allowUnresearched := fs.Bool("allow-unresearched", false, "accept a topology that touches jurisdictions whose law the catalog did not research (by default they make the result incomplete and the exit status 1)")
	tfDir := fs.String("tf-dir", "", "the Terraform configuration `DIR` of a plan, to place SARIF results on their resource blocks (default: the plan's directory, when it holds .tf files)")
	only := fs.String("only", "", "SARIF: keep only results of these finding `KINDS`, comma-separated (violation, conflict, exposure, obligation, unlocated); the JSON format keeps everything")
	aggregate := fs.String("aggregate", "", "SARIF: write the findings of one rule as one result that counts them and lists the first 10 locations: `BY` dataset (one result per rule and datasets) or rule (one per rule); the JSON format keeps everything")
	maxResults := fs.Int("max-results", 0, "SARIF: write at most `N` results, most severe first, and say how many were left out (0: no limit)")
	detail := fs.String("detail", "compact", "`compact` or full: with compact, -format json states shared texts once and groups findings (see residency.Report.WriteJSON) and -format text summarises an estate of more than "+strconv.Itoa(textSummaryOver)+" findings; full writes every finding whole")
	allowUnrated := fs.Bool("allow-unrated", false, "accept a hexad rating with elements not rated for want of a researched government-access answer (by default they make the result incomplete and the exit status 1)")
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
	kinds, err := parseKinds(*only)
	if err != nil {
		return usageError(fs, stderr, "-only: %v", err)
	}
	if *maxResults < 0 {
		return usageError(fs, stderr, "-max-results: %d is negative", *maxResults)
	}
	if *detail != "compact" && *detail != "full" {
		return usageError(fs, stderr, "-detail: want compact or full, not %q", *detail)
	}
	aggregation, err := sarif.ParseAggregation(*aggregate)
	if err != nil {
		return usageError(fs, stderr, "-aggregate: %s is not dataset, rule or none", strconv.Quote(*aggregate))
	}
	if (len(kinds) > 0 || *maxResults > 0 || aggregation != sarif.NoAggregation) && c.format != "sarif" {
		return usageError(fs, stderr, "-only, -max-results and -aggregate shape a SARIF log; use them with -format sarif")
	}
	outs := []output{{flag: "-o", path: c.out}, {flag: "-svg", path: *svgOut}, {flag: "-dot", path: *dotOut}, {flag: "-mermaid", path: *mermaidOut}}
	if st := checkPaths(stdout, stderr, pos, outs); st != exitOK {
		return st
	}
	prog := startProgress(stderr, "reading "+pos[0])
	defer prog.end()
	var extra []residency.AssessOption
	if c.format != "json" || *detail != "full" {
		// Only the whole JSON report writes the datasets' reasons as
		// sentences; the others write the parts or the topology's.
		extra = append(extra, residency.ReasonsInParts())
	}
	a, err := assessFileProgress(pos[0], &c, c.date, prog, extra...)
	if err != nil {
		prog.end()
		printError(stderr, err)
		return exitUsage
	}
	prog.to("writing the report")
	cat := a.eng.Catalog()
	fs2 := findings(a.rep, c.format == "text")
	failing := 0
	for _, f := range fs2 {
		if c.fails(f.Level, f.Waiver != nil) {
			failing++
		}
	}
	v := verdict{failing: failing, unrated: unratedForResearch(a.rep), allowUnrated: *allowUnrated,
		unresearched: len(a.rep.Unresearched), allowUnresearched: *allowUnresearched,
		undeclared: len(a.rep.Undeclared), allowUndeclared: *allowUndeclared,
		nothing: !slices.ContainsFunc(a.rep.Stores, func(s residency.StoreState) bool { return s.InService }), date: c.date.String()}
	if a.in.plan != nil {
		v.unlocated, v.allowUnlocated = len(a.in.plan.Unlocated), *allowUnlocated
	}
	notes := waiverNotes(a.in, a.rep)
	var out []byte
	switch c.format {
	case "json":
		var tf *planNotes
		if p := a.in.plan; p != nil {
			tf = &planNotes{Facts: p.Facts, NoData: nonNilResources(p.NoData), Unsupported: nonNilResources(p.Unsupported), Unlocated: nonNilResources(p.Unlocated),
				Notes: nonNilResources(p.Notes), UnlocatedAccepted: v.allowUnlocated && v.unlocated > 0}
		}
		var buf bytes.Buffer
		if *detail == "full" {
			doc := assessJSON{Report: a.rep, WaiverNotes: notes, Incomplete: v.incompleteReasons(), Terraform: tf}
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			err = enc.Encode(doc)
		} else {
			// Always a list: [] says nothing was left unchecked.
			extra := []residency.JSONMember{{Name: "incomplete", Value: append([]string{}, v.incompleteReasons()...)}}
			if len(notes) > 0 {
				extra = append(extra, residency.JSONMember{Name: "waiver_notes", Value: notes})
			}
			if tf != nil {
				extra = append(extra, residency.JSONMember{Name: "terraform", Value: tf})
			}
			// Streamed to its file when the outputs are written.
			rep := a.rep
			outs[0].write = func(w io.Writer) error { return rep.WriteJSON(w, extra...) }
		}
		if err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		out = buf.Bytes()
		prog.end()
		printSummary(stderr, a.in, v)
	case "sarif":
		var buf bytes.Buffer
		opts := sarifOptions(a.in, notes, v)
		opts.Kinds, opts.MaxResults, opts.Aggregate = kinds, *maxResults, aggregation
		uri := placeSource(&opts, a.in, *tfDir)
		if err := sarif.WriteWith(&buf, a.rep, cat, uri, opts); err != nil {
			fmt.Fprintf(stderr, "dataresidency: %v\n", err)
			return exitUsage
		}
		out = buf.Bytes()
		prog.end()
		printSummary(stderr, a.in, v)
	default:
		var t text
		if *detail == "compact" && len(fs2) > textSummaryOver {
			writeSummary(&t, a.rep, fs2, pos[0])
		} else {
			writeReport(&t, a.rep, fs2)
		}
		printPlanLists(&t, a.in.plan)
		writeWaiverNotes(&t, notes)
		writeVerdict(&t, &c, fs2, v)
		out = t.Bytes()
	}
	outs[0].data = out
	prog.end()
	pictures := []func(io.Writer) error{
		func(w io.Writer) error { return hexad.WriteSVG(w, a.rep.Rating) },
		func(w io.Writer) error { return diagram.WriteDOT(w, a.in.top, a.rep) },
		func(w io.Writer) error { return diagram.WriteMermaid(w, a.in.top, a.rep) },
	}
	for i, write := range pictures {
		p := &outs[i+1]
		if p.path == "" {
			continue
		}
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			fmt.Fprintf(stderr, "dataresidency: %s: %v\n", p.path, err)
			return exitUsage
		}
		p.data = buf.Bytes()
	}
	if st := writeOutputs(stdout, stderr, c.inputs, outs); st != exitOK {
		return st
	}
	if v.fails() {
		return exitFindings
	}
	return exitOK
}

// A verdict is what decides assess's exit status.
type verdict struct {
	// failing counts the unwaived findings at or above -fail-on.
	failing int
	// unlocated counts the plan's resources whose location could not be
	// determined; allowUnlocated is -allow-unlocated.
	unlocated      int
	allowUnlocated bool
	// unrated lists the elements of the topology's rating that some
	// dataset could not be rated on for want of research; allowUnrated is
	// -allow-unrated.
	unrated      []string
	allowUnrated bool
	// unresearched counts the jurisdictions the topology touches whose
	// law was not researched; allowUnresearched is -allow-unresearched.
	unresearched      int
	allowUnresearched bool
	// undeclared counts the stores holding data that declare none;
	// allowUndeclared is -allow-undeclared.
	undeclared      int
	allowUndeclared bool
	// nothing is set when no store held data on the date: an empty
	// topology, or a plan with no data store. Nothing was assessed, which
	// must not read as a pass; -allow-undeclared accepts it.
	nothing bool
	date    string
}

// unratedForResearch returns the elements of rep's rating that were not rated,
// for some dataset, for want of a researched answer.
func unratedForResearch(rep *residency.Report) []string {
	var out []string
	for _, e := range rep.Rating.Elements {
		if e.Unresearched {
			out = append(out, e.Element.String())
		}
	}
	return out
}

// incomplete reports whether unlocated resources or unrated elements
// leave the input not fully checked, and not accepted.
func (v verdict) incomplete() bool { return len(v.incompleteReasons()) > 0 }

// fails reports whether the exit status is 1.
func (v verdict) fails() bool { return v.failing > 0 || v.incomplete() }

// incompleteReasons says what was not fully checked and not accepted.
func (v verdict) incompleteReasons() []string {
	var out []string
	if v.unlocated > 0 && !v.allowUnlocated {
		out = append(out, fmt.Sprintf("%s could not be located, so the plan was not fully checked (-allow-unlocated accepts them)",
			count(v.unlocated, "resource")))
	}
	if v.undeclared > 0 && !v.allowUndeclared {
		verb := "declare"
		if v.undeclared == 1 {
			verb = "declares"
		}
		out = append(out, fmt.Sprintf("%s %s no data, so nothing about what is held there was checked (-allow-undeclared accepts them)",
			count(v.undeclared, "store"), verb))
	}
	if v.nothing && !v.allowUndeclared {
		out = append(out, fmt.Sprintf("no store holds data on %s, so nothing was assessed (-allow-undeclared accepts it)", v.date))
	}
	if v.unresearched > 0 && !v.allowUnresearched {
		out = append(out, fmt.Sprintf("the topology touches %s whose law the catalog did not research (-allow-unresearched accepts them)",
			count(v.unresearched, "jurisdiction")))
	}
	if len(v.unrated) > 0 && !v.allowUnrated {
		out = append(out, fmt.Sprintf("the hexad rating has %s not rated for want of a researched government-access answer (%s; -allow-unrated accepts them)",
			count(len(v.unrated), "element"), strings.Join(v.unrated, ", ")))
	}
	return out
}

func (v verdict) incompleteText() string { return strings.Join(v.incompleteReasons(), "; ") }

// accepted says what was not fully checked and accepted by a flag, or "".
func (v verdict) accepted() string {
	var out []string
	if v.unlocated > 0 && v.allowUnlocated {
		out = append(out, count(v.unlocated, "unlocated resource")+" accepted with -allow-unlocated")
	}
	if v.nothing && v.allowUndeclared {
		out = append(out, "a topology with no store holding data accepted with -allow-undeclared")
	}
	if v.undeclared > 0 && v.allowUndeclared {
		out = append(out, count(v.undeclared, "store")+" without declared data accepted with -allow-undeclared")
	}
	if v.unresearched > 0 && v.allowUnresearched {
		out = append(out, count(v.unresearched, "unresearched jurisdiction")+" accepted with -allow-unresearched")
	}
	if len(v.unrated) > 0 && v.allowUnrated {
		out = append(out, count(len(v.unrated), "unrated element")+" accepted with -allow-unrated")
	}
	return strings.Join(out, "; ")
}

// printSummary says on w, for the json and sarif formats, which list
// what was not checked, that the input was not fully checked.
func printSummary(w io.Writer, in *input, v verdict) {
	if v.incomplete() {
		printf(w, "%s: incomplete: %s\n", in.name, v.incompleteText())
	}
	if a := v.accepted(); a != "" {
		printf(w, "%s: %s\n", in.name, a)
	}
	p := in.plan
	if p == nil {
		return
	}
	if p.Facts != "" {
		printf(w, "%s: facts from %s\n", in.name, p.Facts)
	}
	if n := len(p.Unsupported); n > 0 {
		printf(w, "%s: %s not checked (unsupported types, listed in the output)\n", in.name, count(n, "resource"))
	}
}

// assessJSON is the output of assess -format json: the report, and what
// the assessment did not check.
type assessJSON struct {
	*residency.Report
	// Terraform is set for a plan: what the plan reader did not check.
	Terraform *planNotes `json:"terraform,omitempty"`
	// WaiverNotes lists the topology's waivers that accept no finding.
	WaiverNotes []waiverNote `json:"waiver_notes,omitempty"`
	// Incomplete says what was not fully checked and not accepted: it
	// makes the exit status 1.
	Incomplete []string `json:"incomplete,omitempty"`
}

// planNotes lists what the plan reader did not check.
type planNotes struct {
	// Facts is the facts file applied to the plan.
	Facts string `json:"facts,omitempty"`
	// NoData lists resources of types that hold no customer data.
	NoData []planResource `json:"no_data"`
	// Unsupported resources were not checked at all; Unlocated ones could
	// not be located and are not in the topology; Notes are facts
	// recorded in a simplified form.
	Unsupported []planResource `json:"unsupported"`
	Unlocated   []planResource `json:"unlocated"`
	Notes       []planResource `json:"notes"`
	// UnlocatedAccepted reports that unlocated resources were accepted
	// with -allow-unlocated.
	UnlocatedAccepted bool `json:"unlocated_accepted,omitzero"`
}

func nonNilResources(rs []planResource) []planResource {
	if rs == nil {
		return []planResource{}
	}
	return rs
}

// A waiverNote is a waiver of the topology that accepts no finding: it
// had expired on the assessment date, or the report has no finding with
// its ID.
type waiverNote struct {
	Finding string            `json:"finding"`
	Expires jurisdiction.Date `json:"expires"`
	Expired bool              `json:"expired"`
	// Unmatched reports that the report has no finding with the ID.
	Unmatched bool   `json:"unmatched"`
	Message   string `json:"message"`
	// waiver is the waiver's index in the topology, to place it in the
	// document.
	waiver int
}

// waiverNotes lists the waivers of in's topology that accept no finding
// of rep, in the topology's order.
func waiverNotes(in *input, rep *residency.Report) []waiverNote {
	if in.top == nil || len(in.top.Waivers) == 0 {
		return nil
	}
	ids := map[string]bool{}
	for f := range rep.Findings() {
		ids[f.Head().ID] = true
	}
	// A finding of a part the report did not compute cannot be matched. A
	// report that records no parts is taken to have them all (the
	// command line never limits them).
	parts := rep.Parts
	if parts == 0 {
		parts = residency.AllParts
	}
	computed := func(id string) bool {
		for prefix, p := range map[string]residency.Part{"V:": residency.Violations, "C:": residency.Conflicts, "E:": residency.Exposures, "O:": residency.Obligations} {
			if strings.HasPrefix(id, prefix) {
				return parts&p != 0
			}
		}
		return true
	}
	var out []waiverNote
	for i, w := range in.top.Waivers {
		n := waiverNote{Finding: w.Finding, Expires: w.Expires, Expired: !rep.AsOf.Before(w.Expires), waiver: i}
		n.Unmatched = !ids[w.Finding] && computed(w.Finding)
		switch {
		case n.Expired && n.Unmatched:
			n.Message = fmt.Sprintf("waiver for %s expired on %s, and matches no finding", w.Finding, w.Expires)
		case n.Expired && ids[w.Finding]:
			n.Message = fmt.Sprintf("waiver for %s expired on %s; the finding applies again", w.Finding, w.Expires)
		case n.Expired:
			n.Message = fmt.Sprintf("waiver for %s expired on %s", w.Finding, w.Expires)
		case n.Unmatched:
			n.Message = fmt.Sprintf("waiver for %s matches no finding: it accepts nothing (a mistyped ID, or a finding that no longer arises)", w.Finding)
		default:
			continue
		}
		out = append(out, n)
	}
	return out
}

// writeWaiverNotes lists the waivers that accept no finding.
func writeWaiverNotes(t *text, notes []waiverNote) {
	if len(notes) == 0 {
		return
	}
	t.f("\nWaivers that accept no finding:\n")
	for _, n := range notes {
		t.f("  %s\n", n.Message)
	}
}

// parseKinds parses -only: finding kinds, comma-separated.
func parseKinds(s string) ([]string, error) {
	if s == "" {
		return nil, nil
	}
	var out []string
	for _, k := range strings.Split(s, ",") {
		k = strings.TrimSpace(k)
		switch k {
		case "violation", "conflict", "exposure", "obligation", "unlocated":
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		case "violations", "conflicts", "exposures", "obligations":
			if k = strings.TrimSuffix(k, "s"); !slices.Contains(out, k) {
				out = append(out, k)
			}
		default:
			return nil, fmt.Errorf("unknown finding kind %s (violation, conflict, exposure, obligation, unlocated)", strconv.Quote(k))
		}
	}
	return out, nil
}

// placeSource sets opts to place a plan's results on the resource blocks
// of its configuration (dir, or the plan's directory when it holds .tf
// files), with paths relative to the repository's root, and returns the
// document's URI, made relative to that root when the document is inside
// it.
func placeSource(opts *sarif.Options, in *input, dir string) string {
	uri := in.uri
	if in.name == "-" {
		return uri
	}
	if dir == "" && in.plan != nil {
		dir = filepath.Dir(in.name)
	}
	var src *tfSource
	if dir != "" {
		src = readTFSource(dir)
	}
	root := ""
	if src != nil {
		root = src.root
		opts.Source = src.locate
	} else if abs, err := filepath.Abs(filepath.Dir(in.name)); err == nil {
		root = repoRoot(abs)
	}
	if root == "" {
		return uri
	}
	opts.SourceRoot = root
	if abs, err := filepath.Abs(in.name); err == nil {
		if rel, err := filepath.Rel(root, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			opts.DocumentInSourceRoot = true
			return fileURI(rel)
		}
	}
	return uri
}

// sarifOptions gives the SARIF log what the report does not hold: the
// plan's unlocated resources as results, the unsupported ones, the plan's
// notes and the waivers that accept nothing as notifications, and the
// positions of findings in a topology document.
func sarifOptions(in *input, notes []waiverNote, v verdict) sarif.Options {
	var opts sarif.Options
	var loc *locator
	if data := in.positioned(); data != nil && in.top != nil {
		loc = newLocator(in.top, data)
		opts.Locate = loc.position
	}
	if p := in.plan; p != nil {
		for _, r := range p.Unlocated {
			opts.Unlocated = append(opts.Unlocated, sarif.Resource{Address: r.Address, Type: r.Type, Reason: r.Reason})
		}
		if v.allowUnlocated {
			opts.AcceptUnlocated = "accepted with -allow-unlocated"
		}
		for _, l := range []struct {
			id string
			rs []planResource
		}{{sarif.UnsupportedID, p.Unsupported}, {sarif.PlanNoteID, p.Notes}} {
			for _, r := range l.rs {
				opts.Notifications = append(opts.Notifications, sarif.Notification{
					ID: l.id, Level: sarif.Note, Message: fmt.Sprintf("%s (%s): %s", r.Address, r.Type, r.Reason),
					Resource: r.Address, Properties: map[string]any{"type": r.Type},
				})
			}
		}
	}
	for _, n := range notes {
		id := sarif.WaiverUnmatchedID
		if n.Expired {
			id = sarif.WaiverExpiredID
		}
		var line, column int
		if loc != nil {
			line, column = loc.start("waivers", n.waiver)
		}
		opts.Notifications = append(opts.Notifications, sarif.Notification{
			ID: id, Level: sarif.Warning, Message: n.Message, Line: line, Column: column,
			Properties: map[string]any{"finding": n.Finding, "expires": n.Expires.String(), "expired": n.Expired, "unmatched": n.Unmatched},
		})
	}
	if v.allowUnrated {
		opts.AcceptUnrated = "accepted with -allow-unrated"
	}
	if v.allowUnresearched {
		opts.AcceptUnresearched = "accepted with -allow-unresearched"
	}
	if v.allowUndeclared {
		opts.AcceptUndeclared = "accepted with -allow-undeclared"
	}
	return opts
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
	if len(rep.Undeclared) > 0 {
		t.f("\nStores that declare no data (nothing about what they hold was checked; list their datasets, or for a Terraform plan tag the resources dataresidency_dataset, dataresidency_classes and dataresidency_subjects):\n  %s\n",
			listOf("store", rep.Undeclared))
	}
	if len(rep.Unresearched) > 0 {
		t.f("\nNot researched: the catalog has no research of the law of these jurisdictions, so nothing was checked against it:\n")
		for _, u := range rep.Unresearched {
			t.f("  %s: %s; %s\n", u.Jurisdiction, listOf("store", u.Stores), listOf("dataset", u.Datasets))
		}
	}
	t.f("\n%s", compactRating(rep.Rating))
}

// maxWhy is the most characters of reasons a rating line shows.
const maxWhy = 240

// compactRating is the rating as its table shows it, each element's
// reasons cut to maxWhy characters at a reason's end, saying how many more
// there are and where to read them: on a large estate every dataset gives
// a reason, and one line held 700 characters.
func compactRating(r hexad.Rating) hexad.Rating {
	for i := range r.Elements {
		rs := r.Elements[i].Reasons
		n, kept := 0, 0
		for kept < len(rs) && (kept == 0 || n+len(rs[kept]) <= maxWhy) {
			n += len(rs[kept]) + 2
			kept++
		}
		if kept < len(rs) {
			short := append(slices.Clip(rs[:kept]), fmt.Sprintf("and %d more (explain FILE %s, or -format json)", len(rs)-kept, r.Elements[i].Element))
			r.Elements[i].Reasons = short
		}
	}
	return r
}

// listOf names up to three items and says how many more: "stores a, b and
// 4 more", or "no dataset".
func listOf(what string, items []string) string {
	switch len(items) {
	case 0:
		return "no " + what
	case 1:
		return what + " " + items[0]
	}
	shown := items[:min(len(items), 3)]
	s := what + "s " + strings.Join(shown, ", ")
	if n := len(items) - len(shown); n > 0 {
		s += fmt.Sprintf(" and %d more", n)
	}
	return s
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

// writeVerdict says whether the assessment fails the -fail-on threshold,
// and whether unlocated resources leave it incomplete.
func writeVerdict(t *text, c *commonFlags, fs []finding, v verdict) {
	waived := 0
	for _, f := range fs {
		if f.Waiver != nil {
			waived++
		}
	}
	var findings string
	switch {
	case c.failOnLv == sarif.None:
		findings = "not checked against a severity (-fail-on none)"
	case v.failing > 0:
		findings = fmt.Sprintf("FAIL: %s at or above %s", count(v.failing, "unwaived finding"), c.failOnLv)
	case v.incomplete():
		findings = fmt.Sprintf("no unwaived finding at or above %s", c.failOnLv)
	default:
		findings = fmt.Sprintf("pass: no unwaived finding at or above %s", c.failOnLv)
	}
	if waived > 0 {
		findings += fmt.Sprintf(" (%d waived)", waived)
	}
	if a := v.accepted(); a != "" {
		findings += "; " + a
	}
	switch {
	case v.incomplete() && v.failing == 0:
		t.f("\nResult: INCOMPLETE: %s; %s\n", v.incompleteText(), findings)
	case v.incomplete():
		t.f("\nResult: %s; INCOMPLETE: %s\n", findings, v.incompleteText())
	default:
		t.f("\nResult: %s\n", findings)
	}
}

// noDataList names resources compactly: at most five addresses, then how
// many more.
func noDataList(rs []planResource) string {
	var names []string
	for i, r := range rs {
		if i == 5 {
			names = append(names, fmt.Sprintf("and %d more", len(rs)-5))
			break
		}
		names = append(names, r.Address)
	}
	return strings.Join(names, ", ")
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
		printf(w, "\n%s:\n", title)
		for _, r := range rs {
			printf(w, "  %s (%s): %s\n", r.Address, r.Type, r.Reason)
		}
	}
	if p.Facts != "" {
		printf(w, "\nFacts applied to the plan from %s\n", p.Facts)
	}
	if n := len(p.NoData); n > 0 {
		printf(w, "\n%s of types that hold no customer data (roles, networks, policies), not stores: %s\n", count(n, "resource"), noDataList(p.NoData))
	}
	list("Unsupported resources, not checked", p.Unsupported)
	list("Unlocated resources, not in the topology", p.Unlocated)
	list("Notes on the plan", p.Notes)
}
