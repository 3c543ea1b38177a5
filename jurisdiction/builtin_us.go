package jurisdiction

import "fmt"

// The law of the United States.

var (
	ecpaText = src("ECPA, Pub. L. 99-508, 100 Stat. 1848 (1986-10-21), text; Title II is the Stored Communications Act",
		"http://personalinfomediary.com/ECPA1986_text.htm")
	usSCA = []Source{
		src("Cornell LII: 18 U.S.C. 2703, required disclosure of customer communications or records (text)", "https://www.law.cornell.edu/uscode/text/18/2703?quicktabs_8=3"),
		src("United States v. Microsoft Corp., 584 U.S. ___ (2018), No. 17-2", "https://supreme.justia.com/cases/federal/us/584/17-2/"),
		ecpaText,
	}
	// ecpaEffective says when Title II of ECPA (the SCA) took effect.
	ecpaEffective = src("eNotes: ECPA Title II, Sec. 202 sets its effective date, 90 days after enactment",
		"https://www.enotes.com/homework-help/how-many-titles-are-there-in-the-privacy-control-2167279")
	msftIreland = src("In re Warrant to Search a Certain E-Mail Account Controlled and Maintained by Microsoft Corp., 829 F.3d 197 (2d Cir. 2016-07-14)",
		"https://case-law.vlex.com/vid/829-f-3d-197-683725753")
	cloudAct = []Source{
		src("LexBuild: 18 U.S.C. 2713, added by Pub. L. 115-141, div. V, sec. 103(a)(1), Mar. 23, 2018, 132 Stat. 1214 (text)",
			"https://lexbuild.dev/usc/title-18/chapter-121/section-2713"),
		src("Covington Inside Privacy (2018-03): CLOUD Act signed 2018-03-23; statutory comity motion for non-US customers not residing in the US where a qualifying foreign government's law conflicts",
			"https://www.insideprivacy.com/cloud-computing/cloud-act-creates-new-framework-for-cross-border-data-access/"),
		src("National Law Review (Morgan Lewis, 2018-04): motion to modify or quash within 14 days of service; qualifying foreign governments need an executive agreement",
			"https://natlawreview.com/article/government-requests-data-cloud-act-attempts-to-provide-guidance"),
		src("Cornell LII: 18 U.S.C. 2703(h)(1), definition of qualifying foreign government (executive agreement in force under 18 U.S.C. 2523)",
			"https://www.law.cornell.edu/definitions/uscode.php?width=840&height=800&iframe=true&def_id=18-USC-812040888-25017826&term_occur=999&term_src=title:18:part:I:chapter:121:section:2703"),
		src("United States v. Microsoft Corp., 584 U.S. ___ (2018-04-17), per curiam, vacated as moot after the CLOUD Act", "https://supreme.justia.com/cases/federal/us/584/17-2/"),
	}
)

// sca202 explains the SCA's start date.
const sca202 = "In force 1987-01-19: ECPA Sec. 202 put Title II into effect 90 days after enactment on 1986-10-21 (some " +
	"sources give 1987-01-20; Sec. 202's text was read only in summary)."

var caleaSources = []Source{
	src("checkoutapi.com: 47 U.S.C. 1001 notes, Pub. L. 103-414 Sec. 111: Secs. 103 and 105 (47 U.S.C. 1002, 1004) take effect 4 years after enactment",
		"https://checkoutapi.com/uscode/47/1001/notes"),
	src("CRS RL30677: CALEA, enacted 1994-10-25; the FCC's 2007-05-14 deadline for broadband and interconnected VoIP (2009)",
		"https://www.everycrsreport.com/files/20090330_RL30677_d1fc4e539f2ae1caf09f3563a2450af535a97200.html"),
	src("FBI NDCAC: CALEA", "https://ndcac.fbi.gov/calea"),
}

func usRules() []Rule {
	us := mustCode("US")
	return []Rule{
		{
			ID: "US-SCA-2703", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Scope: Scope{Roles: []Role{ServiceProvider}},
			Title: "The government may compel providers of electronic communication or remote computing services to disclose " +
				"stored contents (by warrant) and records (by subpoena or court order)",
			Citation:  Citation{Law: "Stored Communications Act (Title II of the Electronic Communications Privacy Act, Pub. L. 99-508)", Short: "SCA", Article: "18 U.S.C. 2703"},
			Effective: mustDate("1987-01-19"),
			Sources:   append(usSCA, msftIreland, ecpaEffective),
			Verified:  true,
			Notes: sca202 + " Territorial only before the CLOUD Act: the Second Circuit held on 2016-07-14 that a 2703 warrant does not reach " +
				"content stored abroad (829 F.3d 197); the Supreme Court vacated that case as moot on 2018-04-17 after the CLOUD Act.",
		},
		{
			ID: "US-SCA-2709", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Scope:     Scope{Roles: []Role{ServiceProvider}},
			Title:     "The FBI may demand subscriber and transactional records by National Security Letter, without a prior court order",
			Citation:  Citation{Law: "Stored Communications Act (Pub. L. 99-508), as expanded by the USA PATRIOT Act", Short: "SCA", Article: "18 U.S.C. 2709"},
			Effective: mustDate("1987-01-19"),
			Sources: []Source{
				src("CRS RL33320: National Security Letters (2015)", "https://www.everycrsreport.com/reports/RL33320.html"),
				src("CRS R41733: Privacy, an overview of the Electronic Communications Privacy Act (2012-10-09)",
					"https://www.everycrsreport.com/files/20121009_R41733_6b1a955acc79208b42ee05abd1d1d5334a5fae06.html"),
				ecpaText, ecpaEffective},
			Verified: true,
			Notes:    sca202 + " Expanded 2001; after-the-fact judicial review added in 2006 (18 U.S.C. 3511, section number unverified).",
		},
		{
			ID: "US-CALEA-1998", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Scope:     Scope{Roles: []Role{Carrier}},
			Title:     "Telecommunications carriers must be able to carry out lawfully authorised interception and deliver call-identifying information",
			Citation:  Citation{Law: "Communications Assistance for Law Enforcement Act, Pub. L. 103-414", Short: "CALEA", Article: "47 U.S.C. 1002 (Sec. 103)"},
			Effective: mustDate("1998-10-25"), End: mustDate("2007-05-14"),
			Sources:  caleaSources,
			Verified: true,
			Notes: "CALEA was enacted 1994-10-25; its Sec. 111(b) put the assistance-capability requirements of Sec. 103 (47 U.S.C. " +
				"1002) into force 4 years later, on 1998-10-25. The FCC later extended compliance for some equipment (to 2000-06-30 " +
				"and beyond), not modelled. The interception itself needs a court order or other lawful authorisation. Replaced by " +
				"US-CALEA when the duty reached broadband and interconnected VoIP.",
		},
		{
			ID: "US-CALEA", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Scope:     Scope{Roles: []Role{Carrier}},
			Title:     "Telecommunications carriers, facilities-based broadband and interconnected VoIP providers must be able to carry out lawfully authorised interception",
			Citation:  Citation{Law: "Communications Assistance for Law Enforcement Act, Pub. L. 103-414; FCC First Report and Order, FCC 05-153", Short: "CALEA", Article: "47 U.S.C. 1002 (Sec. 103)"},
			Effective: mustDate("2007-05-14"),
			Sources: append(append([]Source{}, caleaSources...),
				src("GPO Federal Register 70 FR 59664 (2005-10-13), FCC 05-153: rule effective 2005-11-14; newly covered broadband and interconnected VoIP providers must comply within 18 months",
					"http://edocket.access.gpo.gov/2005/05-20606.htm"),
				src("Converge Digest (2006-05-02): the FCC's Second Report and Order affirms the 2007-05-14 compliance deadline for all such providers",
					"https://www.convergedigest.com/2006/05/fcc-requires-voip-providers-to-support_2.html")),
			Verified: true,
			Notes: "Telecommunications carriers were bound from 1998-10-25 (US-CALEA-1998). FCC 05-153 took effect 2005-11-14 and gave " +
				"facilities-based broadband Internet access and interconnected VoIP providers 18 months, to 2007-05-14, the date " +
				"used here. The interception itself needs a court order or other lawful authorisation.",
		},
		{
			ID: "US-PATRIOT-215", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Title:     "FISA business-records orders for any tangible things, and broadened National Security Letters",
			Citation:  Citation{Law: "USA PATRIOT Act, Pub. L. 107-56, 115 Stat. 272", Short: "PATRIOT Act", Article: "Sec. 215 (50 U.S.C. 1861)"},
			Effective: mustDate("2001-10-26"), End: mustDate("2020-03-15"),
			Sources: []Source{
				src("Courthouse Libraries BC: USA PATRIOT Act, Public Law 107-56 (Oct. 26, 2001)", "https://www.courthouselibrary.ca/how-we-can-help/our-legal-knowledge-base/patriot-act"),
				src("Politico: Bush signs USA PATRIOT Act, Oct. 26, 2001", "https://www.politico.com/story/2015/10/bush-signs-usa-patriot-act-into-law-oct-26-2001-215030"),
				src("S. Rep. 112-13 on the 2011 sunset extension", "https://www.govinfo.gov/app/details/CRPT-112srpt13")},
			Verified: true,
			Notes: "Section 215 was extended in 2011, modified by the USA FREEDOM Act 2015 (no bulk collection), and lapsed on " +
				"2020-03-15 with grandfather clauses for investigations begun before.",
		},
		{
			ID: "US-FISA-702", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Scope: Scope{Roles: []Role{ServiceProvider}},
			Title: "Targeting of non-US persons reasonably believed to be abroad, with compelled assistance of electronic communication " +
				"service providers under directives; the FISC approves certifications and procedures, not individual targets",
			Citation:  Citation{Law: "Foreign Intelligence Surveillance Act, Section 702 (FISA Amendments Act of 2008)", Short: "FISA", Article: "50 U.S.C. 1881a"},
			Effective: mustDate("2008-07-10"),
			Sources: []Source{
				src("FISA Amendments Act of 2008, Pub. L. 110-261 (2008-07-10)", "https://www.govinfo.gov/app/details/PLAW-110publ261"),
				src("GovInfo: Public Law 118-49, Reforming Intelligence and Securing America Act (RISAA), approved 2024-04-20; two-year extension of Title VII",
					"https://www.govinfo.gov/bulkdata/PLAW/118/public/PLAW-118publ49.xml"),
				src("Penn CERL: after the 2024-04-19 sunset the Senate passed RISAA, renewing Section 702 for two years; next sunset April 2026",
					"https://penncerl.org/the-rule-of-law-post/after-a-bruising-battle-fisa-section-702-lives-on-now-let-the-2026-section-702-reauthorization-debate-begin"),
				src("CRS Legal Sidebar LSB11148 (2024-04-17): FISA Section 702 sunset and transition provisions; FISC-authorised acquisitions continue after a sunset",
					"https://www.everycrsreport.com/reports/LSB11148.html"),
				src("Brookings: a key intelligence law expires in April (2026-02-10)", "https://www.brookings.edu/articles/a-key-intelligence-law-expires-in-april-and-the-path-for-reauthorization-is-unclear"),
				src("Prism News: RISAA's sunset of 2026-04-20; a 45-day stopgap passed on 2026-04-30 moved it to 2026-06-12; the House rejected a further extension 198-218",
					"https://www.prismnews.com/news/house-rejects-fisa-extension-surveillance-law-set-to-lapse"),
				src("Capture Cascade (2026-06-12): Section 702 lapsed at midnight after the House vote of 2026-06-11, the first lapse since 2008",
					"https://capturecascade.org/event/2026-06-12--fisa-702-lapses-first-time-since-2008-pulte-dni-house-vote-fails/"),
				src("CGN News (2026-06-12): the lapse does not stop collection; FISC-approved certifications remain valid into 2027",
					"https://www.cgnnews.net/news/2026/06/12/section-702-expiration-congress-surveillance-deadlock/"),
				src("People of Internet: the statute expired 2026-06-12; surveillance continues under FISC certifications until March 2027",
					"https://peopleofinternet.com/articles/section-702-s-first-lapse-in-18-years-exposes-the-limits-of-.html")},
			Verified: true,
			Notes: "Enacted 2008-07-10 (Pub. L. 110-261). RISAA (Pub. L. 118-49, 2024-04-20) extended Title VII for two years, to 2026-04-20; " +
				"a ten-day stopgap moved the sunset to 2026-04-30 and a 45-day stopgap passed that day moved it to 2026-06-12. The House " +
				"rejected a further three-week extension on 2026-06-11 (198-218) and the statutory authority lapsed on 2026-06-12, the " +
				"first lapse since 2008 (news reports; no reauthorization found as of 2026-12-08). No End is set: under the FISA " +
				"Amendments Act's transition provisions (CRS LSB11148) the certifications approved by the FISC in 2026 and the " +
				"directives issued under them stay in effect until they expire, reported as about March 2027, so providers can still be " +
				"compelled to assist. The exact expiry of those certifications is unconfirmed (they are classified): re-check by March 2027 " +
				"and set End then unless Congress has reauthorized Section 702.",
		},
		{
			ID: "US-CLOUD-2713", Jurisdiction: us, Kind: CompelledAccess, Reach: PersonalReach,
			Scope: Scope{Roles: []Role{ServiceProvider}},
			Title: "Providers must preserve, back up or disclose contents and records in their possession, custody or control, " +
				"whether the data is located inside or outside the United States",
			Citation:  Citation{Law: "Clarifying Lawful Overseas Use of Data Act, Pub. L. 115-141, Div. V, Sec. 103(a)", Short: "CLOUD Act", Article: "18 U.S.C. 2713"},
			Effective: mustDate("2018-03-23"),
			Relief: "comity motion to quash or modify a content warrant within 14 days (18 U.S.C. 2703(h)): only for a non-US customer " +
				"not residing in the US, and only where the conflicting law is that of a qualifying foreign government with a CLOUD Act " +
				"executive agreement; otherwise only common-law comity",
			Sources:  cloudAct,
			Verified: true,
			Notes: "Reaches data held by foreign subsidiaries within a US provider's control; the exact scope of 'control' over " +
				"subsidiaries is unverified. Modelled as personal reach through the majority control chain.",
		},
		{
			ID: "US-SCA-2702", Jurisdiction: us, Kind: BlockingStatute,
			Title: "Providers of electronic communication service to the public or remote computing service may not divulge the " +
				"contents of communications, to foreign governments included, except as 18 U.S.C. 2702(b) allows",
			Citation:  Citation{Law: "Stored Communications Act (Title II of the Electronic Communications Privacy Act, Pub. L. 99-508)", Short: "SCA", Article: "18 U.S.C. 2702(a)"},
			Effective: mustDate("1987-01-19"),
			Scope:     Scope{Classes: classes(CommunicationsContent), Basis: StoredIn},
			Relief: "mutual legal assistance through the US Department of Justice, or an order of a foreign government under a " +
				"CLOUD Act executive agreement (18 U.S.C. 2702(b)(9), 2523)",
			Sources: []Source{
				src("Justia: 18 U.S.C. 2702 (2002 ed.), 2702(a) prohibitions; source credit: added Pub. L. 99-508, title II, sec. 201, Oct. 21, 1986",
					"https://law.justia.com/codes/us/2002/title18/parti/chap121/sec2702"),
				src("FindLaw: 18 U.S.C. 2702, voluntary disclosure of customer communications or records (text)", "http://codes.lp.findlaw.com/uscode/18/I/121/2702"),
				src("GovInfo: 18 U.S.C. 2523, executive agreements on access to data by foreign governments (2022 ed.)",
					"https://www.govinfo.gov/link/uscode/18/2523?type=usc&year=mostrecent&link-type=html"),
				src("IELR blog: the CLOUD Act removes restrictions under US law on disclosing electronic data directly to a qualifying foreign government with an executive agreement (18 U.S.C. 2523)",
					"https://ielrblog.com/index.php/category/national-security/page/4"),
				ecpaText, ecpaEffective},
			Verified: true,
			Notes: sca202 + " Modelled for communications content stored in the US. The exception for executive-agreement orders, " +
				"2702(b)(9), dates from the CLOUD Act (2018-03-23); its paragraph number is unverified.",
		},
		{
			ID: "US-DOJ-202-GENOMIC", Jurisdiction: us, Kind: ProhibitedCounterparty, Territory: []Code{us},
			ForeignPersons: true,
			Counterparties: dojCountries(), ControlShare: 50,
			Title: "No US person may engage in a covered data transaction giving a country of concern or covered person access to " +
				"bulk human genomic or other 'omic data (more than 100 US persons' genomic data in 12 months): prohibited, not restricted",
			Citation:  dojCitation("202.303, 202.205(a)"),
			Effective: mustDate("2025-04-08"),
			Scope:     dojScope(GenomicData, 100, "US persons"),
			Sources:   dojSources(), Verified: true,
			Notes: "Thresholds for other 'omic data (1,000 persons) are not modelled separately. Counted over the preceding 12 months " +
				"(202.205) regardless of de-identification or encryption (202.206).",
		},
		dojRestricted("US-DOJ-202-BIOMETRIC", BiometricData, 1_000, "US persons", "202.205(b)", "biometric identifiers"),
		dojRestricted("US-DOJ-202-GEOLOCATION", PreciseGeolocation, 1_000, "US devices", "202.205(c)", "precise geolocation data"),
		dojRestricted("US-DOJ-202-HEALTH", HealthData, 10_000, "US persons", "202.205(d)", "personal health data"),
		dojRestricted("US-DOJ-202-FINANCIAL", FinancialData, 10_000, "US persons", "202.205(e)", "personal financial data"),
		dojRestricted("US-DOJ-202-IDENTIFIERS", PersonalIdentifiers, 100_000, "US persons", "202.205(f)", "covered personal identifiers"),
		{
			ID: "US-DOJ-202-GOVERNMENT", Jurisdiction: us, Kind: ProhibitedCounterparty, Territory: []Code{us},
			ForeignPersons: true,
			Counterparties: dojCountries(), ControlShare: 50,
			Title: "Vendor, employment and investment agreements giving a country of concern or covered person access to " +
				"government-related data, of any volume, are restricted transactions: allowed only under the CISA security requirements",
			Citation:  dojCitation("202.222, 202.401"),
			Effective: mustDate("2025-04-08"),
			Scope:     Scope{Classes: classes(GovernmentData), Basis: ControllerIn},
			Sources: append(dojSources(),
				src("28 CFR 202.222 (eCFR mirror, self-law.org)", "https://self-law.org/code/us/cfr/t28/s%C2%A7%20202.222")),
			Verified: true,
			Notes: "Government-related data: precise geolocation for areas on the Government-Related Location Data List (202.1401) " +
				"and sensitive personal data marketed as linked to US government personnel, regardless of volume.",
		},
		{
			ID: "US-PADFA", Jurisdiction: us, Kind: ProhibitedCounterparty, Territory: []Code{us},
			Counterparties: codes("CN", "RU", "IR", "KP"), ControlShare: 20,
			Title: "Data brokers may not sell, license, transfer or give access to personally identifiable sensitive data of US " +
				"individuals to a foreign adversary country or an entity it controls (20% or more ownership)",
			Citation:  Citation{Law: "Protecting Americans' Data from Foreign Adversaries Act of 2024, Pub. L. 118-50, Div. I", Short: "PADFA", Article: "Sec. 2(a) (15 U.S.C. 9901(a))"},
			Effective: mustDate("2024-06-23"),
			Scope: Scope{Classes: classes(SensitivePersonal, PersonalIdentifiers), Basis: SubjectsIn, ControllerTags: []string{"data-broker"},
				SubjectsNote: "no volume threshold"},
			Sources: []Source{
				src("Covington Inside Privacy: Congress passes PADFA (enacted 2024-04-24, effective 2024-06-23)", "https://www.insideprivacy.com/uncategorized/congress-passes-bill-prohibiting-sharing-or-selling-americans-sensitive-data-to-entities-controlled-by-foreign-adversaries/"),
				src("GovInfo: Public Law 118-50", "https://www.govinfo.gov/content/pkg/PLAW-118publ50/uslm/PLAW-118publ50.xml"),
				src("Akin Gump: PADFA, signed 2024-04-24 in H.R. 815, takes effect 2024-06-23; FTC enforcement",
					"https://akingump.com/en/insights/alerts/protecting-americans-data-from-foreign-adversaries-act-of-2024"),
				src("US Code (OLRC): 15 U.S.C. 9901, the Act's Sec. 2 as codified",
					"https://uscode.house.gov./view.xhtml?edition=prelim&num=0&req=granuleid%3AUSC-prelim-title15-section9901%29")},
			Verified: true,
			Notes: "Foreign adversary countries per 10 U.S.C. 4872(d)(2). Binds data brokers only (entities selling data they did not " +
				"collect from the individual); tag the controller \"data-broker\". The prohibition is Sec. 2(a) of Division I, codified at 15 U.S.C. 9901(a).",
		},
		{
			ID: "US-FIRRMA-SPD", Jurisdiction: us, Kind: Obligation, Territory: []Code{us},
			Title: "A US business holding identifiable sensitive personal data of more than 1,000,000 individuals is a TID US " +
				"business: non-controlling foreign investment in it falls under CFIUS review",
			Citation:  Citation{Law: "Foreign Investment Risk Review Modernization Act of 2018 (Pub. L. 115-232, Title XVII); 31 CFR Part 800", Short: "FIRRMA", Article: "31 CFR 800.248(c)"},
			Effective: mustDate("2020-02-13"),
			Scope: Scope{Classes: classes(SensitivePersonal), Basis: ControllerIn, MinSubjects: 1_000_001, Counting: CountTrailing12Months,
				SubjectsNote: "more than 1,000,000 individuals in any 12-month period"},
			Sources: []Source{
				src("Justia: 85 FR 3112 (2020-01-17), Treasury final rule 'Provisions Pertaining to Certain Investments in the United States by Foreign Persons' (31 CFR Parts 800 and 801), effective 2020-02-13",
					"https://regulations.justia.com/regulations/fedreg/2020/01/17/2020-00188.html"),
				src("federal.elaws.us: FR Doc. 2020-00188, 'The final rule is effective on February 13, 2020'",
					"http://federal.elaws.us/fr/notice/1/17/2020/2020-00188"),
				src("Casetext: 31 CFR 800.248, TID U.S. business: (c) maintains or collects, directly or indirectly, sensitive personal data of U.S. citizens",
					"https://e.casetext.com/regulation/code-of-federal-regulations/title-31-money-and-finance-treasury/subtitle-b-regulations-relating-to-money-and-finance/chapter-viii-office-of-investment-security-department-of-the-treasury/part-800-regulations-pertaining-to-certain-investments-in-the-united-states-by-foreign-persons/subpart-b-definitions/section-800248-tid-us-business"),
				src("Magstone Law: under the final rules of 2020-01-13, identifiable data is sensitive personal data where the business maintained or collected it on greater than one million individuals at any point over a 12-month period; genetic test results regardless",
					"https://www.magstonelaw.com/news-1/cfius-update-iv---sensitive-personal-data-under-firrma"),
				src("US Treasury CFIUS FAQ: sensitive personal data, ten categories, the one-million-individuals test and genetic test information",
					"https://home.treasury.gov/faq-item/international-affairs/is-personally-identifiable-information-pii-the-same-as-sensitive-personal-data-under-the-regulations")},
			Verified: true,
			Notes: "Rules effective 2020-02-13 (85 FR 3112). 31 CFR 800.248(c) (text read) makes a US business that maintains or " +
				"collects, directly or indirectly, sensitive personal data of US citizens a TID US business. Sensitive personal data is " +
				"identifiable data maintained or collected on greater than one million individuals at any point over the preceding 12 " +
				"months (Magstone's reading of the final rule; the Treasury FAQ says 'at least one million'; 'greater than' is used), or " +
				"by a business targeting US national-security personnel or planning to exceed the threshold, and genetic test results " +
				"regardless of volume; those other limbs are not modelled. The definition's own section, reported as 31 CFR 800.241, was " +
				"not read in a primary text, so the citation names 800.248(c) alone. The model cannot see foreign " +
				"investment; it lists the duty for every such controller.",
		},
	}
}

// The DOJ data security program (EO 14117; 28 CFR Part 202).

func dojCountries() []Code { return codes("CN", "HK", "MO", "CU", "IR", "KP", "RU", "VE") }

func dojCitation(article string) Citation {
	return Citation{Law: "Executive Order 14117 and the DOJ rule on access to US sensitive personal data and government-related data by countries of concern (28 CFR Part 202, 90 FR 1636)",
		Short: "28 CFR", Article: article}
}

func dojSources() []Source {
	return []Source{
		src("Federal Register 90 FR 1636 (2025-01-08), DOJ final rule (justia)", "https://regulations.justia.com/regulations/fedreg/2025/01/08/2024-31486.html"),
		src("Cleary Gottlieb (2025-02-17): DOJ final rule effective 2025-04-08; due diligence, audit and reporting from 2025-10-06",
			"https://clearygottlieb.com/news-and-insights/publication-listing/doj-issues-final-rule-targeting-bulk-sensitive-personal-and-us-government-related-data-transactions"),
		src("28 CFR 202.205 bulk thresholds (eCFR mirror, self-law.org)", "https://self-law.org/code/us/cfr/t28/s%C2%A7%20202.205"),
		src("28 CFR 202.211 covered persons (eCFR mirror)", "https://checkoutapi.com/regulations/28/202.211"),
	}
}

// dojScope covers class data of more than over units (US persons, or US
// devices for geolocation data, 202.205(c)) in 12 months, controlled by a
// US person.
func dojScope(class DataClass, over int64, unit string) Scope {
	return Scope{Classes: classes(class), Basis: ControllerIn, MinSubjects: over + 1, Counting: CountTrailing12Months,
		SubjectsNote: fmt.Sprintf("more than %d %s in the preceding 12 months, regardless of anonymisation or encryption", over, unit)}
}

// dojRestricted is a restricted-transaction rule for class data over the
// bulk threshold, counted in unit ("US persons"; "US devices" for precise
// geolocation data, 202.205(c)).
func dojRestricted(id string, class DataClass, over int64, unit, article, what string) Rule {
	return Rule{
		ID: id, Jurisdiction: mustCode("US"), Kind: ProhibitedCounterparty, Territory: []Code{mustCode("US")},
		Counterparties: dojCountries(), ControlShare: 50, ForeignPersons: true,
		Title: fmt.Sprintf("Vendor, employment and investment agreements giving a country of concern or covered person access to "+
			"bulk %s (more than %d %s in 12 months) are restricted transactions: allowed only under the CISA security "+
			"requirements; data brokerage of it is prohibited", what, over, unit),
		Citation:  dojCitation(article + ", 202.401"),
		Effective: mustDate("2025-04-08"),
		Scope:     dojScope(class, over, unit),
		Sources:   dojSources(), Verified: true,
		Notes: "A store operated, kept or administered by a covered person is modelled as a vendor agreement (restricted); the " +
			"security requirements are declared as mechanism us-dsp-security-requirements on the store. Covered persons (202.211): " +
			"entities organised or principally doing business in a country of concern, or 50% or more owned by such, individually " +
			"or in aggregate. Data brokerage (prohibited, 202.301) is not distinguished.",
	}
}

func usMechanisms() []Mechanism {
	return []Mechanism{{
		ID: "us-dsp-security-requirements", Jurisdiction: mustCode("US"),
		Name:      "CISA security requirements for restricted transactions, with due diligence and audit",
		Citation:  dojCitation("202.248, 202.401"),
		Effective: mustDate("2025-04-08"),
		Satisfies: []string{"US-DOJ-202-BIOMETRIC", "US-DOJ-202-GEOLOCATION", "US-DOJ-202-HEALTH", "US-DOJ-202-FINANCIAL",
			"US-DOJ-202-IDENTIFIERS", "US-DOJ-202-GOVERNMENT"},
		Sources: append(dojSources(),
			src("checkoutapi.com: 28 CFR 202.401 restricted transactions", "https://checkoutapi.com/regulations/28/202.401")),
		Verified: false,
		Notes: "The rule is effective 2025-04-08 and the due-diligence, audit and reporting duties from 2025-10-06 (verified); the " +
			"content of the CISA security requirements is unverified. Not available for 'omic data (202.303).",
	}}
}

// usAgreements are the CLOUD Act executive agreements (18 U.S.C. 2523).
func usAgreements() []Agreement {
	return []Agreement{
		{
			ID: "US-GB-CLOUD", Name: "US-UK Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime",
			Citation:   Citation{Law: "CLOUD Act executive agreement under 18 U.S.C. 2523", Short: "US-UK Data Access Agreement"},
			Parties:    codes("US", "GB"),
			Effective:  mustDate("2022-10-03"),
			Lifts:      []string{"US-SCA-2702"},
			Qualifying: true,
			Assistance: true,
			Sources: []Source{
				src("National Law Review: DOJ announced on 2022-10-03 that the US-UK CLOUD Act Agreement entered into force that day",
					"https://natlawreview.com/article/us-department-justice-announces-us-uk-cloud-act-agreement"),
				src("DataBreaches.net (2022-10-03): DOJ release, the US-UK Data Access Agreement enters into force today; orders may not target persons in the other country",
					"https://databreaches.net/2022/10/03/landmark-u-s-uk-data-access-agreement-enters-into-force"),
				src("IELR blog: the Attorney General certified the US-UK CLOUD Agreement on 2019-11-27 and completed notice to Congress on 2020-01-10; entry into force not earlier than 2020-07-08",
					"https://ielrblog.com/index.php/category/national-security/page/4"),
				src("Parallel Parliament: Home Office written statement (2023-12-19), UK-US Data Access Agreement first year of use; more than 10,000 UK requests to US providers since entry into force in October 2022",
					"https://www.parallelparliament.co.uk/mp/tom-tugendhat/debate/Commons/2023-12-19/debates/23121949000017/UK-USDataAccessAgreementFirstYearOfUse"),
				src("Lawfare (2025-06-20): the U.K.-U.S. Data Access Agreement after more than two years; the UK uses it much more than the US",
					"https://www.lawfaremedia.org/article/the-u.k.-u.s.-data-access-agreement")},
			Verified: true,
			Notes: "Signed 2019-10-03. Orders may not target persons in the other country or US persons; the US needs UK permission for death-penalty " +
				"use. Use: more than 10,000 UK requests to US providers in the first year (Home Office, 2023-12-19); the UK uses the " +
				"Agreement far more than the US (Lawfare, 2025-06-20). Figures to 2024-10-15 (20,142 UK and 63 US requests) came from a " +
				"secondary page (excited-pixels.com) that could not be found again; unconfirmed.",
		},
		{
			ID: "US-AU-CLOUD", Name: "Agreement between the US and Australia on Access to Electronic Data for the Purpose of Countering Serious Crime (AUS-US Data Access Agreement)",
			Citation:   Citation{Law: "CLOUD Act executive agreement under 18 U.S.C. 2523", Short: "AUS-US Data Access Agreement"},
			Parties:    codes("US", "AU"),
			Effective:  mustDate("2024-01-30"),
			Lifts:      []string{"US-SCA-2702"},
			Qualifying: true,
			Assistance: true,
			Sources: []Source{
				src("Attorney-General's Department: International production order framework ('On 30 January 2024, Australia and the United States brought into force ... the AUS-US Data Access Agreement through a formal exchange of diplomatic notes')",
					"https://ag.gov.au/node/6203"),
				src("Attorney-General (ministers.ag.gov.au): joint statement of the US and Australian Attorneys-General, dated 31 January 2024, 'Today, the United States and Australia have brought into force' the Agreement",
					"https://ministers.ag.gov.au/media-centre/joint-statement-us-attorney-general-merrick-b-garland-and-australia-attorney-general-mark-dreyfus-31-01-2024"),
				src("Home Affairs: Australia-US CLOUD Act Agreement, signed 2021-12-15; IPO Act passed 2021-06-24",
					"https://www.homeaffairs.gov.au/about-us/our-portfolios/national-security/lawful-access-telecommunications/australia-united-states-cloud-act-agreement"),
				src("DatacenterDynamics: the Agreement was brought into force on January 31 (the Australian date of the joint statement)",
					"https://www.datacenterdynamics.com/en/news/australian-and-us-governments-cloud-act-agreement-for-sharing-data-comes-into-force/")},
			Verified: true,
			Notes: "Signed 2021-12-15 (Home Affairs). Entry into force 2024-01-30 by exchange of diplomatic notes, as the Attorney-General's Department's framework page " +
				"states. The joint statement announcing it (issued in Washington during the Attorney-General's visit) is dated " +
				"31 January 2024 on the Australian minister's site, which is why press reports and some secondary sources give " +
				"2024-01-31: 30 January in Washington was already 31 January in Australia. Australia implements the Agreement " +
				"through the international production order framework of Schedule 1 to the TIA Act 1979 (IPO Act 2021).",
		},
	}
}
