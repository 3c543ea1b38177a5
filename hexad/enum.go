package hexad

import (
	"fmt"

	"github.com/dataresidency/dataresidency/internal/clip"
)

// An enum is one of the package's small enumerated types.
type enum interface {
	~uint8
	IsValid() bool
}

// enumText gives an enum its text form: String, MarshalText and
// UnmarshalText are one-line calls to it.
type enumText[E enum] struct {
	typ   string   // the type's name, for String of an invalid value: "Element(9)"
	noun  string   // what the errors call a value: "invalid element 9"
	names []string // each valid value's text, indexed by value
}

// format returns v's name, or "Type(n)" for an invalid v.
func (t *enumText[E]) format(v E) string {
	if !v.IsValid() {
		return fmt.Sprintf("%s(%d)", t.typ, uint8(v))
	}
	return t.names[v]
}

// marshal returns v's name, or an error for an invalid v.
func (t *enumText[E]) marshal(v E) ([]byte, error) {
	if !v.IsValid() {
		return nil, fmt.Errorf("hexad: invalid %s %d", t.noun, uint8(v))
	}
	return []byte(t.names[v]), nil
}

// unmarshal sets *v to the value named b; it leaves *v alone and returns
// an error when b names none.
func (t *enumText[E]) unmarshal(b []byte, v *E) error {
	for i, name := range t.names {
		if name != "" && name == string(b) && E(i).IsValid() {
			*v = E(i)
			return nil
		}
	}
	return fmt.Errorf("hexad: unknown %s %s", t.noun, clip.Quote(b))
}
