package jurisdiction

// The law of the People's Republic of China (mainland). Article numbers and
// dates were read from the primary Chinese texts in LawRefBook/Laws (see
// [lrb]) unless a rule says otherwise. Hong Kong and Macau are outside
// every rule here: each rule's territory is CN alone.

const (
	csl  = "Cybersecurity Law of the People's Republic of China (网络安全法)"
	dsl  = "Data Security Law of the People's Republic of China (数据安全法)"
	pipl = "Personal Information Protection Law of the People's Republic of China (个人信息保护法)"
	nil7 = "National Intelligence Law of the People's Republic of China (国家情报法)"
	nsl  = "National Security Law of the People's Republic of China (国家安全法, 2015)"
	cel  = "Counter-espionage Law of the People's Republic of China (反间谍法)"

	cslVersion = "2016 text, in force 2017-06-01 to 2025-12-31"
)

var (
	cslText  = lrb("行政法/网络安全法(2016-11-07).md")
	dslText  = lrb("行政法/数据安全法(2021-06-10).md")
	piplText = lrb("行政法/个人信息保护法(2021-08-20).md")
	nilText  = lrb("行政法/国家情报法(2018-04-27).md")
	nslText  = lrb("宪法相关法/国家安全法(2015-07-01).md")
	telText  = lrb("行政法规/电信条例(2016-02-06).md")
	fiteText = lrb("行政法规/外商投资电信企业管理规定(2016-02-06).md")
	cel2014  = lrb("行政法/反间谍法(2014-11-01).md")
	cel2023  = lrb("行政法/反间谍法(2023-04-26).md")
)

// cacAssess2022 are the sources for the CAC Measures for Security
// Assessment of Outbound Data Transfers (CAC Order No. 11, promulgated
// 2022-07-07, in force 2022-09-01) and their Art. 4 thresholds.
var cacAssess2022 = []Source{
	src("Beijing Business Today (2022-07-08): CAC publishes the Measures; Art. 4 triggers (important data; CII operators and processors of 1,000,000 or more individuals; 100,000 individuals or 10,000 individuals' sensitive information provided abroad since 1 January of the previous year); in force 2022-09-01",
		"https://epaper.bbtnews.com.cn/site1/bjsb/html/2022-07/08/content_477083.htm?div=-1"),
	src("China Law & Practice: bilingual text of the Measures (CAC Order No. 11, promulgated 2022-07-07, effective 2022-09-01)",
		"https://www.chinalawandpractice.com/2022/08/05/measures-for-the-security-assessment-of-overseas-transfer-of-data"),
}

// cslAmendment is the source for the renumbering of the Cybersecurity Law
// by the NPCSC decision of 2025-10-28, in force 2026-01-01.
var cslAmendment = []Source{
	src("NPCSC Decision amending the Cybersecurity Law, adopted 2025-10-28, in force 2026-01-01 (Xinhua text)", "http://blog.zzhuanghui.com/article/2496313.shtml"),
	src("CAC: consolidated Cybersecurity Law (2025 amendment)", "https://www.cac.gov.cn/2025-12/29/c_1768735112911946.htm"),
	src("chinadataregulation.com: amended CSL articles", "https://chinadataregulation.com/laws/csl/"),
}

// withCSL2025 closes each 2016-numbered Cybersecurity Law rule on
// 2026-01-01 and adds its successor under the amended law's article
// number. The amendment inserted new Art. 3 and Art. 20, shifting old
// Arts. 21 to 39 by two; the wording of these provisions is unchanged.
func withCSL2025(rules []Rule) []Rule {
	renumbered := map[string]string{"CN-CSL-21": "23", "CN-CSL-28": "30", "CN-CSL-35": "37", "CN-CSL-37": "39"}
	out := make([]Rule, 0, len(rules)+len(renumbered))
	for _, r := range rules {
		art, ok := renumbered[r.ID]
		if !ok {
			out = append(out, r)
			continue
		}
		old := r.clone()
		old.End = mustDate("2026-01-01")
		old.Notes = "Renumbered Art. " + art + " by the 2025 amendment. " + old.Notes
		next := r.clone()
		next.ID = "CN-CSL2025-" + art
		next.Effective = mustDate("2026-01-01")
		next.Citation.Article = "Art. " + art
		next.Citation.Version = "as amended 2025-10-28, in force 2026-01-01 (formerly Art. " + r.Citation.Article[len("Art. "):] + ")"
		next.Sources = append(next.Sources, cslAmendment...)
		if relief, ok := cslRelief2025[r.ID]; ok {
			next.Relief = relief
		}
		next.Notes = "Same provision as " + r.ID + " under the amended numbering (old Arts. 21-39 shifted by two). " + cslPenalty2025[r.ID]
		out = append(out, old, next)
	}
	return out
}

// cslRelief2025 gives each renumbered rule with a relief the relief under
// the amended law's article number.
var cslRelief2025 = map[string]string{
	"CN-CSL-37": "outbound provision after a security assessment under measures of the CAC and the State Council (CSL Art. 39, as amended 2025)",
}

// cslPenalty2025 records the amended law's penalty for each renumbered duty.
var cslPenalty2025 = map[string]string{
	"CN-CSL-21": "Penalty: Art. 61.",
	"CN-CSL-28": "Refusal to assist: Art. 70 (RMB 50k-500k; individuals RMB 10k-100k).",
	"CN-CSL-35": "Penalty: Art. 67 (1-10 times the purchase amount).",
	"CN-CSL-37": "Penalty: Art. 71(3) refers breaches to the relevant laws (PIPL, DSL); the CSL's own fine of old Art. 66 is gone.",
}

func chinaRules() []Rule {
	cn := mustCode("CN")
	return withCSL2025([]Rule{
		{
			ID: "CN-CSL-21", Jurisdiction: cn, Kind: Obligation,
			Title:     "Network operators must follow graded protection: classify data, back up and encrypt important data",
			Citation:  Citation{Law: csl, Short: "CSL", Article: "Art. 21", Version: cslVersion},
			Effective: mustDate("2017-06-01"),
			Scope:     Scope{Classes: classes(ImportantData), Basis: StoredIn},
			Sources:   []Source{cslText},
			Verified:  true,
			Notes:     "Commencement from CSL Art. 79. Penalty: Art. 59 (order to rectify, warning, fines).",
		},
		{
			ID: "CN-CSL-28", Jurisdiction: cn, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title:     "Network operators must give technical support and assistance to public-security and state-security organs",
			Citation:  Citation{Law: csl, Short: "CSL", Article: "Art. 28", Version: cslVersion},
			Effective: mustDate("2017-06-01"),
			Sources:   []Source{cslText},
			Verified:  true,
			Notes:     "No judicial step in the text. Refusal: Art. 69(3) fines.",
		},
		{
			ID: "CN-CSL-35", Jurisdiction: cn, Kind: Obligation,
			Title:     "CII operators' purchases of network products and services that may affect national security must pass national security review",
			Citation:  Citation{Law: csl, Short: "CSL", Article: "Art. 35", Version: cslVersion},
			Effective: mustDate("2017-06-01"),
			Scope:     Scope{CII: true, Basis: StoredOrSubjectsIn},
			Sources:   []Source{cslText},
			Verified:  true,
			Notes:     "Applies to the CII operator's procurement, here to its use of cloud storage services. Penalty: Art. 65.",
		},
		{
			ID: "CN-CSL-37", Jurisdiction: cn, Kind: Localization,
			BarsDisclosure: true,
			Title: "CII operators must store personal information and important data collected or generated in the PRC inside the PRC; " +
				"outbound provision only after a security assessment where genuinely needed for business",
			Citation:  Citation{Law: csl, Short: "CSL", Article: "Art. 37", Version: cslVersion},
			Effective: mustDate("2017-06-01"),
			Scope:     Scope{Classes: classes(Personal, ImportantData), Basis: SubjectsIn, CII: true},
			Relief:    "outbound provision after a security assessment under measures of the CAC and the State Council (CSL Art. 37)",
			Sources: []Source{cslText,
				src("China Law & Practice: Cracking China's Cybersecurity Law (2017-01-19)", "https://www.chinalawandpractice.com/2017/01/19/cracking-chinas-cybersecurity-law/")},
			Verified: true,
			Notes: "'Collected or generated in operations within the PRC' is modelled as data subjects in CN. " +
				"Penalty: Art. 66 (fines RMB 50k-500k, suspension, licence revocation).",
		},
		{
			ID: "CN-NSL-77", Jurisdiction: cn, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title:     "Citizens and organisations must support and assist state-security, public-security and military organs",
			Citation:  Citation{Law: nsl, Short: "NSL", Article: "Art. 77(5)"},
			Effective: mustDate("2015-07-01"),
			Sources:   []Source{nslText},
			Verified:  true,
			Notes:     "In force on promulgation (Art. 84). Art. 25 (cyberspace sovereignty, 'secure and controllable' data) and Art. 59 (security review of foreign investment and network products) frame it.",
		},
		{
			ID: "CN-NIL-7", Jurisdiction: cn, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach | PersonalReach,
			Title: "Every organisation and citizen must support, assist and cooperate with state intelligence work and keep its secrets; " +
				"agencies may require such support and work inside and outside the PRC",
			Citation:  Citation{Law: nil7, Short: "NIL", Article: "Art. 7, 10, 14", Version: "as amended 2018-04-27"},
			Effective: mustDate("2017-06-28"),
			Sources: []Source{nilText,
				src("sovereignsky.no: National Intelligence Law Art. 7 and 14", "https://sovereignsky.no/tags/intelligence")},
			Verified: true,
			Notes: "Personal reach: Art. 7 binds Chinese organisations and citizens and Art. 10 lets agencies work outside the PRC, " +
				"so data held abroad by a PRC-controlled entity is treated as reachable, as the source thesis argues.",
		},
		{
			ID: "CN-SSL-1993-11", Jurisdiction: cn, Kind: CompelledAccess, Reach: TerritorialReach,
			Title:     "State-security organs may inspect the electronic communication equipment of any organisation or individual",
			Citation:  Citation{Law: "State Security Law of the People's Republic of China (国家安全法, 1993)", Short: "SSL 1993", Article: "Art. 11, 16"},
			Effective: mustDate("1993-02-22"), End: mustDate("2014-11-01"),
			Sources: []Source{
				src("State Security Law 1993, English text (yz-z.com)", "https://www.yz-z.com/news/d256436.html"),
				cel2014},
			Verified: true,
			Notes:    "Repealed when the Counter-espionage Law took effect (CEL 2014 Art. 40). The thesis discusses its inspection power.",
		},
		{
			ID: "CN-CEL-2014-13", Jurisdiction: cn, Kind: CompelledAccess, Reach: TerritorialReach,
			Title:     "State-security organs may inspect electronic communication tools and equipment of organisations and individuals",
			Citation:  Citation{Law: cel, Short: "CEL 2014", Article: "Art. 13", Version: "2014 text"},
			Effective: mustDate("2014-11-01"), End: mustDate("2023-07-01"),
			Sources:  []Source{cel2014, cel2023},
			Verified: true,
			Notes:    "Superseded by the 2023 revision in force 2023-07-01 (CEL 2023 Art. 71).",
		},
		{
			ID: "CN-CEL-2023", Jurisdiction: cn, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title: "State-security organs may inspect electronic equipment and retrieve data with internal approval; " +
				"telecom operators and internet service providers must give support and assistance",
			Citation:  Citation{Law: cel, Short: "CEL", Article: "Art. 8, 25, 26, 41", Version: "revised 2023-04-26"},
			Effective: mustDate("2023-07-01"),
			Sources:   []Source{cel2023},
			Verified:  true,
			Notes:     "Approval by the head of a city-level state-security organ, not a court.",
		},
		{
			ID: "CN-DSL-35", Jurisdiction: cn, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title:     "Public-security and state-security organs may retrieve data after internal approval; organisations and individuals must cooperate",
			Citation:  Citation{Law: dsl, Short: "DSL", Article: "Art. 35"},
			Effective: mustDate("2021-09-01"),
			Sources:   []Source{dslText},
			Verified:  true,
			Notes:     "'Strict approval procedures' are internal, not judicial. Refusal: Art. 48 fines.",
		},
		{
			ID: "CN-DSL-36", Jurisdiction: cn, Kind: BlockingStatute,
			Title:     "No provision of data stored in the PRC to foreign judicial or law-enforcement bodies without approval of the competent PRC authority",
			Citation:  Citation{Law: dsl, Short: "DSL", Article: "Art. 36"},
			Effective: mustDate("2021-09-01"),
			Scope:     Scope{Basis: StoredIn},
			Relief:    "approval of the competent PRC authority; foreign requests handled under treaties or equality and reciprocity (DSL Art. 36)",
			Sources:   []Source{dslText},
			Verified:  true,
			Notes:     "Penalty: Art. 48 ¶2 (warning, fines up to RMB 5M, suspension).",
		},
		{
			ID: "CN-PIPL-38", Jurisdiction: cn, Kind: TransferRestriction,
			Title: "Personal information may be provided outside the PRC only after a CAC security assessment, certification, " +
				"the CAC standard contract, or another condition set by law",
			Citation:  Citation{Law: pipl, Short: "PIPL", Article: "Art. 38"},
			Effective: mustDate("2021-11-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources: []Source{piplText,
				src("personalinformationprotectionlaw.com: PIPL Art. 38", "https://personalinformationprotectionlaw.com/PIPL/tag/state-cyberspace-administration")},
			Verified: true,
			Notes: "The 2024 CAC Provisions exempt some transfers; see the catalog's later entries. From 2025-01-01 the Network " +
				"Data Security Management Regulations Art. 35 restate these conditions and add provision necessary for statutory " +
				"duties (35(6)). Art. 42: the CAC may list foreign organisations and individuals to which provision of personal " +
				"information is restricted or prohibited; the catalog cannot encode a list of organisations (ProhibitedCounterparty " +
				"names jurisdictions), so a flow to a listed recipient is not flagged. Penalty: Art. 66.",
		},
		{
			ID: "CN-PIPL-39", Jurisdiction: cn, Kind: TransferRestriction,
			Title:     "Outbound personal information requires notice to the individual and separate consent",
			Citation:  Citation{Law: pipl, Short: "PIPL", Article: "Art. 39"},
			Effective: mustDate("2021-11-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   []Source{piplText},
			Verified:  true,
			Notes:     "Whether lawful bases other than consent (PIPL Art. 13) displace separate consent is unverified.",
		},
		{
			ID: "CN-PIPL-40", Jurisdiction: cn, Kind: Localization,
			BarsDisclosure: true,
			Title:          "CII operators must store personal information collected or generated in the PRC inside the PRC; outbound provision needs a CAC security assessment",
			Citation:       Citation{Law: pipl, Short: "PIPL", Article: "Art. 40"},
			Effective:      mustDate("2021-11-01"),
			Scope:          Scope{Classes: classes(Personal), Basis: SubjectsIn, CII: true},
			Relief:         "CAC security assessment, unless law, regulation or the CAC exempts (PIPL Art. 40)",
			Sources:        []Source{piplText},
			Verified:       true,
		},
		{
			ID: "CN-PIPL-40-VOLUME", Jurisdiction: cn, Kind: Localization,
			BarsDisclosure: true,
			Title:          "Handlers of personal information reaching the CAC-set volume must store it inside the PRC; outbound provision needs a CAC security assessment",
			Citation: Citation{Law: pipl, Short: "PIPL", Article: "Art. 40",
				Version: "volume from the CAC Measures for Security Assessment of Outbound Data Transfers (数据出境安全评估办法) Art. 4"},
			Effective: mustDate("2022-09-01"), End: mustDate("2024-03-22"),
			Scope: Scope{Classes: classes(Personal), Basis: SubjectsIn, MinSubjects: 1_000_000,
				SubjectsNote: "personal information of 1,000,000 or more individuals handled"},
			Relief: "CAC security assessment (PIPL Art. 40)",
			Sources: append(append([]Source{piplText}, cacAssess2022...),
				src("cnpre.com: text of CAC Order No. 11, the Measures for Security Assessment of Outbound Data Transfers, adopted 2022-05-19, promulgated 2022-07-07, 'from 2022-09-01'",
					"https://www.cnpre.com/special/gzwpagepi.php?id=4019"),
				src("China Law & Practice: bilingual text of the 2024 Provisions (2024-03-25)", "https://www.chinalawandpractice.com/2024/03/25/provisions-for-regulating-and-promoting-the-cross-border-flow-of-data"),
				src("Reprint of the CAC's release (Xinhua, 2024-03-22): the Provisions take effect on publication and name two cases needing a security assessment, CII operators and other processors providing abroad 1,000,000 individuals' personal information (or 10,000 individuals' sensitive information) since 1 January of the current year",
					"http://www.yyjob.cn/06010896.html")),
			Verified: true,
			Notes: "PIPL Art. 40 binds handlers whose volume reaches the amount set by the CAC; the CAC set 1,000,000 individuals handled in " +
				"Order No. 11 Art. 4(2) (with CII operators; the list as quoted by Beijing Business Today), in force 2022-09-01 (the " +
				"Order's promulgation clause, read on cnpre.com). Reading that figure as Art. 40's volume is an interpretation: no text " +
				"cross-refers. Ends 2024-03-22: CAC Order No. 16 took effect on publication that " +
				"day; the assessment cases it lists (Art. 7; the CAC's release names two) omit the 1,000,000-handled trigger, counting volume provided abroad since " +
				"1 January of the current year instead (Art. 5(4), 7(2)), and where the 2022 Measures differ the Provisions apply " +
				"(Art. 13). That Art. 13 displaces the handled trigger is a reading; no text says so in terms.",
		},
		{
			ID: "CN-PIPL-41", Jurisdiction: cn, Kind: BlockingStatute,
			Title:     "No provision of personal information stored in the PRC to foreign judicial or law-enforcement bodies without approval of the competent PRC authority",
			Citation:  Citation{Law: pipl, Short: "PIPL", Article: "Art. 41"},
			Effective: mustDate("2021-11-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Relief:    "approval of the competent PRC authority; requests handled under treaties or equality and reciprocity (PIPL Art. 41)",
			Sources: []Source{piplText,
				src("laitimes.com: PIPL Art. 41 commentary", "https://www.laitimes.com/en/article/6w9c1_7cllu.html")},
			Verified: true,
		},
		{
			ID: "CN-TEL-VATS-IDC", Jurisdiction: cn, Kind: OwnershipLicensing, Licence: "CN-VATS-IDC",
			Scope: Scope{Roles: []Role{ServiceProvider}},
			Title: "Operating cloud (internet resources collaboration, IaaS/PaaS) or data-centre services is a value-added telecom " +
				"service that needs an IDC licence",
			Citation: Citation{Law: "Telecommunications Regulations of the PRC (电信条例) and MIIT Classification Catalogue of Telecommunications Services (2015)",
				Short: "Telecom Regulations", Article: "Art. 8, 9; Catalogue B11 (IDC, incl. IRCS)"},
			Effective: mustDate("2016-03-01"),
			Sources: []Source{telText,
				src("AppInChina: MIIT announcement promulgating the Classification Catalogue of Telecommunications Services (2015), effective 2016-03-01 (translation)",
					"https://appinchina.co/government-documents/announcement-of-the-ministry-of-industry-and-information-technology-on-promulgating-the-classification-catalogue-of-telecommunications-services-version-2015/"),
				src("DaHui Lawyers (2016-02-06): interpretation of the 2015 catalogue, part II; IRCS (cloud: IaaS, PaaS, SaaS) falls under IDC and needs an IDC licence",
					"http://dahuilawyers.com/publications/Interpretation-of-the-2015-Classification-Catalogu-2/"),
				src("The Register: AWS sells Beijing infrastructure to Sinnet; 'Chinese law forbids non-Chinese companies from owning or operating certain technology for the provision of cloud services' (2017-11-14)", "https://www.theregister.com/2017/11/14/aws_quits_china/")},
			Verified: true,
			Notes: "A licence of this rule is modelled as the string CN-VATS-IDC held by the entity. The rule is applied to a store's " +
				"operator and to any custodian that owns or runs its infrastructure, following AWS's 2017 statement that Chinese law " +
				"forbids non-Chinese companies from owning or operating such technology; that reading of the custodian's duty is an interpretation. " +
				"The Regulations date from 2000-09-25; the 2015 catalogue placed IRCS (cloud) under B11 IDC from 2016-03-01.",
		},
		{
			ID: "CN-FITE-VATS-CAP", Jurisdiction: cn, Kind: OwnershipLicensing, MaxForeignShare: 50,
			Title:     "Foreign investors may hold at most 50% of an enterprise providing value-added telecom services",
			Citation:  Citation{Law: "Provisions on the Administration of Foreign-Invested Telecommunications Enterprises (外商投资电信企业管理规定)", Short: "FITE Provisions", Article: "Art. 6"},
			Effective: mustDate("2002-01-01"),
			Sources: []Source{fiteText,
				src("China Law & Practice: FITE Provisions revised by State Council Order 752, effective 2022-05-01 (bilingual text, 2022-04-22)",
					"https://www.chinalawandpractice.com/2022/04/22/provisions-for-the-administration-of-foreign-invested-telecommunications-enterprises-revised-in-2022"),
				src("China Justice Observer (2022-05-18): the 2022 revision, in force 2022-05-01, cuts 23 articles to 17; value-added telecom capped at 50% 'except as otherwise provided by the state'",
					"https://www.chinajusticeobserver.com/a/china-eases-restrictions-for-foreign-invested-telecommunications-enterprises"),
				src("Grandway Law Offices: the 2022 revision of the FITE Provisions, in force 2022-05-01; 23 articles become 17; old Art. 6 caps value-added telecom at 50% (2022-06-06)",
					"http://www.grandwaylaw.com/guofengshijiao/3755.html"),
				src("The Register: AWS sells Beijing infrastructure to Sinnet; 'Chinese law forbids non-Chinese companies from owning or operating certain technology for the provision of cloud services' (2017-11-14)", "https://www.theregister.com/2017/11/14/aws_quits_china/"),
				src("MIIT Notice 工信部通信函〔2024〕107号 on the pilot of further opening value-added telecom services (text, WeChat reprint)", "https://freewechat.com/a/MjM5OTUwMTc2OA==/2650906869/{{href}}"),
				src("Yahoo News TW (Shanghai Securities News, 2024-10-23): pilot launched in Beijing, Shanghai, Hainan and Shenzhen; foreign-equity limits on IDC, CDN, ISP and others lifted", "https://tw.news.yahoo.com/%E5%A4%A7%E9%99%B8%E5%9B%9B%E5%9C%B0%E5%A2%9E%E5%80%BC%E9%9B%BB%E4%BF%A1%E6%A5%AD%E5%8B%99%E6%93%B4%E5%A4%A7%E5%B0%8D%E5%A4%96%E9%96%8B%E6%94%BE%E8%A9%A6%E9%BB%9E%E5%95%9F%E5%8B%95-024410055.html")},
			Verified: true,
			Notes: "The 50% cap for value-added telecom is read from the 2016 text (Art. 6) and kept by the 2022 revision " +
				"('except as otherwise provided by the state'). Effective 2002-01-01 (Art. 23 of the original text). Applied to a store's " +
				"operator and to custodians of its infrastructure, as for CN-TEL-VATS-IDC. " +
				"MIIT Notice on the pilot of further opening value-added telecom services (关于开展增值电信业务扩大对外开放试点工作的通告, " +
				"工信部通信函〔2024〕107号, April 2024; pilots launched 2024-10-23) lifts the foreign-equity cap for IDC (which includes " +
				"IRCS cloud), CDN, ISP, online data and transaction processing and some information services in the Beijing " +
				"services-opening demonstration zone, the Shanghai FTZ Lin-gang area and Pudong, the Hainan Free Trade Port and " +
				"Shenzhen, for foreign-invested enterprises holding an MIIT pilot approval. The engine's territories are countries, " +
				"so the cap still applies to such an enterprise here: waive the finding for a store in a pilot zone run under " +
				"a pilot approval. The 2022 revision cut the text " +
				"from 23 articles to 17 (7 amended, 6 deleted); that the cap is still numbered Art. 6 in it is unverified.",
		},
		{
			ID: "CN-DSL-31", Jurisdiction: cn, Kind: TransferRestriction,
			Title: "Important data may be provided outside the PRC only as the CSL (for CII operators) or CAC measures (for other " +
				"processors) provide: a CAC security assessment",
			Citation:  Citation{Law: dsl, Short: "DSL", Article: "Art. 31"},
			Effective: mustDate("2021-09-01"),
			Scope:     Scope{Classes: classes(ImportantData), Basis: StoredIn},
			Sources:   []Source{dslText, src("mondaq.com 1206280: DSL Art. 31", "https://www.mondaq.com/china/security/1206280")},
			Verified:  true,
			Notes: "Important data need not be declared as such until the processor is notified or the data fall in a published " +
				"category (2024 Provisions Art. 2; Network Data Security Management Regulations Art. 37); the topology's class is taken as given.",
		},
		{
			ID: "CN-CAC-2022-ASSESS-VOLUME", Jurisdiction: cn, Kind: TransferRestriction,
			Title: "Processors that since 1 January of the previous year provided personal information of 100,000 or more " +
				"individuals abroad must pass a CAC security assessment",
			Citation: Citation{Law: "CAC Measures for Security Assessment of Outbound Data Transfers (数据出境安全评估办法)",
				Short: "CAC Assessment Measures", Article: "Art. 4(3)"},
			Effective: mustDate("2022-09-01"), End: mustDate("2024-03-22"),
			Scope: Scope{Classes: classes(Personal), Basis: StoredIn, MinSubjects: 100_000, Counting: CountSincePreviousYear,
				SubjectsNote: "individuals whose personal information was provided abroad, cumulatively since 1 January of the previous year"},
			Sources:  cacAssess2022,
			Verified: true,
			Notes: "Art. 4(3) also sets 10,000 individuals' sensitive personal information (CN-CAC-2022-ASSESS-SENSITIVE); Art. 4(2) " +
				"1,000,000 handled (CN-PIPL-40-VOLUME). Superseded on 2024-03-22 by the higher thresholds of the 2024 Provisions " +
				"Art. 7; where the 2022 Measures differ, the Provisions apply (2024 Provisions Art. 13).",
		},
		{
			ID: "CN-CAC-2022-ASSESS-SENSITIVE", Jurisdiction: cn, Kind: TransferRestriction,
			Title: "Processors that since 1 January of the previous year provided sensitive personal information of 10,000 or " +
				"more individuals abroad must pass a CAC security assessment",
			Citation: Citation{Law: "CAC Measures for Security Assessment of Outbound Data Transfers (数据出境安全评估办法)",
				Short: "CAC Assessment Measures", Article: "Art. 4(3)"},
			Effective: mustDate("2022-09-01"), End: mustDate("2024-03-22"),
			Scope: Scope{Classes: classes(SensitivePersonal), Basis: StoredIn, MinSubjects: 10_000, Counting: CountSincePreviousYear,
				SubjectsNote: "individuals whose sensitive personal information was provided abroad, since 1 January of the previous year"},
			Sources:  cacAssess2022,
			Verified: true,
			Notes:    "Superseded on 2024-03-22 by the 2024 Provisions Art. 7, which prevail over the 2022 Measures (Art. 13).",
		},
		{
			ID: "CN-CAC-2024-7-VOLUME", Jurisdiction: cn, Kind: TransferRestriction,
			Title: "Processors other than CII operators that since 1 January of the current year provided personal information " +
				"(excluding sensitive) of 1,000,000 or more individuals abroad must pass a CAC security assessment",
			Citation: Citation{Law: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (促进和规范数据跨境流动规定), CAC Order No. 16",
				Short: "CAC 2024 Provisions", Article: "Art. 7"},
			Effective: mustDate("2024-03-22"),
			Scope: Scope{Classes: classes(Personal), Basis: StoredIn, MinSubjects: 1_000_000, Counting: CountCalendarYear,
				SubjectsNote: "individuals whose personal information was provided abroad, cumulatively since 1 January of the current year"},
			Sources: []Source{
				src("China Law & Practice: bilingual text of the 2024 Provisions (2024-03-25)", "https://www.chinalawandpractice.com/2024/03/25/provisions-for-regulating-and-promoting-the-cross-border-flow-of-data"),
				src("WilmerHale client alert (2024-03-26)", "https://www.wilmerhale.com/insights/client-alerts/20240326"),
				src("icourt.cc: the 2024 Provisions (14 articles)", "https://www.icourt.cc/prac-document/157293.html")},
			Verified: true,
			Notes:    "Article numbers confirmed by several secondary sources quoting the CAC text. CII operators need the assessment for any volume (CSL Art. 37, PIPL Art. 40).",
		},
		{
			ID: "CN-CAC-2024-7-SENSITIVE", Jurisdiction: cn, Kind: TransferRestriction,
			Title: "Processors other than CII operators that since 1 January of the current year provided sensitive personal " +
				"information of 10,000 or more individuals abroad must pass a CAC security assessment",
			Citation: Citation{Law: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (促进和规范数据跨境流动规定), CAC Order No. 16",
				Short: "CAC 2024 Provisions", Article: "Art. 7"},
			Effective: mustDate("2024-03-22"),
			Scope: Scope{Classes: classes(SensitivePersonal), Basis: StoredIn, MinSubjects: 10_000, Counting: CountCalendarYear,
				SubjectsNote: "individuals whose sensitive personal information was provided abroad, since 1 January of the current year"},
			Sources: []Source{
				src("China Law & Practice: bilingual text of the 2024 Provisions (2024-03-25)", "https://www.chinalawandpractice.com/2024/03/25/provisions-for-regulating-and-promoting-the-cross-border-flow-of-data"),
				src("WilmerHale client alert (2024-03-26)", "https://www.wilmerhale.com/insights/client-alerts/20240326")},
			Verified: true,
		},
	})
}

func chinaMechanisms() []Mechanism {
	cn := mustCode("CN")
	provisions := Citation{Law: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows (促进和规范数据跨境流动规定), CAC Order No. 16", Short: "CAC 2024 Provisions"}
	provSources := []Source{
		src("China Law & Practice: bilingual text of the 2024 Provisions (2024-03-25)", "https://www.chinalawandpractice.com/2024/03/25/provisions-for-regulating-and-promoting-the-cross-border-flow-of-data"),
		src("hicom-asia: 2024 data-flow exemptions", "https://translate.hicom-asia.com/area/2024-data-flow-exemptions"),
		src("CAC announcement reprint (rfnc.com.cn)", "http://www.rfnc.com.cn/Item/4459.aspx"),
	}
	at := func(article string) Citation { c := provisions; c.Article = article; return c }
	return []Mechanism{
		{
			ID: "cn-security-assessment", Jurisdiction: cn, Name: "CAC security assessment of outbound data transfer",
			Citation:  Citation{Law: "CAC Measures for Security Assessment of Outbound Data Transfers (数据出境安全评估办法)", Short: "CAC Assessment Measures", Article: "Art. 4"},
			Effective: mustDate("2022-09-01"),
			Satisfies: []string{"CN-CSL-37", "CN-CSL2025-39", "CN-PIPL-38", "CN-PIPL-40", "CN-PIPL-40-VOLUME", "CN-DSL-31",
				"CN-CAC-2022-ASSESS-VOLUME", "CN-CAC-2022-ASSESS-SENSITIVE", "CN-CAC-2024-7-VOLUME", "CN-CAC-2024-7-SENSITIVE"},
			Sources: []Source{
				cacAssess2022[0], cacAssess2022[1],
				src("USITO: CAC released the Security Assessment Measures, effective 2022-09-01 with a grace period of six months",
					"https://usito.org/news/cac-released-security-assessment-measures-cross-border-data-transfer"),
				piplText},
			Verified: true,
			Notes: "Effective 2022-09-01 with a six-month grace period to 2023-03-01. CSL Art. 37 called for such an assessment " +
				"from 2017, but no measures were in force before 2022-09-01, so no assessment could be relied on earlier.",
		},
		{
			ID: "cn-standard-contract", Jurisdiction: cn, Name: "CAC standard contract for outbound personal information",
			Citation:  Citation{Law: "CAC Measures on the Standard Contract for Outbound Transfer of Personal Information (个人信息出境标准合同办法), CAC Order No. 13", Short: "CAC SCC Measures", Article: "Art. 4"},
			Effective: mustDate("2023-06-01"),
			Satisfies: []string{"CN-PIPL-38"},
			Limits:    Limits{NotCII: true, MaxSubjects: 100_000, MaxSensitiveSubjects: 10_000, Counting: CountSincePreviousYear},
			LimitChanges: []LimitChange{{
				From:     mustDate("2024-03-22"),
				Limits:   Limits{NotCII: true, MaxSubjects: 1_000_000, MaxSensitiveSubjects: 10_000, Counting: CountCalendarYear},
				Citation: Citation{Law: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows", Short: "CAC 2024 Provisions", Article: "Art. 8"},
			}},
			Sources: []Source{
				src("China Law & Practice: bilingual text of the SCC Measures (2023-05-12)", "https://www.chinalawandpractice.com/2023/05/12/"),
				src("DataGuidance: the Standard Contract Measures entered into effect on 2023-06-01; conditions (not CII; fewer than 1,000,000 handled; under 100,000 or 10,000 sensitive since 1 January of the previous year)",
					"https://www.dataguidance.com/news/china-standard-contract-measures-data-exports-enter"),
				src("China Law & Practice: bilingual text of the 2024 Provisions (2024-03-25)", "https://www.chinalawandpractice.com/2024/03/25/provisions-for-regulating-and-promoting-the-cross-border-flow-of-data")},
			Verified: true,
			Notes: "SCC Measures Art. 4: not for CII operators, nor for processors that handle personal information of 1,000,000 or " +
				"more individuals, or provided abroad since 1 January of the previous year personal information of 100,000 or sensitive " +
				"personal information of 10,000 or more individuals (the 1,000,000-handled condition is left to CN-PIPL-40-VOLUME, which " +
				"ends on 2024-03-22 when the 2024 Provisions replaced it). " +
				"From 2024-03-22 the 2024 Provisions Art. 8 open it to non-CII processors below 1,000,000 individuals (excluding " +
				"sensitive) or 10,000 individuals' sensitive information, counted since 1 January of the current year.",
		},
		{
			ID: "cn-pi-certification", Jurisdiction: cn, Name: "Personal-information protection certification by a specialised body",
			Citation:  Citation{Law: pipl, Short: "PIPL", Article: "Art. 38(1)(2)"},
			Effective: mustDate("2021-11-01"),
			Satisfies: []string{"CN-PIPL-38"},
			LimitChanges: []LimitChange{{
				From:     mustDate("2024-03-22"),
				Limits:   Limits{NotCII: true, MaxSubjects: 1_000_000, MaxSensitiveSubjects: 10_000, Counting: CountCalendarYear},
				Citation: Citation{Law: "CAC Provisions on Promoting and Regulating Cross-Border Data Flows", Short: "CAC 2024 Provisions", Article: "Art. 8"},
			}, {
				From:   mustDate("2026-01-01"),
				Limits: Limits{NotCII: true, MaxSubjects: 1_000_000, MaxSensitiveSubjects: 10_000, Counting: CountCalendarYear},
				Citation: Citation{Law: "CAC and SAMR Measures for Personal Information Export Certification (个人信息出境认证办法), CAC/SAMR Order No. 20",
					Short: "Certification Measures", Article: "Art. 3"},
			}},
			Sources: []Source{piplText,
				src("lawxp.com: Measures for Personal Information Export Certification, Order No. 20, issued 2025-10-14, in force 2026-01-01 (text)", "http://www.lawxp.com/statute/s4d68900e5c8d52bb.html"),
				src("CAC (2025-10-17): commentary on the Certification Measures implementing PIPL Art. 38", "http://www.cac.gov.cn/2025-10/17/c_1762449729745366.htm"),
				src("Zhumadian Daily reprint of Guangming Daily (2025-10-20): conditions (not CII; 100,000 to under 1,000,000 individuals, or under 10,000 individuals' sensitive information, since 1 January; no important data)", "http://www.4huh31.com/2025/1020/832589.shtml")},
			Verified: false,
			Notes: "The route exists in the statute from 2021-11-01; the date from which certification bodies could certify is " +
				"unverified. From 2024-03-22 it has the standard contract's limits (2024 Provisions Art. 8). From 2026-01-01 the " +
				"CAC/SAMR Measures for Personal Information Export Certification (Order No. 20, issued 2025-10-14; Art. 3 ties " +
				"them to PIPL Art. 38(1)(2)) govern it with the same limits: not for CII operators, fewer than 1,000,000 " +
				"individuals (not sensitive) or 10,000 individuals' sensitive information since 1 January, and no important " +
				"data in the transfer (not a limit the model can check); the article number of those conditions is unverified. " +
				"Certificates are valid three years.",
		},
		{
			ID: "cn-separate-consent", Jurisdiction: cn, Name: "Notice to the individual and separate consent for outbound personal information",
			Citation:  Citation{Law: pipl, Short: "PIPL", Article: "Art. 39"},
			Effective: mustDate("2021-11-01"),
			Satisfies: []string{"CN-PIPL-39"},
			Sources:   []Source{piplText},
			Verified:  true,
		},
		{
			ID: "cn-2024-small-volume", Jurisdiction: cn, Automatic: true,
			Name:      "Exemption: processors other than CII operators providing abroad personal information of fewer than 100,000 individuals (no sensitive information) since 1 January",
			Citation:  at("Art. 5(4)"),
			Effective: mustDate("2024-03-22"),
			Satisfies: []string{"CN-PIPL-38"},
			Limits:    Limits{NotCII: true, MaxSubjects: 100_000, NoSensitive: true, Counting: CountCalendarYear},
			Sources:   provSources, Verified: true,
			Notes: "Exempts from the assessment, the standard contract and certification; the notice and separate consent of " +
				"PIPL Art. 39 still apply.",
		},
		{
			ID: "cn-2024-necessity-contract", Jurisdiction: cn, Name: "Exemption: provision necessary to conclude or perform a contract to which the individual is a party",
			Citation:  at("Art. 5(1)"),
			Effective: mustDate("2024-03-22"),
			Satisfies: []string{"CN-PIPL-38", "CN-PIPL-40", "CN-CSL-37", "CN-CSL2025-39", "CN-CAC-2024-7-VOLUME", "CN-CAC-2024-7-SENSITIVE"},
			Sources:   provSources, Verified: false,
			Notes: "Examples: cross-border shopping, delivery, payment, account opening, travel booking, visas, exams. The exemption " +
				"covers personal information, not important data. That it also relieves CII operators of the assessment under CSL " +
				"Art. 37 and PIPL Art. 40 follows from the Provisions addressing all data processors; the interplay is unverified. " +
				"Declare it only for flows that carry nothing else.",
		},
		{
			ID: "cn-2024-necessity-hr", Jurisdiction: cn, Name: "Exemption: provision necessary for cross-border human-resources management under lawful labour rules or a collective contract",
			Citation:  at("Art. 5(2)"),
			Effective: mustDate("2024-03-22"),
			Satisfies: []string{"CN-PIPL-38", "CN-PIPL-40", "CN-CSL-37", "CN-CSL2025-39", "CN-CAC-2024-7-VOLUME", "CN-CAC-2024-7-SENSITIVE"},
			Sources:   provSources, Verified: false,
			Notes: "As for cn-2024-necessity-contract: the relief for CII operators is an unverified reading.",
		},
		{
			ID: "cn-2024-emergency", Jurisdiction: cn, OccasionalOnly: true,
			Name:      "Exemption: provision necessary in an emergency to protect a natural person's life, health or property",
			Citation:  at("Art. 5(3)"),
			Effective: mustDate("2024-03-22"),
			Satisfies: []string{"CN-PIPL-38", "CN-PIPL-40", "CN-CSL-37", "CN-CSL2025-39", "CN-CAC-2024-7-VOLUME", "CN-CAC-2024-7-SENSITIVE"},
			Sources:   provSources, Verified: false,
			Notes: "An emergency basis cannot cover a standing flow. The relief for CII operators is an unverified reading.",
		},
		{
			ID: "cn-2024-ftz-negative-list", Jurisdiction: cn, Name: "Exemption: data of a processor in a pilot free trade zone that is not on the zone's negative list",
			Citation:  at("Art. 6"),
			Effective: mustDate("2024-03-22"),
			Satisfies: []string{"CN-PIPL-38", "CN-CAC-2024-7-VOLUME", "CN-CAC-2024-7-SENSITIVE"},
			Sources: append(provSources[:1:1],
				src("Han Kun: the 2024 Provisions introduce free-trade-zone negative lists", "https://www.hankunlaw.com/portal/article/index/cid/8/id/14072.html")),
			Verified: false,
			Notes:    "The content is verified; the article number (Art. 6) is unverified, confirmed only by secondary sources.",
		},
		{
			ID: "cn-gba-standard-contract", Jurisdiction: cn, Destinations: []Code{mustCode("HK")},
			Name:      "Greater Bay Area standard contract (Mainland nine GBA cities to Hong Kong)",
			Citation:  Citation{Law: "Implementation Guidelines for the Standard Contract for the Cross-boundary Flow of Personal Information within the Guangdong-Hong Kong-Macao Greater Bay Area (Mainland, Hong Kong)", Short: "GBA Standard Contract", Article: "Guidelines"},
			Effective: mustDate("2023-12-13"),
			Satisfies: []string{"CN-PIPL-38"},
			Sources: []Source{
				src("PCPD (Hong Kong): the GBA standard contract (2024-03-14)", "https://pcpd.org.hk/english/news_events/newspaper/newspaper_20240314.html"),
				src("Mondaq 1403610: no national volume ceiling; no onward transfer outside the GBA", "https://www.mondaq.com/hongkong/data-protection/1403610"),
				src("Reed Smith (2023-12): the CAC and ITIB issued the GBA Guidelines on 10 December 2023 with immediate effect",
					"https://www.reedsmith.com/en/perspectives/2023/12/china-streamlines-cross-border-data-transfers-between-mainland")},
			Verified: false,
			Notes: "For processors registered or located in the nine Guangdong GBA cities and recipients in Hong Kong, which the " +
				"model cannot check: declare it only for such parties. No volume ceiling; no onward transfer outside the GBA. The " +
				"issue date is reported as 2023-12-10 and 2023-12-13; 2023-12-13 is used, unverified. Macao was initially not covered.",
		},
	}
}
