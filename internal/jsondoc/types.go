package jsondoc

import (
	"cmp"
	"encoding"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// A Field is a struct field as JSON sees it.
type Field struct {
	Name  string       // the JSON name
	Type  reflect.Type // the field's type
	Index []int        // the reflect index path, through embedded structs
}

// fieldCache holds Fields' answers by type.
var fieldCache sync.Map // reflect.Type → []Field

// Fields returns the fields of struct type t that encoding/json decodes,
// in field order: exported fields named by their json tag (or Go name),
// "-" left out, the fields of embedded structs without a tag inlined, and
// a name that two fields at the same depth claim equally dropped, as
// encoding/json does. Fields of structs embedded by pointer are not
// inlined: Decode does not allocate. The slice is shared; do not modify it.
func Fields(t reflect.Type) []Field {
	if t.Kind() != reflect.Struct {
		return nil
	}
	if v, ok := fieldCache.Load(t); ok {
		return v.([]Field)
	}
	v, _ := fieldCache.LoadOrStore(t, typeFields(t))
	return v.([]Field)
}

// typeFields is encoding/json's typeFields, breadth first over embedded
// structs, keeping the dominant field of each name.
func typeFields(t reflect.Type) []Field {
	type candidate struct {
		Field
		tagged bool
	}
	type level struct {
		t     reflect.Type
		index []int
	}
	var found []candidate
	next := []level{{t: t}}
	visited := map[reflect.Type]bool{}
	var count, nextCount map[reflect.Type]int // embeddings of a type queued for this level and the next
	for len(next) > 0 {
		current := next
		next = nil
		count, nextCount = nextCount, map[reflect.Type]int{}
		for _, lv := range current {
			if visited[lv.t] {
				continue
			}
			visited[lv.t] = true
			for i := range lv.t.NumField() {
				f := lv.t.Field(i)
				if f.Anonymous {
					if f.Type.Kind() == reflect.Pointer {
						continue // not followed: Decode does not allocate
					}
					if !f.IsExported() && f.Type.Kind() != reflect.Struct {
						continue
					}
				} else if !f.IsExported() {
					continue
				}
				tag := f.Tag.Get("json")
				if tag == "-" {
					continue
				}
				name, _, _ := strings.Cut(tag, ",")
				if !validTag(name) {
					name = ""
				}
				index := append(slices.Clip(lv.index), i)
				if name != "" || !f.Anonymous || f.Type.Kind() != reflect.Struct {
					if !f.IsExported() {
						continue
					}
					tagged := name != ""
					if name == "" {
						name = f.Name
					}
					found = append(found, candidate{Field{Name: name, Type: f.Type, Index: index}, tagged})
					if count[lv.t] > 1 {
						// Two embeddings of one type at one level: a
						// second copy makes the name ambiguous below.
						found = append(found, found[len(found)-1])
					}
					continue
				}
				nextCount[f.Type]++
				if nextCount[f.Type] == 1 {
					next = append(next, level{t: f.Type, index: index})
				}
			}
		}
	}
	slices.SortStableFunc(found, func(a, b candidate) int {
		if c := strings.Compare(a.Name, b.Name); c != 0 {
			return c
		}
		if c := cmp.Compare(len(a.Index), len(b.Index)); c != 0 {
			return c
		}
		if a.tagged != b.tagged {
			if a.tagged {
				return -1
			}
			return 1
		}
		return slices.Compare(a.Index, b.Index)
	})
	var out []Field
	for i := 0; i < len(found); {
		j := i + 1
		for j < len(found) && found[j].Name == found[i].Name {
			j++
		}
		group := found[i:j]
		if len(group) == 1 || len(group[0].Index) < len(group[1].Index) || group[0].tagged != group[1].tagged {
			out = append(out, group[0].Field)
		}
		i = j
	}
	slices.SortFunc(out, func(a, b Field) int { return slices.Compare(a.Index, b.Index) })
	return out
}

// validTag reports whether s is a name encoding/json accepts in a tag.
func validTag(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case !unicode.IsLetter(c) && !unicode.IsDigit(c):
			return false
		}
	}
	return true
}

// A kind is how a Go type is decoded.
type kind uint8

const (
	kUnsupported kind = iota
	kStruct
	kSlice
	kString
	kBool
	kInt
	kUint
	kFloat
	kText // encoding.TextUnmarshaler, from a JSON string
)

// want names the JSON a kind is decoded from, for messages.
var want = [...]string{
	kUnsupported: "nothing",
	kStruct:      "an object",
	kSlice:       "an array",
	kString:      "a string",
	kBool:        "true or false",
	kInt:         "a whole number",
	kUint:        "a whole number",
	kFloat:       "a number",
	kText:        "a string",
}

// typeInfo is what decoding needs of a Go type, worked out once per
// Decoder.
type typeInfo struct {
	t    reflect.Type
	kind kind
	bits int       // of numbers
	elem *typeInfo // of slices
	// Structs: the fields, their indexes by JSON name, and which are
	// required.
	fields   []fieldInfo
	names    map[string]int
	required []int
	// anyOf are groups of field indexes of which at least one must be
	// present.
	anyOf [][]int
}

type fieldInfo struct {
	name  string
	index []int
	info  *typeInfo
	// maxBytes bounds a string value here, or each string of an array
	// here (0: no bound of the field's own).
	maxBytes int
}

// field returns the index of the field named key, or -1.
func (ti *typeInfo) field(key []byte) int {
	if len(ti.fields) > 16 {
		if i, ok := ti.names[string(key)]; ok {
			return i
		}
		return -1
	}
	for i := range ti.fields {
		if ti.fields[i].name == string(key) {
			return i
		}
	}
	return -1
}

var textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()

// compile builds the typeInfo of t and every type reachable from it, with
// the options' required fields and string bounds.
func compile(t reflect.Type, opts *Options) (*typeInfo, error) {
	infos := map[reflect.Type]*typeInfo{}
	var build func(t reflect.Type) *typeInfo // recursion on type nesting, not on documents
	build = func(t reflect.Type) *typeInfo {
		if ti, ok := infos[t]; ok {
			return ti
		}
		ti := &typeInfo{t: t}
		infos[t] = ti
		switch {
		case t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface && reflect.PointerTo(t).Implements(textUnmarshaler):
			ti.kind = kText
		case t.Kind() == reflect.Struct:
			ti.kind = kStruct
			fs := Fields(t)
			ti.names = make(map[string]int, len(fs))
			for i, f := range fs {
				ti.fields = append(ti.fields, fieldInfo{name: f.Name, index: f.Index})
				ti.names[f.Name] = i
			}
			for i, f := range fs {
				ti.fields[i].info = build(f.Type)
			}
		case t.Kind() == reflect.Slice:
			ti.kind = kSlice
			ti.elem = build(t.Elem())
		case t.Kind() == reflect.String:
			ti.kind = kString
		case t.Kind() == reflect.Bool:
			ti.kind = kBool
		case t.Kind() >= reflect.Int && t.Kind() <= reflect.Int64:
			ti.kind, ti.bits = kInt, t.Bits()
		case t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uintptr:
			ti.kind, ti.bits = kUint, t.Bits()
		case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
			ti.kind, ti.bits = kFloat, t.Bits()
		}
		return ti
	}
	root := build(t)
	if root.kind != kStruct {
		return nil, fmt.Errorf("jsondoc: %s is not a struct type", t)
	}
	for rt, names := range opts.Required {
		ti, ok := infos[rt]
		if !ok || ti.kind != kStruct {
			return nil, fmt.Errorf("jsondoc: required fields for %s, which is not a struct decoded from %s", rt, t)
		}
		for _, name := range names {
			i, ok := ti.names[name]
			if !ok {
				return nil, fmt.Errorf("jsondoc: %s has no field %q to require", rt, name)
			}
			if !slices.Contains(ti.required, i) {
				ti.required = append(ti.required, i)
			}
		}
		slices.Sort(ti.required)
	}
	for rt, groups := range opts.RequiredAnyOf {
		ti, ok := infos[rt]
		if !ok || ti.kind != kStruct {
			return nil, fmt.Errorf("jsondoc: required fields for %s, which is not a struct decoded from %s", rt, t)
		}
		for _, names := range groups {
			var group []int
			for _, name := range names {
				i, ok := ti.names[name]
				if !ok {
					return nil, fmt.Errorf("jsondoc: %s has no field %q to require", rt, name)
				}
				group = append(group, i)
			}
			if len(group) > 0 {
				ti.anyOf = append(ti.anyOf, group)
			}
		}
	}
	for rt, bounds := range opts.MaxFieldBytes {
		ti, ok := infos[rt]
		if !ok || ti.kind != kStruct {
			return nil, fmt.Errorf("jsondoc: string bounds for %s, which is not a struct decoded from %s", rt, t)
		}
		for name, n := range bounds {
			i, ok := ti.names[name]
			if !ok {
				return nil, fmt.Errorf("jsondoc: %s has no field %q to bound", rt, name)
			}
			ti.fields[i].maxBytes = n
		}
	}
	return root, nil
}
