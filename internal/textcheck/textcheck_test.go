package textcheck_test

import (
	"testing"
	"unicode/utf8"

	"github.com/dataresidency/dataresidency/internal/textcheck"
)

func TestBadRune(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in string
		want     rune
		bad      bool
	}{
		{"empty", "", 0, false},
		{"ascii", "aws_s3_bucket.b[\"k\"]", 0, false},
		{"printable non-ASCII", "Zürich 北京 ✓", 0, false},
		{"NUL", "a\x00", 0, true},
		{"newline", "a\nb", '\n', true},
		{"DEL", "a\x7f", 0x7f, true},
		{"C1 control", "a\u0085", 0x85, true},
		{"invalid UTF-8", "a\xffb", utf8.RuneError, true},
		{"truncated sequence", "a\xe4\xb8", utf8.RuneError, true},
		{"U+FFFD itself is text", "a\uFFFDb", 0, false},
		{"right-to-left override", "a\u202eb", 0x202e, true},
		{"arabic letter mark", "\u061c", 0x061c, true},
		{"left-to-right mark", "\u200e", 0x200e, true},
		{"first strong isolate", "\u2068", 0x2068, true},
		{"zero-width joiner is text", "a\u200db", 0, false},
		{"first of two", "\u2066\x01", 0x2066, true},
	}
	for _, tt := range tests {
		r, bad := textcheck.BadRune(tt.in)
		if r != tt.want || bad != tt.bad {
			t.Errorf("%s: BadRune(%q) = %U, %v; want %U, %v", tt.name, tt.in, r, bad, tt.want, tt.bad)
		}
	}
}
