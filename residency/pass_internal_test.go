package residency

import (
	"slices"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// TestEveryKindIsRead holds the pass table to the catalog's kinds: a kind
// of rule no pass reads would be silently inert, its rules doing nothing
// (failing open). Adding a kind means adding its pass and a row.
func TestEveryKindIsRead(t *testing.T) {
	checkKindsRead(t, passes[:])
}

// checkKindsRead reports every kind of rule that no pass of table reads,
// and every pass that fills no part or reads no kind.
func checkKindsRead(t testing.TB, table []pass) {
	t.Helper()
	for _, k := range jurisdiction.Kinds() {
		if !slices.ContainsFunc(table, func(p pass) bool { return slices.Contains(p.reads, k) }) {
			t.Errorf("no pass reads rules of kind %s: they would do nothing", k)
		}
	}
	for _, p := range table {
		if p.part == 0 || len(p.reads) == 0 || p.run == nil {
			t.Errorf("pass %s fills no part, reads no kind or runs nothing", p.name)
		}
	}
}

// TestKindCheckFailsOnAMissingRow shows the check above has teeth: with
// any one pass left out of the table, some kind is read by none.
func TestKindCheckFailsOnAMissingRow(t *testing.T) {
	for i, p := range passes {
		table := slices.Delete(slices.Clone(passes[:]), i, i+1)
		orphaned := false
		for _, k := range p.reads {
			if !slices.ContainsFunc(table, func(q pass) bool { return slices.Contains(q.reads, k) }) {
				orphaned = true
			}
		}
		rec := &recorder{}
		checkKindsRead(rec, table)
		if orphaned != rec.failed {
			t.Errorf("without pass %s: the check failed = %v, want %v", p.name, rec.failed, orphaned)
		}
	}
}

// recorder is a testing.TB that only records failure.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
