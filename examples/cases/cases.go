// Package cases holds the thesis's case studies as topologies, and prints
// their assessments. The programs under examples/ run them; this package's
// Example tests pin their output.
//
// Facts about the companies come from the sources cited beside each
// entity. Where a fact could not be verified the comment says so and the
// topology states the assumption it makes instead.
package cases

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

var (
	cn = jurisdiction.MustParseCode("CN")
	us = jurisdiction.MustParseCode("US")
	ie = jurisdiction.MustParseCode("IE")
	ky = jurisdiction.MustParseCode("KY")
)

func date(s string) jurisdiction.Date { return jurisdiction.MustParseDate(s) }

// since returns the period from s on; until the period before s.
func since(s string) jurisdiction.Period { return jurisdiction.Period{From: date(s)} }
func until(s string) jurisdiction.Period { return jurisdiction.Period{Until: date(s)} }

// A Case is a case study: a topology and the assessments that tell its
// story.
type Case struct {
	Name     string
	Topology *residency.Topology
	Runs     []Run
}

// A Run is one assessment of a case.
type Run struct {
	Title    string
	AsOf     jurisdiction.Date
	Consumer jurisdiction.Code
	// Topology overrides the case's topology for a counterfactual run.
	Topology *residency.Topology
}

// Print assesses every run of c with the built-in catalog and prints the
// findings and the rating table of each.
func Print(w io.Writer, c Case) error {
	eng := residency.NewEngine(nil)
	fmt.Fprintf(w, "== %s ==\n", c.Name)
	for _, run := range c.Runs {
		t := c.Topology
		if run.Topology != nil {
			t = run.Topology
		}
		rep, err := eng.Assess(t, run.AsOf, residency.Consumer(run.Consumer))
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n-- %s (as of %s, consumer in %s) --\n", run.Title, run.AsOf, run.Consumer)
		PrintReport(w, rep)
	}
	return nil
}

// PrintReport prints a report compactly: one line per finding and one per
// hexad element.
func PrintReport(w io.Writer, rep *residency.Report) {
	if len(rep.Violations) == 0 {
		fmt.Fprintln(w, "Violations: none")
	} else {
		fmt.Fprintln(w, "Violations:")
		for _, v := range rep.Violations {
			fmt.Fprintf(w, "  %s at %s\n", v.Rule, v.Path)
		}
	}
	if len(rep.Conflicts) == 0 {
		fmt.Fprintln(w, "Conflicts: none")
	} else {
		fmt.Fprintln(w, "Conflicts:")
		for _, c := range rep.Conflicts {
			fmt.Fprintf(w, "  %s [%s] vs %s [%s] at %s\n", c.CompellingJurisdiction, ids(c.Compelling),
				c.BlockingJurisdiction, ids(c.Blocking), c.Path)
		}
	}
	fmt.Fprintln(w, "Exposures:")
	for _, x := range rep.Exposures {
		basis := ids(x.Rules)
		if x.Presumed {
			basis = "presumed"
		}
		read := "readable"
		if !x.Readable {
			read = "ciphertext"
		}
		fmt.Fprintf(w, "  %s via %s at %s [%s] %s\n", x.Government, x.Via, x.Path, basis, read)
	}
	if len(rep.Obligations) > 0 {
		fmt.Fprintln(w, "Obligations:")
		for _, o := range rep.Obligations {
			fmt.Fprintf(w, "  %s for %s\n", o.Rule, o.Dataset)
		}
	}
	if len(rep.Unresearched) > 0 {
		fmt.Fprintln(w, "Not researched (nothing checked against their law):")
		for _, u := range rep.Unresearched {
			fmt.Fprintf(w, "  %s: stores %s; datasets %s\n", u.Jurisdiction, strings.Join(u.Stores, ", "), strings.Join(u.Datasets, ", "))
		}
	}
	fmt.Fprintln(w, "Rating:")
	for _, er := range rep.Rating.Elements {
		fmt.Fprintf(w, "  %-18s %s\n", er.Element, er.Score)
	}
	if len(rep.Rating.Defaults) > 0 {
		fmt.Fprintf(w, "  (no researched access profile for %s: the elements they bear on are not rated)\n", strings.Join(rep.Rating.Defaults, ", "))
	}
}

func ids(rs []residency.RuleRef) string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return strings.Join(out, " ")
}

// Scores returns a rating's seven scores as a string such as "2 2 3 4 4 4 2".
func Scores(r hexad.Rating) string {
	var b strings.Builder
	for i, s := range r.Scores() {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s.String())
	}
	return b.String()
}

// Main prints c on standard output, as the example programs do, and exits
// with status 1 if it cannot be assessed.
func Main(c Case) {
	if err := Print(os.Stdout, c); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
