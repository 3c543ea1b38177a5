package hexad_test

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// TestRenderSVG renders every golden SVG to PNG with a real renderer,
// rsvg-convert (librsvg), and checks the pictures: the size the SVG
// declares, and drawn content in several colours. It does not run in CI,
// which has no renderer; run it where rsvg-convert is installed, with the
// directory to keep the PNGs in, and look at them:
//
//	DATARESIDENCY_RENDER=/tmp/png go test ./hexad -run TestRenderSVG -v
func TestRenderSVG(t *testing.T) {
	dir := os.Getenv("DATARESIDENCY_RENDER")
	if dir == "" {
		t.Skip("set DATARESIDENCY_RENDER to a directory to render the golden SVGs to PNG there")
	}
	rsvg, err := exec.LookPath("rsvg-convert")
	if err != nil {
		t.Skip("rsvg-convert is not installed")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	svgs, err := filepath.Glob("testdata/*.svg")
	if err != nil || len(svgs) == 0 {
		t.Fatalf("no golden SVGs: %v", err)
	}
	size := regexp.MustCompile(`<svg [^>]*width="(\d+)" height="(\d+)"`)
	for _, svg := range svgs {
		t.Run(filepath.Base(svg), func(t *testing.T) {
			src, err := os.ReadFile(svg)
			if err != nil {
				t.Fatal(err)
			}
			m := size.FindSubmatch(src)
			if m == nil {
				t.Fatal("the SVG declares no width and height")
			}
			out := filepath.Join(dir, filepath.Base(svg)+".png")
			if msg, err := exec.Command(rsvg, "-o", out, svg).CombinedOutput(); err != nil {
				t.Fatalf("rsvg-convert: %v\n%s", err, msg)
			}
			f, err := os.Open(out)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := png.Decode(f)
			if err != nil {
				t.Fatalf("the rendering is not a PNG: %v", err)
			}
			w, _ := strconv.Atoi(string(m[1]))
			h, _ := strconv.Atoi(string(m[2]))
			if b := img.Bounds(); b.Dx() != w || b.Dy() != h {
				t.Errorf("rendered %dx%d, the SVG declares %dx%d", b.Dx(), b.Dy(), w, h)
			}
			if n := colours(img); n < 4 {
				t.Errorf("the rendering has %d colours: nothing was drawn", n)
			}
			// A radar chart covers much of the picture: polygons, rings and
			// labels, not a stray glyph.
			if share := drawn(img); share < 0.05 {
				t.Errorf("only %.1f%% of the pixels differ from the background: the chart was not drawn", 100*share)
			}
			t.Logf("rendered %s", out)
		})
	}
}

// colours counts the distinct colours of img, up to 1000.
func colours(img image.Image) int {
	seen := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
			if len(seen) >= 1000 {
				return len(seen)
			}
		}
	}
	return len(seen)
}

// drawn returns the share of img's pixels that differ from its top-left
// pixel, the background.
func drawn(img image.Image) float64 {
	b := img.Bounds()
	bg := img.At(b.Min.X, b.Min.Y)
	r0, g0, b0, a0 := bg.RGBA()
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			if r, g, bl, a := img.At(x, y).RGBA(); r != r0 || g != g0 || bl != b0 || a != a0 {
				n++
			}
		}
	}
	return float64(n) / float64(b.Dx()*b.Dy())
}
