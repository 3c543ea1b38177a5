package residencytest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/hexad"
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/residencytest"
)

// TestREADME runs the README's test-helper assertions on the README's own
// topology document, so the two cannot drift apart, and checks the
// failures the README says they report.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(readme), "## Topology documents")
	_, block, ok2 := strings.Cut(after, "```json\n")
	doc, _, ok3 := strings.Cut(block, "```")
	if !ok || !ok2 || !ok3 {
		t.Fatal("README.md has no JSON block under \"## Topology documents\"")
	}
	top, err := residency.DecodeJSON([]byte(doc))
	if err != nil {
		t.Fatalf("the README's topology does not decode: %v", err)
	}
	eu := jurisdiction.MustParseCode("EU")
	for _, tc := range []struct {
		name string
		fn   func(testing.TB)
		want []string // in the failure message, as the README explains it
	}{
		{"Clean", func(tb testing.TB) { residencytest.Clean(tb, top, "2026-06-01") },
			[]string{"2 open conflicts", "US-CLOUD-2713", "EU-GDPR-48", "store/fra/operator/catalog:aws-inc", "store/iad/operator/catalog:aws-inc"}},
		{"StaysWithin", func(tb testing.TB) {
			residencytest.StaysWithin(tb, top, "orders", []jurisdiction.Code{eu}, "2026-06-01")
		}, []string{"stored in US at store/iad", "US is not a member of EU"}},
		{"RatingAtLeast", func(tb testing.TB) {
			residencytest.RatingAtLeast(tb, top, residencytest.Floor{hexad.Confidentiality: 3}, "2026-06-01")
		}, []string{"Confidentiality scores 2, below its floor of 3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tb := &fakeTB{}
			runFake(tb, tc.fn)
			got := tb.messages()
			if strings.TrimSpace(got) == "" {
				t.Fatal("passes on the README's topology; the README says it fails")
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("message does not mention %q:\n%s", w, got)
				}
			}
		})
	}
}
