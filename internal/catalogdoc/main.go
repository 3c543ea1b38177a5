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
	if err := runArgs(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "catalogdoc:", err)
		os.Exit(1)
	}
}

// runArgs parses the flags and writes the files.
func runArgs(args []string) error {
	fs := flag.NewFlagSet("catalogdoc", flag.ContinueOnError)
	out := fs.String("o", "docs/catalog.md", "where to write the reference")
	schema := fs.String("schema", "docs/topology.schema.json", "where to write the topology JSON Schema (empty: nowhere)")
	readme := fs.String("readme", "README.md", "README whose catalog counts line to update (empty: none)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *schema != "" {
		if err := os.WriteFile(*schema, residency.JSONSchema(), 0o644); err != nil {
			return err
		}
	}
	return run(*out, *readme)
}

func run(out, readme string) error {
	var b bytes.Buffer
	cat := jurisdiction.Default()
	if err := writeMarkdown(&b, cat); err != nil {
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
	line := []byte(countsLine(cat))
	re := regexp.MustCompile(`(?m)^<!-- catalog-counts -->.*$`)
	if !re.Match(text) {
		return fmt.Errorf("%s has no <!-- catalog-counts --> line", readme)
	}
	return os.WriteFile(readme, re.ReplaceAll(text, line), 0o644)
}
