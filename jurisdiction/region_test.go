package jurisdiction_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// requireWhy fails a table row that does not say what it tests and why.
func requireWhy(t *testing.T, name, reason string) {
	t.Helper()
	if name == "" || reason == "" {
		t.Fatalf("table row %q has no name or no reason", name)
	}
}

// placement is what a topology learns from a region: where it is and who
// runs it.
type placement struct {
	Country   string
	Operator  string
	Licensor  string
	Partition string
}

func TestRegionPlacement(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		id           string
		want         placement
	}{
		{name: "aws-commercial", reason: "commercial AWS regions are run by Amazon Web Services, Inc.",
			id: "aws:us-east-1", want: placement{Country: "US", Operator: "aws-inc"}},
		{name: "aws-frankfurt", reason: "a European commercial region is still run by the US company",
			id: "aws:eu-central-1", want: placement{Country: "DE", Operator: "aws-inc"}},
		{name: "aws-beijing", reason: "AWS China (Beijing) is run by Sinnet under licence from AWS",
			id: "aws:cn-north-1", want: placement{Country: "CN", Operator: "sinnet", Licensor: "aws-inc", Partition: "aws-cn"}},
		{name: "aws-ningxia", reason: "AWS China (Ningxia) is run by NWCD under licence from AWS",
			id: "aws:cn-northwest-1", want: placement{Country: "CN", Operator: "nwcd", Licensor: "aws-inc", Partition: "aws-cn"}},
		{name: "aws-govcloud", reason: "GovCloud is a separate partition that AWS runs itself",
			id: "aws:us-gov-west-1", want: placement{Country: "US", Operator: "aws-inc", Partition: "aws-us-gov"}},
		{name: "aws-esc", reason: "the European Sovereign Cloud is run by its German company",
			id: "aws:eusc-de-east-1", want: placement{Country: "DE", Operator: "aws-esc", Partition: "aws-eusc"}},
		{name: "aws-isolated", reason: "isolated US partitions are placed in the US",
			id: "aws:us-isob-east-1", want: placement{Country: "US", Operator: "aws-inc", Partition: "aws-iso-b"}},
		{name: "aws-hong-kong", reason: "Hong Kong is its own jurisdiction",
			id: "aws:ap-east-1", want: placement{Country: "HK", Operator: "aws-inc"}},
		{name: "azure-public", reason: "West Europe is in the Netherlands, run by Microsoft",
			id: "azure:westeurope", want: placement{Country: "NL", Operator: "microsoft"}},
		{name: "azure-china-east-2", reason: "Azure China is run by Shanghai Blue Cloud under licence from Microsoft",
			id: "azure:chinaeast2", want: placement{Country: "CN", Operator: "shanghai-blue-cloud", Licensor: "microsoft", Partition: "azure-china"}},
		{name: "azure-china-north-3", reason: "every Azure China region has the same operator",
			id: "azure:chinanorth3", want: placement{Country: "CN", Operator: "shanghai-blue-cloud", Licensor: "microsoft", Partition: "azure-china"}},
		{name: "azure-government", reason: "Azure Government is a separate cloud Microsoft runs",
			id: "azure:usgovvirginia", want: placement{Country: "US", Operator: "microsoft", Partition: "azure-us-government"}},
		{name: "azure-east-asia", reason: "East Asia is Hong Kong, not mainland China",
			id: "azure:eastasia", want: placement{Country: "HK", Operator: "microsoft"}},
		{name: "azure-case", reason: "IDs are matched without regard to case, as Azure writes display forms",
			id: "Azure:ChinaEast2", want: placement{Country: "CN", Operator: "shanghai-blue-cloud", Licensor: "microsoft", Partition: "azure-china"}},
		{name: "gcp-frankfurt", reason: "the T-Systems data boundary region is still operated by Google",
			id: "gcp:europe-west3", want: placement{Country: "DE", Operator: "google-llc"}},
		{name: "gcp-s3ns", reason: "Cloud de Confiance is run by S3NS with Google technology",
			id: "gcp:u-france-east1", want: placement{Country: "FR", Operator: "s3ns", Licensor: "google-llc", Partition: "s3ns"}},
		{name: "gcp-hong-kong", reason: "Google's Hong Kong region is in HK",
			id: "gcp:asia-east2", want: placement{Country: "HK", Operator: "google-llc"}},
		{name: "oracle-commercial", reason: "commercial OCI regions are run by Oracle",
			id: "oracle:eu-frankfurt-1", want: placement{Country: "DE", Operator: "oracle"}},
		{name: "oracle-eu-sovereign", reason: "the EU Sovereign Cloud is a separate realm",
			id: "oracle:eu-madrid-2", want: placement{Country: "ES", Operator: "oracle", Partition: "oc19"}},
		{name: "alicloud-mainland", reason: "mainland Alibaba regions are run by the mainland company",
			id: "alicloud:cn-hangzhou", want: placement{Country: "CN", Operator: "alibaba-cloud-cn"}},
		{name: "alicloud-hong-kong", reason: "Alibaba's Hong Kong region is in HK and served internationally",
			id: "alicloud:cn-hongkong", want: placement{Country: "HK", Operator: "alibaba-cloud-intl"}},
		{name: "alicloud-us", reason: "the seed's US regions keep their US operator",
			id: "alicloud:us-west-1", want: placement{Country: "US", Operator: "alibaba-cloud-us"}},
		{name: "alicloud-riyadh", reason: "the Riyadh partner region is run by SCCC on Alibaba technology",
			id: "alicloud:me-central-1", want: placement{Country: "SA", Operator: "sccc", Licensor: "alibaba-group"}},
		{name: "tencent-mainland", reason: "mainland Tencent regions are run by its Beijing cloud company",
			id: "tencent:ap-guangzhou", want: placement{Country: "CN", Operator: "tencent-cloud-bj"}},
		{name: "tencent-hong-kong", reason: "Tencent's Hong Kong region is in HK",
			id: "tencent:ap-hongkong", want: placement{Country: "HK", Operator: "tencent-holdings"}},
		{name: "huawei-hong-kong", reason: "Huawei's ap-southeast-1 is Hong Kong, not Singapore",
			id: "huawei:ap-southeast-1", want: placement{Country: "HK", Operator: "huawei-tech"}},
		{name: "huawei-dublin", reason: "the EU site is provided by an Irish company",
			id: "huawei:eu-west-101", want: placement{Country: "IE", Operator: "huawei-sparkoo-ie", Licensor: "huawei-tech"}},
		{name: "ibm-frankfurt", reason: "IBM runs its own regions",
			id: "ibm:eu-de", want: placement{Country: "DE", Operator: "ibm"}},
		{name: "same-code-other-cloud", reason: "codes collide across clouds: Alibaba's me-east-1 is Dubai, Huawei's Riyadh",
			id: "alicloud:me-east-1", want: placement{Country: "AE", Operator: "alibaba-cloud-intl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			requireWhy(t, tt.name, tt.reason)
			r, ok := cat.Region(tt.id)
			if !ok {
				t.Fatalf("Region(%q) not found", tt.id)
			}
			got := placement{Country: r.Country.String(), Operator: cat.RegionOperator(r), Licensor: r.Licensor, Partition: r.Partition}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Region(%q) placement mismatch (-want +got):\n%s", tt.id, diff)
			}
		})
	}
}

// chain returns id and the IDs of its owners up to the top, or fails on a
// dangling parent or a cycle.
func chain(t *testing.T, cat *jurisdiction.Catalog, id string) []string {
	t.Helper()
	var out []string
	for id != "" {
		if slices.Contains(out, id) {
			t.Fatalf("ownership cycle: %v then %s", out, id)
		}
		o, ok := cat.Operator(id)
		if !ok {
			t.Fatalf("operator %q after %v is not in the catalog", id, out)
		}
		out = append(out, id)
		id = o.Parent
	}
	return out
}

func TestRegionOperatorChains(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		id           string
		operator     []string
		licensor     []string
	}{
		{name: "aws-beijing", reason: "Sinnet operates cn-north-1; AWS, owned by Amazon, licenses the technology",
			id: "aws:cn-north-1", operator: []string{"sinnet"}, licensor: []string{"aws-inc", "amazon"}},
		{name: "azure-china", reason: "Shanghai Blue Cloud is owned by 21Vianet Broadband, controlled by VNET Group",
			id: "azure:chinaeast2", operator: []string{"shanghai-blue-cloud", "21vianet-broadband", "vnet-group"}, licensor: []string{"microsoft"}},
		{name: "aws-esc", reason: "the German sovereign-cloud company's ultimate parent is Amazon.com, Inc.",
			id: "aws:eusc-de-east-1", operator: []string{"aws-esc", "amazon"}},
		{name: "s3ns", reason: "S3NS is controlled by Thales; Google, owned by Alphabet, licenses the technology",
			id: "gcp:u-france-east1", operator: []string{"s3ns", "thales"}, licensor: []string{"google-llc", "alphabet"}},
		{name: "alicloud-mainland", reason: "the mainland company's chain ends at Alibaba Group",
			id: "alicloud:cn-shanghai", operator: []string{"alibaba-cloud-cn", "alibaba-group"}},
		{name: "gcp-public", reason: "Google LLC is owned by Alphabet",
			id: "gcp:us-central1", operator: []string{"google-llc", "alphabet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			requireWhy(t, tt.name, tt.reason)
			r, ok := cat.Region(tt.id)
			if !ok {
				t.Fatalf("Region(%q) not found", tt.id)
			}
			if diff := cmp.Diff(tt.operator, chain(t, cat, cat.RegionOperator(r))); diff != "" {
				t.Errorf("%s operator chain (-want +got):\n%s", tt.id, diff)
			}
			var lic []string
			if r.Licensor != "" {
				lic = chain(t, cat, r.Licensor)
			}
			if diff := cmp.Diff(tt.licensor, lic); diff != "" {
				t.Errorf("%s licensor chain (-want +got):\n%s", tt.id, diff)
			}
		})
	}
}

func TestRegionHongKongMacau(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	special := map[string]string{"hong kong": "HK", "macau": "MO", "macao": "MO"}
	found := map[string]bool{}
	for r := range cat.Regions() {
		text := strings.ToLower(r.Name + " " + r.City)
		for word, cc := range special {
			// Tencent names its Hong Kong region "Hong Kong/Macao/Taiwan
			// (Hong Kong, China)"; the city decides.
			if !strings.Contains(text, word) || (cc == "MO" && strings.Contains(strings.ToLower(r.City), "hong kong")) {
				continue
			}
			if got := r.Country.String(); got != cc {
				t.Errorf("%s (%s, %s) is in %s, want %s", r.ID(), r.Name, r.City, got, cc)
			}
		}
		if cc := r.Country.String(); cc == "HK" || cc == "MO" {
			found[r.Provider] = true
			if !strings.Contains(r.Notes, "not CN") {
				t.Errorf("%s is in %s but its notes do not say it is not CN: %q", r.ID(), cc, r.Notes)
			}
		}
	}
	want := []string{"alicloud", "aws", "azure", "gcp", "huawei", "tencent"}
	var got []string
	for p := range found {
		got = append(got, p)
	}
	slices.Sort(got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("providers with a Hong Kong region (-want +got):\n%s", diff)
	}
}

func TestRegionUnknown(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		id           string
		nearest      string
	}{
		{name: "aws-typo", reason: "a dropped letter must not pass as an unknown but harmless region",
			id: "aws:cn-nort-1", nearest: "aws:cn-north-1"},
		{name: "azure-typo", reason: "a truncated Azure name must point at the region meant",
			id: "azure:westeurop", nearest: "azure:westeurope"},
		{name: "alicloud-typo", reason: "typos in other providers are caught too",
			id: "alicloud:cn-hangzou", nearest: "alicloud:cn-hangzhou"},
		{name: "hong-kong-typo", reason: "a typo in a Hong Kong region must not fall back to anything",
			id: "tencent:ap-hongkon", nearest: "tencent:ap-hongkong"},
		{name: "wrong-provider", reason: "a code known under another provider is unknown under this one; same-provider IDs are nearest",
			id: "gcp:cn-north-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			requireWhy(t, tt.name, tt.reason)
			if r, ok := cat.Region(tt.id); ok {
				t.Fatalf("Region(%q) = %s, want none", tt.id, r.ID())
			}
			nearest := cat.NearestRegions(tt.id, 3)
			if len(nearest) != 3 {
				t.Fatalf("NearestRegions(%q, 3) gives %d regions", tt.id, len(nearest))
			}
			var ids []string
			for _, r := range nearest {
				ids = append(ids, r.ID())
			}
			if tt.nearest != "" && !slices.Contains(ids, tt.nearest) {
				t.Errorf("NearestRegions(%q, 3) = %s, want it to include %s", tt.id, ids, tt.nearest)
			}
			prov, _, _ := strings.Cut(tt.id, ":")
			if nearest[0].Provider != prov {
				t.Errorf("NearestRegions(%q, 3) = %s, want %s's regions first", tt.id, ids, prov)
			}
		})
	}
}

func TestNearestRegionsEdges(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	if r, ok := cat.Region("AWS:CN-North-1"); !ok || r.ID() != "aws:cn-north-1" {
		t.Errorf("Region ignores case: got %q, %t", r.ID(), ok)
	}
	if got := cat.NearestRegions("aws:cn-north-1", 1); len(got) != 1 || got[0].ID() != "aws:cn-north-1" {
		t.Errorf("a known ID is its own nearest region: got %v", got)
	}
	for _, n := range []int{0, -1} {
		if got := cat.NearestRegions("aws:cn-nort-1", n); got != nil {
			t.Errorf("NearestRegions(_, %d) = %v, want nil", n, got)
		}
	}
	empty, err := jurisdiction.NewCatalog("empty", jurisdiction.Contents{})
	if err != nil {
		t.Fatal(err)
	}
	if got := empty.NearestRegions("aws:cn-north-1", 3); got != nil {
		t.Errorf("a catalog without regions suggests %v", got)
	}
	// The regions are copies.
	got := cat.NearestRegions("aws:cn-north-1", 1)
	got[0].Sources[0].Title = "scribbled"
	if again := cat.NearestRegions("aws:cn-north-1", 1); again[0].Sources[0].Title == "scribbled" {
		t.Error("NearestRegions shares memory with the catalog")
	}
}

// doubtWords are the words a note uses to say what it could not confirm.
var doubtWords = []string{"unverified", "not found", "not captured"}

func saysDoubt(notes string) bool {
	notes = strings.ToLower(notes)
	return slices.ContainsFunc(doubtWords, func(w string) bool { return strings.Contains(notes, w) })
}

func TestRegionsComplete(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	contents := jurisdiction.BuiltinContents()
	seen := map[string]bool{}
	for _, r := range contents.Regions {
		id := strings.ToLower(r.ID())
		if seen[id] {
			t.Errorf("region %s listed twice", r.ID())
		}
		seen[id] = true
		if r.Code == "" || r.Name == "" {
			t.Errorf("region %q has no code or no name", r.ID())
		}
		if strings.ToLower(r.Code) != r.Code || strings.ContainsAny(r.Code, " :") {
			t.Errorf("region %s: code is not written as the provider writes it", r.ID())
		}
		if _, ok := cat.Provider(r.Provider); !ok {
			t.Errorf("region %s: unknown provider", r.ID())
		}
		if !r.Country.IsValid() || r.Country.IsGroup() || r.Country.IsSubdivision() {
			t.Errorf("region %s: country %q is not an ISO country code", r.ID(), r.Country)
		}
		if len(r.Sources) == 0 {
			t.Errorf("region %s: no sources", r.ID())
		}
		for i, s := range r.Sources {
			if s.Title == "" {
				t.Errorf("region %s: source %d has no title", r.ID(), i)
			}
		}
		for _, ref := range []string{r.Operator, r.Licensor} {
			if _, ok := cat.Operator(ref); ref != "" && !ok {
				t.Errorf("region %s: operator %q is not in the catalog", r.ID(), ref)
			}
		}
		if r.Licensor != "" && r.Operator == "" {
			t.Errorf("region %s: a licensor without an operator of its own", r.ID())
		}
		switch r.OpenedPrecision {
		case "":
			if !r.Opened.IsZero() {
				t.Errorf("region %s: opened %s without a precision", r.ID(), r.Opened)
			}
		case "day", "month", "year":
			s := r.Opened.String()
			if r.Opened.IsZero() || (r.OpenedPrecision != "day" && !strings.HasSuffix(s, "-01")) ||
				(r.OpenedPrecision == "year" && !strings.HasSuffix(s, "-01-01")) {
				t.Errorf("region %s: opened %s does not fit precision %q", r.ID(), s, r.OpenedPrecision)
			}
		default:
			t.Errorf("region %s: precision %q", r.ID(), r.OpenedPrecision)
		}
		if !r.Verified && !saysDoubt(r.Notes) {
			t.Errorf("region %s is unverified but its notes do not say what (want one of %q): %q", r.ID(), doubtWords, r.Notes)
		}
		if strings.Contains(r.Notes, "third-party dataset") && !slices.ContainsFunc(r.Sources, func(s jurisdiction.Source) bool {
			return strings.Contains(s.Title, "third-party")
		}) {
			t.Errorf("region %s: notes cite a third-party dataset its sources do not list", r.ID())
		}
	}
	if got, want := cat.Stats().Regions, len(seen); got != want {
		t.Errorf("Stats().Regions = %d, want %d", got, want)
	}
	perProvider := map[string]int{}
	for r := range cat.Regions() {
		perProvider[r.Provider]++
	}
	for p := range cat.Providers() {
		if perProvider[p.ID] == 0 {
			t.Errorf("provider %s has no regions", p.ID)
		}
	}
	t.Logf("regions per provider: %v", perProvider)
}

func TestRegionSeedKept(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		id           string
		opened       string
		precision    string
	}{
		{name: "aws-beijing", reason: "the seed's Beijing entry and its year of general availability stay", id: "aws:cn-north-1", opened: "2016-01-01", precision: "year"},
		{name: "azure-china-east-2", reason: "the seed's China East 2 entry stays", id: "azure:chinaeast2", opened: "2018-01-01", precision: "year"},
		{name: "azure-china-north-2", reason: "the seed's China North 2 entry stays", id: "azure:chinanorth2", opened: "2018-01-01", precision: "year"},
		{name: "azure-north-europe", reason: "the seed's Dublin case-study region stays", id: "azure:northeurope"},
		{name: "alicloud-silicon-valley", reason: "the seed's Silicon Valley region opened in March 2015", id: "alicloud:us-west-1", opened: "2015-03-01", precision: "month"},
		{name: "alicloud-virginia", reason: "the seed's Virginia region has no sourced opening date", id: "alicloud:us-east-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			requireWhy(t, tt.name, tt.reason)
			r, ok := cat.Region(tt.id)
			if !ok {
				t.Fatalf("Region(%q) not found", tt.id)
			}
			got := []string{r.Opened.String(), r.OpenedPrecision}
			if diff := cmp.Diff([]string{tt.opened, tt.precision}, got); diff != "" {
				t.Errorf("%s opened (-want +got):\n%s", tt.id, diff)
			}
		})
	}
}

func TestOperatorsComplete(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	for o := range cat.Operators() {
		up := chain(t, cat, o.ID)
		top, _ := cat.Operator(up[len(up)-1])
		if top.Parent != "" {
			t.Errorf("operator %s: chain %v does not end", o.ID, up)
		}
		if !o.Jurisdiction.IsValid() || o.Jurisdiction.IsGroup() {
			t.Errorf("operator %s: jurisdiction %q", o.ID, o.Jurisdiction)
		}
		if len(o.Sources) == 0 {
			t.Errorf("operator %s: no sources", o.ID)
		}
		if o.Parent != "" && o.Share == 0 && !o.Control {
			t.Errorf("operator %s: a parent with neither a share nor control", o.ID)
		}
		if !o.Verified && !saysDoubt(o.Notes) {
			t.Errorf("operator %s is unverified but its notes do not say what: %q", o.ID, o.Notes)
		}
	}
	for p := range cat.Providers() {
		if _, ok := cat.Operator(p.Operator); !ok {
			t.Errorf("provider %s: operator %q is not in the catalog", p.ID, p.Operator)
		}
	}
}
