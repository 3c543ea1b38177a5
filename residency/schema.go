package residency

import (
	"encoding/json"
	"reflect"
	"slices"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// JSONSchema returns the JSON Schema (draft 2020-12) of topology documents,
// derived from the Go types so that it cannot drift from DecodeJSON. It
// checks shapes, field names and the form of codes, dates and names;
// references between IDs and the other rules of [Topology.Validate] are
// beyond a schema. The output is deterministic; the module's
// docs/topology.schema.json is this function's output.
func JSONSchema() []byte {
	defs := map[string]any{}
	root := schemaOf(reflect.TypeFor[Topology](), defs)
	doc := map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         "https://github.com/dataresidency/dataresidency/docs/topology.schema.json",
		"title":       "dataresidency topology",
		"description": "A storage topology: datasets, legal entities, stores and flows, with dated facts. See the residency package documentation.",
		"$defs":       defs,
	}
	for k, v := range root.(map[string]any) {
		doc[k] = v
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		panic("residency: schema does not marshal: " + err.Error()) // fixed data; a bug if it happens
	}
	return append(b, '\n')
}

// requiredAnyOf lists, per type, groups of fields of which a valid
// topology must have at least one: a store is placed by its location or
// its region, and run by its operators or its region's.
var requiredAnyOf = map[string][][]string{
	"Store": {{"location", "region"}, {"operators", "region"}},
}

// required lists, per type, the fields a valid topology must have.
var required = map[string][]string{
	"Dataset":     {"id"},
	"Subjects":    {"jurisdiction"},
	"PeriodCount": {"since", "count"},
	"Entity":      {"id", "jurisdiction"},
	"Ownership":   {"parent", "share"},
	"Store":       {"id"},
	"Tenure":      {"entity"},
	"KeyCustody":  {"holder", "location"},
	"Flow":        {"id", "kind", "to"},
	"Waiver":      {"finding", "justification", "approver", "expires"},
}

func enumOf(names func() []string) map[string]any {
	return map[string]any{"type": "string", "enum": names()}
}

func schemaOf(t reflect.Type, defs map[string]any) any {
	switch t {
	case reflect.TypeFor[jurisdiction.Code]():
		return map[string]any{"type": "string", "pattern": "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,3})?$",
			"description": "ISO 3166-1 alpha-2 code, bloc code (EU, EEA) or subdivision (CA-BC)"}
	case reflect.TypeFor[jurisdiction.Date]():
		return map[string]any{"type": "string", "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2})?$", "description": "ISO calendar day, or empty"}
	case reflect.TypeFor[jurisdiction.DataClass]():
		return enumOf(func() []string {
			var out []string
			for _, c := range jurisdiction.DataClasses() {
				out = append(out, c.String())
			}
			return out
		})
	case reflect.TypeFor[Role]():
		return enumOf(func() []string { return []string{Primary.String(), Replica.String(), Backup.String()} })
	case reflect.TypeFor[jurisdiction.Role]():
		return enumOf(func() []string {
			var out []string
			for r := jurisdiction.UnknownRole; r.IsValid(); r++ {
				out = append(out, r.String())
			}
			return out
		})
	case reflect.TypeFor[FlowKind]():
		return enumOf(func() []string {
			var out []string
			for k := Replication; k < flowKindEnd; k++ {
				out = append(out, k.String())
			}
			return out
		})
	}
	switch t.Kind() {
	case reflect.Struct:
		name := t.Name()
		if _, ok := defs[name]; !ok {
			defs[name] = nil // placeholder against recursion
			props := map[string]any{}
			for name, ft := range jsonFields(t) { // the fields as decoding sees them
				props[name] = schemaOf(ft, defs)
			}
			obj := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
			if req := required[name]; len(req) > 0 {
				obj["required"] = slices.Clone(req)
			}
			var all []any
			for _, group := range requiredAnyOf[name] {
				var alts []any
				for _, f := range group {
					alts = append(alts, map[string]any{"required": []string{f}})
				}
				all = append(all, map[string]any{"anyOf": alts})
			}
			if len(all) > 0 {
				obj["allOf"] = all
			}
			defs[name] = obj
		}
		return map[string]any{"$ref": "#/$defs/" + name}
	case reflect.Slice:
		return map[string]any{"type": "array", "items": schemaOf(t.Elem(), defs)}
	case reflect.String:
		return map[string]any{"type": "string"}
	case reflect.Bool:
		return map[string]any{"type": "boolean"}
	case reflect.Int64, reflect.Int, reflect.Int32:
		return map[string]any{"type": "integer", "minimum": 0}
	case reflect.Float64, reflect.Float32:
		return map[string]any{"type": "number", "minimum": 0, "maximum": 100}
	}
	return map[string]any{}
}
