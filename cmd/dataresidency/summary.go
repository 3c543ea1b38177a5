package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/sarif"
)

// textSummaryOver is the most findings the text format lists one by one
// without -detail full; above it, it summarises.
const textSummaryOver = 200

// summaryTop is how many lines each table of the summary shows.
const summaryTop = 15

// A tally counts findings under one heading.
type tally struct {
	name   string
	n      int
	failed int // unwaived errors
}

// tallies counts items by name, most first, then by name.
type tallies struct {
	at   map[string]int
	list []tally
}

func (t *tallies) add(name string, err bool) {
	if t.at == nil {
		t.at = map[string]int{}
	}
	i, ok := t.at[name]
	if !ok {
		i = len(t.list)
		t.at[name] = i
		t.list = append(t.list, tally{name: name})
	}
	t.list[i].n++
	if err {
		t.list[i].failed++
	}
}

func (t *tallies) sorted() []tally {
	out := slices.Clone(t.list)
	slices.SortFunc(out, func(a, b tally) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return strings.Compare(a.name, b.name)
	})
	return out
}

// writeTallies writes a table of counts, the first summaryTop lines and
// how many more headings there are.
func writeTallies(t *text, title string, ts tallies) {
	list := ts.sorted()
	if len(list) == 0 {
		return
	}
	t.f("\n%s:\n", title)
	for i, x := range list {
		if i == summaryTop {
			rest := 0
			for _, y := range list[i:] {
				rest += y.n
			}
			t.f("  %7d  in %d more\n", rest, len(list)-i)
			break
		}
		if x.failed > 0 && x.failed != x.n {
			t.f("  %7d  %s (%d unwaived)\n", x.n, x.name, x.failed)
		} else {
			t.f("  %7d  %s\n", x.n, x.name)
		}
	}
}

// writeSummary writes a large report for people: the counts of findings
// per rule, per pair of jurisdictions and per government, the
// jurisdictions whose law the findings rest on, the weakest datasets and
// the first errors, and how to read every finding. file is the input, for
// the explain command it suggests.
func writeSummary(t *text, rep *residency.Report, fs []finding, file string) {
	name := rep.Topology
	if name == "" {
		name = "topology"
	}
	t.f("Assessment of %s as of %s, %s (catalog %s)\n", name, rep.AsOf, consumerText(rep.Consumer), rep.Catalog)
	t.f("%s, %s, %s, %s; %s, %s\n", count(len(rep.Violations), "violation"), count(len(rep.Conflicts), "conflict"),
		count(len(rep.Exposures), "exposure"), count(len(rep.Obligations), "obligation"),
		count(len(rep.Datasets), "dataset"), count(len(rep.Stores), "store"))
	t.f("\nA summary: %d findings are more than this format lists one by one (%d). Every finding: -detail full,\nor -format json; one finding with its path and reasons: dataresidency explain %s ID.\n",
		len(fs), textSummaryOver, file)
	var byRule, byPair, byGov, byObl, byJur tallies
	for _, v := range rep.Violations {
		byRule.add(v.Rule.String(), v.Waiver == nil)
		byJur.add(v.Rule.Jurisdiction.String(), v.Waiver == nil)
	}
	for _, c := range rep.Conflicts {
		byPair.add(fmt.Sprintf("%s [%s] vs %s [%s], via %s", c.CompellingJurisdiction, ruleIDs(c.Compelling), c.BlockingJurisdiction, ruleIDs(c.Blocking), c.Link), c.Waiver == nil)
		byJur.add(c.BlockingJurisdiction.String(), c.Waiver == nil)
	}
	for _, x := range rep.Exposures {
		g := x.Government.String() + " via " + x.Via.String()
		if !x.Readable {
			g += " (ciphertext)"
		}
		byGov.add(fmt.Sprintf("%s, %s", g, x.Severity), false)
	}
	for _, o := range rep.Obligations {
		byObl.add(o.Rule.String(), false)
	}
	writeTallies(t, "Violations by rule", byRule)
	writeTallies(t, "Conflicts by jurisdictions, rules and link", byPair)
	writeTallies(t, "Violations and conflicts by the jurisdiction whose law is broken or forbids", byJur)
	writeTallies(t, "Exposures by government and link", byGov)
	writeTallies(t, "Obligations by rule", byObl)
	writeWeakest(t, rep.Datasets)
	shown := 0
	for _, f := range fs {
		if f.Level != sarif.Error || f.Waiver != nil {
			continue
		}
		if shown == 0 {
			t.f("\nFirst errors (of %d in report order):\n", countErrors(fs))
		}
		if shown == 10 {
			t.f("  … the rest: -detail full\n")
			break
		}
		shown++
		t.f("  %s\n           %s\n", f.ID, f.Summary)
		if f.Reason != "" {
			t.f("           %s\n", f.Reason)
		}
	}
	if len(rep.Undeclared) > 0 {
		t.f("\nStores that declare no data (nothing about what they hold was checked; list their datasets, or for a Terraform plan tag the resources dataresidency_dataset, dataresidency_classes and dataresidency_subjects):\n  %s\n",
			listOf("store", rep.Undeclared))
	}
	if len(rep.Unresearched) > 0 {
		t.f("\nNot researched: the catalog has no research of the law of these jurisdictions, so nothing was checked against it:\n")
		for _, u := range rep.Unresearched {
			t.f("  %s: %s; %s\n", u.Jurisdiction, listOf("store", u.Stores), listOf("dataset", u.Datasets))
		}
	}
	t.f("\n%s", compactRating(rep.Rating))
}

func countErrors(fs []finding) int {
	n := 0
	for _, f := range fs {
		if f.Level == sarif.Error && f.Waiver == nil {
			n++
		}
	}
	return n
}

func ruleIDs(rs []residency.RuleRef) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return strings.Join(ids, ", ")
}

// writeWeakest lists the datasets with the lowest total score, rated
// elements only, unrated datasets first.
func writeWeakest(t *text, ds []residency.DatasetRating) {
	type row struct {
		id           string
		total, rated int
		scores       string
	}
	rows := make([]row, 0, len(ds))
	for _, d := range ds {
		r := row{id: d.Dataset}
		var parts []string
		for _, e := range d.Rating.Elements {
			parts = append(parts, e.Score.String())
			if e.Score.IsValid() {
				r.total += int(e.Score)
				r.rated++
			}
		}
		r.scores = strings.Join(parts, " ")
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return
	}
	// Mean score per rated element, lowest first; ties by ID.
	slices.SortStableFunc(rows, func(a, b row) int {
		if c := cmp.Compare(a.total*max(b.rated, 1), b.total*max(a.rated, 1)); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	t.f("\nWeakest datasets (lowest mean score; scores in the hexad's order, confidentiality to jurisdiction):\n")
	for _, r := range rows[:min(len(rows), 10)] {
		t.f("  %s  %s\n", r.scores, r.id)
	}
}
