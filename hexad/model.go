package hexad

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// A Level answers one question of a regime's access profile. The zero
// Level is [Unknown], which the model scores as the least protective
// answer.
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

// A Link is one way a regime reaches the rated data.
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
	// Plaintext reports whether the regime can get readable data through
	// this link: it reaches whoever holds the keys, or the keys are
	// managed by the operator.
	Plaintext bool `json:"plaintext"`
	// Location reports whether the data is stored in the regime's own
	// territory through this link (it feeds the jurisdiction element).
	Location bool `json:"location"`
	// Rules are the provisions behind the reach, as rule IDs.
	Rules []string `json:"rules,omitempty"`
}

// A Regime is a government that can reach the rated data, described by
// the answers of its access profile. The rating uses these facts only,
// never the regime's name.
type Regime struct {
	// Name labels the regime in reasons, usually its jurisdiction code.
	Name string `json:"name"`
	// Foreign reports whether the regime is not the consumer's own.
	Foreign bool `json:"foreign"`
	// Default marks a profile that is a conservative default, not
	// research.
	Default bool `json:"default"`
	// Judicial: does access need prior authorisation by an independent
	// judge? Transparency: is access notified or reported? Yes protects.
	Judicial     Level `json:"judicial"`
	Transparency Level `json:"transparency"`
	// Assistance: can providers or citizens be compelled to assist
	// intelligence services without judicial oversight? ContentControl:
	// can the state alter or remove content without a court? Yes exposes.
	Assistance     Level `json:"assistance"`
	ContentControl Level `json:"content_control"`
	// Basis names the provisions behind the profile's answers.
	Basis string `json:"basis,omitempty"`
	// Links are the ways the regime reaches the data; a regime with no
	// link does not affect the rating.
	Links []Link `json:"links"`
}

// Facts are what a rating is derived from: the regimes that reach the data
// and how, seen from a consumer's jurisdiction, and how many copies exist.
type Facts struct {
	// Subject names what is rated.
	Subject string `json:"subject"`
	// Consumer names the consumer's jurisdiction ("" for none).
	Consumer string `json:"consumer"`
	// Copies counts the stores holding the data on the rating date.
	Copies int `json:"copies"`
	// Regimes are the governments that reach the data.
	Regimes []Regime `json:"regimes"`
}

// Half-point gaps. A protective answer costs nothing, a partial one half a
// point, a missing or unknown one a full point; penalties round up, so a
// partial answer on one question already costs a point.
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

// regimeView is a regime's effect on each element.
type regimeView struct {
	r                 Regime
	plaintext, stored bool
	opacity, foreign  int // in half points
	content           int // power gap of ContentControl, in half points
}

// Rate derives a hexad rating from facts. It is a pure function: the same
// facts give the same rating. The model is described in the package
// documentation; in short, each regime that reaches the data lowers
// elements according to its profile answers and the kind of access it
// has, and each element takes the lowest score any regime leaves it.
//
// Rate does not modify f.
func Rate(f Facts) Rating {
	r := Rating{Subject: f.Subject, Consumer: f.Consumer}
	for i, e := range Elements() {
		r.Elements[i].Element = e
	}
	if f.Copies <= 0 {
		for i := range r.Elements {
			r.Elements[i].Reasons = []string{"no stored copy on the rating date"}
		}
		return r
	}

	views := make([]regimeView, 0, len(f.Regimes))
	for _, g := range f.Regimes {
		if len(g.Links) == 0 {
			continue
		}
		v := regimeView{r: g}
		for _, l := range g.Links {
			v.plaintext = v.plaintext || l.Plaintext
			v.stored = v.stored || l.Location
		}
		v.opacity = safeguardGap(g.Judicial) + safeguardGap(g.Transparency) + powerGap(g.Assistance)
		if g.Foreign {
			v.foreign = 2
		}
		v.content = powerGap(g.ContentControl)
		if g.Default && !slices.Contains(r.Defaults, g.Name) {
			r.Defaults = append(r.Defaults, g.Name)
		}
		views = append(views, v)
	}
	slices.SortFunc(views, func(a, b regimeView) int { return cmp.Compare(a.r.Name, b.r.Name) })
	slices.Sort(r.Defaults)

	type deduction struct {
		points int
		reason string
	}
	var ded [NumElements][]deduction
	add := func(e Element, p int, reason string) {
		if p > 0 {
			ded[e.index()] = append(ded[e.index()], deduction{p, reason})
		}
	}
	// A reason is concatenated only for a deduction that is made (a large
	// estate rates millions of datasets); the descriptions of each regime
	// it draws on are worked out once per regime.
	for _, v := range views {
		who := v.describe()
		opaque := v.opacityText()
		content := v.contentText()
		if v.plaintext {
			if p := points(v.opacity + v.foreign); p > 0 {
				add(Confidentiality, p, who+" can compel readable data: "+opaque+minus(p))
				add(PossessionControl, p, who+" can take control of readable data: "+opaque+minus(p))
			}
			if v.content > 0 {
				add(Integrity, v.content, who+" "+content+minus(v.content))
			}
			pa := points(v.content)
			if pa > 0 && v.foreign > 0 {
				pa++
			}
			if pa > 0 {
				add(Authenticity, pa, who+" "+content+", so origin cannot be assured"+v.foreignText(pa > points(v.content))+minus(pa))
			}
			if p := points(v.content); p > 0 {
				add(Utility, p, who+" "+content+", which limits the data's use"+minus(p))
			}
		} else {
			if p := points(safeguardGap(v.r.Judicial) + v.foreign); p > 0 {
				add(PossessionControl, p, who+" can seize encrypted copies (keys out of its reach): judicial authorisation "+
					v.r.Judicial.String()+v.foreignText(v.foreign > 0)+minus(p))
			}
			if p := points(v.content); p > 0 {
				add(Integrity, p, who+" "+content+", but only as ciphertext: removal, not undetected alteration"+minus(p))
			}
		}
		if p := points(v.content); p > 0 {
			add(Availability, p, who+" "+content+", making it unavailable"+minus(p))
		}
		if v.stored {
			if p := points(v.opacity + v.foreign); p > 0 {
				add(Jurisdiction, p, "data sits under "+v.r.Name+" law: "+opaque+minus(p))
			}
		}
	}
	// Deductions that are not a regime's add to the worst regime's.
	var extra [NumElements]deduction
	if f.Copies == 1 {
		extra[Availability.index()] = deduction{1, "a single stored copy: no replica or backup (-1)"}
	}

	for i, e := range Elements() {
		ds := ded[i]
		if e == Jurisdiction && !slices.ContainsFunc(views, func(v regimeView) bool { return v.stored }) {
			r.Elements[i].Reasons = []string{"no stored copy lies in a known territory"}
			continue
		}
		worst := 0
		for _, x := range ds {
			worst = max(worst, x.points)
		}
		r.Elements[i].Score = Score(min(5, max(1, 5-worst-extra[i].points)))
		if len(ds) == 0 && extra[i].points == 0 {
			r.Elements[i].Reasons = []string{"no regime that reaches the data lowers it"}
			continue
		}
		// The reason that sets the score comes first, then the others by
		// weight; ties keep regime order. Additive deductions come last.
		slices.SortStableFunc(ds, func(a, b deduction) int { return cmp.Compare(b.points, a.points) })
		for _, x := range ds {
			r.Elements[i].Reasons = append(r.Elements[i].Reasons, x.reason)
		}
		if extra[i].points > 0 {
			r.Elements[i].Reasons = append(r.Elements[i].Reasons, extra[i].reason)
		}
	}
	return r
}

func (v regimeView) describe() string {
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
		dflt = " [default profile]"
	}
	return v.r.Name + " (via " + strings.Join(vias, ", ") + ": " + where + ruleText + ")" + dflt
}

func (v regimeView) opacityText() string {
	return "independent judicial authorisation " + v.r.Judicial.String() +
		", transparency " + v.r.Transparency.String() +
		", compelled assistance " + v.r.Assistance.String() + v.foreignText(v.foreign > 0)
}

func (v regimeView) foreignText(on bool) string {
	if !on {
		return ""
	}
	return ", foreign to the consumer"
}

func (v regimeView) contentText() string {
	switch v.r.ContentControl {
	case Yes:
		return "can alter or remove content without a court"
	case Partly:
		return "can remove some content without a court"
	case No:
		return "cannot alter content without a court"
	}
	return "may alter or remove content (unknown)"
}
