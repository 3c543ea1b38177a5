package jurisdiction

import "testing"

func TestProfilesEUWest(t *testing.T) {
	profiles := profilesEUWest()
	if _, err := NewCatalog("t", Contents{Profiles: profiles}); err != nil {
		t.Fatal(err)
	}
	for i, p := range profiles {
		if i > 0 && profiles[i-1].Jurisdiction.Compare(p.Jurisdiction) >= 0 {
			t.Errorf("%s: profiles not in alphabetical order of code", p.Jurisdiction)
		}
		if len(p.Sources) == 0 {
			t.Errorf("%s: no sources", p.Jurisdiction)
		}
		for j, a := range p.answers() {
			if a.Answer != Unknown && a.From.IsZero() {
				t.Errorf("%s %s: answer %s has no From", p.Jurisdiction, profileQuestions[j], a.Answer)
			}
			if a.Basis == "" {
				t.Errorf("%s %s: no basis", p.Jurisdiction, profileQuestions[j])
			}
			for _, e := range a.Earlier {
				if e.Answer != Unknown && e.From.IsZero() {
					t.Errorf("%s %s: earlier answer %s has no From", p.Jurisdiction, profileQuestions[j], e.Answer)
				}
			}
		}
	}
}
