package residency

import "github.com/dataresidency/dataresidency/jurisdiction"

// A StoreState is a store as an assessment found it on the report's as-of
// date, after a store written as a provider region was completed from the
// catalog. Renderers and tests read placements here rather than work them
// out again.
type StoreState struct {
	ID string `json:"id"`
	// Location is where the store is: its own, or its region's country.
	Location jurisdiction.Code `json:"location"`
	Region   string            `json:"region,omitempty"`
	// InService reports whether the store held data on the date: its
	// period contains the date and an operator ran it. Only stores in
	// service are assessed.
	InService bool `json:"in_service"`
	// Operator is the entity that ran the store on the date ("catalog:"
	// and the operator's ID for a region's operator the catalog gave), or
	// "" for none.
	Operator   string   `json:"operator,omitempty"`
	Custodians []string `json:"custodians,omitempty"`
	// KeyHolder and KeyLocation say who held the store's keys on the date
	// and where, when the topology records it; otherwise the operator
	// manages them.
	KeyHolder   string            `json:"key_holder,omitempty"`
	KeyLocation jurisdiction.Code `json:"key_location,omitzero"`
}

// A FlowState is a flow as an assessment found it on the report's as-of
// date.
type FlowState struct {
	ID   string   `json:"id"`
	Kind FlowKind `json:"kind"`
	From string   `json:"from,omitempty"`
	To   string   `json:"to"`
	// Active reports whether the flow ran on the date, between stores in
	// service (or into one, for collection and admin access).
	Active bool `json:"active"`
	// Datasets are the datasets it carries: those it names, or else every
	// dataset the store it reads holds.
	Datasets         []string          `json:"datasets"`
	Accessor         string            `json:"accessor,omitempty"`
	AccessorLocation jurisdiction.Code `json:"accessor_location,omitzero"`
	Mechanisms       []string          `json:"mechanisms,omitempty"`
}

// place records the stores and flows as the assessment found them. Their
// lists are copies (the report shares nothing with the topology), held in
// one array.
func (a *assessment) place() {
	t := a.t
	r := a.report
	n := 0
	for fi := range t.Flows {
		f := &t.Flows[fi]
		n += len(f.Datasets) + len(f.Mechanisms)
		if len(f.Datasets) == 0 {
			src := a.ix.flowFrom[fi]
			if src < 0 {
				src = a.ix.flowTo[fi]
			}
			n += len(t.Stores[src].Datasets)
		}
	}
	buf := make([]string, 0, n)
	clone := func(list []string) []string {
		k := len(buf)
		buf = append(buf, list...)
		return buf[k:len(buf):len(buf)]
	}
	r.Stores = make([]StoreState, len(t.Stores))
	for s := range t.Stores {
		st := &t.Stores[s]
		ss := StoreState{ID: st.ID, Location: a.loc[s], Region: st.Region, InService: a.active[s]}
		if a.active[s] {
			ss.Operator = a.t.Entities[a.operator[s]].ID
			for _, c := range a.custody.at(s) {
				ss.Custodians = append(ss.Custodians, a.t.Entities[c].ID)
			}
			if k := a.keys[s]; k != nil {
				ss.KeyHolder, ss.KeyLocation = k.Holder, k.Location
			}
		}
		r.Stores[s] = ss
	}
	r.Flows = make([]FlowState, len(t.Flows))
	for fi := range t.Flows {
		f := &t.Flows[fi]
		fs := FlowState{ID: f.ID, Kind: f.Kind, From: f.From, To: f.To, Active: a.flowTo[fi] >= 0, Datasets: clone(f.Datasets),
			Accessor: f.Accessor, AccessorLocation: f.AccessorLocation, Mechanisms: clone(f.Mechanisms)}
		if len(fs.Datasets) == 0 {
			src := a.ix.flowFrom[fi]
			if src < 0 {
				src = a.ix.flowTo[fi]
			}
			fs.Datasets = clone(t.Stores[src].Datasets)
		}
		r.Flows[fi] = fs
	}
}
