package residency_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

func encode(t testing.TB, top *residency.Topology) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := residency.EncodeJSON(&b, top); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestJSONRoundTrip: decode(encode(t)) equals t, and encoding is stable.
func TestJSONRoundTrip(t *testing.T) {
	t.Parallel()
	tops := []*residency.Topology{cnCII(), euPersonal(), euToUS("eu-scc-2021", "eu-us-dpf")}
	for _, c := range cases.All() {
		tops = append(tops, c.Topology)
	}
	for _, top := range tops {
		first := encode(t, top)
		got, err := residency.DecodeJSON(first)
		if err != nil {
			t.Fatalf("%s: %v", top.Name, err)
		}
		if diff := cmp.Diff(top, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", top.Name, diff)
		}
		if second := encode(t, got); !bytes.Equal(first, second) {
			t.Errorf("%s: encoding is not stable", top.Name)
		}
	}
}

// problemsAt lists "line:col pointer: sentinel" for each member.
func problemsAt(t *testing.T, err error) []string {
	t.Helper()
	var m interface{ WrappedErrors() []error }
	if !errors.As(err, &m) {
		var ve *residency.ValidationError
		if errors.As(err, &ve) {
			return []string{fmt.Sprintf("%d:%d %s", ve.Line, ve.Column, ve.Path)}
		}
		t.Fatalf("error %v is neither an aggregate nor a *ValidationError", err)
	}
	var out []string
	for _, e := range m.WrappedErrors() {
		var ve *residency.ValidationError
		if !errors.As(e, &ve) {
			t.Fatalf("member %v is not a *ValidationError", e)
		}
		kind := "?"
		for _, s := range []struct {
			err  error
			name string
		}{{residency.ErrSchema, "schema"}, {residency.ErrLimit, "limit"}, {residency.ErrDangling, "dangling"},
			{residency.ErrCycle, "cycle"}, {residency.ErrShare, "share"}, {residency.ErrMissing, "missing"}, {residency.ErrInvalid, "invalid"}} {
			if errors.Is(e, s.err) {
				kind = s.name
				break
			}
		}
		out = append(out, fmt.Sprintf("%d:%d %s %s", ve.Line, ve.Column, ve.Path, kind))
	}
	return out
}

func TestDecodeJSONReportsEverything(t *testing.T) {
	t.Parallel()
	doc := `{
  "name": "broken",
  "datasets": [
    {"id": "d1", "classes": ["personal", "secret"], "subjects": [{"jurisdiction": "XX", "count": "many"}]}
  ],
  "entities": [
    {"id": "a", "jurisdiction": "CN", "owners": [{"parent": "b", "share": 60}]},
    {"id": "b", "jurisdiction": "CN", "owners": [{"parent": "a", "share": 70}], "colour": "red"}
  ],
  "stores": [
    {"id": "s1", "location": "CN", "datasets": ["d1", "d2"], "operators": [{"entity": "nobody", "from": "2020-02-30"}]}
  ],
  "flows": {}
}`
	_, err := residency.DecodeJSON([]byte(doc))
	want := []string{
		"4:42 /datasets/0/classes/1 invalid",
		"4:98 /datasets/0/subjects/0/count schema",
		"4:83 /datasets/0/subjects/0/jurisdiction invalid",
		"7:49 /entities/0/owners cycle",
		"8:81 /entities/1/colour schema", // at the key
		"11:55 /stores/0/datasets/1 dangling",
		"11:87 /stores/0/operators/0/entity dangling",
		"11:105 /stores/0/operators/0/from invalid",
		"13:12 /flows schema",
	}
	if diff := cmp.Diff(want, problemsAt(t, err)); diff != "" {
		t.Errorf("schema and structural problems together (-want +got):\n%s\n%v", diff, err)
	}

	// With the schema problems fixed, the structural ones are still
	// reported, at the same positions.
	doc = strings.NewReplacer(`"secret"`, `"important"`, `"XX"`, `"CN"`, `"many"`, `1`, `, "colour": "red"`, ``,
		`"2020-02-30"`, `"2020-02-28"`, `"flows": {}`, `"flows": []`).Replace(doc)
	_, err = residency.DecodeJSON([]byte(doc))
	want = []string{
		"7:49 /entities/0/owners cycle",
		"11:55 /stores/0/datasets/1 dangling",
		"11:87 /stores/0/operators/0/entity dangling",
	}
	if diff := cmp.Diff(want, problemsAt(t, err)); diff != "" {
		t.Errorf("structural problems (-want +got):\n%s\n%v", diff, err)
	}
}

func TestDecodeJSONHostile(t *testing.T) {
	t.Parallel()
	deep := strings.Repeat(`{"a":`, 100_000) + "1" + strings.Repeat("}", 100_000)
	var big strings.Builder
	big.WriteString(`{"datasets": [`)
	for i := range 1_000_000 {
		if i > 0 {
			big.WriteByte(',')
		}
		big.WriteByte('1')
	}
	big.WriteString(`]}`)
	var cycle strings.Builder
	cycle.WriteString(`{"entities": [`)
	for i := range 10_000 {
		if i > 0 {
			cycle.WriteByte(',')
		}
		fmt.Fprintf(&cycle, `{"id":"e%d","jurisdiction":"US","owners":[{"parent":"e%d","share":100}]}`, i, (i+1)%10_000)
	}
	cycle.WriteString(`]}`)
	tests := []struct {
		name, doc string
		want      error
	}{
		{"empty", ``, residency.ErrSchema},
		{"truncated", `{"datasets": [{"id": "d1"`, residency.ErrSchema},
		{"not an object", `[1, 2, 3]`, residency.ErrSchema},
		{"two documents", `{} {}`, residency.ErrSchema},
		{"not UTF-8", "{\"name\": \"\xff\xfe\"}", residency.ErrSchema},
		{"deep nesting", deep, residency.ErrLimit},
		{"a million wrong elements", big.String(), residency.ErrLimit},
		{"ownership cycle of 10,000", cycle.String(), residency.ErrCycle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			top, err := residency.DecodeJSON([]byte(tt.doc))
			if top != nil || !errors.Is(err, tt.want) {
				t.Fatalf("DecodeJSON = %v, %v; want an error wrapping %v", top, err, tt.want)
			}
			if len(err.Error()) > 1<<20 {
				t.Errorf("the error message is %d bytes", len(err.Error()))
			}
		})
	}
}

// TestReadJSONTooLarge runs with the limit lowered to 1 KiB; it is not
// parallel because it changes a package variable.
func TestReadJSONTooLarge(t *testing.T) {
	defer residency.SetMaxDocumentBytes(1024)()
	_, err := residency.ReadJSON(strings.NewReader(`{"name": "` + strings.Repeat("x", 2000) + `"}`))
	if !errors.Is(err, residency.ErrLimit) {
		t.Errorf("ReadJSON of an oversized document = %v, want ErrLimit", err)
	}
	if _, err := residency.ReadJSON(strings.NewReader(`{"name": "small"}`)); err != nil {
		t.Errorf("ReadJSON of a small document: %v", err)
	}
}

func FuzzDecodeJSON(f *testing.F) {
	for _, top := range []*residency.Topology{cnCII(), euPersonal(), cases.AWSBeijing().Topology, cases.Dublin().Topology} {
		f.Add(encode(f, top))
	}
	f.Add([]byte(`{"stores":[{"id":"s","location":"CN","operators":[{"entity":"x"}]}]}`))
	f.Add([]byte(`{"datasets":[{"id":"d","subjects":[{"jurisdiction":"CA-BC","count":1}]}]}`))
	f.Add([]byte(`{"entities":[{"id":"a","jurisdiction":"US","owners":[{"parent":"a","share":1e400}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		top, err := residency.DecodeJSON(data)
		if err != nil {
			if top != nil {
				t.Fatal("a topology and an error")
			}
			return
		}
		again, err := residency.DecodeJSON(encode(t, top))
		if err != nil {
			t.Fatalf("re-decoding the encoding of a decoded topology: %v", err)
		}
		if diff := cmp.Diff(top, again, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		// A valid topology assesses without error.
		if _, err := residency.Assess(top, day("2024-01-01")); err != nil {
			var ve *residency.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Assess of a decoded topology: %v", err)
			}
		}
		var v any
		if json.Unmarshal(data, &v) != nil {
			t.Fatal("DecodeJSON accepted what encoding/json rejects")
		}
	})
}

// TestItemLimit runs with MaxItems lowered to 100; it is not parallel
// because it changes a package variable.
func TestItemLimit(t *testing.T) {
	defer residency.SetMaxItems(100)()
	top := &residency.Topology{Stores: make([]residency.Store, 101), Flows: make([]residency.Flow, 100)}
	for _, err := range []error{top.Validate(), func() error { _, err := residency.Assess(top, day("2024-01-01")); return err }()} {
		var ve *residency.ValidationError
		if !errors.Is(err, residency.ErrLimit) || !errors.As(err, &ve) || ve.Path != "stores" {
			t.Fatalf("over the item limit: %v; want ErrLimit at stores", err)
		}
		// The limit stops validation before the stores' own problems are
		// listed: 101 stores without IDs are one problem, not 202.
		if n := len(err.(interface{ WrappedErrors() []error }).WrappedErrors()); n != 1 {
			t.Errorf("%d problems reported, want 1: %v", n, err)
		}
	}
}

// TestDecodeJSONLeftOutValues checks that a value reported as not fitting
// the format is not reported a second time as missing, while the rest of
// the document is still checked.
func TestDecodeJSONLeftOutValues(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, doc string
		want      []string
	}{{
		name: "id of the wrong type",
		doc:  `{"entities": [{"id": 7, "jurisdiction": "US"}]}`,
		want: []string{"1:22 /entities/0/id schema"},
	}, {
		name: "store of the wrong type, next to a dangling reference",
		doc:  `{"stores": [5, {"id": "s", "location": "DE", "datasets": ["gone"]}]}`,
		want: []string{"1:13 /stores/0 schema", "1:59 /stores/1/datasets/0 dangling", "1:16 /stores/1/operators missing"},
	}, {
		name: "unknown location code, and a second store with none",
		doc:  `{"stores": [{"id": "a", "location": "ZZ"}, {"id": "b"}]}`,
		want: []string{"1:37 /stores/0/location invalid", "1:13 /stores/0/operators missing",
			"1:44 /stores/1/location missing", "1:44 /stores/1/operators missing"},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			top, err := residency.DecodeJSON([]byte(tc.doc))
			if top != nil {
				t.Errorf("DecodeJSON returned a topology with an error")
			}
			if diff := cmp.Diff(tc.want, problemsAt(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s\n%v", diff, err)
			}
		})
	}
}

// TestReferenceLimit checks the bound on references from stores and flows
// to datasets and custodians, which keeps the assessment's indexes within
// 32-bit offsets: over it, validation stops with one ErrLimit.
func TestReferenceLimit(t *testing.T) {
	defer residency.SetMaxRefs(5)()
	top := &residency.Topology{
		Stores: []residency.Store{{ID: "a", Datasets: []string{"d1", "d2", "d3"}}, {ID: "b", Custodians: []residency.Tenure{{Entity: "x"}}}},
		Flows:  []residency.Flow{{ID: "f", Datasets: []string{"d1", "d2"}}},
	}
	for _, err := range []error{top.Validate(), func() error { _, err := residency.Assess(top, day("2024-01-01")); return err }()} {
		var ve *residency.ValidationError
		if !errors.Is(err, residency.ErrLimit) || !errors.As(err, &ve) || ve.Path != "stores" || !strings.Contains(err.Error(), "6 references") {
			t.Fatalf("over the reference limit: %v; want ErrLimit at stores counting 6 references", err)
		}
		if n := len(err.(interface{ WrappedErrors() []error }).WrappedErrors()); n != 1 {
			t.Errorf("%d problems reported, want 1: %v", n, err)
		}
	}
}

// TestDecodeJSONLimitsExact checks the limits at their edges: nesting of
// exactly MaxDepth is read (and its problems reported), one more level is
// ErrLimit; a topology at the reference limit is valid, one over is not.
func TestDecodeJSONLimitsExact(t *testing.T) {
	nested := func(depth int) []byte {
		return []byte(strings.Repeat(`{"a":`, depth-1) + "{}" + strings.Repeat("}", depth-1))
	}
	if _, err := residency.DecodeJSON(nested(residency.MaxDepth)); errors.Is(err, residency.ErrLimit) || !errors.Is(err, residency.ErrSchema) {
		t.Errorf("nested %d deep: %v; want the unknown field, not the limit", residency.MaxDepth, err)
	}
	if _, err := residency.DecodeJSON(nested(residency.MaxDepth + 1)); !errors.Is(err, residency.ErrLimit) {
		t.Errorf("nested %d deep: %v; want ErrLimit", residency.MaxDepth+1, err)
	}

	top := &residency.Topology{
		Datasets: []residency.Dataset{{ID: "d1"}, {ID: "d2"}, {ID: "d3"}},
		Entities: []residency.Entity{{ID: "x", Jurisdiction: jurisdiction.MustParseCode("DE")}},
		Stores: []residency.Store{
			{ID: "a", Location: jurisdiction.MustParseCode("DE"), Datasets: []string{"d1", "d2", "d3"}, Operators: []residency.Tenure{{Entity: "x"}}},
			{ID: "b", Location: jurisdiction.MustParseCode("DE"), Datasets: []string{"d1", "d2"}, Operators: []residency.Tenure{{Entity: "x"}}, Custodians: []residency.Tenure{{Entity: "x"}}},
		},
	}
	defer residency.SetMaxRefs(6)()
	if err := top.Validate(); err != nil {
		t.Errorf("6 references at a limit of 6: %v", err)
	}
	residency.SetMaxRefs(5)
	if err := top.Validate(); !errors.Is(err, residency.ErrLimit) {
		t.Errorf("6 references at a limit of 5: %v; want ErrLimit", err)
	}
}

// TestDecodeJSONRepeatedKey checks that a key given twice in one object is
// a problem at its second occurrence, located at that key.
func TestDecodeJSONRepeatedKey(t *testing.T) {
	_, err := residency.DecodeJSON([]byte(`{"name": "a", "name": "b"}`))
	if diff := cmp.Diff([]string{"1:15 /name schema"}, problemsAt(t, err)); diff != "" || !strings.Contains(fmt.Sprint(err), `field "name" appears twice`) {
		t.Errorf("repeated key (-want +got):\n%s\n%v", diff, err)
	}
}

// TestDecodeJSONRoots checks that a document that is not one object is
// refused at its first byte, null included.
func TestDecodeJSONRoots(t *testing.T) {
	t.Parallel()
	for doc, want := range map[string]string{
		`null`: "want an object, got null", `[]`: "want an object, got an array", ` "x"`: "want an object, got a string",
		`1`: "want an object, got a number", `true`: "want an object, got a boolean", `false`: "want an object, got a boolean",
		"[" + strings.Repeat("0,", 1_000_000): "want an object, got an array",
	} {
		top, err := residency.DecodeJSON([]byte(doc))
		var ve *residency.ValidationError
		if top != nil || !errors.Is(err, residency.ErrSchema) || !errors.As(err, &ve) || ve.Line != 1 || !strings.Contains(err.Error(), want) {
			t.Errorf("DecodeJSON(%.10q) = %v, %v; want %q at 1:", doc, top, err, want)
		}
	}
	if top, err := residency.DecodeJSON([]byte(`{}`)); err != nil || top == nil {
		t.Errorf("DecodeJSON({}) = %v, %v", top, err)
	}
}

// TestDecodeJSONRequiredFields checks that a field the format requires is
// reported once when absent, where its object starts, and that an empty
// one is Validate's to report.
func TestDecodeJSONRequiredFields(t *testing.T) {
	t.Parallel()
	doc := `{"entities": [{"id": "e"}, {"id": "", "jurisdiction": "DE"}],
"stores": [{"location": "DE", "operators": [{"from": "2020-01-01"}]}]}`
	_, err := residency.DecodeJSON([]byte(doc))
	want := []string{
		"1:15 /entities/0/jurisdiction missing",
		"1:35 /entities/1/id missing",
		"2:12 /stores/0/id missing",
		"2:45 /stores/0/operators/0/entity missing",
	}
	if diff := cmp.Diff(want, problemsAt(t, err)); diff != "" {
		t.Errorf("problems (-want +got):\n%s\n%v", diff, err)
	}
	for _, msg := range []string{`/entities/0/jurisdiction: required value is missing: no "jurisdiction" field`, "/entities/1/id: required value is missing: id is empty"} {
		if !strings.Contains(err.Error(), msg) {
			t.Errorf("%v\nlacks %q", err, msg)
		}
	}
}

// TestDecodeJSONLengthLimits checks MaxIDBytes, MaxTextBytes and
// MaxListItems at their edges, and that no message quotes a long value
// whole.
func TestDecodeJSONLengthLimits(t *testing.T) {
	t.Parallel()
	id := func(n int) string { return strings.Repeat("i", n) }
	store := func(id, name, location string, datasets int) string {
		ds := strings.TrimSuffix(strings.Repeat(`"d",`, datasets), ",")
		return fmt.Sprintf(`{"datasets": [{"id": "d"}], "entities": [{"id": "e", "jurisdiction": "DE"}],
"stores": [{"id": %q, "name": %q, "location": %q, "datasets": [%s], "operators": [{"entity": "e"}]}]}`, id, name, location, ds)
	}
	for _, tc := range []struct {
		name, doc string
		want      error  // nil: none of the limits
		at        string // the problem's pointer
	}{
		{"ID at the limit", store(id(residency.MaxIDBytes), "", "DE", 1), nil, ""},
		{"ID over the limit", store(id(residency.MaxIDBytes+1), "", "DE", 1), residency.ErrLimit, "/stores/0/id"},
		{"name at the limit", store("s", id(residency.MaxTextBytes), "DE", 1), nil, ""},
		{"name over the limit", store("s", id(residency.MaxTextBytes+1), "DE", 1), residency.ErrLimit, "/stores/0/name"},
		{"list at the limit", store("s", "", "DE", residency.MaxListItems), nil, ""},
		{"list over the limit", store("s", "", "DE", residency.MaxListItems+1), residency.ErrLimit, "/stores/0/datasets"},
		{"long code", store("s", "", id(residency.MaxTextBytes), 1), residency.ErrInvalid, "/stores/0/location"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, err := residency.DecodeJSON([]byte(tc.doc))
			if tc.want == nil {
				if errors.Is(err, residency.ErrLimit) || errors.Is(err, residency.ErrSchema) {
					t.Fatalf("%.300v", err)
				}
				return
			}
			var ve *residency.ValidationError
			if !errors.Is(err, tc.want) || !errors.As(err, &ve) || ve.Path != tc.at {
				t.Fatalf("%.300v; want %v at %s", err, tc.want, tc.at)
			}
			if len(err.Error()) > 600 {
				t.Errorf("a message of %d bytes: %.300s", len(err.Error()), err)
			}
		})
	}
	// An ID over the limit leaves the ID out; decoding and validation go
	// on: the store's other problems are still reported.
	_, err := residency.DecodeJSON([]byte(`{"stores": [{"id": "` + id(300) + `", "location": "XX"}]}`))
	want := []string{"1:20 /stores/0/id limit", "1:336 /stores/0/location invalid", "1:13 /stores/0/operators missing"}
	if diff := cmp.Diff(want, problemsAt(t, err)); diff != "" {
		t.Errorf("problems (-want +got):\n%s\n%v", diff, err)
	}
}

// TestDecodeJSONBounded checks that hostile documents are decided with
// memory in proportion to their size, however many problems they hold:
// past MaxProblems problems are counted, not stored. It is not parallel,
// so that it measures its own allocations.
func TestDecodeJSONBounded(t *testing.T) {
	list := joined
	for _, tc := range []struct {
		name string
		doc  string
		want error
		// budget bounds the bytes allocated per byte of document.
		budget float64
	}{
		{"a million empty stores", `{"stores":[` + list(1_000_000, func(int) string { return "{}" }) + `]}`, residency.ErrMissing, 1},
		{"a million zeros at the root", `[` + list(1_000_000, func(int) string { return "0" }) + `]`, residency.ErrSchema, 0.01},
		{"a million zeros in a section", `{"stores":[` + list(1_000_000, func(int) string { return "0" }) + `]}`, residency.ErrSchema, 1},
		{"a million unknown keys", `{` + list(1_000_000, func(i int) string { return fmt.Sprintf(`"k%d":0`, i) }) + `}`, residency.ErrSchema, 0.5},
		{"a ten-megabyte location", `{"stores":[{"id":"s","location":"` + strings.Repeat("A", 10<<20) + `"}]}`, residency.ErrLimit, 0.01},
	} {
		data := []byte(tc.doc)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		top, err := residency.DecodeJSON(data)
		runtime.ReadMemStats(&after)
		if top != nil || !errors.Is(err, tc.want) {
			t.Errorf("%s: %.200v; want %v", tc.name, err, tc.want)
		}
		if n := len(flattenErr(err)); n > residency.MaxProblems+1 {
			t.Errorf("%s: %d problems", tc.name, n)
		}
		per := float64(after.TotalAlloc-before.TotalAlloc) / float64(len(data))
		t.Logf("%s: %d bytes, %.3f bytes allocated per byte", tc.name, len(data), per)
		if per > tc.budget*raceSlack {
			t.Errorf("%s: %.2f bytes allocated per byte of document, want at most %.2f", tc.name, per, tc.budget)
		}
	}
}

func flattenErr(err error) []error {
	if m, ok := err.(interface{ WrappedErrors() []error }); ok {
		return m.WrappedErrors()
	}
	return []error{err}
}

// TestReadJSONRegularFile checks that a regular file over the limit is
// refused without being read. It is not parallel because it changes a
// package variable.
func TestReadJSONRegularFile(t *testing.T) {
	defer residency.SetMaxDocumentBytes(1024)()
	path := filepath.Join(t.TempDir(), "big.json")
	if err := os.WriteFile(path, []byte(`{"name": "`+strings.Repeat("x", 2000)+`"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := residency.ReadJSON(f); !errors.Is(err, residency.ErrLimit) {
		t.Errorf("ReadJSON of a large file: %v", err)
	}
	if off, _ := f.Seek(0, io.SeekCurrent); off != 0 {
		t.Errorf("%d bytes read of a file over the limit", off)
	}
	// Read from past its start, what is left fits.
	if _, err := f.Seek(1000, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	if _, err := residency.ReadJSON(f); errors.Is(err, residency.ErrLimit) || !errors.Is(err, residency.ErrSchema) {
		t.Errorf("ReadJSON of the end of the file: %v; want it read, and refused as no document", err)
	}
}

// countingReader yields spaces without end, counting them.
type countingReader struct{ n int64 }

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	r.n += int64(len(p))
	return len(p), nil
}

// TestReadJSONStream checks that a stream over the limit is refused once
// it passes the limit, having read no more than the limit and a byte. It
// is not parallel because it changes a package variable.
func TestReadJSONStream(t *testing.T) {
	const limit = 3<<20 + 17
	defer residency.SetMaxDocumentBytes(limit)()
	var r countingReader
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := residency.ReadJSON(&r)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, residency.ErrLimit) || r.n != limit+1 {
		t.Errorf("ReadJSON of an endless stream: %v, %d bytes read; want ErrLimit after %d", err, r.n, limit+1)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 3*limit {
		t.Errorf("%d bytes allocated to refuse a stream at %d", alloc, limit)
	}
}
