// Command catalogdoc writes the built-in catalog's reference,
// docs/catalog.md, the topology JSON Schema, docs/topology.schema.json, and
// the catalog counts in README.md. Run it with `go generate` from the
// module root.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"regexp"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

func main() {
	out := flag.String("o", "docs/catalog.md", "where to write the reference")
	schema := flag.String("schema", "docs/topology.schema.json", "where to write the topology JSON Schema (empty: nowhere)")
	readme := flag.String("readme", "README.md", "README whose catalog counts line to update (empty: none)")
	flag.Parse()
	if *schema != "" {
		if err := os.WriteFile(*schema, residency.JSONSchema(), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "catalogdoc:", err)
			os.Exit(1)
		}
	}
	if err := run(*out, *readme); err != nil {
		fmt.Fprintln(os.Stderr, "catalogdoc:", err)
		os.Exit(1)
	}
}

func run(out, readme string) error {
	var b bytes.Buffer
	cat := jurisdiction.Default()
	if err := cat.WriteMarkdown(&b); err != nil {
		return err
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		return err
	}
	if readme == "" {
		return nil
	}
	text, err := os.ReadFile(readme)
	if err != nil {
		return err
	}
	line := []byte(jurisdiction.CountsLine(cat))
	re := regexp.MustCompile(`(?m)^<!-- catalog-counts -->.*$`)
	if !re.Match(text) {
		return fmt.Errorf("%s has no <!-- catalog-counts --> line", readme)
	}
	return os.WriteFile(readme, re.ReplaceAll(text, line), 0o644)
}
