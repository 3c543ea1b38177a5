package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	readme := filepath.Join(dir, "README.md")
	if err := os.WriteFile(readme, []byte("# x\n<!-- catalog-counts --> stale\nend\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "catalog.md")
	schema := filepath.Join(dir, "schema.json")
	if err := runArgs([]string{"-o", out, "-schema", schema, "-readme", readme}); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(schema); err != nil || !strings.Contains(string(b), "json-schema.org") {
		t.Errorf("schema: %v", err)
	}
	doc, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(doc), "## Rules") {
		t.Errorf("catalog.md: %v", err)
	}
	text, _ := os.ReadFile(readme)
	if !strings.Contains(string(text), "The built-in catalog holds") || !strings.HasSuffix(string(text), "end\n") {
		t.Errorf("README not updated in place:\n%s", text)
	}
	if err := os.WriteFile(readme, []byte("no marker\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := runArgs([]string{"-o", out, "-schema", "", "-readme", readme}); err == nil {
		t.Error("a README without the marker line is not an error")
	}
	if err := runArgs([]string{"-o", out, "-schema", "", "-readme", filepath.Join(dir, "missing.md")}); err == nil {
		t.Error("a missing README is not an error")
	}
	if err := runArgs([]string{"-o", out, "-schema", filepath.Join(dir, "no", "dir", "s.json"), "-readme", ""}); err == nil {
		t.Error("an unwritable schema is not an error")
	}
	if err := runArgs([]string{"-no-such-flag"}); err == nil {
		t.Error("an unknown flag is not an error")
	}
	if err := runArgs([]string{"-o", filepath.Join(dir, "no", "such", "dir", "x.md"), "-schema", "", "-readme", ""}); err == nil {
		t.Error("an unwritable output is not an error")
	}
}
