// Package natural orders strings the way people read numbered paths:
// "rules[2]" before "rules[10]".
package natural

import "strings"

// Compare compares a and b byte by byte, except that runs of ASCII digits
// compare as numbers: leading zeros are ignored and a longer number is the
// greater. It returns a negative number, zero or a positive number as a
// sorts before, with or after b, like [strings.Compare] but with no promise
// about the magnitude. Strings whose digit runs differ only in leading
// zeros ("a01", "a1") compare as equal.
func Compare(a, b string) int {
	for a != "" && b != "" {
		da, db := leadingDigits(a), leadingDigits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) - len(nb)
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}

// leadingDigits returns the length of the run of ASCII digits s starts with.
func leadingDigits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
