// Package textcheck says which text has no place in a topology: the rule
// that package residency validates IDs and texts by, and that the readers
// which make topologies from other documents (residency/tfplan) check
// before they use a value as an ID.
package textcheck

import "unicode/utf8"

// BadRune returns the first rune of s that has no place in a topology's
// text: invalid UTF-8 (as utf8.RuneError), a C0 or C1 control character,
// DEL, or a Unicode bidirectional control (which can make text read other
// than it is). It reports false when there is none.
func BadRune(s string) (rune, bool) {
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b < 0x20 || b == 0x7f {
				return rune(b), true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r >= 0x80 && r <= 0x9f || isBidiControl(r) {
			return r, true
		}
		i += n
	}
	return 0, false
}

func isBidiControl(r rune) bool {
	return r == 0x061c || r == 0x200e || r == 0x200f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}
