package jurisdiction

import (
	"errors"
	"fmt"

	"github.com/dataresidency/dataresidency/internal/clip"
)

// A Code names a jurisdiction: an ISO 3166-1 alpha-2 country or territory
// code ("CN", "US", "HK"), a group code of two or three letters for a
// bloc such as "EU" or "EEA", or an ISO 3166-2 style subdivision of a
// country, "CA-BC", for provincial law. A Code is a small comparable value,
// usable as a map key.
//
// The zero Code is invalid; [Code.IsValid] reports it. Make Codes with
// [ParseCode], or [MustParseCode] for literals.
type Code struct {
	// v packs the country or group part, base 27 over up to three letters
	// (A=1..Z=26, 0 pads), in the high 16 bits, and a subdivision, base 37
	// over up to three letters or digits, in the low 16. 0 is invalid.
	v uint32
}

var (
	// ErrSyntax is returned, wrapped, for a string that is not two or three
	// ASCII letters, nor a country code, a hyphen and one to three letters
	// or digits (a subdivision).
	ErrSyntax = errors.New("jurisdiction: malformed code")
	// ErrUnknownCode is returned, wrapped, for a well-formed two-letter
	// code that ISO 3166-1 has not assigned.
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
// business. A subdivision is an assigned country code, a hyphen and one to
// three letters or digits ("CA-BC", "CA-NS"); its part after the hyphen is
// checked for form only.
//
// The error wraps [ErrSyntax] for malformed input and [ErrUnknownCode] for
// an unassigned two-letter code.
func ParseCode(s string) (Code, error) {
	country, sub, hasSub := cutHyphen(s)
	if hasSub {
		if len(sub) < 1 || len(sub) > 3 || len(country) != 2 {
			return Code{}, fmt.Errorf("%w: %s is not a country code, a hyphen and 1-3 letters or digits", ErrSyntax, clip.Quote(s))
		}
	}
	if len(country) < 2 || len(country) > 3 {
		return Code{}, fmt.Errorf("%w: %s is not 2 or 3 letters", ErrSyntax, clip.Quote(s))
	}
	var b [3]byte
	for i := 0; i < len(country); i++ {
		c := upper(country[i])
		if c < 'A' || c > 'Z' {
			return Code{}, fmt.Errorf("%w: %s is not 2 or 3 letters", ErrSyntax, clip.Quote(s))
		}
		b[i] = c
	}
	up := string(b[:len(country)])
	if to, ok := aliases[up]; ok {
		up = to
	}
	if len(up) == 2 {
		if _, ok := isoNames[up]; !ok && !groupCodes[up] {
			return Code{}, fmt.Errorf("%w: %s is not an assigned ISO 3166-1 alpha-2 code", ErrUnknownCode, clip.Quote(s))
		}
	}
	code := pack(up)
	if hasSub {
		if groupCodes[up] {
			return Code{}, fmt.Errorf("%w: %s: a group has no subdivisions", ErrSyntax, clip.Quote(s))
		}
		var v uint32
		for i := 0; i < 3; i++ {
			v *= 37
			if i < len(sub) {
				d := subDigit(upper(sub[i]))
				if d == 0 {
					return Code{}, fmt.Errorf("%w: %s: subdivision must be letters or digits", ErrSyntax, clip.Quote(s))
				}
				v += d
			}
		}
		code.v |= v
	}
	return code, nil
}

func cutHyphen(s string) (before, after string, found bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

func upper(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// subDigit maps 0-9 to 1-10 and A-Z to 11-36, in ASCII order, anything
// else to 0.
func subDigit(c byte) uint32 {
	switch {
	case '0' <= c && c <= '9':
		return uint32(c-'0') + 1
	case 'A' <= c && c <= 'Z':
		return uint32(c-'A') + 11
	}
	return 0
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
	country, sub, hasSub := cutHyphen(string(b))
	if to, ok := aliases[country]; ok {
		country = to
	}
	if hasSub {
		return country + "-" + sub
	}
	return country
}

func pack(s string) Code {
	var v uint32
	for i := 0; i < 3; i++ {
		v *= 27
		if i < len(s) {
			v += uint32(s[i]-'A') + 1
		}
	}
	return Code{v << 16}
}

// IsValid reports whether c was made by [ParseCode] (is not the zero Code).
func (c Code) IsValid() bool { return c.v != 0 }

// IsGroup reports whether c names a group of jurisdictions (a bloc such as
// EU or EEA) rather than a single ISO 3166-1 country or territory.
func (c Code) IsGroup() bool {
	if !c.IsValid() || c.IsSubdivision() {
		return false
	}
	s := c.String()
	return len(s) == 3 || groupCodes[s]
}

// IsSubdivision reports whether c names a subdivision of a country, such
// as CA-BC.
func (c Code) IsSubdivision() bool { return c.v&0xffff != 0 }

// Country returns the country of a subdivision (CA for CA-BC), and c itself
// otherwise.
func (c Code) Country() Code { return Code{c.v &^ 0xffff} }

// twoLetters holds the strings of every two-letter code, indexed by the
// packed letters divided by 27 (a two-letter code pads its third place).
var twoLetters = func() (t [27 * 27]string) {
	for a := 1; a < 27; a++ {
		for b := 1; b < 27; b++ {
			t[a*27+b] = string([]byte{byte(a - 1 + 'A'), byte(b - 1 + 'A')})
		}
	}
	return t
}()

// String returns the code's letters, "CN" or "CA-BC", or "" for the zero
// Code.
func (c Code) String() string {
	if c.v == 0 {
		return ""
	}
	if top := c.v >> 16; c.v&0xffff == 0 && top%27 == 0 && top/27 < uint32(len(twoLetters)) {
		return twoLetters[top/27] // no allocation for the common case
	}
	var b [7]byte
	n := 0
	v := c.v >> 16
	var parts [3]byte
	for i := 2; i >= 0; i-- {
		parts[i] = byte(v % 27)
		v /= 27
	}
	for _, x := range parts {
		if x != 0 {
			b[n] = x - 1 + 'A'
			n++
		}
	}
	if sub := c.v & 0xffff; sub != 0 {
		b[n] = '-'
		n++
		var digits [3]uint32
		for i := 2; i >= 0; i-- {
			digits[i] = sub % 37
			sub /= 37
		}
		for _, x := range digits {
			switch {
			case x == 0:
			case x <= 10:
				b[n] = byte(x-1) + '0'
				n++
			default:
				b[n] = byte(x-11) + 'A'
				n++
			}
		}
	}
	return string(b[:n])
}

// Compare orders Codes alphabetically by their letters, a country before
// its subdivisions; the zero Code sorts first.
func (c Code) Compare(d Code) int {
	// The packing pads short codes with 0, below every letter, and keeps
	// the country in the high bits, so numeric order is alphabetical.
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
