package residency_test

import (
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// The tests in this file are the reproducers of the reliability review
// (shared/reference/reviews/reliability.md, defects D1-D10), held as
// regression tests. Memory is measured as bytes allocated (TotalAlloc), an
// upper bound of the heap a run needs, and deterministic; time is not
// asserted (see BenchmarkHostile): the quadratic and cubic algorithms
// these shapes once hit show as allocation growth, stack depth or
// problem counts, which are asserted.

// allocated returns the bytes fn allocates.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// joined writes n elements, elem(i) each, separated by commas.
func joined(n int, elem func(i int) string) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(elem(i))
	}
	return b.String()
}

// hostileDocuments are the review's hostile shapes, at sizes a test can
// afford, each decided (decoded and validated, or refused) by DecodeJSON.
var hostileDocuments = []struct {
	name string
	doc  func() string
	want error // nil: a valid topology
}{
	{"D1 controlling chain of 2,000", func() string { return chainDoc(2000, 100) }, nil},
	{"D2 chain of 100,000 holdings of 10%", func() string { return chainDoc(100_000, 10) }, nil},
	{"D3 a million empty stores", func() string { return `{"stores":[` + joined(1_000_000, func(int) string { return "{}" }) + `]}` }, residency.ErrMissing},
	{"D3 a million zeros at the root", func() string { return `[` + joined(1_000_000, func(int) string { return "0" }) + `]` }, residency.ErrSchema},
	{"D3 a million stores without location or operator", func() string {
		return `{"stores":[` + joined(1_000_000, func(i int) string { return fmt.Sprintf(`{"id":"s%d"}`, i) }) + `]}`
	}, residency.ErrMissing},
	{"D4 a store ID of 5 MB", func() string {
		return `{"datasets":[],"entities":[],"stores":[{"id":"` + strings.Repeat("s", 5<<20) + `","location":"CN","datasets":[]}]}`
	}, residency.ErrLimit},
	{"D7 an entity with 100,000 dated owners", func() string {
		return `{"datasets":[],"stores":[],"entities":[{"id":"p","jurisdiction":"US"},{"id":"x","jurisdiction":"US","owners":[` +
			joined(100_000, func(i int) string { return `{"parent":"p","share":0,"from":"2000-01-01"}` }) + `]}]}`
	}, residency.ErrLimit},
	{"D7 200 entities with 1,000 dated owners each", func() string {
		return `{"datasets":[],"stores":[],"entities":[{"id":"p","jurisdiction":"US"},` + joined(200, func(e int) string {
			return fmt.Sprintf(`{"id":"x%d","jurisdiction":"US","owners":[`, e) + joined(1000, func(i int) string {
				return fmt.Sprintf(`{"parent":"p","share":0.01,"from":"%04d-01-01"}`, 1000+i)
			}) + `]}`
		}) + `]}`
	}, nil},
	{"D7 1,000 stores of 1,000 datasets and flows naming them", func() string {
		ds := joined(1000, func(i int) string { return fmt.Sprintf(`"d%d"`, i) })
		return `{"datasets":[` + joined(1000, func(i int) string { return fmt.Sprintf(`{"id":"d%d"}`, i) }) + `],` +
			`"entities":[{"id":"op","jurisdiction":"CN"}],"stores":[` + joined(1000, func(s int) string {
			return fmt.Sprintf(`{"id":"s%d","location":"CN","datasets":[%s],"operators":[{"entity":"op"}]}`, s, ds)
		}) + `],"flows":[` + joined(999, func(f int) string {
			return fmt.Sprintf(`{"id":"f%d","kind":"replication","from":"s%d","to":"s%d","datasets":[%s]}`, f, f, f+1, ds)
		}) + `]}`
	}, nil},
	{"D8 a ladder of 1,000 ownership cycles", func() string {
		const n = 1000
		return `{"datasets":[],"stores":[],"entities":[` + joined(n-1, func(i int) string {
			return fmt.Sprintf(`{"id":"e%d","jurisdiction":"US","owners":[{"parent":"e%d","share":100}]}`, i, i+1)
		}) + fmt.Sprintf(`,{"id":"e%d","jurisdiction":"US","owners":[`, n-1) +
			joined(n-1, func(j int) string { return fmt.Sprintf(`{"parent":"e%d","share":0}`, j) }) + `]}]}`
	}, residency.ErrCycle},
	{"D10 null", func() string { return "null" }, residency.ErrSchema},
	{"minimal datasets, 200,000", func() string {
		return `{"entities":[],"stores":[],"datasets":[` + joined(200_000, func(i int) string { return fmt.Sprintf(`{"id":"d%d"}`, i) }) + `]}`
	}, nil},
}

// chainDoc is a chain of n Chinese entities, each holding share percent
// of the next, the last one American, the first operating a store in
// China that holds personal data: the shape of D1 (controlling holdings)
// and D2 (a long chain).
func chainDoc(n int, share float64) string {
	return `{"datasets":[{"id":"d","classes":["personal"],"subjects":[{"jurisdiction":"CN","count":500000}]}],"entities":[` +
		joined(n, func(i int) string {
			if i == n-1 {
				return fmt.Sprintf(`{"id":"e%d","jurisdiction":"US"}`, i)
			}
			return fmt.Sprintf(`{"id":"e%d","jurisdiction":"CN","owners":[{"parent":"e%d","share":%v}]}`, i, i+1, share)
		}) + `],"stores":[{"id":"s","location":"CN","datasets":["d"],"operators":[{"entity":"e0"}]}]}`
}

// TestHostileDocumentsDecided holds the review's goal for documents: each
// is decided, accepted or refused, allocating at most ten times its size
// (and the list of at most MaxProblems problems, which a tiny document can
// fill: 2 MiB), each problem's message short. It is not parallel, so that
// it measures its own allocations.
func TestHostileDocumentsDecided(t *testing.T) {
	for _, tc := range hostileDocuments {
		data := []byte(tc.doc())
		var top *residency.Topology
		var err error
		n := allocated(func() { top, err = residency.DecodeJSON(data) })
		per := float64(n) / float64(len(data))
		t.Logf("%s: %d bytes, %d allocated, %.2f per byte", tc.name, len(data), n, per)
		switch {
		case tc.want == nil && err != nil:
			t.Errorf("%s: %.300v", tc.name, err)
		case tc.want != nil && (top != nil || !errors.Is(err, tc.want)):
			t.Errorf("%s: got %.300v, want an error wrapping %v", tc.name, err, tc.want)
		}
		if budget := (10*float64(len(data)) + 2<<20) * raceSlack; float64(n) > budget {
			t.Errorf("%s: %d bytes allocated for a document of %d, more than 10 times it and 2 MiB", tc.name, n, len(data))
		}
		var m interface{ WrappedErrors() []error }
		if errors.As(err, &m) {
			if k := len(m.WrappedErrors()); k > residency.MaxProblems+1 {
				t.Errorf("%s: %d problems listed", tc.name, k)
			}
			for _, p := range m.WrappedErrors() {
				if len(p.Error()) > 600 {
					t.Errorf("%s: a problem of %d bytes: %.200s…", tc.name, len(p.Error()), p.Error())
				}
			}
		}
	}
}

// TestControlChainLinear is D1: control chains were memoised as every
// ancestor with a fresh path, cubic in the chain's length (1,000 holdings
// took 2.8 GB). An assessment's allocation now grows in proportion: the
// findings' paths name the chain once each.
func TestControlChainLinear(t *testing.T) {
	d := day("2025-01-01")
	cost := func(n int) uint64 {
		top, err := residency.DecodeJSON([]byte(chainDoc(n, 100)))
		if err != nil {
			t.Fatal(err)
		}
		var rep *residency.Report
		b := allocated(func() { rep, err = residency.Assess(top, d) })
		if err != nil {
			t.Fatal(err)
		}
		// The US reaches the store through the whole chain.
		found := false
		for _, c := range rep.Conflicts {
			found = found || len(c.Path.Chain) == n && c.Party == fmt.Sprintf("e%d", n-1)
		}
		if !found {
			t.Errorf("chain of %d: no conflict through the whole chain: %v", n, conflictSummary(rep))
		}
		return b
	}
	small, large := cost(500), cost(4000)
	ratio := float64(large) / float64(small)
	t.Logf("a chain 8 times longer allocates %.1f times as much (%d and %d bytes)", ratio, small, large)
	if ratio > 12 {
		t.Errorf("a chain 8 times longer allocates %.1f times as much: not linear", ratio)
	}
}

// TestOwnershipWalksIterative is D2: cycle checks, control chains, foreign
// equity and counterparty coverage walked ownership recursively, and a
// long enough chain overflowed the goroutine stack (a fatal error no
// recover catches). With the stack held to 8 MB, far less than a
// recursive walk of 200,000 holdings needs, validation and a full
// assessment must still finish. Not parallel: the stack limit is the
// process's.
func TestOwnershipWalksIterative(t *testing.T) {
	const n = 200_000
	top := &residency.Topology{
		Datasets: []residency.Dataset{{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: cn, Count: 2_000_000}}}},
		Stores: []residency.Store{{ID: "s", Location: cn, Datasets: []string{"d"}, Operators: []residency.Tenure{{Entity: "e0"}}}},
	}
	for i := range n {
		x := residency.Entity{ID: fmt.Sprintf("e%d", i), Jurisdiction: cn}
		if i < n-1 {
			x.Owners = []residency.Ownership{{Parent: fmt.Sprintf("e%d", i+1), Share: 100}}
		} else {
			x.Jurisdiction = us
		}
		top.Entities = append(top.Entities, x)
	}
	old := debug.SetMaxStack(8 << 20)
	defer debug.SetMaxStack(old)
	if err := top.Validate(); err != nil {
		t.Fatal(err)
	}
	rep, err := residency.Assess(top, day("2025-01-01"))
	if err != nil {
		t.Fatal(err)
	}
	// The operator is 100% foreign-owned through the chain: CN's equity
	// cap and licence rules see it, and the US reaches it at the top.
	if len(rep.Violations) == 0 || len(rep.Conflicts) == 0 {
		t.Errorf("a Chinese store run through %d holdings by a US parent: %d violations, %d conflicts", n, len(rep.Violations), len(rep.Conflicts))
	}
}

// TestCycleLadderBounded is D8: an entity listing every earlier entity of
// a chain as an owner makes a cycle per holding, whose messages named
// every entity of each: 285 MB of stderr at 30,000. Each message now
// names at most nine entities and how many it leaves out.
func TestCycleLadderBounded(t *testing.T) {
	t.Parallel()
	const n = 1000
	var top residency.Topology
	for i := range n {
		x := residency.Entity{ID: fmt.Sprintf("e%d", i), Jurisdiction: us}
		if i < n-1 {
			x.Owners = []residency.Ownership{{Parent: fmt.Sprintf("e%d", i+1), Share: 100}}
		} else {
			for j := range n - 1 {
				x.Owners = append(x.Owners, residency.Ownership{Parent: fmt.Sprintf("e%d", j)})
			}
		}
		top.Entities = append(top.Entities, x)
	}
	err := top.Validate()
	if !errors.Is(err, residency.ErrCycle) {
		t.Fatalf("a ladder of cycles: %v", err)
	}
	var m interface{ WrappedErrors() []error }
	if !errors.As(err, &m) {
		t.Fatal("not an aggregate")
	}
	for _, p := range m.WrappedErrors() {
		if c := strings.Count(p.Error(), " -> "); c > 9 {
			t.Errorf("a cycle message naming %d entities: %.200s", c+1, p.Error())
		}
	}
	if !strings.Contains(err.Error(), "more)") {
		t.Errorf("no long cycle says how many entities it leaves out: %.500s", err)
	}
}

// TestConflictIDsUnique is D5: a US-controlled store in China holding one
// dataset above PIPL's 1M-subject threshold and one below gave two
// conflicts with one ID, so that a waiver for one accepted both. They are
// one conflict, blocking both datasets with the union of the rules.
func TestConflictIDsUnique(t *testing.T) {
	t.Parallel()
	top, err := residency.DecodeJSON([]byte(`{"name": "dup-conflict-ids",
		"datasets": [
			{"id": "big", "classes": ["personal"], "subjects": [{"jurisdiction": "CN", "count": 2000000}], "controller": "shop"},
			{"id": "small", "classes": ["personal"], "subjects": [{"jurisdiction": "CN", "count": 1000}]}],
		"entities": [
			{"id": "shop", "jurisdiction": "CN"},
			{"id": "op", "jurisdiction": "CN", "owners": [{"parent": "us-parent", "share": 100}]},
			{"id": "us-parent", "jurisdiction": "US"}],
		"stores": [{"id": "bj", "location": "CN", "datasets": ["big", "small"], "operators": [{"entity": "op"}]}]}`))
	if err != nil {
		t.Fatal(err)
	}
	// Before 2024-03-22, while PIPL Art. 40's 1,000,000-handled volume
	// (CN-PIPL-40-VOLUME) applied.
	rep := assess(t, top, "2024-01-01")
	seen := map[string]bool{}
	for f := range rep.Findings() {
		id := f.Head().ID
		if seen[id] {
			t.Errorf("finding ID %s is not unique", id)
		}
		seen[id] = true
	}
	const id = "C:US/CN@store/bj/operator/op/parent/us-parent"
	f, ok := rep.Finding(id)
	if !ok {
		t.Fatalf("no conflict %s: %v", id, conflictSummary(rep))
	}
	c := f.(*residency.Conflict)
	if got := strings.Join(c.Datasets, ","); got != "big,small" {
		t.Errorf("datasets %s, want big,small", got)
	}
	if got := refs(c.Blocking); !strings.Contains(got, "CN-PIPL-40-VOLUME") || !strings.Contains(got, "CN-DSL-36") {
		t.Errorf("blocking rules %s, want the union, PIPL-40-VOLUME included", got)
	}
}

// TestSubjectCountsBounded is D6: counts [2^63-1, 2,000,000] summed past
// int64 and wrapped negative, and the volume violation vanished. Counts
// are held to MaxSubjects; a jurisdiction's subjects are counted once.
func TestSubjectCountsBounded(t *testing.T) {
	t.Parallel()
	top := &residency.Topology{
		Datasets: []residency.Dataset{{ID: "d", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: cn, Count: 1<<63 - 1}, {Jurisdiction: cn, Count: 2_000_000}}}},
		Entities: []residency.Entity{{ID: "op", Jurisdiction: us}},
		Stores:   []residency.Store{{ID: "us", Location: us, Datasets: []string{"d"}, Operators: []residency.Tenure{{Entity: "op"}}}},
	}
	err := top.Validate()
	if !errors.Is(err, residency.ErrLimit) || !errors.Is(err, residency.ErrDuplicate) {
		t.Errorf("a count past MaxSubjects and CN counted twice: %v", err)
	}
}

// TestTextHoldsNoControls is D9: a name or ID could carry terminal escapes
// (OSC 52 clipboard writes, screen clears) and bidirectional overrides
// into text output. Validation refuses them, naming the character, and
// its message carries no control character itself.
func TestTextHoldsNoControls(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"\x1b]52;c;ZXZpbA==\x07", "x\x1b[2Jy", "a\u202eb", "tab\there", "c1\u0085", "bad\xffutf8"} {
		top := &residency.Topology{Name: s, Entities: []residency.Entity{{ID: "e" + s, Jurisdiction: us}}}
		err := top.Validate()
		if !errors.Is(err, residency.ErrInvalid) {
			t.Errorf("%q: %v", s, err)
			continue
		}
		var m interface{ WrappedErrors() []error }
		if !errors.As(err, &m) {
			t.Fatalf("%q: not an aggregate: %v", s, err)
		}
		for _, p := range m.WrappedErrors() {
			for _, r := range p.Error() {
				if r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f || r == '\u202e' {
					t.Errorf("%q: the message carries %U: %q", s, r, p.Error())
				}
			}
		}
	}
}

// TestIDLengthBounded is D4: a 50 MB store ID ran out of memory, every
// finding repeating it. IDs are held to MaxIDBytes in code as in
// documents.
func TestIDLengthBounded(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("s", residency.MaxIDBytes+1)
	top := &residency.Topology{
		Entities: []residency.Entity{{ID: "op", Jurisdiction: us}},
		Stores:   []residency.Store{{ID: long, Location: us, Datasets: []string{}, Operators: []residency.Tenure{{Entity: "op"}}}},
	}
	err := top.Validate()
	if !errors.Is(err, residency.ErrLimit) || len(err.Error()) > 300 {
		t.Errorf("an ID of %d bytes: %.300v", len(long), err)
	}
	top.Stores[0].ID = long[1:]
	if err := top.Validate(); err != nil {
		t.Errorf("an ID of MaxIDBytes: %v", err)
	}
}
