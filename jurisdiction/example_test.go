package jurisdiction_test

import (
	"errors"
	"fmt"

	"github.com/dataresidency/dataresidency/jurisdiction"
)

// Chinese and EU blocking statutes in the built-in catalog, before and
// after China's Data Security Law (2021-09-01) and Personal Information
// Protection Law (2021-11-01) took effect.
func Example() {
	cat := jurisdiction.Default()
	for _, on := range []string{"2021-06-01", "2022-01-01"} {
		d := jurisdiction.MustParseDate(on)
		fmt.Println("blocking statutes in force on", d)
		for _, enactor := range []string{"CN", "EU"} {
			for r := range cat.RulesOf(jurisdiction.MustParseCode(enactor)) {
				if r.Kind == jurisdiction.BlockingStatute && r.InForce(d) {
					fmt.Printf("  %s: %s (%s)\n", r.ID, r.Citation, r.Jurisdiction)
				}
			}
		}
	}
	// Output:
	// blocking statutes in force on 2021-06-01
	//   CN-ICJAL-4: ICJAL Art. 4 (CN)
	//   EU-GDPR-48: GDPR Art. 48 (EU)
	// blocking statutes in force on 2022-01-01
	//   CN-DSL-36: DSL Art. 36 (CN)
	//   CN-ICJAL-4: ICJAL Art. 4 (CN)
	//   CN-PIPL-41: PIPL Art. 41 (CN)
	//   EU-GDPR-48: GDPR Art. 48 (EU)
}

func ExampleParseCode() {
	for _, s := range []string{"cn", "UK", "el", "EU", "EEA", "XX", "C1"} {
		c, err := jurisdiction.ParseCode(s)
		switch {
		case errors.Is(err, jurisdiction.ErrUnknownCode):
			fmt.Printf("%s: well formed but not assigned\n", s)
		case errors.Is(err, jurisdiction.ErrSyntax):
			fmt.Printf("%s: malformed\n", s)
		case c.IsGroup():
			fmt.Printf("%s: %s, a group\n", s, c)
		default:
			fmt.Printf("%s: %s, %s\n", s, c, jurisdiction.ISOName(c))
		}
	}
	// Output:
	// cn: CN, China
	// UK: GB, United Kingdom
	// el: GR, Greece
	// EU: EU, a group
	// EEA: EEA, a group
	// XX: well formed but not assigned
	// C1: malformed
}

func ExampleDefault() {
	cat := jurisdiction.Default()

	r, ok := cat.Rule("US-CLOUD-2713")
	if !ok {
		fmt.Println("no such rule")
		return
	}
	fmt.Println(r.ID, "cites", r.Citation)
	fmt.Println("law:", r.Citation.Law)
	fmt.Println("kind:", r.Kind, "reach:", r.Reach)
	fmt.Println("in force:", r.Period())
	fmt.Println("on 2018-03-22:", r.InForce(jurisdiction.MustParseDate("2018-03-22")))
	fmt.Println("on 2018-03-23:", r.InForce(jurisdiction.MustParseDate("2018-03-23")))

	// The Cybersecurity Law was renumbered from 2026-01-01.
	for _, id := range []string{"CN-CSL-37", "CN-CSL2025-39"} {
		r, _ := cat.Rule(id)
		fmt.Println(r.ID, "cites", r.Citation, "in force", r.Period())
	}
	// Output:
	// US-CLOUD-2713 cites CLOUD Act 18 U.S.C. 2713
	// law: Clarifying Lawful Overseas Use of Data Act, Pub. L. 115-141, Div. V, Sec. 103(a)
	// kind: compelled-access reach: personal
	// in force: 2018-03-23..
	// on 2018-03-22: false
	// on 2018-03-23: true
	// CN-CSL-37 cites CSL Art. 37 in force 2017-06-01..2026-01-01
	// CN-CSL2025-39 cites CSL Art. 39 in force 2026-01-01..
}

func ExampleCatalog_With() {
	sg := jurisdiction.MustParseCode("SG")
	pdpa := jurisdiction.Rule{
		ID:           "SG-PDPA-26",
		Jurisdiction: sg,
		Kind:         jurisdiction.TransferRestriction,
		Title:        "Personal data may leave Singapore only if the recipient protects it to a comparable standard",
		Citation:     jurisdiction.Citation{Law: "Personal Data Protection Act 2012 (Singapore)", Short: "PDPA", Article: "s. 26"},
		// The PDPA's data-protection provisions took effect on 2014-07-02.
		Effective: jurisdiction.MustParseDate("2014-07-02"),
		Scope:     jurisdiction.Scope{Classes: []jurisdiction.DataClass{jurisdiction.Personal}},
		Sources:   []jurisdiction.Source{{Title: "Personal Data Protection Act 2012, Singapore Statutes Online", URL: "https://sso.agc.gov.sg/Act/PDPA2012"}},
		Notes:     "Example rule, not checked against the text.",
	}
	cat, err := jurisdiction.Default().With("acme-2026", jurisdiction.Contents{Rules: []jurisdiction.Rule{pdpa}})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := cat.Rule("SG-PDPA-26")
	fmt.Println(r.Citation, "from", r.Effective)
	fmt.Println("catalog:", cat.Name())
	fmt.Println("rules added:", cat.Stats().Rules-jurisdiction.Default().Stats().Rules)
	_, inDefault := jurisdiction.Default().Rule("SG-PDPA-26")
	fmt.Println("in the built-in catalog:", inDefault)
	// Output:
	// PDPA s. 26 from 2014-07-02
	// catalog: acme-2026
	// rules added: 1
	// in the built-in catalog: false
}

func ExampleBloc_Contains() {
	eu, _ := jurisdiction.Default().Bloc(jurisdiction.MustParseCode("EU"))
	uk := jurisdiction.MustParseCode("UK") // the EU spelling of GB
	// The UK left the EU at the end of 2020-01-31 and was treated as a
	// member during the transition, to the end of 2020-12-31.
	for _, on := range []string{"2019-06-01", "2020-06-01", "2021-06-01"} {
		fmt.Println(uk, "in the EU on", on+":", eu.Contains(uk, jurisdiction.MustParseDate(on)))
	}
	// Output:
	// GB in the EU on 2019-06-01: true
	// GB in the EU on 2020-06-01: true
	// GB in the EU on 2021-06-01: false
}

func ExamplePeriod_Contains() {
	// Privacy Shield: adopted 2016-07-12, invalidated by the Court of
	// Justice on 2020-07-16. Until is the first day it no longer held.
	shield := jurisdiction.Period{
		From:  jurisdiction.MustParseDate("2016-07-12"),
		Until: jurisdiction.MustParseDate("2020-07-16"),
	}
	fmt.Println("period", shield)
	for _, on := range []string{"2016-07-11", "2016-07-12", "2020-07-15", "2020-07-16"} {
		fmt.Println(on, shield.Contains(jurisdiction.MustParseDate(on)))
	}
	var always jurisdiction.Period
	fmt.Println("zero Period, 2020-07-16:", always.Contains(jurisdiction.MustParseDate("2020-07-16")))
	fmt.Println("zero Period, zero Date:", always.Contains(jurisdiction.Date{}))
	// Output:
	// period 2016-07-12..2020-07-16
	// 2016-07-11 false
	// 2016-07-12 true
	// 2020-07-15 true
	// 2020-07-16 false
	// zero Period, 2020-07-16: true
	// zero Period, zero Date: false
}
