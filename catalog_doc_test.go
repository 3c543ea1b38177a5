package dataresidency_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// TestCatalogReferenceIsCurrent fails when docs/catalog.md or the counts in
// README.md no longer match the built-in catalog. Run `go generate ./...`.
func TestCatalogReferenceIsCurrent(t *testing.T) {
	var want bytes.Buffer
	if err := jurisdiction.Default().WriteMarkdown(&want); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("docs/catalog.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("docs/catalog.md is stale: run go generate ./...")
	}
	schema, err := os.ReadFile("docs/topology.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(schema, residency.JSONSchema()) {
		t.Errorf("docs/topology.schema.json is stale: run go generate ./...")
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	if line := jurisdiction.CountsLine(jurisdiction.Default()); !strings.Contains(string(readme), line) {
		t.Errorf("README.md's catalog counts are stale: run go generate ./...\nwant line: %s", line)
	}
}
