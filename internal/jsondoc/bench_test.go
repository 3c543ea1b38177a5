package jsondoc

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// benchDoc returns an indented document of n items, as encoding/json
// writes it.
func benchDoc(b *testing.B, n int) []byte {
	d := doc{Name: "bench", Tags: []string{"a", "b"}}
	for i := range n {
		d.Items = append(d.Items, item{ID: fmt.Sprintf("item-%d", i), Level: level(i % 3), Vals: []int{i, -i, 7},
			Small: int8(i), U: uint16(i), F32: 1.5, Sub: []item{{ID: fmt.Sprintf("sub-%d", i), Vals: []int{}}}})
	}
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		b.Fatal(err)
	}
	return []byte(strings.NewReplacer(`"level": 0`, `"level": "low"`, `"level": 1`, `"level": "mid"`, `"level": 2`, `"level": "high"`).Replace(string(data)))
}

func (l level) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprint(int(l))), nil }

func BenchmarkDecode(b *testing.B) {
	data := benchDoc(b, 10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v doc
		if res := Decode(data, &v, Limits{MaxProblems: 1000}); !res.OK() {
			b.Fatal(res.Err())
		}
	}
}

// BenchmarkDecodeEncodingJSON is encoding/json on the same document, for
// comparison.
func BenchmarkDecodeEncodingJSON(b *testing.B) {
	data := benchDoc(b, 10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v doc
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSkip measures reading a document into a struct that has none
// of its fields: one unknown field, its value scanned and skipped.
func BenchmarkSkip(b *testing.B) {
	data := []byte(`{"x": ` + string(benchDoc(b, 10_000)) + `}`)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v struct{}
		if res := Decode(data, &v, Limits{}); len(res.Problems) != 1 {
			b.Fatal(res.Err())
		}
	}
}

// BenchmarkManyProblems measures a document with a problem in every
// element, past MaxProblems: counted, not stored.
func BenchmarkManyProblems(b *testing.B) {
	data := []byte(`{"items": [` + strings.TrimSuffix(strings.Repeat(`{"id": 1},`, 100_000), ",") + `]}`)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var v doc
		if res := Decode(data, &v, Limits{MaxProblems: 1000}); res.Dropped != 99_000 {
			b.Fatal(res.Err())
		}
	}
}

func BenchmarkLocate(b *testing.B) {
	data := benchDoc(b, 10_000)
	ptrs := make([]string, 0, 1000)
	for i := 0; i < 10_000; i += 10 {
		ptrs = append(ptrs, fmt.Sprintf("/items/%d/sub/0/id", i))
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Locate(data, ptrs)) != len(ptrs) {
			b.Fatal("missing")
		}
	}
}

// BenchmarkCheck measures Check on the document BenchmarkDecode reads.
func BenchmarkCheck(b *testing.B) {
	data := benchDoc(b, 10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if res := Check(data, CheckOptions{MaxDepth: 100}); !res.OK() {
			b.Fatal(res.Err())
		}
	}
}

// BenchmarkCheckWide measures Check on objects of 40 keys, indexed by
// hash tables.
func BenchmarkCheckWide(b *testing.B) {
	var sb strings.Builder
	sb.WriteByte('[')
	for i := range 2_000 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteByte('{')
		for k := range 40 {
			if k > 0 {
				sb.WriteByte(',')
			}
			fmt.Fprintf(&sb, `"attribute_%d":%d`, k, i)
		}
		sb.WriteByte('}')
	}
	sb.WriteByte(']')
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if res := Check(data, CheckOptions{}); !res.OK() {
			b.Fatal(res.Err())
		}
	}
}

// BenchmarkCheckEncodingJSON is json.Valid on BenchmarkCheck's document,
// for comparison: syntax only.
func BenchmarkCheckEncodingJSON(b *testing.B) {
	data := benchDoc(b, 10_000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if !json.Valid(data) {
			b.Fatal("invalid")
		}
	}
}
