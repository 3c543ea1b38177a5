package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

func TestWriteMarkdown(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	cat := jurisdiction.Default()
	if err := writeMarkdown(&b, cat); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"# Catalog dataresidency-builtin", cat.Version(), "## Rules", "#### US-CLOUD-2713", "18 U.S.C. 2713",
		"## Agreements", "US-GB-CLOUD", "## Government-access profiles", "| CN | no |", "## Regions", "aws:cn-north-1",
		"fewer than 1000000 subjects",                      // a limit change of the CAC standard contract
		"| ZW | Zimbabwe | 0 | not researched | default |", // an ISO code the contents do not name
		"| EEA | European Economic Area |",                 // a bloc
		"| CA-BC | British Columbia |",                     // a named subdivision
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the reference lacks %q", want)
		}
	}
	// Every rule appears, with its dates.
	for r := range cat.Rules() {
		if !strings.Contains(out, "| "+r.ID+" | ") {
			t.Errorf("rule %s is not in the table", r.ID)
		}
	}
	if line := countsLine(cat); !strings.HasPrefix(line, "<!-- catalog-counts --> ") || !strings.Contains(line, "cloud regions") {
		t.Errorf("countsLine = %q", line)
	}
}

// TestWriteMarkdownSmall checks a catalog without agreements or regions:
// their sections are left out, and every ISO jurisdiction is still listed.
func TestWriteMarkdownSmall(t *testing.T) {
	t.Parallel()
	cat, err := jurisdiction.NewCatalog("small", jurisdiction.Contents{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := writeMarkdown(&b, cat); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, absent := range []string{"## Agreements", "## Regions", "## Providers and operators"} {
		if strings.Contains(out, absent) {
			t.Errorf("a catalog without them has a section %q", absent)
		}
	}
	if got, want := strings.Count(out, " | default | "), len(jurisdiction.ISOCodes()); got != want {
		t.Errorf("%d jurisdictions listed, want the %d ISO codes", got, want)
	}
}

// TestCatalogReferenceIsCurrent fails when docs/catalog.md, the topology
// schema or the counts in README.md no longer match the built-in catalog.
// Run `go generate ./...` from the module root.
func TestCatalogReferenceIsCurrent(t *testing.T) {
	t.Parallel()
	root := filepath.Join("..", "..")
	var want bytes.Buffer
	if err := writeMarkdown(&want, jurisdiction.Default()); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(root, "docs", "catalog.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("docs/catalog.md is stale: run go generate ./...")
	}
	schema, err := os.ReadFile(filepath.Join(root, "docs", "topology.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(schema, residency.JSONSchema()) {
		t.Errorf("docs/topology.schema.json is stale: run go generate ./...")
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if line := countsLine(jurisdiction.Default()); !strings.Contains(string(readme), line+"\n") {
		t.Errorf("README.md's catalog counts are stale: run go generate ./...\nwant line: %s", line)
	}
}
