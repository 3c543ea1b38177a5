package natural_test

import (
	"slices"
	"testing"

	"github.com/dataresidency/dataresidency/internal/natural"
)

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestCompare(t *testing.T) {
	t.Parallel()
	tests := []struct {
		a, b   string
		want   int
		reason string
	}{
		{"", "", 0, "empty strings are equal"},
		{"", "a", -1, "a prefix sorts first"},
		{"a", "", 1, "...and the longer string after it"},
		{"abc", "abd", -1, "bytes compare as bytes"},
		{"rules[2]", "rules[10]", -1, "numbers compare as numbers, not as text"},
		{"rules[10]", "rules[2]", 1, "...in both directions"},
		{"rules[10].id", "rules[10].kind", -1, "equal numbers move on to the rest"},
		{"a007", "a7", 0, "leading zeros are ignored"},
		{"a0", "a00", 0, "zero is zero however written"},
		{"a9", "a10b", -1, "the longer number is the greater"},
		{"x1y2", "x1y10", -1, "every run of digits is a number"},
		{"a1", "ab", -1, "a digit sorts before a letter, as in ASCII"},
		{"Z", "a", -1, "upper case before lower case, as in ASCII"},
		{"stores[1]", "stores[1]", 0, "equal strings are equal"},
		{"99999999999999999999999", "100000000000000000000000", -1, "numbers beyond int64 still compare by length, then digits"},
	}
	for _, tt := range tests {
		if got := sign(natural.Compare(tt.a, tt.b)); got != tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d (%s)", tt.a, tt.b, got, tt.want, tt.reason)
		}
	}
}

func TestCompareSorts(t *testing.T) {
	t.Parallel()
	got := []string{"rules[10].id", "blocs[0].code", "rules[2].kind", "rules[2].id", "rules[1]", "rules[100]"}
	slices.SortFunc(got, natural.Compare)
	want := []string{"blocs[0].code", "rules[1]", "rules[2].id", "rules[2].kind", "rules[10].id", "rules[100]"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted = %q, want %q", got, want)
	}
}
