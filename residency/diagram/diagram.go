// Package diagram draws a storage topology, and the findings of its
// assessment, as a Graphviz DOT digraph or a Mermaid flowchart. It reads
// only what package residency exports: the topology, and the report's
// store placements, exposures and typed finding paths.
package diagram

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// WriteDOT draws t as a Graphviz DOT digraph and writes it to w. rep, the
// report of an assessment of t, may be nil to draw the topology alone.
//
// Stores are cylinders grouped into one cluster per jurisdiction, labelled
// with its code and name; each store's label gives its ID, name, region,
// operator, licensor, role and datasets. Entities that operate, hold, hold
// the keys of or administer a store, and the entities that control them,
// are rounded boxes in the cluster of the jurisdiction they are
// incorporated in, with dashed edges for those roles and ownership edges
// from parent to subsidiary. Flows are solid arrows labelled with their
// ID, kind and mechanisms; an admin-access flow runs from its accessor, a
// collection from the dataset's controller.
//
// With a report, the picture is the topology on the report's as-of date:
// facts not in force then are left out, a store written as a provider
// region is placed and operated as the assessment resolved it (from its
// exposures), and every store, flow, entity and edge on the path of a
// violation or conflict is drawn red and bold, its label marked "!".
// Elements on the path of waived findings only are drawn dashed in
// amber, marked "~". A legend explains the marks and lists the findings.
// Without a report every dated fact is drawn with its period, and a store
// known only by its region is grouped under the region.
//
// An operator the assessment took from the catalog is named by its name,
// not its ID. A diagram of more than 20 stores collapses them: stores of
// one jurisdiction with the same operators, licensor, role and marks are
// one node that counts them and sums up their datasets (a node of stores
// on a finding's path names every one of them), edges between the same
// nodes merge, those on no finding's path are drawn light and
// unlabelled, and the legend says how many stores it drew as how many
// nodes and lists the first 12 findings, counting the rest.
//
// User strings are escaped as DOT quoted strings; nodes have generated
// IDs. The same input always gives the same bytes. WriteDOT returns an
// error for a nil topology, or the error of w.
func WriteDOT(w io.Writer, t *residency.Topology, rep *residency.Report) error {
	d, err := buildDiagram(t, rep)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	d.dot(&b)
	_, err = w.Write(b.Bytes())
	return err
}

// WriteMermaid draws t as a Mermaid flowchart and writes it to w: the same
// picture as [WriteDOT], with jurisdictions as subgraphs, marks as classes
// and link styles, and the legend as a node of its own subgraph. rep may
// be nil to draw the topology alone.
//
// Labels are quoted, with Mermaid's entity codes for the characters that
// would end or alter them (#quot; for '"', #lt; for '<' and so on) and
// <br/> for line breaks. The same input always gives the same bytes.
// WriteMermaid returns an error for a nil topology, or the error of w.
func WriteMermaid(w io.Writer, t *residency.Topology, rep *residency.Report) error {
	d, err := buildDiagram(t, rep)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	d.mermaid(&b)
	_, err = w.Write(b.Bytes())
	return err
}

// A dmark says whether a diagram element lies on a finding's path.
type dmark uint8

const (
	unmarked dmark = iota
	waivedMark
	findingMark
)

// Colours of the marks, and of the clusters.
const (
	findingColour = "#C00000"
	findingFill   = "#FDECEA"
	waivedColour  = "#8A6D00"
	waivedFill    = "#FFF8E1"
	clusterFill   = "#F4F6F8"
	clusterLine   = "#8A96A3"
	lightColour   = "#C3CBD3"
)

func (m dmark) prefix() string {
	switch m {
	case findingMark:
		return "! "
	case waivedMark:
		return "~ "
	}
	return ""
}

type dgroup struct {
	key   string // sort key
	label string
}

type dnode struct {
	id    string
	kind  string // "store", "entity" or "source"
	lines []string
	group int // index into diagram.groups, or -1
	mark  dmark
	// key is the ID of the store or entity the node draws.
	key string
	// A store's operators and licensor as drawn, role and datasets, by
	// which collapse groups stores; count is how many stores the node
	// draws (0 for one).
	operators, role string
	datasets        []string
	count           int
	alone           bool // never collapsed
}

// A dedge is an edge. Role edges between the same entity and store are
// merged, one label line per role, so that parallel labels do not
// collide; marks holds each line's own mark, and mark the edge's.
type dedge struct {
	from, to string
	kind     string // "flow", "role" or "owns"
	// flow and flowKind are the ID and kind of the flow a flow edge draws.
	flow, flowKind string
	lines          []string
	marks          []dmark
	mark           dmark
}

// An edgeRef is the label line of an edge that draws one fact.
type edgeRef struct {
	e    *dedge
	line int
}

func (r edgeRef) mark(m dmark) {
	r.e.mark = max(r.e.mark, m)
	r.e.marks[r.line] = max(r.e.marks[r.line], m)
}

type diagram struct {
	rep      *residency.Report
	title    string
	subtitle string
	groups   []dgroup
	nodes    []*dnode
	edges    []*dedge
	findings []string
	report   bool
	// collapsed says that the diagram was large enough for stores to be
	// collapsed (see collapse): unmarked edges are then drawn light.
	collapsed bool
	// drawnStores is the number of stores drawn, collapsed or not.
	drawnStores int

	t        *residency.Topology
	asOf     jurisdiction.Date
	stores   map[string]*dnode
	entities map[string]*dnode
	// Indexes of the entities, datasets and flows of t by ID.
	entityIdx map[string]int
	datasets  map[string]bool
	flowIdx   map[string]int
	// Edges by the key of the fact they draw, for marking.
	edgeKeys map[string][]edgeRef
	groupIdx map[string]int
	// roles holds the role edge between two nodes, by their IDs.
	roles map[[2]string]*dedge
	// storeIdx indexes the stores of t by ID (the first of a repeated ID);
	// exposures lists, per store ID, the report's exposures of it.
	storeIdx  map[string]int
	exposures map[string][]*residency.Exposure
	// placed holds the report's placement of each store, by ID.
	placed map[string]residency.StoreState
}

func buildDiagram(t *residency.Topology, rep *residency.Report) (*diagram, error) {
	if t == nil {
		return nil, errors.New("diagram: no topology to draw")
	}
	d := &diagram{
		t: t, report: rep != nil, rep: rep,
		stores: map[string]*dnode{}, entities: map[string]*dnode{},
		entityIdx: map[string]int{}, datasets: map[string]bool{}, flowIdx: map[string]int{},
		edgeKeys: map[string][]edgeRef{}, groupIdx: map[string]int{},
		roles: map[[2]string]*dedge{}, storeIdx: map[string]int{}, exposures: map[string][]*residency.Exposure{},
		placed: map[string]residency.StoreState{},
	}
	if rep != nil {
		d.asOf = rep.AsOf
		for i := range rep.Exposures {
			x := &rep.Exposures[i]
			d.exposures[x.Store] = append(d.exposures[x.Store], x)
		}
		for _, st := range rep.Stores {
			if _, dup := d.placed[st.ID]; !dup {
				d.placed[st.ID] = st
			}
		}
	}
	for i, st := range t.Stores {
		if _, dup := d.storeIdx[st.ID]; !dup {
			d.storeIdx[st.ID] = i
		}
	}
	for i, x := range t.Entities {
		if _, dup := d.entityIdx[x.ID]; !dup {
			d.entityIdx[x.ID] = i
		}
	}
	for _, x := range t.Datasets {
		d.datasets[x.ID] = true
	}
	for i, f := range t.Flows {
		if _, dup := d.flowIdx[f.ID]; !dup {
			d.flowIdx[f.ID] = i
		}
	}
	d.title = t.Name
	if d.title == "" {
		d.title = "Topology"
	}
	switch {
	case rep == nil:
		d.subtitle = "topology only, every dated fact shown; no assessment"
	default:
		d.subtitle = "as of " + rep.AsOf.String()
		if rep.Consumer.IsValid() {
			d.subtitle += ", consumer in " + rep.Consumer.String()
		}
	}
	d.addStores(rep)
	d.addFlows()
	d.addEntities()
	if rep != nil {
		d.addResolved(rep)
		d.markFindings(rep)
	}
	d.collapse()
	d.sortGroups()
	return d, nil
}

func (d *diagram) inForce(p jurisdiction.Period) bool {
	return d.asOf.IsZero() || p.Contains(d.asOf)
}

// when describes a period for the topology-only picture.
func (d *diagram) when(p jurisdiction.Period) string {
	if !d.asOf.IsZero() {
		return ""
	}
	switch {
	case p.From.IsZero() && p.Until.IsZero():
		return ""
	case p.From.IsZero():
		return " (until " + p.Until.String() + ")"
	case p.Until.IsZero():
		return " (from " + p.From.String() + ")"
	}
	return " (" + p.From.String() + " to " + p.Until.String() + ")"
}

func (d *diagram) group(key, label string) int {
	if i, ok := d.groupIdx[key]; ok {
		return i
	}
	d.groups = append(d.groups, dgroup{key: key, label: label})
	d.groupIdx[key] = len(d.groups) - 1
	return len(d.groups) - 1
}

// jurisdictionGroup returns the group of code c: "CN — China".
func (d *diagram) jurisdictionGroup(c jurisdiction.Code) int {
	return d.group("1 "+c.String(), c.String()+" \u2014 "+jurisdictionName(c))
}

// jurisdictionName names c from the built-in catalog, or ISO 3166-1.
func jurisdictionName(c jurisdiction.Code) string {
	cat := jurisdiction.Default()
	if b, ok := cat.Bloc(c); ok && b.Name != "" {
		return b.Name
	}
	if j, ok := cat.Jurisdiction(c); ok && j.Name != "" {
		return j.Name
	}
	if n := jurisdiction.ISOName(c); n != "" {
		return n
	}
	if n := jurisdiction.ISOName(c.Country()); n != "" {
		return n + " (subdivision)"
	}
	return "unknown jurisdiction"
}

func (d *diagram) addNode(n *dnode) *dnode {
	d.nodes = append(d.nodes, n)
	return n
}

func (d *diagram) addEdge(key string, e *dedge) {
	e.marks = make([]dmark, len(e.lines))
	d.edges = append(d.edges, e)
	d.edgeKeys[key] = append(d.edgeKeys[key], edgeRef{e, 0})
}

// addRole draws an entity's role at a store, on the edge between them if
// there is one already.
func (d *diagram) addRole(key, from, to, label string) {
	if e, ok := d.roles[[2]string{from, to}]; ok {
		e.lines = append(e.lines, label)
		e.marks = append(e.marks, unmarked)
		d.edgeKeys[key] = append(d.edgeKeys[key], edgeRef{e, len(e.lines) - 1})
		return
	}
	e := &dedge{from: from, to: to, kind: "role", lines: []string{label}}
	d.roles[[2]string{from, to}] = e
	d.addEdge(key, e)
}

func edgeKey(parts ...string) string { return strings.Join(parts, "\x00") }

// resolvedLocation returns where the assessment placed store id.
func (d *diagram) resolvedLocation(id string) (jurisdiction.Code, bool) {
	st, ok := d.placed[id]
	return st.Location, ok && st.Location.IsValid()
}

// resolvedOperator returns the chain of entity IDs, operator first, that
// the assessment found reaching store id through its operator: the
// operator and the controlling parents the first such exposure names.
func (d *diagram) resolvedOperator(id string) []string {
	for _, x := range d.exposures[id] {
		if x.Via.Party() == residency.LinkOperator && len(x.Path.Chain) > 0 {
			return x.Path.Chain
		}
	}
	return nil
}

func (d *diagram) addStores(rep *residency.Report) {
	for i, st := range d.t.Stores {
		if _, dup := d.stores[st.ID]; dup || !d.inForce(st.Period) {
			continue
		}
		n := &dnode{id: "s" + strconv.Itoa(i+1), kind: "store", lines: []string{st.ID}, key: st.ID, role: st.Role.String(), datasets: st.Datasets}
		if st.Name != "" && st.Name != st.ID {
			n.lines = append(n.lines, wrapLabel(st.Name)...)
		}
		loc := st.Location
		if !loc.IsValid() {
			loc, _ = d.resolvedLocation(st.ID)
		}
		switch {
		case loc.IsValid():
			n.group = d.jurisdictionGroup(loc)
		case st.Region != "":
			n.group = d.group("2 "+st.Region, "region "+st.Region+" (location not resolved)")
		default:
			n.group = d.group("3", "location unknown")
		}
		if st.Region != "" {
			n.lines = append(n.lines, "region "+st.Region)
		}
		var ops []string
		for _, op := range st.Operators {
			if d.inForce(op.Period) {
				ops = append(ops, d.name(op.Entity)+d.when(op.Period))
			}
		}
		if len(st.Operators) == 0 {
			if chain := d.resolvedOperator(st.ID); chain != nil {
				ops = append(ops, d.name(chain[0]))
			} else if st.Region != "" {
				ops = append(ops, "the region's, per the catalog")
			}
		}
		if len(ops) > 0 {
			n.lines = append(n.lines, "operator "+strings.Join(ops, ", "))
			n.operators = n.lines[len(n.lines)-1]
		}
		// A licensor reaches nothing: it is noted, not drawn.
		if st.Licensor != "" {
			n.lines = append(n.lines, "technology licensed by "+d.name(st.Licensor))
			n.operators += "\x00" + n.lines[len(n.lines)-1]
		}
		held := st.Role.String()
		if len(st.Datasets) > 0 {
			held += ": " + strings.Join(st.Datasets, ", ")
		}
		n.lines = append(n.lines, held)
		if w := d.when(st.Period); w != "" {
			n.lines = append(n.lines, "holds data"+w)
			n.alone = true // a dated store is drawn alone
		}
		d.stores[st.ID] = d.addNode(n)
	}
}

// entity returns the node of entity id, adding it (in the cluster of its
// jurisdiction) the first time. IDs not in the topology are entities the
// assessment added from the catalog.
func (d *diagram) entity(id string) *dnode {
	if n, ok := d.entities[id]; ok {
		return n
	}
	n := &dnode{kind: "entity", lines: []string{id}, group: -1, key: id}
	if i, ok := d.entityIdx[id]; ok {
		x := d.t.Entities[i]
		n.id = "e" + strconv.Itoa(i+1)
		switch {
		case strings.HasPrefix(x.ID, residency.CatalogEntityPrefix) && x.Name != "":
			// An operator a reader took from the catalog: its name.
			n.lines = append(wrapLabel(x.Name), "(from the catalog)")
		case x.Name != "" && x.Name != x.ID:
			n.lines = append(n.lines, wrapLabel(x.Name)...)
		}
		if x.Jurisdiction.IsValid() {
			n.group = d.jurisdictionGroup(x.Jurisdiction)
		}
		if x.Headquarters.IsValid() && x.Headquarters != x.Jurisdiction {
			n.lines = append(n.lines, "headquarters in "+x.Headquarters.String())
		}
	} else {
		n.id = "x" + strconv.Itoa(len(d.entities)+1)
		n.lines = append(wrapLabel(d.name(id)), "(from the catalog)")
	}
	d.entities[id] = n
	return d.addNode(n)
}

// name is how labels name entity id: an entity added from the catalog by
// its name (see residency.Report.EntityName), any other by its ID.
func (d *diagram) name(id string) string {
	if d.rep != nil {
		if n := d.rep.EntityName(id); n != id {
			return n
		}
	}
	if i, ok := d.entityIdx[id]; ok && strings.HasPrefix(id, residency.CatalogEntityPrefix) && d.t.Entities[i].Name != "" {
		return d.t.Entities[i].Name
	}
	return id
}

func (d *diagram) knownEntity(id string) bool {
	_, ok := d.entityIdx[id]
	return ok
}

func (d *diagram) addFlows() {
	sources := 0
	for _, f := range d.t.Flows {
		if !d.inForce(f.Period) {
			continue
		}
		to, ok := d.stores[f.To]
		if !ok {
			continue
		}
		label := f.ID + ": " + f.Kind.String()
		var from *dnode
		switch f.Kind {
		case residency.AdminAccess:
			if f.AccessorLocation.IsValid() {
				label += " from " + f.AccessorLocation.String()
			}
			if d.knownEntity(f.Accessor) {
				from = d.entity(f.Accessor)
			}
		case residency.Collection:
			held := d.t.Stores[d.storeIdx[f.To]].Datasets
			for _, ds := range d.t.Datasets {
				if (len(f.Datasets) == 0 && slices.Contains(held, ds.ID) || slices.Contains(f.Datasets, ds.ID)) && d.knownEntity(ds.Controller) {
					from = d.entity(ds.Controller)
					break
				}
			}
		default:
			from = d.stores[f.From]
			if from == nil {
				continue
			}
		}
		if from == nil {
			sources++
			from = d.addNode(&dnode{id: "c" + strconv.Itoa(sources), kind: "source", lines: []string{f.Kind.String()}, group: -1})
		}
		lines := []string{label}
		if len(f.Datasets) > 0 {
			lines = append(lines, "carries "+strings.Join(f.Datasets, ", "))
		}
		if len(f.Mechanisms) > 0 {
			lines = append(lines, "relies on "+strings.Join(f.Mechanisms, ", "))
		}
		if w := d.when(f.Period); w != "" {
			lines = append(lines, strings.TrimSpace(w))
		}
		d.addEdge(edgeKey("flow", f.ID), &dedge{from: from.id, to: to.id, kind: "flow", lines: lines, flow: f.ID, flowKind: f.Kind.String()})
	}
}

// addEntities draws the roles entities play at the drawn stores, then the
// ownership of every entity drawn, up the chain.
func (d *diagram) addEntities() {
	for _, st := range d.t.Stores {
		sn, ok := d.stores[st.ID]
		if !ok {
			continue
		}
		role := func(kind, id, label string, p jurisdiction.Period) {
			if !d.inForce(p) || !d.knownEntity(id) {
				return
			}
			d.addRole(edgeKey(kind, st.ID, id), d.entity(id).id, sn.id, label+d.when(p))
		}
		for _, op := range st.Operators {
			role("operator", op.Entity, "operates", op.Period)
		}
		for _, c := range st.Custodians {
			role("custodian", c.Entity, "custody", c.Period)
		}
		for _, k := range st.Keys {
			if !d.inForce(k.Period) || !d.knownEntity(k.Holder) {
				continue
			}
			label := "holds the keys"
			if k.Location.IsValid() {
				label += " in " + k.Location.String()
			}
			d.addRole(edgeKey("keys", st.ID), d.entity(k.Holder).id, sn.id, label+d.when(k.Period))
		}
	}
	// Ownership: walk the drawn entities in the order they were added;
	// parents append themselves, so the walk covers whole chains.
	seen := map[string]bool{}
	for i := 0; i < len(d.nodes); i++ {
		n := d.nodes[i]
		if n.kind != "entity" || seen[n.key] {
			continue
		}
		id := n.key
		seen[id] = true
		xi, ok := d.entityIdx[id]
		if !ok {
			continue
		}
		for _, o := range d.t.Entities[xi].Owners {
			if !d.inForce(o.Period) || !d.knownEntity(o.Parent) {
				continue
			}
			var label string
			switch {
			case o.Share > 0 && o.Control:
				label = "owns " + share(o.Share) + ", controls"
			case o.Share > 0:
				label = "owns " + share(o.Share)
			default:
				label = "controls"
			}
			p := d.entity(o.Parent)
			d.addEdge(edgeKey("owns", id, o.Parent), &dedge{from: p.id, to: n.id, kind: "owns", lines: []string{label + d.when(o.Period)}})
		}
	}
}

func share(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) + "%" }

// addResolved draws the operators the assessment added from the catalog
// for stores written as provider regions, with the parents its paths name.
func (d *diagram) addResolved(rep *residency.Report) {
	for _, st := range d.t.Stores {
		sn, ok := d.stores[st.ID]
		if !ok || len(st.Operators) > 0 {
			continue
		}
		chain := d.resolvedOperator(st.ID)
		for i, id := range chain {
			e := d.entity(id)
			if i == 0 {
				d.addRole(edgeKey("operator", st.ID, id), e.id, sn.id, "operates")
				continue
			}
			if k := edgeKey("owns", chain[i-1], id); len(d.edgeKeys[k]) == 0 {
				d.addEdge(k, &dedge{from: e.id, to: d.entity(chain[i-1]).id, kind: "owns", lines: []string{"controls"}})
			}
		}
	}
}

// markFindings marks what lies on the path of each violation and
// conflict, and lists the findings for the legend.
func (d *diagram) markFindings(rep *residency.Report) {
	for _, v := range rep.Violations {
		m := markOf(v.Waiver)
		d.markPath(v.Path, m)
		if n := d.stores[v.Store]; n != nil {
			n.mark = max(n.mark, m)
		}
		for _, r := range d.edgeKeys[edgeKey("flow", v.Flow)] {
			r.mark(m)
		}
		d.findings = append(d.findings, fmt.Sprintf("%sviolation of %s at %s%s", m.prefix(), v.Rule, v.Path, waived(v.Waiver)))
	}
	for _, c := range rep.Conflicts {
		m := markOf(c.Waiver)
		d.markPath(c.Path, m)
		if n := d.stores[c.Store]; n != nil {
			n.mark = max(n.mark, m)
		}
		d.findings = append(d.findings, fmt.Sprintf("%sconflict: %s (%s) can compel what %s (%s) forbids handing over, at %s%s",
			m.prefix(), c.CompellingJurisdiction, refIDs(c.Compelling), c.BlockingJurisdiction, refIDs(c.Blocking), c.Path, waived(c.Waiver)))
	}
}

func markOf(w *residency.Waiver) dmark {
	if w != nil {
		return waivedMark
	}
	return findingMark
}

// waived describes a waiver in a finding's line of the legend.
func waived(w *residency.Waiver) string {
	if w == nil {
		return ""
	}
	return " (waived until " + w.Expires.String() + " by " + w.Approver + ")"
}

func refIDs(rs []residency.RuleRef) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

// markPath marks the stores, flows, entities and edges that a finding's
// path goes through: a dataset alone (every store holding it), its store,
// its flow, and the party its link reaches with the chain of entities
// controlling it.
func (d *diagram) markPath(p residency.Path, m dmark) {
	markNode := func(n *dnode) {
		if n != nil {
			n.mark = max(n.mark, m)
		}
	}
	markEdges := func(key string) {
		for _, r := range d.edgeKeys[key] {
			r.mark(m)
		}
	}
	if p.Dataset != "" && p.Store == "" && p.Flow == "" && p.Link == residency.LinkNone {
		for _, st := range d.t.Stores {
			if slices.Contains(st.Datasets, p.Dataset) {
				markNode(d.stores[st.ID])
			}
		}
	}
	if p.Store != "" {
		markNode(d.stores[p.Store])
	}
	if p.Flow != "" {
		markEdges(edgeKey("flow", p.Flow))
	}
	switch p.Link.Party() {
	case residency.LinkOperator, residency.LinkCustodian:
		if len(p.Chain) > 0 {
			markEdges(edgeKey(p.Link.Party().String(), p.Store, p.Chain[0]))
		}
	case residency.LinkKeyHolder, residency.LinkKeyLocation:
		markEdges(edgeKey("keys", p.Store))
	}
	for i, id := range p.Chain {
		markNode(d.entities[id])
		if i > 0 {
			markEdges(edgeKey("owns", p.Chain[i-1], id))
		}
	}
}

// sortGroups orders the groups by key (jurisdictions by code, then
// unresolved regions, then the unknown) and renumbers the nodes'.
func (d *diagram) sortGroups() {
	order := make([]int, len(d.groups))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(d.groups[a].key, d.groups[b].key) })
	newIdx := make([]int, len(d.groups))
	sorted := make([]dgroup, len(d.groups))
	for to, from := range order {
		newIdx[from] = to
		sorted[to] = d.groups[from]
	}
	d.groups = sorted
	for _, n := range d.nodes {
		if n.group >= 0 {
			n.group = newIdx[n.group]
		}
	}
}

// legend returns the legend's lines, for Mermaid's arrows or DOT's.
func (d *diagram) legend(mermaid bool) []string {
	lines := []string{
		"Cylinder: store (ID, region, operator, role: datasets). Rounded box: legal entity.",
		"Solid arrow: flow (ID: kind, mechanisms). Dashed arrow: operates, custody, holds the keys.",
		"Grey line ending in a diamond: ownership or control, from parent to subsidiary.",
	}
	if mermaid {
		lines[1] = "Solid arrow: flow (ID: kind, mechanisms). Dotted arrow: operates, custody, holds the keys."
		lines[2] = "Thick arrow: ownership or control, from parent to subsidiary."
	}
	if d.collapsed {
		lines = append(lines, d.collapseNote()...)
	}
	if !d.report {
		return append(lines, "No assessment given: no finding is marked.")
	}
	lines = append(lines,
		"! red, bold: on the path of a violation or conflict.",
		"~ amber, dashed: on the path of a waived finding only.",
	)
	if len(d.findings) == 0 {
		return append(lines, "Findings: no violation and no conflict.")
	}
	lines = append(lines, "Findings:")
	shown := d.findings
	if len(shown) > maxLegendFindings {
		shown = shown[:maxLegendFindings]
	}
	for _, f := range shown {
		for i, l := range wrapWidth(f, 96) {
			if i > 0 {
				l = "    " + l
			}
			lines = append(lines, l)
		}
	}
	if more := len(d.findings) - len(shown); more > 0 {
		lines = append(lines, fmt.Sprintf("and %d more violations and conflicts, not listed here: the report has them all.", more))
	}
	return lines
}

// wrapLabel breaks a long name into lines of about 32 characters.
func wrapLabel(s string) []string { return wrapWidth(s, 32) }

// wrapWidth breaks s at spaces into lines of about width characters.
func wrapWidth(s string, width int) []string {
	var lines []string
	var line string
	for _, word := range strings.Fields(s) {
		if line != "" && utf8.RuneCountInString(line)+1+utf8.RuneCountInString(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		lines = []string{s}
	}
	return lines
}

// --- DOT ---

// dotQuote returns s as a DOT quoted string: backslashes and quotes are
// escaped, so that Graphviz's escapes (\N, \l) cannot be injected,
// ampersands too, so that Graphviz does not decode entities, line breaks
// become nl and other control characters spaces.
func dotQuote(s, nl string) string {
	var b strings.Builder
	b.WriteByte('"')
	b.WriteString(dotText(s, nl))
	b.WriteByte('"')
	return b.String()
}

func dotText(s, nl string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == '"':
			b.WriteString(`\"`)
		case r == '&': // Graphviz decodes entities such as &amp; in labels
			b.WriteString("&amp;")
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteString(nl)
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// dotLabel joins label lines, escaped, with nl as the line break.
func dotLabel(lines []string, nl string) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = dotText(l, nl)
	}
	s := strings.Join(parts, nl)
	if nl == `\l` {
		s += nl
	}
	return `"` + s + `"`
}

// edgeLines returns e's label lines, each fact's marked.
func edgeLines(e *dedge) []string {
	out := slices.Clone(e.lines)
	for i, m := range e.marks {
		out[i] = m.prefix() + out[i]
	}
	return out
}

func markedLines(lines []string, m dmark) []string {
	out := slices.Clone(lines)
	out[0] = m.prefix() + out[0]
	return out
}

func (d *diagram) dot(b *bytes.Buffer) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	p("// %s\n", dotText(d.title+" \u2014 "+d.subtitle, " "))
	p("// Generated by diagram.WriteDOT. Render with: dot -Tsvg\n")
	p("digraph topology {\n")
	p("  graph [label=%s, labelloc=t, fontsize=16, fontname=\"Helvetica\", nodesep=0.5, ranksep=0.8, newrank=true];\n",
		dotQuote(d.title+" \u2014 "+d.subtitle, `\n`))
	p("  node [fontname=\"Helvetica\", fontsize=11, margin=\"0.15,0.06\"];\n")
	p("  edge [fontname=\"Helvetica\", fontsize=10];\n")
	for gi, g := range d.groups {
		p("  subgraph cluster_%d {\n", gi+1)
		p("    label=%s; labeljust=l; style=\"rounded,filled\"; fillcolor=%q; color=%q; fontsize=13;\n", dotQuote(g.label, `\n`), clusterFill, clusterLine)
		for _, n := range d.nodes {
			if n.group == gi {
				p("    %s\n", d.dotNode(n))
			}
		}
		p("  }\n")
	}
	for _, n := range d.nodes {
		if n.group < 0 {
			p("  %s\n", d.dotNode(n))
		}
	}
	for _, e := range d.edges {
		var attrs []string
		if !d.collapsed || e.mark != unmarked {
			attrs = append(attrs, "label="+dotLabel(edgeLines(e), `\n`))
		}
		style, colour, width := "solid", "#1F3A5F", "1.4"
		switch e.kind {
		case "role":
			style, colour, width = "dashed", "#555555", "1"
		case "owns":
			colour, width = "#777777", "2"
			attrs = append(attrs, `arrowhead=odiamond`)
		}
		if d.collapsed && e.mark == unmarked {
			// A large diagram draws what no finding goes through light and
			// unlabelled, so that the findings' paths stand out.
			colour, width = lightColour, "1"
		}
		switch e.mark {
		case findingMark:
			style, colour, width = style+",bold", findingColour, "3"
			attrs = append(attrs, `fontcolor="`+findingColour+`"`, `fontname="Helvetica-Bold"`)
		case waivedMark:
			style, colour, width = "dashed", waivedColour, "2"
			attrs = append(attrs, `fontcolor="`+waivedColour+`"`)
		}
		attrs = append(attrs, `style="`+style+`"`, `color="`+colour+`"`, "penwidth="+width)
		p("  %s -> %s [%s];\n", e.from, e.to, strings.Join(attrs, ", "))
	}
	p("  subgraph cluster_legend {\n")
	p("    label=\"Legend\"; style=rounded; color=\"#BBBBBB\"; fontsize=13;\n")
	p("    legend [shape=note, fontsize=10, label=%s];\n", dotLabel(d.legend(false), `\l`))
	p("  }\n")
	p("}\n")
}

func (d *diagram) dotNode(n *dnode) string {
	attrs := []string{"label=" + dotLabel(markedLines(n.lines, n.mark), `\n`)}
	fill := "#FFFFFF"
	switch n.kind {
	case "store":
		attrs = append(attrs, "shape=cylinder", `margin="0.2,0.16"`)
		fill = "#E8F1FB"
	case "entity":
		attrs = append(attrs, "shape=box")
	default:
		attrs = append(attrs, "shape=circle", "fontsize=9", `color="#555555"`)
	}
	style := "filled"
	if n.kind == "entity" {
		style = "rounded,filled"
	}
	switch n.mark {
	case findingMark:
		style += ",bold"
		fill = findingFill
		attrs = append(attrs, `color="`+findingColour+`"`, `fontcolor="`+findingColour+`"`, "penwidth=3", `fontname="Helvetica-Bold"`)
	case waivedMark:
		style += ",dashed"
		fill = waivedFill
		attrs = append(attrs, `color="`+waivedColour+`"`, `fontcolor="`+waivedColour+`"`, "penwidth=2")
	}
	attrs = append(attrs, `style="`+style+`"`, `fillcolor="`+fill+`"`)
	return n.id + " [" + strings.Join(attrs, ", ") + "];"
}

// --- Mermaid ---

// mermaidText escapes s for a quoted Mermaid label: the characters that
// would end the label or be read as markup or entity codes become entity
// codes, and line breaks <br/>.
func mermaidText(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	prev := rune(0)
	for _, r := range s {
		switch {
		case r == '%' && prev == '%':
			// "%%{" anywhere in a chart starts a directive (%%{init: …}%%):
			// the second percent sign is written as an entity.
			b.WriteString("#37;")
		case r == '"':
			b.WriteString("#quot;")
		case r == '#':
			b.WriteString("#35;")
		case r == '<':
			b.WriteString("#lt;")
		case r == '>':
			b.WriteString("#gt;")
		case r == '&':
			b.WriteString("#amp;")
		case r == '`':
			b.WriteString("#96;")
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			b.WriteString("<br/>")
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

func mermaidLabel(lines []string) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = mermaidText(l)
	}
	return `"` + strings.Join(parts, "<br/>") + `"`
}

// mermaidLine makes s safe where Mermaid reads to the end of the line
// (accTitle, accDescr, comments): no line breaks, and no "%%" to start a
// directive (%%{init: …}%%) or a comment; it is written "% %".
func mermaidLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	for strings.Contains(s, "%%") {
		s = strings.ReplaceAll(s, "%%", "% %")
	}
	return s
}

func (d *diagram) mermaid(b *bytes.Buffer) {
	p := func(format string, args ...any) { fmt.Fprintf(b, format, args...) }
	// Labels are wrapped here; Mermaid's own wrapping at 200 pixels would
	// break the legend's lines.
	p("---\nconfig:\n  flowchart:\n    wrappingWidth: 700\n---\n")
	p("%%%% Generated by diagram.WriteMermaid.\n")
	p("flowchart TB\n")
	p("  accTitle: %s\n", mermaidLine(d.title+" \u2014 "+d.subtitle))
	p("  accDescr: %s\n", mermaidLine(d.summary()))
	for gi, g := range d.groups {
		p("  subgraph j%d[%s]\n", gi+1, mermaidLabel([]string{g.label}))
		for _, n := range d.nodes {
			if n.group == gi {
				p("    %s\n", mermaidNode(n))
			}
		}
		p("  end\n")
	}
	for _, n := range d.nodes {
		if n.group < 0 {
			p("  %s\n", mermaidNode(n))
		}
	}
	var hotLinks, waivedLinks, roleLinks, ownLinks, lightLinks []string
	for i, e := range d.edges {
		arrow := "-->"
		switch e.kind {
		case "role":
			arrow = "-.->"
			roleLinks = append(roleLinks, strconv.Itoa(i))
		case "owns":
			arrow = "==>"
			ownLinks = append(ownLinks, strconv.Itoa(i))
		}
		switch e.mark {
		case findingMark:
			hotLinks = append(hotLinks, strconv.Itoa(i))
		case waivedMark:
			waivedLinks = append(waivedLinks, strconv.Itoa(i))
		}
		if d.collapsed && e.mark == unmarked {
			lightLinks = append(lightLinks, strconv.Itoa(i))
			p("  %s %s %s\n", e.from, arrow, e.to)
			continue
		}
		p("  %s %s|%s| %s\n", e.from, arrow, mermaidLabel(edgeLines(e)), e.to)
	}
	p("  legend_text[%s]\n", mermaidLabel(append([]string{d.title + " \u2014 " + d.subtitle}, d.legend(true)...)))
	// Invisible links put the legend under the stores, after the links
	// that linkStyle numbers.
	for _, n := range d.nodes {
		if n.kind == "store" {
			p("  %s ~~~ legend_text\n", n.id)
		}
	}

	p("  classDef store fill:#E8F1FB,stroke:#1F3A5F,color:#111111\n")
	p("  classDef entity fill:#FFFFFF,stroke:#555555,color:#111111\n")
	p("  classDef source fill:#FFFFFF,stroke:#555555,color:#555555\n")
	p("  classDef finding fill:%s,stroke:%s,stroke-width:3px,color:%s,font-weight:bold\n", findingFill, findingColour, findingColour)
	p("  classDef waived fill:%s,stroke:%s,stroke-width:2px,stroke-dasharray:6 4,color:%s\n", waivedFill, waivedColour, waivedColour)
	p("  classDef legendNote fill:#FFFFFF,stroke:#BBBBBB,color:#333333,text-align:left\n")
	byClass := map[string][]string{}
	var classes []string
	for _, n := range d.nodes {
		c := n.kind
		switch n.mark {
		case findingMark:
			c = "finding"
		case waivedMark:
			c = "waived"
		}
		if _, ok := byClass[c]; !ok {
			classes = append(classes, c)
		}
		byClass[c] = append(byClass[c], n.id)
	}
	for _, c := range classes {
		p("  class %s %s\n", strings.Join(byClass[c], ","), c)
	}
	p("  class legend_text legendNote\n")
	for gi := range d.groups {
		p("  style j%d fill:%s,stroke:%s,color:#222222\n", gi+1, clusterFill, clusterLine)
	}
	for _, g := range []struct {
		links []string
		style string
	}{
		{roleLinks, "stroke:#555555,stroke-dasharray:5 4"},
		{ownLinks, "stroke:#777777"},
		{lightLinks, "stroke:" + lightColour},
		{waivedLinks, "stroke:" + waivedColour + ",stroke-width:2px,stroke-dasharray:6 4,color:" + waivedColour},
		{hotLinks, "stroke:" + findingColour + ",stroke-width:3px,color:" + findingColour},
	} {
		if len(g.links) > 0 {
			p("  linkStyle %s %s\n", strings.Join(g.links, ","), g.style)
		}
	}
}

// summary describes the diagram in a sentence, for assistive technology.
func (d *diagram) summary() string {
	count := func(kind string, marked bool) (n int) {
		for _, x := range d.nodes {
			if x.kind == kind && (!marked || x.mark != unmarked) {
				n += max(x.count, 1)
			}
		}
		return n
	}
	flows := 0
	for _, e := range d.edges {
		if e.kind == "flow" {
			flows++
		}
	}
	s := fmt.Sprintf("Data residency diagram of %s, grouped in %s by jurisdiction: %s, %s, %s and %s.",
		d.title+" ("+d.subtitle+")", plural(len(d.groups), "cluster", "clusters"), plural(count("store", false), "store", "stores"),
		plural(count("entity", false), "legal entity", "legal entities"), plural(flows, "flow", "flows"),
		plural(len(d.edges)-flows, "ownership or role link", "ownership or role links"))
	if d.report {
		s += fmt.Sprintf(" %s; %s and %s lie on their paths.", plural(len(d.findings), "violation or conflict", "violations or conflicts"),
			plural(count("store", true), "store", "stores"), plural(count("entity", true), "entity", "entities"))
	}
	return s
}

// plural writes n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func mermaidNode(n *dnode) string {
	label := mermaidLabel(markedLines(n.lines, n.mark))
	switch n.kind {
	case "store":
		return n.id + "[(" + label + ")]"
	case "entity":
		return n.id + "(" + label + ")"
	}
	return n.id + "((" + label + "))"
}
