package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary be the plain-parse child of the
// end-to-end mode, as the bench binary is (bench -e2e-parse FILE).
func TestMain(m *testing.M) {
	if code, ok := childMain(os.Args[1:], os.Stdout, os.Stderr); ok {
		os.Exit(code)
	}
	os.Exit(m.Run())
}

func TestParseFlagsE2E(t *testing.T) {
	opts, err := parseFlags([]string{"-e2e"})
	if err != nil {
		t.Fatal(err)
	}
	o := opts.e2e
	if o == nil {
		t.Fatal("-e2e: no e2e options")
	}
	if fmt.Sprint(o.sizes) != "[10000 100000 1000000]" || o.seed != 1 || o.cli != "" || o.keep != "" || o.timeout != time.Hour {
		t.Errorf("-e2e defaults: %+v", *o)
	}
	if got := []int{o.runsAt(10_000), o.runsAt(100_000), o.runsAt(1_000_000)}; fmt.Sprint(got) != "[3 3 1]" {
		t.Errorf("default runs at 10k, 100k, 1M: %v", got)
	}

	opts, err = parseFlags([]string{"-e2e", "-n", "1_000_000,200", "-runs", "2", "-cli", "bin/dr", "-keep", "docs", "-timeout", "5m", "-seed", "7"})
	if err != nil {
		t.Fatal(err)
	}
	o = opts.e2e
	if fmt.Sprint(o.sizes) != "[200 1000000]" || o.runsAt(200) != 2 || o.runsAt(1_000_000) != 2 ||
		o.cli != "bin/dr" || o.keep != "docs" || o.timeout != 5*time.Minute || o.seed != 7 {
		t.Errorf("got %+v", *o)
	}

	if opts, err := parseFlags([]string{"-n", "1000"}); err != nil || opts.e2e != nil {
		t.Errorf("without -e2e: %+v, %v", opts, err)
	}
	for _, bad := range [][]string{
		{"-e2e", "-engines", "loop"}, {"-e2e", "-verify=false"}, {"-e2e", "-budget", "1s"},
		{"-e2e", "-runs", "0"}, {"-e2e", "-timeout", "0s"}, {"-e2e", "-n", "1"}, {"-e2e", "x"},
		{"-cli", "dr"}, {"-keep", "d"}, {"-timeout", "1m"},
	} {
		if _, err := parseFlags(bad); err == nil {
			t.Errorf("parseFlags(%q) succeeded", bad)
		}
	}
}

// cell makes a measured cell of one run.
func cell(n int, command, format string, wall time.Duration, rss, out int64) e2eCell {
	return e2eCell{N: n, Command: command, Format: format, Runs: []e2eRun{{Wall: wall, RSS: rss, Out: out, Exit: 1}}}
}

// estate is a measurement at 10k, 100k and 1M stores: the plain parse
// takes parse per store, assess json json per store at 10k and 100k and
// json1M at 1M, the CLI peaks at rss100k and rss1M, JSON reports are
// perStore bytes a store.
func estate(parse, json, json1M time.Duration, rss100k, rss1M int64, perStore int64) []e2eCell {
	var cs []e2eCell
	for _, n := range []int{10_000, 100_000, 1_000_000} {
		j, rss := json, rss100k/2
		switch n {
		case 100_000:
			rss = rss100k
		case 1_000_000:
			j, rss = json1M, rss1M
		}
		d := time.Duration(n)
		cs = append(cs,
			cell(n, e2eParse, "", parse*d, 1e8, 0),
			cell(n, e2eJSON, "json", j*d, rss, perStore*int64(n)),
			cell(n, "assess sarif", "sarif", j*d, rss/2, 100*int64(n)),
			cell(n, "assess text", "text", j*d, rss/2, 10*int64(n)))
	}
	return cs
}

func statuses(gs []goal) string {
	var s []string
	for _, g := range gs {
		s = append(s, g.Status)
	}
	return strings.Join(s, "|")
}

func TestE2EGoals(t *testing.T) {
	const us = time.Microsecond
	for _, tc := range []struct {
		name  string
		cells []e2eCell
		want  string
	}{
		{"all met", estate(10*us, 19*us, 38*us, 1.4e9, 5.9e9, 1500), "met|met|met|met|met|met"},
		{"none met", estate(10*us, 21*us, 43*us, 1.5e9, 6e9, 1501), "not met|not met|not met|not met|not met|met"},
		{"nothing run", nil, "not measured|not measured|not measured|not measured|not measured|not measured"},
		{"small sizes only", []e2eCell{cell(200, e2eParse, "", us, 1e7, 0), cell(200, e2eJSON, "json", us, 1e7, 200*900)},
			"not measured|not measured|not measured|not measured|met|not measured"},
	} {
		gs := e2eGoals(tc.cells)
		if got := statuses(gs); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
			for _, g := range gs {
				t.Logf("  %+v", g)
			}
		}
	}

	// A failed CLI at 1M: no RSS, no scaling, no complete run; the
	// rest is judged as before.
	cs := estate(10*us, 19*us, 38*us, 1.4e9, 5.9e9, 1500)
	for i := range cs {
		if cs[i].N == 1_000_000 && cs[i].Command == e2eJSON {
			cs[i].Runs, cs[i].Failed = nil, "run 1: exit status 3: crash"
		}
	}
	gs := e2eGoals(cs)
	if got := statuses(gs); got != "met|met|not met|not met|met|not met" {
		t.Errorf("a failed json run at 1M: %s", got)
	}
	if m := gs[5].Measured; m != "assess json failed" {
		t.Errorf("the 1M goal says %q", m)
	}
	// The measured figures are the cells' own.
	if m := gs[0].Measured; !strings.HasPrefix(m, "1.90x (") {
		t.Errorf("ratio goal measured %q", m)
	}
	if m := gs[1].Measured; m != "1.40 GB (assess json, the largest)" {
		t.Errorf("RSS goal measured %q", m)
	}
}

// fakeCLI writes a shell script that answers `version` as dataresidency
// does and runs body for assess.
func fakeCLI(t *testing.T, body string) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("needs a POSIX shell")
	}
	path := filepath.Join(t.TempDir(), "dataresidency")
	script := "#!/bin/sh\nif [ \"$1\" = version ]; then echo 'dataresidency fake'; exit 0; fi\n" + body + "\n"
	if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return path
}

// summary returns the rows of the summary table of out, cells split.
func summary(t *testing.T, out string) [][]string {
	t.Helper()
	_, after, ok := strings.Cut(out, "## Summary")
	if !ok {
		t.Fatalf("no summary in\n%s", out)
	}
	var rows [][]string
	for line := range strings.Lines(after) {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "## ") {
			break
		}
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| N ") || strings.HasPrefix(line, "| ---") {
			continue
		}
		var cells []string
		for c := range strings.SplitSeq(strings.Trim(line, "|"), "|") {
			cells = append(cells, strings.TrimSpace(c))
		}
		rows = append(rows, cells)
	}
	return rows
}

func number(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		t.Fatalf("not a number: %q", s)
	}
	return f
}

// TestE2ESmall runs the mode at 200 stores, once, with the CLI built from
// this repository, and checks that the table has every row and plausible
// figures.
func TestE2ESmall(t *testing.T) {
	start := time.Now()
	keep := t.TempDir()
	var out strings.Builder
	o := e2eOptions{sizes: []int{200}, seed: 1, runs: 1, keep: keep, timeout: 2 * time.Minute}
	cells, err := e2e(context.Background(), &out, o)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	t.Logf("%s(took %s)", out.String(), time.Since(start).Round(time.Millisecond))
	if _, err := os.Stat(filepath.Join(keep, "synth-200-seed1.json")); err != nil {
		t.Errorf("-keep: %v", err)
	}

	rows := summary(t, out.String())
	var commands []string
	for _, r := range rows {
		if len(r) != 11 {
			t.Fatalf("row %q: %d cells, want 11", r, len(r))
		}
		commands = append(commands, r[1])
		if r[0] != "200" || r[2] != "1" {
			t.Errorf("row %q: N or runs", r)
		}
		wall := number(t, r[3])
		rss := number(t, r[6])
		if wall <= 0 || wall > 60 {
			t.Errorf("%s: wall %g s", r[1], wall)
		}
		// The test binary's own peak RSS is a floor under the children's.
		if rss < 1 || rss > float64(parentRSS())/1e6+1000 {
			t.Errorf("%s: peak RSS %g MB", r[1], rss)
		}
		if r[1] == e2eParse {
			if r[9] != "1.00" || r[10] != "0" || r[7] != "-" {
				t.Errorf("parse row %q", r)
			}
			continue
		}
		// The MB column rounds to 0.1 MB: the text summary of a small
		// estate shows 0.0; bytes per store say it is there.
		if mb, per := number(t, r[7]), number(t, r[8]); mb < 0 || per < 10 || per > 1e6 {
			t.Errorf("%s: output %g MB, %g bytes/store", r[1], mb, per)
		}
		if x := number(t, r[9]); x <= 0 {
			t.Errorf("%s: x parse %g", r[1], x)
		}
		if r[10] != "0" && r[10] != "1" {
			t.Errorf("%s: exit %q", r[1], r[10])
		}
	}
	var want []string
	for _, c := range e2eCommands {
		want = append(want, c.name)
	}
	if !slices.Equal(commands, want) {
		t.Errorf("summary rows %q, want %q", commands, want)
	}
	for _, c := range cells {
		if c.Format == "json" && c.BytesPerStore() < 100 {
			t.Errorf("assess json wrote %.0f bytes/store", c.BytesPerStore())
		}
	}
	for _, g := range e2eGoals(cells) {
		if !strings.Contains(out.String(), "| "+g.Name) {
			t.Errorf("goal %q not printed", g.Name)
		}
	}
	if !strings.Contains(out.String(), "| JSON report per store") || strings.Contains(out.String(), "bytes/store at N=200 (the largest of the sizes run) | not measured") {
		t.Errorf("the JSON size goal is not judged at N=200")
	}

	// A second run reuses the document.
	out.Reset()
	o.cli = fakeCLI(t, `prev=; for a; do if [ "$prev" = -o ]; then echo x > "$a"; fi; prev=$a; done; exit 1`)
	if _, err := e2e(context.Background(), &out, o); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "bytes/store), reused;") {
		t.Errorf("-keep: the document was not reused:\n%s", out.String())
	}
}

// TestE2EFailure: a CLI that exits 2, or writes no report, fails the mode,
// which still measures and prints the rest.
func TestE2EFailure(t *testing.T) {
	for _, body := range []string{
		`echo 'bad input' >&2; exit 2`,
		`exit 0`,
		`kill -9 $$`,
	} {
		var out strings.Builder
		o := e2eOptions{sizes: []int{50}, seed: 1, runs: 2, cli: fakeCLI(t, body), timeout: time.Minute}
		cells, err := e2e(context.Background(), &out, o)
		if err == nil || !strings.Contains(err.Error(), "3 command(s) failed") {
			t.Errorf("%s: error %v", body, err)
		}
		for _, c := range cells {
			switch {
			case c.Format == "" && (!c.ok() || len(c.Runs) != 2):
				t.Errorf("%s: the plain parse: %+v", body, c)
			case c.Format != "" && (c.ok() || len(c.Runs) != 0 || !strings.HasPrefix(c.Failed, "run 1: ")):
				t.Errorf("%s: %s: %+v", body, c.Command, c)
			}
		}
		rows := summary(t, out.String())
		if len(rows) != 4 || rows[1][10] != "FAILED" || !strings.Contains(out.String(), "- assess json at N=50 failed: run 1: ") {
			t.Errorf("%s: output\n%s", body, out.String())
		}
	}
}

func TestGrouped(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -10000: "-10,000"} {
		if got := grouped(n); got != want {
			t.Errorf("grouped(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestTail(t *testing.T) {
	var tl tail
	for range 1000 {
		fmt.Fprint(&tl, "0123456789")
	}
	fmt.Fprint(&tl, "end")
	if s := tl.String(); len(s) != tailSize || !strings.HasSuffix(s, "789end") {
		t.Errorf("tail: %d bytes ending %q", len(s), s[len(s)-6:])
	}
}
