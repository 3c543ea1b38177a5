// Command dataresidency assesses storage topologies against the built-in
// catalog of data-residency law, from the command line.
//
// Install it with
//
//	go install github.com/dataresidency/dataresidency/cmd/dataresidency@latest
//
// Usage:
//
//	dataresidency assess  [flags] FILE
//	dataresidency explain [flags] FILE ID
//	dataresidency diff    [flags] -from DATE -to DATE FILE
//	dataresidency diff    [flags] OLD NEW
//	dataresidency regions [-provider P] [-country CC] [-format text|json]
//	dataresidency rules   [-jurisdiction CC] [-kind K] [-as-of DATE] [-format text|json]
//
// FILE is a topology document (see residency.DecodeJSON; "-" reads
// standard input) or the JSON of a Terraform plan, as `terraform show
// -json PLANFILE` prints it, recognised by its top-level "format_version"
// key and read with package residency/tfplan (which rejects other
// Terraform JSON, such as a state, saying what it is). FILE is read up to
// the larger of residency.MaxDocumentBytes and tfplan.MaxPlanBytes; a
// larger one is bad input.
//
// assess assesses FILE and prints its findings: violations, conflicts,
// exposures and obligations, each with its stable ID, and the hexad
// rating. Its flags, shared by explain and diff:
//
//	-as-of YYYY-MM-DD   the date the law and the topology's dated facts are
//	                    taken at (default: today; the only time the tool
//	                    reads the clock)
//	-consumer CC        the consumer's jurisdiction, for the ratings and
//	                    for which governments are foreign
//	-format text|json|sarif
//	                    text for people (default); json is the
//	                    residency.Report encoded with encoding/json, its
//	                    shape that of the Go types and stable with them,
//	                    with two more top-level keys when they apply:
//	                    "terraform" for a plan (its unsupported, unlocated
//	                    and notes lists, each of address, type and reason)
//	                    and "waiver_notes" (waivers that accept no
//	                    finding); sarif is a SARIF 2.1.0 log (package
//	                    residency/sarif), with unlocated resources as
//	                    results of rule DR-TF-UNLOCATED and unsupported
//	                    resources and waiver notes as tool execution
//	                    notifications (explain and diff: text or json)
//	-fail-on error|warning|note|none
//	                    the least severity that fails (default error;
//	                    explain never fails on findings)
//	-o FILE             write the output to FILE instead of standard output
//
// and of assess only:
//
//	-svg FILE           also write the hexad rating as an SVG radar chart
//	-dot FILE           also write the topology as a Graphviz DOT diagram
//	-mermaid FILE       also write the topology as a Mermaid diagram
//
// An output FILE "-" is standard output, for -o (its default) and the
// pictures alike; one output at most may go there, so -svg - needs -o
// FILE for the report. An output may not be an input FILE or another
// output's file (compared as files, so another path or a symbolic link
// to one is caught); such a run is refused with exit status 2, and
// nothing is written (assess checks before it reads FILE). Outputs are
// written atomically, each to a temporary file in its directory that is
// renamed over the file once all are written, so a bad path leaves
// nothing half written. A FILE that is a symbolic link is resolved and
// the file it leads to replaced (as shell redirection writes through
// it); an existing file keeps its permissions, a new one is created 0644
// less the umask; a device or named pipe (/dev/null) is written in place.
//
// Severities: violations and conflicts are errors; an exposure through
// which a government foreign to the consumer can obtain readable data is a
// warning; other exposures and obligations are notes. Waived findings are
// reported but never fail. assess also reports the waivers that accept no
// finding: those that had expired on the -as-of date (the finding applies
// again) and those whose ID matches no finding.
//
// A Terraform plan's resources whose location cannot be determined (a
// region known only after apply, taken from the environment, behind an
// unresolved reference…) are not in the assessed topology, so the plan
// was not fully checked: the result is INCOMPLETE and the exit status 1,
// whatever -fail-on says, unless assess (or diff) is given
//
//	-allow-unlocated    accept the unlocated resources: they are still
//	                    listed (and in SARIF suppressed as accepted)
//
// diff lists each plan's unlocated resources and, since it cannot say
// what they change, is INCOMPLETE in the same way; explain lists them.
//
// Resources of unsupported types are listed as not checked; they do not
// fail.
//
// A hexad rating with an element that some dataset could not be rated on
// for want of a researched government-access answer (a country whose law
// was not researched, or a date before the answer held) is INCOMPLETE in
// the same way, exit status 1, unless assess is given
//
//	-allow-unrated      accept the unrated elements: they are still listed
//	                    (in SARIF as notes rather than errors)
//
// So is a topology that touches a jurisdiction whose law the catalog did
// not research (a store, keys, administration or an entity's
// incorporation or control there; a dataset's subjects or controller):
// nothing was checked against that law, and its silence is not "no
// restriction". The report lists them under "Not researched" (JSON
// "unresearched", SARIF DR-LAW-UNRESEARCHED), unless assess is given
//
//	-allow-unresearched accept them: they are still listed
//
// A plan says nothing of what data its stores hold: a facts file says it
// (-facts FILE, or dataresidency.json beside the plan), in the topology
// vocabulary with stores selected by resource address, module, glob or
// tag (see package residency/tfplan's Facts), or the resources' tags do.
// A store that holds data on the date but declares none (a topology
// store with no datasets, a plan resource that no tag or facts holding
// places data in and that receives no replication) makes the result
// incomplete: nothing about what it holds was checked. They are listed (JSON "undeclared", SARIF
// DR-STORE-UNDECLARED), unless assess is given
//
//	-allow-undeclared   accept them: they are still listed
//
// explain prints everything behind one finding, named by its ID (V:…,
// C:…, E:…, O:…; a unique prefix will do): the rules with their
// citations, sources, dates and notes, the topology path, the reason, the
// relief and the waiver. Given a hexad element name ("Confidentiality",
// "Possession/Control", …) instead, it prints the element's score and
// every reason from each dataset's rating.
//
// diff assesses FILE on two dates, or two files on one date (-as-of), and
// prints what became unlawful or lawful and why: the findings added and
// removed, by ID, the law that came into or went out of force between the
// dates, and the rating changes per element.
//
// regions and rules list the built-in catalog's cloud regions and rules.
//
// Exit status: 0 when nothing unwaived is at or above the -fail-on
// severity (for diff: nothing newly so), 1 when something is or, for
// assess and diff, when a plan has unlocated resources and
// -allow-unlocated is not given (for assess, also when the rating has
// elements unrated for want of research and -allow-unrated is not given,
// or the topology touches unresearched law and -allow-unresearched is not
// given), 2 for bad input or usage (a refused
// output path included), 3 when dataresidency crashed: a bug, not a
// problem with the input, said in a last line on standard error
// ("dataresidency: internal error (fatal error: stack overflow): …"). To
// tell crashes the Go runtime cannot recover from (out of memory, stack
// overflow) from bad input, which both exit 2 in a Go program, the
// command runs itself as a child process and watches it (on Linux and
// macOS); a child killed by a signal kills it with the same signal, so
// `| head -1` still ends with SIGPIPE. Problems in the input are printed
// one per line, as FILE:LINE:COLUMN: PATH: PROBLEM where the position is
// known; values from the input in them, and in text output, are printed
// with control and bidirectional characters escaped (\x1b, \u202e), and
// a line is cut at 500 bytes.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/sarif"
)

// Exit statuses.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
	// exitCrash is a crash: a bug in dataresidency, not a problem with
	// the input (2) or a finding (1).
	exitCrash = 3
)

// now is the clock. It is read in one place only: for the default of
// -as-of (see commonFlags.resolve). Tests replace it.
var now = time.Now

// stdin is standard input, for FILE "-". Tests replace it.
var stdin io.Reader = os.Stdin

func main() {
	if code, ok := supervise(); ok {
		os.Exit(code)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usageText = `Usage:
  dataresidency assess  [flags] FILE
  dataresidency explain [flags] FILE ID
  dataresidency diff    [flags] -from DATE -to DATE FILE
  dataresidency diff    [flags] OLD NEW
  dataresidency regions [-provider P] [-country CC] [-format text|json]
  dataresidency rules   [-jurisdiction CC] [-kind K] [-as-of DATE] [-format text|json]
  dataresidency fix     [flags] [-apply N -o FILE] FILE
  dataresidency place   -classes C,... -subjects CC:N,... -controller-in CC [-cii]
                        [-consumer CC] [-provider P] [-as-of DATE] [-format text|json]
  dataresidency version [-format text|json]

FILE is a topology JSON document ("-" for standard input) or a Terraform
plan in JSON (terraform show -json PLANFILE).

Flags of assess, explain and diff:
  -as-of YYYY-MM-DD          assessment date (default: today)
  -consumer CC               the consumer's jurisdiction
  -format text|json|sarif    output format (default text; explain and diff: text|json)
  -fail-on error|warning|note|none
                             least severity that makes the exit status 1 (default error;
                             no effect on explain)
  -o FILE                    write output to FILE ("-", the default: standard output)
  -facts FILE                for a Terraform plan: the facts file (datasets, which stores
                             hold them, entities, flow mechanisms, waivers, tag keys;
                             default: dataresidency.json beside the plan, if there is one)
Flags of assess only:
  -tf-dir DIR                a plan's Terraform configuration, to place SARIF results on
                             resource blocks (default: the plan's directory, if it has .tf files)
  -only KINDS                SARIF: keep only these finding kinds (violation,conflict,...)
  -max-results N             SARIF: at most N results, saying how many were left out
  -aggregate dataset|rule    SARIF: one result per rule and datasets, or per rule, counting
                             its findings and listing the first 10 locations
  -detail compact|full       json: the compact report (default) or the whole Report; text:
                             a summary above 200 findings (default) or every finding
  -svg FILE, -dot FILE, -mermaid FILE
                             also write the rating chart and the topology diagrams
                             ("-": standard output, with -o FILE for the report)
Outputs replace their files atomically, through symbolic links; an output that is
an input or another output's file is refused (exit status 2).
Flag of assess and diff:
  -allow-unlocated           accept plan resources whose location cannot be
                             determined (by default the result is incomplete: exit 1)
Flags of assess only:
  -allow-unrated             accept hexad elements not rated for want of a researched
                             access profile (by default the result is incomplete: exit 1)
  -allow-unresearched        accept jurisdictions touched whose law the catalog did not
                             research (by default the result is incomplete: exit 1)
  -allow-undeclared          accept stores that declare no data (by default the result
                             is incomplete: exit 1)

Exit status: 0 clean, 1 findings at or above -fail-on or (assess, diff) an
incomplete plan or (assess) rating, 2 bad input or usage, 3 an internal error (a crash: a bug
in dataresidency, not a problem with the input).
Run "dataresidency COMMAND -h" for a command's flags.
`

// run runs the command line args (without the program name) and returns
// the exit status.
func run(args []string, stdout, stderr io.Writer) (code int) {
	defer recoverCrash(stderr, &code)
	testCrash()
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "assess":
		return cmdAssess(rest, stdout, stderr)
	case "explain":
		return cmdExplain(rest, stdout, stderr)
	case "diff":
		return cmdDiff(rest, stdout, stderr)
	case "regions":
		return cmdRegions(rest, stdout, stderr)
	case "rules":
		return cmdRules(rest, stdout, stderr)
	case "version":
		return cmdVersion(rest, stdout, stderr)
	case "fix":
		return cmdFix(rest, stdout, stderr)
	case "place":
		return cmdPlace(rest, stdout, stderr)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, usageText)
		return exitOK
	}
	fmt.Fprintf(stderr, "dataresidency: unknown command %q\n\n%s", cmd, usageText)
	return exitUsage
}

// newFlagSet makes a flag set for a subcommand whose usage line is synopsis.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dataresidency %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseArgs parses flags wherever they are among the arguments (flag
// stops at the first positional one) and returns the positional arguments.
// "--" ends the flags.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagError reports a parse error's status: 0 for -h, 2 otherwise (flag
// has printed the problem and the usage).
func flagError(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// usageError prints a usage problem and the subcommand's usage.
func usageError(fs *flag.FlagSet, stderr io.Writer, format string, args ...any) int {
	printMessage(stderr, "dataresidency "+fs.Name()+": ", fmt.Sprintf(format, args...))
	fs.Usage()
	return exitUsage
}

// commonFlags are the flags of assess, explain and diff.
type commonFlags struct {
	asOf, consumer, format, failOn, out string
	// facts is -facts: the facts file for a Terraform plan.
	facts string
	// inputs are the FILE arguments read, which no output may replace.
	inputs []string

	date     jurisdiction.Date
	cons     jurisdiction.Code
	hasCons  bool
	failOnLv sarif.Level
}

func (c *commonFlags) register(fs *flag.FlagSet, formats string) {
	fs.StringVar(&c.asOf, "as-of", "", "assess as of `YYYY-MM-DD` (default: today)")
	fs.StringVar(&c.consumer, "consumer", "", "the consumer's jurisdiction `CC` (default: a consumer with no home regime)")
	fs.StringVar(&c.format, "format", "text", "output `format`: "+formats)
	fs.StringVar(&c.failOn, "fail-on", "error", "least `severity` that makes the exit status 1: error, warning, note or none")
	fs.StringVar(&c.out, "o", "", "write the output to `FILE` (default: standard output)")
	fs.StringVar(&c.facts, "facts", "", "for a Terraform plan, the facts `FILE` saying what data its stores hold, the entities, flow mechanisms and waivers (default: "+factsFile+" beside the plan, if there is one)")
}

// resolve checks and parses the flags. It reads the clock when -as-of is
// not given, and only then.
func (c *commonFlags) resolve(formats ...string) error {
	if c.asOf == "" {
		c.date = jurisdiction.DateOf(now())
	} else {
		d, err := jurisdiction.ParseDate(c.asOf)
		if err != nil {
			return fmt.Errorf("-as-of: %v", err)
		}
		c.date = d
	}
	if c.consumer != "" {
		code, err := jurisdiction.ParseCode(c.consumer)
		if err != nil {
			return fmt.Errorf("-consumer: %v", err)
		}
		if !jurisdiction.Default().Known(code) {
			return fmt.Errorf("-consumer: %s is not a jurisdiction of the catalog", code)
		}
		c.cons, c.hasCons = code, true
	}
	ok := false
	for _, f := range formats {
		ok = ok || c.format == f
	}
	if !ok {
		return fmt.Errorf("-format: %q is not one of %s", c.format, strings.Join(formats, ", "))
	}
	lv, err := sarif.ParseLevel(c.failOn)
	if err != nil {
		return fmt.Errorf("-fail-on: %q is not one of error, warning, note, none", c.failOn)
	}
	c.failOnLv = lv
	return nil
}

// options are the assessment options the flags give.
func (c *commonFlags) options() []residency.AssessOption {
	if c.hasCons {
		return []residency.AssessOption{residency.Consumer(c.cons)}
	}
	return nil
}

// fails reports whether a finding of level l, waived or not, fails the
// -fail-on threshold.
func (c *commonFlags) fails(l sarif.Level, waived bool) bool {
	return !waived && c.failOnLv != sarif.None && l.Rank() >= c.failOnLv.Rank()
}

// emit writes the output to -o or stdout (see writeOutputs).
func (c *commonFlags) emit(stdout, stderr io.Writer, data []byte) int {
	return writeOutputs(stdout, stderr, c.inputs, []output{{flag: "-o", path: c.out, data: data}})
}

// emitTo writes the output of a command that reads no FILE to out ("" or
// "-" for stdout).
func emitTo(out string, stdout, stderr io.Writer, data []byte) int {
	return writeOutputs(stdout, stderr, nil, []output{{flag: "-o", path: out, data: data}})
}

// printMessage prints a message: prefix, then msg, each of its lines
// escaped (see escapeControls) and capped (see capLine).
func printMessage(w io.Writer, prefix, msg string) {
	for line := range strings.SplitSeq(msg, "\n") {
		printLine(w, prefix+escapeControls(line))
		prefix = ""
	}
}

// printLine prints a line of an error message that is escaped already,
// capped at maxLineBytes.
func printLine(w io.Writer, line string) {
	io.WriteString(w, capLine(line, maxLineBytes)+"\n")
}

// text is a buffer for text output.
type text struct{ bytes.Buffer }

// f appends to the text as fmt.Printf would, with every argument escaped
// (see printf): format strings are trusted, values are not.
func (t *text) f(format string, args ...any) { printf(&t.Buffer, format, args...) }
