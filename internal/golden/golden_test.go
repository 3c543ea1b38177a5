package golden

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failure.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("testdata", "x.golden"), []byte("same"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, got string
		fail      bool
	}{{"x.golden", "same", false}, {"x.golden", "other", true}, {"missing.golden", "x", true}} {
		r := &recorder{TB: t}
		Check(r, tc.name, tc.got)
		if r.failed != tc.fail {
			t.Errorf("Check(%s, %q): failed %v, want %v", tc.name, tc.got, r.failed, tc.fail)
		}
	}
	*update = true
	defer func() { *update = false }()
	r := &recorder{TB: t}
	Check(r, "new.golden", "written")
	if b, _ := os.ReadFile(filepath.Join("testdata", "new.golden")); r.failed || string(b) != "written" {
		t.Errorf("-update wrote %q (failed %v)", b, r.failed)
	}
}
