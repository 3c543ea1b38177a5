// Package mainrun runs an example program's main in a test, with its
// standard output captured, so that each example's test is one call.
package mainrun

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Check runs main with standard output in a file and checks that it
// printed every string of want.
func Check(t *testing.T, main func(), want ...string) {
	t.Helper()
	f, err := os.Create(filepath.Join(t.TempDir(), "out"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	stdout := os.Stdout
	os.Stdout = f
	defer func() { os.Stdout = stdout }()
	main()
	os.Stdout = stdout
	out, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		if !strings.Contains(string(out), w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}
