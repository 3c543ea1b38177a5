package residency

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// This file holds the containers the assessment is tuned with, kept apart
// from the law: sorted code sets, compact row lists, chunked collections,
// a permutation sort, and an iterative walk up the ownership graph.

type code = jurisdiction.Code

// codeSet is a sorted set of codes. Rule territories are small (one
// country, or a bloc of a few dozen), so a sorted slice beats a map.
type codeSet []code

func (s codeSet) has(c code) bool {
	lo, hi := 0, len(s)
	for hi-lo > 8 {
		mid := int(uint(lo+hi) >> 1)
		if s[mid].Compare(c) < 0 {
			lo = mid + 1 // c is after mid
		} else {
			hi = mid + 1 // c is at mid or before
		}
	}
	for _, x := range s[lo:hi] {
		if x == c {
			return true
		}
	}
	return false
}

// rows is a list of int lists held in one backing array, row i being
// val[off[i]:off[i+1]]: one allocation for all the rows and 4 bytes of
// overhead per row, where a [][]int spends a 24-byte slice header on each.
// A topology has a few rows per store, so this is most of the index
// memory of a large one.
type rows struct {
	off []int32
	val []int
}

// at returns row i, which the caller must not modify.
func (r rows) at(i int) []int { return r.val[r.off[i]:r.off[i+1]:r.off[i+1]] }

// rowsBuilder fills rows of known maximum lengths.
type rowsBuilder struct {
	rows
	n []int32 // values pushed per row
}

// newRows prepares len(counts) empty rows with room for counts[i] values
// in row i. The counts must total at most math.MaxInt32 (validation sees
// to it: see maxRefs).
func newRows(counts []int) *rowsBuilder {
	b := &rowsBuilder{rows: rows{off: make([]int32, len(counts)+1)}, n: make([]int32, len(counts))}
	total := 0
	for i, c := range counts {
		total += c
		b.off[i+1] = int32(total)
	}
	b.val = make([]int, total)
	return b
}

// push appends v to row i, which must have room.
func (b *rowsBuilder) push(i, v int) {
	b.val[int(b.off[i]+b.n[i])] = v
	b.n[i]++
}

// row returns the values pushed to row i so far.
func (b *rowsBuilder) row(i int) []int { return b.val[b.off[i] : b.off[i]+b.n[i]] }

// done returns the rows, closing the gaps of rows that got fewer values
// than they had room for.
func (b *rowsBuilder) done() rows {
	w := int32(0)
	for i, n := range b.n {
		start := b.off[i]
		if w != start {
			copy(b.val[w:w+n], b.val[start:start+n])
		}
		b.off[i] = w
		w += n
	}
	b.off[len(b.n)] = w
	b.val = b.val[:w:w]
	return b.rows
}

// sortStable sorts s stably by compare. Findings are large structs: it
// sorts their indexes and moves each finding once, where
// slices.SortStableFunc would move them O(n log n) times.
func sortStable[T any](s []T, compare func(x, y *T) int) {
	if len(s) < 2 {
		return
	}
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(i, j int) int { return cmp.Or(compare(&s[i], &s[j]), cmp.Compare(i, j)) })
	// Apply the permutation in place, cycle by cycle: position k takes
	// s[idx[k]].
	for start := range idx {
		if idx[start] < 0 {
			continue
		}
		tmp := s[start]
		for j := start; ; {
			src := idx[j]
			idx[j] = -1
			if src == start {
				s[j] = tmp
				break
			}
			s[j] = s[src]
			j = src
		}
	}
}

// chunked collects values in chunks that never move once allocated, so
// that collecting n values copies none of them; sortedCopy puts them in
// one slice of exactly n, in order.
type chunked[T any] struct {
	full [][]T
	cur  []T
	n    int
}

// add appends v and returns where it is held, which stays valid until
// flat: a full chunk is never grown, only followed by a new one.
func (c *chunked[T]) add(v T) *T {
	if len(c.cur) == cap(c.cur) {
		if c.cur != nil {
			c.full = append(c.full, c.cur)
		}
		c.cur = make([]T, 0, min(max(16, 2*cap(c.cur)), 4096))
	}
	c.cur = append(c.cur, v)
	c.n++
	return &c.cur[len(c.cur)-1]
}

// each calls fn with every value, in the order they were added.
func (c *chunked[T]) each(fn func(*T)) {
	for _, ch := range c.full {
		for i := range ch {
			fn(&ch[i])
		}
	}
	for i := range c.cur {
		fn(&c.cur[i])
	}
}

// pointers returns a pointer to every value, in the order they were
// added.
func (c *chunked[T]) pointers() []*T {
	if c.n == 0 {
		return nil
	}
	out := make([]*T, 0, c.n)
	c.each(func(v *T) { out = append(out, v) })
	return out
}

// sortedCopy returns copies of the values ps points to, sorted stably by
// compare, or nil for none: large values are moved once, and only their
// pointers while sorting.
func sortedCopy[T any](ps []*T, compare func(x, y *T) int) []T {
	if len(ps) == 0 {
		return nil
	}
	slices.SortStableFunc(ps, compare)
	out := make([]T, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

// concat joins parts with one allocation.
func concat(parts ...string) string { return strings.Join(parts, "") }

// postOrder visits, without recursion, every entity from which start
// can be reached by walking up owners(i), each once and after the entities
// it reaches, calling visit on each not yet done(i); visit must make
// done(i) true. owners must yield an acyclic graph of at most n entities,
// as validation guarantees (a cycle stops the walk rather than loop). It
// serves the memoised ownership walks: a long chain of holdings costs its
// length, not stack depth.
func postOrder(start, n int, owners func(i int, yield func(p int)), done func(i int) bool, visit func(i int)) {
	if done(start) {
		return
	}
	type frame struct {
		i, lo, next, end int // the entity; its parents are parents[lo:end], from next on to visit
	}
	var stack []frame
	var parents []int
	push := func(i int) {
		lo := len(parents)
		owners(i, func(p int) { parents = append(parents, p) })
		stack = append(stack, frame{i, lo, lo, len(parents)})
	}
	push(start)
	for len(stack) > 0 {
		f := &stack[len(stack)-1]
		if f.next < f.end {
			p := parents[f.next]
			f.next++
			if !done(p) && len(stack) <= n {
				push(p)
			}
			continue
		}
		i := f.i
		parents = parents[:f.lo]
		stack = stack[:len(stack)-1]
		if !done(i) {
			visit(i)
		}
	}
}
