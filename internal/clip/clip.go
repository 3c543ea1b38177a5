// Package clip shortens input before an error message echoes it, so that
// a hostile 10 MB value gives a one-line error, not a 10 MB one.
package clip

import (
	"strconv"
	"unicode/utf8"
)

// Max is how many bytes of its input [Quote] keeps.
const Max = 64

// Quote returns s quoted as fmt's %q verb quotes it, when s is at most
// [Max] bytes long. A longer s is cut to its first Max bytes, less a UTF-8
// sequence the cut would split, and quoted with "…" before the closing
// quote and its full length after:
//
//	"AAAA…" (10485760 bytes)
func Quote[S ~string | ~[]byte](s S) string {
	if len(s) <= Max {
		return strconv.Quote(string(s))
	}
	n := Max
	for i := 1; i < utf8.UTFMax && !utf8.RuneStart(s[n]); i++ {
		n--
	}
	q := strconv.Quote(string(s[:n]))
	return q[:len(q)-1] + `…" (` + strconv.Itoa(len(s)) + " bytes)"
}
