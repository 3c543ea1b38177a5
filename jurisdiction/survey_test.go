package jurisdiction_test

import (
	"errors"
	"testing"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// TestSurveys: a survey marks a jurisdiction researched and records the
// kinds of rule it lacks; a malformed one is refused with its path.
func TestSurveys(t *testing.T) {
	t.Parallel()
	hk := jurisdiction.MustParseCode("HK")
	src := []jurisdiction.Source{{Title: "PDPO s.33, never commenced", URL: "https://www.elegislation.gov.hk/hk/cap486!en@2021-10-08?xpid=ID_1438403493617_001"}}
	cat, err := jurisdiction.Default().With("t", jurisdiction.Contents{Surveys: []jurisdiction.Survey{{
		Jurisdiction: hk, Sources: src,
		Absent: []jurisdiction.Absence{{Kind: jurisdiction.TransferRestriction, Basis: "PDPO s.33 is not in force"}},
	}}})
	if err != nil {
		t.Fatal(err)
	}
	s, ok := cat.Survey(hk)
	if !ok || !s.Lacks(jurisdiction.TransferRestriction) || s.Lacks(jurisdiction.Localization) || !cat.Researched(hk) {
		t.Errorf("survey %+v, %v; researched %v", s, ok, cat.Researched(hk))
	}
	if !cat.Researched(jurisdiction.MustParseCode("CN")) {
		t.Error("CN enacts rules, so it is researched")
	}
	if cat.Researched(jurisdiction.MustParseCode("KP")) {
		t.Error("KP has neither rules nor a survey")
	}
	if n := 0; true {
		for range cat.Surveys() {
			n++
		}
		if n < 1 {
			t.Error("Surveys lists nothing")
		}
	}
	_, err = jurisdiction.NewCatalog("bad", jurisdiction.Contents{Surveys: []jurisdiction.Survey{
		{Jurisdiction: hk, Absent: []jurisdiction.Absence{{Kind: jurisdiction.Kind(200)}}},
		{Jurisdiction: hk, Sources: src},
		{},
	}})
	var ce *jurisdiction.CatalogError
	if !errors.As(err, &ce) || !errors.Is(err, jurisdiction.ErrDuplicate) || !errors.Is(err, jurisdiction.ErrMissing) || !errors.Is(err, jurisdiction.ErrInvalid) {
		t.Errorf("malformed surveys: %v", err)
	}
}
