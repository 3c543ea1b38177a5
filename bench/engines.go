package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dataresidency/dataresidency/residency"
)

// Engine is one implementation of the check set under test.
type Engine interface {
	// Name identifies the engine in reports.
	Name() string
	// Build does the once-per-topology work (converting the input,
	// compiling the policy, indexing). It is timed separately and not
	// counted against evaluation. t has been through Adapt and must not
	// be modified.
	Build(ctx context.Context, t *residency.Topology) (Evaluator, error)
}

// Evaluator evaluates the check set over the topology it was built for.
// Each call does the full evaluation, caching nothing between calls, and
// returns the normalised findings (see the package comment of main.go) in
// any order.
type Evaluator interface {
	Evaluate(ctx context.Context) ([]string, error)
}

// reference is the engine every other engine's findings are compared to
// and timed against: the library.
const reference = "dataresidency"

// engines returns every engine, the reference first, all built on cs.
func engines(cs *checkSet) []Engine {
	return []Engine{
		&libraryEngine{cs: cs},
		&opaEngine{cs: cs, parsed: false},
		&opaEngine{cs: cs, parsed: true},
		&loopEngine{cs: cs},
	}
}

func engineNames() []string { return []string{reference, "opa-map", "opa-parsed", "loop"} }

// libraryEngine runs the library: residency.Engine.Assess, then Normalise.
type libraryEngine struct {
	cs  *checkSet
	eng *residency.Engine
}

func (e *libraryEngine) Name() string { return reference }

func (e *libraryEngine) Build(_ context.Context, t *residency.Topology) (Evaluator, error) {
	if e.eng == nil {
		e.eng = residency.NewEngine(e.cs.cat)
	}
	return &libraryEvaluator{eng: e.eng, t: t, opts: checkOptions()}, nil
}

type libraryEvaluator struct {
	eng  *residency.Engine
	t    *residency.Topology
	opts []residency.AssessOption
}

func (ev *libraryEvaluator) Evaluate(ctx context.Context) ([]string, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	rep, err := ev.eng.Assess(ev.t, AsOf, ev.opts...)
	if err != nil {
		return nil, err
	}
	return Normalise(rep), nil
}

// Normalise flattens a report into finding tuples:
//
//	V|<rule id>|<path>
//	C|<compelling jurisdiction>|<blocking jurisdiction>|<path>|<dataset>|<blocking rule ids, sorted, joined by ",">
//
// A conflict gives one tuple per dataset it covers.
func Normalise(rep *residency.Report) []string {
	n := len(rep.Violations)
	for _, c := range rep.Conflicts {
		n += len(c.Datasets)
	}
	out := make([]string, 0, n)
	for _, v := range rep.Violations {
		out = append(out, "V|"+v.Rule.ID+"|"+v.Path.String())
	}
	var ids []string
	for _, c := range rep.Conflicts {
		ids = ids[:0]
		for _, b := range c.Blocking {
			ids = append(ids, b.ID)
		}
		slices.Sort(ids)
		prefix := "C|" + c.CompellingJurisdiction.String() + "|" + c.BlockingJurisdiction.String() + "|" + c.Path.String() + "|"
		suffix := "|" + strings.Join(ids, ",")
		for _, d := range c.Datasets {
			out = append(out, prefix+d+suffix)
		}
	}
	return out
}

// Mismatch is a disagreement between an engine and the reference.
type Mismatch struct {
	Engine, Reference string
	What              string // the topology: "N=200 seed 1", "golden ..."
	Want, Got         int
	Missing, Extra    []string
}

func (m *Mismatch) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s disagrees with %s on %s: %d findings, want %d; %d missing, %d extra",
		m.Engine, m.Reference, m.What, m.Got, m.Want, len(m.Missing), len(m.Extra))
	const show = 15
	for i, s := range m.Missing {
		if i == show {
			fmt.Fprintf(&b, "\n  ... %d more missing", len(m.Missing)-show)
			break
		}
		fmt.Fprintf(&b, "\n  - %s", s)
	}
	for i, s := range m.Extra {
		if i == show {
			fmt.Fprintf(&b, "\n  ... %d more extra", len(m.Extra)-show)
			break
		}
		fmt.Fprintf(&b, "\n  + %s", s)
	}
	return b.String()
}

// Compare compares two lists of tuples as multisets and returns a
// *Mismatch, or nil when they are equal. Neither list is modified. The
// library reports one conflict per store path and pair of jurisdictions,
// blocking every dataset some of its rules protect; the other engines
// give a tuple per dataset with that dataset's rules. Conflict tuples of
// one path and pair are therefore merged on both sides first (see
// mergeConflicts).
func Compare(what, reference string, want []string, engine string, got []string) error {
	w, g := mergeConflicts(want), mergeConflicts(got)
	slices.Sort(w)
	slices.Sort(g)
	var missing, extra []string
	i, j := 0, 0
	for i < len(w) && j < len(g) {
		switch c := strings.Compare(w[i], g[j]); {
		case c == 0:
			i++
			j++
		case c < 0:
			missing = append(missing, w[i])
			i++
		default:
			extra = append(extra, g[j])
			j++
		}
	}
	missing = append(missing, w[i:]...)
	extra = append(extra, g[j:]...)
	if len(missing) == 0 && len(extra) == 0 {
		return nil
	}
	return &Mismatch{Engine: engine, Reference: reference, What: what, Want: len(want), Got: len(got), Missing: missing, Extra: extra}
}

// mergeConflicts returns tuples with the conflict tuples of one
// compelling and blocking jurisdiction and path merged into one,
// C|<compelling>|<blocking>|<path>|<datasets>|<rules>, its datasets and
// rules each sorted and without repeats. Other tuples are kept as they
// are. The list is not modified.
func mergeConflicts(tuples []string) []string {
	type merged struct{ datasets, rules []string }
	var out []string
	byKey := map[string]*merged{}
	var keys []string
	for _, t := range tuples {
		f := strings.Split(t, "|")
		if len(f) != 6 || f[0] != "C" {
			out = append(out, t)
			continue
		}
		key := strings.Join(f[:4], "|")
		m, ok := byKey[key]
		if !ok {
			m = &merged{}
			byKey[key] = m
			keys = append(keys, key)
		}
		m.datasets = append(m.datasets, f[4])
		if f[5] != "" {
			m.rules = append(m.rules, strings.Split(f[5], ",")...)
		}
	}
	for _, k := range keys {
		m := byKey[k]
		slices.Sort(m.datasets)
		slices.Sort(m.rules)
		out = append(out, k+"|"+strings.Join(slices.Compact(m.datasets), ",")+"|"+strings.Join(slices.Compact(m.rules), ","))
	}
	return out
}
