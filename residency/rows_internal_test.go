package residency

import (
	"slices"
	"testing"
)

// TestRows checks the one-array row lists against [][]int built by
// append: rows filled in any order, rows left short (a store listing a
// dataset twice fills fewer holder slots than counted) and empty rows.
func TestRows(t *testing.T) {
	counts := []int{3, 0, 2, 4, 1, 0}
	pushes := [][2]int{{3, 30}, {0, 1}, {2, 20}, {3, 31}, {0, 2}, {4, 40}, {3, 32}, {0, 3}}
	b := newRows(counts)
	want := make([][]int, len(counts))
	for _, p := range pushes {
		if got := b.row(p[0]); !slices.Equal(got, want[p[0]]) {
			t.Fatalf("row(%d) = %v before pushing %d; pushed %v", p[0], got, p[1], want[p[0]])
		}
		b.push(p[0], p[1])
		want[p[0]] = append(want[p[0]], p[1])
	}
	r := b.done()
	for i := range counts {
		if got := r.at(i); !slices.Equal(got, want[i]) || cap(got) != len(got) {
			t.Errorf("row %d = %v (cap %d), want %v", i, got, cap(got), want[i])
		}
	}
	if len(r.val) != len(pushes) {
		t.Errorf("%d values kept, want %d: gaps were not closed", len(r.val), len(pushes))
	}
	if empty := newRows(nil).done(); len(empty.off) != 1 || len(empty.val) != 0 {
		t.Errorf("no rows: %+v", empty)
	}
}
