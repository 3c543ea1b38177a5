package jurisdiction

import "testing"

// TestBuiltinProfilesDated checks every profile of the data files as
// written: sources, a basis for every answer (an unknown one says what is
// missing), the day each researched answer holds from, and an end for
// each earlier answer. Earlier answers name their start too, except in
// the MEA and APAC files, where an earlier answer may reach back without
// one (South Africa's transparency before 2021-02-04: no notice provision
// at any earlier time).
func TestBuiltinProfilesDated(t *testing.T) {
	t.Parallel()
	for _, part := range []struct {
		profiles      []AccessProfile
		earlierFromed bool
	}{
		{builtinProfiles(), true}, {europeProfiles(), true}, {worldProfiles(), true}, {profilesEEANorth(), true},
		{profilesEUEast(), true}, {profilesLatAm(), true}, {profilesEUWest(), true},
		{profilesMEA(), false}, {profilesAPAC(), false},
	} {
		for _, p := range part.profiles {
			if len(p.Sources) == 0 {
				t.Errorf("%s: no sources", p.Jurisdiction)
			}
			for q, a := range p.answers() {
				for k, x := range append([]ProfileAnswer{*a}, a.Earlier...) {
					if x.Basis == "" {
						t.Errorf("%s %s (answer %d): no basis", p.Jurisdiction, profileQuestions[q], k)
					}
					if x.Answer != Unknown && x.From.IsZero() && (k == 0 || part.earlierFromed) {
						t.Errorf("%s %s (answer %d): %v has no From", p.Jurisdiction, profileQuestions[q], k, x.Answer)
					}
					if k > 0 && x.Until.IsZero() {
						t.Errorf("%s %s: earlier answer %d has no Until", p.Jurisdiction, profileQuestions[q], k)
					}
				}
			}
		}
	}
}

// TestProfilesOnCaseStudyDates checks that China's answers hold on
// 2019-06-01, the year Table 15 of the thesis rates, and on 2013-06-01
// and 2016-01-01, before the 2017-2018 laws, and the US's on 2017-01-01.
func TestProfilesOnCaseStudyDates(t *testing.T) {
	all := builtinProfiles()
	var cn AccessProfile
	for _, p := range all {
		if p.Jurisdiction == mustCode("CN") {
			cn = p
		}
	}
	on := cn.On(mustDate("2019-06-01"))
	for _, tt := range []struct {
		name      string
		got, want Answer
	}{
		{"judicial authorisation", on.JudicialAuthorisation.Answer, No},
		{"transparency", on.Transparency.Answer, No},
		{"compelled assistance", on.CompelledAssistance.Answer, Yes},
		{"content control", on.ContentControl.Answer, Yes},
	} {
		if tt.got != tt.want {
			t.Errorf("CN %s on 2019-06-01 = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
	// Before the 2017-2018 laws, China's answers rest on the CPL 2012,
	// the Counter-espionage Law 2014, the NPC Standing Committee Decision
	// of 2012-12-28 and the Internet Information Services Measures 2000.
	for _, day := range []string{"2013-06-01", "2016-01-01"} {
		on := cn.On(mustDate(day))
		for q, a := range on.answers() {
			if a.Answer == Unknown {
				t.Errorf("CN %s is unknown on %s: %s", profileQuestions[q], day, a.Basis)
			}
		}
		for _, tt := range []struct {
			name      string
			got, want Answer
		}{
			{"judicial authorisation", on.JudicialAuthorisation.Answer, No},
			{"transparency", on.Transparency.Answer, No},
			{"compelled assistance", on.CompelledAssistance.Answer, Yes},
			{"content control", on.ContentControl.Answer, Yes},
			{"public takedown", on.PublicTakedown.Answer, Yes},
		} {
			if tt.got != tt.want {
				t.Errorf("CN %s on %s = %v, want %v", tt.name, day, tt.got, tt.want)
			}
		}
	}
	us := func() AccessProfile {
		for _, p := range all {
			if p.Jurisdiction == mustCode("US") {
				return p
			}
		}
		return AccessProfile{}
	}().On(mustDate("2017-01-01"))
	for q, a := range us.answers() {
		if a.Answer == Unknown {
			t.Errorf("US %s is unknown on 2017-01-01: %s", profileQuestions[q], a.Basis)
		}
	}
}

// TestProfilesReachBack checks the answers the extended profiles give on
// 2013-06-01 and 2017-06-01, dates the case studies rate: the earlier
// answers researched for them, and the questions left unknown where no
// earlier answer was found (GB content control, NL public takedown).
func TestProfilesReachBack(t *testing.T) {
	var all []AccessProfile
	for _, part := range [][]AccessProfile{builtinProfiles(), europeProfiles(), worldProfiles()} {
		all = append(all, part...)
	}
	if _, err := NewCatalog("t", Contents{Profiles: all}); err != nil {
		t.Fatalf("NewCatalog: %v", err)
	}
	byCode := map[Code]AccessProfile{}
	for _, p := range all {
		byCode[p.Jurisdiction] = p
	}
	// The answers in the order of AccessProfile.answers: judicial
	// authorisation, transparency, compelled assistance, content control,
	// public takedown.
	want := map[string]map[string][5]Answer{
		"2013-06-01": {
			"US": {Partly, Partly, Partly, No, No},
			"IE": {Partly, Partly, Partly, No, No},
			"GB": {Partly, Partly, Yes, Unknown, Partly},
			"DE": {Partly, Partly, Partly, No, Partly},
			"FR": {Partly, Partly, Partly, No, No},
			"NL": {Partly, Partly, Yes, No, Unknown},
			"JP": {Yes, Partly, No, No, No},
			"SG": {No, No, Partly, No, Yes},
		},
		"2017-06-01": {
			"US": {Partly, Partly, Partly, No, No},
			"IE": {Partly, Partly, Partly, No, No},
			"GB": {Partly, Partly, Yes, Unknown, Partly},
			"DE": {Partly, Partly, Partly, No, Partly},
			"FR": {Partly, Partly, Partly, No, Partly},
			"NL": {Partly, Partly, Yes, No, Unknown},
			"JP": {Yes, Partly, No, No, No},
			"SG": {No, No, Partly, No, Yes},
		},
	}
	for day, profiles := range want {
		for code, answers := range profiles {
			p, ok := byCode[mustCode(code)]
			if !ok {
				t.Fatalf("no profile for %s", code)
			}
			on := p.On(mustDate(day))
			for q, a := range on.answers() {
				if a.Answer != answers[q] {
					t.Errorf("%s %s on %s = %v, want %v (%s)", code, profileQuestions[q], day, a.Answer, answers[q], a.Basis)
				}
				if a.Answer != Unknown && a.From.IsZero() {
					t.Errorf("%s %s on %s: %v has no From", code, profileQuestions[q], day, a.Answer)
				}
			}
		}
	}
}

// TestProfilesCoverRegionsAndEEA: every country that hosts a region of
// the built-in catalog, and every EEA state, has a researched access
// profile, so that no rating of data stored there rests on no research.
func TestProfilesCoverRegionsAndEEA(t *testing.T) {
	cat := Default()
	need := map[Code]string{}
	for r := range cat.Regions() {
		need[r.Country] = "hosts region " + r.ID()
	}
	if eea, ok := cat.Bloc(mustCode("EEA")); ok {
		for _, c := range eea.MembersOn(BuiltinReviewed()) {
			need[c] = "is an EEA state"
		}
	}
	if len(need) < 45 {
		t.Fatalf("%d jurisdictions to cover, want at least 45", len(need))
	}
	for c, why := range need {
		if p := cat.Profile(c); p.Default {
			t.Errorf("%s %s but has no researched profile", c, why)
		}
	}
	t.Logf("%d jurisdictions covered", len(need))
}
