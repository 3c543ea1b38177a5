package jurisdiction

// The law of Europe beyond the GDPR's core: the EU's earlier transfer
// regime and Data Act, the United Kingdom and Switzerland.

const (
	dpd     = "Directive 95/46/EC of the European Parliament and of the Council of 24 October 1995 (Data Protection Directive)"
	dataAct = "Regulation (EU) 2023/2854 of the European Parliament and of the Council of 13 December 2023 (Data Act)"
	ukGDPR  = "UK GDPR (Regulation (EU) 2016/679 as retained in UK law) with the Data Protection Act 2018"
	ipa2016 = "Investigatory Powers Act 2016 (c. 25)"
	revFADP = "Federal Act on Data Protection of 25 September 2020 (FADP, SR 235.1)"
	oldFADP = "Federal Act on Data Protection of 19 June 1992 (FADP 1992)"

	// dirRule is the Directive's transfer rule, which the mechanisms of
	// that time satisfy.
	dirRule = "EU-DIR-95-25"
	// The UK's transfer rule before and after the Data (Use and Access)
	// Act 2025 replaced Chapter V on 2026-02-05.
	ukRule    = "GB-UKGDPR-44"
	ukRuleNew = "GB-UKGDPR-44A"
	// The Swiss transfer rules before and after the revised FADP.
	chRuleOld = "CH-FADP1992-6"
	chRule    = "CH-FADP-16"
)

var (
	eurDPDText = src("Directive 95/46/EC of 24 October 1995, OJ L 281, 23.11.1995, p. 31 (text)",
		"http://www.eprivacy.com/lectures/II-3_safeharbor/EU_Directive_95-46-EC.html")
	eurDPDArt32 = src("Directive 95/46/EC Chapter VII, Art. 32(1): national measures at the latest three years from the Directive's adoption",
		"https://aspe.hhs.gov/report/directive-95-ec-european-parliament-and-council-european-union/chapter-vii-community-implementing-measures")
	eurDPDRepeal = []Source{
		src("IODO calendar: GDPR applies 2018-05-25, Directive 95/46/EC ceases to have effect the same day", "http://iodo.edu.pl/kalendarium/"),
		src("wittin.co.uk: GDPR Chapter XI, Art. 94 Repeal of Directive 95/46/EC", "https://www.wittin.co.uk/2018/05/13/plain-spoken-gdpr-chapter-11/"),
	}
	eurSCC2001 = []Source{
		src("EUR-Lex: Commission Decision 2001/497/EC of 15 June 2001 (OJ L 181, 4.7.2001); end of validity 26/09/2021, repealed by Decision (EU) 2021/914",
			"http://eur-lex.europa.eu/legal-content/en/ALL/?uri=CELEX:32001D0497"),
		src("legislation.gov.uk: Decision 2001/497/EC, Art. 6 'This Decision shall apply from 3 September 2001'",
			"https://www.legislation.gov.uk/eudn/2001/497/contents?view=plain"),
	}
	eurSafeHarbour = []Source{
		src("Lexploria: judgment of the Court (Grand Chamber) of 6 October 2015, Schrems v Data Protection Commissioner, C-362/14, on the validity of Decision 2000/520/EC (text)",
			"https://app.lexploria.com/document/963-judgment-of-the-court-grand-chamber-of-6-october-2015-maximillian-schrems-v-data-protection-commissioner"),
		src("EUR-Lex: Commission Implementing Decision (EU) 2016/2295, recital 1: in its judgment of 6 October 2015 in C-362/14 the Court found Decision 2000/520 invalid",
			"http://eur-lex.europa.eu/eli/dec_impl/2016/2295/oj"),
		src("Goldberg: ECJ, Privacy Shield Decision 2016/1250 is invalid (recounts the Safe Harbour Decision 2000/520 and the judgment of 6 October 2015)",
			"https://www.goldberg.de/en/eugh-privacy-shield-beschluss-2016-1250-ist-ungueltig"),
		src("Iaselli (2015-10-13): C-362/14; the Commission's Safe Harbour decision of 26 July 2000",
			"https://fdocuments.in/document/caso-facebook-il-safe-harbor-si-puo-disapplicare-una-2015corte-giustizia.html"),
	}
	eurDataAct = []Source{
		src("regjeringen.no EØS-notat: Data Act (EU) 2023/2854 in force 2024-01-11, most provisions apply from 2025-09-12; under assessment in the EEA EFTA states",
			"https://www.regjeringen.no/no/sub/eos-notatbasen/notatene/2022/sep/dataforordningen/id2928372/"),
		src("europalov.no: Data Act (EU) 2023/2854, published OJ 2023-12-22, Chapter VII on third-country access to non-personal data",
			"https://europalov.no/rettsakt/dataforordningen-data-act/id-30082"),
		src("Haavind Tech Insight: Data Act in Norway 'considered relevant, but not yet deemed acceptable', pending", "https://haavind.no/techinsight/tech-insight/data-act/"),
		src("legalviz.eu: Data Act Art. 32(1)-(3)", "https://legalviz.eu/da/article/32"),
		src("sorena.io: international governmental access and transfer under the Data Act", "https://sorena.io/artifacts/eu/data-act/faq/international-government-access"),
		src("Hannes Snellman Digital Decade: Data Act Art. 40 penalties", "https://digitaldecade.hannessnellman.com/strategy-for-data/data-act/chapter-ix-implementation-and-enforcement-art-37-42/?art=3"),
		src("Härting: Data Act applies from 2025-09-12", "https://www.haerting.de"),
	}
	eurUKTransfers = []Source{
		src("legislation.gov.uk: SI 2026/82 (DUAA Commencement No. 6), reg. 2: s.85, Sch. 7 and Sch. 9 in force 2026-02-05", "https://www.legislation.gov.uk/uksi/2026/82/made"),
		src("legislation.gov.uk: UK GDPR Art. 45B, the data protection test ('not materially lower')", "https://www.legislation.gov.uk/eur/2016/679/article/45B"),
		src("legislation.gov.uk: DUAA 2025 Sch. 9 para 26 (regulations under DPA 2018 s.17A treated as made under Art. 45A)", "https://www.legislation.gov.uk/ukpga/2025/18/schedule/9"),
		src("Bristows Inquisitive Minds: international transfers under the Data (Use and Access) Bill (transfers approved by regulations, data protection test)", "https://inquisitiveminds.bristows.com/post/102jmuw/international-transfers-under-the-data-use-and-access-bill"),
		src("activeMind.legal: the IDTA and restricted transfers under the UK GDPR", "https://www.activemind.uk/guides/idta"),
	}
	eurSch21 = []Source{
		src("LexisNexis: DPA 2018 Sch. 21 Part 3 para 4 (transfers based on adequacy regulations if para 5 specifies the country)",
			"https://www.lexisnexis.co.uk/legal/legislation/uk-parliament-acts/data-protection-act-2018-c12/schedule-21-part-3"),
		src("legislation.gov.uk: DUAA 2025 Sch. 9 para 25 (Sch. 21 para 4 transfers treated as approved by regulations under Art. 45A)",
			"https://www.legislation.gov.uk/ukpga/2025/18/schedule/9/paragraph/25"),
	}
	eurIDTA = []Source{
		src("Kennedys: ICO's new data transfer agreements in force today, 21 March 2022", "https://kennedyslaw.com/en/thought-leadership/article/uk-icos-new-data-transfer-agreements-in-force-today-21-march-2022"),
		src("Edinburgh Napier information governance blog: IDTA update (new contracts from 2022-09-22, old SCCs until 2024-03-21)",
			"http://blogs.napier.ac.uk/informationgovernance/international-data-transfer-agreements-update/"),
		src("ICO: the IDTA and the Addendum", "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/appropriate-safeguards/what-are-standard-data-protection-clauses-the-uk-idta-and-the-addendum/"),
	}
	eurIPA = []Source{
		src("GCHQ: Investigatory Powers Bill receives Royal Assent (29 November 2016)", "https://www.gchq.gov.uk/news-article/investigatory-powers-bill-receives-royal-assent"),
		src("legislation.gov.uk: IPA 2016 s.253 (technical capability notices, Judicial Commissioner approval)", "https://legislation.gov.uk/ukpga/2016/25/section/253"),
		src("legislation.gov.uk: IPA 2016 s.255 (duties of notice recipients; s.255(8) non-disclosure, s.255(10) enforcement against persons outside the UK)", "https://legislation.gov.uk/ukpga/2016/25/section/255"),
		src("legislation.gov.uk: SI 2018/341, IPA Commencement No. 4 (national security and technical capability notices from 2018-03-12)", "http://www.legislation.gov.uk/uksi/2018/341/made?view=plain"),
		src("legislation.gov.uk: SI 2018/341 reg. 2, provisions in force on 12 March 2018, including s.2 for decisions on notices under s.252 or 253 and oversight of the giving of national security and technical capability notices",
			"http://legislation.gov.uk/id/uksi/2018/341/regulation/2/c/vi?view=extent"),
		src("legislation.gov.uk: SI 2018/1379, table of earlier commencements (first provisions 2016-12-30, SI 2016/1233)", "http://legislation.gov.uk/uksi/2018/1379/made/data.xht?view=snippet&wrap=true"),
		src("legislation.gov.uk: SI 2018/652 reg. 3, Part 2 interception provisions in force 31 May 2018, warrants then decided but not yet issued",
			"https://legislation.gov.uk/uksi/2018/652/regulation/3/made"),
		src("legislation.gov.uk: SI 2018/940 explanatory note, targeted interception warrants for law-enforcement intercepting authorities applied for from 30 August 2018 and issued from 26 September 2018",
			"https://legislation.gov.uk/uksi/2018/940/note/made/data.html"),
		src("SCL (2018-07-22): SI 2018/873, bulk acquisition and bulk personal dataset warrants from 22 August 2018; most of Part 4 (retention notices) in force since December 2016, Judicial Commissioner approval of retention notices from 1 November 2018",
			"https://www.scl.org/10264-latest-investigatory-powers-commencement/"),
		src("legislation.gov.uk: SI 2019/174, IPA Commencement No. 11 (communications-data authorisations from 2019-02-05)", "http://www.legislation.gov.uk/uksi/2019/174/made"),
	}
	eurIPAA = []Source{
		src("legislation.gov.uk: Investigatory Powers (Amendment) Act 2024 (c. 9), contents as enacted", "http://Www.legislation.gov.uk/ukpga/2024/9/contents/enacted"),
		src("legislation.gov.uk: SI 2024/1021, IP(A)A 2024 Commencement No. 1, reg. 2 (provisions in force 2024-10-14)", "https://legislation.gov.uk/id/uksi/2024/1021/regulation/2/b?view=extent"),
		src("parallelparliament.co.uk: written statement on IP(A)A 2024 implementation (2024-10-14)", "https://parallelparliament.co.uk/debate/2024-10-14/commons/written-statements/investigatory-powers-amendment-act-2024-implementation/ministerial-extracts"),
	}
	eurCHAnnex1 = []Source{
		src("Steiger Legal: Annex 1 DSV list of states with adequate data protection (2022-09-10)", "https://steigerlegal.ch/2022/09/10/ndsg-schweiz-staatenliste/"),
		src("Federal Office of Justice: recognition of states with adequate data protection (Annex 1 DPO, binding list)", "https://www.bj.admin.ch/bj/en/home/staat/datenschutz/internationales/anerkennung-staaten.html"),
		src("prighter: Swiss DPO Annex 1", "https://prighter.com/ja/resources/laws/swiss-fadp/dpo/chapters/annexes"),
		src("dataprotection.ch: requirements for cross-border disclosure (EU and EEA states adequate)", "https://www.dataprotection.ch/specific-topics/cross-border-data-disclosure/requirements-for-cross-border-disclosure-of-personal-data"),
	}
	eurCHDPF = []Source{
		src("lawstyle.ch: Federal Council approves the Swiss-U.S. Data Privacy Framework on 2024-08-14, applicable from 2024-09-15", "https://lawstyle.ch/swiss-u-s-data-privacy-framework-zertifizierte-us-unternehmen-bieten-einen-angemessenen-schutz-fuer-personendaten/"),
		src("datenrecht.ch: CH-US DPF in force 2024-09-15, certified recipients only", "https://datenrecht.ch/bundesrat-ch-us-dpa-am-15-september-2024-in-kraft/"),
		src("datenschutz.ch (Canton of Zurich): Annex 1 DPO revised with effect from 2024-09-15", "https://datenschutz.ch/mitteilungen/2024/neue-publikation-zu-den-auswirkungen-des-swiss-us-data-privacy-frameworks"),
	}
	eurFADP1992 = []Source{
		src("proteuscyber: FADP 1992 Art. 6 cross-border disclosure (text)", "https://proteuscyber.com/privacy-database/fadp-art-6"),
		src("proteuscyber: Commission Decision 2000/518/EC recital 7 (the Swiss Data Protection Act of 19 June 1992 entered into force on 1 July 1993)", "https://proteuscyber.com/privacy-database/tag/switzerland-adequacy/provisions"),
		src("Federal Office of Justice: under the FADP in force until August 2023 the FDPIC's list of states was indicative", "https://www.bj.admin.ch/bj/en/home/staat/datenschutz/internationales/anerkennung-staaten.html"),
	}
	eurRevFADP = []Source{
		src("datenrecht.ch: revised FADP (Walder Wyss English translation)", "https://datenrecht.ch/en/gesetzestexte/ndsg-en/"),
		src("prighter: FADP Chapter 8, Art. 61(a) (fine up to CHF 250,000 for disclosure abroad in breach of Art. 16-17)", "https://prighter.com/ja/resources/laws/swiss-fadp/fadp/chapters/chapter-8"),
		src("DataGuidance: Switzerland, revised FADP in force 2023-09-01", "https://legacy.dataguidance.com/jurisdiction/switzerland"),
	}
	eurStGB271 = []Source{
		src("droit-bilingue.ch: Swiss Criminal Code Art. 271 (DE/EN), version of the Federal Act of 5 Oct. 1950 in force since 5 Jan. 1951", "https://www.droit-bilingue.ch/de-en/3/31/311.0-271-334.html"),
		src("lawbrary.ch: Swiss Criminal Code Art. 271 with BGE 148 IV 66 (6B_216/2020 of 2021-11-01)", "https://lawbrary.ch/law/art/STGB-v2025.01-en-art-271"),
		src("Lenz & Staehelin: Federal Supreme Court on Art. 271 and data handed to the US DOJ (2021-12-03)", "https://www.lenzstaehelin.com/news-and-insights/browse-thought-leadership-insights/insights-detail/new-precedent-does-not-provide-clear-guidance-on-the-boundaries-of-the-swiss-blocking-statute-1/"),
	}
	eurTCO = src("IRIS Merlin: Regulation (EU) 2021/784 on terrorist content online, removal orders within one hour, applicable from 2022-06-07",
		"https://merlin.obs.coe.int/article/10162")
)

func europeRules() []Rule {
	eu, eea, gb, ch := mustCode("EU"), mustCode("EEA"), mustCode("GB"), mustCode("CH")
	ukTransferTitle := "Personal data may be transferred to a third country only under Chapter V: "
	return []Rule{
		{
			ID: dirRule, Jurisdiction: eu, Kind: TransferRestriction, Territory: []Code{eea},
			Title: "Member states must provide that personal data may be transferred to a third country only if it ensures an " +
				"adequate level of protection (Art. 25), or under a derogation or authorised safeguards such as contractual " +
				"clauses (Art. 26)",
			Citation:  Citation{Law: dpd, Short: "DPD", Article: "Art. 25, 26"},
			Effective: mustDate("1998-10-24"), End: mustDate("2018-05-25"),
			Scope:    Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:  append([]Source{eurDPDText, eurDPDArt32}, eurDPDRepeal...),
			Verified: true,
			Notes: "Effective is the transposition deadline: the Directive was adopted on 1995-10-24 and Art. 32(1) gave member " +
				"states three years from adoption; the rule is modelled as applying EEA-wide from that day, although national " +
				"laws took effect on different days (per-state transposition dates unverified, not modelled). The Art. 32 wording " +
				"was read in the Council's common-position text and matches the OJ text's three-year period. Repealed with effect " +
				"from 2018-05-25 by GDPR Art. 94; see EU-GDPR-44 from that day. The Directive still applied in Iceland, " +
				"Liechtenstein and Norway until the GDPR took effect there on 2018-07-20 (EEA JCD 154/2018); the EEA territory " +
				"here hands them to EU-GDPR-44 on 2018-05-25, and the date the Directive was incorporated into the EEA Agreement " +
				"is unverified. The Directive has no express onward-transfer rule, so the basis is data stored in the EEA (and " +
				"collected by an EEA controller), not EEA subjects' data held elsewhere.",
		},
		{
			ID: "EU-DATAACT-32", Jurisdiction: eu, Kind: BlockingStatute, Territory: []Code{eu},
			Title: "Providers of data processing services must prevent third-country governmental access to and transfer of " +
				"non-personal data held in the Union that would conflict with Union or national law; a third-country court or " +
				"administrative decision is recognisable or enforceable only on the basis of an international agreement",
			Citation:  Citation{Law: dataAct, Short: "Data Act", Article: "Art. 32"},
			Effective: mustDate("2025-09-12"),
			Scope:     Scope{Basis: StoredIn},
			Relief: "an international agreement in force between the requesting third country and the Union or the member state, " +
				"such as a mutual legal assistance treaty (Art. 32(2)); absent one, only where (a) the third-country legal system " +
				"requires the decision's reasons and proportionality to be set out and the decision to be specific, (b) the " +
				"provider's reasoned objection can be reviewed by a competent court or tribunal of that country, and (c) that " +
				"court may take into account the legal interests of the data's holder protected by Union or national law " +
				"(Art. 32(3)); the provider may ask the competent national body for its opinion",
			Sources:  eurDataAct,
			Verified: true,
			Notes: "Chapter VII applies from 2025-09-12 (the Regulation entered into force on 2024-01-11). Territory is the EU, not " +
				"the EEA: as of the latest sources (regjeringen.no, last processed 2024-09-26; Haavind) the Data Act was still under " +
				"assessment in the EEA EFTA states and no EEA Joint Committee decision was found; incorporation after that is " +
				"unverified. Art. 32(1) covers non-personal data; this catalog has no non-personal class, so the rule covers all " +
				"data stored in the EU and over-applies to datasets that are purely personal (for which GDPR Art. 48, EU-GDPR-48, " +
				"is the operative rule). It binds providers of data processing services, a role topology facts do not show: every " +
				"store's operator is treated as one. Art. 32(4): only the minimum amount of data permissible may be provided; " +
				"Art. 32(5): the provider must inform the customer of a third-country request before complying (the wording of " +
				"its law-enforcement exception is unverified). Penalties are national (Art. 40); the GDPR-fine bridge of Art. 40(4) " +
				"does not cover Chapter VII.",
		},
		{
			ID: ukRule, Jurisdiction: gb, Kind: TransferRestriction,
			Title: ukTransferTitle + "adequacy regulations (DPA 2018 s.17A, UK GDPR Art. 45), appropriate safeguards such as the " +
				"IDTA, the UK Addendum or BCRs (Art. 46, 47), or an exception (Art. 49); onward transfers included",
			Citation:  Citation{Law: ukGDPR, Short: "UK GDPR", Article: "Art. 44", Version: "Chapter V as retained from 2021-01-01 until the DUAA 2025 replaced it"},
			Effective: mustDate("2021-01-01"), End: mustDate("2026-02-05"),
			Scope:    Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn},
			Sources:  eurUKTransfers,
			Verified: true,
			Notes: "Before 2021-01-01 the UK was in the EU or treated as a member state (withdrawal-agreement transition), under " +
				"EU-GDPR-44. Replaced on 2026-02-05 by GB-UKGDPR-44A (DUAA 2025 s.85 and Sch. 7, commenced by SI 2026/82). " +
				"Penalty tier: up to GBP 17.5M or 4% of annual global turnover (secondary sources).",
		},
		{
			ID: ukRuleNew, Jurisdiction: gb, Kind: TransferRestriction,
			Title: ukTransferTitle + "transfers approved by Secretary of State regulations where the data protection test is met " +
				"(Art. 45A, 45B), appropriate safeguards meeting the same test (Art. 46, 47), or an exception (Art. 49); onward " +
				"transfers included",
			Citation:  Citation{Law: ukGDPR, Short: "UK GDPR", Article: "Art. 44A", Version: "Chapter V as substituted by the Data (Use and Access) Act 2025, Sch. 7, from 2026-02-05"},
			Effective: mustDate("2026-02-05"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn},
			Sources:   eurUKTransfers,
			Verified:  true,
			Notes: "A new rule, not a renumbering: Sch. 7 replaced 'adequacy' (essentially equivalent protection) with the data " +
				"protection test (protection 'not materially lower', Art. 45B) for both Art. 45A regulations and Art. 46 " +
				"safeguards. Existing adequacy regulations under DPA 2018 s.17A are treated as made under Art. 45A (DUAA Sch. 9 " +
				"para 26) and the Sch. 21 transitional list as approved by Art. 45A regulations (Sch. 9 para 25), so those " +
				"mechanisms satisfy both rules. SI 2026/82 commences provisions 'so far as not already in force'; that no part " +
				"of Sch. 7 commenced earlier is unverified.",
		},
		{
			ID: "GB-IPA-2016", Jurisdiction: gb, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach | PersonalReach,
			Title: "Warrants and notices compel telecommunications operators to intercept, retain and disclose communications " +
				"and data, and technical capability notices oblige them to maintain the ability to assist, including by " +
				"removing electronic protection they applied",
			Citation:  Citation{Law: ipa2016, Short: "IPA", Article: "Parts 2-7; s.252, 253, 255"},
			Effective: mustDate("2018-03-12"),
			Sources:   eurIPA,
			Verified:  true,
			Notes: "Effective is the commencement of the notice powers the rule is built on: national security and technical " +
				"capability notices (s.252, 253) from 2018-03-12 (SI 2018/341 reg. 2, read as far as its provisions on notices " +
				"under s.252 and 253). The Act received Royal Assent on 2016-11-29 and its other powers commenced in stages: most " +
				"of Part 4 (retention notices) from 2016-12-30 (SI 2016/1233), with Judicial Commissioner approval of retention " +
				"notices from 2018-11-01; Part 2 targeted interception warrants decided from 2018-05-31 (SI 2018/652), issued for " +
				"law-enforcement intercepting authorities from 2018-09-26 (SI 2018/940; the first issuing day for the intelligence " +
				"services is unverified); bulk acquisition warrants from 2018-08-22 (SI 2018/873); communications-data " +
				"authorisations 2019-02-05 (SI 2019/174). A single rule cannot carry these dates: the catalog uses the notices' " +
				"date, so the rule understates retention notices in force from 2016-12-30 and overstates warrant powers between " +
				"2018-03-12 and their commencement. Before that RIPA 2000 (not in this catalog) supplied comparable " +
				"powers. Warrants and notices need the Secretary of State and a Judicial Commissioner (s.253(1)(c) for TCNs). " +
				"Personal reach models operators incorporated or headquartered in the UK wherever their data is. Technical " +
				"capability notices can also be given to overseas operators offering services to persons in the UK, enforceable " +
				"by civil proceedings for notices tied to interception and communications-data powers (s.255(10)-(11)); the " +
				"model cannot express reach through serving UK users. Recipients must not disclose a notice (s.255(8)). The " +
				"subsection of s.253 that expressly allows giving a notice to persons outside the UK is unverified.",
		},
		{
			ID: "GB-IPAA-2024", Jurisdiction: gb, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach | PersonalReach,
			Title: "Amends the IPA 2016: extra-territorial enforcement of retention notices, a wider meaning of telecommunications " +
				"operator, renewal of notices every two years with Judicial Commissioner approval, and wider communications-data " +
				"powers",
			Citation:  Citation{Law: "Investigatory Powers (Amendment) Act 2024 (c. 9)", Short: "IP(A)A", Article: "s.13-17, 19, 20"},
			Effective: mustDate("2024-10-14"),
			Sources:   eurIPAA,
			Verified:  true,
			Notes: "Effective is the commencement of most sections by SI 2024/1021 (2024-10-14), including s.17 (extra-territorial " +
				"enforcement of retention notices), s.19 and s.20; s.18 (review of notices) and s.21 (notification of proposed " +
				"changes to services) were not in that list and their commencement is unverified. Royal Assent in 2024 (day " +
				"unverified). Same reach as GB-IPA-2016, and the same limit: reach over overseas operators serving the UK cannot " +
				"be expressed.",
		},
		{
			ID: chRuleOld, Jurisdiction: ch, Kind: TransferRestriction,
			Title: "Personal data may not be disclosed abroad if the privacy of the data subjects would be seriously endangered, in " +
				"particular for lack of legislation guaranteeing adequate protection; otherwise only with sufficient safeguards " +
				"(notably contractual clauses), consent or another listed exception",
			Citation:  Citation{Law: oldFADP, Short: "FADP 1992", Article: "Art. 6"},
			Effective: mustDate("1993-07-01"), End: mustDate("2023-09-01"),
			Scope:    Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:  eurFADP1992,
			Verified: true,
			Notes: "The Act entered into force on 1993-07-01 (Commission Decision 2000/518/EC, recital 7) and was replaced by the " +
				"revised FADP on 2023-09-01 (CH-FADP-16). The text read is Art. 6 as amended (safeguards notified to the FDPIC, " +
				"intra-group rules); the date of that amendment and the original 1993 wording are unverified. The 1992 Act also " +
				"protected legal persons, which this catalog's classes cannot express. Modelled for data stored in Switzerland " +
				"and collected by a Swiss controller.",
		},
		{
			ID: chRule, Jurisdiction: ch, Kind: TransferRestriction,
			Title: "Personal data may be disclosed abroad only to states the Federal Council has found adequate (Annex 1 DPO) or " +
				"with appropriate safeguards (treaty, notified clauses, FDPIC-recognised standard clauses, BCRs), or under an " +
				"Art. 17 exception",
			Citation:  Citation{Law: revFADP, Short: "FADP", Article: "Art. 16, 17"},
			Effective: mustDate("2023-09-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   append(append([]Source(nil), eurRevFADP...), eurCHAnnex1[0], eurCHAnnex1[1]),
			Verified:  true,
			Notes: "No transition period. Protects natural persons only (Art. 1, 2(1)). Wilful disclosure abroad in breach of " +
				"Art. 16(1)-(2) without an Art. 17 exception: fine up to CHF 250,000 on the responsible private person, on " +
				"complaint (Art. 61(a)). Modelled for data stored in Switzerland and collected by a Swiss controller; onward " +
				"transfers of Swiss subjects' data between foreign countries are not modelled (the Act's effects-based scope, " +
				"Art. 3, is not read here as reaching them).",
		},
		{
			ID: "CH-STGB-271", Jurisdiction: ch, Kind: BlockingStatute,
			Title: "Carrying out on Swiss territory, without lawful authority, activities for a foreign state that are the " +
				"responsibility of a public authority, or facilitating them, is a crime: handing data in Switzerland to a " +
				"foreign authority outside legal or administrative assistance falls under it",
			Citation:  Citation{Law: "Swiss Criminal Code of 21 December 1937 (SR 311.0)", Short: "StGB", Article: "Art. 271", Version: "as amended by the Federal Act of 5 October 1950"},
			Effective: mustDate("1951-01-05"),
			Scope:     Scope{Basis: StoredIn},
			Relief: "authorisation by the competent federal authority (the 'lawful authority' of Art. 271(1)), or the channels of " +
				"international mutual legal or administrative assistance (BGE 148 IV 66)",
			Sources:  eurStGB271,
			Verified: true,
			Notes: "Effective is the entry into force of the current wording of Art. 271 (Federal Act of 5 October 1950, in force " +
				"1951-01-05, AS 1951 1); the provision existed in the Code of 1937 before that, but the Code's entry into force " +
				"(1942-01-01) and the original wording were not confirmed in the sources, so the verified date is used. Penalty: " +
				"custodial sentence up to three years or a monetary penalty, at least one year in serious cases (penalties " +
				"revised 2007-01-01). The Federal Supreme Court upheld the conviction of an asset manager who sent client data to " +
				"the US DOJ outside assistance channels (6B_216/2020, 2021-11-01). Art. 273 (economic espionage), also relied " +
				"on as a blocking rule, is not encoded (unverified).",
		},
	}
}

func europeMechanisms() []Mechanism {
	eu, gb, ch := mustCode("EU"), mustCode("GB"), mustCode("CH")
	both := []string{ukRule, ukRuleNew}
	return []Mechanism{
		{
			ID: "eu-us-safe-harbour", Jurisdiction: eu, Automatic: true, CertifiedRecipient: true,
			Name:      "EU-US Safe Harbour (self-certified US organisations only)",
			Citation:  Citation{Law: "Commission Decision 2000/520/EC", Short: "Safe Harbour", Article: "Directive 95/46/EC Art. 25(6)"},
			Effective: mustDate("2000-07-26"), End: mustDate("2015-10-06"),
			Satisfies:    []string{dirRule},
			Destinations: []Code{mustCode("US")},
			Sources:      eurSafeHarbour,
			Verified:     true,
			Notes: "Declared invalid by the Court of Justice in Schrems I (C-362/14) on 2015-10-06, with immediate effect. Covered " +
				"only US organisations that self-certified to the Safe Harbour principles; a recipient shows this by listing " +
				"eu-us-safe-harbour among its certifications. Effective is the adoption date; any delay before member states " +
				"applied it is not modelled.",
		},
		{
			ID: "eu-dir-authorised-safeguards", Jurisdiction: eu,
			Name:      "Transfers authorised by a member state under adequate safeguards (ad hoc contractual clauses, binding corporate rules)",
			Citation:  Citation{Law: dpd, Short: "DPD", Article: "Art. 26(2)"},
			Effective: mustDate("1998-10-24"), End: mustDate("2018-05-25"),
			Satisfies: []string{dirRule},
			Sources:   append([]Source{eurDPDText}, eurSCC2001[0]),
			Verified:  true,
			Notes: "Art. 26(2) let member states authorise a transfer or set of transfers where the controller adduced adequate " +
				"safeguards, in particular contractual clauses (restated in recital 2 of Decision 2001/497/EC). Declaring this " +
				"mechanism asserts that the national authorisation was obtained; the model cannot check it.",
		},
		{
			ID: "eu-dir-derogation-26-1", Jurisdiction: eu, OccasionalOnly: true,
			Name:      "Directive derogations (unambiguous consent, contract, important public interest, legal claims, vital interests, public register)",
			Citation:  Citation{Law: dpd, Short: "DPD", Article: "Art. 26(1)"},
			Effective: mustDate("1998-10-24"), End: mustDate("2018-05-25"),
			Satisfies: []string{dirRule},
			Sources:   []Source{eurDPDText},
			Verified:  false,
			Notes: "The list of Art. 26(1) grounds was not re-read against the OJ text in this pass (unverified). Treated as for " +
				"occasional transfers only, as the Article 29 Working Party read the derogations restrictively (its working " +
				"document on Art. 26(1) was not consulted: unverified) and as EU-GDPR-44's Art. 49 is read.",
		},
		{
			ID: "gb-adequacy-transitional", Jurisdiction: gb, Automatic: true,
			Name:     "UK transitional adequacy: EEA states, Gibraltar and countries with an EU adequacy decision at the end of 2020",
			Citation: Citation{Law: "Data Protection Act 2018 (c. 12)", Short: "DPA 2018", Article: "Sch. 21 paras 4-5"},
			// The EU decisions in force on 2020-12-31: Privacy Shield had
			// fallen on 2020-07-16 and Korea's decision came in 2021.
			Effective:    mustDate("2021-01-01"),
			Satisfies:    both,
			Destinations: codes("EEA", "GI", "CH", "CA", "AR", "GG", "IM", "JE", "FO", "AD", "IL", "UY", "NZ", "JP"),
			Sources:      eurSch21,
			Verified:     true,
			Notes: "Para 4 treats transfers to what para 5 specifies as based on adequacy regulations (from 2026-02-05: as approved " +
				"by regulations under Art. 45A, DUAA Sch. 9 para 25); para 4(3) lets the Secretary of State narrow the list. The " +
				"destinations are the EEA, Gibraltar and the countries the EU had found adequate on 2020-12-31, taken from the " +
				"EU decisions in this catalog: the para 5 list itself was not displayed in the source, so the country list is " +
				"derived, and any later narrowing is unverified. Canada and Japan are covered only within the scope of their EU " +
				"decisions (commercial organisations under PIPEDA; business operators under the APPI), whose excluded recipients " +
				"eu-adequacy-ca and eu-adequacy-jp list as tags (\"public-body\" and others). Excluded tags apply to every " +
				"destination of a mechanism, so they are not set on this one and the model cannot narrow it.",
		},
		{
			ID: "gb-adequacy-kr", Jurisdiction: gb, Automatic: true,
			Name:         "UK adequacy regulations: Republic of Korea",
			Citation:     Citation{Law: "Data Protection (Adequacy) (Republic of Korea) Regulations 2022, SI 2022/1213", Short: "UK adequacy (Korea)", Article: "DPA 2018 s.17A"},
			Effective:    mustDate("2022-12-19"),
			Satisfies:    both,
			Destinations: []Code{mustCode("KR")},
			Sources: append([]Source{
				src("legislation.gov.uk: SI 2022/1213 (made 2022-11-21, in force 2022-12-19)", "https://www.legislation.gov.uk/uksi/2022/1213"),
				src("Technology Law Dispatch: UK adequacy for Korea includes personal credit information (2022-12)", "https://www.technologylawdispatch.com/2022/12/big-data/uk-government-grants-south-korea-a-data-adequacy-status/"),
			}, eurUKTransfers[2]),
			Verified: true,
			Notes: "Covers persons in Korea subject to PIPA, including personal credit information (broader than the EU decision). " +
				"Treated as made under Art. 45A from 2026-02-05 (DUAA Sch. 9 para 26).",
		},
		{
			ID: "gb-us-data-bridge", Jurisdiction: gb, Automatic: true, CertifiedRecipient: true,
			Name: "UK-US data bridge: UK Extension to the EU-US Data Privacy Framework (certified US organisations only)",
			Citation: Citation{Law: "Data Protection (Adequacy) (United States of America) Regulations 2023, SI 2023/1028",
				Short: "UK-US data bridge", Article: "reg. 3; DPA 2018 s.17A"},
			Effective:    mustDate("2023-10-12"),
			Satisfies:    both,
			Destinations: []Code{mustCode("US")},
			Sources: append([]Source{
				src("legislation.gov.uk: SI 2023/1028 as made (in force 2023-10-12; reg. 3(2) UK Extension participants on the DPF List)", "https://www.legislation.gov.uk/uksi/2023/1028/made"),
				src("ICO: how the UK Extension to the EU-US Data Privacy Framework works (updated 2026-07-30)", "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/adequacy-regulations/how-does-the-uk-extension-to-the-eu-us-data-privacy-framework-work/"),
			}, eurUKTransfers[2]),
			Verified: true,
			Notes: "Only recipients listed on the DPF List as participating in the UK Extension, with an active certification " +
				"covering the data type (HR or non-HR): a recipient shows this by listing gb-us-data-bridge among its " +
				"certifications (an EU-US DPF certification alone does not qualify). Independent of the EU decision (ICO). " +
				"Treated as made under Art. 45A from 2026-02-05 (DUAA Sch. 9 para 26). Watch: reg. 4 names the FTC as a " +
				"supervisory authority, whose independence Trump v. Slaughter (2026) put in question.",
		},
		{
			ID: "gb-idta", Jurisdiction: gb, Name: "ICO International Data Transfer Agreement (IDTA)",
			Citation:  Citation{Law: "International Data Transfer Agreement issued by the Information Commissioner under DPA 2018 s.119A", Short: "IDTA", Article: "UK GDPR Art. 46; DPA 2018 s.119A"},
			Effective: mustDate("2022-03-21"),
			Satisfies: both,
			Sources:   eurIDTA,
			Verified:  true,
			Notes: "Laid before Parliament on 2022-02-02, in force 2022-03-21. Needs a transfer risk assessment, called the data " +
				"protection test from 2026-02-05 (ICO).",
		},
		{
			ID: "gb-uk-addendum", Jurisdiction: gb, Name: "ICO International Data Transfer Addendum to the EU standard contractual clauses (2021)",
			Citation:  Citation{Law: "International Data Transfer Addendum to the EU Commission Standard Contractual Clauses, issued under DPA 2018 s.119A", Short: "UK Addendum", Article: "UK GDPR Art. 46; DPA 2018 s.119A"},
			Effective: mustDate("2022-03-21"),
			Satisfies: both,
			Sources:   eurIDTA,
			Verified:  true,
			Notes:     "Bolted onto the 2021 EU SCCs (eu-scc-2021) so one contract serves EU and UK transfers. Needs a transfer risk assessment.",
		},
		{
			ID: "gb-eu-scc-old", Jurisdiction: gb, Name: "EU standard contractual clauses of 2001, 2004 and 2010 as they stood in UK law",
			Citation:  Citation{Law: "Commission Decisions 2001/497/EC, 2004/915/EC and 2010/87/EU as retained in UK law", Short: "UK SCC (old)", Article: "UK GDPR Art. 46"},
			Effective: mustDate("2021-01-01"), End: mustDate("2024-03-22"),
			Satisfies: []string{ukRule},
			Sources:   eurIDTA,
			Verified:  true,
			Notes: "New contracts could use them until 2022-09-21; contracts concluded by then stayed valid until 2024-03-21 " +
				"inclusive (ICO transitional provisions). The model cannot see when a contract was concluded: a flow declaring " +
				"this mechanism between 2022-09-22 and 2024-03-21 is taken to rest on a contract concluded in time.",
		},
		{
			ID: "gb-bcr", Jurisdiction: gb, Name: "UK binding corporate rules approved by the ICO",
			Citation:  Citation{Law: ukGDPR, Short: "UK GDPR", Article: "Art. 46(2)(b), 47"},
			Effective: mustDate("2021-01-01"),
			Satisfies: both,
			Sources: []Source{
				src("ICO: a brief guide to international transfers (IDTA, Addendum or UK BCRs, with a TRA; updated 2026-01-15)", "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/international-transfers/international-transfers-a-guide/"),
				eurUKTransfers[4]},
			Verified: true,
			Notes:    "Intra-group transfers only.",
		},
		{
			ID: "gb-derogation-49", Jurisdiction: gb, OccasionalOnly: true,
			Name:      "UK GDPR exceptions for specific situations (explicit consent, contract, public interest, legal claims, vital interests, public register)",
			Citation:  Citation{Law: ukGDPR, Short: "UK GDPR", Article: "Art. 49(1)"},
			Effective: mustDate("2021-01-01"),
			Satisfies: both,
			Sources:   []Source{eurUKTransfers[4], eurUKTransfers[3]},
			Verified:  false,
			Notes: "Retained from the GDPR. Read as for occasional transfers only, carried over from EDPB Guidelines 2/2018; the " +
				"ICO's own reading of the exceptions was not checked (unverified).",
		},
		{
			ID: "ch-adequacy-annex1", Jurisdiction: ch, Automatic: true,
			Name:         "Swiss Federal Council adequacy list (Annex 1 DPO)",
			Citation:     Citation{Law: "Swiss Data Protection Ordinance (DPO)", Short: "DPO", Article: "Art. 8, Annex 1; FADP Art. 16(1)"},
			Effective:    mustDate("2023-09-01"),
			Satisfies:    []string{chRule},
			Destinations: codes("EEA", "AD", "AR", "CA", "FO", "GI", "GB", "GG", "IM", "IL", "JE", "MC", "NZ", "UY"),
			Sources:      eurCHAnnex1,
			Verified:     true,
			Notes: "Binding list of 43 numbered states, 30 of them the EEA states, as published for 2023-09-01 (Steiger Legal lists " +
				"Andorra, Argentina, the EEA, the Faroe Islands, Gibraltar, the United Kingdom, Guernsey, the Isle of Man, " +
				"Israel, Jersey, Canada, Monaco, New Zealand and Uruguay; prighter and the Federal Office of Justice show the " +
				"same entries as far as their excerpts go). Canada is adequate only where PIPEDA or a substantially similar " +
				"provincial act applies to the private sector (a Canadian \"public-body\" is outside, as for eu-adequacy-ca); " +
				"excluded tags would apply to every destination, so they are not set here and the model cannot narrow it. The United States is listed " +
				"only for certified organisations (ch-us-dpf). Amendments to Annex 1 other than the 2024-09-15 US entry are " +
				"unverified.",
		},
		{
			ID: "ch-us-dpf", Jurisdiction: ch, Automatic: true, CertifiedRecipient: true,
			Name:         "Swiss-US Data Privacy Framework (certified US organisations only)",
			Citation:     Citation{Law: "Federal Council decision of 14 August 2024 amending Annex 1 DPO (Swiss-U.S. Data Privacy Framework)", Short: "Swiss-US DPF", Article: "FADP Art. 16(1); DPO Annex 1"},
			Effective:    mustDate("2024-09-15"),
			Satisfies:    []string{chRule},
			Destinations: []Code{mustCode("US")},
			Sources:      eurCHDPF,
			Verified:     true,
			Notes: "Only US organisations certified under the Swiss-U.S. DPF: a recipient shows this by listing ch-us-dpf among its " +
				"certifications. No transfer impact assessment needed (datenrecht.ch). Replaces the Swiss-US Privacy Shield, " +
				"which the FDPIC found inadequate on 2020-09-08 (not a mechanism in this catalog).",
		},
		{
			ID: "ch-standard-clauses", Jurisdiction: ch,
			Name:      "EU standard contractual clauses (2021) with Swiss adaptations, recognised by the FDPIC",
			Citation:  Citation{Law: "FDPIC recognition of the standard contractual clauses of Decision (EU) 2021/914 with Swiss adaptations", Short: "Swiss SCC", Article: "FADP 1992 Art. 6(2)(a); FADP Art. 16(2)(d)"},
			Effective: mustDate("2021-08-27"),
			Satisfies: []string{chRuleOld, chRule},
			Sources: []Source{
				src("DataGuidance: Switzerland (FDPIC recognised the 2021 EU SCCs with Swiss adaptations on 2021-08-27)", "https://legacy.dataguidance.com/jurisdiction/switzerland"),
				eurCHAnnex1[3]},
			Verified: true,
			Notes: "Earlier FDPIC-recognised clauses (used with the old EU SCCs) are not modelled, so before 2021-08-27 a transfer " +
				"needs another mechanism here.",
		},
		{
			ID: "ch-bcr", Jurisdiction: ch, Name: "Binding corporate rules approved by the FDPIC or a foreign data protection authority",
			Citation:  Citation{Law: revFADP, Short: "FADP", Article: "Art. 16(2)(e)"},
			Effective: mustDate("2023-09-01"),
			Satisfies: []string{chRule},
			Sources:   []Source{eurCHAnnex1[3], eurRevFADP[0]},
			Verified:  true,
			Notes:     "Intra-group transfers only; approval by an authority of a state with adequate protection counts.",
		},
		{
			ID: "ch-fadp1992-adequate-legislation", Jurisdiction: ch, Automatic: true,
			Name:      "FADP 1992: destination with legislation guaranteeing adequate protection (EEA states)",
			Citation:  Citation{Law: oldFADP, Short: "FADP 1992", Article: "Art. 6(1)"},
			Effective: mustDate("1993-07-01"), End: mustDate("2023-09-01"),
			Satisfies:    []string{chRuleOld},
			Destinations: []Code{mustCode("EEA")},
			Sources:      append(append([]Source(nil), eurFADP1992...), src("Lexology (ACC): the FDPIC country list matches the EU adequacy findings", "https://www.lexology.com/library/detail.aspx?g=dbaca74f-c6f9-42bc-8e40-dfd8c84a717a")),
			Verified:     false,
			Notes: "Under the 1992 Act the exporter judged adequacy itself, helped by the FDPIC's indicative country list. Treating " +
				"every EEA state as adequate for the whole period is an inference from that list's reported content; the list's " +
				"content on any given date is unverified. Other countries the FDPIC listed (reportedly matching the EU's " +
				"adequacy findings) are not modelled, nor is the Swiss-US Privacy Shield (listed from 2017-01-11, delisted by the " +
				"FDPIC on 2020-09-08).",
		},
	}
}

func europeProfiles() []AccessProfile {
	tcoBasis := "Regulation (EU) 2021/784 (from 2022-06-07): competent authorities, which need not be courts, may order " +
		"hosting providers to remove or disable terrorist content within one hour"
	from := func(d string) Period { return Period{From: mustDate(d)} }
	span := func(f, u string) Period { return Period{From: mustDate(f), Until: mustDate(u)} }
	loi91 := "loi 91-646 of 1991-07-10 (its in-force day unverified; codified in 2012 as CSI L. 241-1 ff.)"
	return []AccessProfile{
		{
			Jurisdiction: mustCode("GB"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2018-05-31"),
				Basis: "IPA 2016 'double lock': warrants and technical capability, national security and retention notices need " +
					"the Secretary of State and approval by a Judicial Commissioner (s.253(1)(c) for TCNs; GB-IPA-2016); notices " +
					"from 2018-03-12, Part 2 targeted interception warrants from 2018-05-31 (SI 2018/652)",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("2000-10-02", "2018-05-31"),
					Basis: "RIPA 2000 s.5: interception warrants, for serious crime as for national security, issued by the Secretary " +
						"of State alone, not a body independent of the executive (Big Brother Watch v UK, ECtHR GC 2021-05-25, para 377; " +
						"RIPA Part I in force 2000-10-02, SI 2000/2543); stored material held by others reached in criminal cases by a " +
						"circuit judge's production order (PACE 1984 s.9 and Sch. 1)"}}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2018-03-12"),
				Basis: "the Investigatory Powers Commissioner reports annually to Parliament and the Investigatory Powers Tribunal " +
					"hears complaints; notices are secret and recipients may not disclose them (IPA s.255(8), from 2018-03-12)",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("2000-10-02", "2018-03-12"),
					Basis: "the Interception of Communications Commissioner reported to Parliament (RIPA s.57-58, reports laid under " +
						"s.58(6), e.g. 3007 warrants in 2016) and the Investigatory Powers Tribunal heard complaints (s.65); no notice " +
						"to the subject, and unauthorised disclosure of a warrant was an offence (s.19)"}}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2018-03-12"),
				Basis: "technical capability and national security notices compel operators, including overseas ones, to assist " +
					"(IPA s.252, 253, 255(10), commenced 2018-03-12); approved by a Judicial Commissioner, not an ordinary court; " +
					"renewal every two years added by IP(A)A 2024 (s.255(5A); its commencement date unverified)",
				Earlier: []ProfileAnswer{{Answer: Yes, Verified: true, Period: span("2002-08-01", "2018-03-12"),
					Basis: "operator duties on the Secretary of State's direction alone: secret 'directions of a general character' " +
						"to providers of public electronic communications networks in the interests of national security " +
						"(Telecommunications Act 1984 s.94), unsupervised until the Interception of Communications Commissioner took " +
						"on non-statutory oversight in 2015; duties to give effect to warrants and to maintain an interception " +
						"capability (RIPA s.11, s.12; Maintenance of Interception Capability Order 2002, SI 2002/1931, from 2002-08-01)"}}},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2023-10-26"),
				Basis: "Online Safety Act 2023 s.121: Ofcom may require a user-to-user service to use accredited technology to find " +
					"and take down CSEA content communicated publicly or privately, without a court; From is the Act's Royal Assent, " +
					"whether s.121 is commenced and usable was not verified (unverified); equipment interference otherwise needs a " +
					"warrant approved by a Judicial Commissioner (IPA Part 5)"},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2006-04-13"),
				Basis: "police notices to remove unlawfully terrorism-related material within two working days (Terrorism Act 2006 " +
					"s.3, implemented 2006-04-13), without a court; 48-hour removal notices for unlawful weapons content (Crime and " +
					"Policing Act 2026 s.21, commencement unverified); Online Safety Act 2023 access restrictions need a court order " +
					"(s.144-147)"},
			Sources: []Source{
				eurIPA[1], eurIPA[2],
				src("parallelparliament.co.uk: TCN renewal every two years with Judicial Commissioner approval", "https://parallelparliament.co.uk/question/30755"),
				src("Open Rights Group wiki: Terrorism Act 2006 s.3 notices", "https://wiki.openrightsgroup.org/wiki/Terrorism_Act_2006"),
				src("Home Office circular 8/2006: Terrorism Act 2006, implementation date 2006-04-13", "https://gov.uk/government/publications/the-terrorism-act-2006"),
				src("legislation.gov.uk: Crime and Policing Act 2026 s.21", "https://www.legislation.gov.uk/ukpga/2026/20/section/21/enacted/data.html"),
				src("legislation.gov.uk: Online Safety Act 2023 s.147", "https://www.legislation.gov.uk/ukpga/2023/50/section/147/enacted"),
				src("data.guardint.org: Big Brother Watch v UK (GC), paras 62, 377 (RIPA warrants by the Secretary of State)", "https://data.guardint.org/en/entity/8bxe5z9q3ar?page=115"),
				src("legislation.gov.uk: SI 2000/2543, RIPA Part I in force 2000-10-02", "http://legislation.data.gov.uk/uksi/2000/2543/made/data.htm?wrap=true"),
				src("legislation.gov.uk: PACE 1984 Sch. 1, production orders by a circuit judge", "https://legislation.gov.uk/ukpga/1984/60/schedule/1/2022-02-11/data.html"),
				src("IOCC report on s.94 directions (July 2016), presented under RIPA s.58(6)", "https://pdfslide.net/documents/report-of-the-interception-of-communications-co-report-of-the-interception-of-communications.html"),
				src("Open Rights Group wiki: Telecommunications Act 1984 s.94", "https://wiki.openrightsgroup.org/wiki/Telecommunications_Act_1984"),
				src("zoomlaw.co.uk: SI 2002/1931, in force 2002-08-01", "https://zoomlaw.co.uk/2002-1931-uksi.html"),
			},
			Notes: "Before the IPA, RIPA 2000 interception warrants were issued by the Secretary of State alone. Content control " +
				"before 2023-10-26 was not researched: equipment interference under Intelligence Services Act 1994 s.5 warrants " +
				"(Secretary of State) and IPA Part 5 was not assessed.",
		},
		{
			Jurisdiction: mustCode("CH"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2017-09-01"),
				Basis: "Intelligence Service Act (SR 121, in force 2017-09-01, date not re-checked) Art. 27(2): measures requiring " +
					"authorisation need the Federal Administrative Court's authorisation and the DDPS head's clearance, Art. 29 " +
					"(single judge within five working days); cable communications intelligence Art. 40-41 likewise; " +
					"criminal-procedure surveillance needs court approval"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2017-09-01"),
				Basis: "the independent supervisory authority for intelligence (AB-ND) audits and its annual report is published " +
					"(IntelSA Art. 78(3)); whether and when subjects are notified was not checked (unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: true, Period: from("2018-03-01"),
				Basis: "cable operators and telecom providers must assist only under mandates authorised by the Federal " +
					"Administrative Court (IntelSA Art. 40-41) or court-approved criminal surveillance (SPTO Art. 6; the SPTO's " +
					"in-force date 2018-03-01 not re-checked)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("2017-09-01"),
				Basis: "no executive power to alter or delete stored private data was found; intrusion into computer systems by the " +
					"intelligence service is a measure requiring the Federal Administrative Court's authorisation (IntelSA Art. 26-27) " +
					"(negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2012-07-16"),
				Basis: "fedpol may, after hearing the Federal Intelligence Service, order the deletion of a website holding " +
					"violent propaganda on a Swiss server and only recommend blocking for foreign servers (Federal Act on " +
					"Measures to Safeguard Internal Security Art. 13e(5), in force 2012-07-16), an administrative order " +
					"appealable under the Administrative Procedure Act; no general power found"},
			Sources: []Source{
				src("lawbrary.ch: Intelligence Service Act Art. 27 and 29", "https://lawbrary.ch/law/art/NDG-v2021.07-en-art-27/print"),
				src("droit-bilingue.ch: Intelligence Service Act Art. 78", "https://droit-bilingue.ch/en-de/1/12/121-78-81.html"),
				src("lawbrary.ch: Surveillance of Post and Telecommunications Ordinance Art. 1, 6", "https://lawbrary.ch"),
				src("droit-bilingue.ch: BWIS Art. 13e (deletion of propaganda websites)", "https://www.droit-bilingue.ch/de-it/1/12/120-13e-17.html"),
				src("Swiss Parliament 17.3751: Federal Council answer on Art. 13e BWIS deletions", "http://ws-old.parlament.ch/affairs/20173751"),
			},
			Notes: "Compelled assistance is 'No' because provider duties follow judicial authorisation; it is not a finding that " +
				"providers cannot be compelled.",
		},
		{
			Jurisdiction: mustCode("DE"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2022-01-01"),
				Basis: "G 10 measures are authorised subject to the G 10 Commission, a parliamentary quasi-judicial body (G 10 Act " +
					"§ 1(2)); BND strategic foreign surveillance is reviewed before execution by the Independent Control Council " +
					"from 2022-01-01 (BND Act §§ 23(4), 40-41; BVerfG 1 BvR 2835/17 of 2020-05-19); courts reviewing a provider's " +
					"obligation order do not review the underlying restriction order (BVerwG 6 A 3.16 of 2018-05-30)",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("2001-06-29", "2022-01-01"),
					Basis: "G 10 restriction orders are made by the competent Federal Ministry and approved by the G 10 Commission, a " +
						"body appointed by the Bundestag in place of the courts (Basic Law Art. 10(2); G 10 Act § 15, in force " +
						"2001-06-29); criminal interception needs a court order (StPO § 100b, not re-checked); BND foreign-foreign " +
						"surveillance had no such prior review (BVerfG 1 BvR 2835/17)"}}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2001-06-26"),
				Basis: "parliamentary oversight by the Parliamentary Control Panel and the G 10 Commission (G 10 Act of 2001-06-26 " +
					"§ 1(2); its in-force date unverified); published statistics and notice to subjects were not checked (inference, unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2022-01-01"),
				Basis: "commercial telecom providers must, on an order, give information, divert content and enable monitoring " +
					"(G 10 Act § 2(1a)), checked by the G 10 Commission and, from 2022-01-01, the Independent Control Council " +
					"rather than a court",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("2001-06-29", "2022-01-01"),
					Basis: "commercial telecom providers must enable restriction measures ordered under the G 10 Act (§ 2, in force " +
						"2001-06-29), which the G 10 Commission, a parliamentary body, approves rather than a court"}}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("2022-01-01"),
				Basis: "no executive power to alter or delete stored private data was found; Regulation (EU) 2021/784 reaches only " +
					"content disseminated to the public (negative finding, unverified)",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2001-06-29", "2022-01-01"),
					Basis: "no executive power to alter or delete stored private data was found; G 10 Act measures (from " +
						"2001-06-29) monitor and record communications (negative finding, unverified)"}}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2022-07-26"),
				Basis: tcoBasis + "; the Bundeskriminalamt issues removal orders (TerrOIBG of 2022-07-21 § 1(1), BGBl. I of " +
					"2022-07-26; From is the publication, the in-force day unverified); orders of the Länder media authorities were " +
					"not checked",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: false, Period: span("2007-03-01", "2022-07-26"),
					Basis: "Länder supervisory authorities may order telemedia providers, access providers included, to remove or " +
						"block unlawful content by administrative order, reviewed by the administrative courts only afterwards " +
						"(Rundfunkstaatsvertrag § 59(3)-(4) with JMStV § 20(4), in force with the Telemediengesetz on 2007-03-01, " +
						"provisions and date from recollection, unverified); the predecessor MDStV § 22 blocking orders of the " +
						"Bezirksregierung Düsseldorf against access providers were upheld (VG Köln 6 L 2495/02 of 2003-02-07; VG " +
						"Düsseldorf 27 K 5968/02 of 2005-05-10)"}}},
			Sources: []Source{
				src("lexcada.com: Artikel 10-Gesetz (G 10)", "https://lexcada.com/akn/de/act/2001-06-26/G_10/deu"),
				src("lexetius.com: G 10 § 12, in force 2001-06-29", "https://lexetius.com/G10/12"),
				src("blog.wawzyniak.de: the G 10 Commission approves restrictions (G 10 § 15)", "https://blog.wawzyniak.de/tag/art-93-gg/"),
				src("jurpc.de: VG Köln 6 L 2495/02, Düsseldorf blocking order on MDStV § 22", "https://jurpc.de/jurpc/20030116.htm"),
				src("aufrecht.de: VG Düsseldorf 27 K 5968/02 (2005-05-10), blocking order lawful", "https://aufrecht.de/urteile/internetrecht/sperrung-einer-domain-wegen-verbreitung-nationalsozialistischen-gedankengutes-vg-duesseldorf-urteil-vom-10052005-az-27-k-596802"),
				src("BVerwG 6 A 3.16 (2018-05-30)", "https://www.bverwg.de/300518U6A3.16.0"),
				src("BVerfG 1 BvR 2835/17 (2020-05-19), headnotes", "https://www.bundesverfassungsgericht.de"),
				src("Unabhängiger Kontrollrat (wiki mirror): established 2021-04-22, ex-ante control from 2022-01-01", "https://defi.xcv.wiki"),
				src("umwelt-online.de: TerrOIBG of 2022-07-21 (BGBl. I Nr. 27 of 2022-07-26), § 1", "https://www.umwelt-online.de/recht/allgemei/stgb/terroibg22.htm"),
				src("Bundesnetzagentur: BKA issues TCO removal orders", "https://bundesnetzagentur.de/EN/Areas/Digitalisation/Internet/TerrorOnlIn/start.html"),
				eurTCO,
			},
			Notes: "Public takedown is rated Partly, as for Ireland, because the only removal power found without a court is limited " +
				"to terrorist content; the research table rated content control Yes on the same hook.",
		},
		{
			Jurisdiction: mustCode("FR"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2015-10-03"),
				Basis: "intelligence techniques are authorised by the Prime Minister after a prior opinion of the CNCTR, an " +
					"independent administrative commission (Code de la sécurité intérieure L. 821-3, L. 821-4; loi 2015-912, in " +
					"force the day after the decree naming the CNCTR president, taken as 2015-10-03, unverified), for four months; " +
					"since the law of 2021-07-30 a negative CNCTR opinion sends the matter to the Conseil d'État before execution " +
					"(catalog research, not re-checked)",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("1991-07-10", "2015-10-03"),
					Basis: "interceptions de sécurité were authorised by the Prime Minister on a reasoned written request of the " +
						"ministers of the interior, defence or customs, for four months, and sent within 48 h to the CNCIS, an " +
						"independent administrative authority that could recommend interruption and in practice gave a prior opinion " +
						"(" + loi91 + "); judicial interception in criminal cases by the " +
						"juge d'instruction (CPP art. 100, not re-checked)"}}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2015-10-03"),
				Basis: "the CNCTR publishes annual activity reports with numbers of opinions, purposes and persons monitored; no " +
					"notice to the persons monitored",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("1991-07-10", "2015-10-03"),
					Basis: "the CNCIS published annual activity reports with the quotas and numbers of interceptions (17th report for " +
						"2008; " + loi91 + "); no notice to the persons monitored"}}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2015-10-03"),
				Basis: "operators' networks carry out techniques, including algorithmic analysis of connection data (L. 851-3), on " +
					"executive authorisation (L. 871-6), not a court's",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: false, Period: span("1991-07-10", "2015-10-03"),
					Basis: "operators carried out interceptions de sécurité authorised by the Prime Minister, centralised by the GIC, " +
						"with the CNCIS's opinion rather than a court's (" + loi91 + "); the operators' duty " +
						"provision itself was not checked (unverified)"}}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("2015-10-03"),
				Basis: "no executive power to alter or delete stored private data was found; intelligence techniques on computer " +
					"data (CSI Title V) collect and are authorised by the Prime Minister after a CNCTR opinion (negative finding, unverified)",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("1991-07-10", "2015-10-03"),
					Basis: "no executive power to alter or delete stored private data was found; interceptions de sécurité (" +
						loi91 + ") collect communications (negative finding, unverified)"}}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2015-02-06"),
				Basis: "the administrative authority may require removal of terrorism-apology and child-abuse content and then " +
					"order ISPs to block it, overseen only by a qualified person at the CNIL, later Arcom (LCEN art. 6-1, law of " +
					"2014-11-13; Décret 2015-125 of 2015-02-05, From its publication, in-force day unverified); from 2022-06-07 also " + tcoBasis,
				Earlier: []ProfileAnswer{
					{Answer: No, Verified: false, Period: span("2011-03-15", "2015-02-06"),
						Basis: "LOPPSI 2 (loi 2011-267, published 2011-03-15) art. 4 let the Interior Ministry notify ISPs of " +
							"child-abuse sites to block, but it needed an implementing decree that was not issued until 2015 and no " +
							"administrative blocking took place; in 2012 the government announced 'no blocking without a judge'; " +
							"otherwise removal and blocking needed a judge (LCEN 2004 art. 6-I-8); whether the power was usable from " +
							"its 2012-03-15 fallback date is unverified"},
					{Answer: No, Verified: false, Period: span("2004-06-22", "2011-03-15"),
						Basis: "removal and blocking of online content ordered by the judicial authority (LCEN, loi 2004-575 of " +
							"2004-06-21, art. 6-I-8; publication date 2004-06-22 from recollection); no administrative power was found " +
							"(negative finding, unverified)"}}},
			Sources: []Source{
				src("data.guardint.org: CNCTR activity reports (L. 821-3, L. 821-4; law of 2021-07-30)", "https://data.guardint.org"),
				src("Légifrance: CNCTR délibération n° 1/2016 (JORF 2016-02-19)", "https://www.legifrance.gouv.fr"),
				src("legal.tricoteuses.fr: loi 2015-912 art. 26, entry into force after the CNCTR president's appointment", "https://legal.tricoteuses.fr/articles/JORFARTI000030932133"),
				src("Village de la Justice: administrative blocking under LCEN art. 6-1 (2015-02-10)", "https://www.village-justice.com/articles/spip.php?page=imprimer&id_article=18902"),
				src("data.guardint.org: CNCIS tenth anniversary, Prime Minister's authorisation under the law of 1991-07-10", "https://data.guardint.org/en/entity/6yuacrwscy8?page=54"),
				src("data.guardint.org: 2015 impact study, CSI L. 241-2, CNCIS informed within 48 h", "https://data.guardint.org/en/entity/b4vmjsfv4j?page=49"),
				src("data.guardint.org: CNCIS 17th activity report (2008), prior opinion on all requests", "https://data.guardint.org/en/entity/runvcs1l29p?page=15"),
				src("Next INpact: LOPPSI art. 4 decree abandoned, 'pas de blocage sans juge' (2012)", "https://www.nextinpact.com/archive/72658-loppsi-gouvernement-abandonne-blocage-sites-sans-juge.htm"),
				src("La Quadrature du Net / Next INpact (2014-10-01): LOPPSI 2 blocking decree still missing", "https://www.laquadrature.net/2014/10/01/nextinpact-blocage-administratif-la-decrepitude-du-ps-sur-le-credo-du-decret"),
				eurTCO,
			},
			Notes: "Public takedown is rated Partly because the administrative removal and blocking powers are limited to listed " +
				"categories; the research table rated content control Yes.",
		},
		{
			Jurisdiction: mustCode("NL"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2018-05-01"),
				Basis: "special powers of the AIVD and MIVD under the Intelligence and Security Services Act 2017 (Wiv 2017, fully " +
					"in force 2018-05-01) need ministerial permission and a binding prior lawfulness review by the Investigatory " +
					"Powers Commission (TIB), an independent body, not a court",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: false, Period: span("2002-05-29", "2018-05-01"),
					Basis: "under the Wiv 2002 (in force 2002-05-29) the services' special powers, interception included, needed only " +
						"the minister's permission, with no independent prior review (CTIVD review afterwards); criminal interception " +
						"needs the examining magistrate's authorisation (Sv art. 126m, not re-checked, unverified)"}}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2018-05-01"),
				Basis: "the CTIVD reviews ex post and reports; its complaints department can bind the services (delete data, stop a " +
					"power); no notice to subjects was found",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("2002-05-29", "2018-05-01"),
					Basis: "Wiv 2002 art. 34: a duty to examine, five years after a special power such as interception ends, whether " +
						"the person can be notified, subject to deferral and exceptions; CTIVD review reports"}}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2018-05-01"),
				Basis: "providers of communications services can be ordered to supply data in support of interception powers (Wiv " +
					"2017 Art. 52(1), 55(1); Besluit gegevensverstrekking onderzoek van communicatie Wiv 2017, Stb. 2018, 116); " +
					"that those orders pass the TIB's binding review, and the wording of the cooperation duty, are unverified",
				Earlier: []ProfileAnswer{{Answer: Yes, Verified: false, Period: span("2002-05-29", "2018-05-01"),
					Basis: "providers of public telecommunications networks and services had to make them interceptable and cooperate " +
						"with interception and data requests (Telecommunicatiewet ch. 13, art. 13.1-13.2), which the AIVD and MIVD " +
						"could use on the minister's permission alone under the Wiv 2002, with no independent prior review; the " +
						"wording of the duties was not re-read (unverified)"}}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("2018-05-01"),
				Basis: "no executive power to alter or delete stored private data was found; the ATKM acts on material on the open " +
					"internet only (negative finding, unverified)",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2002-05-29", "2018-05-01"),
					Basis: "no executive power to alter or delete stored private data was found under the Wiv 2002 (negative " +
						"finding, unverified)"}}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2024-07-01"),
				Basis: "the ATKM, an independent administrative body, issues removal orders for terrorist content (" + tcoBasis +
					"; Uitvoeringswet verordening terroristische online-inhoud, in-force date not found) and for child-abuse material " +
					"(Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal, in force 2024-07-01), without a court"},
			Sources: []Source{
				src("AIVD: the Investigatory Powers Commission (TIB), binding judgments", "https://english.aivd.nl/about-aivd/the-intelligence-and-security-services-act-2017/regulatory-commission"),
				src("Bits of Freedom: CTIVD departments (2022-06-17)", "https://www.bitsoffreedom.nl"),
				src("Staatsblad 2018, 116: Besluit gegevensverstrekking onderzoek van communicatie Wiv 2017", "https://zoek.officielebekendmakingen.nl/stb-2018-116.html"),
				src("ATKM: legislation; CSAM law in force 2024-07-01", "https://www.atkm.nl/werkwijze/wetgeving"),
				src("ATKM: removal orders within one hour, open internet only", "https://www.atkm.nl/werkwijze"),
				src("Kamerstuk 30 977 nr. 18 (2008-12-04): Wiv 2002 in force 2002-05-29, notification duty art. 34", "https://zoek.officielebekendmakingen.nl/kst-30977-18.html"),
				src("inlichtingen.info: no independent prior review under the Wiv 2002", "https://inlichtingen.info/blog/toetsingscommissie-inzet-bevoegdheden/"),
				src("Buro Jansen & Janssen: Besluit verstrekking gegevens telecommunicatie (Telecommunicatiewet art. 13.1, 13.2)", "https://www.burojansen.nl/afluisteren/besluit-verstrekking-gegevens-telecommunicatie/"),
				eurTCO,
			},
		},
	}
}
