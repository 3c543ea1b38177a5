package residency_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// compactReport is the compact format as a reader decodes it.
type compactReport struct {
	Format   string         `json:"format"`
	Topology string         `json:"topology"`
	AsOf     string         `json:"as_of"`
	Consumer string         `json:"consumer"`
	Catalog  string         `json:"catalog"`
	Parts    string         `json:"parts"`
	Counts   map[string]int `json:"counts"`
	Rules    map[string]struct {
		Jurisdiction string `json:"jurisdiction"`
		Kind         string `json:"kind"`
		Citation     string `json:"citation"`
		Title        string `json:"title"`
		Verified     bool   `json:"verified"`
	} `json:"rules"`
	Violations []struct {
		Rule     string `json:"rule"`
		Severity string `json:"severity"`
		Count    int    `json:"count"`
		Findings []struct {
			Path   string            `json:"path"`
			Store  string            `json:"store"`
			Reason string            `json:"reason"`
			Waiver *residency.Waiver `json:"waiver"`
		} `json:"findings"`
	} `json:"violations"`
	Conflicts []struct {
		Compelling string   `json:"compelling_jurisdiction"`
		Blocking   string   `json:"blocking_jurisdiction"`
		CompRules  []string `json:"compelling"`
		BlockRules []string `json:"blocking"`
		Link       string   `json:"link"`
		Readable   bool     `json:"readable"`
		Severity   string   `json:"severity"`
		Relief     []string `json:"relief"`
		Count      int      `json:"count"`
		Findings   []struct {
			Path     string            `json:"path"`
			Store    string            `json:"store"`
			Party    string            `json:"party"`
			Datasets []string          `json:"datasets"`
			Waiver   *residency.Waiver `json:"waiver"`
		} `json:"findings"`
	} `json:"conflicts"`
	Exposures []struct {
		Government string   `json:"government"`
		Via        string   `json:"via"`
		Rules      []string `json:"rules"`
		Presumed   bool     `json:"presumed"`
		Readable   bool     `json:"readable"`
		Severity   string   `json:"severity"`
		Count      int      `json:"count"`
		Paths      []string `json:"paths"`
		Findings   []struct {
			Path     string            `json:"path"`
			Datasets []string          `json:"datasets"`
			Waiver   *residency.Waiver `json:"waiver"`
		} `json:"findings"`
	} `json:"exposures"`
	Obligations []struct {
		Rule     string `json:"rule"`
		Count    int    `json:"count"`
		Findings []struct {
			Dataset string            `json:"dataset"`
			Stores  []string          `json:"stores"`
			Waiver  *residency.Waiver `json:"waiver"`
		} `json:"findings"`
	} `json:"obligations"`
	Datasets []struct {
		Dataset   string      `json:"dataset"`
		Scores    []int       `json:"scores"`
		Penalties []float64   `json:"penalties"`
		Reasons   [][][2]int  `json:"reasons"`
		Caveats   []string    `json:"caveats"`
		Defaults  []string    `json:"defaults"`
		Unrated   []string    `json:"unresearched"`
		Subject   string      `json:"subject"`
		Extra     interface{} `json:"consumer"`
	} `json:"datasets"`
	Regimes []string `json:"regimes"`
	Texts   []string `json:"texts"`
	Stores  []struct {
		ID       string   `json:"id"`
		Datasets []string `json:"datasets"`
	} `json:"stores"`
	Flows      []residency.FlowState `json:"flows"`
	Undeclared []string              `json:"undeclared"`
	Extra      string                `json:"extra"`
}

// expand rebuilds, from a compact report, each finding's ID with what the
// compact form says of it, and each dataset's rating reasons, in the
// terms of the full report.
func expand(t *testing.T, c *compactReport) (findings map[string]string, reasons map[string][7][]string) {
	t.Helper()
	findings = map[string]string{}
	add := func(id, what string) {
		if _, dup := findings[id]; dup {
			t.Errorf("finding %s twice", id)
		}
		findings[id] = what
	}
	rule := func(id string) {
		if _, ok := c.Rules[id]; !ok {
			t.Errorf("rule %s is not in the rules", id)
		}
	}
	for _, g := range c.Violations {
		rule(g.Rule)
		if g.Count != len(g.Findings) {
			t.Errorf("violations of %s: count %d, %d findings", g.Rule, g.Count, len(g.Findings))
		}
		for _, f := range g.Findings {
			add("V:"+g.Rule+"@"+f.Path, join(g.Severity, f.Store, f.Reason, f.Waiver))
		}
	}
	for _, g := range c.Conflicts {
		for _, id := range append(slices.Clone(g.CompRules), g.BlockRules...) {
			rule(id)
		}
		for _, f := range g.Findings {
			add("C:"+g.Compelling+"/"+g.Blocking+"@"+f.Path, join(g.Severity, g.CompRules, g.BlockRules, g.Link, g.Readable, g.Relief, f.Store, f.Party, f.Datasets, f.Waiver))
		}
	}
	storeData := map[string][]string{}
	for _, s := range c.Stores {
		storeData[s.ID] = s.Datasets
	}
	for _, g := range c.Exposures {
		for _, id := range g.Rules {
			rule(id)
		}
		if g.Count != len(g.Paths)+len(g.Findings) {
			t.Errorf("exposures of %s via %s: count %d, %d paths and %d findings", g.Government, g.Via, g.Count, len(g.Paths), len(g.Findings))
		}
		for _, p := range g.Paths {
			store := strings.SplitN(strings.TrimPrefix(p, "store/"), "/", 2)[0]
			add("E:"+g.Government+"@"+p, join(g.Severity, g.Via, g.Rules, g.Presumed, g.Readable, storeData[store], (*residency.Waiver)(nil)))
		}
		for _, f := range g.Findings {
			add("E:"+g.Government+"@"+f.Path, join(g.Severity, g.Via, g.Rules, g.Presumed, g.Readable, f.Datasets, f.Waiver))
		}
	}
	for _, g := range c.Obligations {
		rule(g.Rule)
		for _, f := range g.Findings {
			add("O:"+g.Rule+"@dataset/"+f.Dataset, join(f.Stores, f.Waiver))
		}
	}
	reasons = map[string][7][]string{}
	for _, d := range c.Datasets {
		var rs [7][]string
		for i, el := range d.Reasons {
			for _, pair := range el {
				text := c.Texts[pair[1]]
				if pair[0] >= 0 {
					text = c.Regimes[pair[0]] + " " + text
				}
				rs[i] = append(rs[i], text)
			}
		}
		reasons[d.Dataset] = rs
	}
	return findings, reasons
}

// full says the same of each finding of rep as expand does from the
// compact form.
func full(rep *residency.Report) (map[string]string, map[string][7][]string) {
	ids := func(rs []residency.RuleRef) []string {
		out := []string{}
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return out
	}
	out := map[string]string{}
	for _, v := range rep.Violations {
		out[v.ID] = join(v.Severity, v.Store, v.Reason, v.Waiver)
	}
	for _, c := range rep.Conflicts {
		out[c.ID] = join(c.Severity, ids(c.Compelling), ids(c.Blocking), c.Link, c.Readable, c.Relief, c.Store, c.Party, c.Datasets, c.Waiver)
	}
	for _, x := range rep.Exposures {
		out[x.ID] = join(x.Severity, x.Via, ids(x.Rules), x.Presumed, x.Readable, x.Datasets, x.Waiver)
	}
	for _, o := range rep.Obligations {
		out[o.ID] = join(o.Stores, o.Waiver)
	}
	reasons := map[string][7][]string{}
	for _, d := range rep.Datasets {
		var rs [7][]string
		for i, el := range d.Rating.Elements {
			rs[i] = el.Reasons
		}
		reasons[d.Dataset] = rs
	}
	return out, reasons
}

// TestWriteJSONComplete holds that the compact report says everything the
// full one does: every finding with its ID, rules, paths, datasets, relief
// and waiver, and every dataset's scores and reasons, on synthetic
// estates (with a waived finding of each kind) and the examples; and that
// it stays under 1.5 KB per store on the synthetic ones.
func TestWriteJSONComplete(t *testing.T) {
	asOf := jurisdiction.MustParseDate("2026-06-01")
	for _, n := range []int{300, 3000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			top := synth.Generate(synth.Config{Stores: n, Seed: 2})
			rep, err := residency.Assess(top, asOf)
			if err != nil {
				t.Fatal(err)
			}
			// Waive the first finding of each kind.
			for _, id := range []string{rep.Violations[0].ID, rep.Conflicts[0].ID, rep.Exposures[0].ID, rep.Obligations[0].ID} {
				top.Waivers = append(top.Waivers, residency.Waiver{Finding: id, Justification: "accepted \"risk\" <&>", Approver: "ciso", Expires: jurisdiction.MustParseDate("2027-01-01")})
			}
			if rep, err = residency.Assess(top, asOf); err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := rep.WriteJSON(&buf, residency.JSONMember{Name: "extra", Value: "x"}); err != nil {
				t.Fatal(err)
			}
			var c compactReport
			dec := json.NewDecoder(bytes.NewReader(buf.Bytes()))
			if err := dec.Decode(&c); err != nil {
				t.Fatal(err)
			}
			if c.Format != residency.CompactFormat || c.Extra != "x" || c.AsOf != "2026-06-01" || c.Counts["exposures"] != len(rep.Exposures) {
				t.Errorf("header %q %q %q %v", c.Format, c.Extra, c.AsOf, c.Counts)
			}
			gotF, gotR := expand(t, &c)
			wantF, wantR := full(rep)
			if diff := cmp.Diff(wantF, gotF); diff != "" {
				t.Errorf("findings (-full +compact):\n%s", diff)
			}
			if diff := cmp.Diff(wantR, gotR); diff != "" {
				t.Errorf("reasons (-full +compact):\n%s", diff)
			}
			waived := 0
			for _, what := range gotF {
				if strings.Contains(what, "ciso") {
					waived++
				}
			}
			if waived != 4 {
				t.Errorf("%d waived findings, want 4", waived)
			}
			for i, d := range c.Datasets {
				for k, s := range d.Scores {
					if s != int(rep.Datasets[i].Rating.Elements[k].Score) || d.Penalties[k] != rep.Datasets[i].Rating.Elements[k].Penalty {
						t.Fatalf("dataset %s element %d: %d %v", d.Dataset, k, s, d.Penalties[k])
					}
				}
			}
			if !slices.EqualFunc(c.Flows, rep.Flows, func(a, b residency.FlowState) bool { return fmt.Sprint(a) == fmt.Sprint(b) }) {
				t.Error("flows differ")
			}
			perStore := float64(buf.Len()) / float64(n)
			fullJSON, _ := json.Marshal(rep)
			t.Logf("%d stores: compact %d bytes (%.0f per store), full %d bytes (%.0f per store)", n, buf.Len(), perStore, len(fullJSON), float64(len(fullJSON))/float64(n))
			if perStore > 1500 {
				t.Errorf("%.0f bytes per store, over 1,500", perStore)
			}
			var again bytes.Buffer
			if err := rep.WriteJSON(&again, residency.JSONMember{Name: "extra", Value: "x"}); err != nil || !bytes.Equal(again.Bytes(), buf.Bytes()) {
				t.Error("a second WriteJSON of the report gave other bytes")
			}
		})
	}
}

// TestReasonsInParts: an assessment with ReasonsInParts leaves the
// datasets' sentences out, gives the same topology rating and compact
// report, byte for byte, and DatasetRating.Reasons gives back each
// sentence.
func TestReasonsInParts(t *testing.T) {
	top := synth.Generate(synth.Config{Stores: 1500, Seed: 4})
	asOf := jurisdiction.MustParseDate("2026-06-01")
	whole, err := residency.Assess(top, asOf)
	if err != nil {
		t.Fatal(err)
	}
	parts, err := residency.Assess(top, asOf, residency.ReasonsInParts())
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	if err := whole.WriteJSON(&a); err != nil {
		t.Fatal(err)
	}
	if err := parts.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the compact report differs with ReasonsInParts")
	}
	if diff := cmp.Diff(whole.Rating, parts.Rating); diff != "" {
		t.Errorf("topology rating (-whole +parts):\n%s", diff)
	}
	left := 0
	for i := range whole.Datasets {
		for _, e := range hexad.Elements() {
			w, p := whole.Datasets[i].Rating.Reasons(e), parts.Datasets[i].Reasons(e)
			if !slices.Equal(w, p) || len(w) == 0 {
				t.Fatalf("dataset %s %s: %q, in parts %q", whole.Datasets[i].Dataset, e, w, p)
			}
			left += len(parts.Datasets[i].Rating.Reasons(e))
		}
	}
	if left != 0 {
		t.Errorf("%d sentences kept with ReasonsInParts", left)
	}
}

// TestParallelismSameReport holds that the report does not depend on how
// many goroutines rate the datasets.
func TestParallelismSameReport(t *testing.T) {
	top := synth.Generate(synth.Config{Stores: 2000, Seed: 3})
	asOf := jurisdiction.MustParseDate("2026-06-01")
	var outs [][]byte
	for _, n := range []int{1, 2, 7} {
		rep, err := residency.Assess(top, asOf, residency.Parallelism(n))
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatal(err)
		}
		var c bytes.Buffer
		if err := rep.WriteJSON(&c); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, append(b, c.Bytes()...))
	}
	if !bytes.Equal(outs[0], outs[1]) || !bytes.Equal(outs[0], outs[2]) {
		t.Error("the report differs with the parallelism")
	}
}

// TestWriteJSONMemberNames: an extra member may not take a name of the
// report's own, or be given twice; nothing is written then.
func TestWriteJSONMemberNames(t *testing.T) {
	rep, err := residency.Assess(synth.Generate(synth.Config{Stores: 20, Seed: 1}), jurisdiction.MustParseDate("2026-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	for _, extra := range [][]residency.JSONMember{
		{{Name: "violations", Value: 1}},
		{{Name: "format", Value: "x"}},
		{{Name: "a", Value: 1}, {Name: "a", Value: 2}},
	} {
		var buf bytes.Buffer
		if err := rep.WriteJSON(&buf, extra...); err == nil || buf.Len() != 0 {
			t.Errorf("%v: err %v, %d bytes written", extra, err, buf.Len())
		}
	}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf, residency.JSONMember{Name: "incomplete", Value: []string{}}); err != nil || !json.Valid(buf.Bytes()) {
		t.Errorf("a member of its own: %v", err)
	}
}

// TestWriteJSONHandMadeRating: a rating made without Because (by hand, or
// decoded from a full report) gives its reasons whole.
func TestWriteJSONHandMadeRating(t *testing.T) {
	rep := &residency.Report{AsOf: jurisdiction.MustParseDate("2026-01-01")}
	rep.Datasets = []residency.DatasetRating{{Dataset: "d"}}
	for i, e := range hexad.Elements() {
		rep.Rating.Elements[i].Element = e
		rep.Datasets[0].Rating.Elements[i].Element = e
	}
	rep.Datasets[0].Rating.Elements[0].Reasons = []string{"said \u2028 by hand \xff"}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var c compactReport
	if err := json.Unmarshal(buf.Bytes(), &c); err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	_, reasons := expand(t, &c)
	if got := reasons["d"][0]; len(got) != 1 || got[0] != "said \u2028 by hand \ufffd" {
		t.Errorf("reasons %q", got)
	}
	if !strings.Contains(buf.String(), `\u2028`) {
		t.Errorf("U+2028 not escaped: %s", buf.Bytes())
	}
}

// join formats each value with %v, joined by "|".
func join(vs ...any) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = fmt.Sprintf("%v", v)
	}
	return strings.Join(parts, "|")
}
