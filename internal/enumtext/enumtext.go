// Package enumtext gives the module's small enumerated types their text
// forms: String, MarshalText and UnmarshalText are one-line calls to a
// Text.
package enumtext

import (
	"fmt"

	"github.com/dataresidency/dataresidency/internal/clip"
)

// An Enum is a small enumerated type.
type Enum interface {
	~uint8
	IsValid() bool
}

// Text is the text form of enum E.
type Text[E Enum] struct {
	Pkg     string   // the package, prefixing errors: "jurisdiction"
	Type    string   // the type's name, for String of an invalid value: "Kind(9)"
	Noun    string   // what MarshalText's error calls a value: "invalid kind 9"
	Unknown string   // what UnmarshalText's error calls a text: `unknown rule kind "x"`; Noun when empty
	Names   []string // each valid value's text, indexed by value
}

// Format returns v's name, or "Type(n)" for an invalid v.
func (t *Text[E]) Format(v E) string {
	if !v.IsValid() {
		return fmt.Sprintf("%s(%d)", t.Type, uint8(v))
	}
	return t.Names[v]
}

// Marshal returns v's name, or an error for an invalid v.
func (t *Text[E]) Marshal(v E) ([]byte, error) {
	if !v.IsValid() {
		return nil, fmt.Errorf("%s: invalid %s %d", t.Pkg, t.Noun, uint8(v))
	}
	return []byte(t.Names[v]), nil
}

// Unmarshal sets *v to the value named b; it leaves *v alone and returns
// an error when b names none.
func (t *Text[E]) Unmarshal(b []byte, v *E) error {
	for i, name := range t.Names {
		if name == string(b) && E(i).IsValid() {
			*v = E(i)
			return nil
		}
	}
	unknown := t.Unknown
	if unknown == "" {
		unknown = t.Noun
	}
	return fmt.Errorf("%s: unknown %s %s", t.Pkg, unknown, clip.Quote(b))
}
