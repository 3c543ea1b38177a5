package diagram_test

import (
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestRenderDOT renders every golden Graphviz diagram to PNG with dot and
// checks that each is a picture of some size. It does not run in CI, which
// has no Graphviz; run it where dot is installed, with the directory to
// keep the PNGs in, and look at them:
//
//	DATARESIDENCY_RENDER=/tmp/png go test ./residency -run TestRenderDOT -v
func TestRenderDOT(t *testing.T) {
	dir := os.Getenv("DATARESIDENCY_RENDER")
	if dir == "" {
		t.Skip("set DATARESIDENCY_RENDER to a directory to render the golden diagrams to PNG there")
	}
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot is not installed")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("testdata/*.dot")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden diagrams: %v", err)
	}
	for _, file := range files {
		out := filepath.Join(dir, filepath.Base(file)+".png")
		if msg, err := exec.Command(dot, "-Tpng", "-o", out, file).CombinedOutput(); err != nil || len(msg) > 0 {
			t.Errorf("%s: dot: %v\n%s", file, err, msg) // dot warns on stderr about what it could not lay out
			continue
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		cfg, err := png.DecodeConfig(f)
		f.Close()
		if err != nil || cfg.Width < 100 || cfg.Height < 100 {
			t.Errorf("%s: rendered %dx%d (%v)", file, cfg.Width, cfg.Height, err)
			continue
		}
		t.Logf("rendered %s (%dx%d)", out, cfg.Width, cfg.Height)
	}
}
