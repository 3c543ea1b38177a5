package jurisdiction

import (
	"fmt"
	"github.com/dataresidency/dataresidency/internal/enumtext"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/internal/clip"
)

// A Kind says what a [Rule] does to data. The zero Kind is invalid.
type Kind uint8

// The kinds of rule. Each kind's meaning for an assessment is stated on
// the constant; residency.Assess implements exactly that.
const (
	// Localization: data in scope must be stored in the rule's territory.
	// A copy outside is lawful only if it got there through a flow relying
	// on a mechanism that satisfies the rule. Like a BlockingStatute, it
	// makes a conflict with a foreign CompelledAccess rule reaching a store
	// in the territory.
	Localization Kind = iota + 1
	// TransferRestriction: data in scope may leave the territory only
	// through a mechanism that satisfies the rule (adequacy, contract,
	// assessment, certification).
	TransferRestriction
	// CompelledAccess: the jurisdiction's authorities can compel disclosure
	// of data. [Rule.Reach] says whether through the territory, through
	// entities of the jurisdiction wherever the data is, or both.
	CompelledAccess
	// BlockingStatute: data in scope may not be given to foreign
	// authorities (governments outside the rule's territory) except
	// through the channel in [Rule.Relief]. Together with a foreign
	// CompelledAccess rule reaching a store in the territory it makes a
	// conflict.
	BlockingStatute
	// OwnershipLicensing: an entity operating a store in the territory
	// must hold [Rule.Licence] and may have at most [Rule.MaxForeignShare]
	// percent foreign equity.
	OwnershipLicensing
	// ProhibitedCounterparty: data in scope may not be held by, or made
	// available to, entities of [Rule.Counterparties] or entities they
	// control.
	ProhibitedCounterparty
	// Obligation: a duty that applies to data or entities in scope but
	// that topology facts cannot show kept or broken (classify and back
	// up important data; submit procurement to security review). An
	// assessment lists the obligations that apply.
	Obligation
	kindEnd
)

var kindText = enumtext.Text[Kind]{Pkg: "jurisdiction", Type: "Kind", Noun: "kind", Unknown: "rule kind", Names: []string{
	Localization:           "localization",
	TransferRestriction:    "transfer-restriction",
	CompelledAccess:        "compelled-access",
	BlockingStatute:        "blocking-statute",
	OwnershipLicensing:     "ownership-licensing",
	ProhibitedCounterparty: "prohibited-counterparty",
	Obligation:             "obligation",
}}

// Kinds returns every valid Kind in declaration order.
func Kinds() []Kind {
	out := make([]Kind, 0, kindEnd-1)
	for k := Localization; k < kindEnd; k++ {
		out = append(out, k)
	}
	return out
}

// IsValid reports whether k is one of the declared kinds.
func (k Kind) IsValid() bool { return k >= Localization && k < kindEnd }

// String returns the kind's name, such as "compelled-access".
func (k Kind) String() string { return kindText.Format(k) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kindText.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error { return kindText.Unmarshal(b, k) }

// A DataClass is a class of data that rules are scoped by. The zero
// DataClass is invalid. Classes imply broader ones: every class of
// personal data implies [Personal], and the special categories imply
// [SensitivePersonal]; [Implies] states the relation.
//
// There are fewer than 32 classes, and a test keeps it so: the residency
// engine holds a dataset's classes as bits of a uint32.
type DataClass uint8

// The data classes.
const (
	// Personal: information relating to an identified or identifiable
	// natural person (GDPR Art. 4(1); PIPL Art. 4).
	Personal DataClass = iota + 1
	// SensitivePersonal: personal data whose leak or misuse can easily harm
	// a person's dignity, safety or property (PIPL Art. 28), or a special
	// category (GDPR Art. 9). Implies Personal.
	SensitivePersonal
	// ImportantData: data whose tampering, destruction, leak or unlawful
	// use may endanger national security or the public interest (DSL Art.
	// 21; CSL Art. 37). Not personal by itself.
	ImportantData
	// CoreData: national core data under DSL Art. 21, a stricter subset of
	// important data. Implies ImportantData.
	CoreData
	// GovernmentData: data of or about government bodies and personnel.
	GovernmentData
	// CommunicationsContent: the contents of stored electronic
	// communications (e-mail, messages), the object of 18 U.S.C. 2703(a).
	CommunicationsContent
	// HealthData: personal health data. Implies SensitivePersonal.
	HealthData
	// FinancialData: personal financial data. Implies SensitivePersonal.
	FinancialData
	// BiometricData: biometric identifiers. Implies SensitivePersonal.
	BiometricData
	// GenomicData: human genomic and other 'omic data. Implies
	// SensitivePersonal.
	GenomicData
	// PreciseGeolocation: precise location tracks of persons or devices.
	// Implies SensitivePersonal.
	PreciseGeolocation
	// PersonalIdentifiers: government identity numbers, account and device
	// identifiers linked to a person. Implies Personal.
	PersonalIdentifiers
	// PublicContent: content disseminated to the public (web pages,
	// posts, published files). Powers to take down public content bear on
	// it alone (see [AccessProfile].PublicTakedown).
	PublicContent
	// ExportControlled: technical data, technology or software controlled
	// for export: ITAR technical data (22 CFR 120.33) and EAR technology
	// and software (15 CFR 772.1). Not personal by itself.
	ExportControlled
	dataClassEnd
)

var dataClassText = enumtext.Text[DataClass]{Pkg: "jurisdiction", Type: "DataClass", Noun: "data class", Unknown: "data class", Names: []string{
	Personal:              "personal",
	SensitivePersonal:     "sensitive-personal",
	ImportantData:         "important",
	CoreData:              "core",
	GovernmentData:        "government",
	CommunicationsContent: "communications-content",
	HealthData:            "health",
	FinancialData:         "financial",
	BiometricData:         "biometric",
	GenomicData:           "genomic",
	PreciseGeolocation:    "precise-geolocation",
	PersonalIdentifiers:   "personal-identifiers",
	PublicContent:         "public",
	ExportControlled:      "export-controlled",
}}

// parentClass is the class each class directly implies (0 for none).
var parentClass = [...]DataClass{
	SensitivePersonal:     Personal,
	CoreData:              ImportantData,
	CommunicationsContent: 0,
	HealthData:            SensitivePersonal,
	FinancialData:         SensitivePersonal,
	BiometricData:         SensitivePersonal,
	GenomicData:           SensitivePersonal,
	PreciseGeolocation:    SensitivePersonal,
	PersonalIdentifiers:   Personal,
}

// DataClasses returns every valid DataClass in declaration order.
func DataClasses() []DataClass {
	out := make([]DataClass, 0, dataClassEnd-1)
	for c := Personal; c < dataClassEnd; c++ {
		out = append(out, c)
	}
	return out
}

// IsValid reports whether c is one of the declared classes.
func (c DataClass) IsValid() bool { return c >= Personal && c < dataClassEnd }

// String returns the class's name, such as "sensitive-personal".
func (c DataClass) String() string { return dataClassText.Format(c) }

// MarshalText implements encoding.TextMarshaler.
func (c DataClass) MarshalText() ([]byte, error) { return dataClassText.Marshal(c) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *DataClass) UnmarshalText(b []byte) error { return dataClassText.Unmarshal(b, c) }

// Implies reports whether data of class c is also data of class broader:
// every class implies itself, [HealthData] implies [SensitivePersonal] and
// [Personal], [CoreData] implies [ImportantData].
func Implies(c, broader DataClass) bool {
	for c.IsValid() {
		if c == broader {
			return true
		}
		if int(c) >= len(parentClass) {
			return false
		}
		c = parentClass[c]
	}
	return false
}

// A Basis says what ties data to a rule's territory.
type Basis uint8

// The bases.
const (
	// StoredIn: the rule covers data stored in its territory (DSL Art. 36,
	// PIPL Art. 41). The zero Basis.
	StoredIn Basis = iota
	// SubjectsIn: the rule covers data about persons in its territory, or
	// collected or generated there, wherever it is later stored (CSL Art.
	// 37, GDPR Art. 48).
	SubjectsIn
	// StoredOrSubjectsIn: either tie suffices (GDPR Chapter V transfers).
	StoredOrSubjectsIn
	// ControllerIn: the rule covers data whose controller is an entity of
	// the rule's jurisdiction, wherever it is stored (British Columbia's
	// rules for its public bodies). Territory then says where the data
	// must stay.
	ControllerIn
	basisEnd
)

var basisText = enumtext.Text[Basis]{Pkg: "jurisdiction", Type: "Basis", Noun: "basis", Unknown: "basis", Names: []string{
	StoredIn: "stored-in", SubjectsIn: "subjects-in", StoredOrSubjectsIn: "stored-or-subjects-in", ControllerIn: "controller-in",
}}

// IsValid reports whether b is one of the declared bases.
func (b Basis) IsValid() bool { return b < basisEnd }

// String returns the basis's name, such as "subjects-in".
func (b Basis) String() string { return basisText.Format(b) }

// MarshalText implements encoding.TextMarshaler.
func (b Basis) MarshalText() ([]byte, error) { return basisText.Marshal(b) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (b *Basis) UnmarshalText(t []byte) error { return basisText.Unmarshal(t, b) }

// A Scope says which data and which actors a rule covers. The zero Scope
// covers all data stored in the territory, whoever holds it.
type Scope struct {
	// Classes lists the data classes covered; a dataset is covered when
	// one of its classes implies one listed here. Empty means all data.
	Classes []DataClass `json:"classes,omitempty"`
	// Basis ties data to the territory.
	Basis Basis `json:"basis,omitzero"`
	// CII limits the rule to data whose controller has been designated a
	// critical-information-infrastructure operator by the rule's
	// jurisdiction.
	CII bool `json:"cii,omitzero"`
	// ControllerTags limits the rule to data whose controller carries one
	// of these tags ("data-broker" for PADFA): roles the law binds that
	// topology structure cannot show.
	ControllerTags []string `json:"controller_tags,omitempty"`
	// MinSubjects limits the rule to datasets with at least this many data
	// subjects in the territory (0: no threshold).
	MinSubjects int64 `json:"min_subjects,omitzero"`
	// Counting is the period over which the law counts subjects for
	// MinSubjects.
	Counting Counting `json:"counting,omitzero"`
	// SubjectsNote says how the law counts subjects for MinSubjects (what
	// counts, whether sensitive data counts separately).
	SubjectsNote string `json:"subjects_note,omitempty"`
	// Roles limits the rule to parties of these roles (see [Role]): for a
	// CompelledAccess rule, the party its reach goes through (the store's
	// operator for its location, the key holder for where keys are kept,
	// the accessor for administrative access, the entity itself for
	// personal reach); for an OwnershipLicensing rule, the store's
	// operator and custodians. Empty: every party.
	Roles []Role `json:"roles,omitempty"`
}

// CoversClasses reports whether data with the given classes falls under
// s.Classes. A scope without classes covers all data, including data that
// declares no class.
func (s Scope) CoversClasses(classes []DataClass) bool {
	if len(s.Classes) == 0 {
		return true
	}
	for _, c := range classes {
		for _, want := range s.Classes {
			if Implies(c, want) {
				return true
			}
		}
	}
	return false
}

// A Reach says how a [CompelledAccess] rule gets to data. Reaches combine
// as bits.
type Reach uint8

// The reaches.
const (
	// TerritorialReach: data or encryption keys physically inside the
	// territory, whoever holds them.
	TerritorialReach Reach = 1 << iota
	// PersonalReach: data in the possession, custody or control of an
	// entity of the jurisdiction (incorporated or headquartered there) or
	// of an entity such a one controls, wherever the data is stored (18
	// U.S.C. 2713).
	PersonalReach
	// AccessReach: data stored elsewhere but administered from inside the
	// territory: whoever acts there can be made to retrieve it.
	AccessReach
)

var reachNames = []struct {
	bit  Reach
	name string
}{{TerritorialReach, "territorial"}, {PersonalReach, "personal"}, {AccessReach, "access"}}

// IsValid reports whether r combines only declared reaches. The zero Reach,
// no reach at all, is valid.
func (r Reach) IsValid() bool { return r&^(TerritorialReach|PersonalReach|AccessReach) == 0 }

// String returns the reaches joined by "+", such as "territorial+access",
// or "" for none.
func (r Reach) String() string {
	var parts []string
	for _, n := range reachNames {
		if r&n.bit != 0 {
			parts = append(parts, n.name)
		}
	}
	return strings.Join(parts, "+")
}

// MarshalText implements encoding.TextMarshaler.
func (r Reach) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Reach) UnmarshalText(b []byte) error {
	var v Reach
	if len(b) > 0 {
	parts:
		for _, p := range strings.Split(string(b), "+") {
			for _, n := range reachNames {
				if n.name == p {
					v |= n.bit
					continue parts
				}
			}
			return fmt.Errorf("jurisdiction: unknown reach %s", clip.Quote(p))
		}
	}
	*r = v
	return nil
}

// A Citation names the law and the article a rule encodes.
type Citation struct {
	// Law is the instrument's full name, with its number where it has one:
	// "Cybersecurity Law of the People's Republic of China".
	Law string `json:"law"`
	// Short is a conventional abbreviation, "CSL"; optional.
	Short string `json:"short,omitempty"`
	// Article is the provision: "Art. 37", "18 U.S.C. 2713", "Art. 7, 10, 14".
	Article string `json:"article"`
	// Version says which text the article number belongs to when the law
	// has been renumbered; optional.
	Version string `json:"version,omitempty"`
}

// String returns "CSL Art. 37", or the full law name when there is no
// abbreviation.
func (c Citation) String() string {
	name := c.Short
	if name == "" {
		name = c.Law
	}
	if c.Article == "" {
		return name
	}
	return name + " " + c.Article
}

// Full spells the citation out: the law's full name, the abbreviation in
// parentheses, the article after a comma and the version in brackets, each
// where there is one: "Cybersecurity Law of the People's Republic of China
// (CSL), Art. 37 [2016 text]".
func (c Citation) Full() string {
	s := c.Law
	if c.Short != "" && c.Short != c.Law {
		s += " (" + c.Short + ")"
	}
	if c.Article != "" {
		s += ", " + c.Article
	}
	if c.Version != "" {
		s += " [" + c.Version + "]"
	}
	return s
}

// A Source is where a fact was read.
type Source struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
}

// A Rule is one legal provision as data. Every built-in rule carries a
// citation, an effective date, its sources and whether the fact was
// verified against them; [NewCatalog] rejects rules without these.
type Rule struct {
	// ID is unique in a catalog: "CN-CSL-37".
	ID string `json:"id"`
	// Jurisdiction enacted the rule. It may be a bloc (EU).
	Jurisdiction Code `json:"jurisdiction"`
	// Title is a one-line summary.
	Title    string   `json:"title"`
	Citation Citation `json:"citation"`
	Kind     Kind     `json:"kind"`
	// Effective is the first day the rule applies; End, when set, the first
	// day it no longer does.
	Effective Date `json:"effective"`
	End       Date `json:"end,omitzero"`
	// Territory lists where the rule treats data and entities as inside
	// (countries or blocs, blocs expanded as of the assessment date). Empty
	// means the rule's Jurisdiction. Mainland-China rules list CN alone:
	// Hong Kong and Macau are outside them unless a rule says otherwise.
	Territory []Code `json:"territory,omitempty"`
	Scope     Scope  `json:"scope"`
	// Reach says how a CompelledAccess rule gets to data.
	Reach Reach `json:"reach,omitzero"`
	// Licence is the licence an OwnershipLicensing rule requires of a
	// store's operator; MaxForeignShare the highest foreign equity, in
	// percent, it allows (0: no cap).
	Licence         string  `json:"licence,omitempty"`
	MaxForeignShare float64 `json:"max_foreign_share,omitzero"`
	// Counterparties lists, for a ProhibitedCounterparty rule, the
	// jurisdictions whose entities (and entities they control) may not
	// hold or access data in scope.
	Counterparties []Code `json:"counterparties,omitempty"`
	// ControlShare is, for a ProhibitedCounterparty rule, the share of an
	// entity that listed entities (or entities covered in turn) must hold,
	// individually or in aggregate, for it to be covered: 50 for 28 CFR
	// 202.211, 20 for PADFA. 0 means more than 50%. Holdings marked
	// Control always count.
	ControlShare float64 `json:"control_share,omitzero"`
	// ForeignPersons says, for a ProhibitedCounterparty rule, that the
	// parties it names are foreign persons (28 CFR 202.211): an entity
	// incorporated in the rule's territory is never covered itself,
	// whoever owns it (a US subsidiary of a Chinese parent is a US person,
	// 202.256), but access from inside a listed jurisdiction is, as by
	// individuals primarily resident there (202.211(a)(4)).
	ForeignPersons bool `json:"foreign_persons,omitzero"`
	// BarsDisclosure says, for a Localization or TransferRestriction rule,
	// that the rule restricts providing data in scope abroad (an outbound
	// assessment or approval, a ban on taking it out), so that handing it
	// to a foreign authority breaks it: the rule is the forbidding side of
	// a conflict, as a BlockingStatute always is. A rule that only fixes
	// where the primary copy is kept (Russia's 152-FZ Art. 18(5)) does not
	// bar disclosure of a copy and makes no conflict.
	BarsDisclosure bool `json:"bars_disclosure,omitzero"`
	// Relief says how a party may lawfully get out of the rule's
	// prohibition (an approval channel, a court motion).
	Relief string `json:"relief,omitempty"`
	// Sources are where the facts were read; Verified whether citation and
	// dates were confirmed against them. Reviewed is when they were last
	// checked.
	Sources  []Source `json:"sources"`
	Verified bool     `json:"verified"`
	Reviewed Date     `json:"reviewed,omitzero"`
	// Notes carry caveats: what is unverified, how the law was read.
	Notes string `json:"notes,omitempty"`
}

// Period returns the days the rule is in force.
func (r Rule) Period() Period { return Period{From: r.Effective, Until: r.End} }

// InForce reports whether the rule applies on day d.
func (r Rule) InForce(d Date) bool { return r.Period().Contains(d) }

// Area returns the codes that make up the rule's territory: Territory, or
// the rule's Jurisdiction when Territory is empty. The slice is the
// caller's to modify.
func (r Rule) Area() []Code {
	if len(r.Territory) == 0 {
		return []Code{r.Jurisdiction}
	}
	return slices.Clone(r.Territory)
}

func (r Rule) clone() Rule {
	r.Territory = slices.Clone(r.Territory)
	r.Scope.Classes = slices.Clone(r.Scope.Classes)
	r.Scope.ControllerTags = slices.Clone(r.Scope.ControllerTags)
	r.Scope.Roles = slices.Clone(r.Scope.Roles)
	r.Counterparties = slices.Clone(r.Counterparties)
	r.Sources = slices.Clone(r.Sources)
	return r
}

// A Mechanism is a lawful basis for moving data out of a territory despite
// a [TransferRestriction] or [Localization] rule (an adequacy decision,
// standard contractual clauses, a security assessment), or for dealing
// with a counterparty a [ProhibitedCounterparty] rule only restricts
// (security requirements).
type Mechanism struct {
	// ID is unique in a catalog and is what a topology's flows name.
	ID           string   `json:"id"`
	Jurisdiction Code     `json:"jurisdiction"`
	Name         string   `json:"name"`
	Citation     Citation `json:"citation"`
	Effective    Date     `json:"effective"`
	End          Date     `json:"end,omitzero"`
	// Satisfies lists the IDs of the rules this mechanism satisfies.
	Satisfies []string `json:"satisfies"`
	// Destinations limits the mechanism to transfers into these
	// jurisdictions (an adequacy decision names its country); empty means
	// any destination.
	Destinations []Code `json:"destinations,omitempty"`
	// Automatic mechanisms apply without a flow declaring them: an adequacy
	// decision covers every transfer to its destination.
	Automatic bool `json:"automatic,omitzero"`
	// CertifiedRecipient mechanisms apply only when the receiving store's
	// operator lists the mechanism's ID among its certifications (the
	// EU-US Data Privacy Framework).
	CertifiedRecipient bool `json:"certified_recipient,omitzero"`
	// ExcludedRecipientTags are roles the mechanism's scope leaves out:
	// the mechanism does not cover a transfer whose receiving store's
	// operator carries one of these tags (the entity Tags of a residency
	// topology). An adequacy decision limited to recipients subject to a
	// private-sector law excludes "public-body"; the Korean decision
	// excludes "kr-fsc-credit-information".
	ExcludedRecipientTags []string `json:"excluded_recipient_tags,omitempty"`
	// Limits restrict the mechanism to some controllers and volumes (the
	// CAC standard contract is not for CII operators or large volumes).
	// LimitChanges replace them from their dates on, when the law moves the
	// thresholds; see [Mechanism.LimitsOn].
	Limits       Limits        `json:"limits,omitzero"`
	LimitChanges []LimitChange `json:"limit_changes,omitempty"`
	// OccasionalOnly mechanisms cover occasional transfers only, never
	// systematic ones such as replication, backup or standing remote
	// administration (GDPR Art. 49 derogations).
	OccasionalOnly bool `json:"occasional_only,omitzero"`
	// ProcessorsOnly mechanisms cover movements within the controller's
	// own processing (its stores, backups and processors: a Mexican
	// remisión to an encargado), not provision to an independent third
	// party.
	ProcessorsOnly bool `json:"processors_only,omitzero"`
	// Encrypted mechanisms cover only data that arrives in, and is kept
	// in, a store end-to-end encrypted with a validated cryptographic
	// module, its keys held by someone other than the store's operator:
	// the encryption carve-outs of ITAR 22 CFR 120.54(a)(5) and EAR 15
	// CFR 734.18(a)(5). Administrative access, which reads the data in
	// the clear, is never covered.
	Encrypted bool `json:"encrypted,omitzero"`
	// ExcludedDestinations are jurisdictions the mechanism does not cover
	// transfers into (the 22 CFR 126.1 countries for the ITAR carve-out).
	ExcludedDestinations []Code `json:"excluded_destinations,omitempty"`
	// Assessment marks an assessment the law requires before another
	// mechanism may be relied on (a Québec privacy impact assessment, a
	// transfer impact assessment): declared on a flow or store like any
	// mechanism, it satisfies no rule by itself, so Satisfies may be empty.
	Assessment bool `json:"assessment,omitzero"`
	// Requires lists assessments (mechanisms marked Assessment) that must
	// be declared with this mechanism for it to apply.
	Requires []string `json:"requires,omitempty"`
	Sources  []Source `json:"sources"`
	Verified bool     `json:"verified"`
	Reviewed Date     `json:"reviewed,omitzero"`
	Notes    string   `json:"notes,omitempty"`
}

// InForce reports whether the mechanism can be relied on on day d.
func (m Mechanism) InForce(d Date) bool { return Period{m.Effective, m.End}.Contains(d) }

// A LimitChange replaces a mechanism's limits from a day on.
type LimitChange struct {
	From   Date   `json:"from"`
	Limits Limits `json:"limits"`
	// Citation names the provision that changed them.
	Citation Citation `json:"citation"`
}

// LimitsOn returns the limits that apply on day d: those of the latest
// change on or before d, or Limits.
func (m Mechanism) LimitsOn(d Date) Limits {
	l := m.Limits
	latest := Date{}
	for _, c := range m.LimitChanges {
		if !c.From.After(d) && !c.From.Before(latest) {
			l, latest = c.Limits, c.From
		}
	}
	return l
}

func (m Mechanism) clone() Mechanism {
	m.LimitChanges = slices.Clone(m.LimitChanges)
	m.Satisfies = slices.Clone(m.Satisfies)
	m.Destinations = slices.Clone(m.Destinations)
	m.ExcludedRecipientTags = slices.Clone(m.ExcludedRecipientTags)
	m.ExcludedDestinations = slices.Clone(m.ExcludedDestinations)
	m.Requires = slices.Clone(m.Requires)
	m.Sources = slices.Clone(m.Sources)
	return m
}
