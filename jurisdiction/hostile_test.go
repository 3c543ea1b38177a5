package jurisdiction_test

import (
	"encoding"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// TestErrorsClipInput checks that errors echo at most 64 bytes of their
// input, with its length (finding D14: a 10 MB location gave a 10 MB
// error line), and that the messages of short inputs did not change.
func TestErrorsClipInput(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("A", 10<<20)
	a64 := strings.Repeat("A", 64)
	clipped := `"` + a64 + `…" (10485760 bytes)`
	unmarshal := func(v encoding.TextUnmarshaler) func(string) error {
		return func(s string) error { return v.UnmarshalText([]byte(s)) }
	}
	var (
		k jurisdiction.Kind
		c jurisdiction.DataClass
		b jurisdiction.Basis
		n jurisdiction.Counting
		a jurisdiction.Answer
		r jurisdiction.Reach
		d jurisdiction.Date
		o jurisdiction.Code
	)
	parseCode := func(s string) error { _, err := jurisdiction.ParseCode(s); return err }
	parseDate := func(s string) error { _, err := jurisdiction.ParseDate(s); return err }
	tests := []struct {
		name  string
		parse func(string) error
		in    string
		want  string
	}{
		// Short inputs: the messages of before, unchanged.
		{"code-long", parseCode, "ABCD", `jurisdiction: malformed code: "ABCD" is not 2 or 3 letters`},
		{"code-digit", parseCode, "C1", `jurisdiction: malformed code: "C1" is not 2 or 3 letters`},
		{"code-sub", parseCode, "CA-BC-X", `jurisdiction: malformed code: "CA-BC-X" is not a country code, a hyphen and 1-3 letters or digits`},
		{"code-unassigned", parseCode, "XX", `jurisdiction: unknown code: "XX" is not an assigned ISO 3166-1 alpha-2 code`},
		{"code-group-sub", parseCode, "EU-X", `jurisdiction: malformed code: "EU-X": a group has no subdivisions`},
		{"code-sub-char", parseCode, "CA-B_", `jurisdiction: malformed code: "CA-B_": subdivision must be letters or digits`},
		{"date-form", parseDate, "2020-1-01", `jurisdiction: invalid date: "2020-1-01" is not YYYY-MM-DD`},
		{"date-digit", parseDate, "2020-0a-01", `jurisdiction: invalid date: "2020-0a-01" is not YYYY-MM-DD`},
		{"date-day", parseDate, "2023-02-29", `jurisdiction: invalid date: 2023-02-29 does not exist`},
		{"reach", unmarshal(&r), "territorial+global", `jurisdiction: unknown reach "global"`},
		{"kind", unmarshal(&k), "law\n", `jurisdiction: unknown rule kind "law\n"`},
		// Long inputs: clipped.
		{"code-huge", parseCode, huge, `jurisdiction: malformed code: ` + clipped + ` is not 2 or 3 letters`},
		{"code-huge-sub", parseCode, "CA-" + huge, `jurisdiction: malformed code: "CA-` + a64[3:] + `…" (10485763 bytes) is not a country code, a hyphen and 1-3 letters or digits`},
		{"code-text", unmarshal(&o), huge, `jurisdiction: malformed code: ` + clipped + ` is not 2 or 3 letters`},
		{"date-huge", parseDate, huge, `jurisdiction: invalid date: ` + clipped + ` is not YYYY-MM-DD`},
		{"date-text", unmarshal(&d), huge, `jurisdiction: invalid date: ` + clipped + ` is not YYYY-MM-DD`},
		{"kind-huge", unmarshal(&k), huge, `jurisdiction: unknown rule kind ` + clipped},
		{"data-class-huge", unmarshal(&c), huge, `jurisdiction: unknown data class ` + clipped},
		{"basis-huge", unmarshal(&b), huge, `jurisdiction: unknown basis ` + clipped},
		{"counting-huge", unmarshal(&n), huge, `jurisdiction: unknown counting ` + clipped},
		{"answer-huge", unmarshal(&a), huge, `jurisdiction: unknown answer ` + clipped},
		{"reach-huge", unmarshal(&r), "access+" + huge, `jurisdiction: unknown reach ` + clipped},
	}
	for _, tt := range tests {
		err := tt.parse(tt.in)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if got := err.Error(); got != tt.want {
			if len(got) > 300 {
				got = got[:300] + "..."
			}
			t.Errorf("%s: error\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}
