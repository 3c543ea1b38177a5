package jurisdiction

import "slices"

// An Agreement is an international agreement between jurisdictions that
// changes how their laws collide: a CLOUD Act executive agreement (18
// U.S.C. 2523) lets each party's authorities serve orders on the other's
// providers and makes the partner a qualifying foreign government for the
// comity motion of 18 U.S.C. 2703(h); a mutual legal assistance treaty
// gives the channel a blocking statute asks for.
type Agreement struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Citation Citation `json:"citation"`
	// Parties are the jurisdictions bound, usually two.
	Parties   []Code `json:"parties"`
	Effective Date   `json:"effective"`
	End       Date   `json:"end,omitzero"`
	// Lifts lists blocking rules that do not bar orders from the other
	// party while the agreement is in force.
	Lifts []string `json:"lifts,omitempty"`
	// Qualifying marks a CLOUD Act executive agreement: each party is a
	// qualifying foreign government for the other's comity rules.
	Qualifying bool `json:"qualifying,omitzero"`
	// Assistance marks an agreement under which each party obtains data
	// for the other on request: a mutual legal assistance treaty, the
	// European Investigation Order among the states bound by Directive
	// 2014/41/EU, a CLOUD Act agreement. The hexad rating counts parties
	// to one in force as cooperating governments: one that reaches the
	// keys and another that reaches the ciphertext can read the data
	// together.
	Assistance bool     `json:"assistance,omitzero"`
	Sources    []Source `json:"sources"`
	Verified   bool     `json:"verified"`
	Reviewed   Date     `json:"reviewed,omitzero"`
	Notes      string   `json:"notes,omitempty"`
}

// InForce reports whether the agreement applies on day d.
func (a Agreement) InForce(d Date) bool { return Period{a.Effective, a.End}.Contains(d) }

// Binds reports whether x and y are both parties (x != y).
func (a Agreement) Binds(x, y Code) bool {
	return x != y && slices.Contains(a.Parties, x) && slices.Contains(a.Parties, y)
}

func (a Agreement) clone() Agreement {
	a.Parties = slices.Clone(a.Parties)
	a.Lifts = slices.Clone(a.Lifts)
	a.Sources = slices.Clone(a.Sources)
	return a
}
