package jurisdiction

// APAC rules, group 2: Malaysia, Thailand, Taiwan, New Zealand, the
// Philippines and Bangladesh (countries hosting cloud regions that had no
// rules), and India's CERT-In Directions of 2022 and SEBI's cloud framework
// of 2023. Researched 2026-12; every entry cites the page its citation and
// dates were read on and says in its notes what could not be confirmed.

// Sources shared by several entries.
var (
	// Malaysia.
	myPDPA2010 = []Source{
		src("mylaw.my: Personal Data Protection Act 2010 (Act 709) s.129 (text before the 2024 amendment: Minister's whitelist, s.129(3) exceptions)",
			"https://mylaw.my/legislation/act-2010-709/section-129"),
		src("Lexology: Malaysia's PDPA came into force on 2013-11-15", "https://www.lexology.com/library/detail.aspx?g=51c311a3-e973-4835-8095-c7ad3e602787"),
		src("Conventus Law (2013-12-20): PDPA 2010 in force 2013-11-15", "https://archive.conventuslaw.com/malaysia-personal-data-protection-act-2010-in-force/"),
		src("NZ Chambers: no place was ever whitelisted under s.129; s.129(3) exceptions", "https://nzchambers.com/cross-border-personal-data-transfer-guidelines-everything-you-need-to-know/"),
	}
	myPDPA2024 = []Source{
		src("DFDL: Personal Data Protection (Amendment) Act 2024 (royal assent 2024-10-09) in three phases; ss.2-5, 8, 10 and 12 from 2025-04-01, including the removal of the whitelist",
			"https://dfdl.com/insights/legal-and-tax-updates/malaysia-implementation-of-the-personal-data-protection-amendment-act-2024"),
		src("Law Partnership (2025-01-10): Minister's Gazette notification of 2024-12-19, three stages 2025-01-01, 2025-04-01, 2025-06-01",
			"https://law-partnership.com/10-january-2025/"),
		src("Rödl & Partner (2025-05): s.129 whitelist removed; Cross Border Personal Data Transfer Guideline of 2025-04-29 (TIA every 3 years)",
			"https://www.roedl.com/en-GB/de/insights/Pages/newsflash-malaysia/2025_05/malaysia-part3-personal-data-protection-amendment-act-2024.aspx"),
		src("LPP Law: Guidelines No. 3/2025; transfers under s.129(2) (substantially similar law, adequate protection) or s.129(3) conditions",
			"https://lpplaw.my/insights/e-articles/cross-border-data-transfer"),
		src("HHQ: s.129(3) exceptions remain after the amendment", "https://hhq.com.my/posts/exceptions-to-conduct-cross-border-personal-data-transfer"),
	}

	// Thailand.
	thPDPA = []Source{
		src("Thai Law Forum: Personal Data Protection Act B.E. 2562 (2019), s.2 (Chapters II, III, V-VII one year after publication)",
			"https://thailawforum.com/personal-data-protection-act-b-e-2562-2019"),
		src("Proteus Cyber: PDPA ss.28-29 (transfer to a foreign country; binding policies and safeguards)", "https://proteuscyber.com/privacy-database/tag/pdpa/request"),
		src("Nishimura & Asahi: Royal Decree No. 2 B.E. 2564 published 2021-05-08; PDPA fully in force 2022-06-01",
			"https://www.nishimura.com/en/articles/royal-decree-to-postpone-full-enforcement-of-personal-data-protection-act-of-tha.html"),
		src("Securiti (2024-03-14): PDPA took effect 2022-06-01; Section 28 and 29 Notifications in force 2024-03-24",
			"https://securiti.ai/thailand-cross-border-personal-data-transfer-overview"),
	}
	thPDPC2023 = []Source{
		src("Herbert Smith Freehills (2024-01): Section 28 and Section 29 Notifications published 2023-12-25, in force 2024-03-24; SCCs and BCRs",
			"https://prod.hsf-prod.magnolia-platform.com/notes/data/2024-01/thailands-new-legislation-on-cross-border-transfer-of-personal-data"),
		src("TMI Associates (2024-02-06): 'transfer' excludes intermediary transit and storage with no third-party access", "https://www.tmi.gr.jp/eyes/blog/2024/15450.html"),
		src("Clyde & Co (2024-01-15): storage such as cloud computing not accessible by third parties is no transfer; no adequacy list yet",
			"https://clydeco.com/fr/insights/2024/01/thailand-personal-data-protection-regulation-notif"),
		src("Thanathip & Partners (2024-01): Section 28 and 29 Notifications", "https://www.thanathippartners.com/insights/legal-update/cross-border-transfer-of-personal-data-w2r2.html?show=1"),
	}

	// Taiwan.
	twNCC = []Source{
		src("Lee and Li (Leaven): Executive Yuan brought the PDPA into force on 2012-10-01; NCC blanket order of 2012-09-25 barring communications enterprises from transferring subscribers' personal data to China",
			"https://m.leaven-china.com/EN/NewslettersDetail/140.htm"),
		src("Lee and Li: PDPA Art. 21 grounds; NCC order (dated there 2012-09-15) is the only Art. 21 restriction; MOHW draft of 2021-11-03",
			"https://mx3.leeandli.com/EN/NewslettersDetail/6783.htm"),
		src("NDC: Personal Data Protection Act (English text, Art. 2: cross-border transfer is cross-border processing or use)", "https://theme.ndc.gov.tw/lawout/EngLawContent.aspx?lan=E&id=89"),
	}

	// New Zealand.
	nzPA2020 = []Source{
		src("Office of the Privacy Commissioner: Privacy Act 2020 Information Privacy Principle 12, disclosure of personal information outside New Zealand",
			"https://privacy.org.nz/privacy-act-2020/privacy-principles/12"),
		src("Privacy Act 2020 (Act No. 31 of 2020), s.2 commencement: the rest of the Act in force 2020-12-01", "https://informatica-juridica.com/ley/privacy-act-2000-act-no-31-2020-of-30-june-2020"),
		src("Mondaq: IPP 12 conditions (subject to the Act, comparable laws, agreement, prescribed country or scheme)",
			"https://www.mondaq.com/australia/data-protection/1047106/information-privacy-principles-what-is-the-privacy-act-in-new-zealand"),
		src("Kindrik: storage or processing agents that do not use the information for their own purposes receive no disclosure; no regulations prescribing countries at commencement",
			"https://kindrik.co.nz/blogs/disclosing-personal-information-outside-new-zealand-what-you-need-to-know/"),
	}

	// India: CERT-In Directions.
	inCERTIn = []Source{
		src("Financial Express (2022-05-11): text of the direction on ICT logs (rolling 180 days, within the Indian jurisdiction); effective after 60 days",
			"https://www.financialexpress.com/industry/technology/checking-online-financial-frauds-cert-in-directive-important-for-storing-user-data-says-govt/2519753/"),
		src("AZB & Partners: Directions of 2022-04-28 under IT Act s.70B(6) in effect 2022-06-27; subscriber records for five years",
			"https://azbpartners.com/bank/cert-in-directions-issued"),
		src("Moneycontrol: CERT-In notification of 2022-06-27; directions effective 2022-06-27, MSMEs and subscriber validation 2022-09-25",
			"https://www.moneycontrol.com/news/business/cybersecurity-directions-cert-in-extends-compliance-deadline-for-msmes-to-september-25-8746581.html"),
		src("Lexology: Directions issued 2022-04-28 under s.70B(6), in effect (it says) 2022-06-28", "https://www.lexology.com/library/detail.aspx?g=fd60c94c-5ba5-44e5-932a-3420e7a31d52"),
		src("MediaNama (2022-05): FAQs of 2022-05-18: 'The logs may be stored outside India also as long as the obligation to produce logs to CERT-In is adhered to'",
			"https://www.medianama.com/2022/05/223-faqs-on-cert-cybersecurity-directive/"),
	}
)

func rulesAPAC2() []Rule {
	my, th, tw, nz, ph, in := mustCode("MY"), mustCode("TH"), mustCode("TW"), mustCode("NZ"), mustCode("PH"), mustCode("IN")
	const myLaw = "Personal Data Protection Act 2010 (Act 709)"
	return []Rule{
		// Malaysia.
		{
			ID: "MY-PDPA-129-2013", Jurisdiction: my, Kind: TransferRestriction,
			Title: "A data user may not transfer personal data to a place outside Malaysia unless the Minister has specified the " +
				"place by Gazette notification, or one of the s.129(3) exceptions applies",
			Citation:  Citation{Law: myLaw, Short: "PDPA", Article: "s.129(1)-(3)", Version: "original text"},
			Effective: mustDate("2013-11-15"), End: mustDate("2025-04-01"),
			Scope:    Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:  append(append([]Source{}, myPDPA2010...), myPDPA2024[0]),
			Verified: true,
			Notes: "No place was ever specified, so every transfer rested on an s.129(3) exception. The PDPA covers personal data " +
				"processed in commercial transactions by data users established in Malaysia or using equipment there; the Federal " +
				"and State Governments are outside it, which the model cannot tell apart. Replaced by the amended s.129 from 2025-04-01.",
		},
		{
			ID: "MY-PDPA-129-2025", Jurisdiction: my, Kind: TransferRestriction,
			Title: "A data controller may transfer personal data outside Malaysia where the place has a law substantially similar " +
				"to the PDPA or ensures an adequate level of protection, or where an s.129(3) condition applies",
			Citation: Citation{Law: myLaw, Short: "PDPA", Article: "s.129",
				Version: "as amended by the Personal Data Protection (Amendment) Act 2024"},
			Effective: mustDate("2025-04-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   myPDPA2024,
			Verified:  true,
			Notes: "The whitelist is gone: the controller assesses the destination itself, by a transfer impact assessment " +
				"reviewed every three years (Guidelines No. 3/2025 of 2025-04-29). The fine for contravening a data protection " +
				"principle rose to RM1,000,000 from 2025-04-01. Which section of the amending Act rewrites s.129 was not read; " +
				"DFDL places the change among the provisions in force from 2025-04-01.",
		},
		{
			ID: "MY-SOSMA-6", Jurisdiction: my, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "For security offences the Public Prosecutor may authorise interception and require a communications service " +
				"provider to intercept and retain communications; in urgent cases a senior police officer may act without him",
			Citation:  Citation{Law: "Security Offences (Special Measures) Act 2012 (Act 747)", Short: "SOSMA", Article: "s.6"},
			Effective: mustDate("2012-07-31"),
			Sources: []Source{
				src("Wikisource: SOSMA 2012 (Act 747) p.10, s.6(2)-(6): Public Prosecutor may require a communications service provider to intercept and retain; "+
					"urgent interception by a Superintendent of Police; court takes cognizance", "https://en.wikisource.org/wiki/Page:Security_Offences_(Special_Measures)_Act_2012.pdf/10"),
				src("mylaw.my: Act 747 official text, commencement note [31 July 2012, P.U. (B) 256/2012]; s.1(2) operation on a date appointed by Gazette notification",
					"https://mylaw.my/legislation/act-2012-747"),
				src("SOSMA (Wikipedia mirror): Royal Assent 2012-06-18, gazetted 2012-06-22, effective 31 July 2012, P.U. (B) 256/2012", "https://wiki-gateway.eudic.net/wikipedia_en/SOSMA.html"),
				src("mylaw.my: Criminal Procedure Code s.116C (the parallel power for other serious offences)", "https://mylaw.my/legislation/act-2023-593/section-116c"),
			},
			Verified: true,
			Notes: "Confirmed: s.6(2)-(6) read on the Wikisource transcription of the Act as published (page 10): the Public Prosecutor may " +
				"require a communications service provider to intercept and retain specified communications or authorise a police " +
				"officer to install an interception device (s.6(2)); a police officer not below Superintendent may intercept without him " +
				"in urgent cases and is then deemed authorised (s.6(3)-(4)); the court takes cognizance of the authorisation (s.6(5)), so " +
				"no judge authorises it. The Act comes into operation on a date appointed by Gazette notification (s.1(2)); the official " +
				"text on mylaw.my notes that date as 31 July 2012, P.U. (B) 256/2012 (the gazette notification itself was not read). " +
				"CPC s.116C and CMA 1998 s.263(2) (licensee assistance) are not encoded.",
		},

		// Thailand.
		{
			ID: "TH-PDPA-28", Jurisdiction: th, Kind: TransferRestriction,
			Title: "Personal data may be sent or transferred to a foreign country only if the destination has adequate personal " +
				"data protection standards under the Committee's rules, unless an s.28 exception or s.29 safeguard applies",
			Citation:  Citation{Law: "Personal Data Protection Act B.E. 2562 (2019)", Short: "PDPA", Article: "ss.28-29"},
			Effective: mustDate("2022-06-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   append(append([]Source{}, thPDPA...), thPDPC2023[0], thPDPC2023[2]),
			Verified:  true,
			Notes: "Chapter II (ss.19-29) was due one year after publication in the Gazette of 2019-05-27, but Royal Decrees of " +
				"2020 and 2021 exempted the 22 listed kinds of organisation, most businesses, until 2022-06-01, used here; " +
				"organisations outside the list were bound earlier, which is not encoded. No adequacy list has been issued " +
				"(Clyde & Co, 2024-01). Administrative fine up to THB 5 million.",
		},
		{
			ID: "TH-CCA-18", Jurisdiction: th, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title: "Competent officials may order service providers to hand over user-related data and traffic data; copying, " +
				"access, decryption and seizure of computer data need a court's permission (s.19)",
			Citation: Citation{Law: "Computer-Related Crime Act B.E. 2550 (2007)", Short: "CCA", Article: "s.18",
				Version: "as amended by the Computer-Related Crime Act (No. 2) B.E. 2560 (2017)"},
			Effective: mustDate("2017-05-24"),
			Sources: []Source{
				src("GAM Legal Alliance: Computer Crimes Act s.18 as amended (orders to service providers)", "https://gam-legalalliance.com/criminal-law/computer-crimes-act-2"),
				src("Computer Crime Act (Thailand): Act No. 2 B.E. 2560 published 2017-01-24, in force 2017-05-24", "https://lowcostdomainnames.domain.workers.dev/wiki/Computer_Crime_Act_(Thailand)"),
				src("The Thaiger: amended Act (No. 2) B.E. 2560 published in the Royal Gazette on 24 January, now in effect", "https://thethaiger.com/news/phuket/Thailands-muchdebated-Computer-Crimes-Act-goes-effect"),
				src("GNI Country Legal Frameworks: Thailand, CCA s.18", "https://clfr.globalnetworkinitiative.org/country/thailand/"),
			},
			Verified: true,
			Notes: "The encoded version starts with the 2017 amendment; the 2007 text (in force 2007-07-17 or -18, sources differ) " +
				"is not encoded. National Intelligence Act 2019 s.6 and the Cybersecurity Act 2019 powers are not encoded.",
		},

		// Taiwan.
		{
			ID: "TW-PDPA-21-NCC-2012", Jurisdiction: tw, Kind: TransferRestriction,
			Title: "Communications enterprises (telecommunications and broadcasting operators) may not transfer subscribers' " +
				"personal data to mainland China (NCC order under PDPA Art. 21)",
			Citation: Citation{Law: "Personal Data Protection Act (Taiwan); National Communications Commission order of September 2012",
				Short: "PDPA", Article: "Art. 21"},
			Effective: mustDate("2012-10-01"),
			Scope: Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn, ControllerTags: []string{"tw-communications-enterprise"},
				SubjectsNote: "subscribers of Taiwanese communications enterprises"},
			Sources:  twNCC,
			Verified: true,
			Notes: "Taiwan has no general transfer restriction: Art. 21 lets the sector's central authority restrict transfers " +
				"that harm major national interests, breach a treaty, go to a country without sound protection, or evade the " +
				"Act. The NCC order is the only one in force (Lee and Li); the two Lee and Li notes date it 2012-09-15 and " +
				"2012-09-25, so the rule starts with Art. 21 itself on 2012-10-01. The catalog pairs it with " +
				"tw-ncc-2012-outside-mainland, which covers every destination but mainland China (Hong Kong and Macao are " +
				"outside 'mainland China' in Taiwanese law; that the order does not reach them is a reading). Tag the " +
				"operator that controls subscriber data \"tw-communications-enterprise\". The MOHW draft of 2021 for social-work " +
				"offices is not encoded.",
		},

		// New Zealand.
		{
			ID: "NZ-PA2020-IPP12", Jurisdiction: nz, Kind: TransferRestriction,
			Title: "An agency may disclose personal information to a foreign person or entity only with the individual's informed " +
				"authorisation, or on reasonable grounds to believe the recipient is subject to the Act or to comparable safeguards",
			Citation:  Citation{Law: "Privacy Act 2020 (Act No. 31 of 2020)", Short: "Privacy Act", Article: "IPP 12"},
			Effective: mustDate("2020-12-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   nzPA2020,
			Verified:  true,
			Notes: "IPP 12 applies to disclosures relying on IPP 11(1)(a), (c), (e), (f), (h) or (i). A cloud provider that holds " +
				"the information only as agent is not disclosed to (nz-privacy-agent-storage); that is how most cloud replication " +
				"escapes IPP 12. No country or binding scheme has been prescribed as of the sources read (later status unverified). " +
				"The Privacy Act 1993 had no equivalent principle; its transfer prohibition notices (Part 11A) are not encoded.",
		},

		// The Philippines.
		{
			ID: "PH-DPA-21", Jurisdiction: ph, Kind: Obligation,
			Title: "A personal information controller stays responsible for personal information transferred to a third party for " +
				"processing, at home or abroad, and must use contractual or other reasonable means to give it comparable protection",
			Citation:  Citation{Law: "Data Privacy Act of 2012 (Republic Act No. 10173)", Short: "DPA", Article: "s.21"},
			Effective: mustDate("2012-09-08"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn},
			Sources: []Source{
				src("DLA Piper Data Protection Laws of the World: Philippines, transfer (accountability, subject to cross-border arrangement and cooperation); DPA took effect 2012-09-08",
					"https://www.dlapiperdataprotection.com/index.html?t=transfer&c=PH"),
				src("LegalResource.ph: IRR s.50, accountability for transfer of personal data, comparable level of protection by contract",
					"https://legalresource.ph/rules-on-accountability-data-privacy/393/"),
				src("IAPP: the DPA applies extraterritorially to data of Philippine citizens and residents; IRR in force 2016-09-09",
					"https://iapp.org/news/a/summary-philippines-data-protection-act-and-implementing-regulations"),
			},
			Verified: true,
			Notes: "An obligation, not a transfer restriction: the DPA neither bars transfers abroad nor lists adequate countries " +
				"(see the PH survey). The National Privacy Commission and the IRR (s.50) only came in 2016; the duty is the Act's " +
				"own from 2012-09-08. The Act reaches processing abroad of Philippine citizens' and residents' data, hence the basis.",
		},

		// India: CERT-In Directions of 2022-04-28 and the SEBI cloud framework.
		{
			ID: "IN-CERTIN-2022-LOGS", Jurisdiction: in, Kind: Obligation,
			Title: "Service providers, intermediaries, data centres, body corporate and government organisations must enable logs " +
				"of all their ICT systems, keep them securely for a rolling 180 days within the Indian jurisdiction, and give them to CERT-In on request",
			Citation: Citation{Law: "CERT-In Directions No. 20(3)/2022-CERT-In of 2022-04-28 under the Information Technology Act, 2000, s.70B(6)",
				Short: "CERT-In Directions", Article: "direction on ICT system logs (paragraph number not confirmed)"},
			Effective: mustDate("2022-06-27"),
			Scope: Scope{Basis: StoredOrSubjectsIn, ControllerTags: []string{"in-ict-logs"},
				SubjectsNote: "logs of systems serving users in India"},
			Sources:  inCERTIn,
			Verified: true,
			Notes: "An obligation rather than a localization rule: the direction says the logs 'shall be maintained within the " +
				"Indian jurisdiction', but the CERT-In FAQs of 2022-05-18 say they may be stored outside India so long as they are " +
				"produced to CERT-In in reasonable time, so a copy abroad is not a violation. The Directions took effect 60 days " +
				"after issue: 2022-06-27 per AZB, Mondaq and the CERT-In notification of that day as reported; Lexology says " +
				"2022-06-28. MSMEs had until 2022-09-25. Logs carry no data class: tag the entity whose ICT logs a dataset holds " +
				"\"in-ict-logs\". Non-compliance is punishable under IT Act s.70B(7).",
		},
		{
			ID: "IN-CERTIN-2022-KYC", Jurisdiction: in, Kind: Obligation,
			Title: "Data centres, VPS providers, cloud service providers and VPN service providers must register and keep validated " +
				"subscriber information (names, addresses, contact numbers, IP addresses, purpose, period of hire) for five years after the service ends",
			Citation: Citation{Law: "CERT-In Directions No. 20(3)/2022-CERT-In of 2022-04-28 under the Information Technology Act, 2000, s.70B(6)",
				Short: "CERT-In Directions", Article: "direction on subscriber information (paragraph number not confirmed)"},
			Effective: mustDate("2022-09-25"),
			Scope: Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn, ControllerTags: []string{"in-cloud-service-provider"},
				SubjectsNote: "subscribers or customers in India"},
			Sources: append(append([]Source{}, inCERTIn[1:3]...),
				src("OneIndia (2022-06-28): CERT-In notification: validated subscriber names, addresses and contact numbers required from 2022-09-25",
					"https://www.oneindia.com/amphtml/india/deadline-to-comply-with-india-s-new-vpn-rules-extended-3426398.html"),
				src("MediaNama (2022-06-28): CERT-In extends the subscriber-validation deadline to 2022-09-25", "https://www.medianama.com/2022/06/223-cert-in-extends-deadline-compliance-cybersecurity/")),
			Verified: true,
			Notes: "The duty to keep subscriber records applied from 2022-06-27 with the rest of the Directions; the validated " +
				"names, addresses and contact numbers from 2022-09-25 (CERT-In notification of 2022-06-27). The rule starts " +
				"with the full duty on 2022-09-25. Tag the provider, as controller of its subscriber records, " +
				"\"in-cloud-service-provider\".",
		},
		{
			ID: "IN-SEBI-CLOUD-2023", Jurisdiction: in, Kind: Localization,
			Title: "Data of SEBI regulated entities on cloud, including logs, must be stored and processed within the legal " +
				"boundaries of India; originals of foreign investors' data too",
			Citation: Citation{Law: "SEBI circular SEBI/HO/ITD/ITD_VAPT/P/CIR/2023/033, Framework for Adoption of Cloud Services by SEBI Regulated Entities (2023-03-06), under SEBI Act 1992 s.11(1)",
				Short: "SEBI cloud framework", Article: "data localisation principle (paragraph number not confirmed)"},
			Effective: mustDate("2023-03-06"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"in-sebi-regulated-entity"}},
			Sources: []Source{
				src("Taxmanagementindia: text of circular SEBI/HO/ITD/ITD_VAPT/P/CIR/2023/033 of 2023-03-06 and the regulated entities it applies to",
					"https://taxmanagementindia.com/visitor/detail_circular.asp?ID=66225"),
				src("Financial Express (2023-03-07): data on cloud should reside and be processed within the legal boundaries of India",
					"https://www.financialexpress.com/market/sebi-lays-down-data-localisation-norms-for-cloud-adoption/3001461/"),
				src("Metalegal: circular under SEBI Act s.11(1); compliance within 12 months of issue", "https://metalegal.in/post/framework-for-adoption-of-cloud-services-by-sebi-regulated-entities-re"),
				src("Global Relay (Ahlawat & Associates): quoted text on storage and processing within India, including logs", "https://grip.globalrelay.com/interview-gaurav-bhalla-on-data-storage-and-data-localization-laws-in-india"),
				src("AZB & Partners: SEBI FAQs on CSCRF and the cloud framework of 2025-06-11", "https://www.azbpartners.com/bank/clarifications-and-faqs-regarding-cybersecurity-and-cyber-resilience-framework"),
			},
			Verified: true,
			Notes: "Applies to stock exchanges, clearing corporations, depositories, stock brokers, depository participants, " +
				"AMCs and mutual funds, KYC registration agencies and RTAs: tag the regulated entity \"in-sebi-regulated-entity\" " +
				"(jurisdiction IN). Binds new cloud arrangements from issue; arrangements existing on 2023-03-06 had 12 months " +
				"to comply, which the model does not distinguish. Covers data on cloud; on-premises systems abroad are not " +
				"addressed. Cloud providers must also be MeitY-empanelled (not encoded). SEBI's CSCRF of 2024-08-20 and FAQs " +
				"of 2025-06-11 were not reviewed for changes to this principle.",
		},
	}
}

func mechanismsAPAC2() []Mechanism {
	my, th, tw, nz := mustCode("MY"), mustCode("TH"), mustCode("TW"), mustCode("NZ")
	const myLaw = "Personal Data Protection Act 2010 (Act 709)"
	myBoth := []string{"MY-PDPA-129-2013", "MY-PDPA-129-2025"}
	myAll := append(append([]Source{}, myPDPA2010[0]), myPDPA2024...)
	thLaw := "Personal Data Protection Act B.E. 2562 (2019)"
	nzLaw := "Privacy Act 2020 (Act No. 31 of 2020)"
	// Every destination but mainland China (and Taiwan itself).
	var notMainland []Code
	for _, c := range ISOCodes() {
		if c != mustCode("CN") && c != tw {
			notMainland = append(notMainland, c)
		}
	}
	return []Mechanism{
		// Malaysia.
		{
			ID: "my-pdpa-129-consent", Jurisdiction: my,
			Name:      "The data subject has consented to the transfer",
			Citation:  Citation{Law: myLaw, Short: "PDPA", Article: "s.129(3)(a)"},
			Effective: mustDate("2013-11-15"), Satisfies: myBoth, Sources: myAll, Verified: true,
			Notes: "From 2025-04-29 the Guidelines want notice of the transfer's purpose and recipients and recorded consent.",
		},
		{
			ID: "my-pdpa-129-due-diligence", Jurisdiction: my,
			Name: "The data controller has taken all reasonable precautions and exercised all due diligence that the data will " +
				"not be processed in the destination in a way that would contravene the PDPA in Malaysia",
			Citation:  Citation{Law: myLaw, Short: "PDPA", Article: "s.129(3)(f)"},
			Effective: mustDate("2013-11-15"), Satisfies: myBoth, Sources: myAll, Verified: true,
			Notes: "The usual basis for outsourcing and cloud hosting abroad: contracts, audits, security controls.",
		},
		{
			ID: "my-pdpa-129-necessity", Jurisdiction: my, OccasionalOnly: true,
			Name: "The transfer is necessary for a contract with or in the interest of the data subject, for legal proceedings, " +
				"or to protect the data subject's vital interests",
			Citation:  Citation{Law: myLaw, Short: "PDPA", Article: "s.129(3)(b)-(d), (g)"},
			Effective: mustDate("2013-11-15"), Satisfies: myBoth, Sources: myAll, Verified: false,
			Notes: "Treated as covering occasional transfers only: the 2025 Guidelines' necessity test excludes transfers that " +
				"are common practice or routine. That the same limit held before 2025-04-29 is a reading, hence unverified.",
		},
		{
			ID: "my-pdpa-129-similar-law", Jurisdiction: my,
			Name:      "The destination has a law substantially similar to the PDPA, or serving the same purposes, as assessed by the controller",
			Citation:  Citation{Law: myLaw, Short: "PDPA", Article: "s.129(2)(a)", Version: "as amended by the Personal Data Protection (Amendment) Act 2024"},
			Effective: mustDate("2025-04-01"), Satisfies: []string{"MY-PDPA-129-2025"}, Sources: myPDPA2024, Verified: true,
			Notes: "The controller's transfer impact assessment, reviewed every three years (Guidelines No. 3/2025). Declare it on " +
				"flows to destinations the assessment covers; the model does not check the destination's law.",
		},
		{
			ID: "my-pdpa-129-adequate-protection", Jurisdiction: my,
			Name:      "The destination ensures a level of protection at least equivalent to the PDPA, as assessed by the controller",
			Citation:  Citation{Law: myLaw, Short: "PDPA", Article: "s.129(2)(b)", Version: "as amended by the Personal Data Protection (Amendment) Act 2024"},
			Effective: mustDate("2025-04-01"), Satisfies: []string{"MY-PDPA-129-2025"}, Sources: myPDPA2024, Verified: true,
			Notes: "Also by transfer impact assessment; the Guidelines let contracts and binding corporate rules support it.",
		},

		// Thailand.
		{
			ID: "th-pdpa-28-consent", Jurisdiction: th,
			Name:      "The data subject consents after being informed of the destination's inadequate protection standards",
			Citation:  Citation{Law: thLaw, Short: "PDPA", Article: "s.28(2)"},
			Effective: mustDate("2022-06-01"), Satisfies: []string{"TH-PDPA-28"}, Sources: thPDPA, Verified: true,
		},
		{
			ID: "th-pdpa-29-bcr", Jurisdiction: th,
			Name: "Personal data protection policy (binding corporate rules) for transfers within an affiliated group, reviewed " +
				"and certified by the Office of the PDPC",
			Citation:  Citation{Law: thLaw, Short: "PDPA", Article: "s.29 para. 1", Version: "with the PDPC Section 29 Notification B.E. 2566 (2023)"},
			Effective: mustDate("2024-03-24"), Satisfies: []string{"TH-PDPA-28"},
			Sources:  append(append([]Source{}, thPDPC2023...), thPDPA[1]),
			Verified: true,
			Notes: "Starts with the Section 29 Notification (2024-03-24), which set how policies are certified. Only between " +
				"affiliated undertakings.",
		},
		{
			ID: "th-pdpa-29-safeguards", Jurisdiction: th,
			Name: "Appropriate safeguards enabling data subjects' rights and effective remedies: standard contractual clauses " +
				"(ASEAN MCCs or EU SCCs) or certification, under the Section 29 Notification",
			Citation:  Citation{Law: thLaw, Short: "PDPA", Article: "s.29 para. 3", Version: "with the PDPC Section 29 Notification B.E. 2566 (2023)"},
			Effective: mustDate("2024-03-24"), Satisfies: []string{"TH-PDPA-28"},
			Sources:  append(append([]Source{}, thPDPC2023...), thPDPA[1]),
			Verified: true,
			Notes:    "Which clause sets are accepted (ASEAN Model Contractual Clauses, EU SCCs) is from practitioners' summaries.",
		},
		{
			ID: "th-pdpc-storage-no-access", Jurisdiction: th,
			Name: "Storage abroad (such as cloud storage) or transit where no third party other than the exporting controller " +
				"or processor and its personnel can access the data: no transfer under the 2023 Notifications",
			Citation:  Citation{Law: "PDPC Notifications under Sections 28 and 29 of the PDPA, B.E. 2566 (2023)", Short: "PDPC Notifications", Article: "definition of transfer"},
			Effective: mustDate("2024-03-24"), Satisfies: []string{"TH-PDPA-28"}, Sources: thPDPC2023, Verified: true,
			Notes: "A definitional exclusion modelled as a mechanism: declare it on replication or backup into storage the " +
				"provider cannot read (customer-managed keys). Not for administrative access by others abroad.",
		},

		// Taiwan.
		{
			ID: "tw-ncc-2012-outside-mainland", Jurisdiction: tw, Automatic: true,
			Name:         "Transfer to any destination other than mainland China",
			Citation:     Citation{Law: "Personal Data Protection Act (Taiwan); NCC order of September 2012", Short: "PDPA", Article: "Art. 21"},
			Effective:    mustDate("2012-10-01"),
			Satisfies:    []string{"TW-PDPA-21-NCC-2012"},
			Destinations: notMainland,
			Sources:      twNCC,
			Verified:     true,
			Notes: "The NCC order forbids only transfers to mainland China; every other destination, Hong Kong and Macao " +
				"included (a reading), stays open.",
		},

		// New Zealand.
		{
			ID: "nz-ipp12-authorisation", Jurisdiction: nz,
			Name:      "The individual authorises the disclosure after being expressly told the recipient may not protect the information comparably",
			Citation:  Citation{Law: nzLaw, Short: "Privacy Act", Article: "IPP 12(1)(a)"},
			Effective: mustDate("2020-12-01"), Satisfies: []string{"NZ-PA2020-IPP12"}, Sources: nzPA2020, Verified: true,
		},
		{
			ID: "nz-ipp12-subject-to-act", Jurisdiction: nz,
			Name:      "The recipient carries on business in New Zealand and is subject to the Privacy Act for the information",
			Citation:  Citation{Law: nzLaw, Short: "Privacy Act", Article: "IPP 12(1)"},
			Effective: mustDate("2020-12-01"), Satisfies: []string{"NZ-PA2020-IPP12"}, Sources: nzPA2020, Verified: true,
			Notes: "The discloser must believe it on reasonable grounds. The paragraph letter within IPP 12(1) was not read.",
		},
		{
			ID: "nz-ipp12-comparable-law", Jurisdiction: nz,
			Name:      "The recipient is subject to privacy laws that, overall, provide comparable safeguards to the Privacy Act",
			Citation:  Citation{Law: nzLaw, Short: "Privacy Act", Article: "IPP 12(1)"},
			Effective: mustDate("2020-12-01"), Satisfies: []string{"NZ-PA2020-IPP12"}, Sources: nzPA2020, Verified: true,
			Notes: "The discloser must believe it on reasonable grounds. The paragraph letter within IPP 12(1) was not read.",
		},
		{
			ID: "nz-ipp12-comparable-agreement", Jurisdiction: nz,
			Name:      "The recipient is otherwise required, for example by the OPC's model contract clauses, to protect the information comparably",
			Citation:  Citation{Law: nzLaw, Short: "Privacy Act", Article: "IPP 12(1)"},
			Effective: mustDate("2020-12-01"), Satisfies: []string{"NZ-PA2020-IPP12"}, Sources: nzPA2020, Verified: true,
			Notes: "The OPC publishes model contract clauses and an agreement builder. The paragraph letter within IPP 12(1) was not read.",
		},
		{
			ID: "nz-privacy-agent-storage", Jurisdiction: nz,
			Name: "The recipient holds the information only as agent, for storage or processing, and does not use or disclose " +
				"it for its own purposes: no disclosure, so IPP 12 does not apply",
			Citation:  Citation{Law: nzLaw, Short: "Privacy Act", Article: "s.11"},
			Effective: mustDate("2020-12-01"), Satisfies: []string{"NZ-PA2020-IPP12"}, Sources: nzPA2020, Verified: false,
			Notes: "The exclusion is confirmed (Kindrik); that it sits in s.11 is from memory, hence unverified. " +
				"Declare it on replication or backup to a cloud provider acting as agent.",
		},
	}
}

func surveysAPAC2() []Survey {
	return []Survey{
		{
			Jurisdiction: mustCode("BD"),
			Absent: []Absence{{Kind: Localization,
				Basis: "the Personal Data Protection Ordinance 2025 (Ordinance No. 61 of 2025, gazetted 2025-11-06) imposes no " +
					"general duty to store personal data in Bangladesh: the Government's open letter says the claim that all data " +
					"must be stored domestically is 'entirely incorrect'; a narrow class of restricted personal data (NID, " +
					"biometrics, voter rolls, date of birth, core banking identifiers) may be processed abroad if the platform " +
					"stays legally accountable to Bangladeshi jurisdiction"}},
			Sources: []Source{
				src("The Financial Express (BD): no mandatory data localisation in the final PDPO", "https://thefinancialexpress.com.bd/national/no-mandatory-data-localisation-in-final-pdpo"),
				src("Digibangla: open letter of the Special Assistant to the Chief Adviser on the PDPO and NDGO", "https://digibanglatech.news/158689"),
				src("BD-SCL: PDPO gazetted 2025-11-06 as Ordinance No. 61 of 2025, 18-month compliance window", "https://bd-scl.com/insights/personal-data-protection-ordinance-2025-compliance.html"),
				src("Jural Acuity: PDPO promulgated 2025-11-06 under Constitution Art. 93(1)", "https://juralacuity.com/?p=8196"),
				src("Insightez: sector localization (Bank Company Act 1991 s.12; Cloud Computing Guideline 2021 for government data)",
					"https://insightez.com/an-analysis-of-data-localization-and-cross-border-data-transfer-restrictions-in-bangladesh/"),
			},
			Verified: false,
			Notes: "Unverified: the Ordinance's text was not read; the finding rests on the Government's statement as reported. " +
				"Sector rules that do localize are not encoded for want of citable in-force dates: Bank Company Act 1991 s.12 " +
				"(bank records abroad only with Bangladesh Bank's written permission), the Cloud Computing Guideline 2021 " +
				"(government data off international public clouds), Bangladesh Bank's Digital Bank Guidelines (2025) and BTRC " +
				"licence conditions. The PDPO's own transfer rules for restricted data were not researched, so no transfer-" +
				"restriction absence is recorded.",
		},
		{
			Jurisdiction: mustCode("PH"),
			Absent: []Absence{{Kind: TransferRestriction,
				Basis: "the Data Privacy Act 2012 (RA 10173) does not prohibit or condition transfers abroad: s.21 (IRR s.50) keeps " +
					"the controller accountable for data it transfers and requires comparable protection by contract, which the " +
					"catalog encodes as the obligation PH-DPA-21; there is no adequacy list and no approval"}},
			Sources: []Source{
				src("DLA Piper Data Protection Laws of the World: Philippines, transfer", "https://www.dlapiperdataprotection.com/index.html?t=transfer&c=PH"),
				src("LegalResource.ph: IRR s.50, accountability for transfer of personal data", "https://legalresource.ph/rules-on-accountability-data-privacy/393/"),
			},
			Verified: true,
			Notes: "Data sharing agreements (NPC Circular on data sharing) govern disclosures to third parties, at home and abroad " +
				"alike. Localization was not researched.",
		},
	}
}
