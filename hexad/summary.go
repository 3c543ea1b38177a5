package hexad

import (
	"math"

	"golang.org/x/exp/stats"
)

// An ElementSummary describes one element's scores across many ratings.
// Unrated scores are left out; Count says how many scores were used.
type ElementSummary struct {
	Element Element `json:"element"`
	Count   int     `json:"count"`
	Min     Score   `json:"min"`
	// Median, Mean and P10 (the 10th percentile, the score that 90% of the
	// ratings reach or beat) are rounded to two decimals.
	Median float64 `json:"median"`
	Mean   float64 `json:"mean"`
	P10    float64 `json:"p10"`
}

// A Summary describes a fleet of ratings: every dataset of a topology, or
// one topology seen from several consumers' jurisdictions.
type Summary struct {
	Ratings  int                         `json:"ratings"`
	Elements [NumElements]ElementSummary `json:"elements"`
	// Weakest is the element with the lowest 10th percentile, then the
	// lowest mean, then the first in the thesis's order; zero if no
	// element was rated.
	Weakest Element `json:"weakest"`
}

// Summarize computes per-element minimum, median, mean and 10th
// percentile of the ratings' scores, with golang.org/x/exp/stats, and
// names the weakest element. It does not modify ratings. The zero Summary
// (no ratings) has Count 0 for every element.
func Summarize(ratings []Rating) Summary {
	s := Summary{Ratings: len(ratings)}
	for i, e := range Elements() {
		es := ElementSummary{Element: e}
		vals := make([]float64, 0, len(ratings))
		for _, r := range ratings {
			if sc := r.Score(e); sc.IsValid() {
				vals = append(vals, float64(sc))
			}
		}
		es.Count = len(vals)
		if len(vals) > 0 {
			// stats.Mean and stats.Quantiles panic on an empty slice;
			// the guard above keeps them away from one.
			q := stats.Quantiles(vals, 0, 0.1, 0.5)
			es.Min = Score(q[0])
			es.P10 = round2(q[1])
			es.Median = round2(q[2])
			es.Mean = round2(stats.Mean(vals))
		}
		s.Elements[i] = es
	}
	for _, es := range s.Elements {
		if es.Count == 0 {
			continue
		}
		if s.Weakest == 0 {
			s.Weakest = es.Element
			continue
		}
		w := s.Elements[s.Weakest.index()]
		if es.P10 < w.P10 || (es.P10 == w.P10 && es.Mean < w.Mean) {
			s.Weakest = es.Element
		}
	}
	return s
}

// round2 rounds to two decimals; x/exp/stats warns its results may change
// slightly between versions, and rounding keeps reports stable.
func round2(x float64) float64 { return math.Round(x*100) / 100 }
