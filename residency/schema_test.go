package residency_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/residency"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(residency.JSONSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("topology.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("topology.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSchemaAcceptsTopologies checks that every encoded topology the
// library writes validates against the published schema.
func TestSchemaAcceptsTopologies(t *testing.T) {
	t.Parallel()
	s := compileSchema(t)
	tops := []*residency.Topology{cnCII(), euPersonal(), euToUS("eu-scc-2021", "eu-us-dpf")}
	for _, c := range cases.All() {
		tops = append(tops, c.Topology)
	}
	for _, top := range tops {
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(encode(t, top)))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(doc); err != nil {
			t.Errorf("%s: %v", top.Name, err)
		}
	}
}

// TestSchemaRejects checks that the schema rejects what DecodeJSON rejects
// for shape: unknown fields, wrong types, bad enumerations and codes.
func TestSchemaRejects(t *testing.T) {
	t.Parallel()
	s := compileSchema(t)
	for _, doc := range []string{
		`{"colour": "red"}`,
		`{"datasets": [{"id": "d", "classes": ["secret"]}]}`,
		`{"stores": [{"id": "s", "location": "china"}]}`,
		`{"flows": [{"id": "f", "kind": "teleport", "to": "s"}]}`,
		`{"entities": [{"id": "e"}]}`,
		`{"entities": [{"id": "e", "jurisdiction": "US", "role": "landlord"}]}`,
		`{"datasets": {}}`,
	} {
		var v any
		if err := json.Unmarshal([]byte(doc), &v); err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(v); err == nil {
			t.Errorf("schema accepts %s", doc)
		}
		if _, err := residency.DecodeJSON([]byte(doc)); err == nil && !strings.Contains(doc, `"e"}`) {
			t.Errorf("DecodeJSON accepts %s", doc)
		}
	}
}

// TestSchemaTypesEveryField checks that no property of the schema is left
// unconstrained ({}): a field type the schema writer does not know.
func TestSchemaTypesEveryField(t *testing.T) {
	t.Parallel()
	var doc any
	if err := json.Unmarshal(residency.JSONSchema(), &doc); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		m, ok := v.(map[string]any)
		if !ok {
			return
		}
		if props, ok := m["properties"].(map[string]any); ok {
			for name, p := range props {
				if pm, ok := p.(map[string]any); ok && len(pm) == 0 {
					t.Errorf("%s.%s has an empty schema", path, name)
				}
			}
		}
		for k, c := range m {
			walk(path+"."+k, c)
		}
	}
	walk("$", doc)
}
