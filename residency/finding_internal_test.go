package residency

import (
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// TestForeign checks who is foreign to a report's consumer, which decides
// whether a readable exposure is a warning or a note.
func TestForeign(t *testing.T) {
	code := jurisdiction.MustParseCode
	d := jurisdiction.MustParseDate("2020-01-01")
	tests := []struct {
		consumer, gov jurisdiction.Code
		want          bool
	}{
		{code("IE"), code("IE"), false},
		{code("IE"), code("EU"), false},
		{code("IE"), code("US"), true},
		{code("US"), code("CN"), true},
		{code("US"), code("US-CA"), false},
		{jurisdiction.Code{}, code("US"), true},
	}
	for _, tt := range tests {
		a := &assessment{e: defaultEngine(), consumer: tt.consumer, d: d}
		if got := a.foreign(tt.gov); got != tt.want {
			t.Errorf("foreign(%s, %s) = %v, want %v", tt.consumer, tt.gov, got, tt.want)
		}
	}
}

// TestPathTextLen checks that the length finding IDs are sized by is the
// text's, escapes included.
func TestPathTextLen(t *testing.T) {
	cn := jurisdiction.MustParseCode("CN")
	for _, p := range []Path{
		{}, {Dataset: "d"}, {Dataset: "d", Store: "s", Link: LinkCollection}, {Store: "a/b~c"},
		{Store: "s", Link: LinkOperatorParent, Chain: []string{"o/p", "q~"}}, {Store: "s", Link: LinkKeyLocation, Place: cn},
		{Dataset: "d", Store: "s", Flow: "f", Link: LinkAdminAccess, Chain: []string{"a"}}, {Store: "s", Flow: "f", Link: LinkAdminLocation, Place: cn},
	} {
		if got, want := p.textLen(), len(p.String()); got != want {
			t.Errorf("textLen(%q) = %d, want %d", p, got, want)
		}
	}
}
