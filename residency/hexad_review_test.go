package residency_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// The counterexamples of the hexad review (shared/reference/reviews/
// hexad.md, section 6), as regressions: each row builds the review's run
// from the thesis's case studies or a plain domestic topology, and checks
// the review's complaint no longer holds.

// domesticTop is the review's "domestic" builder: a consumer-country
// controller, an operator incorporated in op with no parent, two stores in
// loc.
func domesticTop(subj, op, loc jurisdiction.Code) *residency.Topology {
	return &residency.Topology{
		Name: "domestic",
		Datasets: []residency.Dataset{{ID: "data", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: subj, Count: 50_000}}, Controller: "customer"}},
		Entities: []residency.Entity{{ID: "customer", Jurisdiction: subj}, {ID: "op", Jurisdiction: op}},
		Stores: []residency.Store{
			{ID: "a", Location: loc, Role: residency.Primary, Datasets: []string{"data"}, Operators: []residency.Tenure{{Entity: "op"}}},
			{ID: "b", Location: loc, Role: residency.Replica, Datasets: []string{"data"}, Operators: []residency.Tenure{{Entity: "op"}}},
		},
		Flows: []residency.Flow{{ID: "rep", Kind: residency.Replication, From: "a", To: "b"}},
	}
}

// withKeys gives every store keys held by holder (added as an entity of
// at if it is not one) kept in at.
func withKeys(t *residency.Topology, holder string, at jurisdiction.Code) *residency.Topology {
	if !slices.ContainsFunc(t.Entities, func(e residency.Entity) bool { return e.ID == holder }) {
		t.Entities = append(t.Entities, residency.Entity{ID: holder, Jurisdiction: at})
	}
	for i := range t.Stores {
		t.Stores[i].Keys = []residency.KeyCustody{{Holder: holder, Location: at}}
	}
	return t
}

func rate(t *testing.T, top *residency.Topology, asOf string, consumer jurisdiction.Code) hexad.Rating {
	t.Helper()
	rep, err := residency.Assess(top, jurisdiction.MustParseDate(asOf), residency.Consumer(consumer))
	if err != nil {
		t.Fatal(err)
	}
	return rep.Rating
}

func TestHexadReviewCounterexamples(t *testing.T) {
	t.Parallel()
	code := jurisdiction.MustParseCode
	cn, us, de, fr, jp, no, hk, ie := code("CN"), code("US"), code("DE"), code("FR"), code("JP"), code("NO"), code("HK"), code("IE")
	const y = "2025-06-01"
	tests := []struct {
		name, review string
		check        func(t *testing.T)
	}{
		{"X.jp.k3", "A1: a German key custodian lowered P, I and Av of a Japanese domestic store", func(t *testing.T) {
			base := rate(t, domesticTop(jp, jp, jp), y, jp)
			got := rate(t, withKeys(domesticTop(jp, jp, jp), "de-kms", de), y, jp)
			if e, bad := lowered(base, got); bad {
				t.Errorf("%v fell from %v to %v\n%s", e, base.Score(e), got.Score(e), got)
			}
		}},
		{"X.us.k1", "A1: a US customer's own keys kept in Germany lowered I and Av", func(t *testing.T) {
			base := rate(t, domesticTop(us, us, us), y, us)
			got := rate(t, withKeys(domesticTop(us, us, us), "customer", de), y, us)
			if e, bad := lowered(base, got, hexad.Integrity, hexad.Authenticity, hexad.Availability, hexad.Utility); bad {
				t.Errorf("%v fell from %v to %v\n%s", e, base.Score(e), got.Score(e), got)
			}
		}},
		{"15.k2", "A2: Chinese data in China with keys held by Microsoft in the US rated confidentiality 5", func(t *testing.T) {
			got := rate(t, withKeys(cases.AzureChina().Topology, "microsoft", us), "2019-06-01", cn)
			if c := got.Score(hexad.Confidentiality); !c.IsValid() || c > 3 {
				t.Errorf("confidentiality %v, want at most 3: China and the US obtain data for each other\n%s", c, got)
			}
			if !slices.ContainsFunc(got.Reasons(hexad.Confidentiality), func(w string) bool { return strings.Contains(w, "US-CN-MLAA") }) {
				t.Errorf("no reason names the US-China agreement:\n%s", got)
			}
		}},
		{"X.de.fr", "A3: France was foreign to a German consumer", func(t *testing.T) {
			got := rate(t, domesticTop(de, fr, fr), y, de)
			asFrench := rate(t, domesticTop(fr, fr, fr), y, fr)
			if got.Scores() != asFrench.Scores() {
				t.Errorf("a German consumer rates French storage %v, a French consumer %v", got.Scores(), asFrench.Scores())
			}
			for _, e := range hexad.Elements() {
				for _, w := range got.Reasons(e) {
					if strings.Contains(w, "foreign to the consumer") {
						t.Errorf("%v: %q", e, w)
					}
				}
			}
		}},
		{"X.de.eu", "A3: the EU was accepted as a consumer, and Germany was then foreign to it", func(t *testing.T) {
			_, err := residency.Assess(domesticTop(de, de, de), jurisdiction.MustParseDate(y), residency.Consumer(code("EU")))
			if !errors.Is(err, residency.ErrBlocConsumer) {
				t.Errorf("err = %v, want ErrBlocConsumer", err)
			}
		}},
		{"A6", "public-content takedown lowered a private Irish mailbox's I, Av and U", func(t *testing.T) {
			got := rate(t, domesticTop(ie, ie, ie), y, ie)
			if got.Score(hexad.Integrity) != 5 {
				t.Errorf("integrity %v, want 5: no Irish power reaches stored private content\n%s", got.Score(hexad.Integrity), got)
			}
			public := domesticTop(ie, ie, ie)
			public.Datasets[0].Classes = append(public.Datasets[0].Classes, jurisdiction.PublicContent)
			if p := rate(t, public, y, ie); p.Score(hexad.Integrity) >= 5 {
				t.Errorf("published data: integrity %v, want the terrorist-content removal orders to count\n%s", p.Score(hexad.Integrity), p)
			}
		}},
		{"15.d4", "A7: Chinese law of 2017-2025 was applied in 1990", func(t *testing.T) {
			got := rate(t, cases.AzureChina().Topology, "1990-01-01", cn)
			for _, e := range []hexad.Element{hexad.Confidentiality, hexad.PossessionControl, hexad.Jurisdiction} {
				if s := got.Score(e); s.IsValid() {
					t.Errorf("%v = %v in 1990, want unrated: no researched answer held then\n%s", e, s, got)
				}
			}
		}},
		{"15.r1", "A9: a US replica operated by Microsoft left a Chinese consumer's rating unchanged", func(t *testing.T) {
			c := cases.AzureChina()
			base := rate(t, c.Topology, "2019-06-01", cn)
			top := c.Topology
			top.Stores = append(top.Stores, residency.Store{ID: "us-rep", Location: us, Role: residency.Replica,
				Datasets: []string{"consumer-data"}, Operators: []residency.Tenure{{Entity: "microsoft"}}})
			top.Flows = append(top.Flows, residency.Flow{ID: "to-us", Kind: residency.Replication, From: "azure-chinaeast2", To: "us-rep"})
			got := rate(t, top, "2019-06-01", cn)
			if got.Score(hexad.Confidentiality) >= base.Score(hexad.Confidentiality) {
				t.Errorf("confidentiality %v with the US replica, %v without: a second reader must show", got.Score(hexad.Confidentiality), base.Score(hexad.Confidentiality))
			}
		}},
		{"X.us.no", "A10: Norway, unresearched, rated like Russia for a US consumer", func(t *testing.T) {
			got := rate(t, domesticTop(us, no, no), y, us)
			ru := rate(t, domesticTop(us, code("RU"), code("RU")), y, us)
			if len(got.Defaults) > 0 || got.Scores() == ru.Scores() {
				t.Errorf("Norway %v (defaults %v), Russia %v", got.Scores(), got.Defaults, ru.Scores())
			}
		}},
		{"X.cn.hk", "A10: Hong Kong, unresearched, rated below the mainland for a Chinese consumer", func(t *testing.T) {
			got := rate(t, domesticTop(cn, hk, hk), y, cn)
			if len(got.Defaults) > 0 || !got.Score(hexad.Confidentiality).IsValid() {
				t.Errorf("Hong Kong: %v, defaults %v", got.Scores(), got.Defaults)
			}
		}},
		{"X.us", "A13: a purely US topology scored 5 on I, Au, Av and U with no engineering in view", func(t *testing.T) {
			got := rate(t, domesticTop(us, us, us), y, us)
			for _, e := range []hexad.Element{hexad.Authenticity, hexad.Availability, hexad.Utility} {
				if got.Score(e) > 4 || !slices.ContainsFunc(got.Reasons(e), func(w string) bool { return strings.HasPrefix(w, "dataset data: engineering not assessed") }) {
					t.Errorf("%v = %v: %q", e, got.Score(e), got.Reasons(e))
				}
			}
			assured := domesticTop(us, us, us)
			assured.Entities[1].Assurances = []string{"ISO/IEC 27001", "SOC 2 Type II"}
			if a := rate(t, assured, y, us); a.Score(hexad.Availability) != 5 {
				t.Errorf("with the operator's assurances, availability %v, want 5\n%s", a.Score(hexad.Availability), a)
			}
		}},
		{"filtered border", "A4: a Chinese consumer's data in the US rated availability 5 across the Great Firewall", func(t *testing.T) {
			top := domesticTop(cn, us, us)
			top.Entities[1].Assurances = []string{"ISO/IEC 27001"}
			for i := range top.Stores {
				top.Stores[i].FilteredFrom = []jurisdiction.Code{cn}
			}
			if got := rate(t, top, y, cn); got.Score(hexad.Availability) > 4 {
				t.Errorf("availability %v across a filtered border\n%s", got.Score(hexad.Availability), got)
			}
		}},
		{"iCloud 2018", "the issue: iCloud China after the 2018 move rates like Azure/21Vianet on C, P, I and J", func(t *testing.T) {
			ic, az := cases.ICloudChina(), cases.AzureChina()
			a := rate(t, ic.Topology, ic.Runs[1].AsOf.String(), cn)
			b := rate(t, az.Topology, az.Runs[0].AsOf.String(), cn)
			for _, e := range []hexad.Element{hexad.Confidentiality, hexad.PossessionControl, hexad.Integrity, hexad.Jurisdiction} {
				if a.Score(e) != b.Score(e) || !a.Score(e).IsValid() {
					t.Errorf("%v: iCloud %v, Azure %v", e, a.Score(e), b.Score(e))
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.check(t)
		})
	}
}
