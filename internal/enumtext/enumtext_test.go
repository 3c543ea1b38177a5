package enumtext

import (
	"strings"
	"testing"
)

type color uint8

func (c color) IsValid() bool { return c >= 1 && c <= 2 }

var colorText = Text[color]{Pkg: "paint", Type: "Color", Noun: "color", Names: []string{1: "red", 2: "blue"}}

func TestText(t *testing.T) {
	if got := colorText.Format(2); got != "blue" {
		t.Errorf("Format(2) = %q", got)
	}
	if got := colorText.Format(7); got != "Color(7)" {
		t.Errorf("Format(7) = %q", got)
	}
	if b, err := colorText.Marshal(1); err != nil || string(b) != "red" {
		t.Errorf("Marshal(1) = %q, %v", b, err)
	}
	if _, err := colorText.Marshal(0); err == nil || err.Error() != "paint: invalid color 0" {
		t.Errorf("Marshal(0): %v", err)
	}
	var c color
	if err := colorText.Unmarshal([]byte("blue"), &c); err != nil || c != 2 {
		t.Errorf("Unmarshal(blue) = %d, %v", c, err)
	}
	// The zero value's empty name is not a value: it is invalid.
	for _, in := range []string{"", "green", strings.Repeat("x", 100)} {
		c = 1
		err := colorText.Unmarshal([]byte(in), &c)
		if err == nil || c != 1 || len(err.Error()) > 120 || !strings.HasPrefix(err.Error(), "paint: unknown color ") {
			t.Errorf("Unmarshal(%.10q) = %d, %v", in, c, err)
		}
	}
	u := Text[color]{Pkg: "paint", Type: "Color", Noun: "color", Unknown: "paint color", Names: colorText.Names}
	if err := u.Unmarshal([]byte("x"), &c); err == nil || err.Error() != `paint: unknown paint color "x"` {
		t.Errorf("Unknown noun: %v", err)
	}
}
