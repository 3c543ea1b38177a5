package hexad_test

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/hexad"
)

// The expected values below are computed by hand. Summarize takes its
// quantiles from golang.org/x/exp/stats.Quantiles, which uses Hyndman and
// Fan's type 7 ("R-7", linear, inclusive): for n sorted values x[0..n-1]
// and probability p, h = (n-1)p + 1 and the quantile is
// x[floor(h)-1] + (h - floor(h)) * (x[ceil(h)-1] - x[floor(h)-1]).

// sum returns the expected summary of one element.
func sum(e hexad.Element, count int, lo hexad.Score, median, mean, p10 float64) hexad.ElementSummary {
	return hexad.ElementSummary{Element: e, Count: count, Min: lo, Median: median, Mean: mean, P10: p10}
}

// fives is the summary of an element that scored 5 in all n ratings.
func fives(e hexad.Element, n int) hexad.ElementSummary { return sum(e, n, 5, 5, 5, 5) }

// unratedSummary is the summary of an element no rating rated.
func unratedSummary(e hexad.Element) hexad.ElementSummary { return hexad.ElementSummary{Element: e} }

// idx is e's index in a rating's Elements.
func idx(e hexad.Element) int { return int(e) - 1 }

// ratingsOf builds one rating per scores.
func ratingsOf(ss ...scores) []hexad.Rating {
	rs := make([]hexad.Rating, len(ss))
	for i, s := range ss {
		rs[i] = ratingOf(s)
	}
	return rs
}

// column builds ratings whose element i takes the given values and every
// other element 5.
func column(i int, values ...hexad.Score) []scores {
	ss := make([]scores, len(values))
	for j, v := range values {
		ss[j] = scores{5, 5, 5, 5, 5, 5, 5}
		ss[j][i] = v
	}
	return ss
}

func TestSummarize(t *testing.T) {
	t.Parallel()
	const (
		c, p, i, a, av, u, j = hexad.Confidentiality, hexad.PossessionControl, hexad.Integrity, hexad.Authenticity,
			hexad.Availability, hexad.Utility, hexad.Jurisdiction
	)
	type row struct {
		name, reason string
		ratings      []hexad.Rating
		want         hexad.Summary
	}
	// Ten availability scores 1 2 2 3 3 3 4 4 5 5.
	ten := column(idx(av), 1, 2, 2, 3, 3, 3, 4, 4, 5, 5)
	// Confidentiality 1 1 1 5 and availability 1 1 1 1.
	byMean := column(idx(c), 1, 1, 1, 5)
	for k := range byMean {
		byMean[k][idx(av)] = 1
	}
	tests := []row{{
		name: "three ratings",
		reason: "confidentiality 1 2 5: mean 8/3 = 2.67, median 2, P10 h = 2*0.1+1 = 1.2 so 1 + 0.2*(2-1) = 1.2; " +
			"jurisdiction 2 - 4 with one unrated: Count 2, median h = 1.5 so 3, P10 h = 1.1 so 2 + 0.1*(4-2) = 2.2",
		ratings: ratingsOf(
			scores{1, 5, 5, 5, 5, 5, 2},
			scores{2, 5, 5, 5, 5, 5, unrated},
			scores{5, 5, 5, 5, 5, 5, 4},
		),
		want: hexad.Summary{
			Ratings: 3,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				sum(c, 3, 1, 2, 2.67, 1.2), fives(p, 3), fives(i, 3), fives(a, 3), fives(av, 3), fives(u, 3),
				sum(j, 2, 2, 3, 3, 2.2),
			},
			Weakest: c,
		},
	}, {
		name: "ten ratings",
		reason: "availability 1 2 2 3 3 3 4 4 5 5: P10 h = 9*0.1+1 = 1.9 so 1 + 0.9*(2-1) = 1.9 (type 6 would give 1.1, nearest rank 1); " +
			"median h = 5.5 so 3 + 0.5*(3-3) = 3; mean 32/10",
		ratings: ratingsOf(ten...),
		want: hexad.Summary{
			Ratings: 10,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				fives(c, 10), fives(p, 10), fives(i, 10), fives(a, 10), sum(av, 10, 1, 3, 3.2, 1.9), fives(u, 10), fives(j, 10),
			},
			Weakest: av,
		},
	}, {
		name: "weakest by mean",
		reason: "confidentiality 1 1 1 5 and availability 1 1 1 1 both have P10 1 (h = 1.3, between two 1s); " +
			"availability's mean 1 is below confidentiality's 2, so it is the weakest though later in the order",
		ratings: ratingsOf(byMean...),
		want: hexad.Summary{
			Ratings: 4,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				sum(c, 4, 1, 1, 2, 1), fives(p, 4), fives(i, 4), fives(a, 4), sum(av, 4, 1, 1, 1, 1), fives(u, 4), fives(j, 4),
			},
			Weakest: av,
		},
	}, {
		name:   "weakest by order",
		reason: "integrity and utility both 3 4 (P10 3.1, mean 3.5): the tie goes to the first in the thesis's order",
		ratings: ratingsOf(
			scores{5, 5, 3, 5, 5, 3, 5},
			scores{5, 5, 4, 5, 5, 4, 5},
		),
		want: hexad.Summary{
			Ratings: 2,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				fives(c, 2), fives(p, 2), sum(i, 2, 3, 3.5, 3.5, 3.1), fives(a, 2), fives(av, 2), sum(u, 2, 3, 3.5, 3.5, 3.1), fives(j, 2),
			},
			Weakest: i,
		},
	}, {
		name:   "thesis tables",
		reason: "tables 15 and 20: 2 2 3 4 4 4 2 and 1 1 3 3 4 4 3; confidentiality and possession tie at P10 1.1, mean 1.5",
		ratings: []hexad.Rating{
			hexad.Rate(table15()),
			hexad.Rate(table20()),
		},
		want: hexad.Summary{
			Ratings: 2,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				sum(c, 2, 1, 1.5, 1.5, 1.1), sum(p, 2, 1, 1.5, 1.5, 1.1), sum(i, 2, 3, 3, 3, 3),
				sum(a, 2, 3, 3.5, 3.5, 3.1), sum(av, 2, 4, 4, 4, 4), sum(u, 2, 4, 4, 4, 4), sum(j, 2, 2, 2.5, 2.5, 2.1),
			},
			Weakest: c,
		},
	}, {
		name:   "unrated ratings excluded",
		reason: "a rating with no copy counts in Ratings but adds no score: every Count is 1",
		ratings: []hexad.Rating{
			hexad.Rate(table15()),
			hexad.Rate(table15Copies(0)),
		},
		want: hexad.Summary{
			Ratings: 2,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				sum(c, 1, 2, 2, 2, 2), sum(p, 1, 2, 2, 2, 2), sum(i, 1, 3, 3, 3, 3),
				sum(a, 1, 4, 4, 4, 4), sum(av, 1, 4, 4, 4, 4), sum(u, 1, 4, 4, 4, 4), sum(j, 1, 2, 2, 2, 2),
			},
			Weakest: c,
		},
	}, {
		name:   "out-of-range scores excluded",
		reason: "a score outside 1..5 is not a rating and is left out like Unrated",
		ratings: ratingsOf(
			scores{9, 5, 5, 5, 5, 5, 5},
			scores{3, 5, 5, 5, 5, 5, 5},
		),
		want: hexad.Summary{
			Ratings: 2,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				sum(c, 1, 3, 3, 3, 3), fives(p, 2), fives(i, 2), fives(a, 2), fives(av, 2), fives(u, 2), fives(j, 2),
			},
			Weakest: c,
		},
	}, {
		name:   "empty",
		reason: "no ratings: Count 0 everywhere and no weakest element, without a panic from x/exp/stats",
		want: hexad.Summary{
			Elements: [hexad.NumElements]hexad.ElementSummary{
				unratedSummary(c), unratedSummary(p), unratedSummary(i), unratedSummary(a),
				unratedSummary(av), unratedSummary(u), unratedSummary(j),
			},
		},
	}, {
		name:    "all unrated",
		reason:  "ratings that rate nothing give Count 0 everywhere and no weakest element",
		ratings: []hexad.Rating{{}, hexad.Rate(table15Copies(0))},
		want: hexad.Summary{
			Ratings: 2,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				unratedSummary(c), unratedSummary(p), unratedSummary(i), unratedSummary(a),
				unratedSummary(av), unratedSummary(u), unratedSummary(j),
			},
		},
	}, {
		name:    "only jurisdiction unrated",
		reason:  "an element no rating rates is never the weakest, though its zero P10 is lowest",
		ratings: ratingsOf(scores{4, 4, 4, 4, 4, 4, unrated}),
		want: hexad.Summary{
			Ratings: 1,
			Elements: [hexad.NumElements]hexad.ElementSummary{
				sum(c, 1, 4, 4, 4, 4), sum(p, 1, 4, 4, 4, 4), sum(i, 1, 4, 4, 4, 4), sum(a, 1, 4, 4, 4, 4),
				sum(av, 1, 4, 4, 4, 4), sum(u, 1, 4, 4, 4, 4), unratedSummary(j),
			},
			Weakest: c,
		},
	}}
	requireRows(t, tests, func(r row) (string, string) { return r.name, r.reason })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := hexad.Summarize(tt.ratings)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s\nSummarize mismatch (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestSummarizeEmpty checks that nil and empty input do not panic.
func TestSummarizeEmpty(t *testing.T) {
	t.Parallel()
	for _, in := range [][]hexad.Rating{nil, {}} {
		s := hexad.Summarize(in)
		if s.Ratings != 0 || s.Weakest != 0 {
			t.Errorf("Summarize(%#v): Ratings %d, Weakest %v; want 0, 0", in, s.Ratings, s.Weakest)
		}
		for k, es := range s.Elements {
			if es.Count != 0 || es.Element != hexad.Elements()[k] {
				t.Errorf("Summarize(%#v).Elements[%d] = %+v, want Count 0 for %v", in, k, es, hexad.Elements()[k])
			}
		}
	}
}

func TestSummarizeDoesNotModify(t *testing.T) {
	t.Parallel()
	in := []hexad.Rating{hexad.Rate(table20()), hexad.Rate(table15()), hexad.Rate(table15Copies(1))}
	before := []hexad.Rating{hexad.Rate(table20()), hexad.Rate(table15()), hexad.Rate(table15Copies(1))}
	hexad.Summarize(in)
	if diff := cmp.Diff(before, in); diff != "" {
		t.Errorf("Summarize modified its ratings (-before +after):\n%s", diff)
	}
}

// TestSummarizeProperty checks on random fleets that each element's
// statistics are ordered Min <= P10 <= Median <= 5 and Min <= Mean <= 5,
// that Count counts the rated scores, and that the weakest element has the
// lowest P10.
func TestSummarizeProperty(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(1000, 9))
	for run := range propertyRuns {
		ratings := make([]hexad.Rating, r.IntN(6))
		for k := range ratings {
			ratings[k] = hexad.Rate(randomFacts(r))
		}
		s := hexad.Summarize(ratings)
		if s.Ratings != len(ratings) {
			t.Fatalf("run %d: Ratings = %d, want %d", run, s.Ratings, len(ratings))
		}
		lowest := 6.0
		for k, e := range hexad.Elements() {
			es := s.Elements[k]
			n := 0
			for _, rt := range ratings {
				if rt.Score(e).IsValid() {
					n++
				}
			}
			if es.Element != e || es.Count != n {
				t.Fatalf("run %d: %v summary %+v, want element %v with Count %d", run, e, es, e, n)
			}
			if n == 0 {
				if es != unratedSummary(e) {
					t.Fatalf("run %d: %v has no score but summary %+v", run, e, es)
				}
				continue
			}
			m := float64(es.Min)
			if !es.Min.IsValid() || m > es.P10 || es.P10 > es.Median || es.Median > 5 || m > es.Mean || es.Mean > 5 {
				t.Fatalf("run %d: %v summary %+v out of order", run, e, es)
			}
			lowest = min(lowest, es.P10)
		}
		switch {
		case lowest == 6 && s.Weakest != 0:
			t.Fatalf("run %d: nothing rated but Weakest = %v", run, s.Weakest)
		case lowest < 6 && (!s.Weakest.IsValid() || s.Elements[idx(s.Weakest)].P10 != lowest):
			t.Fatalf("run %d: Weakest = %v, but the lowest P10 is %v\n%+v", run, s.Weakest, lowest, s.Elements)
		}
	}
}
