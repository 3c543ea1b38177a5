package hexad_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/internal/golden"

	"github.com/dataresidency/dataresidency/hexad"
)

func TestElements(t *testing.T) {
	t.Parallel()
	want := [hexad.NumElements]hexad.Element{
		hexad.Confidentiality, hexad.PossessionControl, hexad.Integrity, hexad.Authenticity,
		hexad.Availability, hexad.Utility, hexad.Jurisdiction,
	}
	if hexad.NumElements != 7 {
		t.Errorf("NumElements = %d, want 7", hexad.NumElements)
	}
	if got := hexad.Elements(); got != want {
		t.Errorf("Elements() = %v, want %v", got, want)
	}
}

func TestElementText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		e    hexad.Element
		name string
	}{
		{hexad.Confidentiality, "Confidentiality"},
		{hexad.PossessionControl, "Possession/Control"},
		{hexad.Integrity, "Integrity"},
		{hexad.Authenticity, "Authenticity"},
		{hexad.Availability, "Availability"},
		{hexad.Utility, "Utility"},
		{hexad.Jurisdiction, "Jurisdiction"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if !tt.e.IsValid() {
				t.Errorf("%d.IsValid() = false", tt.e)
			}
			if got := tt.e.String(); got != tt.name {
				t.Errorf("String() = %q, want %q", got, tt.name)
			}
			b, err := tt.e.MarshalText()
			if err != nil || string(b) != tt.name {
				t.Fatalf("MarshalText() = %q, %v; want %q, nil", b, err, tt.name)
			}
			var back hexad.Element
			if err := back.UnmarshalText(b); err != nil || back != tt.e {
				t.Errorf("UnmarshalText(%q) = %v, %v; want %v, nil", b, back, err, tt.e)
			}
			// As a JSON value and as a JSON map key.
			j, err := json.Marshal(map[hexad.Element]hexad.Element{tt.e: tt.e})
			if err != nil {
				t.Fatal(err)
			}
			var m map[hexad.Element]hexad.Element
			if err := json.Unmarshal(j, &m); err != nil {
				t.Fatalf("json.Unmarshal(%s): %v", j, err)
			}
			if diff := cmp.Diff(map[hexad.Element]hexad.Element{tt.e: tt.e}, m); diff != "" {
				t.Errorf("JSON round trip of %s mismatch (-want +got):\n%s", j, diff)
			}
		})
	}
}

func TestElementInvalid(t *testing.T) {
	t.Parallel()
	for _, e := range []hexad.Element{0, 8, 255} {
		if e.IsValid() {
			t.Errorf("Element(%d).IsValid() = true", e)
		}
		if got, want := e.String(), "Element("+strconv.Itoa(int(e))+")"; got != want {
			t.Errorf("Element(%d).String() = %q, want %q", e, got, want)
		}
		b, err := e.MarshalText()
		if err == nil || b != nil {
			t.Errorf("Element(%d).MarshalText() = %q, %v; want nil, an error", e, b, err)
		} else if !strings.HasPrefix(err.Error(), "hexad: ") {
			t.Errorf("Element(%d).MarshalText() error %q lacks the package prefix", e, err)
		}
		if _, err := json.Marshal(e); err == nil {
			t.Errorf("json.Marshal(Element(%d)) succeeded", e)
		}
	}
	for _, text := range []string{"", "confidentiality", "Possession", "Possession/control", " Integrity", "Element(0)", "0", "1"} {
		e := hexad.Utility
		err := e.UnmarshalText([]byte(text))
		if err == nil {
			t.Errorf("UnmarshalText(%q) succeeded with %v", text, e)
			continue
		}
		if !strings.HasPrefix(err.Error(), "hexad: ") {
			t.Errorf("UnmarshalText(%q) error %q lacks the package prefix", text, err)
		}
		if e != hexad.Utility {
			t.Errorf("UnmarshalText(%q) failed but changed the element to %v", text, e)
		}
	}
	// The exact texts.
	if _, err := hexad.Element(9).MarshalText(); err == nil || err.Error() != "hexad: invalid element 9" {
		t.Errorf("Element(9).MarshalText() error = %v", err)
	}
	var e hexad.Element
	if err := e.UnmarshalText([]byte("nope")); err == nil || err.Error() != `hexad: unknown element "nope"` {
		t.Errorf(`UnmarshalText("nope") error = %v`, err)
	}
	// A huge text is echoed clipped, with its length.
	huge := strings.Repeat("A", 1<<20)
	want := `hexad: unknown element "` + huge[:64] + `…" (1048576 bytes)`
	if err := e.UnmarshalText([]byte(huge)); err == nil || err.Error() != want {
		t.Errorf("UnmarshalText(1 MB) error is %d bytes long, want %q", len(fmt.Sprint(err)), want)
	}
}

func TestScore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		s     hexad.Score
		str   string
		valid bool
	}{
		{hexad.Unrated, "-", false},
		{1, "1", true},
		{2, "2", true},
		{3, "3", true},
		{4, "4", true},
		{5, "5", true},
		{6, "-", false},
		{10, "-", false},
		{255, "-", false},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.str {
			t.Errorf("Score(%d).String() = %q, want %q", tt.s, got, tt.str)
		}
		if got := tt.s.IsValid(); got != tt.valid {
			t.Errorf("Score(%d).IsValid() = %v, want %v", tt.s, got, tt.valid)
		}
	}
}

func TestLevelString(t *testing.T) {
	t.Parallel()
	for l, want := range map[hexad.Level]string{
		hexad.Unknown: "unknown", hexad.Yes: "yes", hexad.Partly: "partly", hexad.No: "no", 9: "unknown",
	} {
		if got := l.String(); got != want {
			t.Errorf("Level(%d).String() = %q, want %q", l, got, want)
		}
		if got := l.IsValid(); got != (l <= hexad.No) {
			t.Errorf("Level(%d).IsValid() = %t", l, got)
		}
	}
}

// ratingOf builds a rating with the given scores and one short reason per
// element.
func ratingOf(s scores) hexad.Rating {
	r := hexad.Rating{Subject: "test", Consumer: "HOME"}
	for i, e := range hexad.Elements() {
		r.Elements[i] = hexad.ElementRating{Element: e, Score: s[i], Reasons: []string{"reason " + e.String()}}
	}
	return r
}

func TestRatingAccessors(t *testing.T) {
	t.Parallel()
	s := scores{2, 1, 3, 4, 5, 4, unrated}
	r := ratingOf(s)
	if got := r.Scores(); got != s {
		t.Errorf("Scores() = %v, want %v", got, s)
	}
	for i, e := range hexad.Elements() {
		if got := r.Score(e); got != s[i] {
			t.Errorf("Score(%v) = %v, want %v", e, got, s[i])
		}
		if diff := cmp.Diff([]string{"reason " + e.String()}, r.Reasons(e)); diff != "" {
			t.Errorf("Reasons(%v) mismatch (-want +got):\n%s", e, diff)
		}
	}
	for _, e := range []hexad.Element{0, 8} {
		if got := r.Score(e); got != unrated {
			t.Errorf("Score(Element(%d)) = %v, want Unrated", e, got)
		}
		if got := r.Reasons(e); got != nil {
			t.Errorf("Reasons(Element(%d)) = %q, want nil", e, got)
		}
	}
	// Reasons returns a copy.
	why := r.Reasons(hexad.Integrity)
	why[0] = "changed"
	if got := r.Reasons(hexad.Integrity)[0]; got != "reason Integrity" {
		t.Errorf("changing the slice Reasons returned changed the rating: %q", got)
	}
	if got := (hexad.Rating{}).Scores(); got != (scores{}) {
		t.Errorf("zero Rating: Scores() = %v, want all Unrated", got)
	}
}

func TestRatingWeakest(t *testing.T) {
	t.Parallel()
	type row struct {
		name, reason string
		scores       scores
		wantE        hexad.Element
		wantS        hexad.Score
	}
	tests := []row{{
		name:   "unrated",
		reason: "an entirely unrated rating has no weakest element",
		scores: scores{},
		wantE:  0, wantS: unrated,
	}, {
		name:   "table 15",
		reason: "confidentiality, possession and jurisdiction tie at 2: the first in the thesis's order wins",
		scores: scores{2, 2, 3, 4, 4, 4, 2},
		wantE:  hexad.Confidentiality, wantS: 2,
	}, {
		name:   "tie later",
		reason: "a tie between availability and utility goes to availability",
		scores: scores{5, 5, 5, 5, 3, 3, 4},
		wantE:  hexad.Availability, wantS: 3,
	}, {
		name:   "last",
		reason: "the weakest can be the last element",
		scores: scores{5, 5, 5, 5, 5, 5, 1},
		wantE:  hexad.Jurisdiction, wantS: 1,
	}, {
		name:   "unrated is not weakest",
		reason: "an unrated element (score 0) is not the lowest score",
		scores: scores{5, 4, 5, 5, 5, 5, unrated},
		wantE:  hexad.PossessionControl, wantS: 4,
	}, {
		name:   "out of range ignored",
		reason: "a score outside 1..5 is not a rating",
		scores: scores{9, 6, 5, 5, 5, 5, 5},
		wantE:  hexad.Integrity, wantS: 5,
	}}
	requireRows(t, tests, func(r row) (string, string) { return r.name, r.reason })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e, s := ratingOf(tt.scores).Weakest()
			if e != tt.wantE || s != tt.wantS {
				t.Errorf("%s\nWeakest() = %v, %v; want %v, %v", tt.reason, e, s, tt.wantE, tt.wantS)
			}
		})
	}
	if e, s := (hexad.Rating{}).Weakest(); e != 0 || s != unrated {
		t.Errorf("zero Rating: Weakest() = %v, %v; want 0, Unrated", e, s)
	}
}

// sampleRating is a hand-made rating with a consumer that has no home
// regime, reasons of different lengths, an unrated element and defaults.
func sampleRating() hexad.Rating {
	r := hexad.Rating{Subject: "dataset crm/contacts", Defaults: []string{"RU", "XX"}}
	why := [hexad.NumElements][]string{
		{"RU (via operator: store/a/operator/o) [default profile] can compel readable data (-3)"},
		{"RU can take control of readable data (-3)", "XX can seize encrypted copies (-1)"},
		{"RU can alter or remove content without a court (-2)"},
		{"RU can alter or remove content without a court, so origin cannot be assured (-1)"},
		{"RU can alter or remove content without a court, making it unavailable (-1)", "a single stored copy: no replica or backup (-1)"},
		{"RU can alter or remove content without a court, which limits the data's use (-1)"},
		{"no stored copy lies in a known territory"},
	}
	s := scores{2, 2, 3, 4, 3, 4, unrated}
	for i, e := range hexad.Elements() {
		r.Elements[i] = hexad.ElementRating{Element: e, Score: s[i], Reasons: why[i]}
	}
	return r
}

func TestRatingString(t *testing.T) {
	t.Parallel()
	r := sampleRating()
	got := r.String()
	golden.Check(t, "rating.golden", got)

	// The layout may change; what it must show is one line per element
	// with its name and score.
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if want := 2 + hexad.NumElements + 2; len(lines) != want {
		t.Fatalf("String() has %d lines, want %d (title, header, 7 elements, not rated, no profile):\n%s", len(lines), want, got)
	}
	if !strings.Contains(lines[0], "dataset crm/contacts") || !strings.Contains(lines[0], "no home regime") {
		t.Errorf("title %q should name the subject and say there is no home regime", lines[0])
	}
	for i, e := range hexad.Elements() {
		line := lines[2+i]
		rest, ok := strings.CutPrefix(line, e.String())
		if !ok {
			t.Errorf("line %q should start with %q", line, e)
			continue
		}
		score := r.Elements[i].Score.String()
		if !r.Elements[i].Score.IsValid() {
			score = "unrated"
		}
		if f := strings.Fields(rest); len(f) == 0 || f[0] != score {
			t.Errorf("line %q should give the score %v after the name", line, score)
		}
		if want := strings.Join(r.Elements[i].Reasons, "; "); !strings.HasSuffix(line, want) {
			t.Errorf("line %q should end with the reasons %q", line, want)
		}
	}
	if !strings.Contains(lines[len(lines)-2], "Not rated: Jurisdiction") {
		t.Errorf("line %q should name the unrated elements", lines[len(lines)-2])
	}
	if !strings.Contains(lines[len(lines)-1], "RU, XX") {
		t.Errorf("last line %q should name the default profiles", lines[len(lines)-1])
	}
}

// TestRatingStringTable20 renders a rating Rate computed, reasons and all.
func TestRatingStringTable20(t *testing.T) {
	t.Parallel()
	golden.Check(t, "table20.golden", hexad.Rate(table20()).String())
}

func TestRatingJSON(t *testing.T) {
	t.Parallel()
	want := hexad.Rate(table20())
	b, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"element":"Possession/Control"`) {
		t.Errorf("json.Marshal(Rating) should write elements by name: %s", b)
	}
	var got hexad.Rating
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON round trip mismatch (-want +got):\n%s", diff)
	}
}
