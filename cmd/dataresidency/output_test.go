package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copyExample copies an example topology into dir.
func copyExample(t *testing.T, dir, name string) string {
	t.Helper()
	data, err := os.ReadFile(example(name))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name+".json")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// dirFiles lists the names in dir.
func dirFiles(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func readString(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestOutputPathsRefused checks the output paths refused with exit
// status 2 and nothing written (D12): an input, two outputs on one file,
// two on standard output, a bad path among good ones.
func TestOutputPathsRefused(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, dublin)
	orig := readString(t, in)
	link := filepath.Join(dir, "link-to-input")
	if err := os.Symlink(filepath.Base(in), link); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	aFile := filepath.Join(dir, "a-file")
	if err := os.WriteFile(aFile, []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.txt")
	base := []string{"assess", "-as-of", "2019-06-01"}
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"-o the input", []string{"-o", in, in}, "-o " + in + ": is the input FILE " + in + "; refusing to overwrite it"},
		{"-svg the input", []string{"-svg", in, in}, "-svg " + in + ": is the input FILE"},
		{"-dot the input by another path", []string{"-dot", filepath.Join(sub, "..", filepath.Base(in)), in}, "is the input FILE"},
		{"-mermaid a link to the input", []string{"-mermaid", link, in}, "-mermaid " + link + ": is the input FILE"},
		{"-o and -svg on one file", []string{"-o", out, "-svg", out, in}, "-o " + out + " and -svg " + out + " name the same file"},
		{"-svg and -dot on one file by two paths", []string{"-o", filepath.Join(dir, "r"), "-svg", out, "-dot", filepath.Join(sub, "..", "out.txt"), in}, "name the same file"},
		{"-svg - with the report on standard output", []string{"-svg", "-", in}, "-svg -: standard output already carries the report; give -o FILE to write the report elsewhere"},
		{"-o - and -svg -", []string{"-o", "-", "-svg", "-", in}, "-o - and -svg - both name standard output"},
		{"-dot - and -mermaid -", []string{"-o", out, "-dot", "-", "-mermaid", "-", in}, "-dot - and -mermaid - both name standard output"},
		{"a directory", []string{"-o", out, "-svg", sub, in}, "-svg " + sub + ": is a directory"},
		{"a missing directory", []string{"-o", out, "-dot", filepath.Join(dir, "no", "such", "x.dot"), in}, "no such file or directory"},
		{"under a file", []string{"-o", out, "-mermaid", filepath.Join(aFile, "x.mmd"), in}, "not a directory"},
		{"explain -o the input", nil, "is the input FILE"},
		{"diff -o the new input", nil, "is the input FILE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(append([]string(nil), base...), tt.args...)
			switch {
			case strings.HasPrefix(tt.name, "explain"):
				args = []string{"explain", "-as-of", "2019-06-01", "-o", in, in, "Confidentiality"}
			case strings.HasPrefix(tt.name, "diff"):
				old := copyExample(t, t.TempDir(), dublin)
				args = []string{"diff", "-as-of", "2019-06-01", "-o", in, old, in}
			}
			code, stdout, stderr := exec(t, args...)
			if code != exitUsage || stdout != "" || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want 2 and %q\nstdout: %.200s\nstderr: %s", code, tt.want, stdout, stderr)
			}
			if got := readString(t, in); got != orig {
				t.Error("the input was changed")
			}
			if got := readString(t, aFile); got != "keep" {
				t.Error("an unrelated file was changed")
			}
			if _, err := os.Lstat(out); err == nil {
				t.Errorf("%s was written although the run was refused", out)
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
				t.Errorf("the link to the input is gone: %v", err)
			}
		})
	}
	// The checks come before the work: nothing but what the test made is
	// in the directory, no temporary file either.
	if got := dirFiles(t, dir); strings.Join(got, " ") != "a-file dublin.json link-to-input sub" {
		t.Errorf("the directory holds %q", got)
	}
}

// TestOutputStdout checks that "-" is standard output for every output,
// when the report goes elsewhere.
func TestOutputStdout(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, dublin)
	report := filepath.Join(dir, "report.json")
	for _, flag := range []string{"-svg", "-dot", "-mermaid"} {
		code, stdout, stderr := exec(t, "assess", "-as-of", "2019-06-01", "-format", "json", "-o", report, flag, "-", in)
		if code != exitFindings || stderr != "" {
			t.Errorf("%s -: exit %d\n%s", flag, code, stderr)
		}
		want := map[string]string{"-svg": "<svg", "-dot": "digraph", "-mermaid": "flowchart"}[flag]
		if !strings.Contains(stdout, want) {
			t.Errorf("%s -: standard output is not the picture: %.100s", flag, stdout)
		}
		if r := readString(t, report); !strings.Contains(r, `"violations"`) {
			t.Errorf("%s -: the report is not in -o: %.100s", flag, r)
		}
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Error(`a file named "-" was written`)
	}
}

// TestOutputAtomic checks that outputs replace files whole, keep an
// existing file's permissions, leave no temporary files, write through
// symbolic links to their targets, and write devices in place.
func TestOutputAtomic(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, dublin)
	report := filepath.Join(dir, "report.txt")
	if err := os.WriteFile(report, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	// A link to an existing file, and a dangling one.
	target := filepath.Join(dir, "target.svg")
	if err := os.WriteFile(target, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.svg")
	if err := os.Symlink("target.svg", link); err != nil {
		t.Fatal(err)
	}
	dangling := filepath.Join(dir, "dangling.dot")
	if err := os.Symlink(filepath.Join("sub", "created.dot"), dangling); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	mmd := filepath.Join(dir, "new.mmd")
	code, stdout, stderr := exec(t, "assess", "-as-of", "2019-06-01", "-o", report, "-svg", link, "-dot", dangling, "-mermaid", mmd, in)
	if code != exitFindings || stdout != "" || stderr != "" {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	check := func(p, want string, perm fs.FileMode) {
		t.Helper()
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		if !fi.Mode().IsRegular() || fi.Mode().Perm() != perm {
			t.Errorf("%s: mode %v, want a regular file with %v", p, fi.Mode(), perm)
		}
		if got := readString(t, p); !strings.Contains(got, want) {
			t.Errorf("%s: %.80q does not hold %q", p, got, want)
		}
	}
	check(report, "Result: FAIL", 0o600)
	check(target, "<svg", 0o640)
	check(filepath.Join(dir, "sub", "created.dot"), "digraph", 0o644&^umask(t))
	check(mmd, "flowchart", 0o644&^umask(t))
	for _, l := range []string{link, dangling} {
		if fi, err := os.Lstat(l); err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			t.Errorf("%s is no longer a symbolic link: %v", l, err)
		}
	}
	if got := dirFiles(t, dir); strings.Join(got, " ") != "dangling.dot dublin.json link.svg new.mmd report.txt sub target.svg" {
		t.Errorf("the directory holds %q: a temporary file left?", got)
	}
	if got := dirFiles(t, filepath.Join(dir, "sub")); strings.Join(got, " ") != "created.dot" {
		t.Errorf("sub holds %q", got)
	}

	// Devices are written in place, and may be named twice.
	code, _, stderr = exec(t, "assess", "-as-of", "2019-06-01", "-o", os.DevNull, "-dot", os.DevNull, "-mermaid", os.DevNull, in)
	if code != exitFindings || stderr != "" {
		t.Errorf("%s: exit %d\n%s", os.DevNull, code, stderr)
	}
	if fi, err := os.Stat(os.DevNull); err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("%s is no longer a device: %v %v", os.DevNull, fi.Mode(), err)
	}
}

// TestOutputStagedRemoved checks that when one output cannot be written,
// the ones already staged are removed and nothing is replaced.
func TestOutputStagedRemoved(t *testing.T) {
	dir := t.TempDir()
	keep := filepath.Join(dir, "keep.txt")
	if err := os.WriteFile(keep, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(keep)
	targets := []target{
		{output: output{flag: "-o", path: keep, data: []byte("new")}, file: keep, info: fi},
		// Checked, then its directory went away.
		{output: output{flag: "-svg", path: "gone/x.svg", data: []byte("x")}, file: filepath.Join(dir, "gone", "x.svg")},
	}
	if err := commit(targets); err == nil || !strings.Contains(err.Error(), "-svg gone/x.svg:") {
		t.Fatalf("got %v, want the second output's error", err)
	}
	if got := readString(t, keep); got != "old" {
		t.Errorf("keep.txt was replaced: %q", got)
	}
	if got := dirFiles(t, dir); strings.Join(got, " ") != "keep.txt" {
		t.Errorf("the directory holds %q: a staged file left", got)
	}
}

// TestOutputStdinAndStdoutFiles checks the inputs and outputs that are
// files behind standard input and output.
func TestOutputStdinAndStdoutFiles(t *testing.T) {
	dir := t.TempDir()
	in := copyExample(t, dir, dublin)
	orig := readString(t, in)
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	old := stdin
	defer func() { stdin = old }()
	stdin = f
	// assess - < dublin.json -o dublin.json
	code, stdout, stderr := exec(t, "assess", "-as-of", "2019-06-01", "-o", in, "-")
	if code != exitUsage || stdout != "" || !strings.Contains(stderr, "-o "+in+": is standard input, the input; refusing to overwrite it") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	if readString(t, in) != orig {
		t.Error("the input was changed")
	}

	// assess dublin.json -svg out.svg > out.svg: the report and the
	// picture would both go to out.svg.
	outPath := filepath.Join(dir, "out.svg")
	out, err := os.Create(outPath)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	var errBuf bytes.Buffer
	code = run([]string{"assess", "-as-of", "2019-06-01", "-svg", outPath, in}, out, &errBuf)
	if code != exitUsage || !strings.Contains(errBuf.String(), "-svg "+outPath+": is standard output, where -o (standard output, the default) goes") {
		t.Errorf("exit %d\n%s", code, errBuf.String())
	}
}

// umask finds the process's umask from a file created with mode 0777.
func umask(t *testing.T) fs.FileMode {
	t.Helper()
	p := filepath.Join(t.TempDir(), "umask")
	f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, 0o777)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return 0o777 &^ fi.Mode().Perm()
}
