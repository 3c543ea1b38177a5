package jurisdiction

import (
	"slices"

	"github.com/dataresidency/dataresidency/internal/enumtext"
)

// An Answer answers one question of an [AccessProfile]. The zero Answer is
// [Unknown]; consumers of profiles treat it as the least favourable answer.
type Answer uint8

// The answers.
const (
	Unknown Answer = iota
	Yes
	Partly
	No
	answerEnd
)

var answerText = enumtext.Text[Answer]{Pkg: "jurisdiction", Type: "Answer", Noun: "answer", Unknown: "answer", Names: []string{
	Unknown: "unknown", Yes: "yes", Partly: "partly", No: "no",
}}

// IsValid reports whether a is one of the declared answers.
func (a Answer) IsValid() bool { return a < answerEnd }

// String returns "yes", "partly", "no" or "unknown".
func (a Answer) String() string { return answerText.Format(a) }

// MarshalText implements encoding.TextMarshaler.
func (a Answer) MarshalText() ([]byte, error) { return answerText.Marshal(a) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Answer) UnmarshalText(b []byte) error { return answerText.Unmarshal(b, a) }

// A ProfileAnswer is one answered question of an [AccessProfile], with
// the law behind the answer and the days it holds.
type ProfileAnswer struct {
	Answer Answer `json:"answer"`
	// Basis names the provisions the answer rests on, as citations or
	// rule IDs.
	Basis    string `json:"basis,omitempty"`
	Verified bool   `json:"verified"`
	// Period is when the answer holds: From is the day the newest
	// provision it rests on took effect (a zero From means it always
	// held), Until the day it stopped holding, if it has. On a day outside
	// it the answer is one of Earlier, or no answer at all ([Unknown]).
	Period
	// Earlier are the answers the question had before, each with its own
	// period, none overlapping another or the answer's own.
	Earlier []ProfileAnswer `json:"earlier,omitempty"`
}

// On returns the answer in force on day d: a itself, one of its Earlier
// answers, or an Unknown answer whose Basis says that no researched
// answer held on d. The result has no Earlier answers.
func (a ProfileAnswer) On(d Date) ProfileAnswer {
	if a.Contains(d) || d.IsZero() && a.From.IsZero() && a.Until.IsZero() {
		a.Earlier = nil
		return a
	}
	for _, e := range a.Earlier {
		if e.Contains(d) {
			e.Earlier = nil
			return e
		}
	}
	basis := "no researched answer in force on " + d.String()
	if !a.From.IsZero() && d.Before(a.From) {
		basis += " (the answer " + a.Answer.String() + " holds from " + a.From.String() + ")"
	}
	return ProfileAnswer{Answer: Unknown, Basis: basis, Period: Period{From: d, Until: d.AddDays(1)}}
}

func (a ProfileAnswer) clone() ProfileAnswer {
	a.Earlier = slices.Clone(a.Earlier)
	return a
}

// An AccessProfile describes how a jurisdiction's government gets at data
// held by providers, as four questions. Profiles feed the hexad ratings:
// the answers, not the country's name, set the scores.
type AccessProfile struct {
	Jurisdiction Code `json:"jurisdiction"`
	// JudicialAuthorisation: must an independent judge authorise access to
	// provider-held data before it happens? Yes is the protective answer.
	JudicialAuthorisation ProfileAnswer `json:"judicial_authorisation"`
	// Transparency: are subjects notified or is access reported in public
	// statistics? Yes is the protective answer.
	Transparency ProfileAnswer `json:"transparency"`
	// CompelledAssistance: can providers or citizens be compelled to assist
	// intelligence services without judicial oversight? No is the
	// protective answer.
	CompelledAssistance ProfileAnswer `json:"compelled_assistance"`
	// ContentControl: can the state alter, remove or block stored content
	// that is not published (a mailbox, a database, files), without a
	// court's order? No is the protective answer.
	ContentControl ProfileAnswer `json:"content_control"`
	// PublicTakedown: can the state order content disseminated to the
	// public (web pages, posts, published files) removed or blocked
	// without a court's order, as under Regulation (EU) 2021/784 or
	// Singapore's POFMA? No is the protective answer. It bears only on
	// data of class [PublicContent].
	PublicTakedown ProfileAnswer `json:"public_takedown"`
	Sources        []Source      `json:"sources"`
	Reviewed       Date          `json:"reviewed,omitzero"`
	// Default marks a profile the catalog made up because nobody
	// researched the jurisdiction: every answer is Unknown and every
	// rating it feeds says so.
	Default bool   `json:"default,omitzero"`
	Notes   string `json:"notes,omitempty"`
}

// DefaultProfile returns the conservative profile used for a jurisdiction
// nobody has researched: every answer [Unknown], Default set.
func DefaultProfile(c Code) AccessProfile {
	return AccessProfile{
		Jurisdiction: c,
		Default:      true,
		Notes:        "no researched profile: every answer unknown and treated as the least protective",
	}
}

func (p AccessProfile) clone() AccessProfile {
	p.Sources = slices.Clone(p.Sources)
	for _, a := range p.answers() {
		*a = a.clone()
	}
	return p
}

// answers returns pointers to p's four answers, in the order of the
// profile's questions.
func (p *AccessProfile) answers() [5]*ProfileAnswer {
	return [5]*ProfileAnswer{&p.JudicialAuthorisation, &p.Transparency, &p.CompelledAssistance, &p.ContentControl, &p.PublicTakedown}
}

// profileQuestions are the JSON names of the answers returns.
var profileQuestions = [5]string{"judicial_authorisation", "transparency", "compelled_assistance", "content_control", "public_takedown"}

// On returns p as it stood on day d: each answer is the one in force on d
// (see [ProfileAnswer.On]). A default profile is returned as it is.
func (p AccessProfile) On(d Date) AccessProfile {
	p = p.clone()
	if p.Default {
		return p
	}
	for _, a := range p.answers() {
		*a = a.On(d)
	}
	return p
}

// A Jurisdiction is a country, territory or special region that rules and
// profiles attach to. Every ISO 3166-1 code is a jurisdiction in every
// catalog; a catalog adds names and notes where they matter.
type Jurisdiction struct {
	Code Code   `json:"code"`
	Name string `json:"name"`
	// Sovereign is the state a special region belongs to (HK and MO: CN).
	// A sovereign's rules do not extend to the region unless a rule lists
	// the region in its Territory.
	Sovereign Code     `json:"sovereign,omitzero"`
	Notes     string   `json:"notes,omitempty"`
	Sources   []Source `json:"sources,omitempty"`
}

func (j Jurisdiction) clone() Jurisdiction {
	j.Sources = slices.Clone(j.Sources)
	return j
}

// A Bloc is a group of jurisdictions whose membership changes over time:
// the EU, the EEA.
type Bloc struct {
	Code    Code         `json:"code"`
	Name    string       `json:"name"`
	Members []Membership `json:"members"`
	Sources []Source     `json:"sources"`
	Notes   string       `json:"notes,omitempty"`
}

// A Membership is one jurisdiction's time in a bloc.
type Membership struct {
	Member Code `json:"member"`
	Period
	// Transition marks a period in which a former member is still treated
	// as a member (the United Kingdom, 2020-02-01 to 2020-12-31).
	Transition bool   `json:"transition,omitzero"`
	Notes      string `json:"notes,omitempty"`
}

func (b Bloc) clone() Bloc {
	b.Members = slices.Clone(b.Members)
	b.Sources = slices.Clone(b.Sources)
	return b
}

// Contains reports whether c is a member of b, or treated as one, on day
// d.
func (b Bloc) Contains(c Code, d Date) bool {
	for _, m := range b.Members {
		if m.Member == c && m.Contains(d) {
			return true
		}
	}
	return false
}

// MembersOn returns the codes that are members of b, or treated as
// members, on day d, in alphabetical order.
func (b Bloc) MembersOn(d Date) []Code {
	var out []Code
	for _, m := range b.Members {
		if m.Contains(d) && !slices.Contains(out, m.Member) {
			out = append(out, m.Member)
		}
	}
	sortCodes(out)
	return out
}

func sortCodes(cs []Code) { slices.SortFunc(cs, Code.Compare) }
