package residencytest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// Helpers are the assertions run with one [residency.Engine]. The
// package's functions are those of the zero Helpers, which assess against
// the built-in catalog; [Using] gives them for an engine of another
// catalog.
type Helpers struct {
	eng *residency.Engine
}

// Using returns the helpers that assess with eng.
func Using(eng *residency.Engine) Helpers { return Helpers{eng: eng} }

// Clean is [Helpers.Clean] against the built-in catalog.
func Clean(tb testing.TB, t *residency.Topology, asOf string, opts ...residency.AssessOption) *residency.Report {
	tb.Helper()
	return Helpers{}.Clean(tb, t, asOf, opts...)
}

// StaysWithin is [Helpers.StaysWithin] against the built-in catalog.
func StaysWithin(tb testing.TB, t *residency.Topology, dataset string, allowed []jurisdiction.Code, asOf string, opts ...residency.AssessOption) {
	tb.Helper()
	Helpers{}.StaysWithin(tb, t, dataset, allowed, asOf, opts...)
}

// RatingAtLeast is [Helpers.RatingAtLeast] against the built-in catalog.
func RatingAtLeast(tb testing.TB, t *residency.Topology, floor Floor, asOf string, opts ...residency.AssessOption) {
	tb.Helper()
	Helpers{}.RatingAtLeast(tb, t, floor, asOf, opts...)
}

// Clean asserts that t breaks no rule and puts no party in a conflict on
// asOf, waived findings aside: the verdict of [residency.Report.Clean].
// Otherwise it calls tb.Errorf once, listing every open violation and
// conflict with its ID, rules, path and reason. Exposures, obligations and
// the rating do not count; assert the rating with [RatingAtLeast].
//
// Clean returns the report, so that a test can go on to inspect it. It
// calls tb.Fatalf for a malformed date or a topology that cannot be
// assessed, and returns nil if tb.Fatalf returns.
func (h Helpers) Clean(tb testing.TB, t *residency.Topology, asOf string, opts ...residency.AssessOption) *residency.Report {
	tb.Helper()
	a, ok := h.assess(tb, "Clean", t, asOf, opts)
	if !ok {
		return nil
	}
	if !a.rep.Clean() {
		tb.Errorf("%s", a.explainOpen())
	}
	return a.rep
}

// StaysWithin asserts that on asOf every copy of dataset, and every
// administrative access to one, is inside one of the allowed
// jurisdictions. A bloc code such as EU allows its members on asOf
// (members in a transition period included), as [jurisdiction.Catalog.Within]
// has it in the engine's catalog; a country allows its subdivisions.
//
// The copies are taken as [residency.Engine.Assess] takes them. A store
// holds the dataset on asOf if it lists the dataset, or a replication,
// backup or collection flow running that day carries the dataset into it,
// and the store is in service: its Period contains asOf and an operator
// runs it that day (the region's operator, from the catalog, for a store
// written as a provider region that names none). Every role counts:
// primaries, replicas and backups. A store's location is its Location, or
// the catalog's country of its Region. An admin-access flow running that
// day to a store holding the dataset reaches the dataset from its
// AccessorLocation, whatever datasets it lists, as the report's exposures
// take it: an administrator reaches the whole store. A dataset held
// nowhere on asOf stays within anything.
//
// Otherwise StaysWithin calls tb.Errorf once, naming each store and access
// outside, the report's findings on them, and a diff of the jurisdictions
// reached (want: those inside allowed). It calls tb.Fatalf for a malformed
// date, a topology that cannot be assessed, a dataset the topology does not
// define, or an allowed list that is empty or holds a code that is invalid
// or unknown to the catalog. It does not modify allowed.
func (h Helpers) StaysWithin(tb testing.TB, t *residency.Topology, dataset string, allowed []jurisdiction.Code, asOf string, opts ...residency.AssessOption) {
	tb.Helper()
	a, ok := h.assess(tb, "StaysWithin", t, asOf, opts)
	if !ok {
		return
	}
	cat := a.eng.Catalog()
	if len(allowed) == 0 {
		tb.Fatalf("residencytest.StaysWithin: no allowed jurisdiction for dataset %q: pass at least one", dataset)
		return
	}
	for i, c := range allowed {
		if !c.IsValid() || !cat.Known(c) {
			tb.Fatalf("residencytest.StaysWithin: allowed[%d] = %q is not a jurisdiction or bloc that catalog %s knows", i, c, cat.Name())
			return
		}
	}
	if !slices.ContainsFunc(a.top.Datasets, func(d residency.Dataset) bool { return d.ID == dataset }) {
		tb.Fatalf("residencytest.StaysWithin: %s defines no dataset %q", topologyName(a.top), dataset)
		return
	}
	inside := func(c jurisdiction.Code) bool {
		return c.IsValid() && slices.ContainsFunc(allowed, func(area jurisdiction.Code) bool { return cat.Within(c, area, a.d) })
	}
	places := a.reach(dataset)
	var outside []place
	got, want := map[string][]string{}, map[string][]string{}
	for _, p := range places {
		loc := locationText(p.loc)
		got[loc] = append(got[loc], p.path)
		if inside(p.loc) {
			want[loc] = append(want[loc], p.path)
		} else {
			outside = append(outside, p)
		}
	}
	if len(outside) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "residencytest.StaysWithin: dataset %q of %s as of %s is outside %s:\n",
		dataset, topologyName(a.top), a.d, codesText(allowed))
	for _, p := range outside {
		what := "stored in"
		if p.admin {
			what = "administered from"
		}
		fmt.Fprintf(&b, "\n%s %s at %s", what, locationText(p.loc), p.path)
		if p.detail != "" {
			fmt.Fprintf(&b, " (%s)", p.detail)
		}
		fmt.Fprintf(&b, "\n    reason: %s\n", a.outsideReason(p, allowed))
		for _, line := range a.related(p, dataset) {
			fmt.Fprintf(&b, "    finding: %s\n", line)
		}
	}
	fmt.Fprintf(&b, "\njurisdictions reached (-want +got):\n%s", cmp.Diff(want, got))
	tb.Errorf("%s", b.String())
}

// A Floor maps hexad elements to the lowest score each may have. Elements
// it does not list are not asserted. A Floor must list at least one valid
// element, each with a score from 1 to 5.
type Floor map[hexad.Element]hexad.Score

// RatingAtLeast asserts that the topology's hexad rating on asOf (each
// element's lowest score over the datasets, [residency.Report.Rating])
// meets floor: every element it lists scores at least its floor. An
// unrated element is below any floor, and so is one that some dataset
// could not be rated on for want of a researched answer. The rating takes the point of view
// of the consumer set with [residency.Consumer] in opts, or of a consumer
// with no home regime.
//
// Otherwise it calls tb.Errorf once for every element below its floor, in
// the thesis's order, with the score, the floor and the reasons for the
// score. It calls tb.Fatalf for a malformed date, a topology that cannot
// be assessed, or a floor that is empty or lists an invalid element or
// score.
func (h Helpers) RatingAtLeast(tb testing.TB, t *residency.Topology, floor Floor, asOf string, opts ...residency.AssessOption) {
	tb.Helper()
	if len(floor) == 0 {
		tb.Fatalf("residencytest.RatingAtLeast: the floor is empty and asserts nothing")
		return
	}
	for _, e := range sortedElements(floor) {
		if !e.IsValid() || !floor[e].IsValid() {
			tb.Fatalf("residencytest.RatingAtLeast: floor[%s] = %d: want a hexad element and a score from 1 to 5", e, floor[e])
			return
		}
	}
	a, ok := h.assess(tb, "RatingAtLeast", t, asOf, opts)
	if !ok {
		return
	}
	r := a.rep.Rating
	view := "a consumer with no home regime"
	if r.Consumer != "" {
		view = "a consumer in " + r.Consumer
	}
	for _, e := range hexad.Elements() {
		want, ok := floor[e]
		unresearched := r.Elements[e-1].Unresearched
		if !ok || r.Score(e) >= want && !unresearched {
			continue
		}
		var b strings.Builder
		if r.Score(e) >= want {
			fmt.Fprintf(&b, "residencytest.RatingAtLeast: %s as of %s, for %s: %s scores %s over the datasets rated, but some dataset is not rated on it for want of research, so the floor of %s is not shown\n",
				topologyName(a.top), a.d, view, e, scoreText(r.Score(e)), want)
		} else {
			fmt.Fprintf(&b, "residencytest.RatingAtLeast: %s as of %s, for %s: %s scores %s, below its floor of %s\n",
				topologyName(a.top), a.d, view, e, scoreText(r.Score(e)), want)
		}
		b.WriteString("    reasons:\n")
		for _, why := range r.Reasons(e) {
			fmt.Fprintf(&b, "      - %s\n", why)
		}
		if len(r.Defaults) > 0 {
			fmt.Fprintf(&b, "    no researched access profile for %s: the elements they bear on are not rated\n", strings.Join(r.Defaults, ", "))
		}
		tb.Errorf("%s", b.String())
	}
}

// sortedElements returns the floor's elements in numeric order, so that
// the first invalid one reported is always the same.
func sortedElements(f Floor) []hexad.Element {
	es := make([]hexad.Element, 0, len(f))
	for e := range f {
		es = append(es, e)
	}
	slices.Sort(es)
	return es
}

// An assessment is one helper's assessment of a topology.
type assessment struct {
	eng *residency.Engine
	top *residency.Topology
	rep *residency.Report
	d   jurisdiction.Date
}

// assess parses asOf and assesses t with the helpers' engine. On failure
// it calls tb.Fatalf and returns false.
func (h Helpers) assess(tb testing.TB, helper string, t *residency.Topology, asOf string, opts []residency.AssessOption) (*assessment, bool) {
	tb.Helper()
	d, err := jurisdiction.ParseDate(asOf)
	if err == nil && d.IsZero() {
		err = errors.New("empty; want YYYY-MM-DD")
	}
	if err != nil {
		tb.Fatalf("residencytest.%s: as-of date %q: %v", helper, asOf, err)
		return nil, false
	}
	eng := h.eng
	if eng == nil {
		eng = &residency.Engine{} // the built-in catalog's
	}
	rep, err := eng.Assess(t, d, opts...)
	if err != nil {
		tb.Fatalf("residencytest.%s: cannot assess %s as of %s:\n%s", helper, topologyName(t), d, problems(err))
		return nil, false
	}
	return &assessment{eng: eng, top: t, rep: rep, d: d}, true
}

// problems lists the members of an aggregated error, one an indented
// line.
func problems(err error) string {
	var errs []error
	var m interface{ WrappedErrors() []error }
	var j interface{ Unwrap() []error }
	switch {
	case errors.As(err, &m):
		errs = m.WrappedErrors()
	case errors.As(err, &j):
		errs = j.Unwrap()
	default:
		errs = []error{err}
	}
	var b strings.Builder
	for _, e := range errs {
		fmt.Fprintf(&b, "    %v\n", e)
	}
	return b.String()
}

func topologyName(t *residency.Topology) string {
	switch {
	case t == nil:
		return "nil topology"
	case t.Name == "":
		return "topology"
	default:
		return fmt.Sprintf("topology %q", t.Name)
	}
}

// explainOpen describes the report's open violations and conflicts.
func (a *assessment) explainOpen() string {
	var vs []residency.Violation
	var cs []residency.Conflict
	waived := 0
	for _, v := range a.rep.Violations {
		if v.Waiver != nil {
			waived++
		} else {
			vs = append(vs, v)
		}
	}
	for _, c := range a.rep.Conflicts {
		if c.Waiver != nil {
			waived++
		} else {
			cs = append(cs, c)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "residencytest.Clean: %s as of %s is not clean: %s, %s",
		topologyName(a.top), a.d, count(len(vs), "open violation"), count(len(cs), "open conflict"))
	if waived > 0 {
		fmt.Fprintf(&b, " (%s not counted)", count(waived, "waived finding"))
	}
	b.WriteString("\n")
	for _, v := range vs {
		fmt.Fprintf(&b, "\nviolation %s\n", v.ID)
		fmt.Fprintf(&b, "    rule:   %s\n", ruleText(v.Rule))
		fmt.Fprintf(&b, "    path:   %s\n", v.Path)
		fmt.Fprintf(&b, "    reason: %s\n", v.Reason)
	}
	for _, c := range cs {
		fmt.Fprintf(&b, "\nconflict %s\n", c.ID)
		fmt.Fprintf(&b, "    compelling (%s):\n", c.CompellingJurisdiction)
		for _, r := range c.Compelling {
			fmt.Fprintf(&b, "      - %s\n", ruleText(r))
		}
		fmt.Fprintf(&b, "    blocking (%s):\n", c.BlockingJurisdiction)
		for _, r := range c.Blocking {
			fmt.Fprintf(&b, "      - %s\n", ruleText(r))
		}
		party := c.Link.String()
		if c.Party != "" {
			party = c.Party + " (" + c.Link.String() + ")"
		}
		readable := "readable data"
		if !c.Readable {
			readable = "ciphertext only"
		}
		fmt.Fprintf(&b, "    party:  %s, %s\n", party, readable)
		fmt.Fprintf(&b, "    path:   %s\n", c.Path)
		fmt.Fprintf(&b, "    reason: %s\n", c.Reason)
		for _, rel := range c.Relief {
			fmt.Fprintf(&b, "    relief: %s\n", rel)
		}
	}
	return b.String()
}

// ruleText is "CN-CSL-37 (CSL Art. 37): title", marked when the catalog
// has not verified the rule against its source.
func ruleText(r residency.RuleRef) string {
	s := r.String()
	if r.Title != "" {
		s += ": " + r.Title
	}
	if !r.Verified {
		s += " [unverified]"
	}
	return s
}

func count(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// A place is where a dataset is held, or administered from, on the as-of
// date.
type place struct {
	admin  bool // administered from loc, rather than stored there
	loc    jurisdiction.Code
	path   string // "store/<id>" or "store/<id>/flow/<id>"
	detail string
	store  string   // the store's ID
	flows  []string // the flows behind it: inbound carriers, or the admin-access flow
}

// reach lists where dataset is held and administered from on the as-of
// date, as the report placed the stores and flows: the holding stores in
// topology order, then the admin-access flows to them in topology order.
func (a *assessment) reach(dataset string) []place {
	t, rep := a.top, a.rep
	into := map[string][]string{} // the active flows carrying dataset into a store, by destination
	for _, f := range rep.Flows {
		switch f.Kind {
		case residency.Replication, residency.BackupFlow, residency.Collection, residency.Provision:
			if f.Active && slices.Contains(f.Datasets, dataset) {
				into[f.To] = append(into[f.To], f.ID)
			}
		}
	}
	var out []place
	holds := map[string]bool{}
	for i, st := range rep.Stores {
		if !st.InService || i >= len(t.Stores) {
			continue
		}
		carriers := into[st.ID]
		ts := &t.Stores[i]
		if !slices.Contains(ts.Datasets, dataset) && len(carriers) == 0 {
			continue
		}
		holds[st.ID] = true
		detail := []string{ts.Role.String()}
		if st.Region != "" {
			detail = append(detail, "region "+st.Region)
		}
		if len(carriers) > 0 {
			detail = append(detail, "from flow "+strings.Join(carriers, ", "))
		}
		out = append(out, place{loc: st.Location, path: residency.Path{Store: st.ID}.String(),
			detail: strings.Join(detail, ", "), store: st.ID, flows: carriers})
	}
	for _, f := range rep.Flows {
		if f.Kind != residency.AdminAccess || !f.Active || !holds[f.To] {
			continue
		}
		out = append(out, place{admin: true, loc: f.AccessorLocation, path: residency.Path{Store: f.To, Flow: f.ID}.String(),
			detail: "admin access by " + f.Accessor, store: f.To, flows: []string{f.ID}})
	}
	return out
}

// outsideReason says why place p is outside every allowed jurisdiction.
func (a *assessment) outsideReason(p place, allowed []jurisdiction.Code) string {
	if !p.loc.IsValid() {
		return "its location is unknown, so it cannot be shown to be within " + codesText(allowed)
	}
	var places, blocs []string
	for _, c := range allowed {
		if c.IsGroup() {
			blocs = append(blocs, c.String())
		} else {
			places = append(places, c.String())
		}
	}
	var parts []string
	if len(places) > 0 {
		parts = append(parts, "is not in "+strings.Join(places, " or "))
	}
	if len(blocs) > 0 {
		parts = append(parts, fmt.Sprintf("is not a member of %s on %s", strings.Join(blocs, " or "), a.d))
	}
	return p.loc.String() + " " + strings.Join(parts, " and ")
}

// related lists the report's violations and conflicts on place p that
// concern the dataset, one line each.
func (a *assessment) related(p place, dataset string) []string {
	var out []string
	for _, v := range a.rep.Violations {
		if v.Dataset != "" && v.Dataset != dataset {
			continue
		}
		onFlow := v.Flow != "" && slices.Contains(p.flows, v.Flow)
		onStore := v.Flow == "" && v.Store == p.store && !p.admin
		if onFlow || onStore {
			out = append(out, fmt.Sprintf("%s%s: %s", v.ID, waivedText(v.Waiver), v.Rule))
		}
	}
	for _, c := range a.rep.Conflicts {
		if c.Store == p.store && slices.Contains(c.Datasets, dataset) && (!p.admin || slices.Contains(p.flows, c.Path.Flow)) {
			out = append(out, fmt.Sprintf("%s%s: %s vs %s", c.ID, waivedText(c.Waiver), refIDs(c.Compelling), refIDs(c.Blocking)))
		}
	}
	return out
}

func waivedText(w *residency.Waiver) string {
	if w == nil {
		return ""
	}
	return " (waived until " + w.Expires.String() + ")"
}

func refIDs(rs []residency.RuleRef) string {
	s := make([]string, len(rs))
	for i, r := range rs {
		s[i] = r.String()
	}
	return strings.Join(s, ", ")
}

func locationText(c jurisdiction.Code) string {
	if !c.IsValid() {
		return "unknown"
	}
	return c.String()
}

func codesText(cs []jurisdiction.Code) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = c.String()
	}
	if len(s) == 1 {
		return s[0]
	}
	return "any of " + strings.Join(s, ", ")
}

func scoreText(s hexad.Score) string {
	if !s.IsValid() {
		return "unrated"
	}
	return s.String()
}
