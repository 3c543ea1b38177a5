package main

// The end-to-end mode (-e2e): the built CLI timed the way a user meets it,
// on synth documents, beside a plain encoding/json parse of the same file
// (issue 16). See README.md, "End to end".

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// e2eOptions configures the end-to-end mode.
type e2eOptions struct {
	sizes   []int
	seed    uint64
	runs    int           // runs of each command at every size; 0: 3 up to 100,000 stores, 1 above
	cli     string        // the CLI binary; "": build it
	keep    string        // where the synth documents are kept and reused; "": a temporary directory
	timeout time.Duration // per command
}

// runsAt is the number of runs of each command at n stores.
func (o e2eOptions) runsAt(n int) int {
	switch {
	case o.runs > 0:
		return o.runs
	case n <= 100_000:
		return 3
	}
	return 1
}

// The hidden first arguments of the bench binary re-executed as a child:
//
//	bench -e2e-parse FILE              the plain parse
//	bench -e2e-generate N SEED FILE    write the synth document
//
// The document is generated in a child too, to keep the parent small:
// Linux counts the parent's peak RSS in each child's ru_maxrss, since Go
// starts children with vfork semantics (CLONE_VM) and exec records the
// high-water mark of the memory it leaves. See parentRSS.
const (
	parseFlag    = "-e2e-parse"
	generateFlag = "-e2e-generate"
)

// childMain runs a child mode when args ask for one (ok true). The plain
// parse is os.ReadFile and json.Unmarshal into any, nothing else, then
// the number of elements of the document's "stores" array (-1 if it has
// none) on stdout, so that the parent can check it parsed the document
// it meant.
func childMain(args []string, stdout, stderr io.Writer) (code int, ok bool) {
	if len(args) == 0 || (args[0] != parseFlag && args[0] != generateFlag) {
		return 0, false
	}
	if args[0] == generateFlag {
		if len(args) != 4 {
			fmt.Fprintf(stderr, "usage: bench %s N SEED FILE\n", generateFlag)
			return 2, true
		}
		n, err1 := strconv.Atoi(args[1])
		seed, err2 := strconv.ParseUint(args[2], 10, 64)
		if err := errors.Join(err1, err2); err != nil {
			fmt.Fprintln(stderr, err)
			return 2, true
		}
		if err := writeSynth(args[3], n, seed); err != nil {
			fmt.Fprintln(stderr, err)
			return 1, true
		}
		return 0, true
	}
	if len(args) != 2 {
		fmt.Fprintf(stderr, "usage: bench %s FILE\n", parseFlag)
		return 2, true
	}
	b, err := os.ReadFile(args[1])
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1, true
	}
	var doc any
	if err := json.Unmarshal(b, &doc); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", args[1], err)
		return 1, true
	}
	stores := -1
	if m, ok := doc.(map[string]any); ok {
		if s, ok := m["stores"].([]any); ok {
			stores = len(s)
		}
	}
	fmt.Fprintf(stdout, "stores %d\n", stores)
	return 0, true
}

// e2eCommand is one command timed at every size.
type e2eCommand struct {
	name   string // as the table names it
	format string // the CLI's -format; "" for the plain parse
}

var e2eCommands = []e2eCommand{
	{"parse (encoding/json)", ""},
	{"assess json", "json"},
	{"assess sarif", "sarif"},
	{"assess text", "text"},
}

const (
	e2eParse = "parse (encoding/json)"
	e2eJSON  = "assess json"
)

// cliArgs are the arguments of the CLI for one format: every kind of
// incompleteness accepted and -fail-on none, so that exit status 1 means
// findings at most, and SARIF cut to 25,000 results as code scanning
// needs.
func cliArgs(format, doc, out string) []string {
	args := []string{"assess", "-as-of", AsOf.String(), "-format", format, "-o", out,
		"-fail-on", "none", "-allow-unresearched", "-allow-undeclared", "-allow-unrated"}
	if format == "sarif" {
		args = append(args, "-max-results", "25000")
	}
	return append(args, doc)
}

// e2eRun is one run of one command.
type e2eRun struct {
	Wall time.Duration
	RSS  int64 // peak resident set size of the process and its children, bytes; 0 if unknown
	Out  int64 // bytes of the report written (the CLI only)
	Exit int
}

// e2eCell is one command at one size.
type e2eCell struct {
	N       int
	Command string
	Format  string
	Runs    []e2eRun // the runs that succeeded
	Failed  string   // why the command failed; "" if it did not. A failed cell is reported as failed only, whatever runs succeeded before.
}

func (c e2eCell) ok() bool { return c.Failed == "" && len(c.Runs) > 0 }

func (c e2eCell) walls() []time.Duration {
	ds := make([]time.Duration, len(c.Runs))
	for i, r := range c.Runs {
		ds[i] = r.Wall
	}
	return ds
}

// Median is the median wall time over the runs.
func (c e2eCell) Median() time.Duration { return median(c.walls()) }

// Spread is (slowest - fastest) / median over the runs.
func (c e2eCell) Spread() float64 {
	ds := c.walls()
	m := median(ds)
	if m == 0 {
		return 0
	}
	return float64(slices.Max(ds)-slices.Min(ds)) / float64(m)
}

// NsPerStore is the median wall time divided by the number of stores.
func (c e2eCell) NsPerStore() float64 { return float64(c.Median().Nanoseconds()) / float64(c.N) }

// PeakRSS is the largest peak RSS over the runs, in bytes.
func (c e2eCell) PeakRSS() int64 {
	var m int64
	for _, r := range c.Runs {
		m = max(m, r.RSS)
	}
	return m
}

// Out is the median output size in bytes; varies says whether the runs
// wrote different sizes.
func (c e2eCell) Out() (out int64, varies bool) {
	xs := make([]int64, len(c.Runs))
	for i, r := range c.Runs {
		xs[i] = r.Out
	}
	out = median(xs)
	return out, slices.Min(xs) != slices.Max(xs)
}

// BytesPerStore is the median output size divided by the number of stores.
func (c e2eCell) BytesPerStore() float64 {
	out, _ := c.Out()
	return float64(out) / float64(c.N)
}

// Exits lists the distinct exit statuses of the runs.
func (c e2eCell) Exits() string {
	var codes []int
	for _, r := range c.Runs {
		codes = append(codes, r.Exit)
	}
	slices.Sort(codes)
	var s []string
	for _, code := range slices.Compact(codes) {
		s = append(s, strconv.Itoa(code))
	}
	return strings.Join(s, ",")
}

// runE2E is the end-to-end mode: it builds (or takes) the CLI, then for
// each size writes the synth document and runs the plain parse and the
// CLI in each format, o.runsAt(n) rounds of the four, and prints the
// tables and the goals of issue 16. A command that fails is reported and
// makes the returned error non-nil once everything else is measured.
func runE2E(ctx context.Context, w io.Writer, o e2eOptions) error {
	_, err := e2e(ctx, w, o)
	return err
}

// e2e is runE2E, returning the measurements too.
func e2e(ctx context.Context, w io.Writer, o e2eOptions) ([]e2eCell, error) {
	start := time.Now()
	work, err := os.MkdirTemp("", "bench-e2e-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)

	cli, built := o.cli, ""
	if cli == "" {
		progress("building the CLI")
		if cli, built, err = buildCLI(ctx, work); err != nil {
			return nil, err
		}
	} else if cli, err = filepath.Abs(cli); err != nil {
		return nil, err
	}
	version, err := cliVersion(ctx, cli)
	if err != nil {
		return nil, err
	}
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("the bench binary, to run the plain parse: %w", err)
	}
	docs := work
	if o.keep != "" {
		if err := os.MkdirAll(o.keep, 0o755); err != nil {
			return nil, err
		}
		docs = o.keep
	}

	fmt.Fprintf(w, "bench -e2e: %s, GOMAXPROCS=%d, NumCPU=%d, %s/%s; seed %d; as of %s; load average %s%s\n",
		runtime.Version(), runtime.GOMAXPROCS(0), runtime.NumCPU(), runtime.GOOS, runtime.GOARCH, o.seed, AsOf, loadAverage(), goEnv())
	if built != "" {
		fmt.Fprintf(w, "cli: %s, built from %s (go build)\n", cli, built)
	} else {
		fmt.Fprintf(w, "cli: %s\n", cli)
	}
	fmt.Fprintf(w, "cli version: %s\n", version)

	var cells []e2eCell
	for _, n := range o.sizes {
		progress("N=%d: synth document", n)
		doc, size, how, err := synthDoc(ctx, self, docs, n, o.seed)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(w, "\n## N = %s stores (seed %d)\n\n", grouped(int64(n)), o.seed)
		fmt.Fprintf(w, "document: %s, %s (%.0f bytes/store), %s; %d run(s) of each command\n\n",
			doc, megabytes(size), float64(size)/float64(n), how, o.runsAt(n))
		cs := measureSize(ctx, o, self, cli, doc, work, n)
		printE2ETable(w, cs)
		cells = append(cells, cs...)
	}

	fmt.Fprintf(w, "\n## Summary (seed %d)\n\n", o.seed)
	printE2ETable(w, cells)
	fmt.Fprintf(w, "\n## Goals of issue 16\n\n")
	printGoals(w, e2eGoals(cells))
	fmt.Fprintf(w, "\nCommands (DOC is the synth document, OUT a file in a temporary directory):\n\n")
	fmt.Fprintf(w, "    %s -> os.ReadFile + json.Unmarshal into any (the bench binary re-executed)\n", e2eParse)
	for _, c := range e2eCommands[1:] {
		fmt.Fprintf(w, "    %s -> dataresidency %s\n", c.name, strings.Join(cliArgs(c.format, "DOC", "OUT"), " "))
	}
	fmt.Fprintf(w, "\nwall: median over the runs, from start to exit; spread: (slowest - fastest) / median; peak RSS: the largest\n"+
		"over the runs, from wait4 (the process and the children it waited for); MB and GB are 10^6 and 10^9 bytes;\n"+
		"x parse: the median wall over that of the plain parse at the same N\n")
	if p := parentRSS(); p > 0 {
		fmt.Fprintf(w, "the bench process's own peak RSS, %s, is a floor under each peak RSS above (Linux counts it in a child's)\n", megabytes(p))
	}
	fmt.Fprintf(w, "total wall time %s; load average %s\n", time.Since(start).Round(time.Second), loadAverage())

	var failed []string
	for _, c := range cells {
		if c.Failed != "" {
			failed = append(failed, fmt.Sprintf("%s at N=%d", c.Command, c.N))
		}
	}
	if len(failed) > 0 {
		return cells, fmt.Errorf("%d command(s) failed: %s", len(failed), strings.Join(failed, "; "))
	}
	return cells, nil
}

// goEnv names the Go runtime settings of the environment, which the
// children inherit and which change their time and memory.
func goEnv() string {
	var s []string
	for _, k := range []string{"GOGC", "GOMEMLIMIT", "GOMAXPROCS", "GODEBUG"} {
		if v, ok := os.LookupEnv(k); ok {
			s = append(s, k+"="+v)
		}
	}
	if len(s) == 0 {
		return ""
	}
	return "; " + strings.Join(s, " ")
}

// buildCLI builds cmd/dataresidency of the library module this module
// replaces into dir, with the library module's own go.mod, as a user
// would, and returns the binary and the package directory.
func buildCLI(ctx context.Context, dir string) (bin, src string, err error) {
	out, err := exec.CommandContext(ctx, "go", "list", "-m", "-f", "{{.Dir}}", "github.com/dataresidency/dataresidency").Output()
	root := strings.TrimSpace(string(out))
	if err != nil || root == "" {
		return "", "", fmt.Errorf("finding the library module to build the CLI (run from bench/, or give -cli PATH): %v", err)
	}
	bin = filepath.Join(dir, "dataresidency")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/dataresidency")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", "", fmt.Errorf("go build ./cmd/dataresidency in %s: %v\n%s", root, err, b)
	}
	src = filepath.Join(root, "cmd", "dataresidency")
	if rev, err := exec.CommandContext(ctx, "git", "-C", root, "rev-parse", "--short", "HEAD").Output(); err == nil {
		src += " at commit " + strings.TrimSpace(string(rev))
		if st, err := exec.CommandContext(ctx, "git", "-C", root, "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(st) > 0 {
			src += " with uncommitted changes"
		}
	}
	return bin, src, nil
}

// cliVersion is what `cli version` prints, on one line. It fails unless
// cli is a dataresidency binary.
func cliVersion(ctx context.Context, cli string) (string, error) {
	out, err := exec.CommandContext(ctx, cli, "version").Output()
	if err != nil || !strings.HasPrefix(string(out), "dataresidency ") {
		return "", fmt.Errorf("%s version: not a working dataresidency CLI (%v): %q", cli, err, firstLine(string(out)))
	}
	var lines []string
	for line := range strings.Lines(string(out)) {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "; "), nil
}

// synthDoc writes residency.EncodeJSON of the synth topology of n stores
// to dir, in a child process (self -e2e-generate), unless a non-empty
// file of that name is there already. It returns the file, its size and
// how it came to be.
func synthDoc(ctx context.Context, self, dir string, n int, seed uint64) (path string, size int64, how string, err error) {
	path = filepath.Join(dir, fmt.Sprintf("synth-%d-seed%d.json", n, seed))
	if fi, err := os.Stat(path); err == nil && fi.Mode().IsRegular() && fi.Size() > 0 {
		return path, fi.Size(), "reused", nil
	}
	start := time.Now()
	cmd := exec.CommandContext(ctx, self, generateFlag, strconv.Itoa(n), strconv.FormatUint(seed, 10), path)
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", 0, "", fmt.Errorf("generating the synth document of %d stores: %v: %s", n, err, b)
	}
	fi, err := os.Stat(path)
	if err != nil {
		return "", 0, "", err
	}
	return path, fi.Size(), fmt.Sprintf("generated in %s", time.Since(start).Round(time.Millisecond)), nil
}

// writeSynth writes the document through a temporary file, so that an
// interrupted run leaves no truncated document for -keep to reuse.
func writeSynth(path string, n int, seed uint64) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	err = residency.EncodeJSON(bw, synth.Generate(synth.Config{Stores: n, Seed: seed}))
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("writing the synth document of %d stores: %w", n, err)
	}
	return nil
}

// measureSize runs every command o.runsAt(n) times on doc, round by
// round. A command that fails is not run again at this size.
func measureSize(ctx context.Context, o e2eOptions, self, cli, doc, work string, n int) []e2eCell {
	cells := make([]e2eCell, len(e2eCommands))
	for i, c := range e2eCommands {
		cells[i] = e2eCell{N: n, Command: c.name, Format: c.format}
	}
	runs := o.runsAt(n)
	for round := range runs {
		for i, c := range e2eCommands {
			cell := &cells[i]
			if cell.Failed != "" {
				continue
			}
			progress("N=%d, run %d/%d: %s", n, round+1, runs, c.name)
			r, err := runOne(ctx, o.timeout, self, cli, c, doc, work, n)
			if err != nil {
				cell.Failed = fmt.Sprintf("run %d: %v", round+1, err)
				progress("N=%d: %s FAILED: %s", n, c.name, cell.Failed)
				continue
			}
			report := ""
			if c.format != "" {
				report = ", report " + megabytes(r.Out)
			}
			progress("N=%d: %s: %s, peak RSS %s%s, exit %d",
				n, c.name, r.Wall.Round(time.Millisecond), megabytes(r.RSS), report, r.Exit)
			cell.Runs = append(cell.Runs, r)
		}
	}
	return cells
}

// runOne runs command c once on doc and judges it: the plain parse must
// exit 0 having read n stores; the CLI must exit 0 or 1 (findings) and
// write a non-empty report, which is then removed.
func runOne(ctx context.Context, timeout time.Duration, self, cli string, c e2eCommand, doc, work string, n int) (e2eRun, error) {
	argv := []string{self, parseFlag, doc}
	out := ""
	if c.format != "" {
		out = filepath.Join(work, "report."+c.format)
		argv = append([]string{cli}, cliArgs(c.format, doc, out)...)
	}
	defer func() {
		if out != "" {
			os.Remove(out)
		}
	}()
	r, stdout, stderr, err := runCommand(ctx, timeout, argv)
	if err != nil {
		return r, err
	}
	detail := func() string {
		if s := strings.TrimSpace(stderr); s != "" {
			return ": " + s
		}
		return ""
	}
	switch {
	case c.format == "" && r.Exit != 0:
		return r, fmt.Errorf("exit status %d%s", r.Exit, detail())
	case c.format == "" && strings.TrimSpace(stdout) != fmt.Sprintf("stores %d", n):
		return r, fmt.Errorf("parsed %q, want \"stores %d\"", strings.TrimSpace(stdout), n)
	case c.format != "" && r.Exit != 0 && r.Exit != 1:
		return r, fmt.Errorf("exit status %d%s", r.Exit, detail())
	case c.format == "":
		return r, nil
	}
	fi, err := os.Stat(out)
	if err != nil {
		return r, fmt.Errorf("exit status %d but no report: %v", r.Exit, err)
	}
	if fi.Size() == 0 {
		return r, fmt.Errorf("exit status %d but an empty report", r.Exit)
	}
	r.Out = fi.Size()
	return r, nil
}

// runCommand runs argv, timing it from start to exit, and returns its
// exit status and peak RSS with the ends of its stdout and stderr. The
// error is for a command that could not be started, ran out of time or
// was ended by a signal.
func runCommand(ctx context.Context, timeout time.Duration, argv []string) (r e2eRun, stdout, stderr string, err error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var outTail, errTail tail
	cmd.Stdout, cmd.Stderr = &outTail, &errTail
	start := time.Now()
	runErr := cmd.Run()
	r.Wall = time.Since(start)
	if cmd.ProcessState == nil {
		return r, "", "", fmt.Errorf("%s: %w", argv[0], runErr)
	}
	r.RSS = peakRSS(cmd.ProcessState)
	r.Exit = cmd.ProcessState.ExitCode()
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return r, outTail.String(), errTail.String(), fmt.Errorf("stopped after the -timeout of %s", timeout)
	}
	if r.Exit < 0 {
		return r, outTail.String(), errTail.String(), fmt.Errorf("%s: %s", cmd.ProcessState, strings.TrimSpace(errTail.String()))
	}
	return r, outTail.String(), errTail.String(), nil
}

// tail keeps the last 4 KiB written to it.
type tail struct{ b []byte }

const tailSize = 4 << 10

func (t *tail) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > tailSize {
		t.b = append(t.b[:0], t.b[len(t.b)-tailSize:]...)
	}
	return len(p), nil
}

func (t *tail) String() string { return string(t.b) }

func firstLine(s string) string {
	line, _, _ := strings.Cut(strings.TrimSpace(s), "\n")
	return line
}

// printE2ETable writes cells as a Markdown table aligned for a terminal,
// then a note for every failed command.
func printE2ETable(w io.Writer, cells []e2eCell) {
	parse := map[int]time.Duration{}
	for _, c := range cells {
		if c.Command == e2eParse && c.ok() {
			parse[c.N] = c.Median()
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	row := func(cells ...string) { fmt.Fprintf(tw, "| %s\t|\n", strings.Join(cells, "\t| ")) }
	row("N", "command", "runs", "wall s (median)", "spread", "ns/store", "peak RSS MB", "output MB", "bytes/store", "x parse", "exit")
	row("---:", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:")
	var notes []string
	for _, c := range cells {
		if !c.ok() {
			row(grouped(int64(c.N)), c.Command, strconv.Itoa(len(c.Runs)), "-", "-", "-", "-", "-", "-", "-", "FAILED")
			notes = append(notes, fmt.Sprintf("%s at N=%d failed: %s", c.Command, c.N, oneLine(c.Failed)))
			continue
		}
		ratio := "-"
		if p, ok := parse[c.N]; ok && p > 0 {
			ratio = fmt.Sprintf("%.2f", float64(c.Median())/float64(p))
		}
		outMB, perStore := "-", "-"
		if c.Format != "" {
			out, varies := c.Out()
			outMB = fmt.Sprintf("%.1f", float64(out)/1e6)
			if varies {
				outMB += " (varies)"
				notes = append(notes, fmt.Sprintf("%s at N=%d wrote reports of different sizes in different runs", c.Command, c.N))
			}
			perStore = grouped(int64(c.BytesPerStore() + 0.5))
		}
		rss := "?"
		if p := c.PeakRSS(); p > 0 {
			rss = fmt.Sprintf("%.0f", float64(p)/1e6)
		}
		row(grouped(int64(c.N)), c.Command, strconv.Itoa(len(c.Runs)), seconds(c.Median()), fmt.Sprintf("%.0f%%", 100*c.Spread()),
			grouped(int64(c.NsPerStore()+0.5)), rss, outMB, perStore, ratio, c.Exits())
	}
	tw.Flush()
	for _, n := range notes {
		fmt.Fprintln(w, "- "+n)
	}
}

// oneLine folds s onto one line of at most 300 characters.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 300 {
		s = s[:297] + "..."
	}
	return s
}

// goal is one goal of issue 16 judged from the measurements.
type goal struct {
	Name, Target, Measured string
	Status                 string // "met", "not met" or "not measured"
}

const (
	met         = "met"
	notMet      = "not met"
	notMeasured = "not measured"
)

func verdict(ok bool) string {
	if ok {
		return met
	}
	return notMet
}

// e2eGoals judges the goals of issue 16 from cells.
func e2eGoals(cells []e2eCell) []goal {
	find := func(n int, command string) (e2eCell, bool) {
		for _, c := range cells {
			if c.N == n && c.Command == command {
				return c, true
			}
		}
		return e2eCell{}, false
	}
	absent := func(n int) string { return fmt.Sprintf("N=%s not in -n", grouped(int64(n))) }
	var gs []goal

	// assess -format json within 2x the plain parse at 100k.
	g := goal{Name: "assess -format json at 100,000 stores, to the plain parse", Target: "at most 2x", Status: notMeasured}
	j, okj := find(100_000, e2eJSON)
	p, okp := find(100_000, e2eParse)
	switch {
	case !okj || !okp:
		g.Measured = absent(100_000)
	case !j.ok():
		g.Measured, g.Status = "assess json failed", notMet
	case !p.ok():
		g.Measured = "the plain parse failed"
	default:
		r := float64(j.Median()) / float64(p.Median())
		g.Measured = fmt.Sprintf("%.2fx (%s s / %s s)", r, seconds(j.Median()), seconds(p.Median()))
		g.Status = verdict(r <= 2)
	}
	gs = append(gs, g)

	// Peak RSS of the CLI.
	for _, lim := range []struct {
		n  int
		gb float64
	}{{100_000, 1.5}, {1_000_000, 6}} {
		g := goal{Name: fmt.Sprintf("peak RSS of the CLI at %s stores", grouped(int64(lim.n))), Target: fmt.Sprintf("under %g GB", lim.gb), Status: notMeasured}
		var worst e2eCell
		var failed []string
		seen := false
		for _, c := range cells {
			if c.N != lim.n || c.Format == "" {
				continue
			}
			seen = true
			if !c.ok() {
				failed = append(failed, c.Command)
			} else if c.PeakRSS() > worst.PeakRSS() {
				worst = c
			}
		}
		switch {
		case !seen:
			g.Measured = absent(lim.n)
		case len(failed) > 0:
			g.Measured, g.Status = strings.Join(failed, ", ")+" failed", notMet
		case worst.PeakRSS() == 0:
			g.Measured = "peak RSS unknown on this system"
		default:
			g.Measured = fmt.Sprintf("%.2f GB (%s, the largest)", float64(worst.PeakRSS())/1e9, worst.Command)
			g.Status = verdict(float64(worst.PeakRSS()) < lim.gb*1e9)
		}
		gs = append(gs, g)
	}

	// Flat scaling of assess -format json.
	g = goal{Name: "ns/store of assess -format json, 1,000,000 to 10,000 stores", Target: "at most 2x", Status: notMeasured}
	big, okb := find(1_000_000, e2eJSON)
	small, oks := find(10_000, e2eJSON)
	switch {
	case !okb:
		g.Measured = absent(1_000_000)
	case !oks:
		g.Measured = absent(10_000)
	case !big.ok():
		g.Measured, g.Status = "assess json failed at N=1,000,000", notMet
	case !small.ok():
		g.Measured = "assess json failed at N=10,000"
	default:
		r := big.NsPerStore() / small.NsPerStore()
		g.Measured = fmt.Sprintf("%.2fx (%s / %s ns/store)", r, grouped(int64(big.NsPerStore())), grouped(int64(small.NsPerStore())))
		g.Status = verdict(r <= 2)
	}
	gs = append(gs, g)

	// JSON report size, at every size run.
	g = goal{Name: "JSON report per store", Target: "at most 1.5 KB (1,500 bytes)", Status: notMeasured, Measured: "assess json not run"}
	var worst e2eCell
	for _, c := range cells {
		if c.Command == e2eJSON && c.ok() && (worst.N == 0 || c.BytesPerStore() > worst.BytesPerStore()) {
			worst = c
		}
	}
	if worst.N > 0 {
		g.Measured = fmt.Sprintf("%s bytes/store at N=%s (the largest of the sizes run)", grouped(int64(worst.BytesPerStore()+0.5)), grouped(int64(worst.N)))
		g.Status = verdict(worst.BytesPerStore() <= 1500)
	}
	gs = append(gs, g)

	// The 1M run completes.
	g = goal{Name: "the run at 1,000,000 stores", Target: "every command completes", Status: notMeasured, Measured: absent(1_000_000)}
	var failed []string
	seen := false
	for _, c := range cells {
		if c.N == 1_000_000 {
			seen = true
			if !c.ok() {
				failed = append(failed, c.Command)
			}
		}
	}
	if seen {
		g.Measured, g.Status = fmt.Sprintf("all %d commands completed", len(e2eCommands)), met
		if len(failed) > 0 {
			g.Measured, g.Status = strings.Join(failed, ", ")+" failed", notMet
		}
	}
	return append(gs, g)
}

func printGoals(w io.Writer, gs []goal) {
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
	row := func(cells ...string) { fmt.Fprintf(tw, "| %s\t|\n", strings.Join(cells, "\t| ")) }
	row("goal", "target", "measured", "status")
	row("---", "---", "---", "---")
	for _, g := range gs {
		row(g.Name, g.Target, g.Measured, g.Status)
	}
	tw.Flush()
}

// seconds formats d in seconds with about three significant digits.
func seconds(d time.Duration) string {
	s := d.Seconds()
	switch {
	case s >= 100:
		return fmt.Sprintf("%.0f", s)
	case s >= 10:
		return fmt.Sprintf("%.1f", s)
	case s >= 1:
		return fmt.Sprintf("%.2f", s)
	}
	return fmt.Sprintf("%.3f", s)
}

// megabytes formats n bytes in decimal megabytes.
func megabytes(n int64) string { return fmt.Sprintf("%.1f MB", float64(n)/1e6) }

// grouped formats n with commas between groups of three digits.
func grouped(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, d := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// parentRSS is this process's peak RSS in bytes (VmHWM, Linux only; 0
// elsewhere). On Linux it is a floor under every child's peak RSS:
// exec records the high-water mark of the memory the child leaves, which
// under Go's vfork-style start is the parent's.
func parentRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				kb, err := strconv.ParseInt(f[0], 10, 64)
				if err == nil {
					return kb * 1024
				}
			}
		}
	}
	return 0
}
