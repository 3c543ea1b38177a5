package sarif

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// This file merges findings into one result per rule and dataset
// (Options.Aggregate): an estate of ten thousand stores has tens of
// thousands of findings, more than code scanning takes in one run, most
// of them the same rule reaching the same data at another store.

// AggregatedID is the notification of findings merged by
// Options.Aggregate.
const AggregatedID = "DR-RESULTS-AGGREGATED"

// An Aggregation says which findings Options.Aggregate writes as one
// result. Whatever it is, the findings of one result share a rule ID (and
// so a finding kind), a level and a waiver state.
type Aggregation uint8

// The aggregations.
const (
	// NoAggregation writes one result per finding.
	NoAggregation Aggregation = iota
	// ByDataset writes one result per rule and datasets: the findings of
	// one rule on the same datasets (a violation's or obligation's
	// dataset, the datasets of the store a conflict or exposure is at),
	// whatever the store. It merges most where many stores hold the same
	// datasets.
	ByDataset
	// ByRule writes one result per rule, whatever the datasets and
	// stores: the fewest results, for estates whose stores each hold
	// datasets of their own.
	ByRule
)

// String returns "none", "dataset" or "rule".
func (a Aggregation) String() string {
	switch a {
	case ByDataset:
		return "dataset"
	case ByRule:
		return "rule"
	}
	return "none"
}

// ParseAggregation parses "none" (or ""), "dataset" or "rule".
func ParseAggregation(s string) (Aggregation, error) {
	switch s {
	case "", "none":
		return NoAggregation, nil
	case "dataset", "datasets":
		return ByDataset, nil
	case "rule", "rules":
		return ByRule, nil
	}
	return NoAggregation, fmt.Errorf("sarif: unknown aggregation %q (want dataset, rule or none)", s)
}

// DefaultRelatedLocations is how many locations after the first an
// aggregated result lists when Options.RelatedLocations is 0.
const DefaultRelatedLocations = 9

// resultMeta is what aggregation reads of a result besides the result:
// its finding kind, store and datasets.
type resultMeta struct {
	kind     string
	store    string
	datasets []string
}

// metaOf reads a finding's meta from its properties.
func metaOf(props map[string]any) resultMeta {
	m := resultMeta{kind: props["finding"].(string)}
	m.store, _ = props["store"].(string)
	switch ds := props["datasets"].(type) {
	case []string:
		m.datasets = ds
	}
	if d, ok := props["dataset"].(string); ok && d != "" {
		m.datasets = []string{d}
	}
	return m
}

// aggregated counts what aggregation merged: findings written as results
// that stand for more than one, and those results.
type aggregated struct {
	findings, results int
}

// related is how many locations after the first an aggregated result
// lists.
func (b *builder) related() int {
	if b.opts.RelatedLocations > 0 {
		return b.opts.RelatedLocations
	}
	return DefaultRelatedLocations
}

// groupKey is what the findings of one aggregated result share: the
// aggregation, rule ID, level, whether a waiver accepts them, and, by
// dataset, the datasets (sorted, as a set).
func (b *builder) groupKey(i int) string {
	r := &b.results[i]
	waived := "open"
	if len(r.Suppressions) > 0 {
		waived = "waived"
	}
	key := []string{b.opts.Aggregate.String(), r.RuleID, string(r.Level), waived}
	if b.opts.Aggregate == ByDataset {
		ds := slices.Clone(b.meta[i].datasets)
		slices.Sort(ds)
		key = append(key, slices.Compact(ds)...)
	}
	return strings.Join(key, "\x00")
}

// aggregate replaces the results that share a group key by one result,
// at the place of the group's first result in report order.
func (b *builder) aggregate() aggregated {
	index := map[string]int{}
	var keys []string
	var members [][]int
	for i := range b.results {
		k := b.groupKey(i)
		g, ok := index[k]
		if !ok {
			g = len(keys)
			index[k] = g
			keys = append(keys, k)
			members = append(members, nil)
		}
		members[g] = append(members[g], i)
	}
	var n aggregated
	out := make([]result, 0, len(keys))
	meta := make([]resultMeta, 0, len(keys))
	for g, m := range members {
		if len(m) == 1 {
			out, meta = append(out, b.results[m[0]]), append(meta, b.meta[m[0]])
			continue
		}
		n.findings += len(m)
		n.results++
		out, meta = append(out, b.merge(keys[g], m)), append(meta, b.meta[m[0]])
	}
	b.results, b.meta = out, meta
	return n
}

// fingerprint is a result's partial fingerprint.
func (r *result) fingerprint() string { return r.PartialFingerprints[FingerprintKey] }

// merge makes the result that stands for the results members, which share
// key. The members are taken in the order of their fingerprints (finding
// IDs), so that the result does not depend on the order of the report.
func (b *builder) merge(key string, members []int) result {
	m := slices.Clone(members)
	slices.SortFunc(m, func(x, y int) int { return strings.Compare(b.results[x].fingerprint(), b.results[y].fingerprint()) })
	first := b.results[m[0]]
	kind := b.meta[m[0]].kind
	var stores, datasets []string
	seen := map[string]bool{}
	for _, i := range m {
		if s := b.meta[i].store; s != "" && !seen["s\x00"+s] {
			seen["s\x00"+s] = true
			stores = append(stores, s)
		}
		for _, d := range b.meta[i].datasets {
			if !seen["d\x00"+d] {
				seen["d\x00"+d] = true
				datasets = append(datasets, d)
			}
		}
	}
	slices.Sort(datasets)
	listed := min(len(m), b.related()+1)
	ids := make([]string, listed)
	related := make([]location, 0, listed-1)
	for k, i := range m[:listed] {
		ids[k] = b.results[i].fingerprint()
		if k == 0 {
			continue
		}
		loc := b.results[i].Locations[0]
		loc.ID = k
		loc.Message = &text{Text: ids[k]}
		related = append(related, loc)
	}

	sum := sha256.Sum256([]byte(key))
	r := result{
		RuleID:              first.RuleID,
		RuleIndex:           first.RuleIndex,
		Level:               first.Level,
		Message:             text{Text: aggregateMessage(kind, first, len(m), stores, datasets, listed)},
		Locations:           first.Locations,
		PartialFingerprints: map[string]string{FingerprintKey: "aggregate:" + first.RuleID + "@" + hex.EncodeToString(sum[:12])},
		RelatedLocations:    related,
		Suppressions:        first.Suppressions,
		Properties: map[string]any{
			"finding":          kind,
			"aggregated":       true,
			"findings":         len(m),
			"storeCount":       len(stores),
			"datasetCount":     len(datasets),
			"datasets":         nonNil(datasets[:min(len(datasets), b.related()+1)]),
			"findingIds":       ids,
			"omittedLocations": len(m) - listed,
		},
	}
	if rule, ok := first.Properties["rule"].(string); ok {
		r.Properties["rule"] = rule
	}
	return r
}

// aggregateMessage says what an aggregated result stands for: how many
// findings of which kind, under which rule, on which datasets, at how
// many stores (naming the first three), where the rest are, and the first
// finding's own message.
func aggregateMessage(kind string, first result, n int, stores, datasets []string, listed int) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%d %ss of rule %s", n, kind, first.RuleID)
	if len(datasets) > 0 {
		s.WriteString(" on " + counted(datasets, "dataset", "datasets"))
	}
	if len(stores) > 0 {
		s.WriteString(", at " + counted(stores, "store", "stores"))
	}
	fmt.Fprintf(&s, ". The locations give the first, relatedLocations the next %d", listed-1)
	if rest := n - listed; rest > 0 {
		fmt.Fprintf(&s, "; %d more are not located here", rest)
	}
	s.WriteString("; the JSON report lists every one. The first: ")
	s.WriteString(first.Message.Text)
	return s.String()
}

// counted names a list in a message: "dataset hr", "datasets crm, hr",
// "1204 stores (a, b, c and 1201 more)".
func counted(items []string, one, many string) string {
	switch {
	case len(items) == 1:
		return one + " " + items[0]
	case len(items) <= 3:
		return many + " " + strings.Join(items, ", ")
	}
	return fmt.Sprintf("%d %s (%s and %d more)", len(items), many, strings.Join(items[:3], ", "), len(items)-3)
}
