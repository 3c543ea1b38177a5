package jurisdiction

import (
	"slices"
	"sync"
)

// BuiltinName is the name of the built-in catalog; its [Catalog.Version]
// adds a digest of the contents.
const BuiltinName = "dataresidency-builtin"

// builtinReviewed is the day BuiltinReviewed returns. It is part of the
// built-in data, so of Default's Version: nothing may write it.
var builtinReviewed = MustParseDate("2026-11-29")

// BuiltinReviewed returns the day the built-in catalog's entries were last
// reviewed against their sources, unless an entry says otherwise.
func BuiltinReviewed() Date { return builtinReviewed }

var builtin = sync.OnceValue(func() *Catalog {
	cat, err := NewCatalog(BuiltinName, BuiltinContents())
	if err != nil {
		// The built-in contents are fixed data checked by the package's
		// tests; failing here is a bug in this package, not bad input.
		panic("jurisdiction: built-in catalog is invalid: " + err.Error())
	}
	return cat
})

// Default returns the built-in catalog: the law the library ships with,
// with its citations, dates, sources and verification status. It is built
// once, on first use, and shared; like every Catalog it is immutable and
// safe for concurrent use. Extend or override it with [Catalog.With].
func Default() *Catalog { return builtin() }

// BuiltinContents returns a fresh copy of the built-in catalog's raw
// contents, for inspection or as the base of a custom catalog. Entries that
// do not name their own review date carry [BuiltinReviewed].
func BuiltinContents() Contents {
	c := freshContents(builtinParts())
	withReviewed(&c, builtinReviewed)
	return c
}

// builtinParts gathers the data files as written, before defaults: an
// entry's Reviewed is zero unless the entry names its own review date.
// The slices may share memory with the data files' variables.
func builtinParts() Contents {
	c := Contents{
		Jurisdictions: append(builtinJurisdictions(), worldJurisdictions()...),
		Blocs:         builtinBlocs(),
		Agreements:    append(usAgreements(), assistanceAgreements()...),
		Providers:     builtinProviders(),
		Operators:     builtinOperators(),
		Regions:       builtinRegions(),
	}
	for _, part := range [][]Rule{chinaRules(), usRules(), euRules(), europeRules(), worldRules(), rulesEU2(), rulesME(), rulesUS2(), rulesKY(), rulesAPAC2(), rulesCN2(), rulesAmAf(), rulesFin()} {
		c.Rules = append(c.Rules, part...)
	}
	for _, part := range [][]Mechanism{chinaMechanisms(), usMechanisms(), euMechanisms(), europeMechanisms(), worldMechanisms(), mechanismsEU2(), mechanismsME(), mechanismsUS2(), mechanismsKY(), mechanismsAPAC2(), mechanismsCN2(), mechanismsAmAf(), mechanismsFin()} {
		c.Mechanisms = append(c.Mechanisms, part...)
	}
	for _, part := range [][]Survey{builtinSurveys(), surveysME(), surveysKY(), surveysAPAC2(), surveysCN2(), surveysAmAf()} {
		c.Surveys = append(c.Surveys, part...)
	}
	for _, part := range [][]AccessProfile{builtinProfiles(), europeProfiles(), worldProfiles(), profilesEEANorth(), profilesEUEast(), profilesLatAm(), profilesMEA(), profilesEUWest(), profilesAPAC()} {
		c.Profiles = append(c.Profiles, part...)
	}
	return c
}

// withReviewed gives every rule, mechanism, agreement and profile of c
// without a review date of its own the catalog-wide review date day.
func withReviewed(c *Contents, day Date) {
	for i := range c.Rules {
		if c.Rules[i].Reviewed.IsZero() {
			c.Rules[i].Reviewed = day
		}
	}
	for i := range c.Mechanisms {
		if c.Mechanisms[i].Reviewed.IsZero() {
			c.Mechanisms[i].Reviewed = day
		}
	}
	for i := range c.Agreements {
		if c.Agreements[i].Reviewed.IsZero() {
			c.Agreements[i].Reviewed = day
		}
	}
	for i := range c.Profiles {
		if c.Profiles[i].Reviewed.IsZero() {
			c.Profiles[i].Reviewed = day
		}
	}
	for i := range c.Surveys {
		if c.Surveys[i].Reviewed.IsZero() {
			c.Surveys[i].Reviewed = day
		}
	}
}

// freshContents deep-copies c, so that the data files may share slices
// such as source lists while every caller gets memory of its own.
func freshContents(c Contents) Contents {
	for i := range c.Jurisdictions {
		c.Jurisdictions[i] = c.Jurisdictions[i].clone()
	}
	for i := range c.Blocs {
		c.Blocs[i] = c.Blocs[i].clone()
	}
	for i := range c.Rules {
		c.Rules[i] = c.Rules[i].clone()
	}
	for i := range c.Mechanisms {
		c.Mechanisms[i] = c.Mechanisms[i].clone()
	}
	for i := range c.Agreements {
		c.Agreements[i] = c.Agreements[i].clone()
	}
	for i := range c.Profiles {
		c.Profiles[i] = c.Profiles[i].clone()
	}
	for i := range c.Providers {
		c.Providers[i] = c.Providers[i].clone()
	}
	for i := range c.Operators {
		c.Operators[i] = c.Operators[i].clone()
	}
	for i := range c.Regions {
		c.Regions[i] = c.Regions[i].clone()
	}
	for i := range c.Surveys {
		c.Surveys[i] = c.Surveys[i].clone()
	}
	return c
}

// builtinSurveys are the surveys of the data files; each research file
// adds its own to builtinParts.
func builtinSurveys() []Survey { return nil }

// Helpers that keep the data files readable.

// mustDate is [MustParseDate] for the data files' date literals.
func mustDate(s string) Date { return MustParseDate(s) }

// mustCode is [MustParseCode] for the data files' code literals.
func mustCode(s string) Code { return MustParseCode(s) }

func codes(ss ...string) []Code {
	out := make([]Code, len(ss))
	for i, s := range ss {
		out[i] = mustCode(s)
	}
	return out
}

func classes(cs ...DataClass) []DataClass { return slices.Clone(cs) }

func src(title, url string) Source { return Source{Title: title, URL: url} }

// lrb cites a primary Chinese text in the LawRefBook/Laws repository at the
// snapshot the research used.
func lrb(path string) Source {
	return Source{
		Title: "LawRefBook/Laws: " + path + " (primary text)",
		URL:   "https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/" + path,
	}
}

func builtinJurisdictions() []Jurisdiction {
	annexIII := "Mainland PRC national laws apply in the region only if listed in Annex III of its Basic Law; " +
		"the Cybersecurity, Data Security, Personal Information Protection and National Intelligence Laws are not " +
		"(Annex III listing itself unverified). Mainland-to-region transfers are outbound for CSL/DSL/PIPL. " +
		"US 28 CFR Part 202 treats the region as part of China (202.250, 202.251)."
	return []Jurisdiction{
		{
			Code: mustCode("HK"), Name: "Hong Kong", Sovereign: mustCode("CN"),
			Notes: "Special administrative region of the PRC. " + annexIII,
			Sources: []Source{
				src("Tanner De Witt: mainland laws do not directly apply in Hong Kong (2025-03-19)", "https://www.tannerdewitt.com"),
				src("Reed Smith: GBA standard contract for Mainland-Hong Kong transfers (2023-12)", "https://www.reedsmith.com"),
			},
		},
		{
			Code: mustCode("MO"), Name: "Macao", Sovereign: mustCode("CN"),
			Notes: "Special administrative region of the PRC. " + annexIII,
			Sources: []Source{
				src("Tanner De Witt: mainland laws do not directly apply in Hong Kong (2025-03-19)", "https://www.tannerdewitt.com"),
				src("Cleary Gottlieb: DOJ final rule on bulk sensitive data (countries of concern incl. HK, MO)", "https://www.clearygottlieb.com"),
			},
		},
	}
}

func builtinBlocs() []Bloc {
	type accession struct {
		from    string
		members []string
	}
	waves := []accession{
		{"1958-01-01", []string{"BE", "DE", "FR", "IT", "LU", "NL"}},
		{"1973-01-01", []string{"DK", "IE"}},
		{"1981-01-01", []string{"GR"}},
		{"1986-01-01", []string{"ES", "PT"}},
		{"1995-01-01", []string{"AT", "FI", "SE"}},
		{"2004-05-01", []string{"CY", "CZ", "EE", "HU", "LT", "LV", "MT", "PL", "SI", "SK"}},
		{"2007-01-01", []string{"BG", "RO"}},
		{"2013-07-01", []string{"HR"}},
	}
	var eu []Membership
	for _, w := range waves {
		for _, m := range w.members {
			eu = append(eu, Membership{Member: mustCode(m), Period: Period{From: mustDate(w.from)}})
		}
	}
	uk := []Membership{
		{Member: mustCode("GB"), Period: Period{From: mustDate("1973-01-01"), Until: mustDate("2020-02-01")},
			Notes: "left the EU at the end of 2020-01-31"},
		{Member: mustCode("GB"), Period: Period{From: mustDate("2020-02-01"), Until: mustDate("2021-01-01")}, Transition: true,
			Notes: "withdrawal-agreement transition: treated as a member state for EU law until the end of 2020-12-31"},
	}
	eu = append(eu, uk...)
	eea := slices.Clone(eu)
	eea = append(eea,
		Membership{Member: mustCode("IS"), Period: Period{From: mustDate("1994-01-01")}, Notes: "EEA Agreement in force 1994-01-01 (unverified)"},
		Membership{Member: mustCode("NO"), Period: Period{From: mustDate("1994-01-01")}, Notes: "EEA Agreement in force 1994-01-01 (unverified)"},
		Membership{Member: mustCode("LI"), Period: Period{From: mustDate("1995-05-01")}, Notes: "joined the EEA 1995-05-01 (unverified)"},
	)
	euSources := []Source{
		src("European Commission, Regional Policy glossary: Enlargement (accession years)", "https://ec.europa.eu/regional_policy/en/policy/what/glossary/e/enlargment"),
		src("Italian Ministry of Foreign Affairs: EU enlargement (2004-05-01, 2007-01, 2013-07-01)", "http://www.esteri.it/mae/en/politica_europea/affarigen_relazest/ue_allargamento/"),
		src("Wozniak Legal / Hunton Andrews Kurth: UK exit 2020-01-31, transition to 2020-12-31", "https://www.huntonak.com"),
	}
	return []Bloc{
		{
			Code: mustCode("EU"), Name: "European Union", Members: eu, Sources: euSources,
			Notes: "Membership dates are the entry into force of the accession treaties; sources give the year " +
				"(and the month for 2004, 2007 and 2013); the day 1 January for the 1973-2007 waves other than 2004 " +
				"is the treaties' conventional date. Members before 1993-11-01 were members of the European Communities.",
		},
		{
			Code: mustCode("EEA"), Name: "European Economic Area", Members: eea,
			Sources: append(slices.Clone(euSources),
				src("EFTA: GDPR incorporated into the EEA Agreement, in force 2018-07-20", "https://www.efta.int"),
				src("privacyworld.blog (2018-09): EEA = EU + Iceland, Liechtenstein, Norway", "https://www.privacyworld.blog")),
			Notes: "The EU member states plus Iceland, Liechtenstein and Norway. EU members are listed with their EU " +
				"accession dates. The GDPR applied in Iceland, Liechtenstein and Norway from 2018-07-20, two months " +
				"after the EU; rules whose territory is the EEA treat all three from the rule's own effective date.",
		},
	}
}
