package jurisdiction

import "testing"

// TestBuiltinReviewDates checks review dates on the data as written, before
// BuiltinContents fills the blanks with BuiltinReviewed (a check after that
// could never fail). A blank means the entry was re-read in the catalog-wide
// review of BuiltinReviewed; an entry names a date of its own only when it
// was last checked on another day: earlier (not re-read since) or later
// (researched after the catalog-wide review, as the access profiles added
// on 2026-12-07 were). An own date equal to BuiltinReviewed is a redundant
// stamp, and one in the future of the newest research a mistake.
func TestBuiltinReviewDates(t *testing.T) {
	newestResearch := MustParseDate("2026-12-07")
	t.Parallel()
	raw := builtinParts()
	check := func(kind, id string, reviewed Date) {
		if reviewed.IsZero() {
			return
		}
		if reviewed == BuiltinReviewed() {
			t.Errorf("%s %s names its own review date %s, the catalog-wide review's: leave it blank", kind, id, reviewed)
		}
		if newestResearch.Before(reviewed) {
			t.Errorf("%s %s names a review date %s after the newest research, %s", kind, id, reviewed, newestResearch)
		}
	}
	for _, r := range raw.Rules {
		check("rule", r.ID, r.Reviewed)
	}
	for _, m := range raw.Mechanisms {
		check("mechanism", m.ID, m.Reviewed)
	}
	for _, a := range raw.Agreements {
		check("agreement", a.ID, a.Reviewed)
	}
	for _, p := range raw.Profiles {
		check("profile", p.Jurisdiction.String(), p.Reviewed)
	}

	// BuiltinContents keeps an entry's own date and fills only the blanks.
	own := map[string]Date{}
	for _, r := range raw.Rules {
		own["rule "+r.ID] = r.Reviewed
	}
	for _, m := range raw.Mechanisms {
		own["mechanism "+m.ID] = m.Reviewed
	}
	for _, a := range raw.Agreements {
		own["agreement "+a.ID] = a.Reviewed
	}
	for _, p := range raw.Profiles {
		own["profile "+p.Jurisdiction.String()] = p.Reviewed
	}
	want := func(key string, got Date) {
		w := own[key]
		if w.IsZero() {
			w = BuiltinReviewed()
		}
		if got != w {
			t.Errorf("%s: BuiltinContents gives review date %s, want %s", key, got, w)
		}
	}
	c := BuiltinContents()
	for _, r := range c.Rules {
		want("rule "+r.ID, r.Reviewed)
	}
	for _, m := range c.Mechanisms {
		want("mechanism "+m.ID, m.Reviewed)
	}
	for _, a := range c.Agreements {
		want("agreement "+a.ID, a.Reviewed)
	}
	for _, p := range c.Profiles {
		want("profile "+p.Jurisdiction.String(), p.Reviewed)
	}
}

// TestWithReviewed checks that the default fills blanks only.
func TestWithReviewed(t *testing.T) {
	t.Parallel()
	early, day := MustParseDate("2025-01-02"), MustParseDate("2026-11-29")
	c := Contents{
		Rules:      []Rule{{ID: "blank"}, {ID: "own", Reviewed: early}},
		Mechanisms: []Mechanism{{ID: "blank"}, {ID: "own", Reviewed: early}},
		Agreements: []Agreement{{ID: "blank"}, {ID: "own", Reviewed: early}},
		Profiles:   []AccessProfile{{Jurisdiction: MustParseCode("FR")}, {Jurisdiction: MustParseCode("DE"), Reviewed: early}},
	}
	withReviewed(&c, day)
	got := []Date{c.Rules[0].Reviewed, c.Rules[1].Reviewed, c.Mechanisms[0].Reviewed, c.Mechanisms[1].Reviewed,
		c.Agreements[0].Reviewed, c.Agreements[1].Reviewed, c.Profiles[0].Reviewed, c.Profiles[1].Reviewed}
	for i, g := range got {
		w := day
		if i%2 == 1 {
			w = early
		}
		if g != w {
			t.Errorf("entry %d: reviewed %s, want %s", i, g, w)
		}
	}
	// A catalog built from scratch gets no invented review date.
	cat, err := NewCatalog("t", Contents{Rules: []Rule{{ID: "R", Jurisdiction: MustParseCode("FR"), Title: "t",
		Citation: Citation{Law: "L", Article: "1"}, Kind: Obligation, Effective: early, Sources: []Source{{Title: "s"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := cat.Rule("R"); !r.Reviewed.IsZero() {
		t.Errorf("NewCatalog invented review date %s", r.Reviewed)
	}
}
