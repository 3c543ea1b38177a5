package jurisdiction_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// checkRow rejects table rows without a name or a reason, so that every
// case says what it checks and why (style §7.12).
func checkRow(t *testing.T, name, reason string) {
	t.Helper()
	if name == "" || reason == "" {
		t.Fatalf("table row %q has no name or no reason", name)
	}
}

// code is MustParseCode, short for test tables.
func code(s string) jurisdiction.Code { return jurisdiction.MustParseCode(s) }

func TestParseCode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		reason  string
		in      string
		want    string // String() of the result; "" when an error is wanted
		group   bool
		wantErr error
	}{
		{name: "china", reason: "CN is an assigned ISO 3166-1 alpha-2 code", in: "CN", want: "CN"},
		{name: "united-states", reason: "US is an assigned ISO 3166-1 alpha-2 code", in: "US", want: "US"},
		{name: "hong-kong", reason: "HK is assigned to the special region in its own right", in: "HK", want: "HK"},
		{name: "first-code", reason: "AD is the alphabetically first assigned code", in: "AD", want: "AD"},
		{name: "last-code", reason: "ZW is the alphabetically last assigned code", in: "ZW", want: "ZW"},
		{name: "recent-code", reason: "SS (South Sudan, 2011) is assigned", in: "SS", want: "SS"},
		{name: "lower-case", reason: "parsing is case-insensitive", in: "cn", want: "CN"},
		{name: "mixed-case", reason: "parsing is case-insensitive in every letter", in: "cN", want: "CN"},
		{name: "alias-uk", reason: "EU usage writes UK for the United Kingdom; ISO assigns GB", in: "UK", want: "GB"},
		{name: "alias-uk-lower", reason: "aliases apply after case folding", in: "uk", want: "GB"},
		{name: "alias-el", reason: "EU usage writes EL for Greece; ISO assigns GR", in: "EL", want: "GR"},
		{name: "alias-el-lower", reason: "aliases apply after case folding", in: "el", want: "GR"},
		{name: "eu", reason: "EU is exceptionally reserved by ISO 3166/MA for the European Union and is a group", in: "EU", want: "EU", group: true},
		{name: "eu-lower", reason: "group codes are case-insensitive too", in: "eu", want: "EU", group: true},
		{name: "eea", reason: "three-letter codes name blocs and are accepted as is", in: "EEA", want: "EEA", group: true},
		{name: "three-letter-lower", reason: "three-letter codes are case-folded", in: "eea", want: "EEA", group: true},
		{name: "three-letter-any", reason: "whether a catalog defines a three-letter code is the catalog's business, not ParseCode's", in: "XYZ", want: "XYZ", group: true},
		{name: "subdivision", reason: "a country code, a hyphen and 1-3 letters or digits names a subdivision (ISO 3166-2 style)", in: "CA-BC", want: "CA-BC"},
		{name: "subdivision-lower", reason: "subdivisions are case-folded too", in: "ca-ns", want: "CA-NS"},
		{name: "subdivision-digits", reason: "subdivision parts may be digits (FR-75, Paris)", in: "FR-75", want: "FR-75"},
		{name: "subdivision-alias", reason: "the country part is canonicalised: UK-ENG is GB-ENG", in: "UK-ENG", want: "GB-ENG"},
		{name: "subdivision-empty", reason: "a hyphen needs a subdivision after it", in: "CA-", wantErr: jurisdiction.ErrSyntax},
		{name: "subdivision-long", reason: "a subdivision part has at most three characters", in: "CA-BCDE", wantErr: jurisdiction.ErrSyntax},
		{name: "subdivision-of-group", reason: "a group has no subdivisions", in: "EU-BC", wantErr: jurisdiction.ErrSyntax},
		{name: "subdivision-of-bloc", reason: "a subdivision's country part is two letters", in: "EEA-BC", wantErr: jurisdiction.ErrSyntax},
		{name: "subdivision-unknown-country", reason: "the country part must be assigned", in: "XX-BC", wantErr: jurisdiction.ErrUnknownCode},
		{name: "subdivision-bad-char", reason: "a subdivision part is letters or digits", in: "CA-B_", wantErr: jurisdiction.ErrSyntax},
		{name: "unassigned-xx", reason: "XX is well formed but not assigned by ISO 3166-1", in: "XX", wantErr: jurisdiction.ErrUnknownCode},
		{name: "unassigned-kosovo", reason: "XK is a user-assigned code, not an official ISO assignment", in: "XK", wantErr: jurisdiction.ErrUnknownCode},
		{name: "withdrawn-an", reason: "AN (Netherlands Antilles) was withdrawn in 2010", in: "AN", wantErr: jurisdiction.ErrUnknownCode},
		{name: "withdrawn-yu", reason: "YU (Yugoslavia) was withdrawn in 2003", in: "YU", wantErr: jurisdiction.ErrUnknownCode},
		{name: "unassigned-lower", reason: "an unassigned code is unknown whatever its case", in: "zz", wantErr: jurisdiction.ErrUnknownCode},
		{name: "empty", reason: "the empty string is not a code", in: "", wantErr: jurisdiction.ErrSyntax},
		{name: "one-letter", reason: "a code has two or three letters", in: "C", wantErr: jurisdiction.ErrSyntax},
		{name: "four-letters", reason: "a code has at most three letters", in: "EUEA", wantErr: jurisdiction.ErrSyntax},
		{name: "digits", reason: "ISO 3166-1 numeric codes are not accepted", in: "156", wantErr: jurisdiction.ErrSyntax},
		{name: "letter-digit", reason: "every character must be a letter", in: "C1", wantErr: jurisdiction.ErrSyntax},
		{name: "space", reason: "surrounding space is not trimmed", in: " CN", wantErr: jurisdiction.ErrSyntax},
		{name: "hyphen", reason: "ISO 3166-2 subdivision codes are not jurisdiction codes", in: "C-N", wantErr: jurisdiction.ErrSyntax},
		{name: "non-ascii-two-bytes", reason: "é is two bytes in UTF-8 but not an ASCII letter", in: "é", wantErr: jurisdiction.ErrSyntax},
		{name: "non-ascii-letters", reason: "only ASCII letters are accepted, not Unicode letters", in: "ÇN", wantErr: jurisdiction.ErrSyntax},
		{name: "fullwidth", reason: "fullwidth Latin letters are not ASCII", in: "ＣＮ", wantErr: jurisdiction.ErrSyntax},
		{name: "nul", reason: "control bytes are not letters", in: "C\x00", wantErr: jurisdiction.ErrSyntax},
		{name: "invalid-utf8", reason: "invalid UTF-8 is rejected, not panicked on", in: "\xff\xfe", wantErr: jurisdiction.ErrSyntax},
		{name: "bracket", reason: "'[' follows 'Z' in ASCII and must not be taken for a letter", in: "Z[", wantErr: jurisdiction.ErrSyntax},
		{name: "backtick", reason: "'`' precedes 'a' in ASCII and must not be taken for a letter", in: "`A", wantErr: jurisdiction.ErrSyntax},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got, err := jurisdiction.ParseCode(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseCode(%q) error = %v, want one wrapping %v (%s)", tt.in, err, tt.wantErr, tt.reason)
				}
				if other := otherCodeErr(tt.wantErr); errors.Is(err, other) {
					t.Errorf("ParseCode(%q) error = %v also wraps %v; malformed and unknown must stay distinct", tt.in, err, other)
				}
				if got.IsValid() {
					t.Errorf("ParseCode(%q) = %v with an error, want the zero Code", tt.in, got)
				}
				if !strings.HasPrefix(err.Error(), "jurisdiction: ") {
					t.Errorf("error %q lacks the package prefix", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseCode(%q) error = %v (%s)", tt.in, err, tt.reason)
			}
			if got.String() != tt.want {
				t.Errorf("ParseCode(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
			if !got.IsValid() {
				t.Errorf("ParseCode(%q).IsValid() = false", tt.in)
			}
			if got.IsGroup() != tt.group {
				t.Errorf("ParseCode(%q).IsGroup() = %t, want %t (%s)", tt.in, got.IsGroup(), tt.group, tt.reason)
			}
			if c := jurisdiction.MustParseCode(tt.in); c != got {
				t.Errorf("MustParseCode(%q) = %v, ParseCode gave %v", tt.in, c, got)
			}
		})
	}
}

func otherCodeErr(err error) error {
	if err == jurisdiction.ErrSyntax {
		return jurisdiction.ErrUnknownCode
	}
	return jurisdiction.ErrSyntax
}

func TestMustParseCodePanics(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"", "XX", "C1", "ABCD"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MustParseCode(%q) did not panic", in)
				}
			}()
			jurisdiction.MustParseCode(in)
		}()
	}
}

func TestCanonicalize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason, in, want string
	}{
		{name: "uk", reason: "UK is the EU spelling of GB", in: "UK", want: "GB"},
		{name: "uk-lower", reason: "case is folded before aliasing", in: "uk", want: "GB"},
		{name: "el", reason: "EL is the EU spelling of GR", in: "el", want: "GR"},
		{name: "plain", reason: "other codes are only upper-cased", in: "cn", want: "CN"},
		{name: "group", reason: "group codes are only upper-cased", in: "eea", want: "EEA"},
		{name: "no-validation", reason: "Canonicalize does not validate", in: "xx1", want: "XX1"},
		{name: "empty", reason: "the empty string stays empty", in: "", want: ""},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := jurisdiction.Canonicalize(tt.in); got != tt.want {
				t.Errorf("Canonicalize(%q) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

// TestCanonicalizeSubdivision checks that Canonicalize spells a
// subdivision as ParseCode does, as its doc promises ("ParseCode does
// both").
func TestCanonicalizeSubdivision(t *testing.T) {
	t.Parallel()
	for _, s := range []string{"UK-ENG", "uk-eng", "EL-I"} {
		c, err := jurisdiction.ParseCode(s)
		if err != nil {
			t.Fatalf("ParseCode(%q) error = %v", s, err)
		}
		if got := jurisdiction.Canonicalize(s); got != c.String() {
			t.Errorf("Canonicalize(%q) = %q, ParseCode gave %q", s, got, c)
		}
	}
}

func TestZeroCode(t *testing.T) {
	t.Parallel()
	var z jurisdiction.Code
	if z.IsValid() {
		t.Error("zero Code is valid")
	}
	if z.IsGroup() {
		t.Error("zero Code is a group")
	}
	if z.String() != "" {
		t.Errorf("zero Code String() = %q, want \"\"", z.String())
	}
	if n := jurisdiction.ISOName(z); n != "" {
		t.Errorf("ISOName(zero) = %q, want \"\"", n)
	}
	if z.Compare(code("AD")) >= 0 {
		t.Error("zero Code does not sort before AD")
	}
	if !z.Equal(jurisdiction.Code{}) {
		t.Error("zero Code not Equal to itself")
	}
}

func TestCodeIsGroup(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason, in string
		want             bool
	}{
		{name: "country", reason: "CN is a single country", in: "CN", want: false},
		{name: "region", reason: "HK is a territory with its own ISO code, not a group", in: "HK", want: false},
		{name: "alias", reason: "UK is GB, a country", in: "UK", want: false},
		{name: "eu", reason: "EU is the one two-letter group code", in: "EU", want: true},
		{name: "eea", reason: "every three-letter code is a group", in: "EEA", want: true},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := code(tt.in).IsGroup(); got != tt.want {
				t.Errorf("%s.IsGroup() = %t, want %t (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

func TestCodeCompare(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		a, b         jurisdiction.Code
		want         int
	}{
		{name: "equal", reason: "a code equals itself", a: code("CN"), b: code("CN"), want: 0},
		{name: "alias-equal", reason: "UK and GB are the same code", a: code("UK"), b: code("GB"), want: 0},
		{name: "first-letter", reason: "CN < US alphabetically", a: code("CN"), b: code("US"), want: -1},
		{name: "second-letter", reason: "AD < AE alphabetically", a: code("AD"), b: code("AE"), want: -1},
		{name: "reverse", reason: "US > CN alphabetically", a: code("US"), b: code("CN"), want: 1},
		{name: "prefix-first", reason: "EE is a prefix of EEA, so sorts before it", a: code("EE"), b: code("EEA"), want: -1},
		{name: "three-before-two", reason: "EEA < EG: the second letter decides before the third", a: code("EEA"), b: code("EG"), want: -1},
		{name: "two-before-three", reason: "EG > EEA", a: code("EG"), b: code("EEA"), want: 1},
		{name: "aaa-ad", reason: "AAA < AD alphabetically though AAA is longer", a: code("AAA"), b: code("AD"), want: -1},
		{name: "zero-first", reason: "the zero Code sorts before every code", a: jurisdiction.Code{}, b: code("AD"), want: -1},
		{name: "zero-zero", reason: "the zero Code equals itself", a: jurisdiction.Code{}, b: jurisdiction.Code{}, want: 0},
		{name: "last", reason: "ZZZ is the largest possible code", a: code("ZW"), b: code("ZZZ"), want: -1},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := tt.a.Compare(tt.b); got != tt.want {
				t.Errorf("%q.Compare(%q) = %d, want %d (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
			if got := tt.b.Compare(tt.a); got != -tt.want {
				t.Errorf("%q.Compare(%q) = %d, want %d (antisymmetry)", tt.b, tt.a, got, -tt.want)
			}
			if eq := tt.a.Equal(tt.b); eq != (tt.want == 0) {
				t.Errorf("%q.Equal(%q) = %t, Compare = %d", tt.a, tt.b, eq, tt.want)
			}
		})
	}
}

// TestCodeCompareIsAlphabetical checks that Compare agrees with comparing
// the letters, over every ISO code and a set of group codes.
func TestCodeCompareIsAlphabetical(t *testing.T) {
	t.Parallel()
	cs := jurisdiction.ISOCodes()
	for _, s := range []string{"EU", "EEA", "AAA", "ZZZ", "EFT", "ASE", "GBA", "CNA"} {
		cs = append(cs, code(s))
	}
	byCompare := slices.Clone(cs)
	slices.Reverse(byCompare)
	slices.SortFunc(byCompare, jurisdiction.Code.Compare)
	byString := slices.Clone(cs)
	slices.SortFunc(byString, func(a, b jurisdiction.Code) int { return strings.Compare(a.String(), b.String()) })
	if diff := cmp.Diff(byString, byCompare); diff != "" {
		t.Errorf("Compare order differs from alphabetical order (-alphabetical +Compare):\n%s", diff)
	}
}

func TestCodeText(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		in           string
		want         jurisdiction.Code
		wantText     string
		wantErr      error
	}{
		{name: "country", reason: "a country code round-trips", in: "CN", want: code("CN"), wantText: "CN"},
		{name: "lower", reason: "text is parsed case-insensitively and written in upper case", in: "us", want: code("US"), wantText: "US"},
		{name: "alias", reason: "UK is read as GB and written as GB", in: "UK", want: code("GB"), wantText: "GB"},
		{name: "group", reason: "a bloc code round-trips", in: "EEA", want: code("EEA"), wantText: "EEA"},
		{name: "empty", reason: "the empty string is the zero Code, so optional fields can be empty", in: "", want: jurisdiction.Code{}, wantText: ""},
		{name: "unknown", reason: "unmarshalling validates like ParseCode", in: "XX", wantErr: jurisdiction.ErrUnknownCode},
		{name: "malformed", reason: "unmarshalling validates like ParseCode", in: "C1", wantErr: jurisdiction.ErrSyntax},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := code("FR") // a prior value, to see what Unmarshal does to it
			err := got.UnmarshalText([]byte(tt.in))
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("UnmarshalText(%q) error = %v, want %v (%s)", tt.in, err, tt.wantErr, tt.reason)
				}
				if got != code("FR") {
					t.Errorf("failed UnmarshalText(%q) changed the receiver to %v", tt.in, got)
				}
				return
			}
			if err != nil {
				t.Fatalf("UnmarshalText(%q) error = %v (%s)", tt.in, err, tt.reason)
			}
			if got != tt.want {
				t.Errorf("UnmarshalText(%q) = %v, want %v (%s)", tt.in, got, tt.want, tt.reason)
			}
			text, err := got.MarshalText()
			if err != nil {
				t.Fatalf("MarshalText() error = %v", err)
			}
			if string(text) != tt.wantText {
				t.Errorf("MarshalText() = %q, want %q (%s)", text, tt.wantText, tt.reason)
			}
		})
	}
}

func TestCodeJSON(t *testing.T) {
	t.Parallel()
	type doc struct {
		Where   jurisdiction.Code         `json:"where"`
		Blocs   []jurisdiction.Code       `json:"blocs"`
		ByCode  map[jurisdiction.Code]int `json:"by_code"`
		Missing jurisdiction.Code         `json:"missing"`
	}
	in := doc{Where: code("HK"), Blocs: []jurisdiction.Code{code("EU"), code("EEA")}, ByCode: map[jurisdiction.Code]int{code("GB"): 1}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"where":"HK","blocs":["EU","EEA"],"by_code":{"GB":1},"missing":""}`
	if string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var out doc
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, out); diff != "" {
		t.Errorf("JSON round trip (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"where":"XX"}`), &out); !errors.Is(err, jurisdiction.ErrUnknownCode) {
		t.Errorf("json.Unmarshal of an unassigned code: error = %v, want ErrUnknownCode", err)
	}
}

func TestISOCodes(t *testing.T) {
	t.Parallel()
	cs := jurisdiction.ISOCodes()
	// ISO 3166-1 has 249 officially assigned alpha-2 codes (since BQ, CW,
	// SX in 2010 and SS in 2011).
	if len(cs) != 249 {
		t.Errorf("len(ISOCodes()) = %d, want 249", len(cs))
	}
	if !slices.IsSortedFunc(cs, jurisdiction.Code.Compare) {
		t.Error("ISOCodes() is not sorted")
	}
	for i := 1; i < len(cs); i++ {
		if cs[i] == cs[i-1] {
			t.Errorf("ISOCodes() repeats %v", cs[i])
		}
	}
	for _, c := range cs {
		got, err := jurisdiction.ParseCode(c.String())
		if err != nil || got != c {
			t.Errorf("ParseCode(%q) = %v, %v; want %v, nil", c, got, err, c)
		}
		if c.IsGroup() {
			t.Errorf("ISO code %v is a group", c)
		}
		if len(c.String()) != 2 {
			t.Errorf("ISO code %q is not two letters", c)
		}
		if jurisdiction.ISOName(c) == "" {
			t.Errorf("ISOName(%v) is empty", c)
		}
	}
	for _, s := range []string{"EU", "UK", "EL", "XK", "AN", "CS", "YU", "TP", "ZR"} {
		if slices.ContainsFunc(cs, func(c jurisdiction.Code) bool { return c.String() == s }) {
			t.Errorf("ISOCodes() contains %s, which is not an assigned code", s)
		}
	}
	// The caller owns the slice.
	cs[0] = code("ZW")
	if again := jurisdiction.ISOCodes(); again[0] != code("AD") {
		t.Errorf("ISOCodes()[0] = %v after modifying an earlier result, want AD", again[0])
	}
}

func TestISOName(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, reason string
		in           jurisdiction.Code
		want         string
	}{
		{name: "china", reason: "ISO short name of CN", in: code("CN"), want: "China"},
		{name: "united-kingdom", reason: "GB's name; the UK alias gives the same code", in: code("UK"), want: "United Kingdom"},
		{name: "greece", reason: "EL is an alias of GR", in: code("EL"), want: "Greece"},
		{name: "hong-kong", reason: "HK has its own ISO entry", in: code("HK"), want: "Hong Kong"},
		{name: "united-states", reason: "ISO short name of US", in: code("US"), want: "United States"},
		{name: "eu", reason: "EU is a group, not an ISO country, so has no ISO name", in: code("EU"), want: ""},
		{name: "eea", reason: "group codes have no ISO name", in: code("EEA"), want: ""},
		{name: "zero", reason: "the zero Code has no name", in: jurisdiction.Code{}, want: ""},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := jurisdiction.ISOName(tt.in); got != tt.want {
				t.Errorf("ISOName(%v) = %q, want %q (%s)", tt.in, got, tt.want, tt.reason)
			}
		})
	}
}

func FuzzParseCode(f *testing.F) {
	for _, s := range []string{
		"CN", "cn", "US", "HK", "UK", "uk", "EL", "el", "EU", "EEA", "eea", "XYZ",
		"XX", "XK", "AN", "", "C", "C1", "156", "EUEA", "é", "ÇN", "ＣＮ", "\xff\xfe", "Z[", "`A", " CN",
		"CA-BC", "ca-ns", "FR-75", "GB-ENG", "uk-eng", "CA-", "-BC", "EU-BC", "EEA-BC", "XX-BC", "CA-BCDE", "CA-B-C", "CA-B_",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := jurisdiction.ParseCode(s)
		if err != nil {
			if !errors.Is(err, jurisdiction.ErrSyntax) && !errors.Is(err, jurisdiction.ErrUnknownCode) {
				t.Fatalf("ParseCode(%q) error %v wraps neither ErrSyntax nor ErrUnknownCode", s, err)
			}
			if c.IsValid() {
				t.Fatalf("ParseCode(%q) = %v with error %v", s, c, err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseCode(%q) returned the zero Code without error", s)
		}
		str := c.String()
		country, sub, hasSub := strings.Cut(str, "-")
		if n := len(country); n != 2 && n != 3 {
			t.Fatalf("ParseCode(%q).String() = %q, not 2 or 3 letters", s, str)
		}
		if hasSub != c.IsSubdivision() || (hasSub && (len(country) != 2 || len(sub) < 1 || len(sub) > 3)) {
			t.Fatalf("ParseCode(%q).String() = %q, IsSubdivision() = %t", s, str, c.IsSubdivision())
		}
		if str != strings.ToUpper(str) {
			t.Fatalf("ParseCode(%q).String() = %q, not upper case", s, str)
		}
		// Canonicalize does what ParseCode does, without validating. (For
		// subdivisions see TestCanonicalizeSubdivision.)
		if canon := jurisdiction.Canonicalize(s); canon != str && !hasSub {
			t.Fatalf("Canonicalize(%q) = %q, ParseCode gave %q", s, canon, str)
		}
		again, err := jurisdiction.ParseCode(str)
		if err != nil {
			t.Fatalf("ParseCode(%q) ok, but ParseCode(String() = %q) error = %v", s, str, err)
		}
		if again != c || c.Compare(again) != 0 {
			t.Fatalf("ParseCode(%q) = %v, ParseCode(%q) = %v", s, c, str, again)
		}
		text, err := c.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText() error = %v", c, err)
		}
		var back jurisdiction.Code
		if err := back.UnmarshalText(text); err != nil {
			t.Fatalf("UnmarshalText(%q) error = %v", text, err)
		}
		if back != c {
			t.Fatalf("MarshalText/UnmarshalText: %v became %v", c, back)
		}
		if c.IsGroup() != (!hasSub && (len(str) == 3 || str == "EU")) {
			t.Fatalf("%v.IsGroup() = %t", c, c.IsGroup())
		}
		if hasSub {
			if got := c.Country(); got.String() != country || got.IsSubdivision() {
				t.Fatalf("%v.Country() = %v, want %s", c, got, country)
			}
			if c.Country().Compare(c) >= 0 {
				t.Fatalf("%v does not sort after its country", c)
			}
		} else if c.Country() != c {
			t.Fatalf("%v.Country() = %v, want itself", c, c.Country())
		}
	})
}
