package hexad

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/dataresidency/dataresidency/internal/enumtext"
)

// A Level answers one question of a regime's access profile. The zero
// Level is [Unknown]: the profile has no researched answer, and the
// elements the question bears on are not rated.
type Level uint8

// The levels.
const (
	Unknown Level = iota
	Yes
	Partly
	No
)

// IsValid reports whether l is one of the four levels.
func (l Level) IsValid() bool { return l <= No }

// String returns "yes", "partly", "no" or "unknown"; "unknown" also for an
// invalid Level.
func (l Level) String() string {
	switch l {
	case Yes:
		return "yes"
	case Partly:
		return "partly"
	case No:
		return "no"
	}
	return "unknown"
}

// A LinkKind says what a link gives the regime that has it. The zero
// LinkKind is invalid.
type LinkKind uint8

// The link kinds.
const (
	// DataLink: the regime reaches the stored data and can read it (the
	// operator manages the keys, or the regime reaches them too).
	DataLink LinkKind = iota + 1
	// CiphertextLink: the regime reaches the stored data, encrypted under
	// keys it does not reach.
	CiphertextLink
	// KeyLink: the regime reaches the keys (their holder or where they
	// are kept), not the data.
	KeyLink
	linkKindEnd
)

var linkKindText = enumtext.Text[LinkKind]{Pkg: "hexad", Type: "LinkKind", Noun: "link kind", Names: []string{
	DataLink: "data", CiphertextLink: "ciphertext", KeyLink: "key",
}}

// IsValid reports whether k is one of the three link kinds.
func (k LinkKind) IsValid() bool { return k >= DataLink && k < linkKindEnd }

// String returns "data", "ciphertext" or "key".
func (k LinkKind) String() string { return linkKindText.Format(k) }

// MarshalText implements encoding.TextMarshaler.
func (k LinkKind) MarshalText() ([]byte, error) { return linkKindText.Marshal(k) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *LinkKind) UnmarshalText(b []byte) error { return linkKindText.Unmarshal(b, k) }

// A Link is one way a regime reaches the rated data or its keys.
type Link struct {
	// Via names the kind of link, as residency's Link writes it:
	// "location", "operator", "custodian", "key holder", "admin access"
	// (each of these four also as, say, "operator parent" when the regime
	// reaches an entity controlling the party), "key location", "admin
	// location".
	Via string `json:"via"`
	// Path is where in the topology the link is, such as
	// "store/az-east2/operator/blue-cloud".
	Path string `json:"path"`
	// Kind says what the link gives the regime: readable data, ciphertext
	// or keys. A link of an invalid kind is read as a KeyLink, which alone
	// lowers nothing.
	Kind LinkKind `json:"kind"`
	// Location reports whether the data is stored in the regime's own
	// territory through this link (it feeds the jurisdiction element).
	Location bool `json:"location"`
	// Rules are the provisions behind the reach, as rule IDs.
	Rules []string `json:"rules,omitempty"`
}

// A Cooperation is an agreement under which a regime obtains data for
// another on request (a mutual legal assistance treaty, a data-access
// agreement).
type Cooperation struct {
	// With names the other regime, as its Regime.Name.
	With string `json:"with"`
	// Basis names the agreement, such as "US-CN-MLAA".
	Basis string `json:"basis"`
}

// A Regime is a government that can reach the rated data or its keys,
// described by the answers of its access profile on the rating date. The
// rating uses these facts only, never the regime's name.
type Regime struct {
	// Name labels the regime in reasons, usually its jurisdiction code.
	Name string `json:"name"`
	// Foreign reports whether the consumer lacks recourse before the
	// regime: it is neither the consumer's own nor one whose law gives
	// the consumer the same remedies (see Recourse).
	Foreign bool `json:"foreign"`
	// Recourse, for a regime that is not the consumer's own but not
	// Foreign, says why: "DE and FR are both in the EEA".
	Recourse string `json:"recourse,omitempty"`
	// Default marks a profile that is a placeholder, not research: its
	// answers are all Unknown.
	Default bool `json:"default"`
	// Judicial: does access need prior authorisation by an independent
	// judge? Transparency: is access notified or reported? Yes protects.
	Judicial     Level `json:"judicial"`
	Transparency Level `json:"transparency"`
	// Assistance: can providers or citizens be compelled to assist
	// intelligence services without judicial oversight? ContentControl:
	// can the state alter or remove stored, unpublished content without a
	// court? PublicTakedown: can it order content disseminated to the
	// public removed without a court? No protects.
	Assistance     Level `json:"assistance"`
	ContentControl Level `json:"content_control"`
	PublicTakedown Level `json:"public_takedown"`
	// Basis names the provisions behind the profile's answers.
	Basis string `json:"basis,omitempty"`
	// Cooperates lists the regimes that obtain data for this one, or it
	// for them, under an agreement in force on the rating date.
	Cooperates []Cooperation `json:"cooperates,omitempty"`
	// Links are the ways the regime reaches the data or its keys; a
	// regime with no link does not affect the rating.
	Links []Link `json:"links"`
}

// An Assurance is what the topology declares of the engineering behind
// one stored copy: the standards or certifications its operator, and
// the licensor whose technology and standards a licensee operator runs
// under, hold.
type Assurance struct {
	// Store is the copy's path, such as "store/cn-east".
	Store string `json:"store"`
	// Operator names the operator; Standards are those it declares.
	Operator  string   `json:"operator"`
	Standards []string `json:"standards,omitempty"`
	// Licensor names the licensor, if any; LicensorStandards are those it
	// declares.
	Licensor          string   `json:"licensor,omitempty"`
	LicensorStandards []string `json:"licensor_standards,omitempty"`
}

// Engineering holds the optional engineering facts of a rating, the part
// of authenticity, availability and utility that law does not decide.
type Engineering struct {
	// Declared reports whether the topology declares engineering facts
	// at all (an assurance, a filtered border). Without them,
	// authenticity, availability and utility are capped at 4 and say so:
	// above 4 is a claim about engineering.
	Declared bool `json:"declared"`
	// Assurances has one entry per stored copy.
	Assurances []Assurance `json:"assurances,omitempty"`
	// Filtered lists the copies (their paths) that the consumer reaches
	// only across a filtered border, such as national traffic filtering.
	Filtered []string `json:"filtered,omitempty"`
}

// Facts are what a rating is derived from: the regimes that reach the data
// and how, seen from a consumer's jurisdiction, and how the data is kept.
type Facts struct {
	// Subject names what is rated.
	Subject string `json:"subject"`
	// Consumer names the consumer's jurisdiction ("" for none).
	Consumer string `json:"consumer"`
	// Copies counts the stores holding the data on the rating date.
	Copies int `json:"copies"`
	// Places counts the distinct regions (or places) the copies are in; 0
	// when not known. Copies all in one place are one outage from none.
	Places int `json:"places,omitempty"`
	// Public reports that the data is published content: powers to take
	// down public content bear on it.
	Public bool `json:"public,omitempty"`
	// Engineering holds the optional engineering facts.
	Engineering Engineering `json:"engineering"`
	// Regimes are the governments that reach the data or its keys.
	Regimes []Regime `json:"regimes"`
}

// Half-point gaps. A protective answer costs nothing, a partial one half a
// point, a negative one a full point; penalties round up, so a partial
// answer on one question already costs a point. An unknown answer has no
// gap: the elements it bears on are not rated.
func safeguardGap(l Level) int {
	switch l {
	case Yes:
		return 0
	case Partly:
		return 1
	}
	return 2
}

func powerGap(l Level) int {
	switch l {
	case No:
		return 0
	case Partly:
		return 1
	}
	return 2
}

func points(halves int) int { return (halves + 1) / 2 }

// minus formats a deduction of p points, " (-p)".
func minus(p int) string { return " (-" + strconv.Itoa(p) + ")" }

// halvesText formats a number of half points as points: "3", "4.5".
func halvesText(h int) string {
	s := strconv.Itoa(h / 2)
	if h%2 != 0 {
		s += ".5"
	}
	return s
}

// regimeView is a regime's effect on each element.
type regimeView struct {
	r                     *Regime
	data, cipher, key     bool // the kinds of link it has
	stored                bool
	opacity, foreign      int // in half points
	content               int // power gap over content the data is open to, in half points
	who, opaque, contentT string
	// unknown questions, by the sets the elements use.
	unknownOpacity, unknownJudicial, unknownContent []string
}

// reads reports whether the regime reads the data itself.
func (v *regimeView) reads() bool { return v.data }

// reachesData reports whether the regime reaches the stored data,
// readable or not.
func (v *regimeView) reachesData() bool { return v.data || v.cipher }

func newView(g *Regime, public bool) regimeView {
	v := regimeView{r: g}
	for _, l := range g.Links {
		switch l.Kind {
		case DataLink:
			v.data = true
		case CiphertextLink:
			v.cipher = true
		default:
			v.key = true
		}
		v.stored = v.stored || l.Location
	}
	if v.cipher && v.key {
		v.data = true // it reaches both the ciphertext and the keys
	}
	if v.data {
		v.cipher = false // a regime that reads the data reaches more than ciphertext
	}
	v.opacity = safeguardGap(g.Judicial) + safeguardGap(g.Transparency) + powerGap(g.Assistance)
	if g.Foreign {
		v.foreign = 2
	}
	// In alphabetical order, as reasons list them.
	if g.Assistance == Unknown {
		v.unknownOpacity = append(v.unknownOpacity, "compelled assistance")
	}
	if g.Judicial == Unknown {
		v.unknownOpacity = append(v.unknownOpacity, "judicial authorisation")
	}
	if g.Transparency == Unknown {
		v.unknownOpacity = append(v.unknownOpacity, "transparency")
	}
	if g.Judicial == Unknown {
		v.unknownJudicial = []string{"judicial authorisation"}
	}
	v.content = powerGap(g.ContentControl)
	if g.ContentControl == Unknown {
		v.unknownContent = append(v.unknownContent, "content control")
	}
	if public {
		v.content = max(v.content, powerGap(g.PublicTakedown))
		if g.PublicTakedown == Unknown {
			v.unknownContent = append(v.unknownContent, "public takedown")
		}
	}
	v.who = v.describe()
	v.opaque = v.opacityText()
	v.contentT = v.contentText(public)
	return v
}

// A deduction lowers an element by a number of half points, for a reason.
type deduction struct {
	halves int
	reason Reason
}

// elementState gathers what lowers one element.
type elementState struct {
	ded     []deduction
	unrated []Reason // why the element cannot be rated
	extra   deduction
	cap     Score // 0 for none
	capWhy  string
}

// add lowers the element by halves half points for what regime v (nil
// for none) does.
func (s *elementState) add(halves int, v *regimeView, text string) {
	if halves > 0 {
		r := Reason{Text: text}
		if v != nil {
			r.Regime = v.who
		}
		s.ded = append(s.ded, deduction{halves, r})
	}
}

// needs marks the element unrated when the regime lacks answers it needs.
func (s *elementState) needs(v *regimeView, unknown []string, what string) bool {
	if len(unknown) == 0 {
		return true
	}
	s.unrated = append(s.unrated, Reason{v.who, "has no researched answer on " + strings.Join(unknown, ", ") +
		", which " + what + " rests on"})
	return false
}

// Rate derives a hexad rating from facts. It is a pure function: the same
// facts give the same rating. The model is described in the package
// documentation; in short, each regime that reaches the data lowers
// elements according to its profile answers and the kind of access it
// has, each element takes the worst regime's deduction, a little more for
// every further government that can read the data, and the engineering
// facts decide how far above 4 authenticity, availability and utility may
// go. An element a regime bears on but whose profile does not answer the
// questions it rests on is Unrated, with the reason.
//
// Rate does not modify f.
func Rate(f Facts) Rating {
	r, _ := Explain(f)
	return r
}

// A Reason is one reason for an element's score, in two parts: the
// regime it is about with the links by which it reaches the data
// ("PL (via location: store/s0)"), empty for a reason about the data
// itself, and what it says. Its String is the reason as
// [ElementRating.Reasons] gives it. Reports of many ratings state each
// regime part once and refer to it.
type Reason struct {
	Regime string `json:"regime,omitempty"`
	Text   string `json:"text"`
}

// String returns the reason as one sentence: the regime, a space and the
// text, or the text alone.
func (r Reason) String() string {
	if r.Regime == "" {
		return r.Text
	}
	return r.Regime + " " + r.Text
}

// Explain rates f as [Rate] does and returns, beside the rating, each
// element's reasons in two parts (see [Reason]), in the order and number
// of the rating's Reasons.
func Explain(f Facts) (Rating, [NumElements][]Reason) { return explain(f, nil, true) }

// A Rater rates many sets of facts, as [Explain] does, sharing the texts
// of their reasons: reasons that say the same of different regimes or
// links hold one copy of what they say, so that the ratings of a large
// estate do not hold the same texts a million times. It keeps every text
// it has given out for as long as it is reachable. The zero Rater is
// ready to use; a Rater is not safe for concurrent use.
type Rater struct {
	// PartsOnly leaves each element's Reasons empty: the reasons are given
	// only in parts, for a caller that keeps many ratings and writes the
	// parts (a third of a large estate's ratings' memory is the
	// sentences).
	PartsOnly bool
	texts     map[string]string
}

// Explain rates f as [Explain] does.
func (rt *Rater) Explain(f Facts) (Rating, [NumElements][]Reason) {
	if rt.texts == nil {
		rt.texts = map[string]string{}
	}
	return explain(f, rt.intern, !rt.PartsOnly)
}

func (rt *Rater) intern(s string) string {
	if t, ok := rt.texts[s]; ok {
		return t
	}
	rt.texts[s] = s
	return s
}

// explain is Explain, the texts of the reasons passed through intern
// when it is not nil, and the elements' Reasons made only when sentences
// is set.
func explain(f Facts, intern func(string) string, sentences bool) (Rating, [NumElements][]Reason) {
	r := Rating{Subject: f.Subject, Consumer: f.Consumer}
	var why [NumElements][]Reason
	for i, e := range Elements() {
		r.Elements[i].Element = e
	}
	if f.Copies <= 0 {
		for i := range r.Elements {
			why[i] = []Reason{{Text: "no stored copy on the rating date"}}
			if sentences {
				r.Elements[i].Reasons = []string{why[i][0].Text}
			}
		}
		return r, why
	}

	views := make([]regimeView, 0, len(f.Regimes))
	for i := range f.Regimes {
		g := &f.Regimes[i]
		if len(g.Links) == 0 {
			continue
		}
		if g.Default && !slices.Contains(r.Defaults, g.Name) {
			r.Defaults = append(r.Defaults, g.Name)
		}
		views = append(views, newView(g, f.Public))
	}
	slices.SortFunc(views, func(a, b regimeView) int { return cmp.Compare(a.r.Name, b.r.Name) })
	slices.Sort(r.Defaults)

	var st [NumElements]elementState
	// One backing array for the deductions of all elements: each element
	// gets room for a deduction per regime and one more (a cooperating
	// pair beyond that grows its own).
	per := len(views) + 1
	backing := make([]deduction, 0, NumElements*per)
	for i := range st {
		st[i].ded = backing[i*per : i*per : (i+1)*per]
	}
	el := func(e Element) *elementState { return &st[e.index()] }
	readers := 0
	for i := range views {
		v := &views[i]
		if v.reads() {
			readers++
			if el(Confidentiality).needs(v, v.unknownOpacity, "confidentiality") {
				h := v.opacity + v.foreign
				el(Confidentiality).add(h, v, "can compel readable data: "+v.opaque+minus(points(h)))
			}
			if el(PossessionControl).needs(v, v.unknownOpacity, "possession/control") {
				h := v.opacity + v.foreign
				el(PossessionControl).add(h, v, "can take control of readable data: "+v.opaque+minus(points(h)))
			}
			if el(Integrity).needs(v, v.unknownContent, "integrity") {
				el(Integrity).add(2*v.content, v, v.contentT+minus(v.content))
			}
			if el(Authenticity).needs(v, v.unknownContent, "authenticity") {
				p := points(v.content)
				if p > 0 && v.foreign > 0 {
					el(Authenticity).add(2*(p+1), v, v.contentT+", so origin cannot be assured, and the consumer has no recourse before it"+minus(p+1))
				} else {
					el(Authenticity).add(2*p, v, v.contentT+", so origin cannot be assured"+minus(p))
				}
			}
			if el(Utility).needs(v, v.unknownContent, "utility") {
				p := points(v.content)
				el(Utility).add(2*p, v, v.contentT+", which limits the data's use"+minus(p))
			}
		} else if v.cipher {
			if el(PossessionControl).needs(v, v.unknownJudicial, "possession/control") {
				h := safeguardGap(v.r.Judicial) + v.foreign
				el(PossessionControl).add(h, v, "can seize encrypted copies (keys out of its reach): judicial authorisation "+
					v.r.Judicial.String()+v.foreignText(v.foreign > 0)+minus(points(h)))
			}
			if el(Integrity).needs(v, v.unknownContent, "integrity") {
				p := points(v.content)
				el(Integrity).add(2*p, v, v.contentT+", but only as ciphertext: removal, not undetected alteration"+minus(p))
			}
		}
		if v.reachesData() && el(Availability).needs(v, v.unknownContent, "availability") {
			p := points(v.content)
			el(Availability).add(2*p, v, v.contentT+", making it unavailable"+minus(p))
		}
		if v.stored && el(Jurisdiction).needs(v, v.unknownOpacity, "jurisdiction") {
			h := v.opacity + v.foreign
			el(Jurisdiction).add(h, nil, "data sits under "+v.r.Name+" law: "+v.opaque+minus(points(h)))
		}
	}
	readers += cooperation(views, el(Confidentiality), el(PossessionControl))
	if readers > 1 {
		// Each further government that can read the data costs half a
		// point more, so that a second reader shows although the worst
		// sets the score.
		for _, e := range []Element{Confidentiality, PossessionControl} {
			el(e).extra = deduction{readers - 1, Reason{Text: strconv.Itoa(readers) + " governments can read the data: each beyond the first costs half a point (+" + halvesText(readers-1) + ")"}}
		}
	}
	switch {
	case f.Copies == 1:
		el(Availability).extra = deduction{2, Reason{Text: "a single stored copy: no replica or backup (-1)"}}
	case f.Places == 1:
		el(Availability).extra = deduction{2, Reason{Text: "every copy is in one region: one outage takes them all (-1)"}}
	}
	engineering(f, &st)

	noTerritory := !slices.ContainsFunc(views, func(v regimeView) bool { return v.stored })
	// Exactly the reasons rate appends: a large estate holds every one.
	room := 0
	for i, e := range Elements() {
		s := &st[i]
		if e == Jurisdiction && noTerritory || len(s.unrated) > 0 {
			continue // reasons of their own
		}
		room += len(s.ded)
		if len(s.ded) == 0 && s.extra.halves == 0 {
			room++ // "no regime … lowers it"
		}
		if s.extra.halves > 0 {
			room++
		}
		if s.cap != 0 {
			room++
		}
	}
	buf := make([]Reason, 0, room)
	for i, e := range Elements() {
		r.Elements[i], why[i] = st[i].rate(e, e == Jurisdiction && noTerritory, &buf)
		why[i] = why[i][:len(why[i]):len(why[i])]
	}
	// The reasons as sentences, in one backing array for the seven
	// elements.
	n := 0
	for i := range why {
		n += len(why[i])
		if intern != nil {
			for k := range why[i] {
				why[i][k].Text = intern(why[i][k].Text)
			}
		}
	}
	if !sentences {
		return r, why
	}
	texts := make([]string, 0, n)
	for i := range why {
		lo := len(texts)
		for _, w := range why[i] {
			texts = append(texts, w.String())
		}
		r.Elements[i].Reasons = texts[lo:len(texts):len(texts)]
	}
	return r, why
}

// cooperation adds to confidentiality and possession the pairs of
// cooperating regimes of which one reaches the stored data (readable or
// not) and the other only the keys: together they can read the data, by
// request, and the worse of the two costs a point less than if it read the
// data itself. It returns how many such pairs there are.
func cooperation(views []regimeView, c, p *elementState) int {
	pairs := 0
	for i := range views {
		a := &views[i]
		if !a.reachesData() {
			continue
		}
		for j := range views {
			b := &views[j]
			if i == j || !b.key || b.data {
				continue
			}
			basis := ""
			for _, co := range a.r.Cooperates {
				if co.With == b.r.Name {
					basis = co.Basis
					break
				}
			}
			if basis == "" {
				for _, co := range b.r.Cooperates {
					if co.With == a.r.Name {
						basis = co.Basis
						break
					}
				}
			}
			if basis == "" {
				continue
			}
			pairs++
			okC := c.needs(a, a.unknownOpacity, "confidentiality") && c.needs(b, b.unknownOpacity, "confidentiality")
			okP := p.needs(a, a.unknownOpacity, "possession/control") && p.needs(b, b.unknownOpacity, "possession/control")
			if !okC || !okP {
				continue
			}
			h := max(a.opacity+a.foreign, b.opacity+b.foreign) - 2
			what := "the ciphertext"
			if a.data {
				what = "the data"
			}
			why := a.who + " reaches " + what + " and " + b.who + " the keys, and each obtains data for the other under " + basis +
				": readable on request, one point less than the worse of the two"
			c.add(h, nil, why+minus(points(h)))
			p.add(h, nil, why+minus(points(h)))
		}
	}
	return pairs
}

// engineering applies the engineering facts to authenticity, availability
// and utility.
func engineering(f Facts, st *[NumElements]elementState) {
	el := func(e Element) *elementState { return &st[e.index()] }
	en := f.Engineering
	if !en.Declared {
		for _, e := range []Element{Authenticity, Availability, Utility} {
			el(e).cap, el(e).capWhy = 4, "engineering not assessed: the topology declares no assurances for its operators and no filtered border, and above 4 is a claim about engineering (at most 4)"
		}
		return
	}
	var none, licensee []string
	for _, a := range en.Assurances {
		switch {
		case len(a.Standards) > 0:
		case len(a.LicensorStandards) > 0:
			licensee = append(licensee, a.Store+" (run by "+a.Operator+" under the standards of its licensor "+a.Licensor+")")
		default:
			none = append(none, a.Store)
		}
	}
	if len(none) > 0 {
		slices.Sort(none)
		for _, e := range []Element{Authenticity, Availability, Utility} {
			el(e).cap, el(e).capWhy = 4, "no assurance is declared for the operator of "+listText(none)+" (at most 4)"
		}
	} else if len(licensee) > 0 {
		slices.Sort(licensee)
		el(Availability).cap, el(Availability).capWhy = 4, "licensee operation: "+listText(licensee)+
			", not the licensor's own network (at most 4)"
	}
	if n := len(en.Filtered); n > 0 && n >= f.Copies {
		filtered := slices.Sorted(slices.Values(en.Filtered))
		av := el(Availability)
		why := "the consumer reaches every copy only across a filtered border: " + listText(filtered) + " (-1)"
		if av.extra.halves > 0 {
			av.extra = deduction{av.extra.halves + 2, Reason{Text: av.extra.reason.String() + "; " + why}}
		} else {
			av.extra = deduction{2, Reason{Text: why}}
		}
	}
}

// listText lists up to three items and says how many more there are.
func listText(items []string) string {
	if len(items) <= 3 {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:3], ", ") + " and " + strconv.Itoa(len(items)-3) + " more"
}

// rate scores one element from its state, with its reasons in two parts.
// noTerritory reports that no copy lies in a known territory
// (Jurisdiction only).
//
// The reasons are appended to *buf, which explain sizes for them; should
// they not fit, they are made apart and *buf is left as it was.
func (s *elementState) rate(e Element, noTerritory bool, buf *[]Reason) (ElementRating, []Reason) {
	out := ElementRating{Element: e}
	if noTerritory {
		return out, []Reason{{Text: "no stored copy lies in a known territory"}}
	}
	if len(s.unrated) > 0 {
		slices.SortFunc(s.unrated, func(a, b Reason) int { return strings.Compare(a.String(), b.String()) })
		out.Unresearched = true
		return out, slices.Compact(s.unrated)
	}
	worst := 0
	for _, x := range s.ded {
		worst = max(worst, x.halves)
	}
	// The worst regime's half points and the further readers' round up
	// together; additive deductions are whole points.
	extraHalves := 0
	if e == Confidentiality || e == PossessionControl {
		extraHalves = s.extra.halves
	}
	penalty := worst + extraHalves
	pts := points(penalty)
	if e != Confidentiality && e != PossessionControl {
		pts += s.extra.halves / 2
		penalty = 2*points(worst) + s.extra.halves
	}
	score := Score(min(5, max(1, 5-pts)))
	if s.cap != 0 && score > s.cap {
		score = s.cap
	}
	out.Score = score
	out.Penalty = float64(penalty) / 2
	start := len(*buf)
	why := (*buf)[start:start]
	if len(s.ded) == 0 && s.extra.halves == 0 {
		why = append(why, Reason{Text: "no regime that reaches the data lowers it"})
	}
	// The reason that sets the score comes first, then the others by
	// weight; ties keep regime order. Additive deductions and caps come
	// last.
	slices.SortStableFunc(s.ded, func(a, b deduction) int { return cmp.Compare(b.halves, a.halves) })
	for _, x := range s.ded {
		why = append(why, x.reason)
	}
	if s.extra.halves > 0 {
		why = append(why, s.extra.reason)
	}
	if s.cap != 0 {
		why = append(why, Reason{Text: s.capWhy})
	}
	if len(why) <= cap(*buf)-start {
		*buf = (*buf)[:start+len(why)]
	}
	return out, why
}

func (v *regimeView) describe() string {
	var vias []string
	for _, l := range v.r.Links {
		if !slices.Contains(vias, l.Via) {
			vias = append(vias, l.Via)
		}
	}
	slices.Sort(vias)
	paths := make([]string, 0, len(v.r.Links))
	for _, l := range v.r.Links {
		paths = append(paths, l.Path)
	}
	slices.Sort(paths)
	paths = slices.Compact(paths)
	where := paths[0]
	if len(paths) > 1 {
		where += " and " + strconv.Itoa(len(paths)-1) + " more"
	}
	var rules []string
	for _, l := range v.r.Links {
		for _, id := range l.Rules {
			if !slices.Contains(rules, id) {
				rules = append(rules, id)
			}
		}
	}
	slices.Sort(rules)
	ruleText, dflt := "", ""
	if len(rules) > 0 {
		ruleText = "; " + strings.Join(rules, ", ")
	}
	if v.r.Default {
		dflt = " [no researched profile]"
	}
	return v.r.Name + " (via " + strings.Join(vias, ", ") + ": " + where + ruleText + ")" + dflt
}

func (v *regimeView) opacityText() string {
	return "independent judicial authorisation " + v.r.Judicial.String() +
		", transparency " + v.r.Transparency.String() +
		", compelled assistance " + v.r.Assistance.String() + v.foreignText(v.foreign > 0) + v.recourseText()
}

func (v *regimeView) foreignText(on bool) string {
	if !on {
		return ""
	}
	return ", foreign to the consumer"
}

func (v *regimeView) recourseText() string {
	if v.foreign > 0 || v.r.Recourse == "" {
		return ""
	}
	return ", not foreign: " + v.r.Recourse
}

func (v *regimeView) contentText(public bool) string {
	level, what := v.r.ContentControl, "stored content"
	if public && powerGap(v.r.PublicTakedown) > powerGap(v.r.ContentControl) {
		level, what = v.r.PublicTakedown, "published content"
	}
	switch level {
	case Yes:
		return "can alter or remove " + what + " without a court"
	case Partly:
		return "can remove some " + what + " without a court"
	case No:
		return "cannot alter " + what + " without a court"
	}
	return "may alter or remove " + what + " (unknown)"
}
