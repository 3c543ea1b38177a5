package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"sync"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// policy expresses the check set in Rego, with the engine's semantics.
//
//go:embed policy.rego
var policy string

// opaQuery is the one query the OPA engines prepare.
const opaQuery = "data.residency.findings"

// opaEngine evaluates policy.rego with the OPA Go SDK: one prepared query,
// evaluated many times with the topology as input. With parsed false the
// input is a JSON-shaped Go map passed with rego.EvalInput, which OPA
// converts on every evaluation; with parsed true it is converted once in
// Build (ast.InterfaceToValue) and passed with rego.EvalParsedInput.
type opaEngine struct {
	cs     *checkSet
	parsed bool

	once  sync.Once
	query rego.PreparedEvalQuery
	err   error
}

func (e *opaEngine) Name() string {
	if e.parsed {
		return "opa-parsed"
	}
	return "opa-map"
}

// prepareQuery compiles policy.rego and prepares opaQuery.
func prepareQuery(ctx context.Context) (rego.PreparedEvalQuery, error) {
	pq, err := rego.New(rego.Query(opaQuery), rego.Module("policy.rego", policy)).PrepareForEval(ctx)
	if err != nil {
		return pq, fmt.Errorf("opa: preparing %s: %w", opaQuery, err)
	}
	return pq, nil
}

func (e *opaEngine) Build(ctx context.Context, t *residency.Topology) (Evaluator, error) {
	e.once.Do(func() { e.query, e.err = prepareQuery(ctx) })
	if e.err != nil {
		return nil, e.err
	}
	doc := opaInput(t, e.cs.facts)
	ev := &opaEvaluator{query: e.query}
	if e.parsed {
		v, err := ast.InterfaceToValue(doc)
		if err != nil {
			return nil, fmt.Errorf("opa: converting input: %w", err)
		}
		ev.input = rego.EvalParsedInput(v)
	} else {
		ev.input = rego.EvalInput(doc)
	}
	return ev, nil
}

type opaEvaluator struct {
	query rego.PreparedEvalQuery
	input rego.EvalOption
}

// Evaluate runs the query; decoding the result set is part of it.
func (ev *opaEvaluator) Evaluate(ctx context.Context) ([]string, error) {
	rs, err := ev.query.Eval(ctx, ev.input)
	if err != nil {
		return nil, err
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return nil, fmt.Errorf("opa: %s: unexpected result set %v", opaQuery, rs)
	}
	items, ok := rs[0].Expressions[0].Value.([]any)
	if !ok {
		return nil, fmt.Errorf("opa: %s is %T, want a set ([]any)", opaQuery, rs[0].Expressions[0].Value)
	}
	out := make([]string, len(items))
	for i, it := range items {
		if out[i], ok = it.(string); !ok {
			return nil, fmt.Errorf("opa: finding is %T, want string", it)
		}
	}
	return out, nil
}

// opaInput renders t as the document policy.rego reads (its header
// describes the shape). It uses only map[string]any, []any, string, bool
// and json.Number, OPA's cheapest Go-to-AST path, and always sets every
// key, so that no rule is undefined for a missing list.
//
// What it works out in advance, as OPA's documentation recommends for
// lookups: every collection keyed by ID; each flow's implicit dataset list
// expanded (with carries_all kept for "carries every dataset"); each
// store's inbound and admin-access flows; from the catalog, the EEA
// members and the adequacy destinations on the as-of date and the
// destinations of eu-us-dpf; per entity, whether it is certified under
// eu-us-dpf. Everything else (class implications, CII, control chains,
// reach, which data arrived by which flow, every rule) is the policy's.
func opaInput(t *residency.Topology, f facts) map[string]any {
	str := func(ss []string) []any {
		out := make([]any, len(ss))
		for i, s := range ss {
			out[i] = s
		}
		return out
	}
	codeSet := func(m map[jurisdiction.Code]bool) map[string]any {
		out := make(map[string]any, len(m))
		for c := range m {
			out[c.String()] = true
		}
		return out
	}
	datasets := make(map[string]any, len(t.Datasets))
	for _, d := range t.Datasets {
		classes := make([]any, len(d.Classes))
		for i, c := range d.Classes {
			classes[i] = c.String()
		}
		subjects := make([]any, len(d.Subjects))
		for i, s := range d.Subjects {
			subjects[i] = s.Jurisdiction.String()
		}
		datasets[d.ID] = map[string]any{"classes": classes, "subjects": subjects, "controller": d.Controller}
	}
	entities := make(map[string]any, len(t.Entities))
	for _, x := range t.Entities {
		owners := make([]any, len(x.Owners))
		for i, o := range x.Owners {
			owners[i] = map[string]any{
				"parent":  o.Parent,
				"share":   json.Number(strconv.FormatFloat(o.Share, 'g', -1, 64)),
				"control": o.Control,
			}
		}
		cii := make([]any, len(x.CII))
		for i, c := range x.CII {
			cii[i] = c.String()
		}
		entities[x.ID] = map[string]any{
			"jurisdiction": x.Jurisdiction.String(),
			"headquarters": x.Headquarters.String(),
			"owners":       owners,
			"cii":          cii,
			"dpf":          slices.Contains(x.Certifications, mechDPF),
		}
	}
	byID := make(map[string]*residency.Store, len(t.Stores))
	for i := range t.Stores {
		byID[t.Stores[i].ID] = &t.Stores[i]
	}
	inbound := make(map[string][]any)
	admin := make(map[string][]any)
	flows := make(map[string]any, len(t.Flows))
	for _, fl := range t.Flows {
		ids := fl.Datasets
		if len(ids) == 0 {
			src := fl.From
			if fl.Kind == residency.AdminAccess || fl.Kind == residency.Collection {
				src = fl.To
			}
			ids = byID[src].Datasets
		}
		if fl.Kind == residency.AdminAccess {
			admin[fl.To] = append(admin[fl.To], fl.ID)
		} else {
			inbound[fl.To] = append(inbound[fl.To], fl.ID)
		}
		flows[fl.ID] = map[string]any{
			"kind":              fl.Kind.String(),
			"from":              fl.From,
			"to":                fl.To,
			"datasets":          str(ids),
			"carries_all":       len(fl.Datasets) == 0,
			"mechanisms":        str(fl.Mechanisms),
			"accessor":          fl.Accessor,
			"accessor_location": fl.AccessorLocation.String(),
		}
	}
	stores := make(map[string]any, len(t.Stores))
	for _, s := range t.Stores {
		custodians := make([]any, len(s.Custodians))
		for i, c := range s.Custodians {
			custodians[i] = c.Entity
		}
		st := map[string]any{
			"location":   s.Location.String(),
			"operator":   s.Operators[0].Entity,
			"custodians": custodians,
			"mechanisms": str(s.Mechanisms),
			"datasets":   str(s.Datasets),
			"inbound":    orEmpty(inbound[s.ID]),
			"admin":      orEmpty(admin[s.ID]),
		}
		if len(s.Keys) == 1 {
			st["key_holder"] = s.Keys[0].Holder
		}
		stores[s.ID] = st
	}
	return map[string]any{
		"eea":              codeSet(f.eea),
		"adequate":         codeSet(f.adequate),
		"dpf_destinations": codeSet(f.dpfDest),
		"entities":         entities,
		"datasets":         datasets,
		"stores":           stores,
		"flows":            flows,
	}
}

func orEmpty(xs []any) []any {
	if xs == nil {
		return []any{}
	}
	return xs
}
