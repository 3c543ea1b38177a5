package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dataresidency/dataresidency/hexad"
)

// printf is fmt.Fprintf for text that reaches a terminal: the format is
// trusted, and every argument is printed with escapeControls applied to
// what it formats to, so that a name, ID, path or waiver in the input
// cannot send escape sequences, bidirectional overrides or line breaks.
func printf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, format, safeArgs(args)...)
}

// safeArgs returns args with each string, error and other value wrapped
// to be escaped once formatted (see printf); numbers, booleans and
// strings with nothing to escape are left as they are.
func safeArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		switch v := a.(type) {
		case nil, bool, int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64, uintptr, float32, float64:
			out[i] = a
		case string:
			out[i] = a
			if unsafeIndex(v) >= 0 {
				// Formatted first: %q escapes in its own way.
				out[i] = escaped{a}
			}
		case hexad.Rating:
			// A table over several lines: its values are escaped, its
			// layout kept.
			out[i] = escapeRating(v)
		case *hexad.Rating:
			if v != nil {
				out[i] = escapeRating(*v)
			} else {
				out[i] = a
			}
		default:
			out[i] = escaped{a}
		}
	}
	return out
}

// escaped formats a value as it would be, then escapes the result.
type escaped struct{ v any }

func (e escaped) Format(f fmt.State, verb rune) {
	io.WriteString(f, escapeControls(fmt.Sprintf(fmt.FormatString(f, verb), e.v)))
}

// escapeRating returns r with its subject, consumer, reasons and defaults
// escaped, for its String method's table.
func escapeRating(r hexad.Rating) hexad.Rating {
	each := func(ss []string) []string {
		if ss == nil {
			return nil
		}
		out := make([]string, len(ss))
		for i, s := range ss {
			out[i] = escapeControls(s)
		}
		return out
	}
	r.Subject, r.Consumer = escapeControls(r.Subject), escapeControls(r.Consumer)
	for i := range r.Elements {
		r.Elements[i].Reasons = each(r.Elements[i].Reasons)
	}
	r.Defaults = each(r.Defaults)
	return r
}

// escapeControls makes s safe to print on a terminal: C0 control
// characters (newline and tab included), DEL, C1 control characters,
// Unicode bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069) and bytes that are not UTF-8 are written as Go escapes:
// \n, \t, \r, \x1b, \u202e. Everything else, backslashes included, is
// left as it is.
func escapeControls(s string) string {
	i := unsafeIndex(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// unsafeRune reports whether r is a C1 control or a bidirectional
// control character (the C0 ones and DEL are checked bytewise).
func unsafeRune(r rune) bool {
	return r >= 0x80 && r <= 0x9f || r == 0x061c || r == 0x200e || r == 0x200f ||
		r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// unsafeIndex returns the index of the first byte of s that
// escapeControls changes, or -1.
func unsafeIndex(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) {
			return i
		}
		i += size
	}
	return -1
}

// maxLineBytes is the most bytes of one error line printed; the rest is
// counted (a topology can hold a 10 MB value that a message quotes).
const maxLineBytes = 500

// capLine shortens line to at most max bytes, cut at a character
// boundary, followed by "… (N bytes)" with the full line's length.
func capLine(line string, max int) string {
	if len(line) <= max {
		return line
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(line[cut]) {
		cut--
	}
	return line[:cut] + "… (" + strconv.Itoa(len(line)) + " bytes)"
}
