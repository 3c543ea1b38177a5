// Package remedy says what to change so that a topology complies, and
// where data may live, each answer checked against the same law with the
// same engine: a candidate change is kept only if assessing the changed
// topology shows it clears a finding.
//
// [Fix] takes a topology and, for each unwaived violation and conflict,
// generates candidate changes from a fixed family of moves ([Move]):
// relocate a store into a permitted territory (another region of its
// provider, or of another provider in the catalog, which also changes
// the operator to the region's, such as a local licensed operator), add
// a transfer mechanism in force that satisfies the rule for the
// destination (a legal act, not a deployment), keep the keys with the
// data's controller inside the territory, remove or relocate
// administrative access, or drop a flow. Each candidate is assessed: the
// violations and conflicts it clears and introduces, and how the hexad
// rating of the datasets it touches moves. Remedies are ranked by
// introducing nothing, then findings cleared, then rating, then the size
// of the change, and each is an RFC 6902 JSON Patch against the topology
// document with a one-line explanation citing the rule it satisfies.
//
// [Place] answers "where can this data go?": it puts a dataset in each of
// the catalog's regions in turn and ranks the placements by their
// findings and rating.
package remedy

import (
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// A Move is a kind of change.
type Move uint8

// The moves.
const (
	// Relocate moves a store to another catalog region (with the region's
	// operator).
	Relocate Move = iota + 1
	// AddMechanism declares a transfer mechanism on a flow or store: a
	// legal act (clauses signed, an assessment passed), not a deployment.
	AddMechanism
	// CustomerKeys puts the store's keys with the dataset's controller,
	// kept in the controller's country.
	CustomerKeys
	// RemoveAccess removes an administrative-access flow.
	RemoveAccess
	// RelocateAccess moves where an administrative-access flow acts from.
	RelocateAccess
	// DropFlow removes a replication, backup or provision flow and the
	// copy it made.
	DropFlow
	// RegionOperator hands a store written as a catalog region, with an
	// operator or custodians of its own, to the region's operator in the
	// catalog (a local licensed operator).
	RegionOperator
	moveEnd
)

var moveNames = [...]string{Relocate: "relocate", AddMechanism: "add-mechanism", CustomerKeys: "customer-keys",
	RemoveAccess: "remove-access", RelocateAccess: "relocate-access", DropFlow: "drop-flow", RegionOperator: "region-operator"}

// String returns the move's name, such as "relocate".
func (m Move) String() string {
	if m == 0 || m >= moveEnd {
		return fmt.Sprintf("Move(%d)", uint8(m))
	}
	return moveNames[m]
}

// MarshalText implements encoding.TextMarshaler.
func (m Move) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (m *Move) UnmarshalText(b []byte) error {
	for i, n := range moveNames {
		if n != "" && n == string(b) {
			*m = Move(i)
			return nil
		}
	}
	return fmt.Errorf("remedy: unknown move %q", b)
}

// An Op is one operation of an RFC 6902 JSON Patch.
type Op struct {
	Op    string `json:"op"`
	Path  string `json:"path"`
	Value any    `json:"value,omitempty"`
}

// A Remedy is one checked change.
type Remedy struct {
	Move Move `json:"move"`
	// Explanation says what the change does and which rule it satisfies,
	// in one line.
	Explanation string `json:"explanation"`
	// Rule is the ID of the rule of the findings it targets.
	Rule string `json:"rule"`
	// Targets are the IDs of the findings it was made for and clears.
	Targets []string `json:"targets"`
	// Cleared are all the violations and conflicts the change clears, and
	// Introduced those it brings, by ID.
	Cleared    []string `json:"cleared"`
	Introduced []string `json:"introduced"`
	// LegalAct marks a change that is a legal act (a mechanism to put in
	// place), not a deployment.
	LegalAct bool `json:"legal_act,omitzero"`
	// Patch is the change as a JSON Patch against the topology document.
	Patch []Op `json:"patch"`
	// Before and After are the hexad scores of the datasets the change
	// touches, each element the lowest over them (0 for unrated).
	Before [hexad.NumElements]hexad.Score `json:"rating_before"`
	After  [hexad.NumElements]hexad.Score `json:"rating_after"`
	// Store and Flow name what the change alters.
	Store string `json:"store,omitempty"`
	Flow  string `json:"flow,omitempty"`
	// Region is the region a relocation moves to; Mechanism the mechanism
	// added; Location where keys or access move to.
	Region    string            `json:"region,omitempty"`
	Mechanism string            `json:"mechanism,omitempty"`
	Location  jurisdiction.Code `json:"location,omitzero"`
	// CrossProvider marks a relocation to another provider's region: a
	// migration, ranked after a move within the store's own provider.
	CrossProvider bool `json:"cross_provider,omitzero"`
}

// A Plan is the assessment of a topology and its remedies, best first.
type Plan struct {
	Report   *residency.Report `json:"-"`
	Remedies []Remedy          `json:"remedies"`
	// Unremedied lists the unwaived violations and conflicts no candidate
	// cleared.
	Unremedied []string `json:"unremedied"`
}

// An Option configures Fix and Place.
type Option func(*settings)

type settings struct {
	eng       *residency.Engine
	consumer  jurisdiction.Code
	perTarget int
	provider  string
}

// WithEngine assesses with eng (default: residency.NewEngine(nil)).
func WithEngine(eng *residency.Engine) Option { return func(s *settings) { s.eng = eng } }

// Consumer rates from the point of view of a consumer in c.
func Consumer(c jurisdiction.Code) Option { return func(s *settings) { s.consumer = c } }

// RegionsPerFinding bounds how many relocations are tried per finding
// (default 6: the store's own provider's regions first).
func RegionsPerFinding(n int) Option { return func(s *settings) { s.perTarget = n } }

// Provider limits placements (and relocations) to one provider's regions.
func Provider(p string) Option { return func(s *settings) { s.provider = p } }

func build(opts []Option) *settings {
	s := &settings{perTarget: 6}
	for _, o := range opts {
		if o != nil {
			o(s)
		}
	}
	if s.eng == nil {
		s.eng = residency.NewEngine(nil)
	}
	return s
}

func (s *settings) assessOpts(parts ...residency.Part) []residency.AssessOption {
	out := []residency.AssessOption{residency.Only(parts...)}
	if s.consumer.IsValid() {
		out = append(out, residency.Consumer(s.consumer))
	}
	return out
}

// candidate is a change before it is checked.
type candidate struct {
	Remedy
	target string
	apply  func(t *residency.Topology) *residency.Topology // a changed copy; t is not modified
	// touched are the datasets whose rating the change can move.
	touched []string
}

// Fix assesses t on asOf and returns its remedies, best first.
func Fix(t *residency.Topology, asOf jurisdiction.Date, opts ...Option) (*Plan, error) {
	s := build(opts)
	rep, err := s.eng.Assess(t, asOf, s.assessOpts(residency.AllParts)...)
	if err != nil {
		return nil, err
	}
	g := &generator{s: s, t: t, asOf: asOf, rep: rep, cat: s.eng.Catalog()}
	g.index()
	var cands []candidate
	var targets []string
	for _, v := range rep.Violations {
		if v.Waiver == nil {
			targets = append(targets, v.ID)
			cands = append(cands, g.forViolation(&v)...)
		}
	}
	for _, c := range rep.Conflicts {
		if c.Waiver == nil {
			targets = append(targets, c.ID)
			cands = append(cands, g.forConflict(&c)...)
		}
	}
	remedies := g.check(cands)
	cleared := map[string]bool{}
	for _, r := range remedies {
		for _, id := range r.Targets {
			cleared[id] = true
		}
	}
	p := &Plan{Report: rep, Remedies: remedies, Unremedied: []string{}}
	for _, id := range targets {
		if !cleared[id] {
			p.Unremedied = append(p.Unremedied, id)
		}
	}
	return p, nil
}

// check assesses every candidate (on every core), keeps those that clear
// the finding they target, merges identical changes, and ranks them.
//
// A change is assessed on the part of the topology it can affect: the
// datasets it touches (those of the store or flow it changes), every
// other dataset of their controllers (volume thresholds count a
// controller's datasets together), the stores holding them and the flows
// between those stores, with every entity and waiver. Findings about
// other data cannot change, and the part is assessed before and after
// the change, so that each change costs an assessment of what it touches,
// not of the estate.
func (g *generator) check(cands []candidate) []Remedy {
	type result struct {
		r  Remedy
		ok bool
	}
	out := make([]result, len(cands))
	ratings := newRatingCache(g)
	var mu sync.Mutex
	befores := map[string]map[string]bool{}
	before := func(aff []string) (map[string]bool, bool) {
		key := strings.Join(aff, "\x00")
		mu.Lock()
		b, ok := befores[key]
		mu.Unlock()
		if ok {
			return b, b != nil
		}
		rep, err := g.s.eng.Assess(subTopology(g.t, aff), g.asOf, g.s.assessOpts(residency.Violations, residency.Conflicts)...)
		if err == nil {
			b = openFindings(rep)
		}
		mu.Lock()
		befores[key] = b
		mu.Unlock()
		return b, b != nil
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for i := range work {
				c := &cands[i]
				aff := g.affected(c)
				base, ok := before(aff)
				if !ok || !base[c.target] {
					continue
				}
				t2 := c.apply(g.t)
				rep, err := g.s.eng.Assess(subTopology(t2, aff), g.asOf, g.s.assessOpts(residency.Violations, residency.Conflicts)...)
				if err != nil {
					// A change that leaves the topology invalid (a copy
					// dropped that another flow reads) is no remedy.
					continue
				}
				after := openFindings(rep)
				if after[c.target] {
					continue // does not clear what it was made for
				}
				r := c.Remedy
				r.Targets = []string{c.target}
				r.Cleared, r.Introduced = []string{}, []string{}
				for id := range base {
					if !after[id] {
						r.Cleared = append(r.Cleared, id)
					}
				}
				for id := range after {
					if !base[id] {
						r.Introduced = append(r.Introduced, id)
					}
				}
				slices.Sort(r.Cleared)
				slices.Sort(r.Introduced)
				r.Before = ratings.of(g.t, c.touched)
				r.After = ratings.of(t2, c.touched)
				out[i] = result{r: r, ok: true}
			}
		})
	}
	for i := range cands {
		work <- i
	}
	close(work)
	wg.Wait()
	merged := map[string]int{}
	var rs []Remedy
	for _, res := range out {
		if !res.ok {
			continue
		}
		key := patchKey(res.r.Patch)
		if k, ok := merged[key]; ok {
			rs[k].Targets = append(rs[k].Targets, res.r.Targets...)
			continue
		}
		merged[key] = len(rs)
		rs = append(rs, res.r)
	}
	for i := range rs {
		slices.Sort(rs[i].Targets)
		rs[i].Targets = slices.Compact(rs[i].Targets)
	}
	slices.SortStableFunc(rs, rank)
	return rs
}

// openFindings lists a report's unwaived violations and conflicts.
func openFindings(rep *residency.Report) map[string]bool {
	out := map[string]bool{}
	for _, v := range rep.Violations {
		if v.Waiver == nil {
			out[v.ID] = true
		}
	}
	for _, x := range rep.Conflicts {
		if x.Waiver == nil {
			out[x.ID] = true
		}
	}
	return out
}

// rank orders remedies: none introduced first, then more cleared, then
// the better rating after, then the smaller change, then a move within
// the store's own provider, then a deployment before a legal act, then by
// explanation.
func rank(a, b Remedy) int {
	return cmp.Or(
		cmp.Compare(len(a.Introduced), len(b.Introduced)),
		-cmp.Compare(len(a.Cleared), len(b.Cleared)),
		-cmp.Compare(scoreSum(a.After), scoreSum(b.After)),
		cmp.Compare(len(a.Patch), len(b.Patch)),
		cmp.Compare(boolInt(a.CrossProvider), boolInt(b.CrossProvider)),
		cmp.Compare(boolInt(a.LegalAct), boolInt(b.LegalAct)),
		strings.Compare(a.Explanation, b.Explanation),
	)
}

func scoreSum(s [hexad.NumElements]hexad.Score) int {
	n := 0
	for _, x := range s {
		n += int(x)
	}
	return n
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func patchKey(ops []Op) string {
	var b strings.Builder
	for _, o := range ops {
		fmt.Fprintf(&b, "%s %s %v\n", o.Op, o.Path, o.Value)
	}
	return b.String()
}
