package jurisdiction

import "testing"

func TestProfilesMEA(t *testing.T) {
	profiles := profilesMEA()
	if _, err := NewCatalog("t", Contents{Profiles: profiles}); err != nil {
		t.Fatal(err)
	}
	for i, p := range profiles {
		if i > 0 && !(profiles[i-1].Jurisdiction.String() < p.Jurisdiction.String()) {
			t.Errorf("profiles not in alphabetical order: %s before %s", profiles[i-1].Jurisdiction, p.Jurisdiction)
		}
		if len(p.Sources) == 0 {
			t.Errorf("%s: no sources", p.Jurisdiction)
		}
		if p.Reviewed.IsZero() {
			t.Errorf("%s: no review date", p.Jurisdiction)
		}
		for q, a := range p.answers() {
			for j, x := range append([]ProfileAnswer{*a}, a.Earlier...) {
				if x.Answer == Unknown {
					continue
				}
				if x.Basis == "" {
					t.Errorf("%s %s (answer %d): no basis", p.Jurisdiction, profileQuestions[q], j)
				}
				if j == 0 && x.From.IsZero() {
					t.Errorf("%s %s: %s answer has no From", p.Jurisdiction, profileQuestions[q], x.Answer)
				}
			}
		}
	}
}
