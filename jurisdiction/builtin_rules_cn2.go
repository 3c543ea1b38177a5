package jurisdiction

// CN2: more law of the People's Republic of China and its special
// administrative regions. Mainland texts were read in LawRefBook/Laws (see
// [lrb]); Hong Kong and Macao rules carry their own Jurisdiction (HK, MO),
// so that mainland rules, whose territory is CN alone, stay apart from
// them.
//
// Not modelled as rules, with the reasons:
//   - Network Data Security Management Regulations (State Council Decree
//     790, in force 2025-01-01) Art. 35 restates the conditions of PIPL
//     Art. 38 (assessment, certification, standard contract) and lifts
//     the 2024 Provisions' contract, human-resources and emergency routes
//     to a State Council regulation; a rule of its own would duplicate
//     CN-PIPL-38 finding for finding. Its one new route, Art. 35(6)
//     (statutory duties), is the mechanism cn-ndsmr-35-6-legal-duty.
//     Art. 37 (important data collected and generated in the PRC abroad
//     only after a CAC assessment; data not notified or published as
//     important need not be declared) restates DSL Art. 31 as
//     CN-DSL-31 already models it.
//   - PIPL Art. 42 (the CAC's list of foreign organisations and
//     individuals to whom provision is restricted or prohibited): the
//     engine's ProhibitedCounterparty names jurisdictions, not listed
//     organisations; recorded in CN-PIPL-38's notes.
//   - The MIIT pilot lifting the foreign-equity cap for IDC in four zones
//     (工信部通信函〔2024〕107号): the engine cannot scope by zone; recorded
//     in CN-FITE-VATS-CAP's notes.

var (
	ndsmrText = lrb("行政法规/网络数据安全管理条例(2024-09-24).md")
	icjalText = lrb("诉讼与非诉讼程序法/国际刑事司法协助法(2018-10-26).md")

	hkNSL43 = []Source{
		src("Wikisource: Implementation Rules for Article 43 (L.N. 139 of 2020), Schedule 4, Rules on Removing Messages Endangering National Security and on Requiring Assistance",
			"http://en.wikisource.org/wiki/Implementation_Rules_for_Article_43_of_the_Law_of_the_People%E2%80%99s_Republic_of_China_on_Safeguarding_National_Security_in_the_Hong_Kong_Special_Administrative_Region/Schedule_4"),
		src("Wikisource: Implementation Rules, Schedule 6 s.12(g): a prescribed authorization authorizes the provision of assistance for its execution",
			"https://en.wikisource.org/wiki/Page:Hong_Kong_National_Security_Law_Article_43_Implementation_Rules.pdf/76"),
		src("HKSAR Government press release (reprint): Implementation Rules gazetted 2020-07-06, take effect 2020-07-07",
			"https://hoonting.blogspot.com/2020/07/implementation-rules-for-article-43-of.html"),
		src("Shine (2020-07-07): Implementation Rules for Article 43 take effect on Tuesday", "https://shine.cn/news/nation/2007071616"),
		src("Doublethink Lab: brief assessment of the Implementation Rules (Sch. 4 removal and identification records without a warrant; Sch. 6 interception without a court)",
			"https://doublethinklab.medium.com/brief-assessment-on-the-implementation-rules-for-article-43-of-the-hk-national-security-law-83613f27d97e"),
	}
	hkCap653 = []Source{
		src("HKSAR Government (2025-06-27): the Ordinance, gazetted 2025-03-28, comes into effect on 2026-01-01", "https://www.info.gov.hk/gia/general/202506/27/P2025062700238.htm"),
		src("LawHero: Cap. 653 text, commencement 1 January 2026 (L.N. 144 of 2025); category 1-3 obligations are Divisions 1-3 of Part 4",
			"https://lawhero.io/ordinances/2881/cap-653-protection-of-critical-infrastructures-computer-systems-ordinance"),
		src("Norton Rose Fulbright: the Bill's category 1 obligations (office in Hong Kong, security management unit)",
			"https://nortonrosefulbright.com/en-hk/knowledge/publications/13cf38f9/protection-of-critical-infrastructures-computer-systems-bill-published-in-the-gazette"),
		src("Chambers: the law regulates critical computer systems regardless of their physical location",
			"https://chambers.com/articles/hong-kong-proposes-critical-infrastructure-cybersecurity-law"),
	}
	moPDPA = []Source{
		src("Legislative Assembly of Macao: Law 8/2005 Personal Data Protection Act (Chinese text)", "http://al.gov.mo/file/colect/col_lei-08/cn/3a.htm"),
		src("Legislative Assembly of Macao: Lei 8/2005 (Portuguese text)", "https://al.gov.mo/file/colect/col_lei-08/po/3a.htm"),
		src("GPDP enquiry summary 0009/2014/PA: transfers outside Macao under Arts 19 and 20; no list of adequate legal systems has been published; Art. 20 transfers after notifying the Office",
			"http://www.gpdp.gov.mo/index.php?m=content&c=index&a=show&catid=37&id=479"),
		src("secrss (2023-03): GPDP forms; transfers that meet neither Art. 19 nor Art. 20(1) need the Office's authorisation", "https://www.secrss.com/articles/53163"),
		src("gov.mo: GPDP coordinator: the Personal Data Protection Act in force since 19 February 2006", "https://www.gov.mo/pt/noticias/63646"),
	}
)

func rulesCN2() []Rule {
	cn, hk, mo := mustCode("CN"), mustCode("HK"), mustCode("MO")
	return []Rule{
		{
			ID: "CN-PIPL-53", Jurisdiction: cn, Kind: Obligation,
			Title: "Processors outside the PRC that handle personal information of persons in the PRC under PIPL Art. 3(2) must " +
				"set up a dedicated entity or designate a representative in the PRC and report it to the authorities",
			Citation:  Citation{Law: pipl, Short: "PIPL", Article: "Art. 53"},
			Effective: mustDate("2021-11-01"),
			Scope: Scope{Classes: classes(Personal), Basis: SubjectsIn, ControllerTags: []string{"cn-pipl-3-2"},
				SubjectsNote: "processing outside the PRC of information of natural persons in the PRC to provide them products or services or to analyse their behaviour (PIPL Art. 3(2))"},
			Sources:  []Source{piplText, ndsmrText},
			Verified: true,
			Notes: "Art. 3(2)'s purposes (offering products or services to persons in the PRC, analysing their behaviour) are not " +
				"topology facts: the rule binds controllers tagged cn-pipl-3-2. From 2025-01-01 the Network Data Security " +
				"Management Regulations Art. 26 require the entity's or representative's name and contacts to be reported to the " +
				"city-level cyberspace office. Penalty: PIPL Art. 66.",
		},
		{
			ID: "CN-NDSMR-30-33", Jurisdiction: cn, Kind: Obligation,
			Title: "Processors of important data must name a network-data security officer and management body, assess risk " +
				"before providing or entrusting important data, and file an annual risk assessment that covers outbound transfers",
			Citation: Citation{Law: "Network Data Security Management Regulations (网络数据安全管理条例), State Council Decree No. 790",
				Short: "NDSMR", Article: "Art. 30, 31, 33"},
			Effective: mustDate("2025-01-01"),
			Scope:     Scope{Classes: classes(ImportantData), Basis: StoredIn},
			Sources:   []Source{ndsmrText},
			Verified:  true,
			Notes: "In force 2025-01-01 (Art. 64). Important data need not be treated as such until notified or published (Art. 29, " +
				"37). Penalty: Art. 57.",
		},
		{
			ID: "CN-NDSMR-28", Jurisdiction: cn, Kind: Obligation,
			Title: "Processors handling personal information of 10,000,000 or more individuals must follow the important-data " +
				"processors' duties of Arts 30 and 32 (security officer and body; reporting mergers and dissolutions)",
			Citation: Citation{Law: "Network Data Security Management Regulations (网络数据安全管理条例), State Council Decree No. 790",
				Short: "NDSMR", Article: "Art. 28"},
			Effective: mustDate("2025-01-01"),
			Scope: Scope{Classes: classes(Personal), Basis: StoredIn, MinSubjects: 10_000_000,
				SubjectsNote: "individuals whose personal information the processor handles"},
			Sources:  []Source{ndsmrText},
			Verified: true,
			Notes:    "The count is of individuals whose information is handled (held), not provided abroad. Penalty: Art. 57.",
		},
		{
			ID: "CN-ICJAL-4", Jurisdiction: cn, Kind: BlockingStatute,
			Title: "No institution, organisation or individual in the PRC may provide evidence or assistance to foreign criminal " +
				"proceedings without the consent of the competent PRC authority",
			Citation: Citation{Law: "International Criminal Judicial Assistance Law of the People's Republic of China (国际刑事司法协助法)",
				Short: "ICJAL", Article: "Art. 4"},
			Effective: mustDate("2018-10-26"),
			Scope:     Scope{Basis: StoredIn},
			Relief: "consent of the competent authority (National Supervisory Commission, Supreme People's Court, Supreme People's " +
				"Procuratorate, Ministry of Public Security, Ministry of State Security: Art. 6) on a request made through the " +
				"liaison authority, the Ministry of Justice or, without a treaty, diplomatic channels (Art. 5, 13-16) (ICJAL Art. 4)",
			Sources:  []Source{icjalText},
			Verified: true,
			Notes: "In force on promulgation, 2018-10-26 (Art. 70). The bar (Art. 4 ¶3) covers evidence and assistance for foreign " +
				"criminal proceedings only; the engine applies a blocking statute against every foreign compelled-access power, " +
				"so a conflict with a foreign civil or regulatory power is wider than this Article (DSL Art. 36 covers foreign " +
				"judicial and law-enforcement bodies generally from 2021-09-01). Criminal process such as a US warrant under 18 " +
				"U.S.C. 2703 is squarely within it.",
		},
		{
			ID: "HK-NSL43-IR", Jurisdiction: hk, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Police may require platform, hosting and network service providers to remove messages and give assistance, " +
				"and the Chief Executive may authorise interception with the providers' assistance, for national security",
			Citation: Citation{Law: "Implementation Rules for Article 43 of the Law of the PRC on Safeguarding National Security in the HKSAR (L.N. 139 of 2020)",
				Short: "NSL Art. 43 Implementation Rules", Article: "Sch. 4; Sch. 6 s.12(g)"},
			Effective: mustDate("2020-07-07"),
			Sources:   hkNSL43,
			Verified:  true,
			Notes: "Gazetted 2020-07-06, in effect 2020-07-07. Sch. 4: requirements on service providers to remove or disable " +
				"electronic messages and to assist, with the Secretary for Security's approval or a magistrate's warrant, " +
				"non-compliance an offence; Sch. 6: interception and covert surveillance authorised by the Chief Executive, no " +
				"judge, an authorization covering the provision of assistance for its execution (s.12(g)). Modelled as " +
				"territorial reach only: whether Sch. 4 requirements bind providers with no presence in Hong Kong (NSL Art. 38 " +
				"asserts reach over acts outside the region) is unsettled, and the major US platforms suspended processing Hong " +
				"Kong data requests in July 2020, so personal reach over Hong Kong entities' foreign stores is not asserted here.",
		},
		{
			ID: "HK-CAP653", Jurisdiction: hk, Kind: Obligation,
			Title: "Designated critical infrastructure operators must keep an office in Hong Kong and a computer-system security " +
				"management unit, run security plans, risk assessments and audits, and report incidents",
			Citation: Citation{Law: "Protection of Critical Infrastructures (Computer Systems) Ordinance (Cap. 653)",
				Short: "Cap. 653", Article: "Part 4, Divisions 1-3"},
			Effective: mustDate("2026-01-01"),
			Scope:     Scope{CII: true, Basis: StoredOrSubjectsIn},
			Sources:   hkCap653,
			Verified:  true,
			Notes: "Gazetted 2025-03-28; commencement 2026-01-01 by L.N. 144 of 2025. Applies to organisations designated CI " +
				"operators (s.12), modelled as entities whose CII designations include HK. The duties attach to critical " +
				"computer systems wherever they are located: no localization. Category 1 section numbers are from the Bill " +
				"(s.19 office, s.21 unit) and may differ in the Ordinance. Fines HK$300,000 to HK$5 million.",
		},
		{
			ID: "MO-PDPA-19", Jurisdiction: mo, Kind: TransferRestriction,
			Title: "Personal data may be transferred outside Macao only to a destination whose legal system ensures an adequate " +
				"level of protection, or under an Art. 20 derogation or authorisation",
			Citation:  Citation{Law: "Personal Data Protection Act of Macao (Law 8/2005, 個人資料保護法)", Short: "PDPA", Article: "Art. 19, 20"},
			Effective: mustDate("2006-02-19"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   moPDPA,
			Verified:  true,
			Notes: "In force 2006-02-19 (GPDP), 180 days after publication. The GPDP (from 2024-02-01 the Personal Data " +
				"Protection Bureau) decides adequacy but has published no list of adequate legal systems, so no adequacy " +
				"mechanism is encoded. Macao-to-Mainland transfers are outside Macao under this Act.",
		},
		{
			ID: "MO-CSL-13-2019", Jurisdiction: mo, Kind: Obligation,
			Title: "Critical infrastructure operators must set up cybersecurity management with a Macao-resident manager, " +
				"self-assess, report incidents and file annual reports",
			Citation:  Citation{Law: "Cybersecurity Law of Macao (Law 13/2019, Lei da cibersegurança)", Short: "MO CSL", Article: "Art. 10-14"},
			Effective: mustDate("2019-12-22"),
			Scope:     Scope{CII: true, Basis: StoredOrSubjectsIn},
			Sources: []Source{
				src("Imprensa Oficial: Lei n.º 13/2019, Lei da cibersegurança (BO 2019/25)", "https://bo.io.gov.mo/bo/i/2019/25/lei13.asp?mobile=1"),
				src("International Law Office (Rato, Ling, Lei & Cortés): structure of Law 13/2019, duties Arts 10-14", "https://www.internationallawoffice.com/Newsletters/Private-Client-Offshore-Services/Macau/Rato-Ling-Lei-Corts-Advogados/Macau-responds-to-regulatory-trends-with-new-Cybersecurity-Law"),
				src("CAS Solution: published 2019-06-24, in force 2019-12-22; CII operators' management units, self-assessment, annual report", "https://cassolution.com/eventsinsights/the-cybersecurity-law-no-13-2019/"),
				src("Public Security Police Force of Macao (CPSP): Law 13/2019 published 2019-06-24, in force 180 days after publication, i.e. on 2019-12-22",
					"http://www.fsm.gov.mo/psp/por/SaU190815.html"),
				src("Deloitte China: the Macau Cybersecurity Law comes into force on 2019-12-22; governance, incident reporting and annual assessment duties",
					"https://www2.deloitte.com/cn/en/pages/risk/articles/macau-cybersecurity-law.html"),
				src("C&C Advogados: the cybersecurity manager of a critical infrastructure operator must be a Macao resident", "https://ccadvog.com/cca/pt-pt/cybersecurity-draft-law-approved-by-macau-legislative-assembly.html"),
				src("DataGuidance: Cybersecurity Law 13/2019 entered into effect 21 December 2019 (differs by a day)", "https://legacy.dataguidance.com/jurisdiction/macau"),
			},
			Verified: true,
			Notes: "In force 2019-12-22, 180 days after publication in the Boletim Oficial on 2019-06-24 (CPSP; also CAS Solution " +
				"and Deloitte; DataGuidance's 2019-12-21 is an outlier). Arts 10-14 are Chapter III, the cybersecurity duties, as the " +
				"International Law Office summary of the Law's structure gives it; the gazette text was found but its Chapter III " +
				"not read. No storage-in-Macao duty was found. Arts 24-28 (real-name registration of telecom users) are not modelled.",
		},
	}
}

func mechanismsCN2() []Mechanism {
	cn, mo := mustCode("CN"), mustCode("MO")
	return []Mechanism{
		{
			ID: "cn-2024-abroad-collected", Jurisdiction: cn,
			Name: "Exemption: personal information collected and generated abroad, transferred into the PRC for processing and " +
				"provided abroad again, with no domestic personal information or important data introduced",
			Citation: Citation{Law: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (促进和规范数据跨境流动规定), CAC Order No. 16",
				Short: "CAC 2024 Provisions", Article: "Art. 4"},
			Effective: mustDate("2024-03-22"),
			Satisfies: []string{"CN-PIPL-38", "CN-CAC-2024-7-VOLUME", "CN-CAC-2024-7-SENSITIVE"},
			Sources: []Source{
				src("China Law & Practice: bilingual text of the 2024 Provisions (2024-03-25)", "https://www.chinalawandpractice.com/2024/03/25/provisions-for-regulating-and-promoting-the-cross-border-flow-of-data"),
				src("yzwku: bilingual text of CAC Order No. 16, issued and effective 2024-03-22", "https://yzwku.com/doc/1298382.html"),
				src("CAC announcement reprint (rfnc.com.cn): exemption two, personal information collected abroad", "http://www.rfnc.com.cn/Item/4459.aspx"),
			},
			Verified: true,
			Notes: "Exempts from the assessment, the standard contract and certification. Declare it only for flows of data " +
				"collected abroad: the condition that no domestic personal information or important data was introduced in " +
				"processing is not a topology fact. The notice and separate consent of PIPL Art. 39 are not lifted. Such data " +
				"has no subjects in the PRC, so CSL Art. 37 and PIPL Art. 40 do not reach it; and since the model counts subjects " +
				"in the PRC, a non-CII processor's non-sensitive data of this kind already falls under cn-2024-small-volume.",
		},
		{
			ID: "cn-ndsmr-35-6-legal-duty", Jurisdiction: cn,
			Name:      "Provision abroad necessary to perform statutory duties or obligations",
			Citation:  Citation{Law: "Network Data Security Management Regulations (网络数据安全管理条例), State Council Decree No. 790", Short: "NDSMR", Article: "Art. 35(6)"},
			Effective: mustDate("2025-01-01"),
			Satisfies: []string{"CN-PIPL-38"},
			Sources:   []Source{ndsmrText, piplText},
			Verified:  true,
			Notes: "Art. 35 lists the conditions for providing personal information abroad: assessment, certification, standard " +
				"contract, contract necessity, human-resources management, statutory duties, emergencies and other conditions " +
				"of law or the CAC; only (6) is new beyond PIPL Art. 38 and the 2024 Provisions. Whether it relieves large " +
				"volumes of the CAC assessment (2024 Provisions Art. 7) is unsettled, so it satisfies PIPL Art. 38 alone.",
		},
		{
			ID: "mo-pdpa-20-1-consent", Jurisdiction: mo,
			Name:      "Unambiguous consent of the data subject to the transfer, notified to the data protection authority",
			Citation:  Citation{Law: "Personal Data Protection Act of Macao (Law 8/2005, 個人資料保護法)", Short: "PDPA", Article: "Art. 20(1)"},
			Effective: mustDate("2006-02-19"),
			Satisfies: []string{"MO-PDPA-19"},
			Sources:   moPDPA,
			Verified:  true,
			Notes: "Art. 20(1) also allows transfers necessary for a contract with or in the interest of the data subject, for an " +
				"important public interest or legal claims, for vital interests, or from a public register; the GPDP accepts " +
				"such transfers after notification (enquiry 0009/2014/PA), and in its practice consent covers standing " +
				"arrangements such as hosting abroad.",
		},
		{
			ID: "mo-pdpa-20-2-authorisation", Jurisdiction: mo,
			Name:      "Authorisation of the data protection authority on adequate safeguards (contractual clauses)",
			Citation:  Citation{Law: "Personal Data Protection Act of Macao (Law 8/2005, 個人資料保護法)", Short: "PDPA", Article: "Art. 20(2)"},
			Effective: mustDate("2006-02-19"),
			Satisfies: []string{"MO-PDPA-19"},
			Sources:   moPDPA,
			Verified:  true,
			Notes: "For transfers that meet neither Art. 19 nor Art. 20(1); the authority was the GPDP, and from 2024-02-01 the " +
				"Personal Data Protection Bureau (Administrative Regulation 42/2023).",
		},
	}
}

func surveysCN2() []Survey {
	return []Survey{
		{
			Jurisdiction: mustCode("HK"),
			Absent: []Absence{
				{Kind: TransferRestriction, Basis: "PDPO (Cap. 486) s.33, which would bar transfers outside Hong Kong save to " +
					"specified places or on conditions, was enacted in 1995 but has never been brought into operation"},
				{Kind: Localization, Basis: "no general duty to store data in Hong Kong was found: the PDPO has none, and Cap. 653 " +
					"(from 2026-01-01) regulates critical computer systems wherever they are located"},
			},
			Sources: []Source{
				src("HKSAR Government, LCQ19 (2015-04-29): section 33 of the PDPO is not yet in operation", "https://www.cmab.gov.hk/en/press/press_3611.htm"),
				src("Mayer Brown (2015-01): s.33 has been in the statute book since enactment but not brought into force; PCPD guidance of 2014-12-29",
					"https://www.mayerbrown.com/en/perspectives-events/publications/2015/01/crossing-borders--new-guidance-on-the-transfer-of"),
				src("Mondaq 372212: s.33 not yet in operation", "http://www.mondaq.com/hongkong/privacy-protection/372212/prohibition-against-transfer-of-personal-data-outside-hong-kong"),
				hkCap653[3],
			},
			Verified: false,
			Notes: "The Government confirmed s.33's non-commencement in 2015; that it is still not in operation rests on later " +
				"commentary, and the localization finding is negative. Mainland-to-Hong Kong transfers are outbound under " +
				"the mainland's rules (CN-PIPL-38); Hong Kong's own NSL Implementation Rules are HK-NSL43-IR.",
		},
		{
			Jurisdiction: mustCode("MO"),
			Absent: []Absence{
				{Kind: Localization, Basis: "neither the PDPA (Law 8/2005) nor the Cybersecurity Law (Law 13/2019) requires data " +
					"to be stored in Macao; the PDPA restricts transfers (MO-PDPA-19)"},
			},
			Sources: []Source{
				moPDPA[0],
				src("International Law Office: Macao Cybersecurity Law 13/2019 duties (governance, reporting, real-name registration)", "https://www.internationallawoffice.com/Newsletters/Private-Client-Offshore-Services/Macau/Rato-Ling-Lei-Corts-Advogados/Macau-responds-to-regulatory-trends-with-new-Cybersecurity-Law"),
			},
			Verified: false,
			Notes:    "Negative finding from summaries of Law 13/2019; its full text was not read.",
		},
	}
}
