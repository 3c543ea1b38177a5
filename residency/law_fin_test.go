package residency_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

func assessFin(t *testing.T, top *residency.Topology, asOf string) *residency.Report {
	t.Helper()
	rep, err := lawEngine(t, "EU-DORA-28", "KR-EFSR-14-2", "TR-BDDK-BSEBY-PRIMARY").Assess(top, day(asOf))
	if err != nil {
		t.Fatalf("Assess: %v", err)
	}
	return rep
}

// finRule reports whether id is one of the Fin group's rules.
func finRule(id string) bool {
	for _, p := range []string{"EU-DORA-", "EU-GDPR-27", "EU-GDPR-28", "EU-NIS2-", "KR-EFSR-", "ID-POJK-", "TR-BDDK-"} {
		if strings.HasPrefix(id, p) {
			return true
		}
	}
	return false
}

// TestLawFinLocalization: the Korean, Indonesian and Turkish financial
// localization rules, each side of their dates, tags and territories.
func TestLawFinLocalization(t *testing.T) {
	t.Parallel()
	kr, idn, tr := jurisdiction.MustParseCode("KR"), jurisdiction.MustParseCode("ID"), jurisdiction.MustParseCode("TR")
	fin, personal := jurisdiction.FinancialData, jurisdiction.Personal
	// idBankExport is an Indonesian bank's data replicated to Singapore.
	idBankExport := func(m ...string) func() *residency.Topology {
		return func() *residency.Topology {
			top := worldExport(idn, sg, personal, 1_000, m...)
			entity(top, "ctl").Tags = []string{"id-bank"}
			return top
		}
	}
	stored := func(ctl, loc jurisdiction.Code, cls jurisdiction.DataClass, tags ...string) func() *residency.Topology {
		return func() *residency.Topology { return worldStoredOnly(ctl, ctl, loc, cls, 1_000, tags...) }
	}
	tests := []struct {
		name, reason string
		top          func() *residency.Topology
		asOf         string
		want         []string
	}{
		{"Korean bank's credit data on a US cloud", "EFSR Art. 14-2 from 2019-01-01: cloud systems in Korea",
			stored(kr, us, fin, "kr-efsr-cloud"), "2020-01-01", []string{"KR-EFSR-14-2"}},
		{"Korean bank's identifiers on a US cloud", "unique identification information is covered too",
			stored(kr, us, jurisdiction.PersonalIdentifiers, "kr-efsr-cloud"), "2020-01-01", []string{"KR-EFSR-14-2"}},
		{"Korean bank's credit data on a Korean cloud", "inside the territory",
			stored(kr, kr, fin, "kr-efsr-cloud"), "2020-01-01", nil},
		{"Korean bank's credit data on a US cloud in 2018", "the amendment took effect 2019-01-01",
			stored(kr, us, fin, "kr-efsr-cloud"), "2018-06-01", nil},
		{"Korean bank's plain personal data on a US cloud", "only credit and unique identification information",
			stored(kr, us, personal, "kr-efsr-cloud"), "2020-01-01", nil},
		{"Korean retailer's credit data on a US cloud", "untagged: not a financial company's cloud use",
			stored(kr, us, fin), "2020-01-01", nil},
		{"Indonesian bank's systems in Singapore", "POJK 11/2022 Art. 35: data centre in Indonesia",
			stored(idn, sg, personal, "id-bank"), "2023-01-01", []string{"ID-POJK-11-2022-35"}},
		{"Indonesian bank's systems in Jakarta", "inside the territory",
			stored(idn, idn, personal, "id-bank"), "2023-01-01", nil},
		{"Indonesian bank's systems in Singapore before POJK 11/2022", "encoded from 2022-07-07",
			stored(idn, sg, personal, "id-bank"), "2022-06-01", nil},
		{"Indonesian bank's replica in Singapore without approval", "a copy abroad needs OJK approval",
			idBankExport(), "2023-01-01", []string{"ID-POJK-11-2022-35"}},
		{"Indonesian bank's replica in Singapore with OJK approval", "Art. 35(3) systems placed abroad with approval",
			idBankExport("id-pojk-11-2022-35-approval"), "2023-01-01", nil},
		{"Turkish bank's systems in Germany", "primary and secondary systems in Turkey",
			stored(tr, de, personal, "tr-bank"), "2021-01-01", []string{"TR-BDDK-BSEBY-PRIMARY"}},
		{"Turkish bank's systems in Istanbul", "inside the territory",
			stored(tr, tr, personal, "tr-bank"), "2021-01-01", nil},
		{"Turkish bank's systems in Germany before the Regulation", "encoded from 2021-01-01, when the Regulation entered into force as amended",
			stored(tr, de, personal, "tr-bank"), "2020-06-01", nil},
		{"Turkish retailer's systems in Germany", "untagged: not a bank",
			stored(tr, de, personal), "2021-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := slices.DeleteFunc(violated(assessFin(t, tt.top(), tt.asOf)), func(id string) bool { return !finRule(id) })
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nFin violations (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}

// TestLawFinObligations: DORA, NIS 2 and the GDPR processor and
// representative duties.
func TestLawFinObligations(t *testing.T) {
	t.Parallel()
	personal := jurisdiction.Personal
	obligations := func(rep *residency.Report) []string {
		var ids []string
		for _, o := range rep.Obligations {
			if finRule(o.Rule.ID) {
				ids = append(ids, o.Rule.ID)
			}
		}
		slices.Sort(ids)
		return slices.Compact(ids)
	}
	dora := []string{"EU-DORA-19", "EU-DORA-28", "EU-DORA-30"}
	nis2 := []string{"EU-NIS2-21", "EU-NIS2-23"}
	tests := []struct {
		name, reason string
		top          *residency.Topology
		asOf         string
		want         []string
	}{
		{"German bank on a US cloud", "DORA applies from 2025-01-17 to EU financial entities wherever the data is",
			worldStoredOnly(de, de, us, personal, 1_000, "eu-financial-entity"), "2025-02-01", dora},
		{"German bank on a US cloud in 2024", "before DORA applied",
			worldStoredOnly(de, de, us, personal, 1_000, "eu-financial-entity"), "2024-12-01", nil},
		{"US bank tagged a financial entity", "DORA binds financial entities of the Union (ControllerIn)",
			worldStoredOnly(us, us, us, personal, 1_000, "eu-financial-entity"), "2025-02-01", nil},
		{"German utility under NIS 2", "Art. 41: national measures apply from 2024-10-18",
			worldStoredOnly(de, de, de, personal, 1_000, "eu-nis2-entity"), "2024-11-01", nis2},
		{"German utility before NIS 2 applied", "the transposition deadline was 2024-10-17",
			worldStoredOnly(de, de, de, personal, 1_000, "eu-nis2-entity"), "2024-10-17", nil},
		{"Irish controller using a processor", "GDPR Art. 28 from 2018-05-25",
			worldStoredOnly(ie, ie, ie, personal, 1_000, "eu-gdpr-processor-engaged"), "2019-01-01", []string{"EU-GDPR-28"}},
		{"Irish controller using a processor before the GDPR", "Art. 99(2): applies from 2018-05-25",
			worldStoredOnly(ie, ie, ie, personal, 1_000, "eu-gdpr-processor-engaged"), "2018-05-24", nil},
		{"Irish controller hosting itself", "no processor engaged",
			worldStoredOnly(ie, ie, ie, personal, 1_000), "2019-01-01", nil},
		{"US processor customer with only US data", "no tie to the EEA",
			worldStoredOnly(us, us, us, personal, 1_000, "eu-gdpr-processor-engaged"), "2019-01-01", nil},
		{"US app serving Germans", "GDPR Art. 27: an Art. 3(2) controller designates an EU representative",
			worldStoredOnly(us, de, us, personal, 1_000, "eu-gdpr-3-2"), "2019-01-01", []string{"EU-GDPR-27"}},
		{"US app serving Americans only", "no data subjects in the Union",
			worldStoredOnly(us, us, us, personal, 1_000, "eu-gdpr-3-2"), "2019-01-01", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if diff := cmp.Diff(tt.want, obligations(assessFin(t, tt.top, tt.asOf)), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nFin obligations (-want +got):\n%s", tt.reason, diff)
			}
		})
	}
}
