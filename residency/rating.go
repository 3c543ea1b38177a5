package residency

import (
	"encoding/binary"
	"slices"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
)

// This file adapts an assessment to package hexad: each dataset's facts
// are the governments reaching the stores that hold it, how, and how many
// copies there are; the topology's rating takes each element's lowest
// score over its datasets.

// ratings rates every dataset and the topology. Datasets held by the same
// stores have the same facts, so their rating is computed once.
func (a *assessment) ratings() {
	a.report.Datasets = make([]DatasetRating, 0, len(a.t.Datasets))
	cache := map[string]hexad.Rating{}
	key := make([]byte, 0, 64)
	for di := range a.t.Datasets {
		ds := &a.t.Datasets[di]
		key = key[:0]
		for _, s := range a.holders.at(di) {
			key = binary.AppendUvarint(key, uint64(s))
		}
		r, ok := cache[string(key)]
		if ok {
			r = cloneRating(r)
		} else {
			r = hexad.Rate(a.facts(di))
			cache[string(key)] = r
		}
		r.Subject = "dataset " + ds.ID
		a.report.Datasets = append(a.report.Datasets, DatasetRating{Dataset: ds.ID, Rating: r})
	}
	a.report.Rating = combine(a.t.Name, a.consumer.String(), a.report.Datasets)
}

// facts gathers the hexad facts of dataset di: the governments reaching
// the stores that hold it, how, and how many copies there are.
func (a *assessment) facts(di int) hexad.Facts {
	f := hexad.Facts{Consumer: a.consumer.String()}
	var govs []code
	regimes := map[code]*hexad.Regime{}
	for _, s := range a.holders.at(di) {
		f.Copies++
		xs := a.exposuresOf(s)
		for k := range xs {
			x := &xs[k]
			g, ok := regimes[x.Government]
			if !ok {
				g = a.regime(x.Government)
				regimes[x.Government] = g
				govs = append(govs, x.Government)
			}
			ids := make([]string, len(x.Rules))
			for i, r := range x.Rules {
				ids[i] = r.ID
			}
			g.Links = append(g.Links, hexad.Link{Via: x.Via.String(), Path: pathText(x.ID, len(x.Government.String())), Plaintext: x.Readable, Location: x.Via == LinkLocation, Rules: ids})
		}
	}
	slices.SortFunc(govs, code.Compare)
	f.Regimes = make([]hexad.Regime, 0, len(govs))
	for _, g := range govs {
		f.Regimes = append(f.Regimes, *regimes[g])
	}
	return f
}

func cloneRating(r hexad.Rating) hexad.Rating {
	for i := range r.Elements {
		r.Elements[i].Reasons = slices.Clone(r.Elements[i].Reasons)
	}
	r.Defaults = slices.Clone(r.Defaults)
	return r
}

// regime describes government g's access profile for the hexad model.
func (a *assessment) regime(g code) *hexad.Regime {
	p := a.e.profile(g)
	level := func(x jurisdiction.Answer) hexad.Level {
		switch x {
		case jurisdiction.Yes:
			return hexad.Yes
		case jurisdiction.Partly:
			return hexad.Partly
		case jurisdiction.No:
			return hexad.No
		}
		return hexad.Unknown
	}
	return &hexad.Regime{
		Name: g.String(), Foreign: g != a.consumer, Default: p.Default,
		Judicial: level(p.JudicialAuthorisation.Answer), Transparency: level(p.Transparency.Answer),
		Assistance: level(p.CompelledAssistance.Answer), ContentControl: level(p.ContentControl.Answer),
	}
}

// combine rates a topology from its datasets' ratings: each element takes
// the lowest score of any dataset, with that dataset's reasons.
func combine(name, consumer string, rs []DatasetRating) hexad.Rating {
	if name == "" {
		name = "topology"
	}
	out := hexad.Rating{Subject: name, Consumer: consumer}
	for i, e := range hexad.Elements() {
		out.Elements[i].Element = e
	}
	best := [hexad.NumElements]int{}
	for i := range best {
		best[i] = -1
	}
	for k := range rs {
		r := &rs[k].Rating
		for i, er := range r.Elements {
			cur := out.Elements[i]
			if er.Score.IsValid() && (!cur.Score.IsValid() || er.Score < cur.Score) {
				out.Elements[i].Score = er.Score
				best[i] = k
			}
		}
		for _, d := range r.Defaults {
			if !slices.Contains(out.Defaults, d) {
				out.Defaults = append(out.Defaults, d)
			}
		}
	}
	for i := range out.Elements {
		if best[i] < 0 {
			out.Elements[i].Reasons = []string{"no dataset could be rated"}
			continue
		}
		r := &rs[best[i]].Rating
		reasons := make([]string, 0, len(r.Elements[i].Reasons))
		for _, why := range r.Elements[i].Reasons {
			reasons = append(reasons, r.Subject+": "+why)
		}
		out.Elements[i].Reasons = reasons
	}
	slices.Sort(out.Defaults)
	return out
}
