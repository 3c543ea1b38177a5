package jurisdiction

import (
	"errors"
	"fmt"
)

// A Code names a jurisdiction: an ISO 3166-1 alpha-2 country or territory
// code ("CN", "US", "HK"), or a group code of two or three letters for a
// bloc such as "EU" or "EEA". A Code is a small comparable value, usable as
// a map key.
//
// The zero Code is invalid; [Code.IsValid] reports it. Make Codes with
// [ParseCode], or [MustParseCode] for literals.
type Code struct {
	v uint16 // base-27 packing of up to three letters A=1..Z=26; 0 = invalid
}

var (
	// ErrSyntax is returned, wrapped, for a string that is not two or three
	// ASCII letters.
	ErrSyntax = errors.New("jurisdiction: malformed code")
	// ErrUnknownCode is returned, wrapped, for a well-formed two-letter
	// code that ISO 3166-1 has not assigned, and by a [Catalog] for a code
	// it has no jurisdiction for.
	ErrUnknownCode = errors.New("jurisdiction: unknown code")
)

// aliases are the non-ISO spellings in common use, mapped to their ISO
// codes: EU usage writes EL for Greece and UK for the United Kingdom.
var aliases = map[string]string{"UK": "GB", "EL": "GR"}

// groupCodes are the two-letter codes that are not ISO country codes but
// name groups: "EU" is exceptionally reserved by ISO 3166/MA for the
// European Union.
var groupCodes = map[string]bool{"EU": true}

// ParseCode parses a jurisdiction code, case-insensitively, and
// canonicalises it: "uk" and "UK" give GB, "EL" gives GR (see
// [Canonicalize]). A two-letter code must be officially assigned by ISO
// 3166-1 or be "EU"; a three-letter code names a bloc or group and is
// accepted as is ("EEA"); whether a [Catalog] defines it is the catalog's
// business.
//
// The error wraps [ErrSyntax] for malformed input and [ErrUnknownCode] for
// an unassigned two-letter code.
func ParseCode(s string) (Code, error) {
	if len(s) < 2 || len(s) > 3 {
		return Code{}, fmt.Errorf("%w: %q is not 2 or 3 letters", ErrSyntax, s)
	}
	var b [3]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c < 'A' || c > 'Z' {
			return Code{}, fmt.Errorf("%w: %q is not 2 or 3 letters", ErrSyntax, s)
		}
		b[i] = c
	}
	up := string(b[:len(s)])
	if to, ok := aliases[up]; ok {
		up = to
	}
	if len(up) == 2 {
		if _, ok := isoNames[up]; !ok && !groupCodes[up] {
			return Code{}, fmt.Errorf("%w: %q is not an assigned ISO 3166-1 alpha-2 code", ErrUnknownCode, s)
		}
	}
	return pack(up), nil
}

// MustParseCode is like [ParseCode] but panics on error. It is meant for
// literals in code and tests, never for input.
func MustParseCode(s string) Code {
	c, err := ParseCode(s)
	if err != nil {
		panic(err)
	}
	return c
}

// Canonicalize returns the ISO spelling of a code written the EU way ("UK"
// gives "GB", "EL" gives "GR") and the upper-case form of any other string.
// It does not validate; [ParseCode] does both.
func Canonicalize(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - ('a' - 'A')
		}
	}
	if to, ok := aliases[string(b)]; ok {
		return to
	}
	return string(b)
}

func pack(s string) Code {
	var v uint16
	for i := 0; i < 3; i++ {
		v *= 27
		if i < len(s) {
			v += uint16(s[i]-'A') + 1
		}
	}
	return Code{v}
}

// IsValid reports whether c was made by [ParseCode] (is not the zero Code).
func (c Code) IsValid() bool { return c.v != 0 }

// IsGroup reports whether c names a group of jurisdictions (a bloc such as
// EU or EEA) rather than a single ISO 3166-1 country or territory.
func (c Code) IsGroup() bool {
	if !c.IsValid() {
		return false
	}
	s := c.String()
	return len(s) == 3 || groupCodes[s]
}

// String returns the code's letters, "CN", or "" for the zero Code.
func (c Code) String() string {
	if c.v == 0 {
		return ""
	}
	var b [3]byte
	v := c.v
	for i := 2; i >= 0; i-- {
		b[i] = byte(v % 27)
		v /= 27
	}
	n := 0
	for _, x := range b {
		if x != 0 {
			b[n] = x - 1 + 'A'
			n++
		}
	}
	return string(b[:n])
}

// Compare orders Codes alphabetically by their letters; the zero Code sorts
// first.
func (c Code) Compare(d Code) int {
	// The base-27 packing pads short codes with 0, below every letter, so
	// numeric order is alphabetical order.
	switch {
	case c.v < d.v:
		return -1
	case c.v > d.v:
		return 1
	}
	return 0
}

// Equal reports whether c and d are the same code. Codes are comparable
// with ==; Equal lets github.com/google/go-cmp compare values holding them.
func (c Code) Equal(d Code) bool { return c == d }

// MarshalText implements encoding.TextMarshaler. The zero Code marshals as
// the empty string.
func (c Code) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseCode]. The
// empty string gives the zero Code.
func (c *Code) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Code{}
		return nil
	}
	v, err := ParseCode(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ISOName returns the English short name ISO 3166-1 gives c, or "" for a
// group code or the zero Code.
func ISOName(c Code) string { return isoNames[c.String()] }

// ISOCodes returns every officially assigned ISO 3166-1 alpha-2 code, in
// alphabetical order. The slice is the caller's to modify.
func ISOCodes() []Code {
	out := make([]Code, 0, len(isoNames))
	for s := range isoNames {
		out = append(out, pack(s))
	}
	sortCodes(out)
	return out
}
