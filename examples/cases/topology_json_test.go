package cases_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

var update = flag.Bool("update", false, "rewrite examples/*/topology.json from the case studies")

// topologyFiles maps each example directory to its case study. Each
// directory's topology.json is the case's main topology as a JSON
// document, for the command-line tool:
//
//	go run ./cmd/dataresidency assess -as-of 2019-06-01 -consumer IE examples/dublin/topology.json
var topologyFiles = []struct {
	dir string
	c   func() cases.Case
}{
	{"azurechina", cases.AzureChina},
	{"alicloudus", cases.AlibabaUS},
	{"awsbeijing", cases.AWSBeijing},
	{"icloudchina", cases.ICloudChina},
	{"dublin", cases.Dublin},
}

// TestTopologyJSON keeps examples/<case>/topology.json equal to the case
// studies' topologies: each file must decode, strictly, to the case's
// Topology (empty and absent lists being the same), and assess on the
// case's first run. Regenerate the files with
//
//	go test ./examples/cases -run TestTopologyJSON -update
func TestTopologyJSON(t *testing.T) {
	if len(topologyFiles) != len(cases.All()) {
		t.Fatalf("%d topology files for %d case studies: add the new case here", len(topologyFiles), len(cases.All()))
	}
	for _, tf := range topologyFiles {
		t.Run(tf.dir, func(t *testing.T) {
			c := tf.c()
			path := filepath.Join("..", tf.dir, "topology.json")
			if *update {
				var buf bytes.Buffer
				if err := residency.EncodeJSON(&buf, c.Topology); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (regenerate with go test ./examples/cases -run TestTopologyJSON -update)", err)
			}
			got, err := residency.DecodeJSON(data)
			if err != nil {
				t.Fatalf("%s does not decode: %v", path, err)
			}
			opts := []cmp.Option{cmpopts.EquateEmpty(), cmpopts.EquateComparable(jurisdiction.Code{}, jurisdiction.Date{})}
			if diff := cmp.Diff(c.Topology, got, opts...); diff != "" {
				t.Errorf("%s is stale (-case +file); regenerate with go test ./examples/cases -run TestTopologyJSON -update\n%s", path, diff)
			}
			run := c.Runs[0]
			if _, err := residency.Assess(got, run.AsOf, residency.Consumer(run.Consumer)); err != nil {
				t.Errorf("%s does not assess as of %s: %v", path, run.AsOf, err)
			}
		})
	}
}
