package jurisdiction_test

import (
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// testRule returns a valid obligation rule of China with the given ID.
// Tests break one field at a time.
func testRule(id string) jurisdiction.Rule {
	return jurisdiction.Rule{
		ID:           id,
		Jurisdiction: code("CN"),
		Title:        "test rule " + id,
		Citation:     jurisdiction.Citation{Law: "Test Law", Short: "TL", Article: "Art. 1"},
		Kind:         jurisdiction.Obligation,
		Effective:    day("2020-01-01"),
		Sources:      []jurisdiction.Source{{Title: "test source"}},
	}
}

// testMechanism returns a valid mechanism satisfying the given rules.
func testMechanism(id string, satisfies ...string) jurisdiction.Mechanism {
	return jurisdiction.Mechanism{
		ID:           id,
		Jurisdiction: code("CN"),
		Name:         "test mechanism " + id,
		Citation:     jurisdiction.Citation{Law: "Test Law", Article: "Art. 2"},
		Effective:    day("2020-01-01"),
		Satisfies:    satisfies,
		Sources:      []jurisdiction.Source{{Title: "test source"}},
	}
}

func testProfile(c string) jurisdiction.AccessProfile {
	return jurisdiction.AccessProfile{
		Jurisdiction: code(c),
		Sources:      []jurisdiction.Source{{Title: "test source"}},
	}
}

// brokenContents holds one deliberate error per entry, except those marked
// valid. The paths NewCatalog must report are in brokenPaths.
func brokenContents() jurisdiction.Contents {
	missingID := testRule("")
	dup := testRule("DUP")
	noArticle := testRule("NO-ARTICLE")
	noArticle.Citation.Article = ""
	endFirst := testRule("END-FIRST")
	endFirst.End = day("2019-12-31")
	endSame := testRule("END-SAME")
	endSame.End = endSame.Effective
	noSources := testRule("NO-SOURCES")
	noSources.Sources = nil
	noReach := testRule("NO-REACH")
	noReach.Kind = jurisdiction.CompelledAccess
	noLicence := testRule("NO-LICENCE")
	noLicence.Kind = jurisdiction.OwnershipLicensing
	badReach := testRule("BAD-REACH")
	badReach.Kind = jurisdiction.CompelledAccess
	badReach.Reach = jurisdiction.TerritorialReach | jurisdiction.AccessReach<<1
	return jurisdiction.Contents{
		Blocs: []jurisdiction.Bloc{{
			Code: code("EU"), Name: "European Union",
			Members: []jurisdiction.Membership{
				{Member: code("FR"), Period: jurisdiction.Period{From: day("1958-01-01")}}, // valid
				{Member: code("GB"), Period: jurisdiction.Period{From: day("2020-02-01"), Until: day("1973-01-01")}},
			},
			Sources: []jurisdiction.Source{{Title: "test source"}},
		}},
		Rules: []jurisdiction.Rule{
			missingID,      // rules[0].id
			dup,            // valid
			dup,            // rules[2].id
			noArticle,      // rules[3].citation.article
			endFirst,       // rules[4].end
			endSame,        // rules[5].end
			noSources,      // rules[6].sources
			noReach,        // rules[7].reach
			noLicence,      // rules[8].licence
			testRule("OK"), // valid
			badReach,       // rules[10].reach
		},
		Mechanisms: []jurisdiction.Mechanism{
			testMechanism("m-ok", "OK"),               // valid
			testMechanism("m-dangling", "OK", "NOPE"), // mechanisms[1].satisfies[1]
			testMechanism("m-dup-rule", "DUP", "OK"),  // valid: DUP exists, if twice
			testMechanism("m-none"),                   // mechanisms[3].satisfies
			testMechanism("m-ok", "OK"),               // mechanisms[4].id
		},
		Profiles: []jurisdiction.AccessProfile{
			testProfile("CN"), // valid
			testProfile("US"), // valid
			testProfile("CN"), // profiles[2].jurisdiction
		},
	}
}

// brokenPaths maps each path NewCatalog must report for brokenContents to
// the sentinel its error wraps.
var brokenPaths = map[string]error{
	"blocs[0].members[1]":        jurisdiction.ErrInvalid,
	"rules[0].id":                jurisdiction.ErrMissing,
	"rules[2].id":                jurisdiction.ErrDuplicate,
	"rules[3].citation.article":  jurisdiction.ErrMissing,
	"rules[4].end":               jurisdiction.ErrInvalid,
	"rules[5].end":               jurisdiction.ErrInvalid,
	"rules[6].sources":           jurisdiction.ErrMissing,
	"rules[7].reach":             jurisdiction.ErrMissing,
	"rules[8].licence":           jurisdiction.ErrMissing,
	"rules[10].reach":            jurisdiction.ErrInvalid,
	"mechanisms[1].satisfies[1]": jurisdiction.ErrDangling,
	"mechanisms[3].satisfies":    jurisdiction.ErrMissing,
	"mechanisms[4].id":           jurisdiction.ErrDuplicate,
	"profiles[2].jurisdiction":   jurisdiction.ErrDuplicate,
}

// members returns the errors joined in err.
func members(t *testing.T, err error) []error {
	t.Helper()
	switch e := err.(type) {
	case interface{ WrappedErrors() []error }: // github.com/hashicorp/go-multierror
		return e.WrappedErrors()
	case interface{ Unwrap() []error }: // errors.Join
		return e.Unwrap()
	}
	t.Fatalf("error %T does not expose its members", err)
	return nil
}

func TestNewCatalogReportsEveryProblem(t *testing.T) {
	t.Parallel()
	in := brokenContents()
	cat, err := jurisdiction.NewCatalog("broken", in)
	if err == nil {
		t.Fatal("NewCatalog accepted broken contents")
	}
	if cat != nil {
		t.Error("NewCatalog returned a catalog with an error")
	}

	var gotPaths []string
	for _, m := range members(t, err) {
		var ce *jurisdiction.CatalogError
		if !errors.As(m, &ce) {
			t.Errorf("member %v (%T) is not a *CatalogError", m, m)
			continue
		}
		gotPaths = append(gotPaths, ce.Path)
		want, ok := brokenPaths[ce.Path]
		if !ok {
			continue // reported by the diff below
		}
		if !errors.Is(m, want) {
			t.Errorf("%s: error %v does not wrap %v", ce.Path, m, want)
		}
		if !strings.HasPrefix(m.Error(), "jurisdiction: "+ce.Path+": ") {
			t.Errorf("%s: message %q does not start with the package and path", ce.Path, m.Error())
		}
		if !strings.Contains(err.Error(), ce.Path) {
			t.Errorf("joined message does not mention %s", ce.Path)
		}
	}
	var wantPaths []string
	for p := range brokenPaths {
		wantPaths = append(wantPaths, p)
	}
	slices.Sort(wantPaths)
	slices.Sort(gotPaths)
	if diff := cmp.Diff(wantPaths, gotPaths); diff != "" {
		t.Errorf("CatalogError paths (-want +got):\n%s", diff)
	}

	// errors.Is and errors.As see through the joined error to the members.
	for _, sentinel := range []error{jurisdiction.ErrMissing, jurisdiction.ErrDuplicate, jurisdiction.ErrInvalid, jurisdiction.ErrDangling} {
		if !errors.Is(err, sentinel) {
			t.Errorf("errors.Is(err, %v) = false", sentinel)
		}
	}
	if errors.Is(err, jurisdiction.ErrUnknownCode) {
		t.Error("errors.Is(err, ErrUnknownCode) = true; no member wraps it")
	}
	var ce *jurisdiction.CatalogError
	if !errors.As(err, &ce) {
		t.Fatal("errors.As(err, *CatalogError) = false")
	}
	if _, ok := brokenPaths[ce.Path]; !ok {
		t.Errorf("errors.As found path %q, not one of the expected", ce.Path)
	}
	if ce.Unwrap() != ce.Err {
		t.Error("CatalogError.Unwrap() is not Err")
	}

	// The report is stable and NewCatalog does not modify its argument.
	_, err2 := jurisdiction.NewCatalog("broken", brokenContents())
	if err.Error() != err2.Error() {
		t.Errorf("two runs gave different messages:\n%s\n%s", err, err2)
	}
	if diff := cmp.Diff(brokenContents(), in); diff != "" {
		t.Errorf("NewCatalog modified its argument (-before +after):\n%s", diff)
	}
}

func TestNewCatalogChecks(t *testing.T) {
	t.Parallel()
	rule := func(f func(*jurisdiction.Rule)) jurisdiction.Contents {
		r := testRule("R")
		f(&r)
		return jurisdiction.Contents{Rules: []jurisdiction.Rule{r}}
	}
	tests := []struct {
		name, reason string
		in           jurisdiction.Contents
		wantPaths    []string
		wantErr      error
	}{
		{name: "empty", reason: "an empty catalog is valid: every ISO code is still a jurisdiction", in: jurisdiction.Contents{}},
		{name: "valid-rule", reason: "the test rule is valid", in: rule(func(*jurisdiction.Rule) {})},
		{name: "no-jurisdiction", reason: "a rule needs a jurisdiction",
			in: rule(func(r *jurisdiction.Rule) { r.Jurisdiction = jurisdiction.Code{} }), wantPaths: []string{"rules[0].jurisdiction"}, wantErr: jurisdiction.ErrMissing},
		{name: "unknown-bloc", reason: "a group code the catalog does not define dangles",
			in: rule(func(r *jurisdiction.Rule) { r.Jurisdiction = code("EEA") }), wantPaths: []string{"rules[0].jurisdiction"}, wantErr: jurisdiction.ErrDangling},
		{name: "no-title", reason: "a rule needs a title",
			in: rule(func(r *jurisdiction.Rule) { r.Title = "" }), wantPaths: []string{"rules[0].title"}, wantErr: jurisdiction.ErrMissing},
		{name: "no-law", reason: "a citation needs the law",
			in: rule(func(r *jurisdiction.Rule) { r.Citation.Law = "" }), wantPaths: []string{"rules[0].citation.law"}, wantErr: jurisdiction.ErrMissing},
		{name: "no-kind", reason: "the zero Kind is invalid",
			in: rule(func(r *jurisdiction.Rule) { r.Kind = 0 }), wantPaths: []string{"rules[0].kind"}, wantErr: jurisdiction.ErrInvalid},
		{name: "no-effective", reason: "a rule needs an effective date",
			in: rule(func(r *jurisdiction.Rule) { r.Effective = jurisdiction.Date{} }), wantPaths: []string{"rules[0].effective"}, wantErr: jurisdiction.ErrMissing},
		{name: "untitled-source", reason: "every source needs a title",
			in: rule(func(r *jurisdiction.Rule) {
				r.Sources = append(r.Sources, jurisdiction.Source{URL: "https://example.org"})
			}),
			wantPaths: []string{"rules[0].sources[1].title"}, wantErr: jurisdiction.ErrMissing},
		{name: "dangling-territory", reason: "territory codes must be known",
			in:        rule(func(r *jurisdiction.Rule) { r.Territory = []jurisdiction.Code{code("CN"), code("XYZ")} }),
			wantPaths: []string{"rules[0].territory[1]"}, wantErr: jurisdiction.ErrDangling},
		{name: "counterparties-missing", reason: "a prohibited-counterparty rule must name counterparties",
			in: rule(func(r *jurisdiction.Rule) { r.Kind = jurisdiction.ProhibitedCounterparty }), wantPaths: []string{"rules[0].counterparties"}, wantErr: jurisdiction.ErrMissing},
		{name: "bad-class", reason: "data classes must be declared ones",
			in:        rule(func(r *jurisdiction.Rule) { r.Scope.Classes = []jurisdiction.DataClass{jurisdiction.Personal, 0} }),
			wantPaths: []string{"rules[0].scope.classes[1]"}, wantErr: jurisdiction.ErrInvalid},
		{name: "negative-subjects", reason: "a subject threshold cannot be negative",
			in: rule(func(r *jurisdiction.Rule) { r.Scope.MinSubjects = -1 }), wantPaths: []string{"rules[0].scope.min_subjects"}, wantErr: jurisdiction.ErrInvalid},
		{name: "reach-on-obligation", reason: "only compelled-access rules have a reach",
			in: rule(func(r *jurisdiction.Rule) { r.Reach = jurisdiction.TerritorialReach }), wantPaths: []string{"rules[0].reach"}, wantErr: jurisdiction.ErrInvalid},
		{name: "share-over-100", reason: "a foreign-share cap is a percentage",
			in:        rule(func(r *jurisdiction.Rule) { r.Kind = jurisdiction.OwnershipLicensing; r.MaxForeignShare = 150 }),
			wantPaths: []string{"rules[0].max_foreign_share"}, wantErr: jurisdiction.ErrInvalid},
		{name: "cap-only", reason: "an ownership rule with a cap but no licence is valid",
			in: rule(func(r *jurisdiction.Rule) { r.Kind = jurisdiction.OwnershipLicensing; r.MaxForeignShare = 50 })},
		{name: "licence-only", reason: "an ownership rule with a licence but no cap is valid",
			in: rule(func(r *jurisdiction.Rule) { r.Kind = jurisdiction.OwnershipLicensing; r.Licence = "L" })},
		{name: "bloc-country-code", reason: "a bloc code must be a group code",
			in:        jurisdiction.Contents{Blocs: []jurisdiction.Bloc{{Code: code("FR")}}},
			wantPaths: []string{"blocs[0].code"}, wantErr: jurisdiction.ErrInvalid},
		{name: "bloc-member-bloc", reason: "blocs do not nest",
			in:        jurisdiction.Contents{Blocs: []jurisdiction.Bloc{{Code: code("EU"), Members: []jurisdiction.Membership{{Member: code("EEA")}}}}},
			wantPaths: []string{"blocs[0].members[0].member"}, wantErr: jurisdiction.ErrInvalid},
		{name: "bloc-duplicate", reason: "bloc codes are unique",
			in:        jurisdiction.Contents{Blocs: []jurisdiction.Bloc{{Code: code("EU")}, {Code: code("EU")}}},
			wantPaths: []string{"blocs[1].code"}, wantErr: jurisdiction.ErrDuplicate},
		{name: "jurisdiction-duplicate", reason: "jurisdiction codes are unique",
			in:        jurisdiction.Contents{Jurisdictions: []jurisdiction.Jurisdiction{{Code: code("HK")}, {Code: code("HK")}}},
			wantPaths: []string{"jurisdictions[1].code"}, wantErr: jurisdiction.ErrDuplicate},
		{name: "sovereign-dangling", reason: "a sovereign must be known",
			in:        jurisdiction.Contents{Jurisdictions: []jurisdiction.Jurisdiction{{Code: code("HK"), Sovereign: code("XYZ")}}},
			wantPaths: []string{"jurisdictions[0].sovereign"}, wantErr: jurisdiction.ErrDangling},
		{name: "profile-no-sources", reason: "a researched profile needs sources",
			in:        jurisdiction.Contents{Profiles: []jurisdiction.AccessProfile{{Jurisdiction: code("FR")}}},
			wantPaths: []string{"profiles[0].sources"}, wantErr: jurisdiction.ErrMissing},
		{name: "profile-default-no-sources", reason: "a default profile needs no sources",
			in: jurisdiction.Contents{Profiles: []jurisdiction.AccessProfile{jurisdiction.DefaultProfile(code("FR"))}}},
		{name: "profile-bad-answer", reason: "answers must be declared ones",
			in: jurisdiction.Contents{Profiles: []jurisdiction.AccessProfile{func() jurisdiction.AccessProfile {
				p := testProfile("FR")
				p.Transparency.Answer = 9
				return p
			}()}},
			wantPaths: []string{"profiles[0].transparency"}, wantErr: jurisdiction.ErrInvalid},
		{name: "mechanism-dangling-destination", reason: "destinations must be known",
			in: jurisdiction.Contents{Rules: []jurisdiction.Rule{testRule("R")}, Mechanisms: []jurisdiction.Mechanism{func() jurisdiction.Mechanism {
				m := testMechanism("m", "R")
				m.Destinations = []jurisdiction.Code{code("XYZ")}
				return m
			}()}},
			wantPaths: []string{"mechanisms[0].destinations[0]"}, wantErr: jurisdiction.ErrDangling},
		{name: "mechanism-excluded-tags", reason: "excluded recipient tags are roles a topology's entities carry",
			in: jurisdiction.Contents{Rules: []jurisdiction.Rule{testRule("R")}, Mechanisms: []jurisdiction.Mechanism{func() jurisdiction.Mechanism {
				m := testMechanism("m", "R")
				m.ExcludedRecipientTags = []string{"public-body", "kr-fsc-credit-information"}
				return m
			}()}}},
		{name: "mechanism-empty-excluded-tag", reason: "an empty excluded tag would match no entity and hides a typo",
			in: jurisdiction.Contents{Rules: []jurisdiction.Rule{testRule("R")}, Mechanisms: []jurisdiction.Mechanism{func() jurisdiction.Mechanism {
				m := testMechanism("m", "R")
				m.ExcludedRecipientTags = []string{"public-body", " "}
				return m
			}()}},
			wantPaths: []string{"mechanisms[0].excluded_recipient_tags[1]"}, wantErr: jurisdiction.ErrMissing},
		{name: "mechanism-repeated-excluded-tag", reason: "an excluded tag is listed once",
			in: jurisdiction.Contents{Rules: []jurisdiction.Rule{testRule("R")}, Mechanisms: []jurisdiction.Mechanism{func() jurisdiction.Mechanism {
				m := testMechanism("m", "R")
				m.ExcludedRecipientTags = []string{"public-body", "press", "public-body"}
				return m
			}()}},
			wantPaths: []string{"mechanisms[0].excluded_recipient_tags[2]"}, wantErr: jurisdiction.ErrDuplicate},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cat, err := jurisdiction.NewCatalog("t", tt.in)
			if tt.wantErr == nil {
				if err != nil {
					t.Fatalf("NewCatalog error = %v (%s)", err, tt.reason)
				}
				if cat == nil {
					t.Fatal("NewCatalog returned nil catalog and nil error")
				}
				return
			}
			if err == nil {
				t.Fatalf("NewCatalog accepted the contents (%s)", tt.reason)
			}
			var got []string
			for _, m := range members(t, err) {
				var ce *jurisdiction.CatalogError
				if errors.As(m, &ce) {
					got = append(got, ce.Path)
				}
			}
			if diff := cmp.Diff(tt.wantPaths, got); diff != "" {
				t.Errorf("paths (-want +got):\n%s", diff)
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("error %v does not wrap %v (%s)", err, tt.wantErr, tt.reason)
			}
		})
	}
}

func TestCatalogWithOverride(t *testing.T) {
	t.Parallel()
	base := jurisdiction.Default()
	orig, ok := base.Rule("CN-CSL-37")
	if !ok {
		t.Fatal("Default has no CN-CSL-37")
	}
	changed := orig
	changed.Title = "overridden"
	changed.Notes = "local reading"
	cat, err := base.With("override", jurisdiction.Contents{Rules: []jurisdiction.Rule{changed}})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := cat.Rule("CN-CSL-37")
	if diff := cmp.Diff(changed, got); diff != "" {
		t.Errorf("overridden rule in new catalog (-want +got):\n%s", diff)
	}
	still, _ := base.Rule("CN-CSL-37")
	if diff := cmp.Diff(orig, still); diff != "" {
		t.Errorf("With modified the original catalog (-before +after):\n%s", diff)
	}
	if cat.Stats().Rules != base.Stats().Rules {
		t.Errorf("overriding changed the rule count: %d, was %d", cat.Stats().Rules, base.Stats().Rules)
	}
	if cat.Name() != "override" || base.Name() != jurisdiction.BuiltinName {
		t.Errorf("names = %q, %q", cat.Name(), base.Name())
	}
	if cat.Version() == base.Version() {
		t.Error("Version unchanged by an override")
	}
}

func TestCatalogWithAdd(t *testing.T) {
	t.Parallel()
	base := jurisdiction.Default()
	r := testRule("ACME-1")
	cat, err := base.With("acme", jurisdiction.Contents{Rules: []jurisdiction.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	got, ok := cat.Rule("ACME-1")
	if !ok {
		t.Fatal("added rule not found")
	}
	if diff := cmp.Diff(r, got); diff != "" {
		t.Errorf("added rule (-want +got):\n%s", diff)
	}
	if _, ok := base.Rule("ACME-1"); ok {
		t.Error("With added the rule to the original catalog")
	}
	if cat.Stats().Rules != base.Stats().Rules+1 {
		t.Errorf("rules = %d, want %d", cat.Stats().Rules, base.Stats().Rules+1)
	}
	if _, ok := cat.Rule("CN-CSL-37"); !ok {
		t.Error("With lost the built-in rules")
	}
	ids := []string{}
	for r := range cat.Rules() {
		ids = append(ids, r.ID)
	}
	if !slices.IsSorted(ids) {
		t.Error("Rules() is not in ID order after With")
	}
}

func TestCatalogWithInvalid(t *testing.T) {
	t.Parallel()
	bad := testRule("ACME-BAD")
	bad.Sources = nil
	cat, err := jurisdiction.Default().With("bad", jurisdiction.Contents{
		Rules:      []jurisdiction.Rule{bad},
		Mechanisms: []jurisdiction.Mechanism{testMechanism("acme-m", "NO-SUCH-RULE")},
	})
	if cat != nil || !errors.Is(err, jurisdiction.ErrMissing) || !errors.Is(err, jurisdiction.ErrDangling) {
		t.Errorf("With(invalid) = %v, %v; want nil and errors wrapping ErrMissing and ErrDangling", cat, err)
	}
}

func TestCatalogVersion(t *testing.T) {
	t.Parallel()
	def := jurisdiction.Default()
	if !strings.HasPrefix(def.Version(), jurisdiction.BuiltinName+"+sha256:") {
		t.Errorf("Version() = %q, want the name and a digest", def.Version())
	}
	fresh, err := jurisdiction.NewCatalog(jurisdiction.BuiltinName, jurisdiction.BuiltinContents())
	if err != nil {
		t.Fatal(err)
	}
	if fresh.Version() != def.Version() {
		t.Errorf("equal contents, different versions: %q, %q", fresh.Version(), def.Version())
	}
	same, err := def.With(jurisdiction.BuiltinName, jurisdiction.Contents{})
	if err != nil {
		t.Fatal(err)
	}
	if same.Version() != def.Version() {
		t.Errorf("With(nothing) changed Version: %q, was %q", same.Version(), def.Version())
	}
	again, err := def.With(jurisdiction.BuiltinName, def.Contents())
	if err != nil {
		t.Fatal(err)
	}
	if again.Version() != def.Version() {
		t.Errorf("With(own contents) changed Version: %q, was %q", again.Version(), def.Version())
	}
	r, _ := def.Rule("US-CLOUD-2713")
	r.Notes += " (edited)"
	edited, err := def.With(jurisdiction.BuiltinName, jurisdiction.Contents{Rules: []jurisdiction.Rule{r}})
	if err != nil {
		t.Fatal(err)
	}
	if edited.Version() == def.Version() {
		t.Errorf("a changed note left Version at %q", def.Version())
	}
	// Order of the input does not matter: contents are sorted.
	c := jurisdiction.BuiltinContents()
	slices.Reverse(c.Rules)
	slices.Reverse(c.Mechanisms)
	reversed, err := jurisdiction.NewCatalog(jurisdiction.BuiltinName, c)
	if err != nil {
		t.Fatal(err)
	}
	if reversed.Version() != def.Version() {
		t.Errorf("input order changed Version: %q, %q", reversed.Version(), def.Version())
	}
}

// fullContents uses every slice field, so immutability tests reach them
// all.
func fullContents() jurisdiction.Contents {
	r := testRule("R")
	r.Kind = jurisdiction.ProhibitedCounterparty
	r.Territory = []jurisdiction.Code{code("CN"), code("HK")}
	r.Counterparties = []jurisdiction.Code{code("US")}
	r.Scope.Classes = []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.HealthData}
	m := testMechanism("m", "R")
	m.Destinations = []jurisdiction.Code{code("SG")}
	m.ExcludedRecipientTags = []string{"public-body"}
	return jurisdiction.Contents{
		Jurisdictions: []jurisdiction.Jurisdiction{{Code: code("HK"), Name: "Hong Kong", Sovereign: code("CN"),
			Sources: []jurisdiction.Source{{Title: "j source"}}}},
		Blocs: []jurisdiction.Bloc{{Code: code("EU"), Name: "European Union",
			Members: []jurisdiction.Membership{{Member: code("FR")}, {Member: code("DE")}},
			Sources: []jurisdiction.Source{{Title: "b source"}}}},
		Rules:      []jurisdiction.Rule{r},
		Mechanisms: []jurisdiction.Mechanism{m},
		Profiles:   []jurisdiction.AccessProfile{testProfile("CN")},
	}
}

func scribble(c *jurisdiction.Contents) {
	for i := range c.Jurisdictions {
		j := &c.Jurisdictions[i]
		j.Name = "x"
		for k := range j.Sources {
			j.Sources[k].Title = "x"
		}
	}
	for i := range c.Blocs {
		scribbleBloc(&c.Blocs[i])
	}
	for i := range c.Rules {
		scribbleRule(&c.Rules[i])
	}
	for i := range c.Mechanisms {
		scribbleMechanism(&c.Mechanisms[i])
	}
	for i := range c.Profiles {
		scribbleProfile(&c.Profiles[i])
	}
}

func scribbleBloc(b *jurisdiction.Bloc) {
	for k := range b.Members {
		b.Members[k].Member = code("ZW")
		b.Members[k].Until = day("1900-01-01")
	}
	for k := range b.Sources {
		b.Sources[k].Title = "x"
	}
}

func scribbleRule(r *jurisdiction.Rule) {
	r.Title = "x"
	for k := range r.Territory {
		r.Territory[k] = code("ZW")
	}
	for k := range r.Counterparties {
		r.Counterparties[k] = code("ZW")
	}
	for k := range r.Scope.Classes {
		r.Scope.Classes[k] = jurisdiction.GovernmentData
	}
	for k := range r.Sources {
		r.Sources[k].Title = "x"
	}
}

func scribbleMechanism(m *jurisdiction.Mechanism) {
	for k := range m.Satisfies {
		m.Satisfies[k] = "x"
	}
	for k := range m.Destinations {
		m.Destinations[k] = code("ZW")
	}
	for k := range m.ExcludedRecipientTags {
		m.ExcludedRecipientTags[k] = "x"
	}
	for k := range m.Sources {
		m.Sources[k].Title = "x"
	}
}

func scribbleProfile(p *jurisdiction.AccessProfile) {
	for k := range p.Sources {
		p.Sources[k].Title = "x"
	}
}

func TestCatalogImmutable(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		cat  func(t *testing.T) *jurisdiction.Catalog
	}{
		{"full", func(t *testing.T) *jurisdiction.Catalog {
			cat, err := jurisdiction.NewCatalog("full", fullContents())
			if err != nil {
				t.Fatal(err)
			}
			return cat
		}},
		{"default", func(*testing.T) *jurisdiction.Catalog { return jurisdiction.Default() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cat := tc.cat(t)
			want := cat.Contents()
			wantVersion := cat.Version()

			for r := range cat.Rules() {
				got, _ := cat.Rule(r.ID)
				scribbleRule(&got)
				scribbleRule(&r)
			}
			for r := range cat.RulesOf(code("CN")) {
				scribbleRule(&r)
			}
			for m := range cat.Mechanisms() {
				got, _ := cat.Mechanism(m.ID)
				scribbleMechanism(&got)
				scribbleMechanism(&m)
			}
			for b := range cat.Blocs() {
				got, _ := cat.Bloc(b.Code)
				scribbleBloc(&got)
				scribbleBloc(&b)
			}
			for p := range cat.Profiles() {
				got := cat.Profile(p.Jurisdiction)
				scribbleProfile(&got)
				scribbleProfile(&p)
			}
			if j, ok := cat.Jurisdiction(code("HK")); ok {
				for k := range j.Sources {
					j.Sources[k].Title = "x"
				}
			}
			for a := range cat.Agreements() {
				for k := range a.Parties {
					a.Parties[k] = code("ZW")
				}
				for k := range a.Lifts {
					a.Lifts[k] = "x"
				}
			}
			for o := range cat.Operators() {
				for k := range o.Licences {
					o.Licences[k] = "x"
				}
				for k := range o.Sources {
					o.Sources[k].Title = "x"
				}
			}
			for p := range cat.Providers() {
				for k := range p.Sources {
					p.Sources[k].Title = "x"
				}
			}
			for r := range cat.Regions() {
				for k := range r.Sources {
					r.Sources[k].Title = "x"
				}
			}
			c := cat.Contents()
			scribble(&c)

			if diff := cmp.Diff(want, cat.Contents()); diff != "" {
				t.Errorf("catalog changed after mutating values it returned (-before +after):\n%s", diff)
			}
			if cat.Version() != wantVersion {
				t.Errorf("Version changed: %q, was %q", cat.Version(), wantVersion)
			}
		})
	}
}

// TestNewCatalogCopiesInput checks that a Catalog shares no memory with
// the Contents it was built from.
func TestNewCatalogCopiesInput(t *testing.T) {
	t.Parallel()
	in := fullContents()
	cat, err := jurisdiction.NewCatalog("full", in)
	if err != nil {
		t.Fatal(err)
	}
	want := cat.Contents()
	scribble(&in)
	if diff := cmp.Diff(want, cat.Contents()); diff != "" {
		t.Errorf("catalog changed after mutating its input (-before +after):\n%s", diff)
	}
	// With also copies what it is given.
	more := fullContents()
	more.Rules[0].ID = "R2"
	more.Mechanisms[0].ID = "m2"
	cat2, err := cat.With("more", more)
	if err != nil {
		t.Fatal(err)
	}
	want2 := cat2.Contents()
	scribble(&more)
	if diff := cmp.Diff(want2, cat2.Contents()); diff != "" {
		t.Errorf("With's catalog changed after mutating its argument (-before +after):\n%s", diff)
	}
}

func TestCatalogContentsRoundTrip(t *testing.T) {
	t.Parallel()
	in := fullContents()
	cat, err := jurisdiction.NewCatalog("full", in)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(in, cat.Contents()); diff != "" {
		t.Errorf("Contents() (-input +got):\n%s", diff)
	}
}

func TestDefaultConcurrent(t *testing.T) {
	t.Parallel()
	const n = 32
	var wg sync.WaitGroup
	versions := make([]string, n)
	counts := make([]int, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cat := jurisdiction.Default()
			versions[i] = cat.Version()
			for r := range cat.Rules() {
				counts[i]++
				if got, ok := cat.Rule(r.ID); !ok || got.ID != r.ID {
					t.Errorf("Rule(%q) = %v, %t", r.ID, got.ID, ok)
				}
				_ = r.Area()
			}
			for m := range cat.Mechanisms() {
				_, _ = cat.Mechanism(m.ID)
			}
			_ = cat.Within(code("GB"), code("EU"), day("2020-06-01"))
			_ = cat.Profile(code("CN"))
			_ = slices.Collect(cat.Profiles())
			_ = slices.Collect(cat.Blocs())
			_ = slices.Collect(cat.Regions())
			_ = cat.Contents()
			_ = cat.Stats()
			if i%8 == 0 {
				if _, err := cat.With(fmt.Sprint("w", i), jurisdiction.Contents{Rules: []jurisdiction.Rule{testRule(fmt.Sprint("W-", i))}}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	for i := 1; i < n; i++ {
		if versions[i] != versions[0] || counts[i] != counts[0] {
			t.Errorf("goroutine %d saw version %q with %d rules; goroutine 0 saw %q with %d", i, versions[i], counts[i], versions[0], counts[0])
		}
	}
	if jurisdiction.Default() != jurisdiction.Default() {
		t.Error("Default() is not shared")
	}
}

func TestCatalogWithin(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	tests := []struct {
		name, reason string
		c, area      string
		on           string
		want         bool
	}{
		{name: "gb-member", reason: "the UK was an EU member until the end of 2020-01-31", c: "GB", area: "EU", on: "2019-06-01", want: true},
		{name: "gb-last-member-day", reason: "2020-01-31 was the UK's last day as a member", c: "GB", area: "EU", on: "2020-01-31", want: true},
		{name: "gb-transition", reason: "in the withdrawal-agreement transition (to 2020-12-31) the UK is treated as a member", c: "UK", area: "EU", on: "2020-06-01", want: true},
		{name: "gb-last-transition-day", reason: "the transition ended at the end of 2020-12-31", c: "GB", area: "EU", on: "2020-12-31", want: true},
		{name: "gb-out", reason: "from 2021-01-01 the UK is a third country", c: "GB", area: "EU", on: "2021-01-01", want: false},
		{name: "gb-out-later", reason: "the UK is outside the EU in mid-2021", c: "GB", area: "EU", on: "2021-06-01", want: false},
		{name: "gb-before-accession", reason: "the UK joined the Communities on 1973-01-01", c: "GB", area: "EU", on: "1972-12-31", want: false},
		{name: "hr-before", reason: "Croatia acceded on 2013-07-01", c: "HR", area: "EU", on: "2013-06-30", want: false},
		{name: "hr-accession", reason: "Croatia is a member from its accession day", c: "HR", area: "EU", on: "2013-07-01", want: true},
		{name: "fr-founder", reason: "France is a founding member", c: "FR", area: "EU", on: "2024-01-01", want: true},
		{name: "gr-alias", reason: "EL is Greece, a member since 1981", c: "EL", area: "EU", on: "2024-01-01", want: true},
		{name: "no-in-eea", reason: "Norway is in the EEA", c: "NO", area: "EEA", on: "2024-01-01", want: true},
		{name: "no-not-eu", reason: "Norway is not in the EU", c: "NO", area: "EU", on: "2024-01-01", want: false},
		{name: "de-in-eea", reason: "EU members are in the EEA", c: "DE", area: "EEA", on: "2024-01-01", want: true},
		{name: "hk-not-cn", reason: "a special region is not within its sovereign: mainland rules do not reach Hong Kong", c: "HK", area: "CN", on: "2024-01-01", want: false},
		{name: "mo-not-cn", reason: "Macao likewise", c: "MO", area: "CN", on: "2024-01-01", want: false},
		{name: "self", reason: "a jurisdiction is within itself", c: "CN", area: "CN", on: "2024-01-01", want: true},
		{name: "bloc-self", reason: "a bloc is within itself", c: "EU", area: "EU", on: "2024-01-01", want: true},
		{name: "country-not-in-country", reason: "a country is not within another country", c: "FR", area: "DE", on: "2024-01-01", want: false},
		{name: "unknown-bloc", reason: "a group code the catalog does not define has no members", c: "FR", area: "XYZ", on: "2024-01-01", want: false},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			if got := cat.Within(code(tt.c), code(tt.area), day(tt.on)); got != tt.want {
				t.Errorf("Within(%s, %s, %s) = %t, want %t (%s)", tt.c, tt.area, tt.on, got, tt.want, tt.reason)
			}
		})
	}
}

func TestBlocMembersOn(t *testing.T) {
	t.Parallel()
	eu, ok := jurisdiction.Default().Bloc(code("EU"))
	if !ok {
		t.Fatal("no EU bloc")
	}
	tests := []struct {
		name, reason string
		on           string
		want         int
	}{
		{name: "founding", reason: "six founding members of the Communities", on: "1958-01-01", want: 6},
		{name: "after-2004", reason: "EU-25 after the 2004 enlargement", on: "2004-05-01", want: 25},
		{name: "after-2007", reason: "EU-27 after Bulgaria and Romania", on: "2007-01-01", want: 27},
		{name: "after-croatia", reason: "EU-28 after Croatia", on: "2013-07-01", want: 28},
		{name: "transition", reason: "28 while the UK is treated as a member in transition", on: "2020-06-01", want: 28},
		{name: "after-brexit", reason: "EU-27 after the transition", on: "2021-01-01", want: 27},
	}
	for _, tt := range tests {
		checkRow(t, tt.name, tt.reason)
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			got := eu.MembersOn(day(tt.on))
			if len(got) != tt.want {
				t.Errorf("len(MembersOn(%s)) = %d, want %d (%s): %v", tt.on, len(got), tt.want, tt.reason, got)
			}
			if !slices.IsSortedFunc(got, jurisdiction.Code.Compare) {
				t.Errorf("MembersOn(%s) not sorted: %v", tt.on, got)
			}
		})
	}
}

func TestCatalogJurisdiction(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	hk, ok := cat.Jurisdiction(code("HK"))
	if !ok {
		t.Fatal("Jurisdiction(HK) not found")
	}
	if hk.Sovereign != code("CN") || hk.Name != "Hong Kong" {
		t.Errorf("HK = %+v, want sovereign CN", hk)
	}
	fr, ok := cat.Jurisdiction(code("FR"))
	if !ok || fr.Name != "France" {
		t.Errorf("Jurisdiction(FR) = %+v, %t; want the ISO name", fr, ok)
	}
	eu, ok := cat.Jurisdiction(code("EU"))
	if !ok || eu.Name != "European Union" {
		t.Errorf("Jurisdiction(EU) = %+v, %t; want the bloc", eu, ok)
	}
	ns, ok := cat.Jurisdiction(code("CA-ON"))
	if !ok || ns.Sovereign != code("CA") || !strings.Contains(ns.Name, "subdivision of Canada") {
		t.Errorf("Jurisdiction(CA-ON) = %+v, %t; want a subdivision of Canada", ns, ok)
	}
	for _, c := range []jurisdiction.Code{code("XYZ"), {}} {
		if j, ok := cat.Jurisdiction(c); ok || j.Code.IsValid() || j.Name != "" {
			t.Errorf("Jurisdiction(%q) = %+v, %t; want nothing", c, j, ok)
		}
	}
	if !cat.Known(code("EEA")) || !cat.Known(code("ZW")) || cat.Known(code("XYZ")) {
		t.Error("Known is wrong for EEA, ZW or XYZ")
	}
	if p := cat.Profile(code("ZW")); !p.Default || p.Jurisdiction != code("ZW") {
		t.Errorf("Profile(ZW) = %+v, want the default profile", p)
	}
	if p := cat.Profile(code("CN")); p.Default || len(p.Sources) == 0 {
		t.Errorf("Profile(CN) = %+v, want a researched profile", p)
	}
	if _, ok := cat.Rule("NO-SUCH-RULE"); ok {
		t.Error("Rule(NO-SUCH-RULE) found")
	}
	if _, ok := cat.Mechanism("no-such"); ok {
		t.Error("Mechanism(no-such) found")
	}
	if _, ok := cat.Bloc(code("XYZ")); ok {
		t.Error("Bloc(XYZ) found")
	}
	if got := cat.Stats().Jurisdictions; got < 249+2 {
		t.Errorf("Stats().Jurisdictions = %d, want at least the 249 ISO codes and 2 blocs", got)
	}
}

// keysOf collects key(v) for every v that seq yields.
func keysOf[T any](seq iter.Seq[T], key func(T) string) []string {
	var out []string
	for v := range seq {
		out = append(out, key(v))
	}
	return out
}

// TestListingOrder checks that every listing yields in its documented
// order, each entry once, and stops when the loop does.
func TestListingOrder(t *testing.T) {
	t.Parallel()
	cat := jurisdiction.Default()
	byCode := func(a, b string) int {
		return jurisdiction.MustParseCode(a).Compare(jurisdiction.MustParseCode(b))
	}
	for _, tt := range []struct {
		name    string
		keys    []string
		compare func(a, b string) int
	}{
		{"agreements", keysOf(cat.Agreements(), func(a jurisdiction.Agreement) string { return a.ID }), strings.Compare},
		{"blocs", keysOf(cat.Blocs(), func(b jurisdiction.Bloc) string { return b.Code.String() }), byCode},
		{"operators", keysOf(cat.Operators(), func(o jurisdiction.Operator) string { return o.ID }), strings.Compare},
		{"profiles", keysOf(cat.Profiles(), func(p jurisdiction.AccessProfile) string { return p.Jurisdiction.String() }), byCode},
		{"providers", keysOf(cat.Providers(), func(p jurisdiction.Provider) string { return p.ID }), strings.Compare},
		{"regions", keysOf(cat.Regions(), func(r jurisdiction.Region) string { return strings.ToLower(r.ID()) }), strings.Compare},
		{"rules", keysOf(cat.Rules(), func(r jurisdiction.Rule) string { return r.ID }), strings.Compare},
		{"mechanisms", keysOf(cat.Mechanisms(), func(m jurisdiction.Mechanism) string { return m.ID }), strings.Compare},
		{"rules of CN", keysOf(cat.RulesOf(code("CN")), func(r jurisdiction.Rule) string { return r.Jurisdiction.String() + " " + r.ID }), strings.Compare},
	} {
		if len(tt.keys) < 2 {
			t.Errorf("%s: only %d entries", tt.name, len(tt.keys))
		}
		if !slices.IsSortedFunc(tt.keys, func(a, b string) int {
			if c := tt.compare(a, b); c != 0 {
				return c
			}
			t.Errorf("%s: %s is listed twice", tt.name, a)
			return 0
		}) {
			t.Errorf("%s are not in order: %q", tt.name, tt.keys)
		}
	}
	for r := range cat.RulesOf(code("CN")) {
		if r.Jurisdiction != code("CN") {
			t.Errorf("RulesOf(CN) yields %s of %s", r.ID, r.Jurisdiction)
		}
	}

	// Every listing stops when the loop breaks.
	n := 0
	for range cat.Agreements() {
		n++
		break
	}
	for range cat.Blocs() {
		n++
		break
	}
	for range cat.Operators() {
		n++
		break
	}
	for range cat.Profiles() {
		n++
		break
	}
	for range cat.Providers() {
		n++
		break
	}
	for range cat.Regions() {
		n++
		break
	}
	for range cat.RulesOf(code("CN")) {
		n++
		break
	}
	for range cat.Rules() {
		n++
		break
	}
	for range cat.Mechanisms() {
		n++
		break
	}
	if n != 9 {
		t.Errorf("%d of 9 listings yielded before the break", n)
	}
}
