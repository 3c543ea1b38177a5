package hexad_test

import (
	"fmt"

	"github.com/dataresidency/dataresidency/hexad"
)

// ExampleRate rates the facts behind the thesis's Table 15: a Chinese
// consumer's data stored in mainland China by a Chinese operator that
// manages the keys. Only the Chinese regime reaches the data.
func ExampleRate() {
	r := hexad.Rate(hexad.Facts{
		Subject:  "azure-china/customer-data",
		Consumer: "CN",
		Copies:   2,
		Regimes: []hexad.Regime{{
			Name:           "CN",
			Judicial:       hexad.No,
			Transparency:   hexad.No,
			Assistance:     hexad.Yes,
			ContentControl: hexad.Yes,
			Links: []hexad.Link{
				{Via: "location", Path: "store/cn-north", Kind: hexad.DataLink, Location: true},
				{Via: "operator", Path: "store/cn-north/operator/21vianet", Kind: hexad.DataLink},
			},
		}},
	})
	fmt.Println(r.Scores())
	e, s := r.Weakest()
	fmt.Println("weakest:", e, s)
	fmt.Println(r.Reasons(hexad.Integrity)[0])
	// Output:
	// [2 2 3 4 4 4 2]
	// weakest: Confidentiality 2
	// CN (via location, operator: store/cn-north and 1 more) can alter or remove stored content without a court (-2)
}

func ExampleRating_String() {
	r := hexad.Rating{Subject: "photos", Consumer: "US"}
	scores := [hexad.NumElements]hexad.Score{2, 2, 3, 4, 4, 4, hexad.Unrated}
	penalty := [hexad.NumElements]float64{3, 3, 2, 1, 1, 1, 0}
	why := [hexad.NumElements]string{
		"XX can compel readable data (-3)",
		"XX can take control of readable data (-3)",
		"XX can alter content (-2)",
		"XX can alter content (-1)",
		"XX can remove content (-1)",
		"XX can filter content (-1)",
		"no stored copy lies in a known territory",
	}
	for i, e := range hexad.Elements() {
		r.Elements[i] = hexad.ElementRating{Element: e, Score: scores[i], Penalty: penalty[i], Reasons: []string{why[i]}}
	}
	fmt.Print(r)
	// Output:
	// Hexad rating of photos for a consumer in US
	// Element             Score    Penalty  Why
	// Confidentiality     2        3        XX can compel readable data (-3)
	// Possession/Control  2        3        XX can take control of readable data (-3)
	// Integrity           3        2        XX can alter content (-2)
	// Authenticity        4        1        XX can alter content (-1)
	// Availability        4        1        XX can remove content (-1)
	// Utility             4        1        XX can filter content (-1)
	// Jurisdiction        unrated  -        no stored copy lies in a known territory
	// Not rated: Jurisdiction.
}

// ExampleSummarize summarizes three datasets' ratings whose
// confidentiality scores 1, 2 and 5; one of them has no stored copy in a
// known territory, so only two jurisdiction scores count.
func ExampleSummarize() {
	var ratings []hexad.Rating
	for _, s := range [][hexad.NumElements]hexad.Score{
		{1, 4, 4, 4, 4, 4, 2},
		{2, 4, 4, 4, 4, 4, hexad.Unrated},
		{5, 4, 4, 4, 4, 4, 4},
	} {
		var r hexad.Rating
		for i, e := range hexad.Elements() {
			r.Elements[i] = hexad.ElementRating{Element: e, Score: s[i]}
		}
		ratings = append(ratings, r)
	}
	s := hexad.Summarize(ratings)
	for _, es := range s.Elements {
		fmt.Printf("%-18s n=%d min=%s median=%.2f mean=%.2f p10=%.2f\n", es.Element, es.Count, es.Min, es.Median, es.Mean, es.P10)
	}
	fmt.Println("weakest:", s.Weakest)
	// Output:
	// Confidentiality    n=3 min=1 median=2.00 mean=2.67 p10=1.20
	// Possession/Control n=3 min=4 median=4.00 mean=4.00 p10=4.00
	// Integrity          n=3 min=4 median=4.00 mean=4.00 p10=4.00
	// Authenticity       n=3 min=4 median=4.00 mean=4.00 p10=4.00
	// Availability       n=3 min=4 median=4.00 mean=4.00 p10=4.00
	// Utility            n=3 min=4 median=4.00 mean=4.00 p10=4.00
	// Jurisdiction       n=2 min=2 median=3.00 mean=3.00 p10=2.20
	// weakest: Confidentiality
}
