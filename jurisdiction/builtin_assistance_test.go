package jurisdiction

import "testing"

func TestAssistanceAgreements(t *testing.T) {
	as := assistanceAgreements()
	cat, err := NewCatalog("t", Contents{Agreements: as})
	if err != nil {
		t.Fatalf("NewCatalog: %v", err)
	}
	n := 0
	for range cat.Agreements() {
		n++
	}
	if n != len(as) {
		t.Fatalf("catalog holds %d agreements, want %d", n, len(as))
	}
	seen := map[string]bool{}
	for _, a := range as {
		if seen[a.ID] {
			t.Errorf("duplicate ID %s", a.ID)
		}
		seen[a.ID] = true
		if !a.Assistance {
			t.Errorf("%s: Assistance not set", a.ID)
		}
		if a.Qualifying {
			t.Errorf("%s: a mutual legal assistance agreement is not a CLOUD Act agreement", a.ID)
		}
		if len(a.Parties) < 2 {
			t.Errorf("%s: %d parties", a.ID, len(a.Parties))
		}
		if a.Effective.IsZero() {
			t.Errorf("%s: no Effective date", a.ID)
		}
		if len(a.Sources) == 0 {
			t.Errorf("%s: no sources", a.ID)
		}
		for _, s := range a.Sources {
			if s.Title == "" || s.URL == "" {
				t.Errorf("%s: source without title or URL: %+v", a.ID, s)
			}
		}
	}
	for _, id := range []string{"EU-US-MLA-DE", "EU-US-MLA-IE", "EU-EIO", "COE-BUDAPEST", "US-CN-MLAA", "US-HK-MLA"} {
		if !seen[id] {
			t.Errorf("missing %s", id)
		}
	}
}

// The Budapest agreements bind two parties from the later of their dates of
// entry into force, and the EIO never binds Denmark or Ireland.
func TestAssistanceAgreementsDates(t *testing.T) {
	binds := func(x, y, day string) bool {
		for _, a := range assistanceAgreements() {
			if a.Binds(mustCode(x), mustCode(y)) && a.InForce(mustDate(day)) {
				return true
			}
		}
		return false
	}
	cases := []struct {
		x, y, day string
		want      bool
	}{
		{"GB", "JP", "2012-10-31", false},
		{"GB", "JP", "2012-11-01", true},
		{"US", "GB", "2011-09-01", true},
		{"HR", "EE", "2004-07-01", true},
		{"US", "AU", "2013-02-28", false},
		{"US", "AU", "2013-03-01", true},
		{"US", "DE", "2010-02-01", true},
		{"US", "DE", "2010-01-31", false},
		{"GB", "FR", "2020-12-31", true},
		{"US", "HK", "2020-08-19", true},
		{"US", "HK", "2020-08-20", false},
		{"US", "CN", "2001-03-08", true},
		// The EU-US agreement runs between the US and each member state,
		// not between two member states.
		{"DK", "IE", "2012-01-01", false},
	}
	for _, a := range assistanceAgreements() {
		if a.ID == "EU-EIO" && (a.Binds(mustCode("DK"), mustCode("FR")) || a.Binds(mustCode("IE"), mustCode("FR"))) {
			t.Errorf("EU-EIO binds Denmark or Ireland")
		}
	}
	for _, c := range cases {
		if got := binds(c.x, c.y, c.day); got != c.want {
			t.Errorf("%s-%s on %s: bound %v, want %v", c.x, c.y, c.day, got, c.want)
		}
	}
}
