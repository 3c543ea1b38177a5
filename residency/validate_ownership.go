package residency

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// This file holds the checks of ownership and of dated tenures that look
// at many entries at once: overlapping periods, share sums over time and
// ownership cycles. Each is n log n or linear, and none recurses.

// overlaps calls report(k, j) for each valid period k that overlaps an
// earlier-starting valid period j of the same group, naming as j the one
// of those that ends last; each k is reported once. It sorts, so it costs
// n log n for n periods, not n².
func overlaps(ps []jurisdiction.Period, group func(k int) string, report func(k, j int)) {
	idx := make([]int, 0, len(ps))
	for k, p := range ps {
		if p.IsValid() {
			idx = append(idx, k)
		}
	}
	slices.SortFunc(idx, func(x, y int) int {
		return cmp.Or(strings.Compare(group(x), group(y)), compareStart(ps[x], ps[y]), cmp.Compare(x, y))
	})
	last := -1 // the period of the current group that ends last
	for n, k := range idx {
		if n > 0 && group(idx[n-1]) != group(k) {
			last = -1
		}
		if last >= 0 && ps[k].Overlaps(ps[last]) {
			report(k, last)
		}
		if last < 0 || endsAfter(ps[k], ps[last]) {
			last = k
		}
	}
}

// compareStart orders periods by start, the unbounded past first.
func compareStart(p, q jurisdiction.Period) int {
	switch {
	case p.From.IsZero() && q.From.IsZero():
		return 0
	case p.From.IsZero():
		return -1
	case q.From.IsZero():
		return 1
	}
	return p.From.Compare(q.From)
}

// endsAfter reports whether p ends after q, an open end being last.
func endsAfter(p, q jurisdiction.Period) bool {
	if q.Until.IsZero() {
		return false
	}
	return p.Until.IsZero() || p.Until.After(q.Until)
}

// checkShareSums reports owners whose shares sum past 100% on any day. The
// sum can only change where a holding starts or ends: a sweep over those
// days, sorted, finds the first day it passes 100%.
func checkShareSums(e *errs, path func() string, owners []Ownership) {
	type event struct {
		day   jurisdiction.Date // zero: the unbounded past
		delta float64
	}
	evs := make([]event, 0, 2*len(owners))
	for _, o := range owners {
		if !(o.Share >= 0 && o.Share <= 100) || !o.Period.IsValid() {
			continue
		}
		evs = append(evs, event{o.From, o.Share})
		if !o.Until.IsZero() {
			evs = append(evs, event{o.Until, -o.Share})
		}
	}
	// By day, the past first; on one day, holdings ending before those
	// starting (a period ends before its Until).
	slices.SortFunc(evs, func(x, y event) int {
		switch {
		case x.day.IsZero() != y.day.IsZero():
			if x.day.IsZero() {
				return -1
			}
			return 1
		}
		return cmp.Or(x.day.Compare(y.day), cmp.Compare(x.delta, y.delta))
	})
	var sum, comp float64 // Neumaier's compensated sum: exact enough for 1e-9
	for n, ev := range evs {
		t := sum + ev.delta
		if abs(sum) >= abs(ev.delta) {
			comp += (sum - t) + ev.delta
		} else {
			comp += (ev.delta - t) + sum
		}
		sum = t
		if n+1 < len(evs) && evs[n+1].day == ev.day {
			continue
		}
		if sum+comp > 100+1e-9 {
			when := "at all times"
			if !ev.day.IsZero() {
				when = "on " + ev.day.String()
			}
			e.fail(func() string { return path() + ".owners" }, ErrShare, "shares sum to %v%% %s", sharesOn(owners, ev.day), when)
			return
		}
	}
}

// sharesOn sums, in order, the valid shares held on day d (zero: in the
// unbounded past).
func sharesOn(owners []Ownership, d jurisdiction.Date) float64 {
	sum := 0.0
	for _, o := range owners {
		in := o.Period.Contains(d) || (d.IsZero() && o.From.IsZero())
		if in && o.Share >= 0 && o.Share <= 100 {
			sum += o.Share
		}
	}
	return sum
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// checkCycles reports each ownership cycle once, ignoring dates: an entity
// may not own itself through any chain, at any time. The walk is depth
// first without recursion, so a chain of any length costs its length;
// each cycle's message names at most its first and last few entities.
func checkCycles(e *errs, ents []Entity, index map[string]int) {
	const (
		white = iota
		grey
		black
	)
	color := make([]uint8, len(ents))
	pos := make([]int, len(ents)) // a grey entity's place on the stack
	type frame struct{ i, next int }
	var stack []frame
	for root := range ents {
		if color[root] != white || ents[root].ID == "" {
			continue
		}
		if i, ok := index[ents[root].ID]; !ok || i != root {
			continue
		}
		color[root], pos[root] = grey, 0
		stack = append(stack[:0], frame{i: root})
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			owners := ents[f.i].Owners
			if f.next == len(owners) {
				color[f.i] = black
				stack = stack[:len(stack)-1]
				continue
			}
			o := owners[f.next]
			f.next++
			j, ok := index[o.Parent]
			if !ok || j == f.i {
				continue // dangling and self-ownership are reported elsewhere
			}
			switch color[j] {
			case grey:
				if e.full() {
					e.dropped++
					continue
				}
				cycle := make([]int, 0, 9)
				n := len(stack) - pos[j]
				for k := pos[j]; k < len(stack); k++ {
					if n > 9 && k == pos[j]+4 {
						k = len(stack) - 4 // the middle is counted, not named
					}
					cycle = append(cycle, stack[k].i)
				}
				e.fail(func() string { return fmt.Sprintf("entities[%d].owners", j) }, ErrCycle, "%s", cycleText(ents, cycle, n, j))
			case white:
				color[j], pos[j] = grey, len(stack)
				stack = append(stack, frame{i: j})
			}
		}
	}
}

// cycleText names a cycle of n entities, given its first and last few
// (all of them when n is at most 9), back to the first.
func cycleText(ents []Entity, named []int, n, back int) string {
	names := make([]string, 0, len(named)+2)
	for k, i := range named {
		if n > len(named) && k == 4 {
			names = append(names, fmt.Sprintf("… (%d more)", n-len(named)))
		}
		names = append(names, safeText(ents[i].ID))
	}
	names = append(names, safeText(ents[back].ID))
	return strings.Join(names, " -> ")
}
