package residency_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// catalogOperated is a topology of stores written as provider regions with
// no operator: the assessment adds the regions' operators from the
// catalog, under IDs starting with residency.CatalogEntityPrefix.
const catalogOperated = `{"name": "catalog operators",
 "datasets": [{"id": "hr", "classes": ["personal"], "subjects": [{"jurisdiction": "DE", "count": 1000}], "controller": "acme"}],
 "entities": [{"id": "acme", "name": "Acme GmbH", "jurisdiction": "DE"}],
 "stores": [{"id": "main", "region": "aws:eu-central-1", "datasets": ["hr"]},
            {"id": "cn", "region": "aws:cn-north-1", "datasets": ["hr"]}],
 "flows": [{"id": "rep", "kind": "replication", "from": "main", "to": "cn", "datasets": ["hr"]}]}`

// TestCatalogEntitiesNamedInTexts: the texts of findings name an operator
// added from the catalog by its name, and keep its ID where machines read
// it (finding IDs, paths, parties, the JSON report).
func TestCatalogEntitiesNamedInTexts(t *testing.T) {
	top, err := residency.DecodeJSON([]byte(catalogOperated))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := residency.Assess(top, jurisdiction.MustParseDate("2025-06-01"), residency.Consumer(jurisdiction.MustParseCode("DE")))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, party, name string
	}{
		{"C:US/EU@store/main/operator/catalog:aws-inc", "catalog:aws-inc", "Amazon Web Services, Inc."},
		{"C:CN/EU@store/cn/operator/catalog:sinnet", "catalog:sinnet", "Beijing Sinnet Technology Co., Ltd."},
		{"E:US@store/main/operator/catalog:aws-inc", "catalog:aws-inc", "Amazon Web Services, Inc."},
		{"E:CN@store/cn/operator/catalog:sinnet", "catalog:sinnet", "Beijing Sinnet Technology Co., Ltd."},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			f, ok := rep.Finding(tt.id)
			if !ok {
				t.Fatalf("no finding %s", tt.id)
			}
			h := f.Head()
			if !strings.Contains(h.Reason, tt.name) || strings.Contains(h.Reason, residency.CatalogEntityPrefix) {
				t.Errorf("reason names %s by ID, not as %q: %s", tt.party, tt.name, h.Reason)
			}
			if h.Path.Party() != tt.party {
				t.Errorf("path party %q, want the ID %q", h.Path.Party(), tt.party)
			}
			if got := rep.EntityName(tt.party); got != tt.name {
				t.Errorf("EntityName(%s) = %q, want %q", tt.party, got, tt.name)
			}
		})
	}
	if got := rep.EntityName("acme"); got != "acme" {
		t.Errorf("EntityName of a topology's own entity = %q, want its ID", got)
	}
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(rep); err != nil {
		t.Fatal(err)
	}
	if js := buf.String(); !strings.Contains(js, `"party":"catalog:aws-inc"`) || strings.Contains(js, `"Names"`) || strings.Contains(js, `"PartyName"`) {
		t.Errorf("the JSON report should name parties by ID and carry no names:\n%.1500s", js)
	}
}
