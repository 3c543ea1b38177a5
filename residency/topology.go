package residency

import (
	"github.com/dataresidency/dataresidency/internal/enumtext"
	"github.com/dataresidency/dataresidency/jurisdiction"
)

// A Topology describes where data lives and who can touch it: datasets,
// the legal entities that control, operate and own things, the stores that
// hold the data, and the flows that move or reach it. It is plain data: a
// caller builds it in code or decodes it, and [Assess] reads it without
// modifying it.
//
// Facts that change over time carry a [jurisdiction.Period]: who operated
// a store, who owned an entity, who held the keys, when a flow ran. One
// Topology therefore describes a history, and an assessment picks the
// facts in force on its as-of date.
type Topology struct {
	Name     string    `json:"name,omitempty"`
	Datasets []Dataset `json:"datasets"`
	Entities []Entity  `json:"entities"`
	Stores   []Store   `json:"stores"`
	Flows    []Flow    `json:"flows,omitempty"`
	// Waivers accept findings that the owners of the topology have
	// decided to live with, until they expire.
	Waivers []Waiver `json:"waivers,omitempty"`
}

// A Waiver accepts one finding, named by its ID, with a justification and
// an approver, until Expires (exclusive). A waived finding is still
// reported, marked with its waiver; an expired waiver stops applying.
type Waiver struct {
	Finding       string            `json:"finding"`
	Justification string            `json:"justification"`
	Approver      string            `json:"approver"`
	Expires       jurisdiction.Date `json:"expires"`
}

// A Dataset is a body of data with one legal character: its classes, whose
// data it is, and who is responsible for it.
type Dataset struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Classes are the data classes the dataset contains. A dataset with no
	// class is covered only by rules that cover all data.
	Classes []jurisdiction.DataClass `json:"classes,omitempty"`
	// Subjects says where the data subjects are (or where the data was
	// collected or generated) and how many there are.
	Subjects []Subjects `json:"subjects,omitempty"`
	// Controller is the ID of the entity responsible for the data (the
	// cloud customer). Rules scoped to critical-information-infrastructure
	// operators look at the controller's designations, and data collected
	// into a store is a transfer under a rule only when the controller is
	// inside the rule's territory (see the package documentation).
	// Optional.
	Controller string `json:"controller,omitempty"`
}

// Subjects counts a dataset's data subjects in one jurisdiction.
//
// Laws count subjects over different periods (since 1 January of the
// current year, over the last twelve months). Count is the number of
// distinct subjects whose data the dataset holds; Counts can add the
// number whose data was collected or moved since a given day. For a rule's
// window the assessment uses the entry with the latest Since on or before
// the window's start (a count over a longer window can only be larger), and
// Count when there is none: a conservative reading.
type Subjects struct {
	Jurisdiction jurisdiction.Code `json:"jurisdiction"`
	// Count is the number of distinct subjects whose data is held. Zero
	// means unknown, and no volume threshold is taken to be met.
	Count  int64         `json:"count,omitzero"`
	Counts []PeriodCount `json:"counts,omitempty"`
}

// A PeriodCount is the number of distinct subjects whose data was
// collected or moved from Since to the as-of date.
type PeriodCount struct {
	Since jurisdiction.Date `json:"since"`
	Count int64             `json:"count"`
}

// countFor returns the count for the window from start to asOf (zero start:
// everything held).
func (s Subjects) countFor(start, asOf jurisdiction.Date) int64 {
	if start.IsZero() {
		return s.Count
	}
	best, found := s.Count, false
	var bestSince jurisdiction.Date
	for _, pc := range s.Counts {
		if !pc.Since.After(start) && !pc.Since.After(asOf) && (!found || pc.Since.After(bestSince)) {
			best, bestSince, found = pc.Count, pc.Since, true
		}
	}
	return best
}

// An Entity is a legal person: a company, a government body, a customer.
type Entity struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Jurisdiction is where the entity is incorporated or established.
	Jurisdiction jurisdiction.Code `json:"jurisdiction"`
	// Headquarters is the principal place of business when it differs
	// (a Cayman-incorporated group run from Beijing). Laws that bind the
	// entities of a jurisdiction bind it through either.
	Headquarters jurisdiction.Code `json:"headquarters,omitzero"`
	// Owners are the entity's direct shareholders or controllers.
	Owners []Ownership `json:"owners,omitempty"`
	// CII lists the jurisdictions that have designated the entity an
	// operator of critical information infrastructure.
	CII []jurisdiction.Code `json:"cii,omitempty"`
	// Licences are licence identifiers the entity holds, as ownership and
	// licensing rules name them ("CN-VATS-IDC").
	Licences []string `json:"licences,omitempty"`
	// Certifications are the IDs of transfer mechanisms the entity is
	// certified under throughout ("eu-us-dpf"); Certified adds dated
	// certifications.
	Certifications []string `json:"certifications,omitempty"`
	// Certified lists certifications held for a period: Privacy Shield
	// from 2016, then the Data Privacy Framework from 2023, lapsed when
	// the annual re-certification was missed. A certification counts on
	// the days its Period contains.
	Certified []Certification `json:"certified,omitempty"`
	// Tags are roles some rules bind that the topology's structure cannot
	// show, as the catalog's rules name them in Scope.ControllerTags
	// ("data-broker": PADFA) and its mechanisms in ExcludedRecipientTags
	// ("public-body": outside the Canadian and Japanese adequacy
	// decisions, which cover private-sector recipients).
	Tags []string `json:"tags,omitempty"`
	// Role is what the entity does for others, as laws that bind by it
	// name it: a service provider (cloud, hosting, communications), a
	// carrier, or a company running systems for its own use. Rules scoped
	// to roles (FISA 702 and the SCA bind service providers, CALEA
	// carriers, China's IDC licence those offering cloud services) leave
	// out an entity of another role; the zero value, unknown, is bound by
	// all of them.
	Role jurisdiction.Role `json:"role,omitzero"`
	// Assurances are engineering standards and certifications the entity
	// declares for the operations it runs ("ISO/IEC 27001", "SOC 2 Type
	// II"). They are engineering facts for the hexad rating, taken as
	// declared: an operator's (or, for a licensee, its licensor's) lift
	// authenticity, availability and utility above 4.
	Assurances []string `json:"assurances,omitempty"`
}

// A Certification is a dated certification under a transfer mechanism.
type Certification struct {
	// Mechanism is the ID of the mechanism, as the catalog lists it.
	Mechanism string `json:"mechanism"`
	jurisdiction.Period
}

// An Ownership is a holding of one entity in another. Control follows a
// holding of more than 50%, or a holding marked Control.
type Ownership struct {
	// Parent is the owning entity's ID.
	Parent string `json:"parent"`
	// Share is the equity held, in percent (0 to 100).
	Share float64 `json:"share"`
	// Control marks control by other means than a majority of equity:
	// voting agreements, variable-interest-entity contracts, golden shares.
	Control bool `json:"control,omitzero"`
	jurisdiction.Period
}

// controls reports whether the holding gives control of the entity.
func (o Ownership) controls() bool { return o.Control || o.Share > 50 }

// A Role says what a store is for.
type Role uint8

// The roles.
const (
	Primary Role = iota
	Replica
	Backup
	roleEnd
)

var roleText = enumtext.Text[Role]{Pkg: "residency", Type: "Role", Noun: "role", Unknown: "store role",
	Names: []string{Primary: "primary", Replica: "replica", Backup: "backup"}}

// IsValid reports whether r is a declared role.
func (r Role) IsValid() bool { return r < roleEnd }

// String returns "primary", "replica" or "backup".
func (r Role) String() string { return roleText.Format(r) }

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) { return roleText.Marshal(r) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Role) UnmarshalText(b []byte) error { return roleText.Unmarshal(b, r) }

// A Store is a place data is kept: a cloud region's storage service, a
// database, a data centre.
type Store struct {
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Location is the jurisdiction the data physically sits in. It may be
	// left empty when Region is set: the catalog places the region.
	Location jurisdiction.Code `json:"location,omitzero"`
	// Region is the provider region, "provider:code" ("aws:cn-north-1"),
	// as the catalog lists it. It must be known to the catalog; it gives
	// Location when that is empty (and must agree with it otherwise), and
	// the operator, its owners and the licensor when Operators is empty.
	Region string `json:"region,omitempty"`
	Role   Role   `json:"role,omitzero"`
	// Datasets lists the IDs of the datasets the store holds.
	Datasets []string `json:"datasets"`
	// Operators say who ran the store when: the entity customers contract
	// with and that runs the service. Periods must not overlap. Empty with
	// a Region: the catalog's operator of the region, added to the
	// topology as entities with IDs "catalog:<operator id>".
	Operators []Tenure `json:"operators,omitempty"`
	// Custodians are other entities with physical custody of the store's
	// infrastructure: the owner of the servers when it is not the
	// operator, a colocation or storage provider.
	Custodians []Tenure `json:"custodians,omitempty"`
	// Licensor is the ID of an entity that licenses the technology but has
	// no operational access. It is recorded, and reaches nothing.
	Licensor string `json:"licensor,omitempty"`
	// Mechanisms are the IDs of the mechanisms the store relies on for the
	// data collected straight into it (with no inbound flow): standard
	// contractual clauses for an EU controller's data stored abroad, a
	// security assessment, security requirements for a restricted
	// counterparty.
	Mechanisms []string `json:"mechanisms,omitempty"`
	// Keys say who held the encryption keys when. With no entry, or one
	// whose holder is the operator, the operator manages the keys and
	// whoever reaches the store can obtain readable data.
	Keys []KeyCustody `json:"keys,omitempty"`
	// Encryption says how the data is encrypted in the store, for
	// mechanisms that require it (jurisdiction.Mechanism.Encrypted: the
	// ITAR and EAR carve-outs for encrypted technical data). Who holds the
	// keys is Keys.
	Encryption Encryption `json:"encryption,omitzero"`
	// FilteredFrom lists the jurisdictions whose consumers reach the store
	// only across a filtered border (national traffic filtering): an
	// engineering fact that lowers availability for such a consumer when
	// every copy is filtered.
	FilteredFrom []jurisdiction.Code `json:"filtered_from,omitempty"`
	// Period is when the store held data; zero means always.
	jurisdiction.Period
}

// A Tenure is an entity's role over a period.
type Tenure struct {
	Entity string `json:"entity"`
	jurisdiction.Period
}

// A KeyCustody says who held a store's encryption keys, where, and when.
type KeyCustody struct {
	Holder   string            `json:"holder"`
	Location jurisdiction.Code `json:"location"`
	jurisdiction.Period
}

// Encryption is how a store's data is encrypted.
type Encryption struct {
	// EndToEnd: the data is encrypted before it leaves its originator's
	// security boundary and stays encrypted until it returns, so that the
	// store and its operator hold only ciphertext (22 CFR 120.56(b); 15
	// CFR 734.18(b)).
	EndToEnd bool `json:"end_to_end,omitzero"`
	// Validated: the cryptographic module is validated to FIPS 140-2 or
	// its successor (or, under ITAR, at least as effective as AES-128).
	Validated bool `json:"validated,omitzero"`
	// Module names the module or standard ("FIPS 140-3 certificate
	// #4282"), for the report; optional.
	Module string `json:"module,omitempty"`
}

// A FlowKind says what a flow does.
type FlowKind uint8

// The flow kinds.
const (
	// Replication copies data from one store to another continuously.
	Replication FlowKind = iota + 1
	// BackupFlow copies data to a backup store.
	BackupFlow
	// AdminAccess is remote administrative access to a store by an entity
	// acting from a jurisdiction. It is a transfer to that jurisdiction
	// (EDPB Guidelines 05/2021) and a way for that jurisdiction to reach
	// the data.
	AdminAccess
	// Collection puts data straight into a store from its controller and
	// subjects. Declare one to record the mechanism relied on when data is
	// collected directly into a store abroad.
	Collection
	// Provision gives data to an independent third party, a controller in
	// its own right (a seller receiving a marketplace's orders, a partner,
	// a buyer), rather than copying it within the controller's own
	// processing. Mechanisms for processors only (a Mexican remisión) do
	// not cover it.
	Provision
	flowKindEnd
)

var flowKindText = enumtext.Text[FlowKind]{Pkg: "residency", Type: "FlowKind", Noun: "flow kind",
	Names: []string{Replication: "replication", BackupFlow: "backup", AdminAccess: "admin-access", Collection: "collection", Provision: "provision"}}

// IsValid reports whether k is a declared flow kind.
func (k FlowKind) IsValid() bool { return k >= Replication && k < flowKindEnd }

// String returns the kind's name, such as "admin-access".
func (k FlowKind) String() string { return flowKindText.Format(k) }

// MarshalText implements encoding.TextMarshaler.
func (k FlowKind) MarshalText() ([]byte, error) { return flowKindText.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *FlowKind) UnmarshalText(b []byte) error { return flowKindText.Unmarshal(b, k) }

// A Flow moves data between stores, or reaches a store's data from
// elsewhere.
type Flow struct {
	ID   string   `json:"id"`
	Kind FlowKind `json:"kind"`
	// From is the source store; empty for Collection and AdminAccess.
	From string `json:"from,omitempty"`
	// To is the destination store, or the store administered.
	To string `json:"to"`
	// Datasets lists the datasets the flow carries; empty means every
	// dataset the source store holds (for AdminAccess and Collection, the
	// destination store).
	Datasets []string `json:"datasets,omitempty"`
	// Accessor and AccessorLocation say who administers the store and from
	// where, for AdminAccess.
	Accessor         string            `json:"accessor,omitempty"`
	AccessorLocation jurisdiction.Code `json:"accessor_location,omitzero"`
	// Mechanisms are the IDs of the transfer mechanisms the flow relies on
	// ("eu-scc-2021", "cn-security-assessment").
	Mechanisms []string `json:"mechanisms,omitempty"`
	// Period is when the flow ran; zero means always. It is a named field
	// (JSON "period") because "from" names the source store.
	Period jurisdiction.Period `json:"period,omitzero"`
}
