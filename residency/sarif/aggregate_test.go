package sarif_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/sarif"
	"github.com/dataresidency/dataresidency/residency/synth"
)

// Code scanning's limits on one SARIF upload.
const (
	maxUploadResults = 25_000
	maxUploadGzipped = 10 << 20
)

// aggLog is the part of an aggregated log the tests read.
type aggLog struct {
	Runs []struct {
		Results []struct {
			RuleID              string                `json:"ruleId"`
			Level               string                `json:"level"`
			Message             struct{ Text string } `json:"message"`
			Locations           []json.RawMessage     `json:"locations"`
			RelatedLocations    []json.RawMessage     `json:"relatedLocations"`
			PartialFingerprints map[string]string     `json:"partialFingerprints"`
			Properties          map[string]any        `json:"properties"`
		} `json:"results"`
		Properties  map[string]any    `json:"properties"`
		Invocations []sarifInvocation `json:"invocations"`
	} `json:"runs"`
}

func writeAgg(t *testing.T, rep *residency.Report, opts sarif.Options) ([]byte, aggLog) {
	t.Helper()
	var buf bytes.Buffer
	if err := sarif.WriteWith(&buf, rep, nil, "topology.json", opts); err != nil {
		t.Fatal(err)
	}
	var l aggLog
	if err := json.Unmarshal(buf.Bytes(), &l); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), l
}

func gzipped(t *testing.T, data []byte) int {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}

// TestAggregateLargeEstate: at 10,000 synthetic stores the log of every
// finding is over code scanning's limits; aggregated per rule and
// datasets it is within them, still valid SARIF 2.1.0, and it counts every
// finding it stands for.
func TestAggregateLargeEstate(t *testing.T) {
	if testing.Short() {
		t.Skip("assesses 10,000 stores")
	}
	top := synth.Generate(synth.Config{Stores: 10_000, Seed: 1})
	rep, err := residency.Assess(top, jurisdiction.MustParseDate("2025-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	findings := len(rep.Violations) + len(rep.Conflicts) + len(rep.Exposures) + len(rep.Obligations)

	full, fullLog := writeAgg(t, rep, sarif.Options{})
	nFull, gzFull := len(fullLog.Runs[0].Results), gzipped(t, full)
	t.Logf("10,000 stores, %d findings: unaggregated %d results, %d bytes, %d gzipped", findings, nFull, len(full), gzFull)
	if nFull != findings {
		t.Errorf("unaggregated: %d results for %d findings", nFull, findings)
	}
	if nFull <= maxUploadResults && gzFull <= maxUploadGzipped {
		t.Errorf("unaggregated log is within the limits (%d results, %d bytes gzipped): the test no longer shows what -aggregate is for", nFull, gzFull)
	}
	for _, by := range []sarif.Aggregation{sarif.ByDataset, sarif.ByRule} {
		agg, aggLog := writeAgg(t, rep, sarif.Options{Aggregate: by})
		nAgg, gzAgg := len(aggLog.Runs[0].Results), gzipped(t, agg)
		t.Logf("aggregated by %s: %d results, %d bytes, %d gzipped", by, nAgg, len(agg), gzAgg)
		if nAgg >= nFull {
			t.Errorf("by %s: %d results, no fewer than %d unaggregated", by, nAgg, nFull)
		}
		// The synthetic estate gives each store datasets of its own, so
		// that by dataset merges little; by rule must be within the
		// limits.
		if by == sarif.ByRule && (nAgg > maxUploadResults || gzAgg >= maxUploadGzipped) {
			t.Errorf("by %s: over the limits: %d results (at most %d), %d bytes gzipped (under %d)", by, nAgg, maxUploadResults, gzAgg, maxUploadGzipped)
		}
		checkAggregated(t, aggLog, findings, by)
		validate(t, agg)
	}
}

// checkAggregated checks that an aggregated log counts every finding
// once, that each aggregated result is well formed, and that the run says
// what was merged.
func checkAggregated(t *testing.T, l aggLog, findings int, by sarif.Aggregation) {
	t.Helper()
	counted, merged, results := 0, 0, 0
	fps := map[string]bool{}
	for _, r := range l.Runs[0].Results {
		fp := r.PartialFingerprints[sarif.FingerprintKey]
		if fps[fp] {
			t.Fatalf("fingerprint %s repeated", fp)
		}
		fps[fp] = true
		if r.Properties["aggregated"] != true {
			counted++
			continue
		}
		n := int(r.Properties["findings"].(float64))
		counted += n
		merged += n
		results++
		if len(r.Locations) != 1 || len(r.RelatedLocations) != min(n-1, sarif.DefaultRelatedLocations) ||
			!strings.HasPrefix(r.Message.Text, fmt.Sprintf("%d ", n)) || !strings.HasPrefix(fp, "aggregate:"+r.RuleID+"@") ||
			!strings.Contains(r.Message.Text, "the JSON report lists every one") ||
			int(r.Properties["omittedLocations"].(float64)) != n-1-len(r.RelatedLocations) {
			t.Fatalf("aggregated result of %d findings is malformed: %d locations, %d related, fingerprint %s, message %.300s",
				n, len(r.Locations), len(r.RelatedLocations), fp, r.Message.Text)
		}
	}
	if counted != findings {
		t.Errorf("by %s: the log counts %d findings, the report has %d", by, counted, findings)
	}
	want := map[string]any{"by": by.String(), "findings": float64(merged), "results": float64(results)}
	if got := l.Runs[0].Properties["aggregated"]; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("run.properties.aggregated = %v, want %v", got, want)
	}
	if !slices.ContainsFunc(l.Runs[0].Invocations[0].ToolExecutionNotifications, func(n sarifNotification) bool {
		return n.Descriptor != nil && n.Descriptor.ID == sarif.AggregatedID && strings.HasPrefix(n.Message.Text, fmt.Sprintf("%d findings written as %d results", merged, results))
	}) {
		t.Errorf("no %s notification saying %d findings were written as %d results", sarif.AggregatedID, merged, results)
	}
}

// TestAggregateStable: an aggregated result does not depend on the order
// of the report's findings (its fingerprint, locations and message are
// those of the same findings), the log is the same bytes run after run,
// and it validates; without a second finding to share with, a finding
// keeps its own result.
func TestAggregateStable(t *testing.T) {
	top := synth.Generate(synth.Config{Stores: 300, Seed: 7})
	asOf := jurisdiction.MustParseDate("2025-06-01")
	rep, err := residency.Assess(top, asOf)
	if err != nil {
		t.Fatal(err)
	}
	opts := sarif.Options{Aggregate: sarif.ByDataset, RelatedLocations: 3}
	first, l := writeAgg(t, rep, opts)
	again, _ := writeAgg(t, rep, opts)
	if !bytes.Equal(first, again) {
		t.Fatal("two aggregated logs of one report differ")
	}
	validate(t, first)

	// The same findings in reverse order.
	rev, err := residency.Assess(top, asOf)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(rev.Violations)
	slices.Reverse(rev.Conflicts)
	slices.Reverse(rev.Exposures)
	slices.Reverse(rev.Obligations)
	_, lr := writeAgg(t, rev, opts)
	byFP := func(l aggLog) map[string]string {
		out := map[string]string{}
		for _, r := range l.Runs[0].Results {
			b, _ := json.Marshal(r)
			out[r.PartialFingerprints[sarif.FingerprintKey]] = string(b)
		}
		return out
	}
	a, b := byFP(l), byFP(lr)
	aggregates := 0
	for fp, r := range a {
		if strings.HasPrefix(fp, "aggregate:") {
			aggregates++
		}
		if b[fp] != r {
			t.Errorf("result %s differs when the report's order is reversed:\n%s\n%s", fp, r, b[fp])
		}
	}
	if aggregates == 0 || len(a) != len(b) {
		t.Fatalf("%d aggregated results of %d, %d in reverse order: want some, and as many", aggregates, len(a), len(b))
	}
	for _, r := range l.Runs[0].Results {
		if r.Properties["aggregated"] == true && len(r.RelatedLocations) > 3 {
			t.Errorf("RelatedLocations 3: a result lists %d", len(r.RelatedLocations))
		}
	}
}

// TestAggregateCases: on the case studies, aggregation merges only
// findings of one rule, level, waiver state and datasets; a finding alone
// in its group is written as without -aggregate; the logs validate.
func TestAggregateCases(t *testing.T) {
	for _, c := range allRuns() {
		t.Run(c.name, func(t *testing.T) {
			rep := assess(t, c.top, c.run)
			plain, pl := writeAgg(t, rep, sarif.Options{})
			plainByFP := map[string]string{}
			for _, r := range pl.Runs[0].Results {
				b, _ := json.Marshal(r)
				plainByFP[r.PartialFingerprints[sarif.FingerprintKey]] = string(b)
			}
			for _, by := range []sarif.Aggregation{sarif.ByDataset, sarif.ByRule} {
				agg, al := writeAgg(t, rep, sarif.Options{Aggregate: by})
				validate(t, agg)
				merged := 0
				for _, r := range al.Runs[0].Results {
					fp := r.PartialFingerprints[sarif.FingerprintKey]
					if r.Properties["aggregated"] == true {
						merged++
						continue
					}
					b, _ := json.Marshal(r)
					if plainByFP[fp] != string(b) {
						t.Errorf("by %s: a finding alone in its group changed:\n%s\n%s", by, plainByFP[fp], b)
					}
				}
				if merged == 0 && !bytes.Equal(plain, agg) {
					t.Errorf("by %s: nothing merged, yet the log differs from the unaggregated one", by)
				}
				if merged > 0 {
					checkAggregated(t, al, len(pl.Runs[0].Results), by)
				}
			}
		})
	}
}

// TestCapSameAsTruncation: -max-results and -only, which leave results
// unbuilt, give the results a full log would keep: its first N of those
// kinds, in order, and count the rest.
func TestCapSameAsTruncation(t *testing.T) {
	top := synth.Generate(synth.Config{Stores: 400, Seed: 5})
	rep, err := residency.Assess(top, jurisdiction.MustParseDate("2026-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	_, full := writeAgg(t, rep, sarif.Options{})
	all := full.Runs[0].Results
	for _, tc := range []struct {
		kinds []string
		max   int
	}{{nil, 50}, {[]string{"exposure"}, 30}, {[]string{"violation", "conflict"}, 1}, {[]string{"obligation"}, 0}} {
		var want []string
		for _, r := range all {
			if len(tc.kinds) == 0 || slices.Contains(tc.kinds, r.Properties["finding"].(string)) {
				want = append(want, r.PartialFingerprints[sarif.FingerprintKey])
			}
		}
		kept := want
		if tc.max > 0 && len(kept) > tc.max {
			kept = kept[:tc.max]
		}
		_, l := writeAgg(t, rep, sarif.Options{Kinds: tc.kinds, MaxResults: tc.max})
		var got []string
		for _, r := range l.Runs[0].Results {
			got = append(got, r.PartialFingerprints[sarif.FingerprintKey])
		}
		if !slices.Equal(got, kept) || len(kept) == 0 {
			t.Errorf("kinds %v, max %d: %d results, want the first %d of %d", tc.kinds, tc.max, len(got), len(kept), len(want))
		}
		omitted, _ := l.Runs[0].Properties["omittedResults"].(float64)
		if int(omitted) != len(want)-len(kept) {
			t.Errorf("kinds %v, max %d: omittedResults %v, want %d", tc.kinds, tc.max, omitted, len(want)-len(kept))
		}
	}
}
