package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMainPrints runs the program with its output in a file and checks that it
// printed the case and its rating table.
func TestMainPrints(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = f
	main()
	os.Stdout = stdout
	out, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"== ", "Rating:", "Confidentiality", "Jurisdiction"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
