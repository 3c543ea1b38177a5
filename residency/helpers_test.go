package residency_test

import (
	"slices"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

var (
	cn = jurisdiction.MustParseCode("CN")
	us = jurisdiction.MustParseCode("US")
	ie = jurisdiction.MustParseCode("IE")
	de = jurisdiction.MustParseCode("DE")
	hk = jurisdiction.MustParseCode("HK")
	sg = jurisdiction.MustParseCode("SG")
	jp = jurisdiction.MustParseCode("JP")
	ky = jurisdiction.MustParseCode("KY")
)

func day(s string) jurisdiction.Date { return jurisdiction.MustParseDate(s) }

// cnCII is a topology with one Chinese CII operator's personal and
// important data in one store in Beijing, operated by a licensed Chinese
// company with no foreign owner. Tests change one fact at a time.
func cnCII() *residency.Topology {
	return &residency.Topology{
		Name: "cn-cii",
		Datasets: []residency.Dataset{{
			ID: "records", Classes: []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.ImportantData},
			Subjects:   []residency.Subjects{{Jurisdiction: cn, Count: 500_000}},
			Controller: "utility",
		}},
		Entities: []residency.Entity{
			{ID: "utility", Jurisdiction: cn, CII: []jurisdiction.Code{cn}},
			{ID: "op", Jurisdiction: cn, Licences: []string{"CN-VATS-IDC"}},
			{ID: "us-parent", Jurisdiction: us},
			{ID: "cn-parent", Jurisdiction: cn},
		},
		Stores: []residency.Store{{
			ID: "bj", Location: cn, Datasets: []string{"records"},
			Operators: []residency.Tenure{{Entity: "op"}},
		}},
	}
}

// euPersonal is a German company's customer data stored in Ireland by an
// Irish operator.
func euPersonal() *residency.Topology {
	return &residency.Topology{
		Name: "eu-personal",
		Datasets: []residency.Dataset{{
			ID: "customers", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects:   []residency.Subjects{{Jurisdiction: de, Count: 10_000}},
			Controller: "shop",
		}},
		Entities: []residency.Entity{
			{ID: "shop", Jurisdiction: de},
			{ID: "ie-op", Jurisdiction: ie},
			{ID: "us-op", Jurisdiction: us},
			{ID: "us-parent", Jurisdiction: us},
		},
		Stores: []residency.Store{{
			ID: "dublin", Location: ie, Datasets: []string{"customers"},
			Operators: []residency.Tenure{{Entity: "ie-op"}},
		}},
	}
}

func entity(t *residency.Topology, id string) *residency.Entity {
	for i := range t.Entities {
		if t.Entities[i].ID == id {
			return &t.Entities[i]
		}
	}
	panic("no entity " + id)
}

func assess(t testing.TB, top *residency.Topology, asOf string, opts ...residency.AssessOption) *residency.Report {
	t.Helper()
	rep, err := residency.Assess(top, day(asOf), opts...)
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return rep
}

// ruleIDs returns the sorted, de-duplicated IDs of the rules behind the
// violations.
func violated(rep *residency.Report) []string {
	var ids []string
	for _, v := range rep.Violations {
		ids = append(ids, v.Rule.ID)
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// conflictSummary describes each conflict as "compelling rules vs blocking
// rules @ path".
func conflictSummary(rep *residency.Report) []string {
	var out []string
	for _, c := range rep.Conflicts {
		out = append(out, refs(c.Compelling)+" vs "+refs(c.Blocking)+" @ "+c.Path.String())
	}
	return out
}

func refs(rs []residency.RuleRef) string {
	s := ""
	for i, r := range rs {
		if i > 0 {
			s += ","
		}
		s += r.ID
	}
	return s
}

// lawEngine returns an engine over the built-in catalog, failing the test
// if any of ids is not one of its rules: a test of the law must fail, not
// pass by having nothing to assess, when a rule goes missing.
func lawEngine(t testing.TB, ids ...string) *residency.Engine {
	t.Helper()
	cat := jurisdiction.Default()
	for _, id := range ids {
		if _, ok := cat.Rule(id); !ok {
			t.Fatalf("rule %s is not in the built-in catalog", id)
		}
	}
	return residency.NewEngine(cat)
}
