package jurisdiction

// Group Fin: financial-sector and outsourcing duties. EU DORA (ICT
// third-party risk, incident reporting), NIS2 (risk-management measures,
// incident reporting), GDPR processor contracts and EU representatives;
// Korea's cloud rule for financial companies; the bank data-centre rules of
// Indonesia (OJK) and Turkey (BDDK).

const (
	dora = "Regulation (EU) 2022/2554 on digital operational resilience for the financial sector (Digital Operational Resilience Act)"
	nis2 = "Directive (EU) 2022/2555 on measures for a high common level of cybersecurity across the Union (NIS 2 Directive)"
)

// Sources shared by several Fin entries.
var (
	doraApplication = src("Springlex: DORA Art. 64 (entry into force on the twentieth day after publication; applies from 17 January 2025), OJ L 333, 27.12.2022",
		"https://www.springlex.eu/en/packages/dora/dora-regulation/article-64/")
	doraESAStatement = src("McCann FitzGerald: ESAs' statement of 2024-12-04, no transitional period, DORA applies from 2025-01-17; register of ICT third-party arrangements",
		"https://mccannfitzgerald.com/knowledge/data-privacy-and-cyber-risk/dora-deadline-looms-esas-advise-entities-to-get-set-for-17-january-2025")
	gdprApplication = src("GDPR Beetle: GDPR Art. 99 (enters into force on the twentieth day after publication; applies from 25 May 2018)",
		"https://gdprbeetle.eu/99/")
	nis2Transposition = src("NIS 2 Directive, final text, Art. 41: Member States adopt and publish the measures by 17 October 2024 and apply them from 18 October 2024",
		"https://www.nis-2-directive.com/NIS_2_Directive_Article_41.html")
	nis2TranspositionStatus = src("JD Supra: by the 2024-10-17 deadline only a few Member States (Belgium, Croatia, Hungary, Italy, Latvia, Lithuania) had transposed NIS 2",
		"https://jdsupra.com/legalnews/nis-2-directive-transposition-period-is-4207729")
	krEFSR2019 = []Source{
		src("Kim & Chang (2019-05-15): FSC amendment to the Electronic Financial Supervisory Regulations effective 2019-01-01; cloud use for personal credit "+
			"and unique identification information allowed only on cloud systems (including management systems) located in Korea",
			"https://www.kimchang.com/en/insights/detail.kc?sch_section=4&idx=19121"),
		src("Invest Korea: FSC pre-announcement (2018-09-20) of the partial amendment to the Regulations on Supervision of Electronic Finance, Art. 14-2 paras 1 and 8 "+
			"(personal credit and personally identifiable information on a cloud)",
			"https://www.investkorea.org/ob-en/ob/i-2647/lgsltn/front/gv-detail.do?tmatt_no=0000029654"),
		src("Kim & Chang (2022-06-24): FSC proposed amendment for January 2023 simplifying cloud use (post-reporting); significance still tied to personal credit / unique identification information",
			"https://www.kimchang.com/en/insights/detail.kc?sch_section=4&idx=25309"),
	}
	idPOJK11 = []Source{
		src("Bisnis.com (2022-07-31): POJK 11/2022 on IT by commercial banks, dated 7 July, requires banks to place electronic systems in Indonesia; abroad only on "+
			"the Art. 35(3) criteria and after OJK approval",
			"https://finansial.bisnis.com/read/20220731/90/1561194/ada-pojk-penyelenggara-teknologi-informasi-pusat-data-diatur-ulang"),
		src("digitalbank.id (2022-07-31): banks must place electronic systems domestically under POJK 11/2022; Art. 35(3) criteria for data centres and DR centres abroad",
			"https://www.digitalbank.id/digi-regulations/pr-2754024698/bank-kini-wajib-menaruh-sistem-elektroniknya-di-dalam-negeri"),
		src("Scribd: full text of POJK 11/POJK.03/2022 (replaces POJK 38/POJK.03/2016 as amended by POJK 13/POJK.03/2020)",
			"https://id.scribd.com/document/601570212/POJK-11-POJK-03-2022-Peraturan-Utuh-54i1t3em"),
	}
	trBSEBY = []Source{
		src("Mondaq 908360: Regulation on Information Systems of Banks and Electronic Banking Services, OG 31069 of 2020-03-15, in force 2020-07-01; the "+
			"on-soil requirement for banks' primary and secondary systems, brought in by the Internal Systems Regulation, remains",
			"https://webiis05.mondaq.com/turkey/financial-services/908360/long-awaited-regulation-on-information-systems-of-banks-and-electronic-banking-services-has-finally-arrived?type=mondaqai&score=72"),
		src("Güner (2020-03-25): Regulation published in OG 31069 of 2020-03-15, enters into force 2020-07-01",
			"https://www.guner.av.tr/articles/25-march-2020"),
		src("Esin Attorney Partnership (2020-03-18): Regulation in OG 31069, in force 2020-07-01; the 2007 Communiqué abolished",
			"https://esin.av.tr/2020/03/18/new-regulation-on-bank-it-systems-and-electronic-banking-services"),
		src("Mondaq 771864: the 2018 draft keeps the Internal Systems Regulation's provision requiring banks' primary and secondary systems within the country",
			"http://mondaq.com/turkey/x/771864/Financial+Services/Draft+Regulation+On+Information+Systems+Of+Banks+And+Electronic+Banking+Services"),
		src("Güden: the amending Regulation in OG 31161 of 2020-06-20 moved the Regulation's entry into force to 2021-01-01, except Arts 13, 29, 34(13), 34(15), 37(8), 40 and 42 (kept at 2020-07-01)",
			"https://guden.av.tr/bankalarin-elektronik-bankacilik-hizmetlerine-iliskin-yonetmelik"),
		src("Legal Talks: by the amendment in OG 31161 of 2020-06-20 the Regulation, first due on 2020-07-01, entered into force on 2021-01-01",
			"https://www.legaltalks.com.tr/elektronik-postayla-ekstre-gonderilmesi-donemi-sona-erdi-2-2/"),
		src("CMS (2020-03): on the Regulation published 2020-03-15, primary systems and secondary systems holding data and system backups are to be kept domestically, service resumed within 24 hours (the alert attributes this to 'the Communiqué', apparently meaning the Regulation)",
			"https://www.cms-lawnow.com/ealerts/2020/03/new-regulation-on-information-systems-of-banks-and-electronic-banking-services"),
	}
)

func rulesFin() []Rule {
	eu, eea := mustCode("EU"), mustCode("EEA")
	kr, id, tr := mustCode("KR"), mustCode("ID"), mustCode("TR")
	return []Rule{
		{
			ID: "EU-DORA-28", Jurisdiction: eu, Kind: Obligation,
			Title: "Financial entities must manage ICT third-party risk as part of their ICT risk management framework, adopt a strategy " +
				"on ICT third-party risk and keep, at entity and (sub-)consolidated level, a register of information on all contractual " +
				"arrangements for ICT services provided by ICT third-party service providers, available to the competent authority",
			Citation:  Citation{Law: dora, Short: "DORA", Article: "Art. 28(1)-(3)"},
			Effective: mustDate("2025-01-17"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"eu-financial-entity"}},
			Sources: []Source{doraApplication, doraESAStatement,
				src("Commission Implementing Regulation (EU) 2024/2956, recital 1: standard templates for the register of information on all contractual "+
					"arrangements on the use of ICT services referred to in Art. 28(3) DORA (official text, judict.eu)",
					"https://judict.eu/en/sla/32022R2554/32024R2956-X/recitals"),
				src("Springlex: Implementing Regulation (EU) 2024/2956 Art. 3 (register maintained under Art. 28(3) DORA at entity, sub-consolidated and consolidated level)",
					"https://www.springlex.eu/en/packages/dora/its-roi-regulation/article-3/"),
				src("eurlexa: Commission Delegated Regulation (EU) 2024/1773, recitals 1-2 (strategy on ICT third-party risk under Art. 28(2) DORA)",
					"https://eurlexa.com/act/en/32024R1773/present/text")},
			Verified: true,
			Notes: "Art. 64(2): DORA applies from 2025-01-17 (in force since 2023-01-16); the ESAs confirmed no transitional period. The register " +
				"duty of Art. 28(3) was read in Implementing Regulation (EU) 2024/2956 (recital 1, Art. 3), which lays down its templates; the " +
				"strategy and policy duties of Art. 28(1)-(2) from Delegated Regulation (EU) 2024/1773, recital 2. An obligation: whether a " +
				"register or strategy exists is not a topology fact. Tag the financial entity of Art. 2(1) (credit, payment and e-money " +
				"institutions, investment firms, insurers, CSDs, CCPs, trading venues, crypto-asset service providers and the rest; " +
				"jurisdiction an EU member state) \"eu-financial-entity\". Territory is the EU only: whether and when DORA was incorporated " +
				"into the EEA Agreement for Iceland, Liechtenstein and Norway was not checked.",
		},
		{
			ID: "EU-DORA-30", Jurisdiction: eu, Kind: Obligation,
			Title: "Contracts for ICT services must be in one written document and include at least the service description, the regions " +
				"or countries where services are provided and data is processed and stored (with advance notice of changes), data " +
				"protection, access, recovery and return of data, incident assistance, cooperation with the authorities and termination " +
				"rights; contracts supporting critical or important functions need more (Art. 30(3))",
			Citation:  Citation{Law: dora, Short: "DORA", Article: "Art. 30"},
			Effective: mustDate("2025-01-17"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"eu-financial-entity"}},
			Sources: []Source{doraApplication,
				src("StreamLex: DORA Art. 30 Key contractual provisions (text of paras 1 and 2(a)-(d))", "https://streamlex.eu/articles/dora-en-art-30"),
				src("eulaw.online: DORA Art. 30 (paras 1-5)", "https://eulaw.online/l/reg-2554-2022/article/30?lang=en"),
				src("GRCA Planeth: DORA Art. 30(2)(a)-(h) text", "https://grca.planeth.de/en/grcaplaneth/opensource/issue/4043/"),
				src("Norma DBI: Delegated Regulation (EU) 2025/532 under Art. 30(5) DORA (subcontracting), in force 2025-07-22", "https://norma.dbi.it/202501875")},
			Verified: true,
			Notes: "Art. 30(2)(b) is the data-location clause: the contract names the regions or countries of service and of data processing " +
				"and storage, and the provider must notify planned changes in advance; DORA itself does not require the data to stay in " +
				"the EU. An obligation: contract contents are not topology facts. Tag the financial entity \"eu-financial-entity\" (see " +
				"EU-DORA-28). Applies from 2025-01-17 (Art. 64(2)). Art. 30(5) RTS on subcontracting: Delegated Regulation (EU) 2025/532.",
		},
		{
			ID: "EU-DORA-19", Jurisdiction: eu, Kind: Obligation,
			Title: "Financial entities must report major ICT-related incidents to the relevant competent authority (initial notification, " +
				"intermediate and final reports on the Art. 20 templates) and inform affected clients without undue delay",
			Citation:  Citation{Law: dora, Short: "DORA", Article: "Art. 19"},
			Effective: mustDate("2025-01-17"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"eu-financial-entity"}},
			Sources: []Source{doraApplication,
				src("Springlex: DORA Art. 19 Reporting of major ICT-related incidents and voluntary notification of significant cyber threats",
					"https://www.springlex.eu/en/packages/dora/dora-regulation/article-19/"),
				src("Cyberday: DORA Art. 19(1) text", "https://cyberday.ai/requirement/dora-article-19-reporting-of-major-ict-related-incidents-and-voluntary-notification-of-significant-cyber-threats")},
			Verified: true,
			Notes: "Applies from 2025-01-17 (Art. 64(2)). Reporting may be outsourced to a third party, but the financial entity stays " +
				"responsible (Springlex summary). Tag the financial entity \"eu-financial-entity\".",
		},
		{
			ID: "EU-GDPR-28", Jurisdiction: eu, Kind: Obligation, Territory: []Code{eea},
			Title: "A controller may use only processors giving sufficient guarantees; processing by a processor must be governed by a " +
				"contract or other binding legal act setting out subject-matter, duration, nature, purpose, data and data subjects, with " +
				"the Art. 28(3) terms (documented instructions including on transfers, confidentiality, security, sub-processors, " +
				"assistance, deletion or return, audits); sub-processors need the controller's written authorisation",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 28"},
			Effective: mustDate("2018-05-25"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn, ControllerTags: []string{"eu-gdpr-processor-engaged"}},
			Sources: []Source{gdprApplication,
				src("GDPRhub: Article 28 GDPR, legal text (paras 1 and 3(d)-(f)) and commentary",
					"https://gdprhub.eu/index.php?title=Article_28_GDPR&diff=25543&oldid=11492"),
				src("Better Regulation: Article 28 Processor, text of paras 1 and 2", "https://k8s-stage.betterregulation.com/document/236176")},
			Verified: true,
			Notes: "Tag the controller \"eu-gdpr-processor-engaged\" when a processor (a cloud provider, for instance) processes the dataset " +
				"on its behalf: the topology does not say whether a store's operator acts as processor or as controller. The tie to the " +
				"EEA follows EU-GDPR-44 (stored in the EEA or about persons there), which over-reaches where GDPR Art. 3 does not " +
				"apply to a non-EU controller. Applies from 2018-05-25 (Art. 99(2)); the EEA states from 2018-07-20, as for EU-GDPR-44.",
		},
		{
			ID: "EU-GDPR-27", Jurisdiction: eu, Kind: Obligation, Territory: []Code{eea},
			Title: "A controller or processor not established in the Union to which the GDPR applies under Art. 3(2) (offering goods or " +
				"services to, or monitoring the behaviour of, persons in the Union) must designate in writing a representative in the " +
				"Union, established in a Member State where those persons are",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 27"},
			Effective: mustDate("2018-05-25"),
			Scope: Scope{Classes: classes(Personal), Basis: SubjectsIn, ControllerTags: []string{"eu-gdpr-3-2"},
				SubjectsNote: "personal data of persons in the Union processed in offering them goods or services or monitoring their behaviour (GDPR Art. 3(2))"},
			Sources: []Source{gdprApplication,
				src("GDPRhub: Article 27 GDPR, legal text (paras 1-5) and Recital 80", "https://gdprhub.eu/index.php?title=Article_27_GDPR&printable=yes"),
				src("gdpr.eu: Art. 27 GDPR text", "https://gdpr.eu/?p=5271")},
			Verified: true,
			Notes: "Art. 3(2)'s purposes, and the absence of an establishment in the Union, are not topology facts: the rule binds controllers " +
				"tagged \"eu-gdpr-3-2\" (like CN-PIPL-53's cn-pipl-3-2). Not required (Art. 27(2)) for occasional processing that does not " +
				"include large-scale special-category or criminal-offence data and is unlikely to result in a risk, nor for public " +
				"authorities; leave the tag off then. Applies from 2018-05-25 (Art. 99(2)).",
		},
		{
			ID: "EU-NIS2-21", Jurisdiction: eu, Kind: Obligation,
			Title: "Essential and important entities must take appropriate and proportionate technical, operational and organisational " +
				"measures to manage the risks to their network and information systems, including at least the Art. 21(2) measures: " +
				"risk analysis and security policies, incident handling, business continuity and backups, supply-chain security with " +
				"direct suppliers and service providers, encryption, access control and multi-factor authentication",
			Citation:  Citation{Law: nis2, Short: "NIS 2", Article: "Art. 21"},
			Effective: mustDate("2024-10-18"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"eu-nis2-entity"}},
			Sources: []Source{nis2Transposition, nis2TranspositionStatus,
				src("NIS2 Resources: Article 21 Cybersecurity risk-management measures, text of paras 1-2", "https://nis2resources.eu/?p=823"),
				src("Springlex: NIS 2 Art. 41 Transposition (apply the measures from 18 October 2024)", "https://www.springlex.eu/en/packages/nis2/nis2-directive/article-41/")},
			Verified: true,
			Notes: "A directive: the duty binds entities through each Member State's transposing law, which Art. 41(1) required to apply from " +
				"2024-10-18. The date here is that EU deadline, not a national in-force date; many Member States transposed late (Germany, " +
				"France and others after the deadline), so in a given state the duty may start later. Per-state dates are not encoded. " +
				"How NIS 2 yields to DORA for financial entities (sector-specific rules) was not checked. Tag the entity " +
				"(jurisdiction an EU member state) \"eu-nis2-entity\" when it is essential or important under Art. 3 and Annexes I-II.",
		},
		{
			ID: "EU-NIS2-23", Jurisdiction: eu, Kind: Obligation,
			Title: "Essential and important entities must notify their CSIRT or competent authority of significant incidents without undue " +
				"delay: an early warning within 24 hours of becoming aware, an incident notification within 72 hours and a final report " +
				"within one month; and inform affected recipients of their services where appropriate",
			Citation:  Citation{Law: nis2, Short: "NIS 2", Article: "Art. 23"},
			Effective: mustDate("2024-10-18"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"eu-nis2-entity"}},
			Sources: []Source{nis2Transposition, nis2TranspositionStatus,
				src("nis2-info.eu: Article 23 Reporting obligations, text of paras 1-3", "https://nis2-info.eu/article-23-reporting-obligations"),
				src("Better Regulation: NIS 2 Article 23(1) text", "https://service.betterregulation.com/document/625884")},
			Verified: true,
			Notes:    "As EU-NIS2-21: applies through national transposition, from 2024-10-18 at the earliest. Tag the entity \"eu-nis2-entity\".",
		},
		{
			ID: "KR-EFSR-14-2", Jurisdiction: kr, Kind: Localization, Territory: []Code{kr},
			Title: "Financial companies and electronic financial business operators may process personal credit information and unique " +
				"identification information on a cloud computing service only on cloud systems, including their management systems, " +
				"located in Korea",
			Citation: Citation{Law: "Regulations on Supervision of Electronic Financial Transactions (전자금융감독규정), Financial Services Commission",
				Short: "EFSR", Article: "Art. 14-2", Version: "as amended by the FSC on 2018-12-05"},
			Effective: mustDate("2019-01-01"),
			Scope: Scope{Classes: classes(FinancialData, PersonalIdentifiers), Basis: ControllerIn, ControllerTags: []string{"kr-efsr-cloud"},
				SubjectsNote: "personal credit information and unique identification information processed through a cloud service"},
			Sources:  krEFSR2019,
			Verified: true,
			Notes: "The 2019 amendment (in force 2019-01-01, Kim & Chang) first let financial companies put personal credit and unique " +
				"identification information on a cloud, on condition that the cloud systems are in Korea; before it such data could " +
				"not be put on a cloud at all, which this rule does not encode. Tag the financial company or electronic financial " +
				"business operator (jurisdiction KR) \"kr-efsr-cloud\" for data it processes through a cloud service; declare personal " +
				"credit information as FinancialData and unique identification information as PersonalIdentifiers. The paragraph of " +
				"Art. 14-2 holding the location condition was not read in the Korean text (the pre-announcement cites paras 1 and 8). " +
				"Later amendments (January 2023, post-reporting of cloud use; the 2024 principle-based rewrite) were not found to lift " +
				"the location condition, but their texts were not read; no End is set.",
		},
		{
			ID: "ID-POJK-11-2022-35", Jurisdiction: id, Kind: Localization, Territory: []Code{id},
			Title: "Commercial banks must place their electronic systems in a data centre and a disaster recovery centre in Indonesia; " +
				"placement abroad is allowed only for the systems listed in Art. 35(3) (integrated analysis for home-country rules, " +
				"group risk management and AML, global customer services, intra-group communication) and with OJK approval",
			Citation: Citation{Law: "Peraturan Otoritas Jasa Keuangan Nomor 11/POJK.03/2022 tentang Penyelenggaraan Teknologi Informasi oleh Bank Umum",
				Short: "POJK 11/2022", Article: "Art. 35"},
			Effective: mustDate("2022-07-07"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"id-bank"}},
			Sources:   idPOJK11,
			Verified:  false,
			Notes: "Unverified: the in-force day is not confirmed. 2022-07-07 is the date of the regulation as the press reports it; OJK " +
				"regulations usually take effect on promulgation, which was not read. The localization content and Art. 35(3) come from " +
				"press reports; the statutory text (Scribd copy) was found but not read in full, and whether Art. 35(1)-(2) or another " +
				"article carries the domestic placement duty is taken from the reports. The duty predates this regulation (POJK " +
				"38/POJK.03/2016, which it replaced, and Government Regulation 82/2012); the earlier instruments are not encoded. A " +
				"second pass (Indonesian wording of Art. 35 and of the closing 'mulai berlaku pada tanggal diundangkan' clause) found " +
				"no readable copy of the closing article or of Art. 35(1)-(2); no pasal.id copy of it was found. A third pass found the " +
				"same two press reports ('bertanggal 7 Juli') and no promulgation (diundangkan) date; whether 7 July is the day of " +
				"enactment or of promulgation is therefore open. A fourth pass found a repository compliance catalogue (not an official " +
				"copy) that summarises the closing articles (Arts 70-73) as making POJK 11/2022 effective three months after promulgation, and " +
				"secondary notes giving 6 July 2022 as the day of enactment; if so the in-force day is about October 2022, later than modelled, " +
				"but neither the closing article nor the promulgation day was read in an official text, so the date is left unchanged. " +
				"A fifth pass searched ojk.go.id, jdih.ojk.go.id, peraturan.bpk.go.id, pasal.id and repositories for the closing " +
				"clause ('mulai berlaku setelah 3 (tiga) bulan') and the 'ditetapkan'/'diundangkan' dates and found only the opening " +
				"of the Scribd copy and summaries, so the date stays unconfirmed. A seventh pass (find_string on Art. 35's wording and on " +
				"'bulan terhitung sejak tanggal diundangkan') found only RAG and test repositories quoting Art. 35(1) ('Bank wajib menempatkan " +
				"Sistem Elektronik pada Pusat Data dan Pusat Pemulihan Bencana di wilayah Indonesia'), not official copies, and no closing " +
				"article or promulgation day. Tag " +
				"the commercial bank (jurisdiction ID) \"id-bank\". Placement abroad with OJK approval: id-pojk-11-2022-35-approval.",
		},
		{
			ID: "TR-BDDK-BSEBY-PRIMARY", Jurisdiction: tr, Kind: Localization, Territory: []Code{tr},
			Title: "Banks must keep their primary and secondary information systems (the systems holding the records the banking " +
				"legislation requires, and their backups for continuity) in Turkey",
			Citation: Citation{Law: "Bankaların Bilgi Sistemleri ve Elektronik Bankacılık Hizmetleri Hakkında Yönetmelik (Regulation on Information Systems of Banks and Electronic Banking Services), Official Gazette No. 31069 of 2020-03-15",
				Short: "BSEBY", Article: "provisions on primary and secondary systems (article number unverified)"},
			Effective: mustDate("2021-01-01"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"tr-bank"}},
			Sources:   trBSEBY,
			Verified:  false,
			Notes: "Unverified: the article number of the on-soil provision was not found (the Regulation was read only through law-firm " +
				"summaries; a second pass searched the Turkish wording 'birincil ve ikincil sistemlerini yurt içinde' and found it only in " +
				"an unrelated SPK communiqué). In-force day corrected from 2020-07-01 to 2021-01-01: the Regulation was due on 2020-07-01 " +
				"(Güner, Esin, Mondaq), but the amending Regulation in OG 31161 of 2020-06-20 moved its entry into force to 2021-01-01 " +
				"except for Arts 13, 29, 34(13), 34(15), 37(8), 40 and 42 (Güden, Legal Talks); the continuity provisions on primary and " +
				"secondary systems are not among those exceptions, read from the summaries, not the amending text. The requirement " +
				"already stood in the Regulation on Banks' Internal Systems and Internal Capital Adequacy Assessment Process (OG 29057 " +
				"of 2014-07-11, or its predecessor), whose article and date were not confirmed, so the rule is encoded only from " +
				"2021-01-01. A third pass found the domestic-keeping duty restated by CMS (primary and secondary systems with data " +
				"and system backups kept domestically, loosely worded), again without the article number. A fourth pass found repository notes and compliance crosswalks (not official " +
				"copies; one cites a Lexpera article table) placing the duty in Art. 25 ('birincil ve ikincil sistemlerin yurt içinde " +
				"bulundurulması'), but no copy of the Regulation's text, so the article number stays unconfirmed. A fifth pass " +
				"searched mevzuat.gov.tr, resmigazete.gov.tr and law-firm pages (Turkish and English) for 'Madde 25' and the on-soil " +
				"wording and found only summaries without the article number and an unofficial English translation of OG 31069 " +
				"whose continuity articles could not be read. A seventh pass searched Turkish legislation repositories (find_repos 'mevzuat', " +
				"among them a BDDK regulation assistant holding no regulation text) and find_string on the Regulation's opening article and on " +
				"the on-soil wording: it found more compliance notes giving Art. 25 (one with the mevzuat.gov.tr number 34360), but no copy of " +
				"the text. Tag the bank (jurisdiction TR) \"tr-bank\". Remote access, outsourcing and cloud conditions of the " +
				"Regulation are not encoded.",
		},
	}
}

func mechanismsFin() []Mechanism {
	return []Mechanism{
		{
			ID: "id-pojk-11-2022-35-approval", Jurisdiction: mustCode("ID"),
			Name: "OJK approval to place an electronic system of the Art. 35(3) kinds in a data centre or disaster recovery centre " +
				"outside Indonesia",
			Citation:  Citation{Law: "Peraturan Otoritas Jasa Keuangan Nomor 11/POJK.03/2022", Short: "POJK 11/2022", Article: "Art. 35(3)"},
			Effective: mustDate("2022-07-07"),
			Satisfies: []string{"ID-POJK-11-2022-35"},
			Sources:   idPOJK11,
			Verified:  false,
			Notes: "Unverified: as ID-POJK-11-2022-35 (in-force day and text read through press reports only). Declare it on the flow " +
				"that places the system abroad when OJK has approved the placement and the system is of an Art. 35(3) kind.",
		},
	}
}
