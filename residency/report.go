package residency

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
)

// A RuleRef names a catalog rule in a finding, with enough of it to read
// the finding without the catalog.
type RuleRef struct {
	ID           string            `json:"id"`
	Jurisdiction jurisdiction.Code `json:"jurisdiction"`
	Kind         jurisdiction.Kind `json:"kind"`
	// Citation is the rule's citation as text: "CSL Art. 37".
	Citation string `json:"citation"`
	Title    string `json:"title"`
	Verified bool   `json:"verified"`
}

func refOf(r *jurisdiction.Rule) RuleRef {
	return RuleRef{ID: r.ID, Jurisdiction: r.Jurisdiction, Kind: r.Kind, Citation: r.Citation.String(), Title: r.Title, Verified: r.Verified}
}

// String returns "CN-CSL-37 (CSL Art. 37)".
func (r RuleRef) String() string { return r.ID + " (" + r.Citation + ")" }

// A Violation is a rule the topology breaks on the as-of date.
type Violation struct {
	// ID identifies the finding stably across runs: "V:" + rule ID + "@"
	// + path. Waivers name findings by ID.
	ID string `json:"id"`
	// Severity is SeverityError: a rule broken.
	Severity Severity `json:"severity"`
	Rule     RuleRef  `json:"rule"`
	// Dataset, Store, Flow and Entity identify what breaks the rule; each
	// is empty where it does not apply.
	Dataset string `json:"dataset,omitempty"`
	Store   string `json:"store,omitempty"`
	Flow    string `json:"flow,omitempty"`
	Entity  string `json:"entity,omitempty"`
	// Path is the topology path that caused it, such as
	// "dataset/orders/flow/repl-1".
	Path   Path   `json:"path"`
	Reason string `json:"reason"`
	// Waiver is the waiver that accepts this finding, if one is in force.
	Waiver *Waiver `json:"waiver,omitempty"`
}

// A Conflict is a pair of obligations a party cannot meet at once: one
// jurisdiction can compel a party to produce data that another
// jurisdiction forbids it to hand over.
type Conflict struct {
	// ID is "C:" + compelling + "/" + blocking jurisdiction + "@" + path.
	// A report has one conflict per store, path, compelling and blocking
	// jurisdiction: Blocking holds the blocking rules that protect any of
	// its Datasets.
	ID string `json:"id"`
	// Severity is SeverityError: a conflict of laws.
	Severity Severity `json:"severity"`
	// Compelling are the rules of the jurisdiction that can compel; Blocking
	// those of the jurisdiction that forbids.
	Compelling             []RuleRef         `json:"compelling"`
	Blocking               []RuleRef         `json:"blocking"`
	CompellingJurisdiction jurisdiction.Code `json:"compelling_jurisdiction"`
	BlockingJurisdiction   jurisdiction.Code `json:"blocking_jurisdiction"`
	Store                  string            `json:"store"`
	Datasets               []string          `json:"datasets"`
	// Party is the entity the compelling jurisdiction reaches (the
	// operator's controlling parent, a key holder), or "" where the reach
	// is through a place.
	Party string `json:"party,omitempty"`
	// Link is how the compelling jurisdiction reaches the data, as in
	// [Exposure.Via].
	Link Link `json:"link"`
	Path Path `json:"path"`
	// Readable reports whether what the party can be made to produce is
	// readable (it reaches the keys) rather than ciphertext.
	Readable bool     `json:"readable"`
	Reason   string   `json:"reason"`
	Relief   []string `json:"relief,omitempty"`
	Waiver   *Waiver  `json:"waiver,omitempty"`
}

// An Exposure is one way a government can reach data: through where it is
// stored, who operates or holds it, who controls them, who holds the keys,
// or who administers it from where.
type Exposure struct {
	// ID is "E:" + government + "@" + path.
	ID string `json:"id"`
	// Severity is SeverityWarning when the government is foreign to the
	// report's consumer (see [Report.Consumer]) and can obtain readable
	// data, SeverityNote otherwise.
	Severity   Severity          `json:"severity"`
	Government jurisdiction.Code `json:"government"`
	Store      string            `json:"store"`
	// Datasets are the datasets the store holds on the as-of date.
	Datasets []string `json:"datasets"`
	// Via is the link: location, operator, custodian, key holder (each
	// of the three parties also through an entity controlling it: "operator
	// parent"…), key location, admin access (or admin access parent) or
	// admin location.
	Via Link `json:"via"`
	// Party is the entity reached, or "" for a place.
	Party string `json:"party,omitempty"`
	Path  Path   `json:"path"`
	// Rules are the compelled-access rules that give the reach. Empty only
	// when Presumed.
	Rules []RuleRef `json:"rules"`
	// Presumed marks territorial reach assumed because the catalog has no
	// compelled-access rule for the place: every state can compel what is
	// on its territory.
	Presumed bool `json:"presumed,omitzero"`
	// Readable reports whether the government can obtain readable data:
	// the keys are operator-managed or within its reach.
	Readable bool    `json:"readable"`
	Waiver   *Waiver `json:"waiver,omitempty"`
	// PartyName is Party as texts name it when that is not its ID: the
	// operator's name in the catalog for an entity the assessment added
	// from it (see [Report.EntityName]); "" otherwise. It is not encoded.
	PartyName string `json:"-"`
}

// An Obligation is a duty that applies to a dataset but that topology
// facts cannot show kept or broken.
type Obligation struct {
	// ID is "O:" + rule ID + "@" + path.
	ID string `json:"id"`
	// Severity is SeverityNote.
	Severity Severity `json:"severity"`
	Rule     RuleRef  `json:"rule"`
	Dataset  string   `json:"dataset"`
	// Path is "dataset/" + Dataset.
	Path   Path     `json:"path"`
	Stores []string `json:"stores"`
	Reason string   `json:"reason"`
	Waiver *Waiver  `json:"waiver,omitempty"`
}

// A DatasetRating is the hexad rating of one dataset.
type DatasetRating struct {
	Dataset string       `json:"dataset"`
	Rating  hexad.Rating `json:"rating"`
	// Because holds each element's reasons in two parts, the regime with
	// its links and what it says (see [hexad.Explain]), in the order of
	// the rating's Reasons. [Report.WriteJSON] states each part once for
	// the whole report and refers to it. Datasets with the same facts
	// share these slices: they are read-only.
	Because [hexad.NumElements][]hexad.Reason `json:"-"`
}

// Reasons returns the reasons for element e's score as sentences: the
// rating's, or, for an assessment made with [ReasonsInParts], Because's
// joined.
func (d *DatasetRating) Reasons(e hexad.Element) []string {
	if !e.IsValid() {
		return nil
	}
	i := int(e) - 1
	if rs := d.Rating.Elements[i].Reasons; len(rs) > 0 || len(d.Because[i]) == 0 {
		return slices.Clone(rs)
	}
	out := make([]string, len(d.Because[i]))
	for k, r := range d.Because[i] {
		out[k] = r.String()
	}
	return out
}

// A Report is the outcome of an assessment. Every slice is sorted by a
// documented key, so that the same topology, options and catalog give the
// same report and the same JSON bytes:
//
//   - Violations by rule ID, then path;
//   - Conflicts by store, path, compelling then blocking jurisdiction;
//   - Exposures by store, government, path;
//   - Obligations by rule ID, then dataset;
//   - Datasets in topology order.
//
// Findings may share read-only slices (the rules of an exposure, the
// datasets of a store) so that a report of a large estate stays small:
// copy a slice before modifying it. A Report shares nothing with the
// Topology or the catalog it came from.
//
// The zero Report is an assessment of nothing.
type Report struct {
	Topology string `json:"topology,omitempty"`
	// AsOf is the date the law and the topology's dated facts were taken
	// at; Consumer the jurisdiction whose point of view the ratings take;
	// Catalog the catalog's Version. Together with the topology they
	// reproduce the report.
	AsOf     jurisdiction.Date `json:"as_of"`
	Consumer jurisdiction.Code `json:"consumer,omitzero"`
	Catalog  string            `json:"catalog"`
	// Parts says which parts were computed (see [Only]); the others are
	// empty because they were not asked for.
	Parts       Part         `json:"parts"`
	Violations  []Violation  `json:"violations"`
	Conflicts   []Conflict   `json:"conflicts"`
	Exposures   []Exposure   `json:"exposures"`
	Obligations []Obligation `json:"obligations"`
	// Rating is the topology's rating: each element's lowest score over
	// its datasets. Datasets holds each dataset's own rating.
	Rating   hexad.Rating    `json:"rating"`
	Datasets []DatasetRating `json:"datasets"`
	// Stores and Flows are the topology's stores and flows as the
	// assessment found them on the as-of date, in topology order: where
	// each store is, who ran it, what each flow carried. They are the
	// placements exposures rest on, filled with the Exposures part (a
	// report limited by [Only] to other parts leaves them empty).
	Stores []StoreState `json:"stores"`
	Flows  []FlowState  `json:"flows"`
	// Unresearched lists the jurisdictions the topology touches whose law
	// the catalog did not research, with the stores and datasets they
	// touch. Whatever parts are asked for, it is filled: a report is not
	// complete where it is not empty.
	Unresearched []Unresearched `json:"unresearched,omitempty"`
	// Undeclared lists the stores that hold data on the as-of date
	// (they have an operator and are in their period) but declare no
	// dataset: nothing about the data they hold was checked. A store that
	// truly holds none can be left out of the topology, or accepted.
	// Like Unresearched, it is filled whatever parts are asked for.
	Undeclared []string `json:"undeclared,omitempty"`
	// Names holds the names of the entities the assessment added from the
	// catalog (see [CatalogEntityPrefix]), by ID, for the texts that name
	// them (see [Report.EntityName]). It is not encoded: the JSON report
	// names entities by ID.
	Names map[string]string `json:"-"`
}

// Clean reports whether the topology breaks no rule and puts no party in a
// conflict on the as-of date, waived findings aside. It is deliberately
// narrow: exposures are not failures, a clean topology may still rate
// poorly (read Rating too), and a topology that touches a jurisdiction
// the catalog did not research was not fully checked (read Unresearched).
func (r *Report) Clean() bool {
	for _, v := range r.Violations {
		if v.Waiver == nil {
			return false
		}
	}
	for _, c := range r.Conflicts {
		if c.Waiver == nil {
			return false
		}
	}
	return true
}

// String renders the report for people. The layout is not a contract and
// may change; read the fields for structure.
func (r *Report) String() string {
	var b strings.Builder
	name := r.Topology
	if name == "" {
		name = "topology"
	}
	consumer := r.Consumer.String()
	if consumer == "" {
		consumer = "none"
	}
	fmt.Fprintf(&b, "Assessment of %s as of %s (consumer: %s; catalog %s)\n", name, r.AsOf, consumer, r.Catalog)
	fmt.Fprintf(&b, "%d violations, %d conflicts, %d exposures, %d obligations\n",
		len(r.Violations), len(r.Conflicts), len(r.Exposures), len(r.Obligations))
	for _, v := range r.Violations {
		fmt.Fprintf(&b, "VIOLATION%s %s at %s: %s\n", waived(v.Waiver), v.Rule, v.Path, v.Reason)
	}
	for _, c := range r.Conflicts {
		fmt.Fprintf(&b, "CONFLICT%s %s vs %s at %s: %s\n", waived(c.Waiver), refList(c.Compelling), refList(c.Blocking), c.Path, c.Reason)
		for _, rel := range c.Relief {
			fmt.Fprintf(&b, "  relief: %s\n", rel)
		}
	}
	for _, x := range r.Exposures {
		rules := "presumed territorial jurisdiction"
		if !x.Presumed {
			rules = refList(x.Rules)
		}
		readable := "readable"
		if !x.Readable {
			readable = "ciphertext only"
		}
		fmt.Fprintf(&b, "EXPOSURE %s via %s at %s (%s; %s)\n", x.Government, x.Via, x.Path, rules, readable)
	}
	for _, o := range r.Obligations {
		fmt.Fprintf(&b, "OBLIGATION %s for dataset %s: %s\n", o.Rule, o.Dataset, o.Reason)
	}
	b.WriteString(r.Rating.String())
	return b.String()
}

func waived(w *Waiver) string {
	if w == nil {
		return ""
	}
	return " (waived until " + w.Expires.String() + " by " + w.Approver + ")"
}

func refList(rs []RuleRef) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return strings.Join(parts, ", ")
}
