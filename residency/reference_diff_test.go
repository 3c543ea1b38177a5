package residency_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// refFinding is one finding reduced to comparable text: what the engine
// and the reference must agree on. Free-text reasons are left out; sets
// (blocking and compelling rules, relief, conflict datasets) are sorted.
type refFinding struct {
	ID       string
	Rule     string `json:",omitempty"` // violations, obligations: "ID|jurisdiction|kind|citation|title|verified"
	Gov      string `json:",omitempty"` // exposures: government; conflicts: compelling jurisdiction
	Block    string `json:",omitempty"` // conflicts: blocking jurisdiction
	Dataset  string `json:",omitempty"`
	Store    string `json:",omitempty"`
	Flow     string `json:",omitempty"`
	Entity   string `json:",omitempty"`
	Party    string `json:",omitempty"`
	Link     string `json:",omitempty"` // exposures' Via, conflicts' Link
	Path     string
	Readable bool     `json:",omitempty"`
	Presumed bool     `json:",omitempty"`
	Rules    []string `json:",omitempty"` // exposures' rules, conflicts' compelling rules (IDs, sorted)
	Blocking []string `json:",omitempty"` // conflicts' blocking rules (IDs, sorted)
	Datasets []string `json:",omitempty"` // exposures' datasets; conflicts' (sorted); obligations' stores
	Relief   []string `json:",omitempty"` // sorted
	Waiver   string   `json:",omitempty"` // the waiver's JSON
}

// refProjection is a report reduced to what the differential tests
// compare.
type refProjection struct {
	Violations, Conflicts, Exposures, Obligations []refFinding
	// Ratings are "<dataset> = <subject> [<consumer>]: <seven scores>
	// defaults=<codes>", the datasets' in topology order, then the
	// topology's.
	Ratings []string
	// Unresearched are "<code>: stores=<ids> datasets=<ids>".
	Unresearched []string
	// Undeclared are the IDs of the active stores that list no dataset.
	Undeclared []string
}

func refSortedSet(xs []string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	return slices.Compact(out)
}

func refWaiverText(w *residency.Waiver) string {
	if w == nil {
		return ""
	}
	b, err := json.Marshal(w)
	if err != nil {
		panic(err)
	}
	return string(b)
}

func refRatingText(r hexad.Rating) string {
	var scores []string
	for _, s := range r.Scores() {
		scores = append(scores, s.String())
	}
	return r.Subject + " [" + r.Consumer + "]: " + strings.Join(scores, " ") + " defaults=" + strings.Join(r.Defaults, ",")
}

// projectReport reduces an engine report to a refProjection. It is the
// only function that reads the fields of the engine's findings: when
// their types change (Via and Link to a typed enum, Path to a typed
// value), only it needs editing. Every field is read through fmt.Sprint,
// which gives the same text for a string and for a type whose String
// method returns that text.
func projectReport(rep *residency.Report) refProjection {
	var p refProjection
	ref := func(r residency.RuleRef) string {
		return fmt.Sprint(r.ID, "|", r.Jurisdiction, "|", r.Kind, "|", r.Citation, "|", r.Title, "|", r.Verified)
	}
	ids := func(rs []residency.RuleRef) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return refSortedSet(out)
	}
	for _, v := range rep.Violations {
		p.Violations = append(p.Violations, refFinding{ID: v.ID, Rule: ref(v.Rule), Dataset: v.Dataset, Store: v.Store,
			Flow: v.Flow, Entity: v.Entity, Path: fmt.Sprint(v.Path), Waiver: refWaiverText(v.Waiver)})
	}
	for _, c := range rep.Conflicts {
		p.Conflicts = append(p.Conflicts, refFinding{ID: c.ID, Gov: fmt.Sprint(c.CompellingJurisdiction), Block: fmt.Sprint(c.BlockingJurisdiction),
			Store: c.Store, Party: c.Party, Link: fmt.Sprint(c.Link), Path: fmt.Sprint(c.Path), Readable: c.Readable,
			Rules: ids(c.Compelling), Blocking: ids(c.Blocking), Datasets: refSortedSet(c.Datasets), Relief: refSortedSet(c.Relief),
			Waiver: refWaiverText(c.Waiver)})
	}
	for _, x := range rep.Exposures {
		p.Exposures = append(p.Exposures, refFinding{ID: x.ID, Gov: fmt.Sprint(x.Government), Store: x.Store, Party: x.Party,
			Link: fmt.Sprint(x.Via), Path: fmt.Sprint(x.Path), Readable: x.Readable, Presumed: x.Presumed, Rules: ids(x.Rules),
			Datasets: slices.Clone(x.Datasets), Waiver: refWaiverText(x.Waiver)})
	}
	for _, o := range rep.Obligations {
		p.Obligations = append(p.Obligations, refFinding{ID: o.ID, Rule: ref(o.Rule), Dataset: o.Dataset, Path: "dataset/" + o.Dataset,
			Datasets: slices.Clone(o.Stores), Waiver: refWaiverText(o.Waiver)})
	}
	for _, d := range rep.Datasets {
		p.Ratings = append(p.Ratings, d.Dataset+" = "+refRatingText(d.Rating))
	}
	p.Ratings = append(p.Ratings, "topology = "+refRatingText(rep.Rating))
	p.Undeclared = slices.Clone(rep.Undeclared)
	for _, u := range rep.Unresearched {
		p.Unresearched = append(p.Unresearched, fmt.Sprintf("%s: stores=%v datasets=%v", u.Jurisdiction, u.Stores, u.Datasets))
	}
	return p
}

// refTopologyJSON encodes t for a failure message.
func refTopologyJSON(t *residency.Topology) string {
	var b bytes.Buffer
	if err := residency.EncodeJSON(&b, t); err != nil {
		return "(cannot encode: " + err.Error() + ")"
	}
	return b.String()
}

// refReproducer writes t's JSON into the test's temporary directory (or
// into $REFERENCE_REPRO_DIR, which outlives the test, if set) and returns
// where, with the JSON itself when it is short.
func refReproducer(t testing.TB, label string, top *residency.Topology) string {
	js := refTopologyJSON(top)
	dir := os.Getenv("REFERENCE_REPRO_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	name := filepath.Join(dir, strings.NewReplacer("/", "_", " ", "_", ",", "_").Replace(label)+".json")
	if err := os.WriteFile(name, []byte(js), 0o644); err != nil {
		return "(cannot write the topology: " + err.Error() + ")"
	}
	if len(js) > 40_000 {
		return "topology written to " + name
	}
	return "topology (also in " + name + "):\n" + js
}

var refConsumers = []jurisdiction.Code{{}, jurisdiction.MustParseCode("CN"), jurisdiction.MustParseCode("DE"), jurisdiction.MustParseCode("US")}

// refCompare assesses top with eng and with the reference and reports any
// difference in their projections, with a reproducer. It returns the
// engine's report (nil if Assess failed) and whether the two agree.
func refCompare(t testing.TB, eng *residency.Engine, label string, top *residency.Topology, asOf jurisdiction.Date, consumer jurisdiction.Code) (*residency.Report, bool) {
	t.Helper()
	var opts []residency.AssessOption
	if consumer.IsValid() {
		opts = append(opts, residency.Consumer(consumer))
	}
	rep, err := eng.Assess(top, asOf, opts...)
	if err != nil {
		t.Errorf("%s: Assess: %v\n%s", label, err, refReproducer(t, label, top))
		return nil, false
	}
	want, got := referenceAssess(eng.Catalog(), top, asOf, consumer).refProjection, projectReport(rep)
	if refSame(want, got) {
		return rep, true
	}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("%s as of %s, consumer %q: the engine (+) differs from the reference (-):\n%s\n%s",
			label, asOf, consumer, diff, refReproducer(t, label, top))
		return rep, false
	}
	return rep, true
}

// refSame is a quick test of equal projections, nil and empty slices
// alike, before cmp.Diff is asked for the differences.
func refSame(a, b refProjection) bool {
	x, err := json.Marshal(a)
	if err != nil {
		panic(err)
	}
	y, err := json.Marshal(b)
	if err != nil {
		panic(err)
	}
	return bytes.Equal(x, y)
}

var refDates = []jurisdiction.Date{
	jurisdiction.MustParseDate("2017-06-01"), jurisdiction.MustParseDate("2019-06-01"), jurisdiction.MustParseDate("2025-01-01"),
}

// TestReferenceSynth compares the engine with the reference on synthetic
// estates.
func TestReferenceSynth(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	cases := []struct {
		seed   uint64
		stores int
	}{{1, 50}, {2, 50}, {3, 120}, {4, 400}}
	if testing.Short() {
		cases = cases[:2]
	}
	for _, tc := range cases {
		top := synth.Generate(synth.Config{Stores: tc.stores, Seed: tc.seed})
		for i, d := range refDates {
			for k, c := range refConsumers {
				if tc.stores > 200 && k != i+1 { // the large estate: one consumer a date
					continue
				}
				label := fmt.Sprintf("synth seed=%d stores=%d", tc.seed, tc.stores)
				if _, ok := refCompare(t, eng, label, top, d, c); !ok {
					return // one estate's diff is enough to read
				}
			}
		}
	}
}

// TestReferenceRandom compares the engine with the reference on random
// topologies from refGenerate, and again with every finding the
// reference found on some of them waived.
func TestReferenceRandom(t *testing.T) {
	t.Parallel()
	eng := residency.NewEngine(nil)
	n := 300
	if testing.Short() {
		n = 60
	}
	failures := 0
	for i := range n {
		r := rand.New(rand.NewPCG(uint64(i), 0x7265666572656e63))
		top := refGenerate(r, eng.Catalog(), 1+i%12)
		if err := top.Validate(); err != nil {
			t.Fatalf("random topology %d is invalid: %v\n%s", i, err, refTopologyJSON(top))
		}
		d := refDates[i%len(refDates)]
		if i%4 == 3 {
			d = jurisdiction.MustParseDate("2014-01-01").AddDays(r.IntN(14 * 365))
		}
		label := fmt.Sprintf("random seed=%d", i)
		_, ok := refCompare(t, eng, label, top, d, refConsumers[i%len(refConsumers)])
		if ok && i%3 == 0 {
			// Waive half of what the reference finds, some waivers expired.
			ref := referenceAssess(eng.Catalog(), top, d, jurisdiction.Code{}).refProjection
			waived := *top
			waived.Waivers = slices.Clone(top.Waivers)
			for k, id := range refIDs(ref) {
				if k%2 == 0 {
					waived.Waivers = append(waived.Waivers, residency.Waiver{Finding: id, Justification: "test", Approver: "test",
						Expires: d.AddDays(r.IntN(200) - 50)})
				}
			}
			_, ok = refCompare(t, eng, label+" waived", &waived, d, refConsumers[i%len(refConsumers)])
		}
		if !ok {
			if failures++; failures >= 5 {
				t.Fatal("giving up after 5 differing topologies")
			}
		}
	}
}

// refIDs returns every finding ID of a projection.
func refIDs(p refProjection) []string {
	var ids []string
	for _, fs := range [][]refFinding{p.Violations, p.Conflicts, p.Exposures, p.Obligations} {
		for _, f := range fs {
			ids = append(ids, f.ID)
		}
	}
	return ids
}

// FuzzReferenceAssess compares the engine with the reference on random
// topologies and checks the invariants every report must keep.
func FuzzReferenceAssess(f *testing.F) {
	f.Add(uint64(1), uint8(3), uint16(1247), uint8(0))
	f.Add(uint64(2), uint8(8), uint16(2000), uint8(1))
	f.Add(uint64(3), uint8(1), uint16(4000), uint8(2))
	f.Add(uint64(42), uint8(12), uint16(3000), uint8(3))
	f.Add(uint64(7), uint8(5), uint16(100), uint8(1))
	f.Add(uint64(99), uint8(20), uint16(4200), uint8(2))
	eng := residency.NewEngine(nil)
	f.Fuzz(func(t *testing.T, seed uint64, size uint8, offset uint16, consumer uint8) {
		r := rand.New(rand.NewPCG(seed, uint64(size)))
		top := refGenerate(r, eng.Catalog(), 1+int(size%16))
		if err := top.Validate(); err != nil {
			t.Fatalf("the generator made an invalid topology: %v\n%s", err, refTopologyJSON(top))
		}
		d := jurisdiction.MustParseDate("2014-01-01").AddDays(int(offset) % (14 * 365))
		c := refConsumers[int(consumer)%len(refConsumers)]
		before := refCloneTopology(top)
		rep, _ := refCompare(t, eng, fmt.Sprintf("fuzz seed=%d size=%d", seed, size), top, d, c)
		if rep == nil {
			return
		}
		refCheckInvariants(t, eng, top, before, rep, d, c)
	})
}

// refCheckInvariants checks what every report must keep, whatever the
// reference says.
func refCheckInvariants(t *testing.T, eng *residency.Engine, top, before *residency.Topology, rep *residency.Report, d jurisdiction.Date, c jurisdiction.Code) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Fatalf("as of %s, consumer %q: %s\n%s", d, c, fmt.Sprintf(format, args...), refReproducer(t, "invariant", top))
	}
	var opts []residency.AssessOption
	if c.IsValid() {
		opts = append(opts, residency.Consumer(c))
	}
	assess := func(e *residency.Engine, t2 *residency.Topology, more ...residency.AssessOption) *residency.Report {
		r, err := e.Assess(t2, d, append(slices.Clone(opts), more...)...)
		if err != nil {
			fail("Assess: %v", err)
		}
		return r
	}
	p := projectReport(rep)

	// Finding IDs are unique across the report.
	seen := map[string]bool{}
	for _, id := range refIDs(p) {
		if seen[id] {
			fail("finding ID %s is not unique", id)
		}
		seen[id] = true
	}

	// Findings name only what the region-completed topology has.
	full := referenceAssess(eng.Catalog(), top, d, c).top
	has := map[string]bool{}
	for _, x := range full.Datasets {
		has["dataset "+x.ID] = true
	}
	for _, x := range full.Stores {
		has["store "+x.ID] = true
	}
	for _, x := range full.Flows {
		has["flow "+x.ID] = true
	}
	for _, x := range full.Entities {
		has["entity "+x.ID] = true
	}
	need := func(kind, id string) {
		if id != "" && !has[kind+" "+id] {
			fail("a finding names %s %q, which the topology does not have", kind, id)
		}
	}
	for _, v := range p.Violations {
		need("dataset", v.Dataset)
		need("store", v.Store)
		need("flow", v.Flow)
		need("entity", v.Entity)
	}
	for _, x := range append(slices.Clone(p.Conflicts), p.Exposures...) {
		need("store", x.Store)
		need("entity", x.Party)
		for _, id := range x.Datasets {
			need("dataset", id)
		}
	}
	for _, o := range p.Obligations {
		need("dataset", o.Dataset)
		for _, id := range o.Datasets {
			need("store", id)
		}
	}

	// Scores are 1 to 5 or unrated, and the topology takes each
	// element's minimum over the rated datasets.
	if len(rep.Datasets) != len(top.Datasets) {
		fail("%d dataset ratings for %d datasets", len(rep.Datasets), len(top.Datasets))
	}
	for i, e := range hexad.Elements() {
		low := hexad.Unrated
		for k, dr := range rep.Datasets {
			if dr.Dataset != top.Datasets[k].ID {
				fail("rating %d is of %s, not %s", k, dr.Dataset, top.Datasets[k].ID)
			}
			s := dr.Rating.Scores()[i]
			if s != hexad.Unrated && !s.IsValid() {
				fail("dataset %s scores %d on %s", dr.Dataset, s, e)
			}
			if s.IsValid() && (low == hexad.Unrated || s < low) {
				low = s
			}
		}
		if got := rep.Rating.Score(e); got != low {
			fail("the topology scores %s on %s, the datasets' minimum is %s", got, e, low)
		}
	}

	// Reports are byte-identical across runs and engines, and the
	// topology is left as it was.
	want, err := json.Marshal(rep)
	if err != nil {
		fail("marshal: %v", err)
	}
	fresh := residency.NewEngine(nil)
	for _, e := range []*residency.Engine{eng, fresh} {
		if got, _ := json.Marshal(assess(e, top)); !bytes.Equal(got, want) {
			fail("a second assessment gives different JSON")
		}
	}
	if diff := cmp.Diff(before, top); diff != "" {
		fail("Assess modified the topology:\n%s", diff)
	}

	// The checks alone give the same violations and conflicts.
	checks := projectReport(assess(eng, top, residency.Only(residency.Violations, residency.Conflicts)))
	if diff := cmp.Diff(p.Violations, checks.Violations); diff != "" {
		fail("Only(Violations, Conflicts) gives other violations:\n%s", diff)
	}
	if diff := cmp.Diff(p.Conflicts, checks.Conflicts); diff != "" {
		fail("Only(Violations, Conflicts) gives other conflicts:\n%s", diff)
	}

	// The documented sort orders hold.
	code := func(s string) jurisdiction.Code {
		c, _ := jurisdiction.ParseCode(s)
		return c
	}
	ruleID := func(f refFinding) string { id, _, _ := strings.Cut(f.Rule, "|"); return id }
	sorted := func(what string, fs []refFinding, cmpf func(x, y refFinding) int) {
		if !slices.IsSortedFunc(fs, cmpf) {
			fail("%s are not in their documented order", what)
		}
	}
	sorted("violations", p.Violations, func(x, y refFinding) int {
		return refCmp(strings.Compare(ruleID(x), ruleID(y)), strings.Compare(x.Path, y.Path))
	})
	sorted("conflicts", p.Conflicts, func(x, y refFinding) int {
		return refCmp(strings.Compare(x.Store, y.Store), strings.Compare(x.Path, y.Path), code(x.Gov).Compare(code(y.Gov)), code(x.Block).Compare(code(y.Block)))
	})
	sorted("exposures", p.Exposures, func(x, y refFinding) int {
		return refCmp(strings.Compare(x.Store, y.Store), code(x.Gov).Compare(code(y.Gov)), strings.Compare(x.Path, y.Path))
	})
	sorted("obligations", p.Obligations, func(x, y refFinding) int {
		return refCmp(strings.Compare(ruleID(x), ruleID(y)), strings.Compare(x.Dataset, y.Dataset))
	})

	// Waiving every finding keeps the findings, marks each waived and
	// makes the report clean.
	waived := *top
	waived.Waivers = nil
	for _, id := range refIDs(p) {
		waived.Waivers = append(waived.Waivers, residency.Waiver{Finding: id, Justification: "all", Approver: "fuzz", Expires: d.AddDays(1)})
	}
	wrep := assess(eng, &waived)
	wp := projectReport(wrep)
	if diff := cmp.Diff(refIDs(p), refIDs(wp)); diff != "" {
		fail("waiving every finding changes the findings:\n%s", diff)
	}
	for _, fs := range [][]refFinding{wp.Violations, wp.Conflicts, wp.Exposures, wp.Obligations} {
		for _, f := range fs {
			if f.Waiver == "" {
				fail("finding %s is not marked waived", f.ID)
			}
		}
	}
	if !wrep.Clean() {
		fail("a report with every finding waived is not clean")
	}
}

// refCloneTopology returns a deep copy of t.
func refCloneTopology(t *residency.Topology) *residency.Topology {
	out := *t
	out.Datasets = slices.Clone(t.Datasets)
	for i := range out.Datasets {
		d := &out.Datasets[i]
		d.Classes = slices.Clone(d.Classes)
		d.Subjects = slices.Clone(d.Subjects)
		for k := range d.Subjects {
			d.Subjects[k].Counts = slices.Clone(d.Subjects[k].Counts)
		}
	}
	out.Entities = slices.Clone(t.Entities)
	for i := range out.Entities {
		e := &out.Entities[i]
		e.Owners, e.CII, e.Licences = slices.Clone(e.Owners), slices.Clone(e.CII), slices.Clone(e.Licences)
		e.Certifications, e.Tags = slices.Clone(e.Certifications), slices.Clone(e.Tags)
	}
	out.Stores = slices.Clone(t.Stores)
	for i := range out.Stores {
		s := &out.Stores[i]
		s.Datasets, s.Operators, s.Custodians = slices.Clone(s.Datasets), slices.Clone(s.Operators), slices.Clone(s.Custodians)
		s.Mechanisms, s.Keys = slices.Clone(s.Mechanisms), slices.Clone(s.Keys)
	}
	out.Flows = slices.Clone(t.Flows)
	for i := range out.Flows {
		f := &out.Flows[i]
		f.Datasets, f.Mechanisms = slices.Clone(f.Datasets), slices.Clone(f.Mechanisms)
	}
	out.Waivers = slices.Clone(t.Waivers)
	return &out
}

// refTestRule returns a rule for a catalog overlay that a test needs.
func refTestRule(id, jur string, kind jurisdiction.Kind) jurisdiction.Rule {
	return jurisdiction.Rule{ID: id, Jurisdiction: jurisdiction.MustParseCode(jur), Title: "test rule " + id, Kind: kind,
		Citation: jurisdiction.Citation{Law: "Test Act", Article: "Art. 1"}, Effective: jurisdiction.MustParseDate("2000-01-01"),
		Sources: []jurisdiction.Source{{Title: "test fixture, not law"}}}
}

// refEngineBugs are the smallest topologies found on which the engine and
// the reference disagreed because the engine was wrong, or on which
// finding IDs were not unique: regression tests for the fixes.
var refEngineBugs = []struct {
	name     string
	asOf     string
	rules    []jurisdiction.Rule // added to the built-in catalog
	topology string
}{{
	name: "empty flow carries only its source's datasets",
	asOf: "2025-01-01",
	topology: `{"name": "empty-flow-carries-all",
		"datasets": [
			{"id": "customers", "classes": ["personal"], "subjects": [{"jurisdiction": "DE", "count": 10000}], "controller": "shop"},
			{"id": "logs"}
		],
		"entities": [
			{"id": "shop", "jurisdiction": "DE"},
			{"id": "de-op", "jurisdiction": "DE"},
			{"id": "us-op", "jurisdiction": "US"}
		],
		"stores": [
			{"id": "frankfurt", "location": "DE", "datasets": ["logs"], "operators": [{"entity": "de-op"}]},
			{"id": "virginia", "location": "US", "datasets": ["logs", "customers"], "operators": [{"entity": "us-op"}]}
		],
		"flows": [
			{"id": "logs-repl", "kind": "replication", "from": "frankfurt", "to": "virginia"}
		]}`,
}, {
	name: "no onward transfer within one country",
	asOf: "2025-01-01",
	topology: `{"name": "onward-within-one-country",
		"datasets": [
			{"id": "customers", "classes": ["personal"], "subjects": [{"jurisdiction": "DE", "count": 10000}], "controller": "shop"}
		],
		"entities": [
			{"id": "shop", "jurisdiction": "DE"},
			{"id": "us-op", "jurisdiction": "US"}
		],
		"stores": [
			{"id": "california", "location": "US-CA", "datasets": ["customers"], "operators": [{"entity": "us-op"}], "mechanisms": ["eu-scc-2021"]},
			{"id": "virginia", "location": "US", "datasets": ["customers"], "operators": [{"entity": "us-op"}]}
		],
		"flows": [
			{"id": "repl", "kind": "replication", "from": "california", "to": "virginia", "datasets": ["customers"]}
		]}`,
}, {
	name: "presumed reach of a subdivision is its country's",
	asOf: "2025-01-01",
	topology: `{"name": "presumed-subdivision",
		"datasets": [
			{"id": "customers", "classes": ["personal"], "subjects": [{"jurisdiction": "DE", "count": 10000}], "controller": "shop"}
		],
		"entities": [
			{"id": "shop", "jurisdiction": "DE"}
		],
		"stores": [
			{"id": "munich", "location": "DE-BY", "datasets": ["customers"], "operators": [{"entity": "shop"}]}
		]}`,
}, {
	name: "one conflict per store, path, compelling and blocking jurisdiction",
	asOf: "2025-01-01",
	topology: `{"name": "conflict-id-collision",
		"datasets": [
			{"id": "big", "classes": ["personal"], "subjects": [{"jurisdiction": "CN", "count": 2000000}], "controller": "retailer"},
			{"id": "small", "classes": ["personal"], "subjects": [{"jurisdiction": "CN", "count": 10000}], "controller": "clinic"}
		],
		"entities": [
			{"id": "retailer", "jurisdiction": "CN"},
			{"id": "clinic", "jurisdiction": "CN"},
			{"id": "op", "jurisdiction": "CN", "licences": ["CN-VATS-IDC"], "owners": [{"parent": "us-parent", "share": 100}]},
			{"id": "us-parent", "jurisdiction": "US"}
		],
		"stores": [
			{"id": "bj", "location": "CN", "datasets": ["big", "small"], "operators": [{"entity": "op"}]}
		]}`,
}, {
	name: "one violation per rule and path",
	asOf: "2025-01-01",
	rules: []jurisdiction.Rule{func() jurisdiction.Rule {
		r := refTestRule("TEST-OWN", "CN", jurisdiction.OwnershipLicensing)
		r.Licence, r.MaxForeignShare = "TEST-LICENCE", 49
		return r
	}()},
	topology: `{"name": "violation-id-collision",
		"datasets": [
			{"id": "records", "classes": ["personal"], "subjects": [{"jurisdiction": "CN", "count": 1000}]}
		],
		"entities": [
			{"id": "op", "jurisdiction": "CN", "licences": ["CN-VATS-IDC"], "owners": [{"parent": "us-parent", "share": 100}]},
			{"id": "us-parent", "jurisdiction": "US"}
		],
		"stores": [
			{"id": "bj", "location": "CN", "datasets": ["records"], "operators": [{"entity": "op"}]}
		]}`,
}, {
	name: "blocking rules exclude governments inside their own territory",
	asOf: "2026-01-01",
	rules: []jurisdiction.Rule{func() jurisdiction.Rule {
		r := refTestRule("TEST-NO-REACH", "NO", jurisdiction.CompelledAccess)
		r.Reach = jurisdiction.PersonalReach
		return r
	}()},
	topology: `{"name": "blocking-territory-per-rule",
		"datasets": [
			{"id": "customers", "classes": ["personal"], "subjects": [{"jurisdiction": "DE", "count": 10000}]}
		],
		"entities": [
			{"id": "de-op", "jurisdiction": "DE", "owners": [{"parent": "no-parent", "share": 100}]},
			{"id": "no-parent", "jurisdiction": "NO"}
		],
		"stores": [
			{"id": "frankfurt", "location": "DE", "datasets": ["customers"], "operators": [{"entity": "de-op"}]}
		]}`,
}, {
	name: "finding IDs stay unique when IDs hold slashes",
	asOf: "2025-01-01",
	topology: `{"name": "slashes",
		"datasets": [
			{"id": "d"}
		],
		"entities": [
			{"id": "x", "jurisdiction": "US"}
		],
		"stores": [
			{"id": "s", "location": "US", "datasets": ["d"], "operators": [{"entity": "x"}]},
			{"id": "s/operator/x", "location": "US", "datasets": ["d"], "operators": [{"entity": "x"}]}
		]}`,
}}

// TestReferenceEngineBugs holds the engine bugs the differential tests
// found, each with its reproducer; see refEngineBugs.
func TestReferenceEngineBugs(t *testing.T) {
	for _, tc := range refEngineBugs {
		t.Run(tc.name, func(t *testing.T) {
			top, err := residency.DecodeJSON([]byte(tc.topology))
			if err != nil {
				t.Fatal(err)
			}
			cat := jurisdiction.Default()
			if len(tc.rules) > 0 {
				if cat, err = cat.With("engine-bug", jurisdiction.Contents{Rules: tc.rules}); err != nil {
					t.Fatal(err)
				}
			}
			eng := residency.NewEngine(cat)
			rep, _ := refCompare(t, eng, tc.name, top, jurisdiction.MustParseDate(tc.asOf), jurisdiction.Code{})
			if rep == nil {
				return
			}
			seen := map[string]bool{}
			for _, id := range refIDs(projectReport(rep)) {
				if seen[id] {
					t.Errorf("finding ID %s is not unique", id)
				}
				seen[id] = true
			}
		})
	}
}

// refCmp returns the first non-zero comparison.
func refCmp(cs ...int) int {
	for _, c := range cs {
		if c != 0 {
			return c
		}
	}
	return 0
}
