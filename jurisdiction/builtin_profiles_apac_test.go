package jurisdiction

import "testing"

func TestProfilesAPAC(t *testing.T) {
	profiles := profilesAPAC()
	if _, err := NewCatalog("t", Contents{Profiles: profiles}); err != nil {
		t.Fatalf("NewCatalog: %v", err)
	}
	for i, p := range profiles {
		if i > 0 && profiles[i-1].Jurisdiction.Compare(p.Jurisdiction) >= 0 {
			t.Errorf("%s: profiles not in alphabetical order of code", p.Jurisdiction)
		}
		if len(p.Sources) == 0 {
			t.Errorf("%s: no sources", p.Jurisdiction)
		}
		for q, a := range p.answers() {
			if a.Answer != Unknown && a.From.IsZero() {
				t.Errorf("%s %s: answer %s has no From", p.Jurisdiction, profileQuestions[q], a.Answer)
			}
			if a.Basis == "" {
				t.Errorf("%s %s: no basis", p.Jurisdiction, profileQuestions[q])
			}
			for _, e := range a.Earlier {
				if e.Until.IsZero() {
					t.Errorf("%s %s: earlier answer %s has no Until", p.Jurisdiction, profileQuestions[q], e.Answer)
				}
			}
		}
	}
}
