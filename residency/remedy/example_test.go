package remedy_test

import (
	"fmt"

	"github.com/dataresidency/dataresidency/examples/cases"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/remedy"
)

// The thesis's Dublin mailbox after the CLOUD Act: Microsoft's Irish
// subsidiary stores the mail in Dublin and Microsoft administers it from
// Redmond. Each conflict gets its own remedy: end the access from the
// US, or move the mailbox to a region no US entity operates.
func ExampleFix() {
	c := cases.Dublin()
	run := c.Runs[len(c.Runs)-1]
	p, err := remedy.Fix(c.Topology, run.AsOf, remedy.Consumer(run.Consumer))
	if err != nil {
		panic(err)
	}
	for _, r := range p.Remedies[:2] {
		fmt.Println(r.Move, "-", r.Explanation)
		fmt.Println("  clears", r.Cleared, "introduces", r.Introduced)
		fmt.Println("  patch", r.Patch)
	}
	// Output:
	// remove-access - remove administrative access redmond-admin (microsoft from US), which EU-GDPR-48 (GDPR Art. 48) does not allow
	//   clears [C:US/EU@store/dublin/flow/redmond-admin/accessor/microsoft] introduces []
	//   patch [{remove /flows/0 <nil>}]
	// relocate - relocate store dublin to gcp:u-france-east1 (FR, operated by S3NS), inside the territory of EU-GDPR-48 (GDPR Art. 48)
	//   clears [C:US/EU@store/dublin/operator/msft-ie/parent/microsoft] introduces []
	//   patch [{replace /stores/0/region gcp:u-france-east1} {replace /stores/0/location FR} {remove /stores/0/operators <nil>}]
}

// AWS's Beijing region in its limited preview, run by AWS itself: the
// telecom licence and the 50% foreign-equity cap make the first remedy
// handing the region to its licensed local operator, as AWS did with
// Sinnet in 2017.
func ExampleFix_awsBeijing() {
	c := cases.AWSBeijing()
	run := c.Runs[0]
	p, err := remedy.Fix(c.Topology, run.AsOf, remedy.Consumer(run.Consumer))
	if err != nil {
		panic(err)
	}
	first := p.Remedies[0]
	fmt.Println(first.Explanation)
	fmt.Println(len(first.Cleared), "findings cleared,", len(first.Introduced), "introduced")
	// Output:
	// have Beijing Sinnet Technology Co., Ltd., the region's operator in the catalog, operate store aws-cn-north-1 and hold its infrastructure, as CN-FITE-VATS-CAP (FITE Provisions Art. 6) requires
	// 4 findings cleared, 0 introduced
}

// Where may a German shop keep its customers' personal data, for a
// German consumer? The best placements raise nothing; after them, regions
// whose US-controlled operator the CLOUD Act reaches (a conflict with GDPR
// Art. 48).
func ExamplePlace() {
	de := jurisdiction.MustParseCode("DE")
	ps, err := remedy.Place(
		residency.Dataset{ID: "customers", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: de, Count: 50_000}}},
		residency.Entity{ID: "shop", Jurisdiction: de},
		jurisdiction.MustParseDate("2026-06-01"), remedy.Consumer(de))
	if err != nil {
		panic(err)
	}
	for _, p := range ps[:3] {
		fmt.Printf("%s (%s, %s): %d violations, %d conflicts\n", p.Region, p.Country, p.Operator, len(p.Violations), len(p.Conflicts))
	}
	// Output:
	// gcp:u-france-east1 (FR, S3NS): 0 violations, 0 conflicts
	// gcp:europe-north1 (FI, Google LLC): 0 violations, 1 conflicts
	// aws:eu-north-1 (SE, Amazon Web Services, Inc.): 0 violations, 1 conflicts
}

// A counterfactual of the thesis's Azure China case: the geo-replica of a
// Chinese business's data moved to a US region run by Microsoft. The best
// remedy brings it back to a region in China run by 21Vianet's licensed
// operator; declaring a PIPL mechanism is a legal act that comes later in
// the ranking, since the data would stay within US reach.
func ExampleFix_azureChina() {
	c := cases.AzureChina()
	t := *c.Topology
	t.Stores = append([]residency.Store(nil), t.Stores...)
	t.Stores[1] = residency.Store{ID: "azure-eastus", Region: "azure:eastus", Role: residency.Replica, Datasets: []string{"consumer-data"}}
	t.Flows = []residency.Flow{{ID: "geo-replication", Kind: residency.Replication, From: "azure-chinaeast2", To: "azure-eastus"}}
	cn := jurisdiction.MustParseCode("CN")
	p, err := remedy.Fix(&t, jurisdiction.MustParseDate("2026-06-01"), remedy.Consumer(cn))
	if err != nil {
		panic(err)
	}
	for _, r := range p.Remedies[:2] {
		fmt.Println(r.Move, "-", r.Explanation)
	}
	// Output:
	// relocate - relocate store azure-eastus to azure:chinaeast (CN, operated by Shanghai Blue Cloud Technology Co., Ltd. ("21Vianet")), inside the territory of CN-PIPL-39 (PIPL Art. 39)
	// relocate - relocate store azure-eastus to alicloud:cn-beijing (CN, operated by Alibaba Cloud Computing Co., Ltd. (阿里云计算有限公司)), inside the territory of CN-PIPL-39 (PIPL Art. 39)
}
