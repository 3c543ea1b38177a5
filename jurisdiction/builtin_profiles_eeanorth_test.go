package jurisdiction

import "testing"

func TestProfilesEEANorth(t *testing.T) {
	ps := profilesEEANorth()
	if _, err := NewCatalog("t", Contents{Profiles: ps}); err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if len(p.Sources) == 0 {
			t.Errorf("%s: no sources", p.Jurisdiction)
		}
		for i, a := range p.answers() {
			if a.Answer != Unknown && a.From.IsZero() {
				t.Errorf("%s %s: answer %s has no From", p.Jurisdiction, profileQuestions[i], a.Answer)
			}
		}
	}
}
