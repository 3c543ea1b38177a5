package tfplan_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// FuzzReadMutated mutates the sample plans structurally, driven by the
// fuzzer's bytes, where FuzzRead mutates bytes and mostly breaks the JSON:
// it deletes keys and elements, replaces values with interesting ones
// (regions of every provider, ARNs, 1e400, 5,000-character strings, NUL,
// U+FFFD, values of the wrong type), duplicates array elements, renames
// keys to attribute names the reader looks for, wraps values in arrays,
// takes strings from the other plans and copies subtrees between
// resources, within a plan and across plans. Each mutated plan must read
// without an internal error; give a nil Result only with ErrFormat or
// ErrTooLarge; give a topology that the assessment validates; read the
// same twice; and list only addresses the plan holds (a store of a
// resource is named by its address and a suffix after "/").
func FuzzReadMutated(f *testing.F) {
	files, err := samplePlans()
	if err != nil || len(files) == 0 {
		f.Fatalf("no sample plans: %v", err)
	}
	var plans []any
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		var v any
		if err := dec.Decode(&v); err != nil {
			f.Fatalf("%s: %v", name, err)
		}
		plans = append(plans, v)
	}
	m := &mutator{plans: plans, values: interestingValues(plans)}
	for i := range plans {
		f.Add(uint8(i), []byte{})
		for op := range byte(numOps) {
			f.Add(uint8(i), []byte{op, 0, byte(7 * (op + 1)), 1, 2, op, 3, 4, 5, 6, 7})
		}
	}
	asOf := asOf
	f.Fuzz(func(t *testing.T, which uint8, ops []byte) {
		plan := m.mutate(int(which), ops)
		doc, err := json.Marshal(plan)
		if err != nil {
			t.Fatalf("the mutated plan does not encode: %v", err)
		}
		res, err := tfplan.Read(doc)
		if err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatalf("Read panicked: %v", err)
		}
		if res == nil {
			if err == nil || !errors.Is(err, tfplan.ErrFormat) && !errors.Is(err, tfplan.ErrTooLarge) {
				t.Fatalf("no result, and the error is not ErrFormat or ErrTooLarge: %v", err)
			}
		} else {
			if res.Topology == nil {
				t.Fatal("a result with no topology")
			}
			if _, aerr := residency.Assess(res.Topology, asOf); aerr != nil {
				t.Fatalf("the topology read does not validate: %v\nread error: %v", aerr, err)
			}
		}
		res2, err2 := tfplan.Read(doc)
		if !reflect.DeepEqual(res, res2) || errText(err) != errText(err2) {
			t.Fatalf("two reads differ:\n%v\n%v", err, err2)
		}
		addrs := map[string]bool{}
		collectAddresses(plan, addrs)
		fromPlan := func(a string) bool {
			if addrs[a] || a == "(no address)" {
				return true
			}
			for i := range len(a) {
				if a[i] == '/' && addrs[a[:i]] {
					return true
				}
				// A module's address and a module-relative address, as
				// Terraform 0.12 writes data sources in prior_state.
				if a[i] == '.' && addrs[a[:i]] && addrs[a[i+1:]] {
					return true
				}
			}
			return false
		}
		if res != nil {
			for _, l := range [][]tfplan.Resource{res.Unsupported, res.Unlocated, res.Notes} {
				for _, r := range l {
					if !fromPlan(r.Address) {
						t.Errorf("listed address %q is not in the plan", r.Address)
					}
				}
			}
		}
		var joined interface{ Unwrap() []error }
		if errors.As(err, &joined) {
			for _, e := range joined.Unwrap() {
				if re, ok := e.(*tfplan.ResourceError); ok && !fromPlan(re.Address) {
					t.Errorf("error at address %q, which is not in the plan: %v", re.Address, re)
				}
			}
		}
	})
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// collectAddresses adds every "address" string of the plan to addrs.
func collectAddresses(v any, addrs map[string]bool) {
	switch v := v.(type) {
	case map[string]any:
		if a, ok := v["address"].(string); ok {
			addrs[a] = true
		}
		for _, c := range v {
			collectAddresses(c, addrs)
		}
	case []any:
		for _, c := range v {
			collectAddresses(c, addrs)
		}
	}
}

// interestingValues are the values a mutation puts in place of another.
func interestingValues(plans []any) []any {
	vals := []any{
		nil, true, false, "", json.Number("0"), json.Number("-1"), json.Number("1e400"), json.Number("-0"),
		json.Number("9223372036854775808"), json.Number("1.5"), strings.Repeat("x", 5000), strings.Repeat("é", 2500),
		"\x00", "a\x00b", "\ufffd", "eu-west-1\ufffd", []any{}, map[string]any{}, []any{nil}, map[string]any{"": ""},
		"arn:aws:kms:eu-west-1:111122223333:key/mrk-1", "arn:aws:kms:cn-north-1:111122223333:key/k",
		"arn:aws-cn:s3:::bucket", "arn:aws:s3:::acme-replica", "arn:aws:rds:us-east-1:111122223333:db:x",
		"arn:aws:rds:eu-west-1:111122223333:cluster:c", "arn:aws:dynamodb:ap-southeast-1:111122223333:table/t",
		"arn:aws:kms:us-east-1:1:alias/x", "arn:", "arn:aws:kms:::key/", "projects/p/locations/eu/keyRings/r",
		"/subscriptions/s/resourceGroups/g/providers/Microsoft.Sql/servers/srv",
		"EU", "US", "ASIA", "EUR4", "NAM4", "eur5", "asia1", "West Europe", "westeurope", "China East 2",
		"oss-cn-beijing", "oss-cn-hongkong", "us-gov-west-1", "cn-north-1", "eu-isoe-west-1", "xx-nowhere-9",
		"DE=1,XX", "CN=2000000", "personal,health", "personal_x", "dataresidency_subjects", "aws_s3_bucket.b",
		"module.m[0].aws_s3_bucket.b", `module.m["k"]`, "${var.region}", "var.region", "local.r",
	}
	for r := range jurisdiction.Default().Regions() {
		vals = append(vals, r.Code, r.Name)
	}
	// Strings of all the plans, for cross-over.
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			vals = append(vals, v)
		case map[string]any:
			for _, k := range sortedKeys(v) {
				walk(v[k])
			}
		case []any:
			for _, c := range v {
				walk(c)
			}
		}
	}
	for _, p := range plans {
		walk(p)
	}
	return vals
}

// attributeNames are the keys a rename mutation gives: names the reader
// looks for.
var attributeNames = []string{
	"address", "mode", "type", "name", "provider_name", "values", "region", "location", "bucket", "tags", "labels",
	"tags_all", "replicate_source_db", "kms_key_id", "kms_master_key_id", "replica", "region_name", "geo_location",
	"failover_priority", "destination", "master_instance_name", "custom_placement_config", "data_locations",
	"account_replication_type", "server_id", "partner_server", "global_cluster_identifier", "source_region",
	"rule", "storage_class", "multi_region", "global_table_arn", "source_arn", "source_bucket", "after_unknown",
	"provider_config_key", "expressions", "references", "constant_value", "module_calls", "module", "resources",
	"child_modules", "root_module", "planned_values", "prior_state", "resource_changes", "configuration",
	"provider_config", "variables", "value", "format_version", "deposed", "change", "actions",
	"dataresidency_dataset", "dataresidency_subjects", "dataresidency_classes",
}

// numOps is the number of kinds of mutation.
const numOps = 8

// A mutator mutates copies of the sample plans.
type mutator struct {
	plans  []any
	values []any
}

// bytesIn reads the fuzzer's bytes, zeros once they run out.
type bytesIn struct {
	b []byte
	i int
}

func (s *bytesIn) byte() byte {
	if s.i >= len(s.b) {
		return 0
	}
	c := s.b[s.i]
	s.i++
	return c
}

// n returns a number in [0, max) from two bytes (0 when max is 0).
func (s *bytesIn) n(max int) int {
	v := int(s.byte())<<8 | int(s.byte())
	if max <= 0 {
		return 0
	}
	return v % max
}

// A slot is a place in the plan: a key of an object or an element of an
// array, with the means to change it.
type slot struct {
	key    string // the key, "" for an element
	get    func() any
	set    func(any)
	del    func()
	dupe   func() // duplicate an element; nil for a key
	rename func(string)
}

// maxMutations bounds the mutations of one input.
const maxMutations = 16

// mutate returns a copy of plan which%len(plans) mutated as ops say:
// each mutation is a kind byte and then what it needs.
func (m *mutator) mutate(which int, ops []byte) any {
	root := deepCopy(m.plans[which%len(m.plans)])
	in := &bytesIn{b: ops}
	for range maxMutations {
		if in.i >= len(in.b) {
			break
		}
		op := in.byte() % numOps
		holder := &root
		slots := collectSlots(holder)
		if len(slots) == 0 {
			break
		}
		s := slots[in.n(len(slots))]
		switch op {
		case 0: // delete a key or an element
			s.del()
		case 1: // an interesting value
			s.set(deepCopy(m.values[in.n(len(m.values))]))
		case 2: // duplicate an element
			if s.dupe != nil {
				s.dupe()
			} else {
				s.set([]any{deepCopy(s.get()), deepCopy(s.get())})
			}
		case 3: // a subtree of any plan, this one included
			var src any = root
			if in.byte()%2 == 1 {
				src = m.plans[in.n(len(m.plans))]
			}
			if from := collectSlots(&src); len(from) > 0 {
				s.set(deepCopy(from[in.n(len(from))].get()))
			}
		case 4: // rename a key to an attribute name
			if s.rename != nil {
				s.rename(attributeNames[in.n(len(attributeNames))])
			}
		case 5: // wrap in an array
			s.set([]any{s.get()})
		case 6: // a string in place of a string
			if _, ok := s.get().(string); ok {
				for range 8 { // find a string among the values
					if v, ok := m.values[in.n(len(m.values))].(string); ok {
						s.set(v)
						break
					}
				}
			}
		case 7: // copy a member from one resource to another, maybe of another plan
			var src any = root
			if in.byte()%2 == 1 {
				src = m.plans[in.n(len(m.plans))]
			}
			from, to := resources(src), resources(root)
			if len(from) > 0 && len(to) > 0 {
				a, b := from[in.n(len(from))], to[in.n(len(to))]
				keys := sortedKeys(a)
				k := keys[in.n(len(keys))]
				b[k] = deepCopy(a[k])
			}
		}
	}
	return root
}

// collectSlots lists the places of the tree *holder, in document order
// with keys sorted.
func collectSlots(holder *any) []slot {
	var out []slot
	var walk func(get func() any, set func(any), depth int)
	walk = func(get func() any, set func(any), depth int) {
		if depth > 64 {
			return
		}
		switch v := get().(type) {
		case map[string]any:
			for _, k := range sortedKeys(v) {
				k := k
				out = append(out, slot{
					key: k,
					get: func() any { return v[k] },
					set: func(x any) { v[k] = x },
					del: func() { delete(v, k) },
					rename: func(n string) {
						x := v[k]
						delete(v, k)
						v[n] = x
					},
				})
				walk(func() any { return v[k] }, func(x any) { v[k] = x }, depth+1)
			}
		case []any:
			for i := range v {
				i := i
				out = append(out, slot{
					get: func() any { return v[i] },
					set: func(x any) { v[i] = x },
					del: func() { set(slices.Delete(slices.Clone(v), i, i+1)) },
					dupe: func() {
						set(slices.Insert(slices.Clone(v), i, deepCopy(v[i])))
					},
				})
				walk(func() any { return v[i] }, func(x any) { v[i] = x }, depth+1)
			}
		}
	}
	walk(func() any { return *holder }, func(x any) { *holder = x }, 0)
	return out
}

// resources lists the objects of the tree that look like resources: with
// an address or a type.
func resources(v any) []map[string]any {
	var out []map[string]any
	var walk func(v any, depth int)
	walk = func(v any, depth int) {
		if depth > 64 {
			return
		}
		switch v := v.(type) {
		case map[string]any:
			_, a := v["address"]
			_, t := v["type"]
			if (a || t) && len(v) > 0 {
				out = append(out, v)
			}
			for _, k := range sortedKeys(v) {
				walk(v[k], depth+1)
			}
		case []any:
			for _, c := range v {
				walk(c, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		c := make(map[string]any, len(v))
		for k, x := range v {
			c[k] = deepCopy(x)
		}
		return c
	case []any:
		c := make([]any, len(v))
		for i, x := range v {
			c[i] = deepCopy(x)
		}
		return c
	}
	return v
}
