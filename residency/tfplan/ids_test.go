package tfplan_test

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// shortened matches an ID the reader shortened: a cut, "…" and 16
// hexadecimal digits.
var shortened = regexp.MustCompile(`…[0-9a-f]{16}$`)

// TestIDsFitTheTopology reads plans whose addresses or tags would make
// IDs a topology refuses (longer than residency.MaxIDBytes, or holding
// control characters) and checks that the topology still validates, that
// every shortened ID is noted, and that a value no ID may hold is an
// error, never a store assessed under a name it does not have.
func TestIDsFitTheTopology(t *testing.T) {
	t.Parallel()
	providers := map[string]any{"aws": awsProvider("", "", constant("eu-west-1"))}
	long := strings.Repeat("k", 300)
	tagged := func(addr string, tags map[string]any, extra map[string]any) rsrc {
		v := map[string]any{"bucket": "b", "tags": tags}
		for k, x := range extra {
			v[k] = x
		}
		return rsrc{addr: addr, pkey: "aws", values: v}
	}
	personal := map[string]any{"dataresidency_classes": "personal", "dataresidency_subjects": "DE=10"}
	tests := []struct {
		name, reason string
		rs           []rsrc
		stores       int    // stores in the topology
		notes        int    // notes that an ID was shortened
		shortStores  int    // store IDs shortened
		shortFlows   int    // flow IDs shortened
		errText      string // a resource error holding this, or "" for none
	}{
		{name: "long for_each key", reason: "a 300-byte key makes a store ID cut to 256 bytes and a dataset named after it, both noted",
			rs:     []rsrc{tagged(`aws_s3_bucket.b["`+long+`"]`, personal, nil)},
			stores: 1, notes: 2, shortStores: 1},
		{name: "two long keys, one beginning", reason: "two addresses that differ only past the cut stay two stores",
			rs:     []rsrc{tagged(`aws_s3_bucket.b["`+long+`a"]`, personal, nil), tagged(`aws_s3_bucket.b["`+long+`b"]`, personal, nil)},
			stores: 2, notes: 4, shortStores: 2},
		{name: "derived replica", reason: "a 250-byte table address is under the limit, its replica's \"/eu-central-1\" takes it over; the flow between them too",
			rs: []rsrc{{addr: "aws_dynamodb_table." + strings.Repeat("t", 231), pkey: "aws", values: map[string]any{
				"name": "t", "tags": personal, "replica": []any{map[string]any{"region_name": "eu-central-1"}}}}},
			stores: 2, notes: 1, shortStores: 1, shortFlows: 1},
		{name: "long dataset tag", reason: "a dataset ID tag of 300 bytes is cut, and noted",
			rs:     []rsrc{tagged("aws_s3_bucket.b", map[string]any{"dataresidency_dataset": long, "dataresidency_classes": "personal"}, nil)},
			stores: 1, notes: 1},
		{name: "control character in the address", reason: "Terraform escapes keys; a raw U+0001 is an error, and the resource makes no store",
			rs:     []rsrc{tagged("aws_s3_bucket.b[\"a\x01\"]", personal, nil), tagged("aws_s3_bucket.c", personal, nil)},
			stores: 1, errText: "holds U+0001"},
		{name: "bidi control in the dataset tag", reason: "a U+202E in a dataset ID is an error; the dataset is named after the resource",
			rs:     []rsrc{tagged("aws_s3_bucket.b", map[string]any{"dataresidency_dataset": "a\u202eb", "dataresidency_classes": "personal"}, nil)},
			stores: 1, errText: "holds U+202E"},
	}
	eng := residency.NewEngine(nil)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			res, err := tfplan.Read(planDoc(t, providers, nil, tt.rs...))
			if res == nil {
				t.Fatalf("no result: %v", err)
			}
			if tt.errText == "" && err != nil {
				t.Errorf("Read: %v, want no error (%s)", err, tt.reason)
			}
			if tt.errText != "" {
				var re *tfplan.ResourceError
				if !errors.As(err, &re) || !strings.Contains(err.Error(), tt.errText) {
					t.Errorf("Read error %v, want a ResourceError holding %q (%s)", err, tt.errText, tt.reason)
				}
			}
			top := res.Topology
			if _, aerr := eng.Assess(top, asOf); aerr != nil {
				t.Fatalf("the topology does not validate: %v (%s)", aerr, tt.reason)
			}
			if len(top.Stores) != tt.stores {
				t.Errorf("%d stores, want %d (%s)", len(top.Stores), tt.stores, tt.reason)
			}
			var shortStores, shortFlows, notes int
			for _, s := range top.Stores {
				if shortened.MatchString(s.ID) {
					shortStores++
				}
			}
			for _, f := range top.Flows {
				if shortened.MatchString(f.ID) {
					shortFlows++
				}
			}
			for _, n := range res.Notes {
				if strings.Contains(n.Reason, "more than the 256 a topology allows") {
					notes++
				}
			}
			if shortStores != tt.shortStores || shortFlows != tt.shortFlows || notes != tt.notes {
				t.Errorf("shortened %d store IDs and %d flow IDs with %d notes, want %d, %d and %d (%s)\nnotes: %v",
					shortStores, shortFlows, notes, tt.shortStores, tt.shortFlows, tt.notes, tt.reason, res.Notes)
			}
			for _, s := range top.Stores {
				if len(s.ID) > residency.MaxIDBytes {
					t.Errorf("store ID of %d bytes", len(s.ID))
				}
			}
		})
	}
}

// TestShortIDsAreStable reads the same plan twice: the shortened IDs are
// the same bytes.
func TestShortIDsAreStable(t *testing.T) {
	t.Parallel()
	providers := map[string]any{"aws": awsProvider("", "", constant("eu-west-1"))}
	doc := planDoc(t, providers, nil, rsrc{addr: `aws_s3_bucket.b["` + strings.Repeat("é", 200) + `"]`, pkey: "aws",
		values: map[string]any{"bucket": "b", "tags": map[string]any{"dataresidency_classes": "personal"}}})
	a, err := tfplan.Read(doc)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := tfplan.Read(doc)
	id := a.Topology.Stores[0].ID
	if id != b.Topology.Stores[0].ID || !shortened.MatchString(id) || len(id) > residency.MaxIDBytes {
		t.Errorf("IDs %q and %q, want one shortened ID of at most %d bytes", id, b.Topology.Stores[0].ID, residency.MaxIDBytes)
	}
	if !strings.HasPrefix(id, `aws_s3_bucket.b["éé`) {
		t.Errorf("ID %q does not begin with the address", id)
	}
}
