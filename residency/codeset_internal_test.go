package residency

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// TestCodeSetHas checks the sorted-slice set against a linear search, for
// sets on both sides of the size where it switches to binary search.
func TestCodeSetHas(t *testing.T) {
	var all []code
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if c, err := jurisdiction.ParseCode(string([]rune{a, b})); err == nil {
				all = append(all, c)
			}
		}
	}
	for _, s := range []string{"EEA", "CA-BC", "CA-NS"} {
		all = append(all, jurisdiction.MustParseCode(s))
	}
	slices.SortFunc(all, code.Compare)
	all = slices.Compact(all) // aliases parse to the same code
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 60 {
		set := codeSet(slices.Clone(all))
		r.Shuffle(len(set), func(i, j int) { set[i], set[j] = set[j], set[i] })
		set = set[:n]
		slices.SortFunc(set, code.Compare)
		for _, c := range all {
			if got, want := set.has(c), slices.Contains(set, c); got != want {
				t.Fatalf("set of %d: has(%s) = %v, want %v", n, c, got, want)
			}
		}
	}
}
