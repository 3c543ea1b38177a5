package diagram_test

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/internal/golden"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/diagram"
)

// caseRun assesses the run of case c titled title.
func caseRun(t *testing.T, c cases.Case, title string) (*residency.Topology, *residency.Report) {
	t.Helper()
	for _, run := range c.Runs {
		if run.Title != title {
			continue
		}
		top := c.Topology
		if run.Topology != nil {
			top = run.Topology
		}
		rep, err := residency.Assess(top, run.AsOf, residency.Consumer(run.Consumer))
		if err != nil {
			t.Fatal(err)
		}
		return top, rep
	}
	t.Fatalf("case %q has no run %q", c.Name, title)
	return nil, nil
}

type diagramWriter func(*bytes.Buffer, *residency.Topology, *residency.Report) error

var diagramFormats = []struct {
	ext   string
	write diagramWriter
}{
	{"dot", func(b *bytes.Buffer, t *residency.Topology, r *residency.Report) error {
		return diagram.WriteDOT(b, t, r)
	}},
	{"mmd", func(b *bytes.Buffer, t *residency.Topology, r *residency.Report) error {
		return diagram.WriteMermaid(b, t, r)
	}},
}

func draw(t *testing.T, write diagramWriter, top *residency.Topology, rep *residency.Report) string {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b, top, rep); err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := write(&again, top, rep); err != nil {
		t.Fatal(err)
	}
	if b.String() != again.String() {
		t.Error("two drawings of the same input differ")
	}
	return b.String()
}

func TestDiagramGolden(t *testing.T) {
	t.Parallel()
	awsTop, awsRep := caseRun(t, cases.AWSBeijing(), "Counterfactual: AWS keeps the servers past the CLOUD Act")
	dubTop, dubRep := caseRun(t, cases.Dublin(), "After the CLOUD Act and the GDPR")
	tests := []struct {
		name string
		top  *residency.Topology
		rep  *residency.Report
		// hot are label fragments that must be marked "!".
		hot []string
	}{
		{"aws-beijing-counterfactual", awsTop, awsRep, []string{"! aws-cn-north-1", "! custody", "! aws"}},
		{"dublin-cloud-act", dubTop, dubRep, []string{"! dublin", "! redmond-admin: admin-access from US", "! microsoft", "! msft-ie", "! operates", "! owns 100%"}},
		{"dublin-topology", dubTop, nil, nil},
	}
	if len(awsRep.Conflicts) == 0 || len(dubRep.Conflicts) == 0 {
		t.Fatal("the case runs no longer have the conflicts these pictures show")
	}
	for _, tt := range tests {
		for _, f := range diagramFormats {
			t.Run(tt.name+"."+f.ext, func(t *testing.T) {
				t.Parallel()
				got := draw(t, f.write, tt.top, tt.rep)
				for _, h := range tt.hot {
					if !strings.Contains(got, h) {
						t.Errorf("no %q in the drawing", h)
					}
				}
				if tt.rep == nil && strings.Contains(got, "! ") {
					t.Error("a drawing without a report marks findings")
				}
				golden.Check(t, tt.name+"."+f.ext, got)
			})
		}
	}
}

func TestDiagramHighlights(t *testing.T) {
	t.Parallel()
	top, rep := caseRun(t, cases.AWSBeijing(), "Counterfactual: AWS keeps the servers past the CLOUD Act")
	dot := draw(t, diagramFormats[0].write, top, rep)
	// The store and the custody edge carry the conflict; Sinnet's
	// operation does not.
	for _, re := range []string{
		`s1 \[label="! aws-cn-north-1\\n[^"]*", shape=cylinder, [^\]]*color="#C00000"`,
		`e2 -> s1 \[label="! custody"[^\]]*style="dashed,bold", color="#C00000"`,
		`e3 -> s1 \[label="operates"[^\]]*style="dashed", color="#555555"`,
		`subgraph cluster_1 \{\n    label="CN — China"`,
		`subgraph cluster_2 \{\n    label="US — United States"`,
		`! conflict: US \(US-CLOUD-2713\) can compel what CN \(CN-CSL-37\) forbids`,
	} {
		if !regexp.MustCompile(re).MatchString(dot) {
			t.Errorf("DOT does not match %s:\n%s", re, dot)
		}
	}

	// A waived finding is drawn differently.
	waived := *top
	waived.Waivers = []residency.Waiver{{Finding: rep.Conflicts[0].ID, Justification: "test", Approver: "ciso", Expires: jurisdiction.MustParseDate("2030-01-01")}}
	for _, v := range rep.Violations {
		waived.Waivers = append(waived.Waivers, residency.Waiver{Finding: v.ID, Justification: "test", Approver: "ciso", Expires: jurisdiction.MustParseDate("2030-01-01")})
	}
	wrep, err := residency.Assess(&waived, rep.AsOf, residency.Consumer(rep.Consumer))
	if err != nil {
		t.Fatal(err)
	}
	dot = draw(t, diagramFormats[0].write, &waived, wrep)
	if strings.Contains(dot, `"! `) || !strings.Contains(dot, `"~ aws-cn-north-1`) || !regexp.MustCompile(`"~ custody"[^\]]*style="dashed", color="#8A6D00"`).MatchString(dot) {
		t.Errorf("waived findings are not drawn as waived:\n%s", dot)
	}
	mmd := draw(t, diagramFormats[1].write, &waived, wrep)
	if !strings.Contains(mmd, "class s1,e2 waived\n") || strings.Contains(mmd, " finding\n") {
		t.Errorf("Mermaid does not class the store as waived:\n%s", mmd)
	}
}

// TestDiagramRegionOnly draws a store written only as a provider region:
// without a report it is grouped under its region; with one, under the
// jurisdiction the assessment placed it in, with the catalog's operator.
func TestDiagramRegionOnly(t *testing.T) {
	t.Parallel()
	top := &residency.Topology{
		Name:     "region only",
		Datasets: []residency.Dataset{{ID: "d"}},
		Stores:   []residency.Store{{ID: "s", Region: "aws:cn-north-1", Datasets: []string{"d"}}},
	}
	dot := draw(t, diagramFormats[0].write, top, nil)
	if !strings.Contains(dot, `label="region aws:cn-north-1 (location not resolved)"`) {
		t.Errorf("topology-only drawing does not group the store by region:\n%s", dot)
	}
	rep, err := residency.Assess(top, jurisdiction.MustParseDate("2020-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	dot = draw(t, diagramFormats[0].write, top, rep)
	// The catalog's operator is named by its name, not its ID.
	if !strings.Contains(dot, `label="CN — China"`) || !strings.Contains(dot, "operator Beijing Sinnet Technology Co., Ltd.") ||
		!strings.Contains(dot, `(from the catalog)`) || strings.Contains(dot, residency.CatalogEntityPrefix) {
		t.Errorf("drawing with a report does not use the resolved location and operator:\n%s", dot)
	}
}

// hostile holds quotes, markup, braces, backslashes, a newline and format
// escapes. Validation refuses the newline (a control character), so the
// diagrams of assessed topologies get it without one; a topology drawn
// without a report is not validated and gets it whole.
const hostile = "x\" <b>&amp;</b> } { ] [ ) ( | ; # %% ` \\N \\l\nline2 end"

// hostileTopology puts h in every user string the diagrams show.
func hostileTopology(h string) *residency.Topology {
	return &residency.Topology{
		Name:     "T " + h,
		Datasets: []residency.Dataset{{ID: "ds " + h}},
		Entities: []residency.Entity{
			{ID: "op " + h, Name: "Operator " + h, Jurisdiction: jurisdiction.MustParseCode("DE"),
				Owners: []residency.Ownership{{Parent: "parent " + h, Share: 100}}},
			{ID: "parent " + h, Name: "Parent " + h, Jurisdiction: jurisdiction.MustParseCode("US")},
		},
		Stores: []residency.Store{
			{ID: "store " + h, Name: "Store " + h, Location: jurisdiction.MustParseCode("DE"), Datasets: []string{"ds " + h},
				Operators: []residency.Tenure{{Entity: "op " + h}}},
			{ID: "copy " + h, Location: jurisdiction.MustParseCode("US"), Datasets: []string{"ds " + h},
				Operators: []residency.Tenure{{Entity: "op " + h}}},
		},
		Flows: []residency.Flow{{ID: "flow " + h, Kind: residency.Replication, From: "store " + h, To: "copy " + h, Mechanisms: []string{"eu-scc-2021"}}},
	}
}

func TestDiagramEscapesDOT(t *testing.T) {
	t.Parallel()
	valid := hostileTopology(strings.ReplaceAll(hostile, "\n", " "))
	rep, err := residency.Assess(valid, jurisdiction.MustParseDate("2024-01-01"), residency.Consumer(jurisdiction.MustParseCode("DE")))
	if err != nil {
		t.Fatal(err)
	}
	for _, tr := range []struct {
		top *residency.Topology
		rep *residency.Report
	}{{hostileTopology(hostile), nil}, {valid, rep}} {
		top, r := tr.top, tr.rep
		dot := draw(t, diagramFormats[0].write, top, r)
		// Every quoted string must close on its own line: scan the DOT
		// lexically and check that nothing outside strings and comments
		// carries user text.
		outside := dotOutsideStrings(t, dot)
		for _, bad := range []string{"<b>", "&amp;", "line2", "\\N", "#", "`"} {
			if strings.Contains(outside, bad) {
				t.Errorf("user text %q escaped a DOT string:\n%s", bad, outside)
			}
		}
		// Graphviz decodes entities in labels: & is written &amp;.
		want := `x\" <b>&amp;amp;</b> } { ] [ ) ( | ; # %% ` + "`" + ` \\N \\l\nline2 end`
		if r != nil {
			want = strings.Replace(want, `\nline2`, " line2", 1)
		}
		if !strings.Contains(dot, want) {
			t.Errorf("DOT does not carry the escaped user text:\n%s", dot)
		}
	}
}

// dotOutsideStrings returns dot with its quoted strings and comments
// removed, failing on an unterminated string.
func dotOutsideStrings(t *testing.T, dot string) string {
	t.Helper()
	var out strings.Builder
	for i := 0; i < len(dot); i++ {
		switch {
		case dot[i] == '"':
			j := i + 1
			for ; j < len(dot) && dot[j] != '"'; j++ {
				if dot[j] == '\\' {
					j++
				}
				if j < len(dot) && dot[j] == '\n' {
					t.Fatalf("raw newline in a DOT string at byte %d", j)
				}
			}
			if j >= len(dot) {
				t.Fatal("unterminated DOT string")
			}
			out.WriteString(`""`)
			i = j
		case strings.HasPrefix(dot[i:], "//"):
			j := strings.IndexByte(dot[i:], '\n')
			if j < 0 {
				return out.String()
			}
			i += j - 1
		default:
			out.WriteByte(dot[i])
		}
	}
	return out.String()
}

func TestDiagramEscapesMermaid(t *testing.T) {
	t.Parallel()
	valid := hostileTopology(strings.ReplaceAll(hostile, "\n", " "))
	rep, err := residency.Assess(valid, jurisdiction.MustParseDate("2024-01-01"), residency.Consumer(jurisdiction.MustParseCode("DE")))
	if err != nil {
		t.Fatal(err)
	}
	for _, tr := range []struct {
		top *residency.Topology
		rep *residency.Report
	}{{hostileTopology(hostile), nil}, {valid, rep}} {
		top, r := tr.top, tr.rep
		mmd := draw(t, diagramFormats[1].write, top, r)
		for i, line := range strings.Split(strings.TrimSuffix(mmd, "\n"), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "acc") || strings.HasPrefix(line, "%%") {
				continue
			}
			// Quotes pair up on every line, and what lies between pairs
			// holds no character that Mermaid would read as markup.
			if strings.Count(line, `"`)%2 != 0 {
				t.Errorf("line %d has unbalanced quotes: %s", i+1, line)
			}
			parts := strings.Split(line, `"`)
			for k := 1; k < len(parts); k += 2 {
				if strings.ContainsAny(parts[k], "<>`") && strings.ReplaceAll(parts[k], "<br/>", "") != strings.Map(func(r rune) rune {
					if strings.ContainsRune("<>`", r) {
						return -1
					}
					return r
				}, strings.ReplaceAll(parts[k], "<br/>", "")) {
					t.Errorf("line %d: label carries raw markup: %s", i+1, parts[k])
				}
			}
			outside := strings.Join(everyOther(parts), "")
			for _, bad := range []string{"line2", "&amp;", "<b>", "}", "{ ]"} {
				if strings.Contains(outside, bad) {
					t.Errorf("line %d: user text %q outside a label: %s", i+1, bad, line)
				}
			}
		}
		if !strings.Contains(mmd, `x#quot; #lt;b#gt;#amp;amp;#lt;/b#gt; } { ] [ ) ( | ; #35; %#37; #96; \N \l<br/>line2 end`) &&
			!strings.Contains(mmd, `x#quot; #lt;b#gt;#amp;amp;#lt;/b#gt; } { ] [ ) ( | ; #35; %#37; #96; \N \l line2 end`) {
			t.Errorf("Mermaid does not carry the escaped user text:\n%s", mmd)
		}
		if strings.Contains(mmd, "accTitle: T x\" <b>&amp;</b> } { ] [ ) ( | ; # %% ` \\N \\l\n") {
			t.Error("accTitle carries a raw newline")
		}
	}
}

func everyOther(parts []string) []string {
	var out []string
	for k := 0; k < len(parts); k += 2 {
		out = append(out, parts[k])
	}
	return out
}

func TestDiagramErrors(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	if err := diagram.WriteDOT(&b, nil, nil); err == nil {
		t.Error("WriteDOT(nil topology) returned no error")
	}
	if err := diagram.WriteMermaid(&b, nil, nil); err == nil {
		t.Error("WriteMermaid(nil topology) returned no error")
	}
	top := hostileTopology(hostile)
	if err := diagram.WriteDOT(failingWriter{}, top, nil); err == nil {
		t.Error("WriteDOT hid the writer's error")
	}
	if err := diagram.WriteMermaid(failingWriter{}, top, nil); err == nil {
		t.Error("WriteMermaid hid the writer's error")
	}
	// An empty topology still draws.
	if err := diagram.WriteDOT(&b, &residency.Topology{}, &residency.Report{}); err != nil {
		t.Errorf("WriteDOT(empty): %v", err)
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestMermaidDirectives checks that a name holding a Mermaid directive
// (%%{init: …}%%) cannot reach the chart as one: not in a label, not in
// the accessibility title or description.
func TestMermaidDirectives(t *testing.T) {
	t.Parallel()
	const directive = `%%{init: {"theme": "dark", "securityLevel": "loose"}}%%`
	top := &residency.Topology{
		Name:     "T " + directive,
		Datasets: []residency.Dataset{{ID: "d", Name: directive}},
		Entities: []residency.Entity{{ID: "op", Name: directive, Jurisdiction: jurisdiction.MustParseCode("DE")}},
		Stores: []residency.Store{{ID: "s", Name: directive, Location: jurisdiction.MustParseCode("DE"), Datasets: []string{"d"},
			Operators: []residency.Tenure{{Entity: "op"}}}},
	}
	rep, err := residency.Assess(top, jurisdiction.MustParseDate("2024-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []*residency.Report{nil, rep} {
		mmd := draw(t, diagramFormats[1].write, top, r)
		for i, line := range strings.Split(mmd, "\n") {
			if strings.HasPrefix(line, "%% Generated by") {
				continue
			}
			if strings.Contains(line, "%%") {
				t.Errorf("line %d holds %%%%: %s", i+1, line)
			}
		}
	}
}
