package jsondoc

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// problems lists "line:col pointer kind: message" for each problem, and a
// last "+N" for the dropped ones.
func problems(res *Result) []string {
	var out []string
	for _, p := range res.Problems {
		out = append(out, fmt.Sprintf("%d:%d %s %v: %v", p.Line, p.Column, p.Pointer, p.Kind, p.Err))
	}
	if res.Dropped > 0 {
		out = append(out, fmt.Sprintf("+%d", res.Dropped))
	}
	return out
}

func (k Kind) String() string {
	return [...]string{"?", "syntax", "schema", "limit", "missing", "invalid"}[k]
}

func TestDecodeValues(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, doc string
		want      doc
	}{
		{"every kind", `{"name": "a\u00e9\ud83d\ude00", "n": -42, "f": 2.5e-3, "b": true, "tags": ["x", ""],
			"items": [{"id": "i", "level": "high", "vals": [1, -2], "small": -128, "u": 65535, "f32": 1.5,
			           "sub": [{"id": "j", "sub": []}]}]}`,
			doc{Name: "aé😀", N: -42, F: 2.5e-3, B: true, Tags: []string{"x", ""},
				Items: []item{{ID: "i", Level: 2, Vals: []int{1, -2}, Small: -128, U: 65535, F32: 1.5, Sub: []item{{ID: "j", Sub: []item{}}}}}}},
		{"null leaves the zero value", `{"name": null, "n": null, "f": null, "b": null, "tags": null, "items": [null, {"level": null}]}`,
			doc{Items: []item{{}, {}}}},
		{"empty arrays are empty, not nil", `{"tags": [], "items": []}`, doc{Tags: []string{}, Items: []item{}}},
		{"lone surrogates decode as U+FFFD", `{"name": "\ud800-\udc00-\ud800\ud800-\ud800\u0041"}`, doc{Name: "\ufffd-\ufffd-\ufffd\ufffd-\ufffdA"}},
		{"whitespace everywhere", " {\n\t\"n\" :\r 1 , \"tags\" : [ \"a\" , \"b\" ] } \n", doc{N: 1, Tags: []string{"a", "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got doc
			if res := Decode([]byte(tt.doc), &got, Limits{}); !res.OK() {
				t.Fatal(res.Err())
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			// encoding/json agrees.
			var ref doc
			if err := json.Unmarshal([]byte(tt.doc), &ref); err != nil || !reflect.DeepEqual(ref, got) {
				t.Errorf("encoding/json decodes %+v, %v", ref, err)
			}
		})
	}
}

// TestProblems checks that problems that do not stop decoding are all
// reported, at their pointers and positions, with the values concerned
// left out and the rest decoded.
func TestProblems(t *testing.T) {
	t.Parallel()
	in := `{
  "name": 7,
  "n": "7", "f": true, "b": 1,
  "tags": ["a", 2, "c"],
  "items": [
    {"id": "ok", "level": "extreme", "small": 128, "u": -1, "f32": 1e39, "colour": "red", "id": "again"},
    "not an item",
    {"vals": [1, 2.5, "3"], "sub": {"id": "x"}, "a/b~c": [[{}]]}
  ]
}`
	var got doc
	res := Decode([]byte(in), &got, Limits{})
	want := []string{
		"2:11 /name schema: does not fit the format: want a string, got a number",
		"3:8 /n schema: does not fit the format: want a whole number, got a string",
		"3:18 /f schema: does not fit the format: want a number, got a boolean",
		"3:29 /b schema: does not fit the format: want true or false, got a number",
		"4:17 /tags/1 schema: does not fit the format: want a string, got a number",
		"6:27 /items/0/level invalid: invalid value: no such level",
		"6:47 /items/0/small schema: does not fit the format: 128 is not a whole number in range",
		"6:57 /items/0/u schema: does not fit the format: -1 is not a whole number in range",
		"6:68 /items/0/f32 schema: does not fit the format: 1e39 is not a number in range",
		"6:74 /items/0/colour schema: does not fit the format: unknown field \"colour\"",
		"6:91 /items/0/id schema: does not fit the format: field \"id\" appears twice",
		"7:5 /items/1 schema: does not fit the format: want an object, got a string",
		"8:18 /items/2/vals/1 schema: does not fit the format: 2.5 is not a whole number in range",
		"8:23 /items/2/vals/2 schema: does not fit the format: want a whole number, got a string",
		"8:36 /items/2/sub schema: does not fit the format: want an array, got an object",
		"8:49 /items/2/a~1b~0c schema: does not fit the format: unknown field \"a/b~c\"",
	}
	if diff := cmp.Diff(want, problems(res)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if res.Stopped || res.Full {
		t.Errorf("stopped %v, full %v", res.Stopped, res.Full)
	}
	wantDoc := doc{Tags: []string{"a", "", "c"}, Items: []item{{ID: "ok"}, {}, {Vals: []int{1, 0, 0}}}}
	if diff := cmp.Diff(wantDoc, got); diff != "" {
		t.Errorf("what was decoded (-want +got):\n%s", diff)
	}
	for _, sentinel := range []error{ErrSchema, ErrInvalid, errBadLevel} {
		if !errors.Is(res.Err(), sentinel) {
			t.Errorf("the error does not wrap %v", sentinel)
		}
	}
}

type strict struct {
	ID    string   `json:"id"`
	Refs  []string `json:"refs"`
	Title string   `json:"title"`
	Parts []strict `json:"parts"`
}

var strictOptions = Options{
	Required:      map[reflect.Type][]string{reflect.TypeFor[strict](): {"id", "title"}},
	MaxFieldBytes: map[reflect.Type]map[string]int{reflect.TypeFor[strict](): {"id": 4, "refs": 4}},
}

func TestRequiredAndFieldBounds(t *testing.T) {
	t.Parallel()
	dec, err := NewDecoder(reflect.TypeFor[strict](), strictOptions)
	if err != nil {
		t.Fatal(err)
	}
	in := `{"id": "root", "title": null, "refs": ["abcd", "abcde", "é\u00e9"],
"parts": [{}, {"id": "abcdef", "title": "t"}, {"title": "t", "id": "x", "id": "y"}]}`
	var got strict
	res := dec.Decode([]byte(in), &got, Limits{})
	want := []string{
		"1:48 /refs/1 limit: document exceeds a limit: a string of 5 bytes, more than the 4 allowed here",
		"2:11 /parts/0/id missing: required value is missing: no \"id\" field",
		"2:11 /parts/0/title missing: required value is missing: no \"title\" field",
		"2:22 /parts/1/id limit: document exceeds a limit: a string of 6 bytes, more than the 4 allowed here",
		"2:73 /parts/2/id schema: does not fit the format: field \"id\" appears twice",
	}
	if diff := cmp.Diff(want, problems(res)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	wantV := strict{ID: "root", Refs: []string{"abcd", "", "éé"}, Parts: []strict{{}, {Title: "t"}, {ID: "x", Title: "t"}}}
	if diff := cmp.Diff(wantV, got); diff != "" {
		t.Errorf("decoded (-want +got):\n%s", diff)
	}
}

func TestNewDecoderOptions(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		t    reflect.Type
		opts Options
		want string
	}{
		{"not a struct", reflect.TypeFor[[]strict](), Options{}, "not a struct"},
		{"required of a type not held", reflect.TypeFor[strict](), Options{Required: map[reflect.Type][]string{reflect.TypeFor[doc](): {"name"}}}, "not a struct decoded"},
		{"required field that does not exist", reflect.TypeFor[strict](), Options{Required: map[reflect.Type][]string{reflect.TypeFor[strict](): {"nope"}}}, "no field \"nope\""},
		{"bound on a field that does not exist", reflect.TypeFor[strict](), Options{MaxFieldBytes: map[reflect.Type]map[string]int{reflect.TypeFor[strict](): {"nope": 1}}}, "no field \"nope\""},
		{"bound of a type not held", reflect.TypeFor[strict](), Options{MaxFieldBytes: map[reflect.Type]map[string]int{reflect.TypeFor[int](): {"x": 1}}}, "not a struct decoded"},
	} {
		if _, err := NewDecoder(tc.t, tc.opts); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v; want an error saying %q", tc.name, err, tc.want)
		}
	}
	// The caller's errors are wrapped.
	mine := errors.New("mine")
	dec, err := NewDecoder(reflect.TypeFor[strict](), Options{Errors: Errors{Syntax: mine}})
	if err != nil {
		t.Fatal(err)
	}
	var v strict
	if res := dec.Decode([]byte(`{`), &v, Limits{}); !errors.Is(res.Err(), mine) || errors.Is(res.Err(), ErrSyntax) {
		t.Errorf("%v does not wrap the caller's error alone", res.Err())
	}
	// So is the note on problems not listed.
	dec, err = NewDecoder(reflect.TypeFor[strict](), Options{Errors: Errors{Limit: mine}})
	if err != nil {
		t.Fatal(err)
	}
	if res := dec.Decode([]byte(`{"a": 1, "b": 2}`), &v, Limits{MaxProblems: 1}); res.Dropped != 1 || !errors.Is(res.Err(), mine) || errors.Is(res.Err(), ErrLimit) {
		t.Errorf("%v: the note on dropped problems does not wrap the caller's limit error alone", res.Err())
	}
}

func TestDecodeUsage(t *testing.T) {
	t.Parallel()
	dec, _ := NewDecoder(reflect.TypeFor[doc](), Options{})
	for _, v := range []any{nil, doc{}, (*doc)(nil), new(strict), new(int), "x"} {
		res := Decode([]byte(`{}`), v, Limits{})
		if v, ok := v.(*strict); ok {
			res = dec.Decode([]byte(`{}`), v, Limits{})
		}
		if !res.Stopped || len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Err.Error(), "cannot decode into") {
			t.Errorf("Decode into %T: %v", v, res.Err())
		}
	}
}

// TestLimits checks each limit at its edge.
func TestLimits(t *testing.T) {
	t.Parallel()
	list := func(n int, elem string) string {
		return strings.TrimSuffix(strings.Repeat(elem+",", n), ",")
	}
	tests := []struct {
		name string
		lim  Limits
		doc  string
		off  int // of the problem; -1 for none
		msg  string
	}{
		{"bytes at the limit", Limits{MaxBytes: 12}, `{"name":"x"}`, -1, ""},
		{"bytes over the limit", Limits{MaxBytes: 11}, `{"name":"x"}`, 0, "larger than 11 bytes"},
		{"depth at the limit", Limits{MaxDepth: 3}, `{"items":[{}]}`, -1, ""},
		{"depth over the limit", Limits{MaxDepth: 2}, `{"items":[{}]}`, 10, "nested deeper than 2 levels"},
		{"depth over the limit, skipped", Limits{MaxDepth: 2}, `{"x":[{}]}`, 6, "nested deeper than 2 levels"},
		{"values at the limit", Limits{MaxValues: 4}, `{"tags":["a","b"]}`, -1, ""},
		{"values over the limit", Limits{MaxValues: 3}, `{"tags":["a","b"]}`, 13, "more than 3 values"},
		{"values over the limit, skipped", Limits{MaxValues: 3}, `{"x":[1,{"y":2}]}`, 8, "more than 3 values"},
		{"root array at the limit", Limits{MaxRootArray: 3, MaxArray: 1}, `{"tags":["a","b","c"]}`, -1, ""},
		{"root array over the limit", Limits{MaxRootArray: 2, MaxArray: 5}, `{"tags":["a","b","c"]}`, 17, "an array of more than 2 elements"},
		{"root array over the limit, skipped", Limits{MaxRootArray: 2, MaxArray: 5}, `{"x":[1,2,3]}`, 10, "more than 2 elements"},
		{"array at the limit", Limits{MaxRootArray: 1, MaxArray: 2}, `{"items":[{"vals":[1,2]}]}`, -1, ""},
		{"array over the limit", Limits{MaxRootArray: 5, MaxArray: 2}, `{"items":[{"vals":[1,2,3]}]}`, 23, "more than 2 elements"},
		{"array over the limit, skipped", Limits{MaxRootArray: 5, MaxArray: 2}, `{"x":[[1,2,3]]}`, 11, "more than 2 elements"},
		{"array over the limit, under an unknown key", Limits{MaxRootArray: 5, MaxArray: 2}, `{"items":[{"x":[1,2,3]}]}`, 20, "more than 2 elements"},
		{"string at the limit", Limits{MaxString: 4}, `{"name":"\u00e9\u00e9"}`, -1, ""},
		{"string over the limit", Limits{MaxString: 4}, `{"name":"\u00e9\u00e9x"}`, 8, "a string of more than 4 bytes"},
		{"key over the limit", Limits{MaxString: 3}, `{"name":"x"}`, 1, "a string of more than 3 bytes"},
		{"string over the limit, skipped", Limits{MaxString: 3}, `{"x":{"y":"abcd"}}`, 10, "more than 3 bytes"},
		{"key over the limit, skipped", Limits{MaxString: 3}, `{"x":{"abcd":1}}`, 6, "more than 3 bytes"},
		{"huge string stops early", Limits{MaxString: 10}, `{"name":"` + strings.Repeat("x", 10<<20), 8, "more than 10 bytes"},
		{"many elements", Limits{MaxRootArray: 1000}, `{"tags":[` + list(1001, `"a"`) + `]}`, 9 + 4*1000, "more than 1000 elements"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var v doc
			res := Decode([]byte(tt.doc), &v, tt.lim)
			if tt.off < 0 {
				if !res.OK() && !strings.Contains(res.Err().Error(), "unknown field") {
					t.Fatal(res.Err())
				}
				return
			}
			if !res.Stopped || len(res.Problems) != 1 {
				t.Fatalf("not stopped at one problem: %v", res.Err())
			}
			p := res.Problems[0]
			if p.Kind != Limit || p.Offset != tt.off || !strings.Contains(p.Err.Error(), tt.msg) || !errors.Is(p.Err, ErrLimit) {
				t.Errorf("%v at %d: %v; want a limit at %d saying %q", p.Kind, p.Offset, p.Err, tt.off, tt.msg)
			}
		})
	}
}

// TestMaxProblems checks that past MaxProblems problems are counted, not
// listed, and values no longer stored.
func TestMaxProblems(t *testing.T) {
	t.Parallel()
	dec, err := NewDecoder(reflect.TypeFor[strict](), strictOptions)
	if err != nil {
		t.Fatal(err)
	}
	const n = 100_000
	in := `{"id": "r", "title": "t", "parts": [` + strings.TrimSuffix(strings.Repeat(`{"title": "t"},`, n), ",") + `]}`
	var v strict
	res := dec.Decode([]byte(in), &v, Limits{MaxProblems: 10})
	if len(res.Problems) != 10 || res.Dropped != n-10 || !res.Full || res.Stopped {
		t.Fatalf("%d problems, %d dropped, full %v, stopped %v", len(res.Problems), res.Dropped, res.Full, res.Stopped)
	}
	if len(v.Parts) > 10 {
		t.Errorf("%d parts stored past the problem limit", len(v.Parts))
	}
	if p := res.Problems[9]; p.Pointer != "/parts/9/id" || p.Kind != Missing {
		t.Errorf("the 10th problem: %v", &p)
	}
	err = res.Err()
	if !strings.HasSuffix(err.Error(), fmt.Sprintf("%d more problems not listed", n-10)) || !errors.Is(err, ErrLimit) {
		t.Errorf("Err: %v", err)
	}
	// A syntax error after them all is still found, and alone reported.
	res = dec.Decode([]byte(strings.TrimSuffix(in, "}")+"]"), new(strict), Limits{MaxProblems: 10})
	if !res.Stopped || len(res.Problems) != 1 || res.Problems[0].Kind != Syntax || res.Dropped != 0 {
		t.Errorf("syntax error after many problems: %v", res.Err())
	}
}

// TestFields checks that field names follow encoding/json: tags, "-",
// embedded structs inlined, the shallower or tagged of two names winning
// and two equal ones cancelling out.
func TestFields(t *testing.T) {
	t.Parallel()
	type Inner struct {
		A string `json:"a"`
		B string
		X string
	}
	type Other struct {
		X string
		D string `json:"d"`
	}
	type unexported struct {
		E string `json:"e"`
	}
	type outer struct {
		Inner
		Other
		unexported
		B       string `json:"b"`
		Skip    string `json:"-"`
		Dash    string `json:"-,"`
		Bad     string `json:"a\"b"`
		private string
	}
	var names []string
	for _, f := range Fields(reflect.TypeFor[outer]()) {
		names = append(names, f.Name)
	}
	want := []string{"a", "B", "d", "e", "b", "-", "Bad"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("fields (-want +got):\n%s", diff)
	}
	in := `{"a": "1", "B": "2", "d": "3", "e": "4", "b": "5", "-": "6", "Bad": "7"}`
	var got, ref outer
	if res := Decode([]byte(in), &got, Limits{}); !res.OK() {
		t.Fatal(res.Err())
	}
	if err := json.Unmarshal([]byte(in), &ref); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, ref) {
		t.Errorf("jsondoc %+v, encoding/json %+v", got, ref)
	}
	for _, key := range []string{"X", "Skip", "private", "A"} {
		if res := Decode([]byte(`{"`+key+`": "x"}`), new(outer), Limits{}); res.OK() {
			t.Errorf("field %q accepted", key)
		}
	}
}

func TestQuote(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"abc":                         `"abc"`,
		"a\x1b]52;c\x07":              `"a\x1b]52;c\a"`,
		strings.Repeat("x", 64):       `"` + strings.Repeat("x", 64) + `"`,
		strings.Repeat("x", 65):       `"` + strings.Repeat("x", 64) + `"… (65 bytes)`,
		strings.Repeat("é", 40):       `"` + strings.Repeat("é", 32) + `"… (80 bytes)`,
		"x" + strings.Repeat("é", 40): `"x` + strings.Repeat("é", 31) + `"… (81 bytes)`,
	} {
		if got := Quote(in); got != want {
			t.Errorf("Quote(%.10q…) = %s, want %s", in, got, want)
		}
	}
}

// longText refuses everything, quoting it whole.
type longText struct{}

func (*longText) UnmarshalText(b []byte) error { return fmt.Errorf("bad value %q: %w", b, errBadLevel) }

func TestLongMessagesShortened(t *testing.T) {
	t.Parallel()
	var v struct {
		X longText `json:"x"`
	}
	long := strings.Repeat("y", 1<<20)
	res := Decode([]byte(`{"x": "`+long+`", "`+long+`": 1}`), &v, Limits{})
	if len(res.Problems) != 2 {
		t.Fatalf("%v", res.Err())
	}
	for _, p := range res.Problems {
		if len(p.Error()) > 2*maxMessage+len(p.Pointer) {
			t.Errorf("a message of %d bytes", len(p.Error()))
		}
	}
	if !errors.Is(res.Err(), errBadLevel) {
		t.Errorf("the shortened error does not wrap the original")
	}
}

// TestWideStruct checks a struct of more fields than a word of bits and
// a linear search cover.
func TestWideStruct(t *testing.T) {
	t.Parallel()
	var fields []reflect.StructField
	for i := range 70 {
		fields = append(fields, reflect.StructField{Name: fmt.Sprintf("F%d", i), Type: reflect.TypeFor[string](), Tag: reflect.StructTag(fmt.Sprintf(`json:"f%d"`, i))})
	}
	typ := reflect.StructOf(fields)
	dec, err := NewDecoder(typ, Options{Required: map[reflect.Type][]string{typ: {"f1", "f68"}}})
	if err != nil {
		t.Fatal(err)
	}
	v := reflect.New(typ)
	res := dec.Decode([]byte(`{"f0": "a", "f69": "b", "f69": "c", "f70": "d"}`), v.Interface(), Limits{})
	want := []string{
		`1:25 /f69 schema: does not fit the format: field "f69" appears twice`,
		`1:37 /f70 schema: does not fit the format: unknown field "f70"`,
		`1:1 /f1 missing: required value is missing: no "f1" field`,
		`1:1 /f68 missing: required value is missing: no "f68" field`,
	}
	if diff := cmp.Diff(want, problems(res)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if got := v.Elem().Field(0).String() + v.Elem().Field(69).String(); got != "ab" {
		t.Errorf("decoded %q", got)
	}
}
