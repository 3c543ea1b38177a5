package diagram

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// collapseAbove is the number of stores above which a diagram collapses
// stores: beyond it, one node per store is more than a reader can follow.
const collapseAbove = 20

// maxLegendFindings is the number of findings the legend lists; it says
// how many more there are.
const maxLegendFindings = 12

// collapse draws the stores of a large diagram (more than collapseAbove
// stores) that share a jurisdiction, operators (and licensor), role and
// mark as one node that counts them and sums up their datasets. A node of
// stores on the path of a violation or conflict names every one of them,
// so that each stays visible; any other names the first four. Edges that
// now join the same nodes with the same kind and mark are merged and say
// how many facts they draw; those on a finding's path name every flow.
func (d *diagram) collapse() {
	stores := 0
	for _, n := range d.nodes {
		if n.kind == "store" {
			stores++
		}
	}
	d.drawnStores = stores
	if stores <= collapseAbove {
		return
	}
	d.collapsed = true
	type groupKey struct {
		group           int
		operators, role string
		mark            dmark
	}
	byKey := map[groupKey][]*dnode{}
	var keys []groupKey
	for _, n := range d.nodes {
		if n.kind != "store" || n.alone {
			continue
		}
		k := groupKey{n.group, n.operators, n.role, n.mark}
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], n)
	}
	into := map[string]*dnode{} // node ID to the node that draws it
	for _, k := range keys {
		members := byKey[k]
		if len(members) < 2 {
			continue
		}
		first := members[0]
		ids := make([]string, len(members))
		var datasets []string
		for i, m := range members {
			ids[i] = m.key
			into[m.id] = first
			for _, ds := range m.datasets {
				if !slices.Contains(datasets, ds) {
					datasets = append(datasets, ds)
				}
			}
		}
		lines := []string{fmt.Sprintf("%d stores", len(members))}
		shown := 4
		if k.mark != unmarked {
			shown = len(ids)
		}
		lines = append(lines, wrapWidth(listed(ids, shown), 40)...)
		if k.operators != "" {
			lines = append(lines, strings.Split(k.operators, "\x00")...)
		}
		held := k.role
		if len(datasets) > 0 {
			held += ": " + plural(len(datasets), "dataset", "datasets") + " (" + listed(datasets, 3) + ")"
		}
		lines = append(lines, wrapWidth(held, 40)...)
		first.lines, first.count, first.datasets = lines, len(members), datasets
	}
	if len(into) == 0 {
		return
	}
	nodes := d.nodes[:0]
	for _, n := range d.nodes {
		if to, ok := into[n.id]; !ok || to == n {
			nodes = append(nodes, n)
		}
	}
	d.nodes = nodes
	for id, n := range d.stores {
		if to, ok := into[n.id]; ok {
			d.stores[id] = to
		}
	}

	// Merge the edges no finding goes through that now join the same
	// nodes with the same kind.
	type edgeKey struct {
		from, to, kind string
		mark           dmark
	}
	merged := map[edgeKey]*dedge{}
	counts := map[*dedge]int{}
	flows := map[*dedge][]*dedge{}
	edges := d.edges[:0]
	for _, e := range d.edges {
		if to, ok := into[e.from]; ok {
			e.from = to.id
		}
		if to, ok := into[e.to]; ok {
			e.to = to.id
		}
		if e.kind == "owns" || e.kind == "role" && slices.ContainsFunc(e.marks, func(m dmark) bool { return m != e.mark }) {
			edges = append(edges, e) // a role edge marked line by line keeps its lines
			continue
		}
		k := edgeKey{e.from, e.to, e.kind, e.mark}
		m, ok := merged[k]
		if !ok {
			merged[k] = e
			counts[e] = 1
			flows[e] = []*dedge{e}
			edges = append(edges, e)
			continue
		}
		counts[m]++
		if e.kind == "flow" {
			flows[m] = append(flows[m], e)
			continue
		}
		for _, l := range e.lines {
			if !slices.Contains(m.lines, l) {
				m.lines = append(m.lines, l)
				m.marks = append(m.marks, e.mark)
			}
		}
	}
	d.edges = edges
	for e, n := range counts {
		if n < 2 {
			continue
		}
		switch e.kind {
		case "flow":
			var ids, kinds []string
			for _, f := range flows[e] {
				ids = append(ids, f.flow)
				if !slices.Contains(kinds, f.flowKind) {
					kinds = append(kinds, f.flowKind)
				}
			}
			shown := 3
			if e.mark != unmarked {
				shown = len(ids)
			}
			e.lines = []string{fmt.Sprintf("%d flows: %s", n, strings.Join(kinds, ", "))}
			e.lines = append(e.lines, wrapWidth(listed(ids, shown), 40)...)
		default:
			e.lines = append(e.lines, fmt.Sprintf("(%d stores)", n))
		}
		e.marks = make([]dmark, len(e.lines))
		for i := range e.marks {
			e.marks[i] = e.mark
		}
	}
}

// listed names the first n items and counts the rest: "a, b, c and 9
// more".
func listed(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + " and " + strconv.Itoa(len(items)-n) + " more"
}

// collapseNote says in the legend how a large diagram was drawn.
func (d *diagram) collapseNote() []string {
	nodes := 0
	for _, n := range d.nodes {
		if n.kind == "store" {
			nodes++
		}
	}
	return []string{
		fmt.Sprintf("%d stores drawn as %s: stores of one jurisdiction with the same operators, role and marks are one,", d.drawnStores, plural(nodes, "node", "nodes")),
		"    which counts them (a marked one names them all). Light, unlabelled arrows: on no finding's path.",
	}
}
