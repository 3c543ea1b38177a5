package hexad

import (
	"fmt"
	"github.com/dataresidency/dataresidency/internal/enumtext"
	"strconv"
	"strings"
	"text/tabwriter"
)

// An Element is one of the seven elements of the updated Parkerian hexad.
// The zero Element is invalid.
type Element uint8

// The seven elements, in the thesis's order.
const (
	Confidentiality Element = iota + 1
	PossessionControl
	Integrity
	Authenticity
	Availability
	Utility
	Jurisdiction
	elementEnd
)

// NumElements is the number of elements of the updated hexad.
const NumElements = int(elementEnd - 1)

var elementText = enumtext.Text[Element]{Pkg: "hexad", Type: "Element", Noun: "element", Names: []string{
	Confidentiality:   "Confidentiality",
	PossessionControl: "Possession/Control",
	Integrity:         "Integrity",
	Authenticity:      "Authenticity",
	Availability:      "Availability",
	Utility:           "Utility",
	Jurisdiction:      "Jurisdiction",
}}

// Elements returns the seven elements in the thesis's order.
func Elements() [NumElements]Element {
	return [NumElements]Element{Confidentiality, PossessionControl, Integrity, Authenticity, Availability, Utility, Jurisdiction}
}

// IsValid reports whether e is one of the seven elements.
func (e Element) IsValid() bool { return e >= Confidentiality && e < elementEnd }

// String returns the element's name as the thesis writes it, such as
// "Possession/Control".
func (e Element) String() string { return elementText.Format(e) }

// MarshalText implements encoding.TextMarshaler.
func (e Element) MarshalText() ([]byte, error) { return elementText.Marshal(e) }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the names
// String returns.
func (e *Element) UnmarshalText(b []byte) error { return elementText.Unmarshal(b, e) }

func (e Element) index() int { return int(e) - 1 }

// A Score rates one element from 1 (least secure) to 5 (most secure). The
// zero Score is [Unrated]: the facts did not allow a rating.
type Score uint8

// Unrated is the zero Score.
const Unrated Score = 0

// IsValid reports whether s is a rating from 1 to 5.
func (s Score) IsValid() bool { return s >= 1 && s <= 5 }

// String returns "1" to "5", or "-" for Unrated.
func (s Score) String() string {
	if !s.IsValid() {
		return "-"
	}
	return string('0' + byte(s))
}

// An ElementRating is the score of one element with the reasons that set
// it. Reasons name the regime, the topology link and the provisions.
type ElementRating struct {
	Element Element `json:"element"`
	Score   Score   `json:"score"`
	// Penalty is the raw deduction in points, to the half point, before
	// the score is held to the scale of 1 to 5 and to an engineering cap:
	// it tells apart regimes that both leave a 1 (4 and 4.5). It is 0 for
	// an unrated element.
	Penalty float64 `json:"penalty"`
	// Unresearched reports that the element (or, in a rating combined
	// over datasets, the element of some dataset) could not be rated for
	// want of a researched answer: a government that reaches the data has
	// no answer, on the rating date, to a question the element rests on.
	// Such a rating was not fully checked.
	Unresearched bool     `json:"unresearched,omitzero"`
	Reasons      []string `json:"reasons"`
}

// A Rating is a seven-element hexad rating of one subject (a dataset, a
// topology) from one consumer's point of view. The zero Rating is unrated
// in every element.
type Rating struct {
	// Subject names what was rated.
	Subject string `json:"subject"`
	// Consumer is the jurisdiction whose consumer's point of view the
	// rating takes, or "" for a consumer with no home regime.
	Consumer string `json:"consumer"`
	// Elements holds the seven element ratings in the thesis's order.
	Elements [NumElements]ElementRating `json:"elements"`
	// Defaults lists the regimes that have no researched access profile;
	// the elements they bear on are unrated.
	Defaults []string `json:"defaults,omitempty"`
	// Caveats are what the rating could not take into account, said by
	// whoever made the facts: a jurisdiction whose law was not
	// researched.
	Caveats []string `json:"caveats,omitempty"`
}

// Score returns the score of element e, or Unrated for an invalid element.
func (r Rating) Score(e Element) Score {
	if !e.IsValid() {
		return Unrated
	}
	return r.Elements[e.index()].Score
}

// Scores returns the seven scores in the thesis's order.
func (r Rating) Scores() [NumElements]Score {
	var s [NumElements]Score
	for i, er := range r.Elements {
		s[i] = er.Score
	}
	return s
}

// Reasons returns the reasons for element e's score.
func (r Rating) Reasons(e Element) []string {
	if !e.IsValid() {
		return nil
	}
	return append([]string(nil), r.Elements[e.index()].Reasons...)
}

// Weakest returns the element with the lowest score, the first in the
// thesis's order on a tie, and its score. An entirely unrated Rating gives
// (0, Unrated).
func (r Rating) Weakest() (Element, Score) {
	var we Element
	ws := Score(6)
	for _, er := range r.Elements {
		if er.Score.IsValid() && er.Score < ws {
			we, ws = er.Element, er.Score
		}
	}
	if we == 0 {
		return 0, Unrated
	}
	return we, ws
}

// String renders the rating as a table like the thesis's: one line per
// element with its name, its score and why, reasons separated by "; ". The
// layout is for people and may change; read the fields for structure.
func (r Rating) String() string {
	var b strings.Builder
	if r.Consumer == "" {
		fmt.Fprintf(&b, "Hexad rating of %s for a consumer with no home regime\n", r.Subject)
	} else {
		fmt.Fprintf(&b, "Hexad rating of %s for a consumer in %s\n", r.Subject, r.Consumer)
	}
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Element\tScore\tPenalty\tWhy")
	var unrated []string
	for _, er := range r.Elements {
		score, penalty := er.Score.String(), strconv.FormatFloat(er.Penalty, 'f', -1, 64)
		if !er.Score.IsValid() {
			score, penalty = "unrated", "-"
			unrated = append(unrated, er.Element.String())
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", er.Element, score, penalty, strings.Join(er.Reasons, "; "))
	}
	tw.Flush()
	if len(unrated) > 0 {
		fmt.Fprintf(&b, "Not rated: %s.\n", strings.Join(unrated, ", "))
	}
	if len(r.Defaults) > 0 {
		fmt.Fprintf(&b, "No researched access profile for %s: the elements they bear on are not rated.\n", strings.Join(r.Defaults, ", "))
	}
	for _, c := range r.Caveats {
		fmt.Fprintf(&b, "Caveat: %s.\n", c)
	}
	return b.String()
}
