package jurisdiction

// More law of the United States: HIPAA's business associate duty, the
// export control carve-outs for encrypted technical data stored abroad,
// the DoD cloud clause, and the Texas and Florida health-record
// localization laws.

var (
	hipaaPrivacyCompliance = src("GPO CFR 2008: 45 CFR 164.534, compliance dates for the privacy standards (providers, clearinghouses and large health plans 2003-04-14; small health plans 2004-04-14)",
		"http://www.gpo.gov/fdsys/pkg/CFR-2008-title45-vol1/xml/CFR-2008-title45-vol1-sec164-534.xml")
	hipaaSecurityCompliance = src("GPO CFR 2010: 45 CFR 164.318, compliance dates for the security standards (2005-04-20; small health plans 2006-04-20)",
		"http://www.gpo.gov/fdsys/pkg/CFR-2010-title45-vol1/xml/CFR-2010-title45-vol1-sec164-318.xml")
	hipaaBA = []Source{
		src("Bricker Graydon: 45 CFR 164.502(e), disclosures to business associates (text as amended January 2013)",
			"https://www.brickergraydon.com/insights/resources/key/hipaa-privacy-regulations-general-rules-for-uses-and-disclosures-of-protected-health-information-disclosures-to-business-associates-164-502-e"),
		src("GPO CFR 2007: 45 CFR 164.504(e), business associate contracts",
			"http://edocket.access.gpo.gov/cfr_2007/octqtr/45cfr164.504.htm"),
		src("GPO CFR 2004: 45 CFR 164.314(a), business associate contracts under the Security Rule (required by 164.308(b))",
			"http://edocket.access.gpo.gov/cfr_2004/octqtr/45cfr164.314.htm"),
		hipaaPrivacyCompliance,
		hipaaSecurityCompliance,
	}
	hipaaOmnibus = []Source{
		src("HHS final rule 78 FR 5566 (2013-01-25), FR Doc. 2013-01073, public-inspection copy: effective 2013-03-26, compliance by 2013-09-23 for covered entities and business associates",
			"https://zlibrary.cc/dl/hipaa-privacy-security-enforcement-and-breach-amazon-s3"),
		src("GPO Federal Register 78 FR 34264 (2013-06-07): technical corrections, recounting the 2013-01-25 final rule (78 FR 5566)",
			"https://www.gpo.gov/fdsys/pkg/FR-2013-06-07/html/2013-13472.htm"),
		src("Mayer Brown (2013-02-11): the Omnibus Rule is effective 2013-03-26, compliance by 2013-09-23; the Security Rule's safeguards apply directly to business associates",
			"https://www.mayerbrown.com/long-expected-omnibus-hipaa-rule-implements-significant-privacy-and-security-regulations-for-entities-and-business-associates-02-11-2013/"),
	}
	earCloud = []Source{
		src("thefederalregister.org: 81 FR 35586 (2016-06-03), BIS final rule 'Revisions to Definitions in the Export Administration Regulations' (electronically transmitted and stored technology and software, cloud computing)",
			"https://thefederalregister.org/81-FR/35586"),
		src("federal.elaws.us: FR Doc. 2016-12734, 'This rule is effective September 1, 2016'",
			"http://federal.elaws.us/citation/81-FR-35608"),
		src("hexdi.com: 15 CFR 734.18(a)(5) text (unclassified; end-to-end encryption; FIPS 140-2 or equally effective cryptography; not intentionally stored in a Country Group D:5 country or Russia)",
			"https://hexdi.com/library/doc/st0550"),
	}
	itarCloud = []Source{
		src("GovInfo: 84 FR 70887 (2019-12-26), State Department interim final rule creating 22 CFR 120.54, effective 2020-03-25",
			"https://www.govinfo.gov/content/pkg/FR-2019-12-26/html/2019-27438.htm"),
		src("getpocketlaw.com: 22 CFR 120.54(a)(5) text (not sent to a person in or stored in a 126.1 country or Russia; not sent from one)",
			"https://getpocketlaw.com/law/cfr_22/section-120-54-activities-that-are-not-exports-reexports-retransfers-or-temporary-imports_e879422a691c"),
		src("LexBuild: State Department final rule FR Doc. 2025-12560, effective 2025-07-07, removing duplicative references to Russia from 120.54(a)(5)(iv) and (v)",
			"https://lexbuild.dev/fr/2025/07/2025-12560"),
	}
	dfarsCloud = []Source{
		src("thefederalregister.org: 80 FR 51739 (2015-08-26), DFARS Case 2013-D018 interim rule, network penetration reporting and contracting for cloud services",
			"https://thefederalregister.org/80-FR/51739"),
		src("thecre.com: text of the interim rule, 'DATES: Effective August 26, 2015'", "https://thecre.com/fisma/?p=11213"),
		src("Justia: 81 FR 72986 (2016-10-21), final rule adopting the interim rules with changes, effective 2016-10-21",
			"https://regulations.justia.com/regulations/fedreg/2016/10/21/2016-25315.html"),
		src("Steptoe (2015-08-26): contractors shall maintain within the US or outlying areas all Government data not physically located on DoD premises, unless the contracting officer notifies in writing another location",
			"https://www.steptoeinternationalcomplianceblog.com/2015/08/new-dfars-cyber-reporting-rule-issued-and-effective-today-impacts-government-contractors-and-subcontractors-rule-also-addresses-cloud-computing/"),
		src("Casetext: 48 CFR 252.239-7010, Cloud Computing Services (JAN 2023) (text)",
			"https://casetext.com/regulation/code-of-federal-regulations/title-48-federal-acquisition-regulations-system/chapter-2-defense-acquisition-regulations-system-department-of-defense/subchapter-h-clauses-and-forms/part-252-solicitation-provisions-and-contract-clauses/subpart-2522-text-of-provisions-and-clauses/section-252239-7010-cloud-computing-services"),
	}
	txSB1188 = []Source{
		src("Texas Legislature: S.B. No. 1188 (89th Leg., R.S.), enrolled text, adding Health and Safety Code ch. 183; 183.002(a) EHRs physically maintained in the US or a US territory",
			"https://capitol.texas.gov/tlodocs/89R/billtext/html/SB01188F.htm"),
		src("PPI Benefit Solutions (2025-09-09): signed 2025-06-20, in effect 2025-09-01; the storage requirements apply to storage on or after 2026-01-01, whenever the record was prepared",
			"https://www.ppibenefits.com/Resource-Library/Compliance-Corner/State-Updates/texas-requires-electronic-records-containing-patient-information-to-be-stored-in-the-us"),
		src("Katten: as of January 1, 2026 any EHR under the control of a covered entity must be physically maintained in the US or a US territory",
			"https://quickreads.ext.katten.com/post/102l604/new-texas-law-on-storage-of-health-care-data"),
		src("Health AI Policy tracker: SB 1188, most provisions effective 2025-09-01, the data-localization storage requirement applying from 2026-01-01",
			"https://www.healthaipolicy.org/policies/SB1188%20%E2%80%93%20Electronic%20Health%20Record%20Requirements"),
		src("JD Supra (law-firm alert): S.B. 1188 in effect 2025-09-01; the local storage requirement applies on or after 2026-01-01, to all EHR entries regardless of when made",
			"https://production.jdsupra.com/legalnews/texas-enacts-new-law-on-electronic-7613346"),
		src("McDonald Hopkins: effective January 1, 2026, S.B. 1188 prohibits storing EHRs outside the US or a US territory; offshore access is not banned",
			"https://www.mcdonaldhopkins.com/insights/news/s-b-1188-texas-ehr-law-data-localization-ai-and-access-requirements"),
	}
	flSB264 = []Source{
		src("Florida Medical Association (2023-06-22): SB 264, signed 2023-05-08, adds Fla. Stat. 408.051(3), effective 2023-07-01",
			"https://www.flmedical.org/florida/Florida_Public/News/2023/Do_you_know_where_your_electronic_health_records_are_stored.aspx"),
		src("National Law Review: Florida imposes ban on offshoring storage of medical information (CS/CS/SB 264, effective 2023-07-01)",
			"https://natlawreview.com/article/florida-imposes-ban-offshoring-storage-medical-information"),
		src("Locke Lord (2023-08): text of Fla. Stat. 408.051(3) and the licensee affidavit under 408.810",
			"https://lockelord.com/newsandevents/publications/2023/08/quickstudy-restrictions-healthcare-records-fl"),
		src("Florida Legislature (Online Sunshine): the 2024 Florida Statutes, s. 408.051, Florida Electronic Health Records Exchange Act (definitions of certified EHR technology, cloud computing and health care provider)",
			"http://leg.state.fl.us/statutes/index.cfm?App_mode=Display_Statute&Search_String=189.428&URL=0400-0499%2F0408%2FSections%2F0408.051.html"),
		src("Florida Senate: CS/CS/SB 264 (2023), Interests of Foreign Countries; last action 2023-05-09, Chapter No. 2023-33",
			"https://flsenate.gov/Session/Bill/2023/264"),
		src("Law.com Daily Business Review (2023-07-24): the amendment to the Florida Electronic Health Record Exchange Act went into effect July 1",
			"https://www.law.com/dailybusinessreview/2023/07/24/new-law-requires-fla-health-care-providers-to-store-health-care-records-in-the-continental-us-its-territories-or-canada/"),
	}
)

// usTerritories are the United States and its outlying areas with ISO
// codes: Puerto Rico, Guam, the US Virgin Islands, American Samoa, the
// Northern Mariana Islands and the Minor Outlying Islands.
func usTerritories() []Code { return codes("US", "PR", "GU", "VI", "AS", "MP", "UM") }

func rulesUS2() []Rule {
	us := mustCode("US")
	hipaaLaw := "HIPAA Administrative Simplification (Pub. L. 104-191); HIPAA Privacy and Security Rules, 45 CFR Parts 160 and 164"
	return []Rule{
		{
			ID: "US-HIPAA-BA-2003", Jurisdiction: us, Kind: Obligation,
			Title: "A HIPAA covered entity may let a business associate (a cloud or other service provider) create, receive, maintain " +
				"or transmit protected health information only with satisfactory assurances documented in a business associate " +
				"contract; HIPAA does not restrict where the data is stored",
			Citation:  Citation{Law: hipaaLaw, Short: "HIPAA", Article: "45 CFR 164.502(e), 164.504(e); from 2005-04-20 also 164.308(b), 164.314(a)"},
			Effective: mustDate("2003-04-14"), End: mustDate("2013-09-23"),
			Scope:    Scope{Classes: classes(HealthData), Basis: ControllerIn, ControllerTags: []string{"hipaa-covered-entity"}},
			Sources:  hipaaBA,
			Verified: true,
			Notes: "Privacy Rule compliance date 2003-04-14 for providers, clearinghouses and health plans other than small ones " +
				"(small health plans 2004-04-14, not distinguished; 164.534). The Security Rule's business associate contract " +
				"(164.308(b), 164.314(a)) applied from 2005-04-20 (164.318). Business associates were bound only by contract. " +
				"Tag the controller \"hipaa-covered-entity\". An obligation: whether a contract exists is not a topology fact. " +
				"No localization: HIPAA lets PHI be stored abroad under a business associate contract.",
		},
		{
			ID: "US-HIPAA-BA", Jurisdiction: us, Kind: Obligation,
			Title: "Covered entities and business associates may let a business associate or subcontractor create, receive, maintain " +
				"or transmit protected health information only under a business associate contract, and business associates are " +
				"directly liable for the Security Rule and for uses and disclosures the Privacy Rule forbids; no localization",
			Citation: Citation{Law: hipaaLaw + ", as amended by the HITECH Act (Pub. L. 111-5) and the Omnibus Rule (78 FR 5566)", Short: "HIPAA",
				Article: "45 CFR 164.502(e), 164.504(e), 164.308(b), 164.314(a)"},
			Effective: mustDate("2013-09-23"),
			Scope:     Scope{Classes: classes(HealthData), Basis: ControllerIn, ControllerTags: []string{"hipaa-covered-entity", "hipaa-business-associate"}},
			Sources:   append(append([]Source{}, hipaaBA[:3]...), hipaaOmnibus...),
			Verified:  true,
			Notes: "The Omnibus Rule took effect 2013-03-26 with compliance required by 2013-09-23, used here; business associate " +
				"contracts in force before 2013-01-25 could be kept until 2014-09-22. Tag the controller \"hipaa-covered-entity\" " +
				"or \"hipaa-business-associate\"; a business associate's subcontractor needs a contract with it (164.502(e)(1)(ii)). " +
				"HIPAA does not restrict storage abroad; state laws do for some providers (US-TX-HSC-183.002, US-FL-408.051-3).",
		},
		{
			ID: "US-EAR-734.18-A5", Jurisdiction: us, Kind: TransferRestriction,
			Title: "Storing EAR-controlled technology or software abroad is an export only unless it is unclassified, end-to-end " +
				"encrypted with FIPS 140-2 (or equally effective) cryptography and not intentionally stored in a Country Group D:5 " +
				"country or Russia; otherwise the storage may need a licence",
			Citation: Citation{Law: "Export Administration Regulations, 15 CFR Parts 730-774 (BIS final rule 81 FR 35586)", Short: "EAR",
				Article: "15 CFR 734.18(a)(5)"},
			Effective: mustDate("2016-09-01"),
			Scope:     Scope{Classes: classes(ExportControlled), Basis: ControllerIn},
			Sources:   earCloud,
			Verified:  true,
			Notes: "Modelled as a transfer restriction on a US controller's export-controlled data: a copy stored abroad needs the " +
				"encryption carve-out (us-ear-734.18-a5-encrypted, applied automatically where the store's encryption facts meet it) " +
				"or a licence (us-ear-licence, declared). Unencrypted storage abroad is an export that may be licence-free by " +
				"destination and classification, which the model does not know: declare the licence mechanism for a licence " +
				"exception too. Declare the data as ExportControlled (the class replaces the former controller tag " +
				"\"ear-controlled-technology\"). The rule (FR Doc. 2016-12734) took effect 2016-09-01 (verified); the paragraph's " +
				"number in the 2016 text is unverified (a note in the current text still refers to (a)(4)(iv)). The means of " +
				"decryption are themselves controlled (734.19).",
		},
		{
			ID: "US-ITAR-120.54-A5", Jurisdiction: us, Kind: TransferRestriction,
			Title: "Sending or storing ITAR technical data abroad is not an export only if it is unclassified, end-to-end encrypted " +
				"with FIPS 140-2 (or AES-128-equivalent) cryptography, not stored in or sent to a person in a 22 CFR 126.1 country " +
				"or Russia, and not sent from one; otherwise it needs DDTC authorisation",
			Citation: Citation{Law: "International Traffic in Arms Regulations, 22 CFR Parts 120-130 (State Department interim final rule 84 FR 70887)", Short: "ITAR",
				Article: "22 CFR 120.54(a)(5)"},
			Effective: mustDate("2020-03-25"),
			Scope:     Scope{Classes: classes(ExportControlled), Basis: ControllerIn},
			Sources:   itarCloud,
			Verified:  true,
			Notes: "Modelled as a transfer restriction on a US controller's export-controlled data: a copy stored abroad needs the " +
				"encryption carve-out (us-itar-120.54-a5-encrypted, applied automatically where the store's encryption facts meet " +
				"it) or a DDTC licence or other approval (us-itar-ddtc-authorisation, declared). Declare ITAR technical data as " +
				"ExportControlled (the class replaces the former controller tag \"itar-technical-data\"). The 2022 reorganisation " +
				"of ITAR Part 120 kept the section at 120.54 (the 2025 rule amends 120.54(a)(5)); its effect on cross-references is " +
				"not checked.",
		},
		{
			ID: "US-DFARS-252.239-7010", Jurisdiction: us, Kind: Localization, Territory: usTerritories(),
			Title: "A DoD cloud computing contractor must maintain all Government data not physically located on DoD premises within " +
				"the 50 States, the District of Columbia or outlying areas of the United States, unless the contracting officer " +
				"notifies it in writing to use another location",
			Citation: Citation{Law: "Defense Federal Acquisition Regulation Supplement, 48 CFR ch. 2 (DFARS Case 2013-D018)", Short: "DFARS",
				Article: "48 CFR 252.239-7010(b)(3)"},
			Effective: mustDate("2015-08-26"),
			Scope:     Scope{Classes: classes(GovernmentData), Basis: ControllerIn, ControllerTags: []string{"us-dod"}},
			Sources:   dfarsCloud,
			Verified:  true,
			Notes: "Binding as a contract clause: DoD includes it in contracts for cloud computing services (239.7604(b)); the " +
				"interim rule took effect 2015-08-26 and the final rule, with changes, 2016-10-21 (both verified). That (b)(3) " +
				"kept its wording in the final rule and the JAN 2023 clause is not checked. Give the DoD component jurisdiction " +
				"US and tag it \"us-dod\"; DoD premises are not distinguished. Outlying areas (FAR 2.101) are modelled by ISO " +
				"codes PR, GU, VI, AS, MP and UM. Related regimes not encoded: IRS Publication 1075 (safeguards for federal tax " +
				"information, a condition of receiving it under 26 U.S.C. 6103(p)(4)) and the FBI CJIS Security Policy (a " +
				"condition of access to CJIS systems under agreements with the FBI); their location terms were not researched.",
		},
		{
			ID: "US-TX-HSC-183.002", Jurisdiction: mustCode("US-TX"), Kind: Localization, Territory: usTerritories(),
			Title: "A Texas covered entity must ensure that electronic health records under its control that contain patient " +
				"information are physically maintained in the United States or a US territory, including records kept by " +
				"cloud or other third-party providers",
			Citation: Citation{Law: "Texas Health and Safety Code, ch. 183 (S.B. 1188, 89th Leg., R.S., 2025)", Short: "Tex. Health & Safety Code",
				Article: "s.183.002(a)"},
			Effective: mustDate("2026-01-01"),
			Scope:     Scope{Classes: classes(HealthData), Basis: ControllerIn},
			Sources:   txSB1188,
			Verified:  true,
			Notes: "183.002(a) is read in the enrolled text (capitol.texas.gov). The Act took effect 2025-09-01; the storage " +
				"requirement applies to the storage of an electronic health record on or after 2026-01-01, regardless of the date " +
				"the record was prepared: PPI quotes the transition wording so, and the law-firm alerts of JD Supra and McDonald " +
				"Hopkins and Katten state the same day. The transition section itself was read only through those quotes (the " +
				"stored copy of the enrolled text ends before it). Covered " +
				"entity: Health and Safety Code 181.001 (anyone handling protected health information) including practitioners, less " +
				"listed long-term care providers; whether it reaches entities outside Texas holding Texas patients' records is " +
				"unsettled. Modelled for controllers with jurisdiction US-TX. Remote access from abroad is not restricted by " +
				"location in the enacted text.",
		},
		{
			ID: "US-FL-408.051-3", Jurisdiction: mustCode("US-FL"), Kind: Localization, Territory: append(usTerritories(), mustCode("CA")),
			Title: "A Florida health care provider using certified electronic health record technology must ensure that patient " +
				"information stored offsite, including by cloud providers, is physically maintained in the continental United " +
				"States, its territories or Canada",
			Citation: Citation{Law: "Florida Electronic Health Records Exchange Act, Fla. Stat. 408.051 (as amended by CS/CS/SB 264, 2023)", Short: "Fla. Stat.",
				Article: "s.408.051(3)"},
			Effective: mustDate("2023-07-01"),
			Scope:     Scope{Classes: classes(HealthData), Basis: ControllerIn},
			Sources:   flSB264,
			Verified:  true,
			Notes: "Subsection (3) of s. 408.051 (Security and storage of personal medical information) was added by CS/CS/SB 264, " +
				"Chapter 2023-33, Laws of Florida (Florida Senate bill page), in force 2023-07-01 (FMA, National Law Review and Law.com " +
				"agree and quote its text). The Legislature's page for s. 408.051 was read for its definitions (certified EHR " +
				"technology, cloud computing, health care provider); its subsection (3) is quoted from the practitioner pages. 'Continental United States' is modelled as the " +
				"whole US (the engine cannot exclude Hawaii). Only providers using certified EHR technology are bound; modelled for " +
				"health data of controllers with jurisdiction US-FL. The FMA reads the provision as not barring access from abroad. " +
				"Licensees must attest compliance (408.810).",
		},
	}
}

// embargoCountries are the countries excluded from both encryption
// carve-outs: every country on the 22 CFR 126.1(d)(1) and (d)(2) lists at
// any time since 2020-03-25, and Russia, which 120.54(a)(5) and
// 734.18(a)(5) name. The EAR's Country Group D:5 (Supplement No. 1 to
// Part 740) takes the 126.1 countries in by reference, and its table lists
// no other, so one list serves both. It is a union, so that a carve-out is
// never claimed where it may not apply.
var embargoCountries = codes("AF", "BY", "CD", "CF", "CN", "CU", "CY", "ER", "ET", "HT", "IQ", "IR", "KH", "KP", "LB", "LY", "MM",
	"NI", "RU", "SD", "SO", "SS", "SY", "VE", "ZW")

var exportListSources = []Source{
	src("CMMC Compliance: the ITAR 126.1(d)(1) countries (Belarus, Burma, China, Cuba, Iran, North Korea, Syria, Venezuela) and (d)(2) countries",
		"https://cmmccompliance.us/what-are-itar-countries"),
	src("Federal Register via Justia: 86 FR 14802 (FR Doc. 2021-05530), Russia added to 126.1(d)(2), 2021-03-18",
		"https://regulations.justia.com/regulations/fedreg/2021/03/18/2021-05530.html"),
	src("Federal Register via Justia: 86 FR 60165 (FR Doc. 2021-23450), Ethiopia added to 126.1, 2021-11-01",
		"https://regulations.justia.com/regulations/fedreg/2021/11/01/2021-23450.html"),
	src("Federal Register via Justia: 86 FR 70053 (FR Doc. 2021-26590), Cambodia added to 126.1, 2021-12-09",
		"https://regulations.justia.com/regulations/fedreg/2021/12/09/2021-26590.html"),
	src("Federal Register via Justia: 89 FR 18796 (FR Doc. 2024-05695), Nicaragua added to 126.1, 2024-03-15",
		"https://regulations.justia.com/regulations/fedreg/2024/03/15/2024-05695.html"),
	src("Federal Register via Justia: 86 FR 70015 (FR Doc. 2021-26633), BIS adds Cambodia to Country Group D:5, 2021-12-09",
		"https://regulations.justia.com/regulations/fedreg/2021/12/09/2021-26633.html"),
	src("Fenwick: the EAR treats the 126.1 countries as Country Group D:5 countries, so a State Department designation applies before BIS edits its table",
		"https://www.fenwick.com/insights/publications/regulatory-impact-of-arms-embargo-country-designations"),
	src("Mondaq: State Department removes Cambodia from the ITAR 126.1 list (2025-11)",
		"https://www.mondaq.com/unitedstates/international-trade-investment/1703794/state-department-removes-cambodia-from-itar-1261-proscribed-countries-list"),
}

func mechanismsUS2() []Mechanism {
	return []Mechanism{{
		ID: "us-itar-120.54-a5-encrypted", Jurisdiction: mustCode("US"),
		Name: "Unclassified technical data sent or stored abroad end-to-end encrypted with FIPS 140-2 (or AES-128-equivalent) " +
			"cryptography, outside the 126.1 countries and Russia: not an export",
		Citation:  Citation{Law: "International Traffic in Arms Regulations, 22 CFR Parts 120-130", Short: "ITAR", Article: "22 CFR 120.54(a)(5)"},
		Effective: mustDate("2020-03-25"),
		Satisfies: []string{"US-ITAR-120.54-A5"},
		Automatic: true, Encrypted: true, ExcludedDestinations: embargoCountries,
		Sources:  append(append([]Source{}, itarCloud...), exportListSources...),
		Verified: false,
		Notes: "Unverified: the list of excluded countries, read from secondary pages and Federal Register summaries, not from the " +
			"eCFR text of 126.1 as it stood on each date. It is the union of the 126.1 countries since 2020-03-25 (Russia from " +
			"2021-03-18, Ethiopia from 2021-11-01, Cambodia 2021-12-09 to 2025-11-07, unconfirmed, Nicaragua from 2024-03-15), so " +
			"the carve-out is denied, never wrongly granted, for a country listed at any time. The carve-out also needs the data " +
			"unclassified and not sent from a 126.1 country; the model takes declared ExportControlled data as unclassified.",
	}, {
		ID: "us-itar-ddtc-authorisation", Jurisdiction: mustCode("US"),
		Name:      "A DDTC licence or other approval, or a licence exemption, for the export of the technical data",
		Citation:  Citation{Law: "International Traffic in Arms Regulations, 22 CFR Parts 120-130", Short: "ITAR", Article: "22 CFR Part 125"},
		Effective: mustDate("2020-03-25"),
		Satisfies: []string{"US-ITAR-120.54-A5"},
		Sources: []Source{src("ecfr.io: 22 CFR 125.4, exports of technical data for which approval is not needed from the Directorate of Defense Trade Controls (exemptions; not for 126.1 destinations)",
			"http://ecfr.io/Title-22/se22.1.125_14")},
		Verified: false,
		Notes: "Declare it on the flow or store holding the copy abroad when DDTC has authorised the export or an exemption of " +
			"Part 125 applies. Unverified: the section requiring a licence for unclassified technical data (125.2) was not read; " +
			"the date is that of the rule it pairs with, not of Part 125.",
	}, {
		ID: "us-ear-734.18-a5-encrypted", Jurisdiction: mustCode("US"),
		Name: "Technology or software stored abroad end-to-end encrypted with FIPS 140-2 (or equally effective) cryptography, " +
			"not in a Country Group D:5 country or Russia: not an export",
		Citation:  Citation{Law: "Export Administration Regulations, 15 CFR Parts 730-774", Short: "EAR", Article: "15 CFR 734.18(a)(5)"},
		Effective: mustDate("2016-09-01"),
		Satisfies: []string{"US-EAR-734.18-A5"},
		Automatic: true, Encrypted: true, ExcludedDestinations: embargoCountries,
		Sources:  append(append([]Source{}, earCloud...), exportListSources...),
		Verified: false,
		Notes: "Unverified: the D:5 list, read from secondary copies of the eCFR table, not from the table as it stood on each date. " +
			"It is today's table with the 126.1 countries it takes in by reference (Cyprus, Ethiopia) and Cambodia (D:5 from " +
			"2021-12-09 until its removal in 2026, unconfirmed); Côte d'Ivoire, Liberia, Sri Lanka and Vietnam, in D:5 until " +
			"about 2016-11-04 (81 FR 76859, removal inferred from its title), are not listed, so for 2016-09-01 to 2016-11-03 " +
			"the carve-out is wrongly allowed there.",
	}, {
		ID: "us-ear-licence", Jurisdiction: mustCode("US"),
		Name:      "A BIS licence, or a licence exception or no-licence-required determination, for the export",
		Citation:  Citation{Law: "Export Administration Regulations, 15 CFR Parts 730-774", Short: "EAR", Article: "15 CFR Parts 740 and 748"},
		Effective: mustDate("2016-09-01"),
		Satisfies: []string{"US-EAR-734.18-A5"},
		Sources:   earCloud,
		Verified:  false,
		Notes: "Declare it on the flow or store holding the copy abroad when the export is licensed or needs no licence for its " +
			"classification and destination. Unverified: the Parts cited were not read; the date is that of the rule it pairs with.",
	}, {
		ID: "us-dfars-7010-co-location", Jurisdiction: mustCode("US"),
		Name:      "Written notification from the contracting officer to use a location outside the United States and its outlying areas",
		Citation:  Citation{Law: "Defense Federal Acquisition Regulation Supplement, 48 CFR ch. 2", Short: "DFARS", Article: "48 CFR 252.239-7010(b)(3)"},
		Effective: mustDate("2015-08-26"),
		Satisfies: []string{"US-DFARS-252.239-7010"},
		Sources:   dfarsCloud,
		Verified:  true,
		Notes:     "Declare it on the flow or store holding the copy abroad. The model still wants a copy in the US or an outlying area.",
	}}
}
