package jurisdiction_test

import (
	"encoding/json"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

func TestDefaultBuilds(t *testing.T) {
	t.Parallel()
	cat, err := jurisdiction.NewCatalog(jurisdiction.BuiltinName, jurisdiction.BuiltinContents())
	if err != nil {
		t.Fatalf("built-in contents are invalid: %v", err)
	}
	def := jurisdiction.Default()
	if def == nil {
		t.Fatal("Default() = nil")
	}
	if def.Name() != jurisdiction.BuiltinName {
		t.Errorf("Default().Name() = %q, want %q", def.Name(), jurisdiction.BuiltinName)
	}
	if diff := cmp.Diff(cat.Contents(), def.Contents()); diff != "" {
		t.Errorf("Default() differs from NewCatalog(BuiltinContents()) (-fresh +default):\n%s", diff)
	}
	s := def.Stats()
	if s.Rules == 0 || s.Mechanisms == 0 || s.Blocs < 2 || s.Profiles == 0 {
		t.Errorf("Stats() = %+v, want rules, mechanisms, the EU and EEA blocs and profiles", s)
	}
	if s.VerifiedRules > s.Rules {
		t.Errorf("Stats() = %+v: more verified rules than rules", s)
	}
}

// rulePath names a rule in messages.
func rulePath(r jurisdiction.Rule) string { return "rule " + r.ID }

func TestBuiltinRulesComplete(t *testing.T) {
	t.Parallel()
	c := jurisdiction.BuiltinContents()
	if len(c.Rules) == 0 {
		t.Fatal("no built-in rules")
	}
	seen := map[string]bool{}
	for _, r := range c.Rules {
		p := rulePath(r)
		if r.ID == "" {
			t.Errorf("a rule has no ID: %+v", r)
		}
		if seen[r.ID] {
			t.Errorf("%s: duplicate ID", p)
		}
		seen[r.ID] = true
		if !r.Jurisdiction.IsValid() {
			t.Errorf("%s: no jurisdiction", p)
		}
		if r.Title == "" {
			t.Errorf("%s: no title", p)
		}
		if r.Citation.Law == "" {
			t.Errorf("%s: no citation law", p)
		}
		if r.Citation.Article == "" {
			t.Errorf("%s: no citation article", p)
		}
		if !r.Kind.IsValid() {
			t.Errorf("%s: invalid kind %v", p, r.Kind)
		}
		if r.Effective.IsZero() {
			t.Errorf("%s: no effective date", p)
		}
		if !r.End.IsZero() && !r.End.After(r.Effective) {
			t.Errorf("%s: end %s not after effective %s", p, r.End, r.Effective)
		}
		if !r.Period().IsValid() {
			t.Errorf("%s: invalid period %s", p, r.Period())
		}
		if len(r.Sources) == 0 {
			t.Errorf("%s: no sources", p)
		}
		for i, s := range r.Sources {
			if s.Title == "" {
				t.Errorf("%s: source %d has no title", p, i)
			}
			if s.URL != "" && !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://") {
				t.Errorf("%s: source %d URL %q is not http(s)", p, i, s.URL)
			}
		}
		// Review dates are checked on the data as written, before the
		// catalog-wide date fills them in: TestBuiltinReviewDates.
		if r.Kind == jurisdiction.CompelledAccess && r.Reach == 0 {
			t.Errorf("%s: compelled access without a reach", p)
		}
		if r.Kind == jurisdiction.BlockingStatute && r.Relief == "" {
			t.Errorf("%s: blocking statute without relief", p)
		}
	}
}

// unverifiedMarkers are the words a note uses to say what it could not
// confirm.
var unverifiedMarkers = []string{"unverified", "re-check"}

func saysWhatIsUnverified(notes string) bool {
	for _, m := range unverifiedMarkers {
		if strings.Contains(strings.ToLower(notes), m) {
			return true
		}
	}
	return false
}

func TestBuiltinUnverifiedHaveNotes(t *testing.T) {
	t.Parallel()
	c := jurisdiction.BuiltinContents()
	for _, r := range c.Rules {
		if r.Verified {
			continue
		}
		if r.Notes == "" {
			t.Errorf("rule %s is unverified but has no notes", r.ID)
		} else if !saysWhatIsUnverified(r.Notes) {
			t.Errorf("rule %s is unverified but its notes do not say what (want one of %q): %q", r.ID, unverifiedMarkers, r.Notes)
		}
	}
	for _, m := range c.Mechanisms {
		if m.Verified {
			continue
		}
		if !saysWhatIsUnverified(m.Notes) {
			t.Errorf("mechanism %s is unverified but its notes do not say what (want one of %q): %q", m.ID, unverifiedMarkers, m.Notes)
		}
	}
}

func TestBuiltinMechanisms(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	n := 0
	for m := range cat.Mechanisms() {
		n++
		if m.Name == "" || m.Citation.Law == "" || m.Citation.Article == "" || m.Effective.IsZero() {
			t.Errorf("mechanism %s lacks a name, citation or effective date", m.ID)
		}
		if len(m.Satisfies) == 0 && !m.Assessment {
			t.Errorf("mechanism %s satisfies no rule", m.ID)
		}
		for _, id := range m.Satisfies {
			r, ok := cat.Rule(id)
			if !ok {
				t.Errorf("mechanism %s satisfies %q, which is not a rule", m.ID, id)
				continue
			}
			switch r.Kind {
			case jurisdiction.TransferRestriction, jurisdiction.Localization, jurisdiction.ProhibitedCounterparty:
			default:
				t.Errorf("mechanism %s satisfies %s, a %v rule; mechanisms lift transfer, localization and restricted-counterparty rules", m.ID, id, r.Kind)
			}
		}
		if len(m.Sources) == 0 {
			t.Errorf("mechanism %s has no sources", m.ID)
		}
		for i, s := range m.Sources {
			if s.Title == "" {
				t.Errorf("mechanism %s: source %d has no title", m.ID, i)
			}
		}
		if m.Reviewed.IsZero() {
			t.Errorf("mechanism %s never reviewed", m.ID)
		}
		if !m.End.IsZero() && !m.End.After(m.Effective) {
			t.Errorf("mechanism %s: end %s not after effective %s", m.ID, m.End, m.Effective)
		}
		for _, d := range m.Destinations {
			if !cat.Known(d) {
				t.Errorf("mechanism %s: unknown destination %v", m.ID, d)
			}
		}
	}
	if n == 0 {
		t.Error("no built-in mechanisms")
	}
}

func TestBuiltinProfiles(t *testing.T) {
	t.Parallel()
	for p := range jurisdiction.Default().Profiles() {
		if p.Default {
			t.Errorf("profile %v is a default profile in the built-in catalog", p.Jurisdiction)
		}
		if len(p.Sources) == 0 || p.Reviewed.IsZero() {
			t.Errorf("profile %v lacks sources or a review date", p.Jurisdiction)
		}
		for name, a := range map[string]jurisdiction.ProfileAnswer{
			"judicial_authorisation": p.JudicialAuthorisation, "transparency": p.Transparency,
			"compelled_assistance": p.CompelledAssistance, "content_control": p.ContentControl,
		} {
			if a.Answer == jurisdiction.Unknown || a.Basis == "" {
				t.Errorf("profile %v: %s answered %v with basis %q; a researched answer names its basis", p.Jurisdiction, name, a.Answer, a.Basis)
			}
		}
	}
}

// TestBuiltinMainlandTerritory checks that Chinese rules are mainland-only:
// Hong Kong and Macau are separate jurisdictions whose Basic Laws do not
// list the CSL, DSL or PIPL in Annex III.
func TestBuiltinMainlandTerritory(t *testing.T) {
	t.Parallel()
	for r := range jurisdiction.Default().RulesOf(code("CN")) {
		got := r.Area()
		if len(got) != 1 || got[0] != code("CN") {
			t.Errorf("rule %s territory = %v, want [CN]", r.ID, got)
		}
	}
}

func TestBuiltinCSL2025Renumbering(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	// The NPCSC decision of 2025-10-28 amending the Cybersecurity Law, in
	// force 2026-01-01, inserted two articles before old Art. 21, so old
	// Arts. 21, 28, 35 and 37 are now 23, 30, 37 and 39.
	tests := []struct {
		name, reason string
		old, next    string
		oldArt       string
		newArt       string
	}{
		{name: "graded-protection", reason: "CSL 2016 Art. 21 is Art. 23 of the amended law", old: "CN-CSL-21", next: "CN-CSL2025-23", oldArt: "Art. 21", newArt: "Art. 23"},
		{name: "assistance", reason: "CSL 2016 Art. 28 is Art. 30 of the amended law", old: "CN-CSL-28", next: "CN-CSL2025-30", oldArt: "Art. 28", newArt: "Art. 30"},
		{name: "procurement-review", reason: "CSL 2016 Art. 35 is Art. 37 of the amended law", old: "CN-CSL-35", next: "CN-CSL2025-37", oldArt: "Art. 35", newArt: "Art. 37"},
		{name: "localization", reason: "CSL 2016 Art. 37 is Art. 39 of the amended law", old: "CN-CSL-37", next: "CN-CSL2025-39", oldArt: "Art. 37", newArt: "Art. 39"},
	}
	cutover := day("2026-01-01")
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			old, ok := cat.Rule(tt.old)
			if !ok {
				t.Fatalf("no rule %s", tt.old)
			}
			next, ok := cat.Rule(tt.next)
			if !ok {
				t.Fatalf("no rule %s", tt.next)
			}
			if old.Effective != day("2017-06-01") || old.End != cutover {
				t.Errorf("%s in force %s, want 2017-06-01..2026-01-01 (%s)", tt.old, old.Period(), tt.reason)
			}
			if next.Effective != cutover || !next.End.IsZero() {
				t.Errorf("%s in force %s, want 2026-01-01.. (%s)", tt.next, next.Period(), tt.reason)
			}
			if old.Citation.Article != tt.oldArt || next.Citation.Article != tt.newArt {
				t.Errorf("articles %q -> %q, want %q -> %q (%s)", old.Citation.Article, next.Citation.Article, tt.oldArt, tt.newArt, tt.reason)
			}
			if !strings.Contains(next.Citation.Version, "formerly "+tt.oldArt) {
				t.Errorf("%s version %q does not name the former article %s", tt.next, next.Citation.Version, tt.oldArt)
			}
			if old.Period().Overlaps(next.Period()) {
				t.Errorf("%s and %s are both in force on some day", tt.old, tt.next)
			}
			for _, d := range []string{"2025-12-31", "2026-01-01"} {
				if n := btoi(old.InForce(day(d))) + btoi(next.InForce(day(d))); n != 1 {
					t.Errorf("on %s, %d of %s and %s are in force, want exactly 1", d, n, tt.old, tt.next)
				}
			}
			// The wording is unchanged: only the number moved.
			if old.Kind != next.Kind || old.Reach != next.Reach || old.Title != next.Title || old.Jurisdiction != next.Jurisdiction {
				t.Errorf("%s and %s differ in kind, reach, title or jurisdiction", tt.old, tt.next)
			}
			if diff := cmp.Diff(old.Scope, next.Scope); diff != "" {
				t.Errorf("scope changed with the renumbering (-old +new):\n%s", diff)
			}
			if len(next.Sources) <= len(old.Sources) {
				t.Errorf("%s does not cite the amendment: %d sources, the old rule has %d", tt.next, len(next.Sources), len(old.Sources))
			}
		})
	}
	// The security assessment lifts the localization rule under both
	// numberings.
	m, _ := cat.Mechanism("cn-security-assessment")
	for _, id := range []string{"CN-CSL-37", "CN-CSL2025-39"} {
		if !strings.Contains(strings.Join(m.Satisfies, " "), id) {
			t.Errorf("cn-security-assessment does not satisfy %s", id)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestBuiltinFacts(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		id           string
		kind         jurisdiction.Kind
		effective    string
		end          string
		article      string
		reach        jurisdiction.Reach // bits that must be set
	}{
		{name: "cloud-act", reason: "CLOUD Act, Pub. L. 115-141 Div. V, signed 2018-03-23, adds 18 U.S.C. 2713: disclosure of data in a provider's possession, custody or control wherever located",
			id: "US-CLOUD-2713", kind: jurisdiction.CompelledAccess, effective: "2018-03-23", article: "18 U.S.C. 2713", reach: jurisdiction.PersonalReach},
		{name: "sca", reason: "Stored Communications Act, Title II of ECPA, Pub. L. 99-508 of 1986-10-21, in force 90 days later (ECPA Sec. 202)",
			id: "US-SCA-2703", kind: jurisdiction.CompelledAccess, effective: "1987-01-19", article: "18 U.S.C. 2703", reach: jurisdiction.TerritorialReach},
		{name: "calea-1998", reason: "CALEA Sec. 111(b): Sec. 103 (47 U.S.C. 1002) in force 4 years after enactment on 1994-10-25; carriers only until FCC 05-153's 2007-05-14 deadline",
			id: "US-CALEA-1998", kind: jurisdiction.CompelledAccess, effective: "1998-10-25", end: "2007-05-14", article: "47 U.S.C. 1002 (Sec. 103)", reach: jurisdiction.TerritorialReach},
		{name: "calea-broadband", reason: "FCC 05-153: facilities-based broadband and interconnected VoIP providers must comply by 2007-05-14",
			id: "US-CALEA", kind: jurisdiction.CompelledAccess, effective: "2007-05-14", article: "47 U.S.C. 1002 (Sec. 103)", reach: jurisdiction.TerritorialReach},
		{name: "patriot-215", reason: "USA PATRIOT Act Sec. 215, Pub. L. 107-56 of 2001-10-26, lapsed 2020-03-15",
			id: "US-PATRIOT-215", kind: jurisdiction.CompelledAccess, effective: "2001-10-26", end: "2020-03-15", article: "Sec. 215 (50 U.S.C. 1861)", reach: jurisdiction.TerritorialReach},
		{name: "csl-37", reason: "Cybersecurity Law of the PRC, in force 2017-06-01 (CSL Art. 79), Art. 37 localization for CII operators, renumbered 2026-01-01",
			id: "CN-CSL-37", kind: jurisdiction.Localization, effective: "2017-06-01", end: "2026-01-01", article: "Art. 37"},
		{name: "dsl-36", reason: "Data Security Law of the PRC, in force 2021-09-01: Art. 36 bars providing data to foreign judicial or law-enforcement bodies without approval",
			id: "CN-DSL-36", kind: jurisdiction.BlockingStatute, effective: "2021-09-01", article: "Art. 36"},
		{name: "pipl-41", reason: "Personal Information Protection Law of the PRC, in force 2021-11-01: Art. 41 is the personal-information blocking provision",
			id: "CN-PIPL-41", kind: jurisdiction.BlockingStatute, effective: "2021-11-01", article: "Art. 41"},
		{name: "pipl-38", reason: "PIPL Art. 38 conditions for providing personal information abroad, from 2021-11-01",
			id: "CN-PIPL-38", kind: jurisdiction.TransferRestriction, effective: "2021-11-01", article: "Art. 38"},
		{name: "gdpr-48", reason: "GDPR (Regulation (EU) 2016/679) applies from 2018-05-25 (Art. 99(2)); Art. 48 makes third-country orders enforceable only under an international agreement",
			id: "EU-GDPR-48", kind: jurisdiction.BlockingStatute, effective: "2018-05-25", article: "Art. 48"},
		{name: "gdpr-44", reason: "GDPR Art. 44, the general principle for transfers under Chapter V, from 2018-05-25",
			id: "EU-GDPR-44", kind: jurisdiction.TransferRestriction, effective: "2018-05-25", article: "Art. 44"},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r, ok := cat.Rule(tt.id)
			if !ok {
				t.Fatalf("no rule %s (%s)", tt.id, tt.reason)
			}
			if r.Kind != tt.kind {
				t.Errorf("%s kind = %v, want %v (%s)", tt.id, r.Kind, tt.kind, tt.reason)
			}
			if r.Effective.String() != tt.effective {
				t.Errorf("%s effective = %s, want %s (%s)", tt.id, r.Effective, tt.effective, tt.reason)
			}
			if r.End.String() != tt.end {
				t.Errorf("%s end = %q, want %q (%s)", tt.id, r.End, tt.end, tt.reason)
			}
			if r.Citation.Article != tt.article {
				t.Errorf("%s article = %q, want %q (%s)", tt.id, r.Citation.Article, tt.article, tt.reason)
			}
			if r.Reach&tt.reach != tt.reach {
				t.Errorf("%s reach = %v, want it to include %v (%s)", tt.id, r.Reach, tt.reach, tt.reason)
			}
			if !r.Verified {
				t.Errorf("%s is not verified; the facts tested here are confirmed by its sources", tt.id)
			}
			eff := day(tt.effective)
			if r.InForce(eff.AddDays(-1)) || !r.InForce(eff) {
				t.Errorf("%s: InForce wrong around its effective date %s", tt.id, eff)
			}
		})
	}

	// The CLOUD Act reaches data by who controls it, not where it is.
	cloud, _ := cat.Rule("US-CLOUD-2713")
	if cloud.Reach&jurisdiction.TerritorialReach != 0 {
		t.Errorf("US-CLOUD-2713 reach = %v; its point is reach beyond the territory", cloud.Reach)
	}
	if cloud.Citation.String() != "CLOUD Act 18 U.S.C. 2713" {
		t.Errorf("US-CLOUD-2713 citation = %q", cloud.Citation)
	}
	// Only EU rules cover the EEA.
	for _, id := range []string{"EU-GDPR-44", "EU-GDPR-48"} {
		r, _ := cat.Rule(id)
		if got := r.Area(); len(got) != 1 || got[0] != code("EEA") {
			t.Errorf("%s territory = %v, want [EEA]: the GDPR applies in the EEA", id, got)
		}
	}
}

func TestBuiltinMechanismFacts(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		id           string
		on           string
		inForce      bool
	}{
		{name: "shield-2019", reason: "Privacy Shield (Commission Implementing Decision (EU) 2016/1250, adopted 2016-07-12) was in force in 2019",
			id: "eu-us-privacy-shield", on: "2019-06-01", inForce: true},
		{name: "shield-first-day", reason: "Decision (EU) 2016/1250 was adopted on 2016-07-12",
			id: "eu-us-privacy-shield", on: "2016-07-12", inForce: true},
		{name: "shield-last-day", reason: "the day before Schrems II Privacy Shield still held",
			id: "eu-us-privacy-shield", on: "2020-07-15", inForce: true},
		{name: "shield-schrems-ii", reason: "CJEU C-311/18 (Schrems II) invalidated Privacy Shield on 2020-07-16 with immediate effect",
			id: "eu-us-privacy-shield", on: "2020-07-16", inForce: false},
		{name: "dpf-before", reason: "the EU-US Data Privacy Framework decision (EU) 2023/1795 was adopted on 2023-07-10",
			id: "eu-us-dpf", on: "2023-07-09", inForce: false},
		{name: "dpf-adopted", reason: "Commission Implementing Decision (EU) 2023/1795 took effect on adoption, 2023-07-10",
			id: "eu-us-dpf", on: "2023-07-10", inForce: true},
		{name: "dpf-now", reason: "the General Court dismissed the annulment action (T-553/23) on 2025-09-03; DPF stands",
			id: "eu-us-dpf", on: "2026-11-29", inForce: true},
		{name: "uk-bridge", reason: "the TCA bridge covered EU-UK transfers from 2021-01-01 until the adequacy decision",
			id: "eu-uk-tca-bridge", on: "2021-01-01", inForce: true},
		{name: "uk-adequacy", reason: "UK adequacy, Decision (EU) 2021/1772, adopted 2021-06-28",
			id: "eu-adequacy-gb", on: "2021-06-28", inForce: true},
		{name: "uk-bridge-ended", reason: "the bridge ended when adequacy was adopted on 2021-06-28",
			id: "eu-uk-tca-bridge", on: "2021-06-28", inForce: false},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, ok := cat.Mechanism(tt.id)
			if !ok {
				t.Fatalf("no mechanism %s", tt.id)
			}
			if got := m.InForce(day(tt.on)); got != tt.inForce {
				t.Errorf("%s InForce(%s) = %t, want %t (%s)", tt.id, tt.on, got, tt.inForce, tt.reason)
			}
		})
	}

	dpf, _ := cat.Mechanism("eu-us-dpf")
	if dpf.Effective != day("2023-07-10") {
		t.Errorf("eu-us-dpf effective = %s, want 2023-07-10 (Decision (EU) 2023/1795)", dpf.Effective)
	}
	if !dpf.CertifiedRecipient {
		t.Error("eu-us-dpf is not CertifiedRecipient: the DPF covers only US organisations certified under it")
	}
	if len(dpf.Destinations) != 1 || dpf.Destinations[0] != code("US") {
		t.Errorf("eu-us-dpf destinations = %v, want [US]", dpf.Destinations)
	}
	shield, _ := cat.Mechanism("eu-us-privacy-shield")
	if shield.End != day("2020-07-16") || !shield.CertifiedRecipient {
		t.Errorf("eu-us-privacy-shield = %s certified=%t, want until 2020-07-16 and certified recipients only (Schrems II)", jurisdiction.Period{From: shield.Effective, Until: shield.End}, shield.CertifiedRecipient)
	}
	derog, _ := cat.Mechanism("eu-derogation-49")
	if !derog.OccasionalOnly {
		t.Error("eu-derogation-49 is not OccasionalOnly: EDPB Guidelines 2/2018 read Art. 49 as for occasional transfers")
	}
}

// TestBuiltinContentsFresh checks that BuiltinContents returns a fresh copy:
// changing one result must not change the next, nor the catalog Default
// builds from it.
func TestBuiltinContentsFresh(t *testing.T) {
	jurisdiction.Default() // build the shared catalog before writing anything
	before, err := json.Marshal(jurisdiction.BuiltinContents())
	if err != nil {
		t.Fatal(err)
	}
	c := jurisdiction.BuiltinContents()
	const suffix = " (mutated)"
	mark := func(ss []jurisdiction.Source, add bool) {
		for k := range ss {
			if add {
				ss[k].Title += suffix
			} else {
				ss[k].Title = strings.TrimSuffix(ss[k].Title, suffix)
			}
		}
	}
	mutateSources := func(add bool) {
		for i := range c.Rules {
			mark(c.Rules[i].Sources, add)
		}
		for i := range c.Mechanisms {
			mark(c.Mechanisms[i].Sources, add)
		}
		for i := range c.Blocs {
			mark(c.Blocs[i].Sources, add)
		}
	}
	mutateSources(true)
	defer mutateSources(false) // undo, in case memory is shared
	after, err := json.Marshal(jurisdiction.BuiltinContents())
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		var b, a jurisdiction.Contents
		_ = json.Unmarshal(before, &b)
		_ = json.Unmarshal(after, &a)
		t.Errorf("BuiltinContents() changed after writing to an earlier result (-before +after):\n%s", cmp.Diff(b, a))
	}
}

// specificPage reports whether u names a page rather than a whole site:
// an http(s) URL with a path other than "/" or with a query.
var specificPage = jurisdiction.SpecificPage

func TestSpecificPage(t *testing.T) {
	t.Parallel()
	for u, want := range map[string]bool{
		"https://www.wilmerhale.com":  false,
		"https://www.wilmerhale.com/": false,
		"":                            false,
		"not a url":                   false,
		"https://ag.gov.au/node/6203": true,
		"https://www.dlapiperdataprotection.com/index.html?t=a":   true,
		"https://www.dlapiperdataprotection.com/?t=transfer&c=SA": true,
	} {
		if got := specificPage(u); got != want {
			t.Errorf("specificPage(%q) = %t, want %t", u, got, want)
		}
	}
}

// TestBuiltinVerifiedSourcesSpecific checks that every verified rule,
// mechanism and agreement cites at least one specific page: a site's home
// page cannot show the fact that was verified.
func TestBuiltinVerifiedSourcesSpecific(t *testing.T) {
	t.Parallel()
	c := jurisdiction.BuiltinContents()
	check := func(kind, id string, verified bool, ss []jurisdiction.Source) {
		if !verified {
			return
		}
		var urls []string
		for _, s := range ss {
			if specificPage(s.URL) {
				return
			}
			urls = append(urls, s.URL)
		}
		t.Errorf("%s %s is verified but cites no specific page, only %q: cite the page the fact was read on, or mark it unverified", kind, id, urls)
	}
	for _, r := range c.Rules {
		check("rule", r.ID, r.Verified, r.Sources)
	}
	for _, m := range c.Mechanisms {
		check("mechanism", m.ID, m.Verified, m.Sources)
	}
	for _, a := range c.Agreements {
		check("agreement", a.ID, a.Verified, a.Sources)
	}
}

// TestBuiltinCitationsNameLawOnce checks that an article does not repeat
// the law's abbreviation, which Citation.String already puts in front
// ("CCP CCP Art. 218").
func TestBuiltinCitationsNameLawOnce(t *testing.T) {
	t.Parallel()
	c := jurisdiction.BuiltinContents()
	check := func(where string, cit jurisdiction.Citation) {
		if cit.Short != "" && strings.HasPrefix(cit.Article, cit.Short+" ") {
			t.Errorf("%s: article %q repeats the abbreviation %q; it renders as %q", where, cit.Article, cit.Short, cit)
		}
	}
	for _, r := range c.Rules {
		check("rule "+r.ID, r.Citation)
	}
	for _, m := range c.Mechanisms {
		check("mechanism "+m.ID, m.Citation)
		for _, lc := range m.LimitChanges {
			check("mechanism "+m.ID+" limit change "+lc.From.String(), lc.Citation)
		}
	}
	for _, a := range c.Agreements {
		check("agreement "+a.ID, a.Citation)
	}
	jp, _ := jurisdiction.Default().Rule("JP-CCP-218")
	if got := jp.Citation.String(); got != "CCP Art. 218(1), 222-2; Wiretapping Act Art. 3" {
		t.Errorf("JP-CCP-218 citation renders %q", got)
	}
}

// TestBuiltinAgreementFacts checks the entry into force of the CLOUD Act
// executive agreements (18 U.S.C. 2523).
func TestBuiltinAgreementFacts(t *testing.T) {
	t.Parallel()
	byID := map[string]jurisdiction.Agreement{}
	for a := range jurisdiction.Default().Agreements() {
		byID[a.ID] = a
	}
	tests := []struct {
		name, reason string
		id           string
		effective    string
		page         string // a source that must be cited
	}{
		{name: "us-uk", reason: "DOJ announced on 2022-10-03 that the US-UK Data Access Agreement entered into force that day",
			id: "US-GB-CLOUD", effective: "2022-10-03", page: "https://natlawreview.com/article/us-department-justice-announces-us-uk-cloud-act-agreement"},
		{name: "us-au", reason: "the Attorney-General's Department: brought into force on 30 January 2024 by exchange of diplomatic notes; the joint statement is dated 31 January in Australia",
			id: "US-AU-CLOUD", effective: "2024-01-30", page: "https://ag.gov.au/node/6203"},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, ok := byID[tt.id]
			if !ok {
				t.Fatalf("no agreement %s", tt.id)
			}
			eff := day(tt.effective)
			if a.Effective != eff || a.InForce(eff.AddDays(-1)) || !a.InForce(eff) {
				t.Errorf("%s in force from %s, want %s (%s)", tt.id, a.Effective, tt.effective, tt.reason)
			}
			if !a.Verified {
				t.Errorf("%s is not verified (%s)", tt.id, tt.reason)
			}
			if !slices.ContainsFunc(a.Sources, func(s jurisdiction.Source) bool { return s.URL == tt.page }) {
				t.Errorf("%s does not cite %s (%s)", tt.id, tt.page, tt.reason)
			}
		})
	}
}

// TestBuiltinAdequacyExclusions checks the recipients EU adequacy
// decisions leave out, as tags a receiving store's operator carries.
func TestBuiltinAdequacyExclusions(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		id           string
		want, not    []string
	}{
		{name: "canada", reason: "Decision 2002/2/EC covers recipients subject to PIPEDA, which does not apply to public bodies",
			id: "eu-adequacy-ca", want: []string{"public-body"}},
		{name: "japan", reason: "Decision (EU) 2019/419 covers personal information handling business operators under the APPI, not the public sector",
			id: "eu-adequacy-jp", want: []string{"public-body", "religious-body", "political-body"}},
		{name: "korea", reason: "Decision (EU) 2022/254 covers the Korean public sector but not FSC-supervised processing of personal credit information",
			id: "eu-adequacy-kr", want: []string{"kr-fsc-credit-information", "religious-body", "political-body"}, not: []string{"public-body"}},
		{name: "switzerland", reason: "Decision 2000/518/EC covers the whole country",
			id: "eu-adequacy-ch", not: []string{"public-body"}},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			m, ok := cat.Mechanism(tt.id)
			if !ok {
				t.Fatalf("no mechanism %s", tt.id)
			}
			for _, tag := range tt.want {
				if !slices.Contains(m.ExcludedRecipientTags, tag) {
					t.Errorf("%s excludes %v, want %q among them (%s)", tt.id, m.ExcludedRecipientTags, tag, tt.reason)
				}
			}
			for _, tag := range tt.not {
				if slices.Contains(m.ExcludedRecipientTags, tag) {
					t.Errorf("%s excludes %q (%s)", tt.id, tag, tt.reason)
				}
			}
			if len(m.ExcludedRecipientTags) > 0 && !strings.Contains(m.Notes, m.ExcludedRecipientTags[0]) {
				t.Errorf("%s notes do not explain the tag %q", tt.id, m.ExcludedRecipientTags[0])
			}
		})
	}
}

// TestBuiltinVersionStable checks finding D13: the built-in catalog's
// Version is a function of the built-in data alone. BuiltinReviewed, part
// of that data, is a function whose result the caller owns, not a
// variable anyone can write; the catalog rebuilt from BuiltinContents, in
// many goroutines at once, has the same Version as Default.
func TestBuiltinVersionStable(t *testing.T) {
	t.Parallel()
	want := jurisdiction.Default().Version()
	if !strings.HasPrefix(want, jurisdiction.BuiltinName+"+sha256:") {
		t.Errorf("Version = %q, want the built-in name and a digest", want)
	}
	var wg sync.WaitGroup
	versions := make([]string, 8)
	for i := range versions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := jurisdiction.BuiltinContents()
			cat, err := jurisdiction.NewCatalog(jurisdiction.BuiltinName, c)
			if err != nil {
				t.Error(err)
				return
			}
			versions[i] = cat.Version()
			c.Rules[0].Reviewed = day("1999-01-01") // the caller's copy
			if jurisdiction.Default().Version() != want {
				t.Error("Default's Version changed")
			}
		}()
	}
	wg.Wait()
	for i, v := range versions {
		if v != want {
			t.Errorf("rebuild %d: Version = %q, want %q", i, v, want)
		}
	}
	if got := jurisdiction.BuiltinReviewed(); got.IsZero() || got != jurisdiction.BuiltinReviewed() {
		t.Errorf("BuiltinReviewed() = %s, not one fixed day", got)
	}
	for r := range jurisdiction.Default().Rules() {
		if r.Reviewed.After(jurisdiction.BuiltinReviewed()) {
			t.Errorf("rule %s reviewed %s, after the catalog-wide review %s", r.ID, r.Reviewed, jurisdiction.BuiltinReviewed())
		}
	}
}
