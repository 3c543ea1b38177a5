package residency_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// A US-controlled operator holding a Chinese CII operator's data in
// Beijing is caught between the CLOUD Act and China's localization and
// blocking rules.
func ExampleAssess() {
	cn, us := jurisdiction.MustParseCode("CN"), jurisdiction.MustParseCode("US")
	top := &residency.Topology{
		Datasets: []residency.Dataset{{
			ID: "records", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: cn, Count: 500_000}}, Controller: "utility",
		}},
		Entities: []residency.Entity{
			{ID: "utility", Jurisdiction: cn, CII: []jurisdiction.Code{cn}},
			{ID: "op", Jurisdiction: cn, Licences: []string{"CN-VATS-IDC"},
				Owners: []residency.Ownership{{Parent: "us-parent", Share: 100}}},
			{ID: "us-parent", Jurisdiction: us},
		},
		Stores: []residency.Store{{ID: "bj", Location: cn, Datasets: []string{"records"},
			Operators: []residency.Tenure{{Entity: "op"}}}},
	}
	rep, err := residency.Assess(top,
		jurisdiction.DateOf(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)),
		residency.Consumer(cn))
	if err != nil {
		panic(err)
	}
	for _, c := range rep.Conflicts {
		fmt.Println(c.CompellingJurisdiction, refs(c.Compelling), "vs", c.BlockingJurisdiction, refs(c.Blocking))
		fmt.Println("  at", c.Path)
	}
	for _, v := range rep.Violations {
		fmt.Println("violation:", v.Rule)
	}
	fmt.Println("rating:", rep.Rating.Scores())
	// Output:
	// US US-CLOUD-2713 vs CN CN-CSL-37,CN-DSL-36,CN-ICJAL-4,CN-PIPL-40,CN-PIPL-41
	//   at store/bj/operator/op/parent/us-parent
	// violation: CN-FITE-VATS-CAP (FITE Provisions Art. 6)
	// rating: [1 1 3 4 3 4 2]
}

// An Engine is prepared once and used for many assessments, here of the
// same topology on two dates.
func ExampleEngine_Assess() {
	ie, us := jurisdiction.MustParseCode("IE"), jurisdiction.MustParseCode("US")
	top := &residency.Topology{
		Datasets: []residency.Dataset{{ID: "mail", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: ie, Count: 1}}}},
		Entities: []residency.Entity{
			{ID: "msft-ie", Jurisdiction: ie, Owners: []residency.Ownership{{Parent: "msft", Share: 100}}},
			{ID: "msft", Jurisdiction: us},
		},
		Stores: []residency.Store{{ID: "dublin", Location: ie, Datasets: []string{"mail"},
			Operators: []residency.Tenure{{Entity: "msft-ie"}}}},
	}
	eng := residency.NewEngine(nil) // the built-in catalog
	for _, d := range []string{"2017-06-01", "2019-06-01"} {
		rep, err := eng.Assess(top, jurisdiction.MustParseDate(d), residency.Consumer(ie))
		if err != nil {
			panic(err)
		}
		fmt.Println(d, "conflicts:", len(rep.Conflicts), "confidentiality:", rep.Rating.Elements[0].Score)
	}
	// Output:
	// 2017-06-01 conflicts: 0 confidentiality: 3
	// 2019-06-01 conflicts: 1 confidentiality: 2
}

// Validate reports every problem at once, each with its path.
func ExampleTopology_Validate() {
	top := &residency.Topology{
		Entities: []residency.Entity{
			{ID: "a", Jurisdiction: jurisdiction.MustParseCode("US"), Owners: []residency.Ownership{{Parent: "b", Share: 60}}},
			{ID: "b", Jurisdiction: jurisdiction.MustParseCode("US"), Owners: []residency.Ownership{{Parent: "a", Share: 60}}},
		},
		Stores: []residency.Store{{ID: "s", Location: jurisdiction.MustParseCode("DE"), Datasets: []string{"ghost"}}},
	}
	err := top.Validate()
	var m interface{ WrappedErrors() []error }
	if errors.As(err, &m) {
		for _, e := range m.WrappedErrors() {
			fmt.Println(e)
		}
	}
	fmt.Println("cycle:", errors.Is(err, residency.ErrCycle))
	// Output:
	// residency: entities[0].owners: ownership cycle: a -> b -> a
	// residency: stores[0].datasets[0]: reference to nothing: no dataset "ghost"
	// residency: stores[0].operators: required value is missing: a store needs at least one operator, or a region whose operator the catalog knows
	// cycle: true
}

// One topology seen from several consumers' jurisdictions, summarised per
// hexad element across the ratings: here a Chinese utility's records in
// Beijing, run by a US-owned operator, with a backup in Frankfurt.
func ExampleEngine_Assess_consumers() {
	cn, us, de := jurisdiction.MustParseCode("CN"), jurisdiction.MustParseCode("US"), jurisdiction.MustParseCode("DE")
	top := &residency.Topology{
		Datasets: []residency.Dataset{{
			ID: "records", Classes: []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects: []residency.Subjects{{Jurisdiction: cn, Count: 500_000}}, Controller: "utility",
		}},
		Entities: []residency.Entity{
			{ID: "utility", Jurisdiction: cn},
			{ID: "op", Jurisdiction: cn, Licences: []string{"CN-VATS-IDC"},
				Owners: []residency.Ownership{{Parent: "us-parent", Share: 100}}},
			{ID: "us-parent", Jurisdiction: us},
		},
		Stores: []residency.Store{
			{ID: "bj", Location: cn, Datasets: []string{"records"}, Operators: []residency.Tenure{{Entity: "op"}}},
			{ID: "fra", Location: de, Role: residency.Backup, Datasets: []string{"records"},
				Operators: []residency.Tenure{{Entity: "us-parent"}}},
		},
		Flows: []residency.Flow{{ID: "backup", Kind: residency.BackupFlow, From: "bj", To: "fra",
			Datasets: []string{"records"}, Mechanisms: []string{"cn-standard-contract"}}},
	}
	eng := residency.NewEngine(nil)
	var ratings []hexad.Rating
	for _, consumer := range []jurisdiction.Code{cn, us, de} {
		rep, err := eng.Assess(top, jurisdiction.MustParseDate("2025-06-01"), residency.Consumer(consumer))
		if err != nil {
			panic(err)
		}
		fmt.Println(consumer, rep.Rating.Scores())
		ratings = append(ratings, rep.Rating)
	}
	s := hexad.Summarize(ratings)
	for _, es := range s.Elements {
		fmt.Printf("%-18s min=%s median=%.1f\n", es.Element, es.Min, es.Median)
	}
	fmt.Println("weakest:", s.Weakest)
	// Output:
	// CN [1 1 3 4 4 4 2]
	// US [1 1 3 3 4 4 1]
	// DE [1 1 3 3 4 4 1]
	// Confidentiality    min=1 median=1.0
	// Possession/Control min=1 median=1.0
	// Integrity          min=3 median=3.0
	// Authenticity       min=3 median=3.0
	// Availability       min=4 median=4.0
	// Utility            min=4 median=4.0
	// Jurisdiction       min=1 median=1.0
	// weakest: Confidentiality
}

// ExampleReport_WriteJSON writes a report in the compact form and reads
// back what it grouped.
func ExampleReport_WriteJSON() {
	cn, us := jurisdiction.MustParseCode("CN"), jurisdiction.MustParseCode("US")
	top := &residency.Topology{
		Datasets: []residency.Dataset{
			{ID: "records", Classes: []jurisdiction.DataClass{jurisdiction.Personal}, Controller: "utility"},
			{ID: "meters", Classes: []jurisdiction.DataClass{jurisdiction.Personal}, Controller: "utility"},
		},
		Entities: []residency.Entity{
			{ID: "utility", Jurisdiction: cn},
			{ID: "op", Jurisdiction: cn, Owners: []residency.Ownership{{Parent: "us-parent", Share: 100}}},
			{ID: "us-parent", Jurisdiction: us},
		},
		Stores: []residency.Store{
			{ID: "bj", Location: cn, Datasets: []string{"records"}, Operators: []residency.Tenure{{Entity: "op"}}},
			{ID: "sh", Location: cn, Datasets: []string{"meters"}, Operators: []residency.Tenure{{Entity: "op"}}},
		},
	}
	rep, err := residency.Assess(top, jurisdiction.MustParseDate("2022-01-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	var buf bytes.Buffer
	if err := rep.WriteJSON(&buf, residency.JSONMember{Name: "tool", Value: "example"}); err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Format    string `json:"format"`
		Conflicts []struct {
			Compelling string   `json:"compelling_jurisdiction"`
			Blocking   string   `json:"blocking_jurisdiction"`
			Rules      []string `json:"blocking"`
			Count      int      `json:"count"`
		} `json:"conflicts"`
		Regimes []string `json:"regimes"`
		Tool    string   `json:"tool"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Format, doc.Tool)
	for _, c := range doc.Conflicts {
		fmt.Println(c.Compelling, "vs", c.Blocking, c.Rules, c.Count)
	}
	for i, r := range doc.Regimes {
		fmt.Println("regime", i, r)
	}
	// Output:
	// dataresidency-report-compact/1 example
	// US vs CN [CN-DSL-36 CN-ICJAL-4 CN-PIPL-41] 2
	// regime 0 CN (via location, operator: store/bj and 1 more; CN-CEL-2014-13, CN-CSL-28, CN-DSL-35, CN-NIL-7, CN-NSL-77)
	// regime 1 US (via operator parent: store/bj/operator/op/parent/us-parent; US-CLOUD-2713)
	// regime 2 CN (via location, operator: store/sh and 1 more; CN-CEL-2014-13, CN-CSL-28, CN-DSL-35, CN-NIL-7, CN-NSL-77)
	// regime 3 US (via operator parent: store/sh/operator/op/parent/us-parent; US-CLOUD-2713)
}
