package jurisdiction

import "testing"

func TestProfilesEUEast(t *testing.T) {
	profiles := profilesEUEast()
	if _, err := NewCatalog("t", Contents{Profiles: profiles}); err != nil {
		t.Fatal(err)
	}
	want := []string{"BG", "CY", "CZ", "EE", "GR", "HR", "HU", "PL"}
	if len(profiles) != len(want) {
		t.Fatalf("got %d profiles, want %d", len(profiles), len(want))
	}
	for i, p := range profiles {
		if got := p.Jurisdiction.String(); got != want[i] {
			t.Errorf("profile %d is %s, want %s (alphabetical order)", i, got, want[i])
		}
		if len(p.Sources) == 0 {
			t.Errorf("%s: no sources", p.Jurisdiction)
		}
		if p.Reviewed.IsZero() {
			t.Errorf("%s: no review date", p.Jurisdiction)
		}
		for q, a := range p.answers() {
			if a.Answer == Unknown {
				continue
			}
			if a.From.IsZero() {
				t.Errorf("%s %s: answer %s has no From", p.Jurisdiction, profileQuestions[q], a.Answer)
			}
			if a.Basis == "" {
				t.Errorf("%s %s: answer %s has no basis", p.Jurisdiction, profileQuestions[q], a.Answer)
			}
			for _, e := range a.Earlier {
				if e.Answer != Unknown && e.From.IsZero() {
					t.Errorf("%s %s: earlier answer %s has no From", p.Jurisdiction, profileQuestions[q], e.Answer)
				}
			}
		}
	}
}
