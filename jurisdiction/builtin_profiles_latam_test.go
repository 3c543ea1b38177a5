package jurisdiction

import "testing"

func TestProfilesLatAm(t *testing.T) {
	ps := profilesLatAm()
	if _, err := NewCatalog("t", Contents{Profiles: ps}); err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if len(p.Sources) == 0 {
			t.Errorf("%s: no sources", p.Jurisdiction)
		}
		for i, a := range p.answers() {
			all := append([]ProfileAnswer{*a}, a.Earlier...)
			for _, x := range all {
				if x.Answer != Unknown && x.From.IsZero() {
					t.Errorf("%s %s: answer %s has no From", p.Jurisdiction, profileQuestions[i], x.Answer)
				}
				if x.Basis == "" {
					t.Errorf("%s %s: no basis", p.Jurisdiction, profileQuestions[i])
				}
			}
		}
	}
}
