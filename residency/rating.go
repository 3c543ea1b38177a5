package residency

import (
	"encoding/binary"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
)

// This file adapts an assessment to package hexad: each dataset's facts
// are the governments reaching the stores that hold it, how, and how many
// copies there are; the topology's rating takes each element's lowest
// score over its datasets.

// ratings rates every dataset and the topology. Datasets held by the same
// stores have the same facts, so their rating is computed once. Once the
// memos the facts read are filled, the facts are gathered and rated on up
// to a.workers goroutines: both only read the assessment, and
// hexad.Explain is a pure function, so the report does not depend on how
// the work was split.
func (a *assessment) ratings() {
	n := len(a.t.Datasets)
	a.report.Datasets = make([]DatasetRating, n)
	// Each dataset's facts key, and the first dataset with each key.
	slot := make([]int32, n)
	var first []int
	index := map[string]int32{}
	key := make([]byte, 0, 64)
	for di := range a.t.Datasets {
		// The facts depend on the stores, the dataset's controller (its
		// own keys) and whether the data is public.
		ctrl := -1
		for _, s := range a.holders.at(di) {
			if k := a.keyHold[s]; k >= 0 && k == a.ix.controller[di] {
				ctrl = k
			}
		}
		key = binary.AppendVarint(key[:0], int64(ctrl))
		key = append(key, byte(a.classMask[di]>>jurisdiction.PublicContent&1))
		for _, s := range a.holders.at(di) {
			key = binary.AppendUvarint(key, uint64(s))
		}
		k, ok := index[string(key)]
		if !ok {
			k = int32(len(first))
			index[string(key)] = k
			first = append(first, di)
		}
		slot[di] = k
	}
	index = nil
	type rated struct {
		r   hexad.Rating
		why [hexad.NumElements][]hexad.Reason
	}
	out := make([]rated, len(first))
	workers := a.workers
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	// A Rater per goroutine: the texts of reasons are shared, not
	// copied per dataset (most of a large estate's ratings' memory).
	raters := make([]hexad.Rater, workers)
	for i := range raters {
		raters[i].PartsOnly = a.inParts
	}
	a.fillFactsMemos()
	parallel(workers, len(first), func(w, i int) {
		out[i].r, out[i].why = raters[w].Explain(a.facts(first[i]))
	})
	used := make([]bool, len(first))
	for di := range a.t.Datasets {
		k := slot[di]
		x := &out[k]
		r := x.r
		if used[k] {
			r = cloneRating(r)
		}
		used[k] = true
		r.Subject = "dataset " + a.t.Datasets[di].ID
		if c := a.researchCaveat(di); c != "" {
			r.Caveats = append(r.Caveats, c)
		}
		a.report.Datasets[di] = DatasetRating{Dataset: a.t.Datasets[di].ID, Rating: r, Because: x.why}
	}
	a.report.Rating = combine(a.t.Name, a.consumer.String(), a.report.Datasets)
}

// parallel calls fn(w, i) for every i in [0, n) on up to workers
// goroutines, w being the goroutine's number, in contiguous chunks, and
// returns when all calls have.
func parallel(workers, n int, fn func(w, i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			fn(0, i)
		}
		return
	}
	var next atomic.Int64
	const chunk = 64
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(chunk)) - chunk
				if lo >= n {
					return
				}
				for i := lo; i < min(lo+chunk, n); i++ {
					fn(w, i)
				}
			}
		})
	}
	wg.Wait()
}

// fillFactsMemos fills every memo facts reads: the engineering facts,
// each store's exposures, the regime of each government they name, the
// IDs of their rule lists, and the assistance between each two of those
// governments. facts then only reads the assessment, and can run on
// several goroutines.
func (a *assessment) fillFactsMemos() {
	a.engineeringDeclared()
	seen := map[code]bool{}
	var govs []code
	for s := range a.t.Stores {
		if len(a.ix.storeDS.at(s)) == 0 {
			continue // holds no dataset: no rating reads it
		}
		xs := a.exposuresOf(s)
		for k := range xs {
			x := &xs[k]
			a.ruleIDs(x.Rules)
			if !seen[x.Government] {
				seen[x.Government] = true
				govs = append(govs, x.Government)
				a.regime(x.Government)
			}
		}
	}
	for _, g := range govs {
		for _, h := range govs {
			a.assistance(g, h)
		}
	}
}

// facts gathers the hexad facts of dataset di: the governments reaching
// the stores that hold it or their keys, how, whether they cooperate, how
// many copies there are and where, and the engineering the topology
// declares.
func (a *assessment) facts(di int) hexad.Facts {
	f := hexad.Facts{Consumer: a.consumer.String(), Public: a.classMask[di]&(1<<jurisdiction.PublicContent) != 0}
	f.Engineering.Declared = a.engineeringDeclared()
	var govs []code
	regimes := map[code]*hexad.Regime{}
	var regions []string
	for _, s := range a.holders.at(di) {
		f.Copies++
		st := &a.t.Stores[s]
		switch {
		case st.Region == "":
			f.Places++ // a store with no region is a place of its own
		case !slices.Contains(regions, st.Region):
			regions = append(regions, st.Region)
			f.Places++
		}
		if f.Engineering.Declared {
			f.Engineering.Assurances = append(f.Engineering.Assurances, a.assurance(s))
			if a.consumer.IsValid() && slices.Contains(st.FilteredFrom, a.consumer) {
				f.Engineering.Filtered = append(f.Engineering.Filtered, Path{Store: st.ID}.String())
			}
		}
		ownKeys := a.keyHold[s] >= 0 && a.keyHold[s] == a.ix.controller[di]
		xs := a.exposuresOf(s)
		for k := range xs {
			x := &xs[k]
			if ownKeys && a.ownKeyLink(x, s) {
				continue
			}
			g, ok := regimes[x.Government]
			if !ok {
				r := *a.regime(x.Government)
				g = &r
				regimes[x.Government] = g
				govs = append(govs, x.Government)
			}
			ids := a.ruleIDs(x.Rules)
			kind := hexad.CiphertextLink
			switch {
			case x.Via.IsKey():
				kind = hexad.KeyLink
			case x.Readable:
				kind = hexad.DataLink
			}
			g.Links = append(g.Links, hexad.Link{Via: x.Via.String(), Path: pathText(x.ID, len(x.Government.String())), Kind: kind, Location: x.Via == LinkLocation, Rules: ids})
		}
	}
	slices.SortFunc(govs, code.Compare)
	f.Regimes = make([]hexad.Regime, 0, len(govs))
	for _, g := range govs {
		r := regimes[g]
		for _, h := range govs {
			if basis := a.assistance(g, h); basis != "" {
				r.Cooperates = append(r.Cooperates, hexad.Cooperation{With: h.String(), Basis: basis})
			}
		}
		f.Regimes = append(f.Regimes, *r)
	}
	return f
}

// ruleIDs returns the IDs of rs, made once per list of rules: the
// exposures of stores alike share their rule lists' IDs.
func (a *assessment) ruleIDs(rs []RuleRef) []string {
	if len(rs) == 0 {
		return nil
	}
	k := ruleListKey{&rs[0], len(rs)}
	if ids, ok := a.ruleIDCache[k]; ok {
		return ids
	}
	if a.ruleIDCache == nil {
		a.ruleIDCache = map[ruleListKey][]string{}
	}
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	a.ruleIDCache[k] = ids
	return ids
}

// A ruleListKey identifies a list of rule references by its memory.
type ruleListKey struct {
	first *RuleRef
	n     int
}

// ownKeyLink reports whether exposure x of store s, whose keys the
// dataset's controller holds, is a reach to those keys through the
// controller itself or where it is: the key holder link, or the keys'
// location when the controller is of that jurisdiction. The rating does
// not count a state's power over the consumer itself (which could compel
// the data as well as the keys), so it does not count these either; keys
// the controller keeps abroad still count where they are.
func (a *assessment) ownKeyLink(x *Exposure, s int) bool {
	switch x.Via {
	case LinkKeyHolder, LinkKeyHolderParent:
		return true
	case LinkKeyLocation:
		e := &a.t.Entities[a.keyHold[s]]
		return x.Government == e.Jurisdiction || x.Government == e.Headquarters
	}
	return false
}

// engineeringDeclared reports whether the topology declares any
// engineering fact: an entity's assurances or a store's filtered border.
func (a *assessment) engineeringDeclared() bool {
	if a.engineering == 0 {
		a.engineering = 1
		for i := range a.t.Entities {
			if len(a.t.Entities[i].Assurances) > 0 {
				a.engineering = 2
			}
		}
		for i := range a.t.Stores {
			if len(a.t.Stores[i].FilteredFrom) > 0 {
				a.engineering = 2
			}
		}
	}
	return a.engineering == 2
}

// assurance returns what the topology declares of store s's operator and
// licensor on the as-of date.
func (a *assessment) assurance(s int) hexad.Assurance {
	st := &a.t.Stores[s]
	out := hexad.Assurance{Store: Path{Store: st.ID}.String()}
	if op := a.operator[s]; op >= 0 {
		e := &a.t.Entities[op]
		out.Operator, out.Standards = e.ID, slices.Clone(e.Assurances)
	}
	if st.Licensor != "" {
		out.Licensor = st.Licensor
		if i, ok := a.ix.entities[st.Licensor]; ok {
			out.LicensorStandards = slices.Clone(a.t.Entities[i].Assurances)
		}
	}
	return out
}

// assistance returns the ID of an agreement in force on the as-of date
// under which governments g and h obtain data for each other, or "".
func (a *assessment) assistance(g, h code) string {
	if g == h {
		return ""
	}
	k := [2]code{g, h}
	if id, ok := a.cooperation[k]; ok {
		return id
	}
	if a.cooperation == nil {
		a.cooperation = map[[2]code]string{}
	}
	id := ""
	for i := range a.e.agreements {
		ag := &a.e.agreements[i]
		if ag.Assistance && ag.InForce(a.d) && ag.Binds(g, h) {
			id = ag.ID
			break
		}
	}
	a.cooperation[k] = id
	return id
}

// cloneRating copies r's slices, the seven elements' reasons in one
// backing array.
func cloneRating(r hexad.Rating) hexad.Rating {
	n := 0
	for i := range r.Elements {
		n += len(r.Elements[i].Reasons)
	}
	texts := make([]string, 0, n)
	for i := range r.Elements {
		lo := len(texts)
		texts = append(texts, r.Elements[i].Reasons...)
		r.Elements[i].Reasons = texts[lo:len(texts):len(texts)]
	}
	r.Defaults = slices.Clone(r.Defaults)
	r.Caveats = slices.Clone(r.Caveats)
	return r
}

// regime describes government g's access profile on the as-of date for
// the hexad model, and whether the consumer has recourse before it.
func (a *assessment) regime(g code) *hexad.Regime {
	if r, ok := a.regimes[g]; ok {
		return r
	}
	if a.regimes == nil {
		a.regimes = map[code]*hexad.Regime{}
	}
	r := a.newRegime(g)
	a.regimes[g] = r
	return r
}

// newRegime makes the regime of government g, with no links.
func (a *assessment) newRegime(g code) *hexad.Regime {
	p := a.e.profile(g).On(a.d)
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
	r := &hexad.Regime{
		Name: g.String(), Foreign: g != a.consumer, Default: p.Default,
		Judicial: level(p.JudicialAuthorisation.Answer), Transparency: level(p.Transparency.Answer),
		Assistance: level(p.CompelledAssistance.Answer), ContentControl: level(p.ContentControl.Answer),
		PublicTakedown: level(p.PublicTakedown.Answer),
	}
	if r.Foreign {
		if bloc := a.e.sharedRecourse(g, a.consumer, a.d); bloc != "" {
			r.Foreign = false
			r.Recourse = g.String() + " and " + a.consumer.String() + " are both in the " + bloc + ", under one data-protection law and its courts"
		}
	}
	return r
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
	caveated := 0
	best := [hexad.NumElements]int{}
	for i := range best {
		best[i] = -1
	}
	for k := range rs {
		r := &rs[k].Rating
		for i, er := range r.Elements {
			cur := out.Elements[i]
			if er.Score.IsValid() && (!cur.Score.IsValid() || er.Score < cur.Score) {
				out.Elements[i].Score, out.Elements[i].Penalty = er.Score, er.Penalty
				best[i] = k
			}
		}
		for _, d := range r.Defaults {
			if !slices.Contains(out.Defaults, d) {
				out.Defaults = append(out.Defaults, d)
			}
		}
		if len(r.Caveats) > 0 {
			caveated++
		}
	}
	for i := range out.Elements {
		unresearched := 0
		for k := range rs {
			if rs[k].Rating.Elements[i].Unresearched {
				unresearched++
			}
		}
		out.Elements[i].Unresearched = unresearched > 0
		if best[i] < 0 {
			// No dataset has a score: the first dataset's reasons say why.
			if len(rs) == 0 {
				out.Elements[i].Reasons = []string{"no dataset could be rated"}
				continue
			}
			r := &rs[0].Rating
			for _, why := range rs[0].Reasons(r.Elements[i].Element) {
				out.Elements[i].Reasons = append(out.Elements[i].Reasons, r.Subject+": "+why)
			}
			if len(rs) > 1 {
				out.Elements[i].Reasons = append(out.Elements[i].Reasons, fmt.Sprintf("and %d more datasets, none rated", len(rs)-1))
			}
			continue
		}
		r := &rs[best[i]].Rating
		whys := rs[best[i]].Reasons(r.Elements[i].Element)
		reasons := make([]string, 0, len(whys)+1)
		for _, why := range whys {
			reasons = append(reasons, r.Subject+": "+why)
		}
		if unresearched > 0 {
			// The lowest score is over the rated datasets: say that some
			// were not rated, so that the score does not read as theirs.
			reasons = append(reasons, fmt.Sprintf("%d of %d datasets not rated on it: a government that reaches them has no researched answer (see each dataset's rating)",
				unresearched, len(rs)))
		}
		out.Elements[i].Reasons = reasons
	}
	slices.Sort(out.Defaults)
	if caveated > 0 {
		out.Caveats = []string{fmt.Sprintf("%d of %d datasets touch a jurisdiction whose law was not researched (see each dataset's rating and the report's unresearched list)", caveated, len(rs))}
	}
	return out
}
