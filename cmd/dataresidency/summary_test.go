package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// TestLargeEstateOutput: on an estate of more findings than the text
// format lists, text summarises (counts per rule, pair and government,
// weakest datasets, first errors) unless -detail full asks for every
// finding; json is the compact report unless -detail full asks for the
// whole one; both say the same counts.
func TestLargeEstateOutput(t *testing.T) {
	var doc bytes.Buffer
	if err := residency.EncodeJSON(&doc, synth.Generate(synth.Config{Stores: 300, Seed: 1})); err != nil {
		t.Fatal(err)
	}
	file := writeTemp(t, "estate.json", doc.String())
	base := []string{"assess", "-as-of", "2026-06-01", "-fail-on", "none", "-allow-unresearched", "-allow-undeclared", "-allow-unrated"}
	run := func(args ...string) string {
		t.Helper()
		code, stdout, stderr := exec(t, append(append(base, args...), file)...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		return stdout
	}
	summary := run()
	for _, want := range []string{"A summary: ", "Violations by rule:\n", "Conflicts by jurisdictions, rules and link:\n",
		"Exposures by government and link:\n", "Weakest datasets", "First errors (of ", "explain " + file + " ID", "Hexad rating of"} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q", want)
		}
	}
	whole := run("-detail", "full")
	if strings.Contains(whole, "A summary: ") || strings.Count(whole, "\n") < 2*textSummaryOver {
		t.Errorf("-detail full: %d lines, or a summary", strings.Count(whole, "\n"))
	}
	if len(summary) >= len(whole)/4 {
		t.Errorf("summary of %d bytes, whole report %d", len(summary), len(whole))
	}
	var compact struct {
		Format string         `json:"format"`
		Counts map[string]int `json:"counts"`
	}
	if err := json.Unmarshal([]byte(run("-format", "json")), &compact); err != nil || compact.Format != residency.CompactFormat {
		t.Fatalf("compact json: %v, format %q", err, compact.Format)
	}
	var rep residency.Report
	if err := json.Unmarshal([]byte(run("-format", "json", "-detail", "full")), &rep); err != nil {
		t.Fatal(err)
	}
	if compact.Counts["violations"] != len(rep.Violations) || compact.Counts["exposures"] != len(rep.Exposures) || len(rep.Violations) == 0 {
		t.Errorf("counts %v; full report %d violations, %d exposures", compact.Counts, len(rep.Violations), len(rep.Exposures))
	}
	if code, _, stderr := exec(t, append(append(base, "-detail", "some"), file)...); code != exitUsage || !strings.Contains(stderr, "-detail") {
		t.Errorf("-detail some: exit %d, %s", code, stderr)
	}
}
