package clip_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/internal/clip"
)

func TestQuote(t *testing.T) {
	t.Parallel()
	a64 := strings.Repeat("A", 64)
	tests := []struct {
		name, in, want, reason string
	}{
		{"empty", "", `""`, "as %q"},
		{"short", "CN", `"CN"`, "as %q"},
		{"escapes", "a\"b\n\x00", `"a\"b\n\x00"`, "as %q, escapes and all"},
		{"at-limit", a64, `"` + a64 + `"`, "64 bytes are kept whole"},
		{"over-limit", a64 + "B", `"` + a64 + `…" (65 bytes)`, "one byte more is cut, with the length"},
		{"huge", strings.Repeat("A", 10<<20), `"` + a64 + `…" (10485760 bytes)`, "a 10 MB value gives a short line"},
		{"rune-boundary", strings.Repeat("A", 63) + "é" + "tail", `"` + strings.Repeat("A", 63) + `…" (69 bytes)`,
			"a two-byte rune across the cut is left out whole, not split into \\x escapes"},
		{"invalid-utf8", strings.Repeat("\x80", 100), `"` + strings.Repeat(`\x80`, 61) + `…" (100 bytes)`,
			"bytes that start no rune are not walked back past three"},
		{"multibyte", strings.Repeat("中", 30), `"` + strings.Repeat("中", 21) + `…" (90 bytes)`, "three-byte runes cut at a boundary"},
	}
	for _, tt := range tests {
		if got := clip.Quote(tt.in); got != tt.want {
			t.Errorf("%s: Quote = %q, want %q (%s)", tt.name, got, tt.want, tt.reason)
		}
		if got := clip.Quote([]byte(tt.in)); got != tt.want {
			t.Errorf("%s: Quote([]byte) = %q, want %q", tt.name, got, tt.want)
		}
		if len(tt.in) <= clip.Max {
			if got, want := clip.Quote(tt.in), fmt.Sprintf("%q", tt.in); got != want {
				t.Errorf("%s: Quote = %s, %%q gives %s", tt.name, got, want)
			}
		}
	}
}
