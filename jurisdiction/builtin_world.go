package jurisdiction

// The law of the rest of the world: Russia, India, Vietnam, Indonesia,
// Saudi Arabia, Brazil, Japan, South Korea, Australia, Canada (with British
// Columbia and Nova Scotia), Türkiye and Singapore.
//
// Facts come from the research catalog (laws-world.md) and its
// verification pass (verify-world.md), and from look-ups made while
// encoding; every entry cites where its citation and dates were read and
// says in its notes what could not be confirmed.

// Sources shared by several entries.
var (
	// Russia.
	ruLoc2015 = []Source{
		src("Lexology: Russian data localisation law (242-FZ) in force 2015-09-01", "https://www.lexology.com/library/detail.aspx?g=23fdbdef-3c11-47ff-a0a7-63082911c4b8"),
		src("Global Privacy Watch (2015-05): Federal Law No. 526-FZ moved the effective date of 242-FZ to 2015-09-01", "https://www.globalprivacywatch.com/2015/05/fortress-russia-the-russian-data-localization-law/"),
		src("WILMAP (Stanford CIS): Federal Law No. 242-FZ", "https://wilmap.stanford.edu/entries/federal-law-no-242-fz"),
	}
	ruLoc2025 = []Source{
		src("B1 Law Messenger (2025-03-06): 23-FZ rewords 152-FZ Art. 18(5) from 2025-07-01", "https://b1.ru/en/insights/law-messenger/localization-of-personal-data-of-russian-citizens-6-march-2025/"),
		src("Lidings: Federal Law No. 23-FZ of 2025-02-28, both wordings of Art. 18(5)", "https://lidings.com/media/legalupdates/localization_pd_update"),
	}
	ruReading2025 = []Source{
		src("Seamless Legal: the 2025 wording concerns collection; subsequent cross-border transfer not excluded", "https://seamless.legal/insights/Toughening_the_requirement_for_localisation_of_personal_data/"),
		src("Swilar (2025-07-17): new rules relate only to initial collection", "https://swilar.ru/en/news/ki06-25"),
		src("Denuo (2025-03-03): formal Russian databases used only to pass data abroad may be deemed illegal", "https://denuo.legal/en/insights/news/250303/"),
		src("EPAP: mirror databases abroad were permissible under the 2015 wording; a liberal reading of 2025 may bar them", "https://epap.by/en/media/view/lokalizaciya-personalnyh-dannyh-i-osobaya-kategoriya-subuektov"),
	}
	ru266 = []Source{
		src("Solstico: changes in personal data legislation effective from 2023-03-01 (266-FZ): prior notification of cross-border transfer to Roskomnadzor, which may prohibit it; no transfer to countries without adequate protection while a notification is considered; notifications filed before 2023-03-01 stay valid",
			"https://solstico.legal/tpost/80rx7bmds1-changes-in-personal-data-legislation-eff"),
		src("zakonrf.info: Federal Law No. 266-FZ of 2022-07-14 amending Federal Law 152-FZ (text)", "https://zakonrf.info/doc-37386332"),
		src("Kodeks (Karelia): Federal Law 152-FZ as amended by 266-FZ, version in force from 2023-03-01, Art. 12 (text)", "http://kodeks.karelia.ru/api/show/578331172"),
		src("Gorodissky (2023-03-17): amendments to Art. 12 of 152-FZ by 266-FZ in force 2023-03-01; cross-border transfer notice",
			"https://www.gorodissky.com/publications/articles/russia-adopts-new-rules-on-cross-border-data-transfers/"),
	}
	ruYarovaya = []Source{
		src("Ukrainian Law Blog (2016-07): Yarovaya law 374-FZ, most amendments from 2016-07-20, content storage from 2018-07-01", "https://ukrainianlaw.blogspot.com/2016/07/yarovaya-law-new-data-retention.html"),
		src("Lexology: 374-FZ amends the Communications Law 126-FZ and the Information Law 149-FZ; contents stored in Russia up to six months", "http://www.lexology.com/library/detail.aspx?g=c2e37672-b258-4527-8a7d-677e1e5e2b04"),
		src("bgcrb.ru: content of communications stored from 2018-07-01; decryption keys to the authorities", "https://bgcrb.ru/en/lighting/putin-podpisal-zakon-yarovoi-o-hranenii-i-rasshifrovke-dannyh/"),
	}
	zakharov = src("ECtHR Grand Chamber, Roman Zakharov v. Russia, no. 47143/06, 2015-12-04 (paras 191-200, 213)", "https://data.guardint.org/en/entity/hzbmni4o7ie?page=48")

	// Vietnam.
	vnCSLText = src("LawNet: Law on Cybersecurity 24/2018/QH14 Art. 26 as passed on 2018-06-12", "https://lawnet.vn/thong-tin-phap-luat/en/legal-counselling/the-national-assembly-of-vietnam-officially-passed-the-law-on-cybersecurity-2018-157892.html")
	vnCSL2025 = src("Ministry of Public Security: Law on Cybersecurity 116/2025/QH15 passed 2025-12-10, in force 2026-07-01, replaces Law 24/2018/QH14", "https://en.bocongan.gov.vn/article/national-assembly-passes-law-on-cybersecurity-1765507574")
	vnD53     = []Source{
		src("Tilleke & Gibbins: Decree 53/2022/ND-CP, in force 2022-10-01, data localisation Arts 26-27", "https://www.tilleke.com/print-insight/?post_id=62094&print=1"),
		src("Conventus Law: Art. 26(3) of the Cybersecurity Law and Decree 53 for domestic enterprises", "https://conventuslaw.com/report/what-do-vietnams-new-data-localization-requirements-mean-for-domestic-enterprises"),
		src("Freshfields: foreign enterprises localise only after an A05 request they failed to follow", "https://technologyquotient.freshfields.com/post/102iulg/data-localisation-in-vietnam-highlights-under-decree-53-and-decree-13"),
	}
	vnDataLaw = []Source{
		src("Allen & Gledhill: Law on Data 60/2024/QH15 passed 2024-11-30, in force 2025-07-01", "https://allenandgledhill.com/vn/practices/16862/vn/perspectives/articles/29615/vnkh-s-new-data-law-to-come-into-effect-1-july-2025"),
		src("Mori Hamada: Vietnam Law on Data, core and important data transfers", "https://www.morihamada.com/en/insights/newsletters/121451"),
		src("DataGuidance: National Assembly passes the Data Law; core and important data transfers need assessment and approval", "https://legacy.dataguidance.com/news/vietnam-national-assembly-passes-data-law"),
	}

	// Indonesia.
	idGR71 = []Source{
		src("mansionpromo.co.id: GR 71/2019 Art. 20(3) text (public-scope operators may store abroad only where the storage technology is not available domestically)",
			"https://mansionpromo.co.id/poin-poin-yang-dianggap-ancam-kedaulatan-ri-di-revisi-pp-pste/"),
		src("Bisnis.com (2019-10-22): GR 71/2019 Art. 21(1), private scope may store abroad", "https://teknologi.bisnis.com/read/20191022/282/1161825/beleid-sistem-transaksi-elektronik-resmi-disahkan"),
		src("ABNR (2019-10-30): GR 71/2019 effective 10 October 2019, revokes GR 82/2012; data localisation for state-sector operators",
			"https://www.abnrlaw.com/news/indonesia-issues-important-new-regulation-on-electronic-network-and-information-systems"),
		src("AYMP (2019-12-05): GR 71/2019 issued 4 October 2019, in effect as of 10 October 2019", "https://aymp.law/publication/detail/New-Government-Regulation-on-Implementation-of-Electronic-Systems-and-Transactions"),
		src("Tumbuan & Partners: GR 71/2019 promulgated on 10 October 2019; public-scope operators exclude financial-sector regulators and supervisors",
			"http://tumbuanpartners.com/read-the-government-of-the-republic-of-indonesia-regulation-no-71-of-2019"),
	}
	idPDP = []Source{
		src("OneAsia: Indonesia PDP Law No. 27 of 2022, Arts 55-56 cross-border transfer", "https://oneasia.legal/?p=6148"),
		src("Digital Policy Alert: PDP Law in force 2022-10-17 with a two-year grace period; fully in force 2024-10-17",
			"https://digitalpolicyalert.org/event/7240-entry-into-force-with-grace-period-personal-data-protection-bill-outlining-data-subject-rights"),
		src("Baker McKenzie Resource Hub: Indonesia data privacy and security (PDP Law effective on enactment, two-year transitional period)",
			"https://resourcehub.bakermckenzie.com/en/resources/cloud-compliance-center/apac/indonesia/topics/data-privacy-and-security"),
		src("Rouse (2023-04-28): PDP Law Art. 56 tiers (equal or higher protection, adequate and binding safeguards, consent)",
			"https://rouse.com/insights/news/2023/cross-border-data-transfer-indonesia"),
	}

	// Saudi Arabia.
	// India.
	dpdpCommencement = []Source{
		src("Taxmann: Notification G.S.R. 843(E) dated 2025-11-13; sections 3 to 17 and 28 to 44 commence eighteen months from the date of publication",
			"https://www.taxmann.com/post/blog/govt-notifies-commencement-dates-for-dpdp-act"),
		src("Acuity Law (2025-11-24): provisions in force on 13 November 2025, the date of publication of the notification", "https://acuitylaw.co.in/?p=6681"),
		src("Lexorbis: DPDP Rules notified 2025-11-13; full compliance by May 13, 2027 (18 months)", "https://www.lexorbis.com/39519-2"),
		src("Astra (2026-06-03): full substantive obligations due by 14 May 2027", "https://www.getastra.com/blog/compliance/dpdp-compliance/"),
		src("Taxmann (2025-05-04): s.16 is a negative list; transfers permitted unless the Central Government notifies a country as restricted",
			"https://www.taxmann.com/post/blog/cross-border-data-transfers-under-the-dpdp-act"),
	}

	saPDPL = []Source{
		src("Baker McKenzie (2024-05-17): PDPL in force 2023-09-14, a further 12 Hijri months to comply", "https://me-insights.bakermckenzie.com/2024/05/17/saudi-arabia-next-steps-for-compliance-with-personal-data-protection-law-as-one-hijri-year-grace-period-expiry-approaches/"),
		src("DLA Piper Data Protection: Saudi Arabia, transfer (PDPL of Royal Decree M/19 of 9/2/1443H (2021-09-16), amended by M/148 of 5/9/1444H (2023-03-27), in effect 2023-09-14; one further year to comply)",
			"https://www.dlapiperdataprotection.com/index.html?t=transfer&c=SA"),
		src("ksapdpl.com: PDPL Art. 29 (transfer or disclosure outside the Kingdom), SDAIA text", "https://ksapdpl.com/saudi-pdpl-article-29-cross-border-data-transfers-and-disclosures"),
		src("Global Compliance News (2024-09-17): amended Transfer Regulation published 2024-09-01; three appropriate safeguards (SCCs, binding common rules, certificate of accreditation)",
			"https://globalcompliancenews.com/2024/09/17/https-insightplus-bakermckenzie-com-bm-data-technology-saudi-arabia-updates-data-transfer-regulations-and-introduces-the-first-set-of-standard-contractual-clauses_09042024"),
	}

	// Brazil.
	brLGPD = []Source{
		src("MSPA Compliance: LGPD Art. 33 text (international transfer only in the listed cases)", "https://compliance.mspa.com.br/regulamentos/lgpd/artigo-33"),
		src("Drummond Advisors (2020-09-30): LGPD in force 2020-09-18", "https://drummondadvisors.com/en/2020/09/30/"),
		src("Mayer Brown: LGPD sanctions (Arts 52-54) from 2021-08-01", "https://www.mayerbrown.com/en/insights/publications/2020/06/lgpd-sanctions-will-take-effect-on-august-2021"),
	}
	brRes19 = []Source{
		src("Security Leaders: Resolução CD/ANPD nº 19/2024 published 2024-08-23 (Regulamento de Transferência Internacional)", "https://securityleaders.com.br/anpd-aprova-regulamento-sobre-transferencias-internacionais-de-dados"),
		src("Aroeira Salles: Resolution 19/2024, standard clauses to be adopted within 12 months", "https://aroeirasalles.com.br/blog/anpd-publica-regulamento-sobre-transferencia-internacional-de-dados"),
	}

	// Japan.
	jpAPPI = []Source{
		src("Lexology (DLA Piper): amended APPI enforced from 2017-05-30", "https://www.lexology.com/library/detail.aspx?g=b855f9ce-4865-454b-a17b-071197e8a1f4"),
		src("FPF: 2020 APPI amendments in force 2022-04-01", "https://fpf.org/blog/a-new-era-for-japanese-data-protection-2020-amendments-to-the-appi"),
		src("Bifrost Index: Japan international data transfers (APPI Art. 28)", "https://bifrostindex.ai/guides/japan/international-data-transfers"),
		src("EU-Japan Centre (2023-04-04): Japan and the EU recognised each other's data protection systems as equivalent in 2019 (mutual adequacy); first review concluded",
			"https://eu-japan.eu/news/eu-and-japan-conclude-first-review-their-bilateral-mutual-adequacy-arrangement"),
	}
	jpAdequacy = src("proteuscyber.com: EU adequacy decision (EU) 2019/419, recitals on compulsory investigation (3.2.1.1) and national security (3.3)", "https://proteuscyber.com/privacy-database/japan-adequacy-3211-compulsory-investigation-based-on-a-court-warrant")

	// South Korea.
	kaamelAliExpress = src("Kaamel Lab: on 2024-07-24 the PIPC fined Alibaba.com Singapore E-Commerce Private Limited (AliExpress) KRW 1.978 billion for violating PIPA Art. 28-8 by transferring Korean users' personal information to overseas sellers",
		"https://kaamel.com/blog/article/865da9b8-c640-4060-8245-1b2c556d7714")
	koreaTimesAliExpress = src("Korea Times: AliExpress fined for providing Korean customers' personal information to over 180,000 overseas vendors; the first penalty for breaching the Act's overseas-transfer procedures",
		"https://m.koreatimes.co.kr/pages/article.amp.asp?newsIdx=379357")
	krPIPA = []Source{
		src("Prighter: PIPA Art. 28-8 and Enforcement Decree ch. IV-3", "https://prighter.com/resources/laws/korean-pipa"),
		src("Chambers Global Practice Guide (Kim & Chang), 5.1: grounds for transfer abroad under the amended PIPA", "https://gpg-pdf.chambers.com/view/158325293/399"),
		src("Prighter: PIPA Art. 64-2 penalty surcharge up to 3% of total sales", "https://prighter.com/tr/resources/laws/korean-pipa/main/chapters/chapter-ix"),
	}

	// Australia.
	auAPP = []Source{
		src("Law Handbook (SA): Australian Privacy Principles since 2014-03-12", "https://lawhandbook.sa.gov.au/ch34s02s01.php"),
		src("Baker McKenzie Resource Hub (reviewed 2024-12-31): APP 8, no countries prescribed under APP 8.2(aa)", "https://resourcehub.bakermckenzie.com/en/resources/global-data-and-cyber-handbook/asia-pacific/australia/topics/international-data-transfer"),
		src("legislation.gov.au C2022A00083: Privacy Legislation Amendment (Enforcement and Other Measures) Act 2022, commenced 2022-12-13", "https://legislation.gov.au/C2022A00083/asmade/2022-12-12/text/original/"),
	}
	auMHR = []Source{
		src("CaseChat: My Health Records Act 2012 compilation No. 15 (commencement table: assent 2012-06-26, proclaimed provisions 2012-06-29)", "https://casechat.au/cases/au/my-health-records-act-2012-cth"),
		src("AustLII: My Health Records Act 2012, table of provisions", "http://www.austlii.edu.au/au/legis/cth/consol_act/mhra2012180/"),
		src("Parliament of Australia: PCEHR Bill 2011 passed both Houses 2012-06-21, assent 2012-06-26 as Act No. 63 of 2012",
			"http://aph.gov.au/Parliamentary_Business/Bills_Legislation/Bills_Search_Results/Result?bId=r4738"),
		src("WattleDB: My Health Records Act s.77, My Health Record data (including backups) must not be held, taken, processed or handled outside Australia",
			"https://www.wattledb.com.au/industries.html"),
		src("Parliamentary Library, Bills Digest no. 100 2011-12 on the PCEHR Bill 2011: commencement, sections 1 and 2 on Royal Assent, sections 3 to 112 on a day or days fixed by Proclamation",
			"http://classic.austlii.edu.au/au/legis/cth/digest/pcehrb2011483/pcehrb2011483.html"),
		src("xlfe/gitlaw-au: unofficial Markdown copy of the PCEHR Act 2012, Compilation No. 3 (ComLaw C2015C00075, in force 2014-03-12), s.77(1)-(3)",
			"https://github.com/xlfe/gitlaw-au/blob/cd9496b265496d8676f9ad792f761cc003c4fb74/acts/current/p/personally%20controlled%20electronic%20health%20records%20act%202012.md"),
	}

	// Canada.
	caBC2004 = []Source{
		src("Bill 73 - 2004, Freedom of Information and Protection of Privacy Amendment Act, 2004 (text of s.30.1)", "http://quickscribe.bc.ca/secure/bills/2004_bill073.html"),
		src("Deeth Williams Wall (2004-11-10): British Columbia passed Bill 73 on 2004-10-19", "https://www.dww.com/articles/bc-attempts-to-regulate-international-outsourcing-of-personal-information"),
		src("OIPC BC: Freedom of Information and Protection of Privacy Amendment Act, SBC 2004 c.64", "http://www.oipc.bc.ca/legislation/FIPPA/other_legislation_affecting_FIPPA.htm"),
	}
	caBC2021 = []Source{
		src("Government of BC: guidance on disclosures outside of Canada (Bill 22 in force 2021-11-25; M462/2021)", "https://www2.gov.bc.ca/gov/content/governments/services-for-government/information-management-technology/privacy/privacy-impact-assessments/guidance-on-disclosures-outside-of-canada"),
		src("DLA Piper (2021-12-20): Bill 22 became law on 2021-11-25, bringing the FIPPA amendments into force",
			"https://dlapiper.com/en-ca/insights/publications/2021/12/amendments-to-the-freedom-of-information-and-protection-of-privacy-act"),
		src("Bill 22 - 2021, Freedom of Information and Protection of Privacy Amendment Act, 2021", "https://quickscribe.bc.ca/secure/repository/Z512021-bill22.html"),
	}
	caNS = []Source{
		src("Canadian Privacy Law Blog (2006-11-15): PIIDPA proclaimed; in force for public bodies 2006-11-15, municipalities 2007-11-15", "https://blog.privacylawyer.ca/2006/11/patriot-act-blocking-statute-now-law.html"),
		src("Acadia University: PIIDPA s.5(1), personal information not stored or accessed outside Canada save limited exceptions", "https://hub.acadiau.ca/TDClient/39/Portal/KB/ArticleDet?ID=1002"),
		src("PIIDPA, S.N.S. 2006, c. 3, as amended 2010, c. 35 (text to s.2)", "https://lakestlouissailing.com/article/personal-information-international-disclosure-protection-act"),
		src("Nova Scotia Department of Justice: PIIDPA FAQ", "http://novascotia.ca/just/IAP/PIIDPAquest.asp"),
	}

	// Türkiye.
	trKVKK2024 = []Source{
		src("Zorer: Law No. 7499 (OG 32487, 2024-03-12) rewrote KVKK Art. 9, in force 2024-06-01; explicit-consent transfers to 2024-09-01", "https://zorer.av.tr/en/gorusler/kvkk-7499-degisikligi-yurt-disi-veri-aktarimi"),
		src("Ürey: old Art. 9(1) applies until 2024-09-01, the rest of the amendment from 2024-06-01", "https://www.urey.av.tr/en/2024/03/22/amendments-to-law-no-6698-on-the-protection-of-personal-data/"),
		src("Mondaq 1546710 (2024-11-19): By-Law on transfers abroad (OG 32598, 2024-07-10); standard contracts", "https://www.mondaq.com/turkey/data-protection/1546710/standard-contract-notification-obligation-and-penalties"),
		src("Prighter: By-Law on the transfer of personal data abroad, Art. 14 (standard contract, notification within five business days)", "https://prighter.com/resources/laws/turkish-kvkk/by-laws/the-procedures-and-principles-for-the-transfer-of-personal-data-abroad/articles/article-14"),
	}
	trKVKK2016 = []Source{
		src("Mondaq: KVKK published 2016-04-07; transfer provisions in force 2016-10-07", "https://webiis06.mondaq.com/turkey/data-protection/536274/data-protection-authority"),
		src("Uludağ University: Law 6698 enacted 2016-03-24, Official Gazette 29677 of 2016-04-07", "https://ulusem.uludag.edu.tr/en/content/37/personal-data-protection-law"),
	}

	// Singapore.
	sgPDPA = []Source{
		src("Proteus Cyber: PDPA 2012 s.26 text", "https://proteuscyber.com/privacy-database/singapore-pdpa-26"),
		src("laws.sg: Personal Data Protection Regulations 2021, reg. 10 (requirements for transfer, from 2021-02-01)", "https://laws.sg/legislation/sub-leg-2012-pdpa-s63-2021/reg-10"),
		src("Digital Policy Alert: PDPA including s.26 in force 2014-07-02", "https://digitalpolicyalert.org/event/20570-implemented-personal-data-protection-act-pdpa-including-cross-border-electronic-data-transfer"),
		src("Allen & Gledhill: enhanced financial penalty (s.48J) for contraventions from 2022-10-01", "https://allenandgledhill.com/sg/"),
	}
)

func worldJurisdictions() []Jurisdiction {
	ca := mustCode("CA")
	return []Jurisdiction{
		{
			Code: mustCode("CA-BC"), Name: "British Columbia", Sovereign: ca,
			Notes: "Province of Canada. Its Freedom of Information and Protection of Privacy Act binds provincial public bodies " +
				"(tag their entities \"public-body\" and give them jurisdiction CA-BC); private-sector data is under BC's PIPA, not encoded here.",
			Sources: caBC2021,
		},
		{
			Code: mustCode("CA-NS"), Name: "Nova Scotia", Sovereign: ca,
			Notes: "Province of Canada. PIIDPA binds provincial public bodies and municipalities (tag their entities \"public-body\" " +
				"and give them jurisdiction CA-NS).",
			Sources: caNS,
		},
	}
}

func worldRules() []Rule {
	var out []Rule
	for _, part := range [][]Rule{russiaRules(), indiaRules(), vietnamRules(), indonesiaRules(), saudiRules(),
		brazilRules(), japanRules(), koreaRules(), australiaRules(), canadaRules(), turkeyRules(), singaporeRules()} {
		out = append(out, part...)
	}
	return out
}

func worldMechanisms() []Mechanism {
	var out []Mechanism
	for _, part := range [][]Mechanism{russiaMechanisms(), indiaMechanisms(), vietnamMechanisms(), indonesiaMechanisms(),
		saudiMechanisms(), brazilMechanisms(), japanMechanisms(), koreaMechanisms(), australiaMechanisms(),
		canadaMechanisms(), turkeyMechanisms(), singaporeMechanisms()} {
		out = append(out, part...)
	}
	return out
}

// Russia.

const ru152 = "Federal Law No. 152-FZ of 2006-07-27 \"On Personal Data\""

func russiaRules() []Rule {
	ru := mustCode("RU")
	return []Rule{
		{
			ID: "RU-152-18-5", Jurisdiction: ru, Kind: Localization,
			Title: "When personal data of Russian citizens is collected, including via the Internet, the operator must record, " +
				"systematise, accumulate, store, update and retrieve it using databases located in Russia",
			Citation:  Citation{Law: ru152, Short: "152-FZ", Article: "Art. 18(5)", Version: "as inserted by Federal Law No. 242-FZ of 2014-07-21"},
			Effective: mustDate("2015-09-01"), End: mustDate("2025-07-01"),
			Scope:    Scope{Classes: classes(Personal), Basis: SubjectsIn},
			Relief:   "the exceptions of 152-FZ Art. 6(1) cl. 2, 3, 4 and 8 (international treaty or law, court acts, public services, journalism and media)",
			Sources:  append(append([]Source{}, ruLoc2015...), ruLoc2025[1]),
			Verified: true,
			Notes: "'Russian citizens' is modelled as data subjects in RU; the model cannot tell citizenship from residence. " +
				"The primary database had to be in Russia; copies abroad made from it were allowed if the cross-border " +
				"transfer rules were met (ru-152-onward-copy). Reworded as a prohibition from 2025-07-01 (RU-152-18-5-2025). " +
				"Penalties: CAO Art. 13.11(8), RUB 1-6 million for legal entities; blocking through the register of infringers (LinkedIn, 2016).",
		},
		{
			ID: "RU-152-18-5-2025", Jurisdiction: ru, Kind: Localization,
			Title: "When personal data of Russian citizens is collected, including via the Internet, its recording, systematisation, " +
				"accumulation, storage, updating and retrieval using databases located outside Russia is not permitted",
			Citation:  Citation{Law: ru152, Short: "152-FZ", Article: "Art. 18(5)", Version: "as reworded by Federal Law No. 23-FZ of 2025-02-28"},
			Effective: mustDate("2025-07-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: SubjectsIn},
			Relief:    "the exceptions of 152-FZ Art. 6(1) cl. 2, 3, 4 and 8",
			Sources:   append(append([]Source{}, ruLoc2025...), ruReading2025...),
			Verified:  true,
			Notes: "The duty now binds processors as well as operators. Whether a copy abroad made after collection in Russia " +
				"stays lawful is disputed: a literal reading confines the ban to collection and leaves Art. 12 transfers open " +
				"(Seamless Legal, Swilar); others warn that mirror databases and formal Russian databases used to pass data " +
				"abroad may now be illegal (Denuo, EPAP). The catalog therefore does not let ru-152-onward-copy satisfy this " +
				"rule: a copy abroad needs ru-152-2025-onward-transfer, an unverified reading.",
		},
		{
			ID: "RU-152-12-2023", Jurisdiction: ru, Kind: TransferRestriction,
			Title: "Operators must notify Roskomnadzor before starting cross-border transfers of personal data; Roskomnadzor may " +
				"prohibit or restrict them; while a notification is considered, transfers to countries without adequate protection are barred",
			Citation:  Citation{Law: ru152, Short: "152-FZ", Article: "Art. 12", Version: "as amended by Federal Law No. 266-FZ of 2022-07-14"},
			Effective: mustDate("2023-03-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   ru266,
			Verified:  true,
			Notes: "Adequate countries: Convention 108 parties and the list of Roskomnadzor Order No. 128 of 2022-08-05. Notifications " +
				"filed before 2023-03-01 stay valid. The earlier consent-based regime of Art. 12 is not encoded. The fine for " +
				"breaching the notification duty is unverified (only CAO Art. 13.11 Part 10, RUB 100-300k for failing to notify " +
				"processing, was confirmed).",
		},
		{
			ID: "RU-YAROVAYA", Jurisdiction: ru, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title: "Telecom operators and organisers of information dissemination must hand authorised state bodies stored " +
				"communications data on request and give the FSB the information needed to decode encrypted messages",
			Citation: Citation{Law: "Federal Law No. 374-FZ of 2016-07-06 (the Yarovaya package), amending Federal Law No. 149-FZ \"On Information\"",
				Short: "Yarovaya law", Article: "149-FZ Art. 10.1"},
			Effective: mustDate("2016-07-20"),
			Sources: append(append([]Source{}, ruYarovaya...),
				src("TASS: Tagansky District Court blocks Telegram on 2018-04-13 for not giving the FSB decryption keys", "https://tass.com/economy/999993/amp")),
			Verified: true,
			Notes: "Organisers of information dissemination include foreign messengers on Roskomnadzor's register; Telegram was " +
				"blocked from 2018-04-16 for refusing keys (lifted in June 2020). No judicial step in the duty to hand over keys.",
		},
		{
			ID: "RU-YAROVAYA-STORAGE", Jurisdiction: ru, Kind: Localization,
			Title: "Telecom operators and organisers of information dissemination must store the contents of users' communications " +
				"(calls, messages, images, video) in Russia for up to six months",
			Citation: Citation{Law: "Federal Law No. 374-FZ of 2016-07-06 (the Yarovaya package), amending Federal Laws No. 126-FZ \"On Communications\" and No. 149-FZ \"On Information\"",
				Short: "Yarovaya law", Article: "126-FZ Art. 64(1)(2); 149-FZ Art. 10.1(3)"},
			Effective: mustDate("2018-07-01"),
			Scope: Scope{Classes: classes(CommunicationsContent), Basis: SubjectsIn, ControllerTags: []string{"ru-telecom-operator", "ru-ori"},
				SubjectsNote: "users in Russia"},
			Sources: append(append([]Source{}, ruYarovaya...),
				src("galaxys6blog.ru: Government Decree No. 445 of 2018-04-12 on storage (calls and texts six months, internet traffic 30 days)", "https://galaxys6blog.ru/zakon-o-hranenii-informacii-sotovyh-operatorov/"),
				src("Prosecutor General's Office (2018-06-28): from 2018-07-01 operators must store users' messages and voice in Russia up to six months (126-FZ Art. 64(1) subpara. 2 as worded by 374-FZ); the same for organisers of information dissemination",
					"https://epp.genproc.gov.ru/ru/proc_57/activity/legal-education/explain/e565218"),
				src("Advokatskaya Gazeta (Kachkin & Partners): Storage Rules of Decree No. 445 in force 2018-07-01, adopted under 126-FZ Art. 64(1) subpara. 2",
					"https://www.advgazeta.ru/mneniya/o-pravilakh-khraneniya-informatsii-po-zakonu-yarovoy/"),
				src("olacom.ru: text of 149-FZ Art. 10.1 (organisers of information dissemination; para. 3 duty to store in Russia)",
					"https://olacom.ru/google-chrome/rasprostraniteli-informacii-vnesennye-v-reestr-roskomnadzora/")),
			Verified: true,
			Notes: "Confirmed: the in-force day (2018-07-01) and that the operators' duty is 126-FZ Art. 64(1) subpara. 2 (Prosecutor " +
				"General's Office). The ORI duty is 149-FZ Art. 10.1 para. 3 (text seen on a secondary page). Not encoded: the " +
				"later start for ISPs' internet traffic (2018-10-01, secondary sources only) and a reported 2025 government decree " +
				"lengthening storage from 2026-01-01 (news only, unverified). Tag the provider that controls the content " +
				"\"ru-telecom-operator\" or \"ru-ori\" (registered organiser of information dissemination).",
		},
		{
			ID: "RU-SORM", Jurisdiction: ru, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Operators must install equipment specified by the FSB (SORM) that gives agencies direct remote access to " +
				"communications on their networks; the operator does not see the individual authorisations",
			Citation: Citation{Law: "Federal Law No. 126-FZ \"On Communications\"; Federal Law No. 144-FZ \"On Operational-Investigative Activities\"",
				Short: "SORM", Article: "126-FZ Art. 64; 144-FZ Art. 8"},
			Effective: mustDate("2004-01-01"),
			Sources: []Source{zakharov,
				src("Global-Regulation: the 1995 Communications Law, expired by Federal Law No. 126-FZ of 2003-07-07 from 2004-01-01",
					"https://www.global-regulation.com/translation/russia/2941315/about-communication.html"),
				src("stihi.ru (quoting 126-FZ as amended to 2017-12-05): Art. 64, duties of operators during operational-investigative activities",
					"http://www.stihi.ru/2018/01/10/9710"),
				src("ECtHR, Roman Zakharov v. Russia, paras 109-113: Communications Act s. 64(1)-(3) and FSB Act s. 15 (duty to install equipment)",
					"https://data.guardint.org/en/entity/hzbmni4o7ie?page=25"),
				src("ECtHR, Roman Zakharov v. Russia, paras 123-127: Order no. 130 of 2000-07-25 (installation of SORM equipment; providers not shown authorisations)",
					"https://data.guardint.org/en/entity/hzbmni4o7ie?page=27"),
				src("Garant: Government Decree No. 538 of 2005-08-27 (rules of operators' interaction with operational-investigative agencies), issued under Art. 64 of the Law on Communications, in force 2006-01-01",
					"http://base.garant.ru/5425479/")},
			Verified: false,
			Notes: "Confirmed: 126-FZ took effect on 2004-01-01 (it replaced the 1995 Communications Law), and its Art. 64 sets " +
				"operators' duties during operational-investigative activities. Unverified: the wording of the equipment duty " +
				"in Art. 64 as in force in 2004 (the heading seen is as amended by 153-FZ of 2006; the ECtHR describes s. 64(1)-(2) as in " +
				"force in 2015, and a second pass found no copy of the 2003 wording), 144-FZ Art. 8, and the " +
				"scope of SORM-3 for internet data; SORM itself predates 126-FZ. The ECtHR found the court authorisation of 144-FZ ineffective " +
				"(Zakharov, 2015-12-04); Russia ceased to be party to the ECHR on 2022-09-16. " +
				"A fourth pass found no copy of Art. 64 as in force in 2004 nor of 144-FZ Art. 8 (repositories and pages, Russian phrases); " +
				"only Government Decree 538 of 2005, issued under Art. 64, was seen. A seventh pass found the Russian legal open-data " +
				"repositories (irlcode/RusLawOD) but no stored text of 126-FZ or 144-FZ in them, and find_string on Art. 64's wording found none.",
		},
	}
}

func russiaMechanisms() []Mechanism {
	ru := mustCode("RU")
	return []Mechanism{
		{
			ID: "ru-152-onward-copy", Jurisdiction: ru,
			Name:      "Copy abroad made from the primary database in Russia, transferred under 152-FZ Art. 12",
			Citation:  Citation{Law: ru152, Short: "152-FZ", Article: "Art. 18(5), Art. 12", Version: "Art. 18(5) as inserted by 242-FZ"},
			Effective: mustDate("2015-09-01"),
			Satisfies: []string{"RU-152-18-5"},
			Sources:   append(append([]Source{}, ruLoc2015...), ruReading2025[0], ruReading2025[3]),
			Verified:  true,
			Notes: "Declare it on the flow that copies data out of a Russian store: all processing actions must first be done in " +
				"the Russian database, which must hold at least as much as the foreign one (EPAP). Not for data collected " +
				"straight into a foreign store. From 2023-03-01 the transfer itself also needs ru-152-12-notification.",
		},
		{
			ID: "ru-152-12-notification", Jurisdiction: ru,
			Name:      "Prior notification of cross-border transfer to Roskomnadzor (and, for countries without adequate protection, no prohibition)",
			Citation:  Citation{Law: ru152, Short: "152-FZ", Article: "Art. 12", Version: "as amended by 266-FZ"},
			Effective: mustDate("2023-03-01"),
			Satisfies: []string{"RU-152-12-2023"},
			Sources:   ru266,
			Verified:  true,
			Notes:     "Roskomnadzor may prohibit or restrict the transfer; a prohibited transfer is no longer covered, which the topology cannot show.",
		},
		{
			ID: "ru-152-2025-onward-transfer", Jurisdiction: ru,
			Name:      "Cross-border transfer after collection and initial processing in Russia (literal reading of the 2025 wording)",
			Citation:  Citation{Law: ru152, Short: "152-FZ", Article: "Art. 18(5), Art. 12", Version: "Art. 18(5) as reworded by 23-FZ"},
			Effective: mustDate("2025-07-01"),
			Satisfies: []string{"RU-152-18-5-2025"},
			Sources:   append(append([]Source{}, ruLoc2025...), ruReading2025...),
			Verified:  false,
			Notes: "Unverified reading: practitioners read the 2025 ban as confined to collection (Seamless Legal, Swilar), but " +
				"others warn that mirror databases abroad may now be unlawful (Denuo, EPAP); no regulator guidance was found. " +
				"Declare it only on flows out of a Russian store, together with ru-152-12-notification.",
		},
	}
}

// India.

func indiaRules() []Rule {
	in := mustCode("IN")
	return []Rule{
		{
			ID: "IN-DPDP-16", Jurisdiction: in, Kind: TransferRestriction,
			Title: "The Central Government may by notification restrict the transfer of personal data by a Data Fiduciary to " +
				"countries or territories it notifies; Indian laws giving higher protection or stricter transfer rules prevail",
			Citation: Citation{Law: "Digital Personal Data Protection Act, 2023 (No. 22 of 2023)", Short: "DPDP Act", Article: "s.16",
				Version: "commenced by notification G.S.R. 843(E) of 2025-11-13 (eighteen-month tranche)"},
			Effective: mustDate("2027-05-13"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   dpdpCommencement,
			Verified:  false,
			Notes: "Unverified: the exact commencement day of s.16. Notification G.S.R. 843(E), dated 2025-11-13 (the eGazette " +
				"upload stamp reads 14 November 2025), clause (c), brings sections 11 to 17 into force 'eighteen months from the " +
				"date of publication of this gazette' (wording as quoted from the Gazette copy in public repositories and by " +
				"Taxmann; the Gazette PDF itself was not read here). Lexorbis gives 2027-05-13; Astra gives 2027-05-14: the day " +
				"depends on whether publication is 13 or 14 November 2025 and on how the eighteen months are counted, so " +
				"2027-05-13 is kept as the earlier reading; Gazette transcriptions in public repositories (not a page read here) " +
				"print the Gazette's own date line as 13 November 2025 (Extraordinary No. 757), the 14 November stamp being the " +
				"upload, which supports 2027-05-13. " +
				"A deny-list: transfers are allowed unless the destination is notified, so the catalog pairs the rule with " +
				"in-dpdp-16-not-restricted. s.16(2) keeps sector rules such " +
				"as IN-RBI-2018. DPDP Rules 2025 Rule 13(4) (Significant Data Fiduciaries must keep data the Government specifies " +
				"in India) and Rule 15 (orders on making data available to foreign States) are not encoded: nothing has been specified. " +
				"A fourth pass still found no official page settling the publication day: Taxscan and Acuity give 13 November " +
				"2025, but PIB's own release (PRID 2190689) and ABS Partners say the Rules were notified or published on 14 " +
				"November, and the eGazette PDF was not reachable. A fifth pass again found no egazette.gov.in or MeitY page: " +
				"Unified Chambers gives the Gazette ID CG-DL-E-14112025-267650 with a notification date of 13 November 2025, " +
				"Bar & Bench and TBA Law give 13 November, NDTV Profit and PIB 14 November, so the day is still not settled officially. " +
				"A seventh pass found the split unchanged (Acuity: 13 November is the date of publication; CNBC-TV18 and Legal 500: notified " +
				"on 14 November; one compliance site gives 13 May 2027, Astra 14 May 2027) and no Gazette copy in pages or repositories. " +
				"An eighth pass found no S.O. notification: the commencement instrument under s.1(2) is G.S.R. 843(E) itself (Voice&Data lists " +
				"G.S.R. 843(E) schedule, 845(E) Board, 846(E) Rules); a report of a Lok Sabha written reply by MoS Jitin Prasada says the Act and " +
				"Rules 'have been notified on November 13, 2025', while PIB's backgrounder (PRID 2190689) says 14 November, and no egazette.gov.in " +
				"or MeitY page giving s.16's day was reached, so the 13 or 14 May 2027 question stays open.",
		},
		{
			ID: "IN-RBI-2018", Jurisdiction: in, Kind: Localization,
			Title: "Payment system operators and banks must store the entire data relating to payment systems operated by them " +
				"in a system only in India",
			Citation: Citation{Law: "Reserve Bank of India circular DPSS.CO.OD.No 2785/06.08.005/2017-18 \"Storage of Payment System Data\" (2018-04-06); FAQs of 2019-06-26",
				Short: "RBI payment data directive", Article: "direction: entire payment system data stored in a system only in India, within six months"},
			Effective: mustDate("2018-10-06"),
			Scope: Scope{Classes: classes(FinancialData), Basis: SubjectsIn, ControllerTags: []string{"in-payment-system-operator"},
				SubjectsNote: "payment data of transactions in India; customers in India"},
			Sources: []Source{
				src("RBI: Storage of Payment System Data FAQs", "https://website.rbi.org.in/web/rbi/-/citizens-corner/storage-of-payment-system-data-2995"),
				src("RBI FAQ page: circular DPSS.CO.OD.No 2785/06.08.005/2017-18 dated April 06, 2018 advised all system providers to ensure, within a period of six months, that the entire payment system data is stored in a system only in India; applies to PSOs authorised under the PSS Act 2007 and to all banks",
					"https://website.rbi.org.in/web/rbi/faq-page-2?ddm__keyword__26256231__FaqDetailPage2Title_en_US=Storage+of+Payment+System+Data&disclaimer=true"),
				src("SFLC.in: system providers to comply within six months and report compliance by 2018-10-15", "https://sflc.in/policies-and-cases/storage-of-payment-system-data/"),
				src("Livemint (2021): six months to comply, compliance reported by 2018-10-15", "https://www.livemint.com/industry/banking/rbi-bars-amex-diners-club-from-adding-new-customers/amp-11619187733124.html"),
				src("Financial Express (2018-04-06): 'All system providers shall ensure that the entire data relating to payment systems operated by them are stored in a system only in India'; six months to comply",
					"https://www.financialexpress.com/industry/rbi-issues-notification-on-data-storage-by-payment-companies-read-details/1124315/"),
				src("Business Standard (2021-07-14): Mastercard restricted under PSS Act s.17 for non-compliance with the directions", "https://www.business-standard.com/article/finance/rbi-restricts-mastercard-from-onboarding-new-domestic-customers-121071400974_1.html"),
				src("BIIA: circular of 2018-04-06 and the FAQs (scope, data to be stored)", "https://www.biia.com/reserve-bank-of-india-rbi-directive-on-payment-data-to-be-stored-in-india"),
				src("domain-b: processing abroad allowed if deleted abroad and brought back within one business day or 24 hours", "https://domain-b.com/companies-organisations/firms-companies/rbi-wants-all-payment-system-data-to-be-stored-within-the-country"),
			},
			Verified: true,
			Notes: "The circular was issued 2018-04-06 requiring storage in India 'within a period of six months' (RBI's own FAQ " +
				"page, BIIA, Financial Express), so the rule binds from 2018-10-06, the end of that window (computed, not stated); " +
				"compliance was to be reported by 2018-10-15. Unverified: that the directions were issued under PSS Act 2007 " +
				"s.10(2) read with s.18 (reported by secondary notes; the circular text was not read; enforcement orders cite " +
				"s.17), and the circular's paragraph numbering. Payment data includes " +
				"non-personal transaction data; FinancialData (personal financial data) is the closest class, so declare " +
				"payment datasets as FinancialData. Tag the payment system operator or bank that controls the data " +
				"\"in-payment-system-operator\". Processing abroad with deletion within 24 hours is not storage and needs no " +
				"mechanism; a standing copy abroad does. Enforcement: bans on onboarding customers (American Express and " +
				"Diners Club 2021-04, Mastercard 2021-07-14).",
		},
		{
			ID: "IN-IT-69", Jurisdiction: in, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title: "The Central or a State Government may direct agencies to intercept, monitor or decrypt information in any " +
				"computer resource; intermediaries and persons in charge must give access and technical assistance",
			Citation: Citation{Law: "Information Technology Act, 2000, as amended by the Information Technology (Amendment) Act, 2008",
				Short: "IT Act", Article: "s.69(1), (3), (4)"},
			Effective: mustDate("2009-10-27"),
			Sources: []Source{
				src("Mondaq: s.69 needed rules; the Interception Rules were notified on 2009-10-27; MHA order of 2018-12-20 authorising ten agencies", "http://www.mondaq.com/india/x/767906/IT+internet/Indias+Leap+Into+Formalised+Electronic+Survelliance+The+MHA+Statutory+Order+6227E+Dated+20122018"),
				src("naavi.org: text of s.69 as amended (assistance duty, seven years for refusal)", "https://naavi.org/cl_editorial_09/edit_mar23_itaa_analysis_19_netizens.htm"),
				src("The Hindu (2009-10-27): 'The IT (Amendment) Act 2008 came into force today', official statement; interception, monitoring and decryption rules notified the same day",
					"https://www.thehindu.com/news/national/Amended-IT-Act-to-prevent-cyber-crime-comes-into-effect/article16888817.ece"),
				src("sharefraud.in (2009-10-28): IT Amendment Act 2008 (assent 2009-02-05) notified with effect from 2009-10-27", "http://www.sharefraud.in/?p=22"),
			},
			Verified: true,
			Notes: "The Information Technology (Amendment) Act, 2008 (Act No. 10 of 2009, assent 2009-02-05) came into force on " +
				"2009-10-27 by notification under its s.1(2) (The Hindu, official statement), the day the Interception Rules " +
				"were notified; the notification number was not seen. Orders come from the Union or State Home Secretary with " +
				"ex-post review by an executive Review Committee; no court. The Telecommunications Act 2023 and its 2024 " +
				"interception rules (from 2024-12-06) are not encoded.",
		},
	}
}

func indiaMechanisms() []Mechanism {
	in := mustCode("IN")
	return []Mechanism{
		{
			ID: "in-dpdp-16-not-restricted", Jurisdiction: in, Automatic: true,
			Name:      "Transfer to a country not notified as restricted under DPDP Act s.16(1)",
			Citation:  Citation{Law: "Digital Personal Data Protection Act, 2023 (No. 22 of 2023)", Short: "DPDP Act", Article: "s.16(1)"},
			Effective: mustDate("2027-05-13"),
			Satisfies: []string{"IN-DPDP-16"},
			Sources:   dpdpCommencement,
			Verified:  false,
			Notes: "Covers every destination because no country has been notified as restricted; that absence is unverified (no " +
				"notification seen in 2025-2026 sources). When one is, this mechanism must exclude it. Starts with IN-DPDP-16, " +
				"whose exact commencement day (2027-05-13 or 2027-05-14) is unverified.",
		},
		{
			ID: "in-rbi-cross-border-leg", Jurisdiction: in,
			Name:      "Cross-border payment transaction: a copy of the domestic component may also be stored abroad",
			Citation:  Citation{Law: "RBI FAQs on Storage of Payment System Data (2019-06-26)", Short: "RBI FAQs", Article: "FAQ on cross-border transactions"},
			Effective: mustDate("2018-10-06"),
			Satisfies: []string{"IN-RBI-2018"},
			Sources: []Source{
				src("domain-b: for cross-border transaction data a copy of the domestic component may also be stored abroad", "https://domain-b.com/companies-organisations/firms-companies/rbi-wants-all-payment-system-data-to-be-stored-within-the-country"),
				src("AZB Partners (2019-06-27): RBI FAQs", "https://www.azbpartners.com/bank/rbi-clarification-on-the-circular-on-storage-of-payment-system-data/"),
			},
			Verified: false,
			Notes: "Declare it only for datasets of cross-border transactions. The FAQ number is unverified, and the FAQ dates from " +
				"2019-06-26; its start is aligned with the direction.",
		},
	}
}

// Vietnam.

const (
	vnCSL    = "Law on Cybersecurity No. 24/2018/QH14"
	vnD13    = "Decree No. 13/2023/ND-CP on Personal Data Protection"
	vnPDPL   = "Law on Personal Data Protection No. 91/2025/QH15"
	vnData   = "Law on Data No. 60/2024/QH15; Decree No. 165/2025/ND-CP; Decision No. 20/2025/QD-TTg"
	vnAccess = "Decree 53/2022/ND-CP details the procedure."
)

func vietnamRules() []Rule {
	vn := mustCode("VN")
	return []Rule{
		{
			ID: "VN-CSL-26-3", Jurisdiction: vn, Kind: Localization,
			Title: "Domestic enterprises must store in Vietnam personal information of service users in Vietnam, data they generate " +
				"and data on their relationships",
			Citation:  Citation{Law: vnCSL, Short: "CSL 2018", Article: "Art. 26(3)", Version: "with Decree 53/2022/ND-CP Arts 26-27"},
			Effective: mustDate("2022-10-01"), End: mustDate("2026-07-01"),
			Scope:    Scope{Classes: classes(Personal), Basis: ControllerIn},
			Sources:  append(append([]Source{}, vnD53...), vnCSL2025),
			Verified: true,
			Notes: "The law took effect 2019-01-01 but Art. 26(3) was unenforceable until Decree 53 (2022-10-01). Domestic " +
				"enterprises are those established under Vietnamese law with their head office in Vietnam, including " +
				"foreign-invested ones (Decree 53 Art. 2.11): modelled as controllers of VN. The rule covers users in Vietnam; " +
				"the model ties all of such a controller's personal data. Data must be kept at least 24 months. Law 24/2018 " +
				"ceases on 2026-07-01 (Law 116/2025/QH15); see VN-CSL2025-LOC.",
		},
		{
			ID: "VN-D53-26-FOREIGN", Jurisdiction: vn, Kind: Localization,
			Title: "A foreign enterprise in one of ten regulated services whose service was used to break the law and which failed " +
				"an A05 request must, on the Minister's decision, store users' data in Vietnam and open a local office",
			Citation:  Citation{Law: vnCSL, Short: "CSL 2018", Article: "Art. 26(3)", Version: "with Decree 53/2022/ND-CP Art. 26"},
			Effective: mustDate("2022-10-01"), End: mustDate("2026-07-01"),
			Scope: Scope{Classes: classes(Personal), Basis: SubjectsIn, ControllerTags: []string{"vn-mps-storage-request"},
				SubjectsNote: "service users in Vietnam"},
			Sources:  append(append([]Source{}, vnD53...), vnCSL2025),
			Verified: true,
			Notes: "Tag the controller \"vn-mps-storage-request\" once the Minister of Public Security has required storage and " +
				"the twelve months to comply have run. Services: telecom, cloud storage, domain names, e-commerce, online " +
				"payment, payment intermediaries, transport connection, social media, online games, messaging and calls.",
		},
		{
			ID: "VN-CSL2025-LOC", Jurisdiction: vn, Kind: Localization,
			Title: "Domestic and foreign enterprises providing telecommunications, Internet and value-added services in cyberspace in " +
				"Vietnam that collect or process users' personal data, relationship data or user-generated data must store it in Vietnam " +
				"(successor of CSL 2018 Art. 26(3))",
			Citation:  Citation{Law: "Law on Cybersecurity No. 116/2025/QH15", Short: "CSL 2025", Article: "Art. 25(3)"},
			Effective: mustDate("2026-07-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: ControllerIn},
			Sources: []Source{vnCSL2025,
				src("Long Phan Consulting: Law on Cybersecurity 2025 Art. 25(2) and (3), user verification, information provision and data storage in Vietnam",
					"https://longphanpmt.com/en/what-do-businesses-need-to-note-when-the-law-on-cybersecurity-takes-effect/"),
				src("Allen & Gledhill (2026-01-05): Cybersecurity Law 116/2025/QH15 passed 2025-12-10, in force 2026-07-01, replaces Laws 86/2015 and 24/2018",
					"https://www.allenandgledhill.com/perspectives/articles/32082/vnkh-vietnam-s-new-cybersecurity-law-to-come-into-effect-1-july-2026"),
				src("People of Internet: Art. 25(3) of Law 116/2025/QH15 (local storage, branch or representative office), in force 2026-07-01",
					"https://peopleofinternet.com/articles/vietnam-s-unified-cybersecurity-law-gives-police-24-hour-pla.html"),
				src("MLex (2025-11-05): the revised draft keeps the duty of domestic and foreign online service providers to store user data in Vietnam",
					"https://www.mlex.com/mlex/articles/2407621/vietnam-tightens-data-localization-rules-in-new-draft-cybersecurity-law"),
				src("People's Police University: Law on Cybersecurity 2025 passed 2025-12-10, merging the 2015 and 2018 laws",
					"https://dhcsnd.edu.vn/mot-so-diem-moi-cot-loi-cua-luat-an-ninh-mang-sua-doi-duoc-thong-qua-tai-ky-hop-thu-10-quoc-hoi-khoa-xv&p=60")},
			Verified: true,
			Notes: "Confirmed (fourth pass): the storage duty is Art. 25(3) of Law 116/2025/QH15 (Long Phan Consulting, a Vietnamese " +
				"law firm; People of Internet), and the law takes effect on 2026-07-01 (MPS; Allen & Gledhill). Art. 44(1) (\"Luật này có hiệu " +
				"lực thi hành từ ngày 01 tháng 7 năm 2026\") and Art. 44(2) (Laws 86/2015/QH13 and 24/2018/QH14 cease) were also read " +
				"as quoted from the Government portal's text in a public repository file (not a page read here). Art. 25(3) keeps the 2018 wording " +
				"and adds data-protection measures; foreign enterprises must also open a branch or representative office; Art. 25(4) leaves " +
				"the details to the Government. The rule is scoped like VN-CSL-26-3 (domestic enterprises): implementing Decree 333/2026/ND-CP " +
				"Art. 19 is reported (public repository analyses only, not read here) to keep Decree 53's split (domestic enterprises store " +
				"automatically; foreign ones after an MPS decision), so the foreign-enterprise trigger is not encoded.",
		},
		{
			ID: "VN-CSL-26-2", Jurisdiction: vn, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach | PersonalReach,
			Title: "Domestic and foreign providers of services in cyberspace in Vietnam must provide user information to the " +
				"Ministry of Public Security's cybersecurity force on written request, and delete prohibited information",
			Citation:  Citation{Law: vnCSL, Short: "CSL 2018", Article: "Art. 26(2)(a), (b)"},
			Effective: mustDate("2019-01-01"), End: mustDate("2026-07-01"),
			Sources: []Source{vnCSLText,
				src("Venture North: Law on Cybersecurity in force 2019-01-01, applies to overseas providers with users in Vietnam", "https://vietnam-business-law.info/blog/2018/7/30/vietnams-new-cybersecurity-law"),
				vnCSL2025},
			Verified: true,
			Notes: "A written request of the ministry, no court. Personal reach: the duty binds Vietnamese enterprises wherever " +
				"their systems are. " + vnAccess + " The successor Law 116/2025/QH15 lets the MPS require removal within 24 h " +
				"(6 h if urgent); its duty to provide user information is VN-CSL2025-ACCESS (Art. 25(2)(a)).",
		},
		{
			ID: "VN-CSL2025-ACCESS", Jurisdiction: vn, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach | PersonalReach,
			Title: "Domestic and foreign enterprises providing telecommunications, Internet and value-added services in cyberspace must " +
				"provide user information to the Ministry of Public Security's specialised cybersecurity force within 24 hours of a " +
				"request (3 hours in emergencies), and remove unlawful content within 24 hours (6 hours if urgent)",
			Citation:  Citation{Law: "Law on Cybersecurity No. 116/2025/QH15", Short: "CSL 2025", Article: "Art. 25(2)(a), (b)"},
			Effective: mustDate("2026-07-01"),
			Sources: []Source{vnCSL2025,
				src("Long Phan Consulting: Law on Cybersecurity 2025 Art. 25(2): user information to the MPS specialised force within 24 hours (3 hours in emergencies); removal within 24 hours (6 hours)",
					"https://longphanpmt.com/en/what-do-businesses-need-to-note-when-the-law-on-cybersecurity-takes-effect/"),
				src("Allen & Gledhill (2026-01-05): Cybersecurity Law 116/2025/QH15 passed 2025-12-10, in force 2026-07-01",
					"https://www.allenandgledhill.com/perspectives/articles/32082/vnkh-vietnam-s-new-cybersecurity-law-to-come-into-effect-1-july-2026"),
				src("People of Internet: Art. 25(2)(a) user data to the MPS within 24 hours (3 in emergencies), Art. 25(2)(b) removal within 24 hours (6 if urgent); in force 2026-07-01",
					"https://peopleofinternet.com/articles/vietnam-s-unified-cybersecurity-law-gives-police-24-hour-pla.html"),
				src("Thanh Niên (2025-12-10): Law on Cybersecurity 2025 passed, in force 2026-07-01; enterprises identify IP addresses and provide them to the specialised cybersecurity forces",
					"https://thanhnien.vn/cam-nghe-len-ghi-am-cuoc-dam-thoai-tren-khong-gian-mang-18525121011582924.htm"),
				src("VnNow: the MPS may require providers to remove content; providers give IP identification to specialised forces upon request",
					"https://vnnow.net/en/news/national-assembly-assigns-ministry-of-public-security-to-manage-ip-address-identification-156199.html"),
				src("Thư viện nhà đất: text of Law 116/2025/QH15 (Art. 1: applies to Vietnamese and foreign organisations in Vietnam)",
					"https://thuviennhadat.vn/van-ban-phap-luat-viet-nam/luat-an-ninh-mang-2025-so-116-2025-qh15-666020.html")},
			Verified: true,
			Notes: "Successor of VN-CSL-26-2. Confirmed (fourth pass): Art. 25(2)(a) (user information to the specialised " +
				"cybersecurity force under the MPS, 24 hours, 3 hours in emergencies threatening national security or life) and " +
				"Art. 25(2)(b) (removal, 24 hours, 6 hours if urgent) (Long Phan Consulting, a Vietnamese law firm; People of Internet), " +
				"and the in-force day 2026-07-01 (MPS; Allen & Gledhill). The draft's 24-hour/3-hour clause thus survived. The duty to identify " +
				"users' IP addresses (Thanh Niên, VnNow) is reported for the adopted law but its article was not read. Reach is kept as for " +
				"VN-CSL-26-2. No court: requests come from the MPS forces.",
		},
		{
			ID: "VN-PDPD-13-25", Jurisdiction: vn, Kind: TransferRestriction,
			Title: "Transfer of Vietnamese citizens' personal data abroad requires a transfer impact assessment dossier, kept " +
				"available and sent to the MPS (A05) within 60 days of processing; the MPS may order the transfer stopped",
			Citation:  Citation{Law: vnD13, Short: "Decree 13", Article: "Art. 25"},
			Effective: mustDate("2023-07-01"), End: mustDate("2026-01-01"),
			Scope: Scope{Classes: classes(Personal), Basis: SubjectsIn},
			Sources: []Source{
				src("CDLAF: Decree 13 Art. 25 transfer impact assessment dossier, 60 days", "https://cdlaf.vn/en/personal-data-transfer-abroad-impact-assessment-dossier-2"),
				src("Digital Policy Alert: Decree 13 in force 2023-07-01, Art. 25 cross-border transfer", "https://digitalpolicyalert.org/event/10728-implemented-personal-data-protection-decree-including-data-transfer-regulation"),
				src("Recording Law: Law 91/2025/QH15 replaced Decree 13 from 2026-01-01", "https://www.recordinglaw.com/world-laws/world-data-privacy-laws/vietnam-data-privacy-laws/")},
			Verified: true,
			Notes:    "'Vietnamese citizens' is modelled as data subjects in VN.",
		},
		{
			ID: "VN-PDPL-2025", Jurisdiction: vn, Kind: TransferRestriction,
			Title: "Cross-border transfer of Vietnamese citizens' personal data, including letting offshore entities access data " +
				"stored in Vietnam, requires a cross-border transfer impact assessment dossier filed with the MPS",
			Citation: Citation{Law: vnPDPL, Short: "PDPL", Article: "Art. 20",
				Version: "with Decree No. 356/2025/ND-CP Arts 17-18"},
			Effective: mustDate("2026-01-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: SubjectsIn},
			Sources: []Source{
				src("Recording Law: Law 91/2025/QH15 passed 2025-06-26, in force 2026-01-01", "https://www.recordinglaw.com/world-laws/world-data-privacy-laws/vietnam-data-privacy-laws/"),
				src("SIGLAW: PDPL and Decree 356/2025 (2025-12-31) in force 2026-01-01; transfer includes use of platforms abroad", "https://en.siglaw.com.vn/cross-border-transfer-of-personal-data-under-vietnamese-law.html"),
				src("Heylefty notes: Decree 356 Art. 18 CTIA dossier (Form 09 and contracts)", "https://app.heylefty.com/topics/019e4723-4ca5-73f3-a770-116fda28d363/notes/vietnam-pdp-law-enactment-2026"),
				src("HM&P Law (2025-08-14): Law on Personal Data Protection adopted 2025-06-26, in force 2026-01-01; cross-border transfer framework",
					"https://hmplaw.vn/en/vietnams-cross-border-data-transfer-legal-framework-perspectives-from-the-data-law-2024-and-the-personal-data-protection-law-2025"),
				src("privacycompliance.vn (2025-09-19): PDPL transfer impact assessment dossier filed with the specialised agency within 60 days of the first transfer",
					"https://privacycompliance.vn/?p=1228"),
				src("HM&P Law (Vietnamese, 2025-08-14): Law on Data in force 2025-07-01; Law on Personal Data Protection passed 2025-06-26, in force 2026-01-01",
					"https://www.hmplaw.vn/vi/khung-phap-ly-chuyen-du-lieu-xuyen-bien-gioi-cua-viet-nam-goc-nhin-tu-luat-du-lieu-2024-va-luat-bao-ve-du-lieu-ca-nhan-2025"),
				src("Wincolaw: text of Decree 356/2025/ND-CP of 2025-12-31; Art. 1 says it details, among others, clause 7 of Art. 20 of Law 91/2025/QH15",
					"https://wincolaw.com.vn/vi/nghi-dinh-356-2025-nd-cp-ngay-31-12-2025-huong-dan-luat-bao-ve-du-lieu-ca-nhan.html"),
				src("Thư viện nhà đất: text of Law 91/2025/QH15 of 2025-06-26 (Luật Bảo vệ dữ liệu cá nhân)",
					"https://thuviennhadat.vn/vbpl/luat-bao-ve-du-lieu-ca-nhan-2025-so-91-2025-qh15-625628.html")},
			Verified: true,
			Notes: "Confirmed: Art. 20 (Chuyển dữ liệu cá nhân xuyên biên giới) is the cross-border provision: Decree 356 Art. 1, " +
				"quoted by Wincolaw, details its clause 7, and a public corpus of the law checked against the Official Gazette " +
				"(Công báo) gives Art. 20 that heading and Art. 38 the in-force sentence 'có hiệu lực thi hành từ ngày 01 tháng 01 " +
				"năm 2026'; the in-force day 2026-01-01 is also stated by HM&P Law. Decree 356 Art. 17 (cross-border transfer) and " +
				"Art. 18 (the transfer impact assessment dossier) implement it from the same day. The article's full text was not " +
				"read on a cited page; the title follows the secondary summaries (privacycompliance.vn, SIGLAW). Penalties for " +
				"cross-border breaches up to 5% of the previous year's revenue (secondary). Exemptions (employee data stored on " +
				"cloud services, transfers by competent state bodies, transfers by the data subject) are not encoded.",
		},
		{
			ID: "VN-DATA-CORE-LOC", Jurisdiction: vn, Kind: Localization,
			Title:     "Core data must be stored in Vietnam; undisclosed basic data of 1,000,000 or more citizens is core data",
			Citation:  Citation{Law: vnData, Short: "Law on Data", Article: "core-data storage provision of Decree 165 (article number unverified)"},
			Effective: mustDate("2025-07-01"),
			Scope: Scope{Classes: classes(PersonalIdentifiers), Basis: SubjectsIn, MinSubjects: 1_000_000,
				SubjectsNote: "citizens whose undisclosed basic data is held (Decision 20/2025/QD-TTg)"},
			Sources: append(append([]Source{}, vnDataLaw...),
				src("Digital Policy Alert: Decree 165/2025/ND-CP, in force 2025-07-01, mandates domestic storage of core data unless an exception is granted",
					"https://digitalpolicyalert.org/event/31588-government-decree-no-1652025nd-cp-detailing-a-number-of-articles-and-measures-to-implement-the-data-law-no-602024qh15-including-data-transfer-regulation-entered-into-force"),
				src("HM&P Law: Decision 20/2025/QD-TTg of 2025-07-01 lists 26 types of core data and 43 types of important data", "https://www.hmplaw.vn/en/data-privacy-cybersecurity"),
				src("Lai Châu provincial portal: Law on Data No. 60/2024/QH15 passed 2024-11-30, in force 2025-07-01; 5 chapters, 46 articles",
					"https://laichau.gov.vn/tin-tuc-su-kien/chuyen-de/tin-trong-nuoc/noi-dung-co-ban-cua-luat-du-lieu.html")),
			Verified: false,
			Notes: "Confirmed: the Law on Data applies from 2025-07-01 (Lai Châu provincial government portal; Allen & Gledhill), and Decision 20/2025/QD-TTg listing core and important data " +
				"was issued on 2025-07-01 (HM&P Law). Unverified: the article of the Law or Decree 165 that requires core data to be " +
				"stored in Vietnam (not found in the second pass either; a third pass found hethongphapluat.vn's page for chapter II of the " +
				"Law, Arts 11 ff., but read only its opening), and the date from which the Decision's thresholds apply. Only the basic-citizen-data category of the " +
				"core-data list is encoded, as PersonalIdentifiers; other categories on the list are not. Fourth pass: Digital Policy Alert " +
				"attributes the core-data storage duty to Decree 165 (in force 2025-07-01) and Mori Hamada says Decision 20 also took effect " +
				"2025-07-01, but the Decree's article was still not read (repositories and page openings searched in Vietnamese and English). " +
				"A sixth pass found a repository research note listing Decree 165's duties for core data (classification, logs, risk assessment) and no domestic-storage duty, so the existence of such a duty is itself unconfirmed.",
		},
		{
			ID: "VN-DATA-TRANSFER", Jurisdiction: vn, Kind: TransferRestriction,
			Title: "Transfer or provision abroad of core and important data requires a data-security impact assessment and " +
				"approval; undisclosed basic data of 100,000 or more citizens is at least important data",
			Citation:  Citation{Law: vnData, Short: "Law on Data", Article: "Art. 23 (Law on Data); procedure in Decree 165 (article not cited)"},
			Effective: mustDate("2025-07-01"),
			Scope: Scope{Classes: classes(PersonalIdentifiers), Basis: SubjectsIn, MinSubjects: 100_000,
				SubjectsNote: "citizens whose undisclosed basic data is held (Decision 20/2025/QD-TTg: 100,000-999,999 important, 1,000,000 or more core)"},
			Sources: append(append([]Source{}, vnDataLaw...),
				src("Luật Thành Đô (2025-07-04): Art. 23(2) of the Law on Data defines cross-border transfer and processing of core and important data",
					"https://luatthanhdo.com.vn/chuyen-va-xu-ly-du-lieu-xuyen-bien-gioi-la-gi"),
				src("Digital Policy Alert: Decree 165/2025/ND-CP in force 2025-07-01; transfers of core and important data need an impact assessment submitted to the MPS (MND for defence data) for approval",
					"https://digitalpolicyalert.org/event/31588-government-decree-no-1652025nd-cp-detailing-a-number-of-articles-and-measures-to-implement-the-data-law-no-602024qh15-including-data-transfer-regulation-entered-into-force"),
				src("VIR (2024-11-30): the Law on Data adopted; transfer of core and important data includes moving data stored in Vietnam to systems abroad",
					"https://vir.com.vn/national-assembly-adopts-law-on-data-118886.html"),
				src("HM&P Law: Decision 20/2025/QD-TTg of 2025-07-01 lists 26 types of core data and 43 types of important data", "https://www.hmplaw.vn/en/data-privacy-cybersecurity"),
				src("Lai Châu provincial portal: Law on Data No. 60/2024/QH15 passed 2024-11-30, in force 2025-07-01",
					"https://laichau.gov.vn/tin-tuc-su-kien/chuyen-de/tin-trong-nuoc/noi-dung-co-ban-cua-luat-du-lieu.html")),
			Verified: true,
			Notes: "Confirmed: Art. 23 of the Law on Data (a Vietnamese law firm; Decree 165 Art. 1 lists Art. 23(4) among the articles it " +
				"details, thuviennhadat.vn and luatvietnam.vn openings) and the in-force day 2025-07-01 (Lai Châu provincial government portal). " +
				"Fourth pass: Mori Hamada states that Decree 165/2025/ND-CP and Decision 20/2025/QD-TTg both took effect on 2025-07-01 and gives " +
				"the thresholds for undisclosed basic citizen data (100,000-999,999 important, 1,000,000 or more core), so the title's threshold " +
				"applies from the rule's start; Digital Policy Alert confirms Decree 165's assessment-and-approval procedure from the same day. " +
				"The Decree's article number for the procedure was not read and is not cited. The Prime Minister assesses core data and the MPS " +
				"important data (Ministry of National Defence for defence data). Emergency, contract and personnel transfers may go without " +
				"prior approval if reported within 15 days; not encoded.",
		},
	}
}

func vietnamMechanisms() []Mechanism {
	vn := mustCode("VN")
	return []Mechanism{
		{
			ID: "vn-d13-tia-dossier", Jurisdiction: vn,
			Name:      "Transfer impact assessment dossier under Decree 13, sent to the MPS (A05) within 60 days",
			Citation:  Citation{Law: vnD13, Short: "Decree 13", Article: "Art. 25(2)-(4)"},
			Effective: mustDate("2023-07-01"),
			Satisfies: []string{"VN-PDPD-13-25", "VN-PDPL-2025"},
			Sources: []Source{
				src("CDLAF: Decree 13 Art. 25 transfer impact assessment dossier, 60 days", "https://cdlaf.vn/en/personal-data-transfer-abroad-impact-assessment-dossier-2"),
				src("LawNet: Decree 13 Art. 25(2) dossier contents", "https://lawnet.vn/thong-tin-phap-luat/en/tu-van-luat/vietnam-dossier-on-assessment-of-impact-of-outbound-transfer-of-personal-data-142215.html")},
			Verified: false,
			Notes: "Art. 25 and the 60-day filing are verified; the paragraph split (2)-(4) and that dossiers made under Decree 13 " +
				"stay valid under the PDPL (research catalog, one source) are unverified.",
		},
		{
			ID: "vn-pdpl-ctia-dossier", Jurisdiction: vn,
			Name:      "Cross-border transfer impact assessment (CTIA) dossier under the PDPL and Decree 356, filed with the MPS within 60 days",
			Citation:  Citation{Law: "Decree No. 356/2025/ND-CP", Short: "Decree 356", Article: "Art. 18"},
			Effective: mustDate("2026-01-01"),
			Satisfies: []string{"VN-PDPL-2025"},
			Sources: []Source{
				src("Heylefty notes: Decree 356 Art. 18 CTIA dossier (Form 09 and contracts)", "https://app.heylefty.com/topics/019e4723-4ca5-73f3-a770-116fda28d363/notes/vietnam-pdp-law-enactment-2026"),
				src("SIGLAW: transfer impact assessment under the PDPL 2025", "https://en.siglaw.com.vn/impact-assessment-of-personal-data-processing-and-cross-border-transfer-of-personal-data-under-the-personal-data-protection-law-2025.html?p=8752")},
			Verified: false,
			Notes:    "Unverified: Art. 18 is cited by a single secondary source.",
		},
		{
			ID: "vn-d53-copy-abroad", Jurisdiction: vn, Automatic: true,
			Name:      "Further copy abroad of data that is also stored in Vietnam",
			Citation:  Citation{Law: vnCSL, Short: "CSL 2018", Article: "Art. 26(3)", Version: "with Decree 53/2022/ND-CP Arts 26-27"},
			Effective: mustDate("2022-10-01"),
			Satisfies: []string{"VN-CSL-26-3", "VN-D53-26-FOREIGN", "VN-CSL2025-LOC"},
			Sources:   vnD53,
			Verified:  false,
			Notes: "Unverified reading: Art. 26(3) and Decree 53 require the data to be stored in Vietnam (the enterprise chooses " +
				"the form) and, in the sources seen, do not forbid further copies abroad. The rules still require a copy in " +
				"Vietnam, and every transfer abroad stays subject to VN-PDPD-13-25 or VN-PDPL-2025.",
		},
		{
			ID: "vn-data-security-approval", Jurisdiction: vn,
			Name:      "Data-security impact assessment and approval for transferring core or important data abroad",
			Citation:  Citation{Law: vnData, Short: "Law on Data", Article: "Art. 23 (Law on Data); implementing Decree article unverified"},
			Effective: mustDate("2025-07-01"),
			Satisfies: []string{"VN-DATA-TRANSFER", "VN-DATA-CORE-LOC"},
			Sources:   vnDataLaw,
			Verified:  false,
			Notes: "Art. 23 of the Law on Data is cited by a Vietnamese law firm (see VN-DATA-TRANSFER). Unverified: the Decree article, and whether an approved transfer also relieves the storage duty for core data " +
				"(the sources say core data must be stored domestically 'unless exempted').",
		},
	}
}

// Indonesia.

func indonesiaRules() []Rule {
	id := mustCode("ID")
	return []Rule{
		{
			ID: "ID-GR71-20", Jurisdiction: id, Kind: Localization,
			Title: "Public-scope electronic system operators must manage, process and store their electronic systems and data in " +
				"Indonesia, unless the storage technology is not available domestically",
			Citation:  Citation{Law: "Government Regulation (PP) No. 71 of 2019 on the Organisation of Electronic Systems and Transactions", Short: "GR 71/2019", Article: "Art. 20"},
			Effective: mustDate("2019-10-10"),
			Scope:     Scope{Basis: ControllerIn, ControllerTags: []string{"public-scope-eso"}},
			Sources:   idGR71,
			Verified:  true,
			Notes: "GR 71/2019 was issued on 2019-10-04 and promulgated and effective on 2019-10-10 (ABNR, AYMP, Tumbuan). " +
				"Public-scope operators are government bodies and bodies they appoint, excluding financial-sector regulators and " +
				"supervisors (Tumbuan): tag such controllers \"public-scope-eso\" " +
				"and give them jurisdiction ID. Private-scope operators may store abroad (Art. 21(1)). GR 82/2012, which it " +
				"replaced, required data centres in Indonesia for public-service operators; not encoded.",
		},
		{
			ID: "ID-PDP-56", Jurisdiction: id, Kind: TransferRestriction,
			Title: "A controller may transfer personal data abroad only to a country with equal or higher protection, failing that " +
				"with adequate and binding safeguards, failing that with the data subject's consent",
			Citation:  Citation{Law: "Law No. 27 of 2022 on Personal Data Protection", Short: "PDP Law", Article: "Art. 56"},
			Effective: mustDate("2024-10-17"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   idPDP,
			Verified:  true,
			Notes: "Enacted 2022-10-17 with a two-year transition. The tiers are in order: the model cannot check that a lower " +
				"tier was needed. Implementing regulation (Art. 56(5)) still a draft in January 2025. Administrative fines up to " +
				"2% of annual revenue (Art. 57(3)).",
		},
		{
			ID: "ID-MR5-ACCESS", Jurisdiction: id, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title: "Private electronic system operators must give ministries and law enforcement access to their electronic systems " +
				"and data on written request; foreign operators must appoint a contact person in Indonesia for such requests",
			Citation:  Citation{Law: "Regulation of the Minister of Communication and Informatics No. 5 of 2020 on Private Electronic System Operators", Short: "MR5/2020", Article: "Art. 21; Art. 36"},
			Effective: mustDate("2020-11-24"),
			Sources: []Source{
				src("Conventus Law: MoCI Regulation 5/2020 in force 2020-11-24; access for law enforcement", "https://conventuslaw.com/?p=70346"),
				src("K&K Advocates: access to electronic systems and data on written request", "https://kk-advocates.com/news/read/ministry-of-communication-and-informatics-issued-implementing-regulation-of-government-regulation-no-71-of-2019"),
				src("Digital Policy Alert: foreign operators must nominate a contact person domiciled in Indonesia", "https://digitalpolicyalert.org/event/13906-implemented-kominfo-regulation-no-5-of-2020-on-private-electronic-system-operators-including-local-operation-requirements-regulation-52020"),
				src("SAFEnet (2021-05): MR5/2020 promulgated on 2020-11-24", "https://safenet.or.id/2021/05/position-paper-analysis-of-the-minister-of-communication-and-informatics-regulation-no-5-of-2020-mr5-2020-concerning-private-electronic-system-operators/"),
				src("Kompas (2021-05-24): Art. 21, access to electronic systems and data for ministries, agencies and law enforcement; Art. 36(5), specific personal data to law enforcement",
					"https://tekno.kompas.com/read/2021/05/24/07320047/permenkominfo-no-5-tahun-2020-berlaku-perusahaan-digital-wajib-setor-data"),
				src("Katadata (2021-05-24): Arts 21, 22 and 24 (access on request, within five days) and Art. 36(5)",
					"https://katadata.co.id/amp/digital/teknologi/60ab2edb6a4df/google-gojek-wajib-beri-akses-data-ke-pemerintah-mulai-hari-ini"),
			},
			Verified: true,
			Notes: "In force on promulgation, 2020-11-24 (Conventus, SAFEnet, Digital Policy Alert); the press dates of 2021-05-24 " +
				"are the end of the six-month registration period, not the start of the access duties. Art. 21 gives ministries " +
				"and agencies (supervision) and law enforcement access; Art. 36 covers law-enforcement requests, including for " +
				"specific personal data (Art. 36(5)). The article requiring foreign operators' contact person is not cited " +
				"(number unverified). Requests come from ministries and law enforcement, not courts (CIPS, HRW).",
		},
	}
}

func indonesiaMechanisms() []Mechanism {
	id := mustCode("ID")
	pdp := Citation{Law: "Law No. 27 of 2022 on Personal Data Protection", Short: "PDP Law", Article: "Art. 56"}
	return []Mechanism{
		{
			ID: "id-gr71-20-3-technology", Jurisdiction: id,
			Name:      "Storage outside Indonesia where the storage technology is not available domestically",
			Citation:  Citation{Law: "Government Regulation (PP) No. 71 of 2019", Short: "GR 71/2019", Article: "Art. 20(3)"},
			Effective: mustDate("2019-10-10"),
			Satisfies: []string{"ID-GR71-20"},
			Sources:   idGR71,
			Verified:  true,
			Notes: "In force 2019-10-10, as ID-GR71-20. The exception is decided case by case; the model cannot check " +
				"it. The model still wants a copy in Indonesia: it lifts the rule for copies abroad, not for data held only abroad.",
		},
		{
			ID: "id-pdp-56-equivalent", Jurisdiction: id,
			Name: "Destination country with personal data protection equal to or higher than Indonesia's", Citation: pdp,
			Effective: mustDate("2024-10-17"), Satisfies: []string{"ID-PDP-56"}, Sources: idPDP, Verified: true,
			Notes: "No list of such countries has been published; the controller must assess the destination.",
		},
		{
			ID: "id-pdp-56-safeguards", Jurisdiction: id,
			Name: "Adequate and binding personal data protection safeguards", Citation: pdp,
			Effective: mustDate("2024-10-17"), Satisfies: []string{"ID-PDP-56"}, Sources: idPDP, Verified: true,
		},
		{
			ID: "id-pdp-56-consent", Jurisdiction: id,
			Name: "Consent of the data subject, where neither equal protection nor safeguards exist", Citation: pdp,
			Effective: mustDate("2024-10-17"), Satisfies: []string{"ID-PDP-56"}, Sources: idPDP, Verified: true,
		},
	}
}

// Saudi Arabia.

func saudiRules() []Rule {
	return []Rule{
		{
			ID: "SA-PDPL-29", Jurisdiction: mustCode("SA"), Kind: TransferRestriction,
			Title: "Personal data may be transferred outside the Kingdom only for permitted purposes, without prejudice to national " +
				"security or vital interests, limited to the minimum needed, under the transfer regulation's safeguards",
			Citation: Citation{Law: "Personal Data Protection Law, Royal Decree M/19 of 9/2/1443H (2021-09-16), amended by Royal Decree M/148 of 5/9/1444H (2023-03-27)",
				Short: "PDPL", Article: "Art. 29"},
			Effective: mustDate("2023-09-14"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   saPDPL,
			Verified:  true,
			Notes: "A one-year grace period ran to 2024-09-14 (some sources say about 2024-09-02). SDAIA has published no list of " +
				"adequate countries, so no adequacy mechanism is encoded. Fines up to SAR 5 million.",
		},
	}
}

func saudiMechanisms() []Mechanism {
	return []Mechanism{
		{
			ID: "sa-appropriate-safeguards", Jurisdiction: mustCode("SA"),
			Name: "Appropriate safeguards of the Transfer Regulation: SDAIA standard contractual clauses, binding common rules or a certificate of accreditation",
			Citation: Citation{Law: "Regulation on Personal Data Transfer outside the Kingdom (SDAIA)", Short: "Transfer Regulation",
				Article: "appropriate-safeguards provision (article number unverified)", Version: "first version 2023-09-07; amended version of 2024-09-01"},
			Effective: mustDate("2023-09-14"),
			Satisfies: []string{"SA-PDPL-29"},
			Sources:   saPDPL,
			Verified:  false,
			Notes: "Unverified: the article number and when SDAIA's standard clauses became available; the start is the PDPL's " +
				"in-force date. Binding codes of conduct were dropped in 2024. A risk assessment is needed when relying on " +
				"safeguards or transferring sensitive data continuously or at scale, which the model does not check.",
		},
	}
}

// Brazil.

const lgpd = "Lei Geral de Proteção de Dados Pessoais, Law No. 13.709 of 2018-08-14"

func brazilRules() []Rule {
	br := mustCode("BR")
	return []Rule{
		{
			ID: "BR-LGPD-33", Jurisdiction: br, Kind: TransferRestriction,
			Title: "International transfer of personal data is allowed only to adequate countries, with controller guarantees " +
				"(standard or specific clauses, global corporate rules, seals), specific consent or another Art. 33 basis",
			Citation:  Citation{Law: lgpd, Short: "LGPD", Article: "Art. 33"},
			Effective: mustDate("2020-09-18"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   brLGPD,
			Verified:  true,
			Notes: "Sanctions (Art. 52: up to 2% of Brazilian revenue, BRL 50 million per infraction) apply from 2021-08-01. Bases " +
				"for public bodies and legal cooperation (Art. 33 III, VI, VII, IX) are not encoded.",
		},
		{
			ID: "BR-9296-1", Jurisdiction: br, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Interception of telephone, computer and telematic communications for criminal investigation or prosecution " +
				"needs an order of the competent judge, under judicial secrecy",
			Citation:  Citation{Law: "Law No. 9.296 of 1996-07-24 (regulating Constitution Art. 5(XII))", Short: "Lei 9.296/1996", Article: "Art. 1"},
			Effective: mustDate("1996-07-25"),
			Sources: []Source{
				src("Justia Brasil: text of Lei 9.296 de 24 de julho de 1996", "http://brasil.justia.com/nacionales/leis/9-296-de-24-07-96/gdoc/"),
				src("Planalto: Lei nº 9.296, de 24 de julho de 1996, Art. 1 and sole paragraph (telematic and computer communications)", "https://www.planalto.gov.br/ccivil_03/LEIS/L9296.htm"),
				src("agc2020/consulta lei-9296-1996.json: structured copy of Planalto's L9296.htm (accessed 2025-12-07): Art. 11 'Esta Lei entra em vigor na data de sua publicação' and the footer 'Este texto não substitui o publicado no D.O.U. de 25.7.1996'",
					"https://raw.githubusercontent.com/agc2020/consulta/refs/heads/main/lei-9296-1996.json"),
				src("Conteúdo Jurídico 46430: Constitution Art. 5(XII), judicial order required", "https://conteudojuridico.com.br/consulta/Artigos/46430/interceptacao-telefonica-analise-da-lei-no-9-296-96-segundo-o-entendimento-dos-tribunais-superiores"),
			},
			Verified: true,
			Notes: "Confirmed: Art. 1 (judge's order, under judicial secrecy; the sole paragraph extends it to computer and " +
				"telematic communications) on Planalto and Justia; Art. 11 ('Esta Lei entra em vigor na data de sua publicação') " +
				"and the publication in the Diário Oficial da União of 25.7.1996 (Planalto's footer 'Este texto não substitui o " +
				"publicado no D.O.U. de 25.7.1996') in a structured copy of the Planalto page (repository agc2020/consulta, " +
				"lei-9296-1996.json). So the law took effect on 1996-07-25, the day after its date (corrected from 1996-07-24); " +
				"the LINDB's 45-day default (Art. 1) does not apply, since Art. 11 fixes the day. Orders last 15 days, renewable. " +
				"Marco Civil da Internet Art. 11 (reach over foreign providers serving Brazil) is not encoded.",
		},
	}
}

func brazilMechanisms() []Mechanism {
	br := mustCode("BR")
	return []Mechanism{
		{
			ID: "br-lgpd-33-consent", Jurisdiction: br,
			Name:      "Specific and highlighted consent of the data subject, informed of the international character of the transfer",
			Citation:  Citation{Law: lgpd, Short: "LGPD", Article: "Art. 33(VIII)"},
			Effective: mustDate("2020-09-18"),
			Satisfies: []string{"BR-LGPD-33"},
			Sources:   brLGPD,
			Verified:  true,
		},
		{
			ID: "br-anpd-scc", Jurisdiction: br,
			Name:      "ANPD standard contractual clauses, adopted in full",
			Citation:  Citation{Law: "Resolution CD/ANPD No. 19/2024 (International Data Transfer Regulation)", Short: "ANPD Res. 19/2024", Article: "LGPD Art. 33(II)(b)"},
			Effective: mustDate("2024-08-23"),
			Satisfies: []string{"BR-LGPD-33"},
			Sources:   brRes19,
			Verified:  true,
			Notes: "Contracts using other clauses had to adopt the ANPD clauses by 2025-08-23. Specific clauses and global " +
				"corporate rules need ANPD approval; not encoded.",
		},
		{
			ID: "br-anpd-adequacy-eu", Jurisdiction: br, Automatic: true,
			Name:         "ANPD adequacy decision: European Union and EEA",
			Citation:     Citation{Law: "Resolution CD/ANPD No. 32 of 2026-01-26", Short: "ANPD Res. 32/2026", Article: "Art. 1 (LGPD Art. 33(I))"},
			Effective:    mustDate("2026-01-27"),
			Satisfies:    []string{"BR-LGPD-33"},
			Destinations: []Code{mustCode("EEA")},
			Sources: []Source{
				src("Legismap: text of Resolução ANPD nº 32 of 2026-01-26 (Art. 1 sole para.: EU member states, Iceland, Liechtenstein, Norway)", "https://legismap.com.br/leis-e-normas/resolucao-anpd-n-032-de-26-01-2026"),
				src("Trench Rossi: mutual adequacy, Resolution 32 of 2026-01-26", "https://www.trenchrossi.com/alertas-legais/brasil-e-uniao-europeia-reconhecem-reciprocamente-a-adequacao-em-protecao-de-dados-pessoais-resolucao-no-32-de-26-de-janeiro-de-2026"),
				src("SICO: published in the Diário Oficial da União on 2026-01-27", "https://sicopneus.com.br/noticias/local/resolucao-no-32-2026-reconhecimento-da-uniao-europeia-como-organismo-internacional-com-grau-de-protecao-de-dados-pessoais"),
			},
			Verified: false,
			Notes: "Resolution dated 2026-01-26, published 2026-01-27; that it took effect on publication is unverified. Mutual with " +
				"the EU's Implementing Decision (EU) 2026/179 of 2026-01-26. Art. 2 excludes transfers solely for public " +
				"security, defence, state security or criminal investigation.",
		},
	}
}

// Japan.

const appi = "Act on the Protection of Personal Information (Act No. 57 of 2003)"

func japanRules() []Rule {
	jp := mustCode("JP")
	return []Rule{
		{
			ID: "JP-APPI-24", Jurisdiction: jp, Kind: TransferRestriction,
			Title: "A business handling personal information must obtain prior consent to provide personal data to a third party " +
				"in a foreign country, unless the country is designated by the PPC or the recipient has a system meeting PPC standards",
			Citation:  Citation{Law: appi, Short: "APPI", Article: "Art. 24", Version: "as amended in 2015, before renumbering"},
			Effective: mustDate("2017-05-30"), End: mustDate("2022-04-01"),
			Scope:    Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:  jpAPPI,
			Verified: true,
			Notes:    "Renumbered Art. 28, with new information duties, by the 2020 amendments in force 2022-04-01 (JP-APPI-28).",
		},
		{
			ID: "JP-APPI-28", Jurisdiction: jp, Kind: TransferRestriction,
			Title: "Provision of personal data to a third party in a foreign country needs prior consent after information on the " +
				"country's system and the recipient's measures, unless the country is designated or the recipient has an equivalent system",
			Citation:  Citation{Law: appi, Short: "APPI", Article: "Art. 28", Version: "as amended in 2020"},
			Effective: mustDate("2022-04-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   jpAPPI,
			Verified:  true,
			Notes: "Art. 27(1) exceptions (life, body or property; cooperation with public authorities) are not encoded. The " +
				"corporate fine of up to JPY 100 million for breaching PPC orders is unverified.",
		},
		{
			ID: "JP-CCP-218", Jurisdiction: jp, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Prosecutors and judicial police may search, seize and order records to be copied (record-ordering seizure) " +
				"only on a warrant issued in advance by a judge; interception needs a court warrant under the Wiretapping Act",
			Citation: Citation{Law: "Code of Criminal Procedure (Act No. 131 of 1948); Act on Wiretapping for Criminal Investigation (Act No. 137 of 1999)",
				Short: "CCP", Article: "Art. 218(1), 222-2; Wiretapping Act Art. 3"},
			Effective: mustDate("1949-01-01"),
			Sources: []Source{jpAdequacy,
				src("Japan Compliance: record-order seizure introduced by CCP amendments effective June 2012", "https://japancompliance.com/what-is-a-record-order-seizure-in-japan-and-how-can-it-impact-data-custodians"),
				src("Waseda (2011-10-31): the 2011 act adds the copy order to CCP Arts 99-2 and 218(1)", "https://hiken.w.waseda.jp/en/jalaw_inf/topics2011/003ogawa.html"),
				src("iuris.jp: CCP (Act No. 131 of 1948) supplementary provisions, 'this Act shall be enforced from 1 January 1949' (Showa 24)", "https://iuris.jp/刑事訴訟法-附則規定/jpn/lr/6"),
				src("jplaws.app: Act for Enforcement of the CCP (Act No. 249 of 1948), in force on the day the amended CCP took effect (1949-01-01)", "https://jplaws.app/d/323AC0000000249-s.html"),
				src("sumaho-study: search and seizure warrants under CCP Art. 218(1), requested from a judge (Art. 218(4))", "https://sumaho-study.com/search2"),
				src("iuris.jp: Act on Communications Interception for Criminal Investigation (Act No. 137 of 1999) Art. 3, interception warrant issued by a judge",
					"https://iuris.jp/%E7%8A%AF%E7%BD%AA%E6%8D%9C%E6%9F%BB%E3%81%AE%E3%81%9F%E3%82%81%E3%81%AE%E9%80%9A%E4%BF%A1%E5%82%8D%E5%8F%97%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8B%E6%B3%95%E5%BE%8B-%E7%AC%AC%E4%B8%89%E6%9D%A1-%E5%82%8D%E5%8F%97%E4%BB%A4%E7%8A%B6/jpn/a/15213"),
				src("system-tr.jp: the 2011 cyber-crime amendments to the CCP (record-ordering seizure, Art. 99-2) in force 2012-06-22",
					"http://www.system-tr.jp/wiki/index.php?%E3%82%B5%E3%82%A4%E3%83%90%E3%83%BC%E5%88%91%E6%B3%95%E3%81%AE%E5%88%91%E4%BA%8B%E6%89%8B%E7%B6%9A%E6%B3%95")},
			Verified: true,
			Notes: "The Code (Act No. 131 of 1948, promulgated 1948-07-10) took effect on 1949-01-01 (supplementary provisions). " +
				"Record-ordering seizure (the copy order) was added by Act No. 74 of 2011 and applies from 2012-06-22. " +
				"Wiretapping Act Art. 3: interception only on an interception warrant issued by a judge (iuris.jp); the wording " +
				"of CCP Art. 222-2 (interception governed by a separate act) was not re-read. National-security bodies may collect from businesses only " +
				"by voluntary cooperation (EU decision 2019/419).",
		},
	}
}

func japanMechanisms() []Mechanism {
	jp := mustCode("JP")
	both := []string{"JP-APPI-24", "JP-APPI-28"}
	return []Mechanism{
		{
			ID: "jp-ppc-designated-eea-uk", Jurisdiction: jp, Automatic: true,
			Name:         "PPC designation of foreign countries with an equivalent system: the EEA states and the United Kingdom",
			Citation:     Citation{Law: appi, Short: "APPI", Article: "Art. 24 (2017-2022), Art. 28(1) (from 2022-04-01)"},
			Effective:    mustDate("2019-01-23"),
			Satisfies:    both,
			Destinations: []Code{mustCode("EEA"), mustCode("GB")},
			Sources: append(append([]Source{}, jpAPPI...),
				src("EUR-Lex SWD(2023) 75: first review of the EU-Japan mutual adequacy arrangement", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A52023SC0075")),
			Verified: true,
			Notes: "Reciprocal to the EU adequacy decision for Japan of 2019-01-23. The United Kingdom stayed designated after " +
				"leaving the EU.",
		},
		{
			ID: "jp-appi-equivalent-system", Jurisdiction: jp,
			Name:      "Recipient maintains a system meeting PPC standards (contract or intra-group rules), with continuing monitoring",
			Citation:  Citation{Law: appi, Short: "APPI", Article: "Art. 24 (2017-2022), Art. 28(1), (3) (from 2022-04-01)"},
			Effective: mustDate("2017-05-30"),
			Satisfies: both,
			Sources:   jpAPPI,
			Verified:  false,
			Notes:     "The paragraph numbers (1) and (3) of Art. 28 are unverified; monitoring and information on request are duties from 2022-04-01.",
		},
		{
			ID: "jp-apec-cbpr", Jurisdiction: jp, Automatic: true, CertifiedRecipient: true,
			Name:      "Recipient certified under the APEC Cross-Border Privacy Rules",
			Citation:  Citation{Law: appi, Short: "APPI", Article: "Art. 28(1) with the PPC Enforcement Rules"},
			Effective: mustDate("2022-04-01"),
			Satisfies: []string{"JP-APPI-28"},
			Sources:   jpAPPI,
			Verified:  false,
			Notes: "The recipient must list jp-apec-cbpr among its certifications. Unverified: the PPC Enforcement Rules article; " +
				"recognition of CBPR before 2022-04-01 is not encoded.",
		},
		{
			ID: "jp-appi-consent", Jurisdiction: jp,
			Name:      "Prior consent of the person to the provision to a third party in a foreign country",
			Citation:  Citation{Law: appi, Short: "APPI", Article: "Art. 24 (2017-2022), Art. 28(1)-(2) (from 2022-04-01)"},
			Effective: mustDate("2017-05-30"),
			Satisfies: both,
			Sources:   jpAPPI,
			Verified:  true,
			Notes:     "From 2022-04-01 the person must first be told the destination country, its data protection system and the recipient's measures.",
		},
	}
}

// South Korea.

const pipa = "Personal Information Protection Act"

func koreaRules() []Rule {
	kr := mustCode("KR")
	return []Rule{
		{
			ID: "KR-PIPA-28-8", Jurisdiction: kr, Kind: TransferRestriction,
			Title: "Personal information may be transferred abroad (provided, entrusted, stored, or remotely accessed) only with " +
				"separate consent, under a statute or treaty, for a contract with the subject, to a certified recipient, or to a recognised country",
			Citation:  Citation{Law: pipa, Short: "PIPA", Article: "Art. 28-8", Version: "as amended, promulgated 2023-03-14"},
			Effective: mustDate("2023-09-15"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn},
			Sources:   append(append([]Source(nil), krPIPA...), kaamelAliExpress, koreaTimesAliExpress),
			Verified:  true,
			Notes: "The PIPC may order a transfer suspended (Art. 28-9); penalty surcharge up to 3% of total sales, excluding sales " +
				"unrelated to the violation (Art. 64-2). No country has been recognised under item 5 in the sources seen. The " +
				"earlier consent rules are KR-PIPA-17-3 and KR-PIPA-39-12 (Network Act Art. 63 before 2020 is not encoded); sectoral localisation (medical " +
				"records, map data, financial data) is not encoded either. Tied to subjects as well as storage (StoredOrSubjectsIn): the PIPC " +
				"applied Art. 28-8 on 2024-07-24 to Alibaba.com Singapore E-Commerce Private Limited (AliExpress) for providing Korean " +
				"users' data to some 180,000 overseas, mostly Chinese, sellers, data that was never stored in Korea (Kaamel; Korea Times).",
		},
		{
			ID: "KR-PIPA-17-3", Jurisdiction: kr, Kind: TransferRestriction,
			Title: "A personal information controller providing personal information to a third party overseas must inform the " +
				"data subject of the recipient, the recipient's purpose, the items, the retention period and the right to refuse, " +
				"and obtain consent",
			Citation:  Citation{Law: pipa, Short: "PIPA", Article: "Art. 17(3)", Version: "Act No. 10465 of 2011-03-29, before the 2023 amendment"},
			Effective: mustDate("2011-09-30"), End: mustDate("2023-09-15"),
			Scope: Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources: []Source{
				src("IAPP (2011-05-19): PIPA passed 2011-03-29, in force 2011-09-30", "https://www.privacyassociation.org/publications/2011_05_19_comprehensive_data_protection_law_passed"),
				src("Bae, Kim & Lee newsletter (2011-04): PIPA promulgated 2011-03-29, takes effect six months later on 2011-09-30", "http://www.bkl.co.kr/upload/data/20110423/sub-TELE.html"),
				src("Boannews (Kim & Chang lawyer): PIPA Art. 17(3) requires notice of the listed matters and consent to provide personal information to a third party overseas",
					"https://m.boannews.com/html/detail.html?idx=57328"),
				src("WorldLII: PIPA, Act No. 10465 of 2011-03-29 as amended to 2017-07-26 (text)", "http://www.worldlii.org/int/other/NDPrivLegis/2017/17.html"),
				src("Prighter: PIPA Art. 17 today, paragraph (3) deleted", "https://prighter.com/resources/laws/korean-pipa/main/articles/article-17"),
				src("DLA Piper Data Protection: South Korea transfer (prior opt-in consent to provision to third parties)", "https://www.dlapiperdataprotection.com/?t=transfer&c=KR")},
			Verified: true,
			Notes: "Replaced by Art. 28-8 (KR-PIPA-28-8) from 2023-09-15 (Prighter shows para. (3) deleted). The article and its " +
				"notice-and-consent duty are confirmed (Boannews, a Kim & Chang lawyer); the clause barring cross-border " +
				"contracts that breach the Act was not read and is left out of the title. The paragraph covered provision to third " +
				"parties overseas, not entrustment of processing; the model cannot tell a provision from an entrustment, so it " +
				"over-reaches for plain outsourcing to a cloud provider abroad, which needed only the disclosures of Art. 26.",
		},
		{
			ID: "KR-PIPA-39-12", Jurisdiction: kr, Kind: TransferRestriction,
			Title: "An information and communications service provider must obtain users' consent to provide, entrust the " +
				"processing of, or store their personal information overseas, save entrustment or storage needed to perform " +
				"the contract and disclosed to users",
			Citation: Citation{Law: pipa, Short: "PIPA", Article: "Art. 39-12",
				Version: "special provisions for ICT service providers moved from Network Act Art. 63 by the 2020 amendment"},
			Effective: mustDate("2020-08-05"), End: mustDate("2023-09-15"),
			Scope: Scope{Classes: classes(Personal), Basis: StoredIn, ControllerTags: []string{"kr-ict-service-provider"}},
			Sources: []Source{
				src("Practical Law/Chambers 2023 (Kim & Chang): the amended PIPA of 2023 unifies the special provisions for online businesses", "https://practiceguides.chambers.com/practice-guides/data-protection-privacy-2023/south-korea/trends-and-developments"),
				src("Transatlantic Law (2023-07-06): integration of the rules for all data controllers from 2023-09-15", "https://transatlanticlaw.com/content/korea-update-data-privacy-update-proposed-amendment-to-the-enforcement-decree-of-the-personal-information-protection-act"),
				src("Lee & Ko via IHCF (2018-09-14): Network Act cross-border transfer rules for ICT service providers", "https://www.ihcf.co.kr/bbs/board.php?bo_table=lawfirm_03&wr_id=185&sst=wr_datetime&sod=asc&page=11"),
				src("Lawform (2020): the 'data three acts' amendments were promulgated 2020-02-04 and take effect 2020-08-05", "https://lawform.io/magazine/111"),
				src("ccami.net: text of Network Act Art. 63(1)-(2) (consent to provide, entrust or store users' personal information abroad; contract-and-disclosure exception)",
					"https://ccami.net/tag/%ED%95%B4%EC%99%B8%20%EB%B0%98%EC%B6%9C")},
			Verified: false,
			Notes: "Confirmed: the start date (2020-08-05, in force of the 2020 amendments, Lawform) and the duty's wording as it " +
				"stood in Network Act Art. 63 (ccami.net). Unverified: that the provision moved into PIPA as Art. 39-12 (no page " +
				"quoting the PIPA article number was found; a second pass found it only in privacy notices and data sets in public " +
				"repositories, which are not authoritative). Before 2020-08-05 the same duty sat in Network Act Art. 63, " +
				"whose dates were not confirmed and which is not encoded. Tag the controller \"kr-ict-service-provider\". " +
				"A fourth pass searched KLRI (the bilingual PIPA as amended by Act No. 16930 of 2020-02-04, hseq=53044, shows only " +
				"its opening), Korean phrasings of the article and its heading, and the EU adequacy materials, and found no " +
				"authoritative text of Art. 39-12. A fifth pass looked for the PIPC's 2021 decisions on Netflix and Google (case " +
				"2021-013-103) and its 2021-08-25 press release: press reports (Dailypop, Hunton, Pearl Cohen) describe the " +
				"overseas-transfer findings without the article number, the case number was found only in a repository prompt " +
				"file, and no KLRI, law.go.kr or law-firm page quoting Art. 39-12 was reached. " +
				"A sixth pass read the current PIPA in legalize-kr/legalize-kr (law.go.kr copy: the 2020 Act No. 16930 addenda, in force six months after promulgation, do not name Art. 39-12) and searched pages and repositories for the heading and text of Art. 39-12, finding only privacy notices. " +
				"An eighth pass found that legalize-kr stores only one version of the PIPA (no 2020-2023 text in its history) and again found Art. 39-12 only in privacy notices and prompt files.",
		},
		{
			ID: "KR-PCSA", Jurisdiction: kr, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Interception and other measures restricting communications need court permission; national-security measures " +
				"against communications of hostile states, foreign bodies and foreigners need the President's written approval instead",
			Citation: Citation{Law: "Protection of Communications Secrets Act (Act No. 4650 of 1993-12-27)", Short: "PCSA", Article: "Arts 5-7",
				Version: "in force from 1994-06-28 (Addendum (1) of Act No. 4650)"},
			Effective: mustDate("1994-06-28"),
			Sources: []Source{
				src("Hankook Ilbo (1994-04-28): the PCSA Enforcement Decree takes effect with the Act on 1994-06-28; interception needs a court permit (presidential approval for non-nationals)",
					"https://www.hankookilbo.com/News/Read/199404280018294047"),
				src("Seoul Shinmun (1994-09-26): ministry data from 1994-06-29, the day after the PCSA took effect",
					"https://www.seoul.co.kr/news/1994/09/26/19940926001004"),
				src("KLRI: Protection of Communications Secrets Act, Act No. 4650 of 1993-12-27, as amended to 2020", "https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=55757&type=part&key=43"),
				src("Open Net Korea (2014): court approval for wiretapping, about 4% rejected", "https://www.opennetkorea.org/main-privacy/internet-surveillance-korea-2014"),
				src("postnews.kr: the Protection of Communications Secrets Bill passed the National Assembly on 1993-12-01", "http://postnews.kr/cpost_news/sub_read.asp?BoardID=17970&cate=28"),
				src("legalize-kr/legalize-kr kr/통신비밀보호법/법률.md: copy of the law.go.kr text as in force 2026-10-02 (Arts 5-7, 9, 15-2; Addenda of Act No. 4650: in force six months after promulgation)",
					"https://github.com/legalize-kr/legalize-kr/blob/main/kr/%ED%86%B5%EC%8B%A0%EB%B9%84%EB%B0%80%EB%B3%B4%ED%98%B8%EB%B2%95/%EB%B2%95%EB%A5%A0.md"),
			},
			Verified: true,
			Notes: "Confirmed (sixth pass, from the law.go.kr text copied in legalize-kr/legalize-kr kr/통신비밀보호법/법률.md, " +
				"which marks every paragraph changed since enactment <개정 …> or <신설 …>): Addendum (1) of Act No. 4650 " +
				"(promulgated 1993-12-27) brings the Act into force 'six months after promulgation' (공포후 6월이 경과한 날부터 " +
				"시행한다), i.e. 1994-06-28, the day contemporaneous reports give (Hankook Ilbo, 1994-04-28; Seoul Shinmun, " +
				"1994-09-26). Arts 5-7 carry the permission regime under the same numbers since 1993: Art. 5(2) and Art. 7(4) " +
				"bear no amendment marker, so they stand as enacted, and Art. 7(4) refers to the President's approval under " +
				"Art. 7(1)(ii); Act No. 6546's Addendum Art. 2 applies 'the amended Art. 6(1)-(7)', so Art. 6 (permission " +
				"procedure) predates 2001. Court permission for interception and presidential approval for security " +
				"interception of non-nationals from 1994-06-28 also match the Hankook Ilbo report. Corrected: Art. 15-2 " +
				"(operators' duty to cooperate with interception and communication-data requests) is no longer cited: an " +
				"article numbered 15-2 was inserted after 1993 and the copy gives no insertion marker for it, so the day it " +
				"took effect is unconfirmed and it cannot start on 1994-06-28. Art. 9(1) lets the executing agency entrust " +
				"execution to, or request the cooperation of, communications bodies (read only as amended in 2001). Subscriber data (Telecommunications " +
				"Business Act Art. 83(3)) goes to prosecutors, investigators and intelligence agencies without a court, with " +
				"notice to the user since the 2023-12-19 amendment; its dates are unverified, so it is not encoded.",
		},
	}
}

func koreaMechanisms() []Mechanism {
	kr := mustCode("KR")
	at := func(item string) Citation {
		return Citation{Law: pipa, Short: "PIPA", Article: "Art. 28-8(1) item " + item}
	}
	return []Mechanism{
		{
			ID: "kr-pipa-2011-consent", Jurisdiction: kr, Name: "Informed consent of the data subject to the provision or transfer abroad (before 2023-09-15)",
			Citation:  Citation{Law: pipa, Short: "PIPA", Article: "Art. 17(3); Art. 39-12(2) for ICT service providers"},
			Effective: mustDate("2011-09-30"), End: mustDate("2023-09-15"),
			Satisfies: []string{"KR-PIPA-17-3", "KR-PIPA-39-12"},
			Sources: []Source{
				src("IAPP (2011-05-19): PIPA in force 2011-09-30", "https://www.privacyassociation.org/publications/2011_05_19_comprehensive_data_protection_law_passed"),
				src("DLA Piper Data Protection: South Korea transfer", "https://www.dlapiperdataprotection.com/?t=transfer&c=KR")},
			Verified: false,
			Notes:    "Unverified as for KR-PIPA-17-3 and KR-PIPA-39-12.",
		},
		{
			ID: "kr-pipa-39-12-contract-disclosed", Jurisdiction: kr,
			Name:      "Entrustment or storage abroad necessary to perform the contract with users, disclosed to them (ICT service providers)",
			Citation:  Citation{Law: pipa, Short: "PIPA", Article: "Art. 39-12(2) proviso"},
			Effective: mustDate("2020-08-05"), End: mustDate("2023-09-15"),
			Satisfies: []string{"KR-PIPA-39-12"},
			Sources: []Source{
				src("Lee & Ko via IHCF (2018-09-14): Network Act cross-border transfer rules for ICT service providers", "https://www.ihcf.co.kr/bbs/board.php?bo_table=lawfirm_03&wr_id=185&sst=wr_datetime&sod=asc&page=11")},
			Verified: false,
			Notes:    "Unverified: the paragraph number and wording; the exception is the one that passed into Art. 28-8(1) item 3.",
		},
		{
			ID: "kr-pipa-consent", Jurisdiction: kr, Name: "Separate consent of the data subject to the transfer abroad",
			Citation: at("1"), Effective: mustDate("2023-09-15"), Satisfies: []string{"KR-PIPA-28-8"}, Sources: krPIPA, Verified: true,
		},
		{
			ID: "kr-pipa-contract", Jurisdiction: kr,
			Name:     "Entrustment or storage abroad necessary to conclude or perform a contract with the data subject, disclosed in the privacy policy",
			Citation: at("3"), Effective: mustDate("2023-09-15"), Satisfies: []string{"KR-PIPA-28-8"}, Sources: krPIPA, Verified: true,
		},
		{
			ID: "kr-pipa-certified-recipient", Jurisdiction: kr, Automatic: true, CertifiedRecipient: true,
			Name:     "Recipient holds a certification notified by the PIPC (such as ISMS-P) and implements it in the destination",
			Citation: at("4"), Effective: mustDate("2023-09-15"), Satisfies: []string{"KR-PIPA-28-8"}, Sources: krPIPA, Verified: true,
			Notes: "The recipient must list kr-pipa-certified-recipient among its certifications; certifications last up to five years.",
		},
	}
}

// Australia.

const (
	privacyAct = "Privacy Act 1988 (Cth), Schedule 1 (Australian Privacy Principles)"
	mhrAct     = "My Health Records Act 2012 (Cth) (No. 63, 2012)"
)

func australiaRules() []Rule {
	au := mustCode("AU")
	mhrScope := Scope{Classes: classes(HealthData), Basis: SubjectsIn, ControllerTags: []string{"au-my-health-record"},
		SubjectsNote: "healthcare recipients in Australia"}
	return []Rule{
		{
			ID: "AU-APP8", Jurisdiction: au, Kind: TransferRestriction,
			Title: "Before disclosing personal information to an overseas recipient, an APP entity must take reasonable steps to " +
				"ensure the recipient does not breach the APPs, and stays accountable for it (s.16C), unless an APP 8.2 exception applies",
			Citation:  Citation{Law: privacyAct, Short: "Privacy Act", Article: "APP 8; s.16C"},
			Effective: mustDate("2014-03-12"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   auAPP,
			Verified:  true,
			Notes: "APP entities are agencies and organisations with turnover above AUD 3 million (and some others); the model " +
				"cannot tell small businesses apart. APP 8.2(aa) (prescribed countries and schemes, from 2024-12-11) has no " +
				"country prescribed as of 2024-12-31; later status unverified. Serious interference: up to the greater of AUD " +
				"50 million, three times the benefit or 30% of adjusted turnover, from 2022-12-13.",
		},
		{
			ID: "AU-MHR-77", Jurisdiction: au, Kind: Localization,
			BarsDisclosure: true,
			Title: "The System Operator, registered repository and portal operators and contracted service providers must not hold " +
				"My Health Record records, or take them, outside Australia",
			Citation:  Citation{Law: mhrAct, Short: "MHR Act", Article: "s.77"},
			Effective: mustDate("2012-06-29"),
			Scope:     mhrScope,
			Sources:   auMHR,
			Verified:  false,
			Notes: "Unverified: the commencement day of s.77. The Act (assent 2012-06-26) has a two-row commencement table: " +
				"Royal Assent (2012-06-26) and a day fixed by Proclamation (2012-06-29) (CaseChat compilation No. 15); which " +
				"row covers s.77 was not visible, so s.77 took effect on 2012-06-26 or 2012-06-29 and the later day is kept. " +
				"Also unverified: the subsection structure of s.77 (the text was read only in secondary quotes), whether the " +
				"'process or handle' limb was in the 2012 text, the civil-penalty amount (the 1,500 penalty units reported for " +
				"misuse are for ss.59-60, not s.77) and any exception for non-identifying information. Tag the entity whose " +
				"records these are \"au-my-health-record\". No mechanism lifts it: no copy abroad is lawful. A second pass could not " +
				"reach column 1 of the as-made commencement table nor the as-made s.77 (stored copies of the PCEHR Act 2012 and its " +
				"Explanatory Memorandum return only their openings); the current wording, (a) hold or take the records outside " +
				"Australia, (b) process or handle information relating to them outside Australia, is seen only in repository quotes. " +
				"A third pass found on the Federal Register only the proclamation fixing 2012-06-29 for Schedule 1 of the companion " +
				"PCEHR (Consequential Amendments) Act 2012 (F2012L01398, explanatory statement), not the one for this Act, and its " +
				"look-up budget ran out before column 1 of the table could be read. A fourth pass found only the openings of the as-made " +
				"Act (docshare/pdfslide copies of C2012A00063), the EM and the compilations, and no repository copy of s.2 or s.77. " +
				"A seventh pass narrowed the day: the Parliamentary Library's Bills Digest no. 100 2011-12 gives the Bill's commencement " +
				"as sections 1 and 2 on Royal Assent and sections 3 to 112 on a day fixed by Proclamation, the compiled table has only " +
				"those two rows (26 June and 29 June 2012), and the explanatory statement of the PCEHR Regulation 2012 (seen in a third-party " +
				"copy) cites subsection 112(1) of the Act, so the numbering held; s.77 therefore most likely took effect on 2012-06-29. It stays " +
				"unverified because the Digest describes the Bill as introduced and s.77's enacted text (who was bound in 2012, which limbs) " +
				"was again not read: find_string on its wording found only repository quotes of the current text. " +
				"An eighth pass read s.77 in a Markdown copy of the PCEHR Act's Compilation No. 3 (ComLaw C2015C00075, text as in force " +
				"2014-03-12, amendments up to Act No. 13, 2013) in xlfe/gitlaw-au: s.77(1) binds the System Operator, registered repository " +
				"and portal operators and registered contracted service providers, with limbs (a) hold or take the records outside Australia, " +
				"(b) process or handle related information outside Australia and (c) cause or permit another to do either (civil penalty 120 " +
				"penalty units), and s.77(2) lets the System Operator alone hold and process abroad records and information that are neither " +
				"personal nor identifying information; so the title matches the law from 2014-03-12 at the latest. It stays unverified: " +
				"the copy is unofficial, its converter dropped the tables (column 1 of the commencement table and the endnotes' amendment " +
				"history of s.77 for 2012-2014 are missing), so neither the Proclamation row for s.77 nor the 2012 wording was read.",
		},
		{
			ID: "AU-MHR-77-HANDLING", Jurisdiction: au, Kind: TransferRestriction,
			Title: "The same operators must not process or handle information relating to My Health Record records outside " +
				"Australia, nor cause or permit another person to do so",
			Citation:  Citation{Law: mhrAct, Short: "MHR Act", Article: "s.77"},
			Effective: mustDate("2012-06-29"),
			Scope:     mhrScope,
			Sources:   auMHR,
			Verified:  false,
			Notes: "Models the handling limb of s.77 as a transfer restriction with no mechanism, so that administrative access " +
				"from abroad is caught. Unverified: the commencement day (2012-06-26 or 2012-06-29), the subsection structure " +
				"and whether this limb was in the 2012 text, as for AU-MHR-77. A fourth pass found no page or " +
				"repository copy giving s.77's text or column 1 of the commencement table. A seventh pass found the Bills Digest " +
				"(sections 3 to 112 commence by Proclamation, so 2012-06-29 for s.77, see AU-MHR-77) but still no text of s.77 as enacted, " +
				"so whether the handling limb existed in 2012 remains open. An eighth pass read the limb, s.77(1)(b)-(c), in the text as in force " +
				"2014-03-12 (Compilation No. 3, copy in xlfe/gitlaw-au, see AU-MHR-77); its 2012 wording and commencement row were still not read.",
		},
		{
			ID: "AU-TOLA-2018", Jurisdiction: au, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach | PersonalReach,
			Title: "Agency heads may issue technical assistance notices and the Attorney-General technical capability notices " +
				"requiring designated communications providers to give help, including in accessing data; no judicial authorisation",
			Citation: Citation{Law: "Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018 (No. 148, 2018)",
				Short: "Assistance and Access Act", Article: "Sch. 1 (Telecommunications Act 1997 Part 15)"},
			Effective: mustDate("2018-12-09"),
			Sources: []Source{
				src("ATO Legal Database: Act No. 148 of 2018, assent 2018-12-08, Sch. 1 Part 1 and Schs 2-5 commence 2018-12-09", "https://ato.gov.au/law/view/fulldocument?filename=PAC20180148"),
				src("INSLM: review of the Assistance and Access Act (recommends an independent issuing authority)", "https://inslm.gov.au/publications/report-concerning-telecommunications-and-other-legislation-amendment-assistance-and-access-act-2018-and-related-matters"),
			},
			Verified: true,
			Notes: "Designated communications providers include foreign providers with Australian users; personal reach models " +
				"Australian providers' control of data abroad. Notices may not require systemic weaknesses. The Commonwealth " +
				"Ombudsman and IGIS are notified. Interception warrants under the TIA Act 1979 (judges or nominated members) " +
				"are not encoded.",
		},
	}
}

func australiaMechanisms() []Mechanism {
	au := mustCode("AU")
	return []Mechanism{
		{
			ID: "au-app8-reasonable-steps", Jurisdiction: au,
			Name:      "Reasonable steps, usually a contract, to ensure the overseas recipient does not breach the APPs",
			Citation:  Citation{Law: privacyAct, Short: "Privacy Act", Article: "APP 8.1"},
			Effective: mustDate("2014-03-12"), Satisfies: []string{"AU-APP8"}, Sources: auAPP, Verified: true,
			Notes: "The discloser remains accountable for the recipient's acts (s.16C).",
		},
		{
			ID: "au-app8-similar-law", Jurisdiction: au,
			Name:      "Recipient bound by a law or binding scheme substantially similar to the APPs that the individual can enforce",
			Citation:  Citation{Law: privacyAct, Short: "Privacy Act", Article: "APP 8.2"},
			Effective: mustDate("2014-03-12"), Satisfies: []string{"AU-APP8"}, Sources: auAPP, Verified: true,
			Notes: "The entity must reasonably believe it; no list exists.",
		},
		{
			ID: "au-app8-informed-consent", Jurisdiction: au,
			Name:      "Consent after being expressly told that APP 8.1 will not apply",
			Citation:  Citation{Law: privacyAct, Short: "Privacy Act", Article: "APP 8.2"},
			Effective: mustDate("2014-03-12"), Satisfies: []string{"AU-APP8"}, Sources: auAPP, Verified: true,
		},
	}
}

// Canada.

func canadaRules() []Rule {
	ca, bc, ns := mustCode("CA"), mustCode("CA-BC"), mustCode("CA-NS")
	publicBody := Scope{Classes: classes(Personal), Basis: ControllerIn, ControllerTags: []string{"public-body"}}
	return []Rule{
		{
			ID: "CA-PIPEDA-4.1.3", Jurisdiction: ca, Kind: Obligation,
			Title: "An organisation stays accountable for personal information it transfers to a third party for processing, " +
				"including abroad, and must use contractual or other means to provide a comparable level of protection",
			Citation: Citation{Law: "Personal Information Protection and Electronic Documents Act, S.C. 2000, c. 5", Short: "PIPEDA",
				Article: "s.5(1); Sch. 1 Principle 4.1.3"},
			Effective: mustDate("2001-01-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources: []Source{
				src("OPC: PIPEDA phased in 2001-01-01, 2002-01-01 and 2004-01-01", "https://www.priv.gc.ca/leg_c/legislation/02_06_02a_e.asp"),
				src("Bifrost Index: Canada transfers (accountability, no adequacy list)", "https://bifrostindex.ai/guides/canada"),
				src("Osgoode (2009-02-06): OPC Guidelines for Processing Personal Data Across Borders (2009-01-27)", "https://www.yorku.ca/osgoode"),
				src("Mondaq 849394: the OPC backed down on requiring consent for cross-border transfers", "http://webiis06.mondaq.com/canada/x/849394/"),
			},
			Verified: true,
			Notes: "An obligation, not a transfer restriction: PIPEDA neither bars transfers nor lists adequate countries, and it " +
				"does not apply to public bodies or, from 2004-01-01, to organisations in provinces with substantially similar " +
				"laws (British Columbia, Alberta, Quebec), which the model cannot tell apart. It bound federal works and " +
				"cross-border disclosures from 2001-01-01 and all commercial activity from 2004-01-01. Individuals must be told " +
				"their data may be processed abroad and reached by foreign authorities.",
		},
		{
			ID: "CA-CSIS-21", Jurisdiction: ca, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "CSIS may intercept communications and obtain information, records and things only under a warrant of a " +
				"designated Federal Court judge, after the Minister's approval",
			Citation:  Citation{Law: "Canadian Security Intelligence Service Act, R.S.C. 1985, c. C-23 (S.C. 1984, c. 21)", Short: "CSIS Act", Article: "s.21, s.24"},
			Effective: mustDate("1984-07-16"),
			Sources: []Source{
				src("Justice Laws: CSIS Act, Part II Judicial Control (s.21-24; 1984, c. 21)", "http://www.laws-lois.justice.gc.ca/eng/acts/C-23/page-7.html"),
				src("Canada.ca: amendments to the CSIS Act warrant authorities (Bill C-70, 2024)", "https://canada.ca/en/security-intelligence-service/corporate/publications/amendments-to-csis-act/amendments-to-csis-act-warrant-authorities.html"),
				src("NSICOP special report on lawful access (2025-09-15)", "https://www.nsicop-cpsnr.ca/reports/rp-2025-09-15-sr/02-3-en.html"),
				src("SIRC: 'on July 16, 1984, an Act to establish the Canadian Security Intelligence Service was proclaimed'", "http://www.sirc-csars.gc.ca/csiscr/actloi-eng.html"),
				src("Office of the Auditor General (1996), exhibit 27.3: the CSIS Act 1984 requires Federal Court warrants for intrusive powers",
					"https://irp.fas.org/world/canada/docs/oag96/9627ex03.html"),
			},
			Verified: true,
			Notes: "The Act (S.C. 1984, c. 21) was proclaimed in force on 1984-07-16 (SIRC; the Library of Parliament says 'the " +
				"major portion' was proclaimed in July 1984). Bill C-70 (June 2024) added Federal-Court-approved preservation " +
				"and production orders. Criminal Code production orders are not encoded.",
		},
		{
			ID: "CA-BC-FOIPPA-30.1", Jurisdiction: bc, Kind: Localization, Territory: []Code{ca},
			BarsDisclosure: true,
			Title: "A British Columbia public body must ensure that personal information in its custody or under its control is " +
				"stored only in Canada and accessed only in Canada, save narrow exceptions",
			Citation: Citation{Law: "Freedom of Information and Protection of Privacy Act, R.S.B.C. 1996, c. 165", Short: "FOIPPA",
				Article: "s.30.1", Version: "as enacted by the FOIPP Amendment Act, 2004 (Bill 73, SBC 2004 c.64)"},
			Effective: mustDate("2004-10-21"), End: mustDate("2021-11-25"),
			Scope: publicBody,
			Sources: append(append(append([]Source{}, caBC2004...), caBC2021...),
				src("Clark Wilson: the FOIPP Amendment Act came into force on October 21, 2004 (storage and access restricted to Canada)",
					"https://cwilson.com/british-columbias-privacy-laws-amended-in-response-to-the-usa-patriot-act"),
				src("Mondaq 29755: the amendments became law on October 21, 2004",
					"http://www.mondaq.com/canada/x/29755/Outsourcing/British+Columbia+Responds+to+USA+Patriot+Act+with+Tough+New+Rules+on+How+Service+Providers+Manage+Public+Sector+Data")),
			Verified: true,
			Notes: "Bill 73 passed third reading on 2004-10-19 (dww.com) and came into force on 2004-10-21 (Clark Wilson, Mondaq). " +
				"Repealed by Bill 22 in force 2021-11-25. Exceptions (the individual's consent, " +
				"s.33.1 disclosures; Bill 35 of 2019 allowed temporary processing abroad) are not encoded, and the 'accessed only " +
				"in Canada' limb is not checked for administrative access from abroad. Tag the public body \"public-body\" and " +
				"give it jurisdiction CA-BC; service providers' data is the public body's.",
		},
		{
			ID: "CA-BC-FIPPA-33.1", Jurisdiction: bc, Kind: Obligation, Territory: []Code{ca},
			Title: "A British Columbia public body may disclose personal information outside Canada only in accordance with the " +
				"regulations: a privacy impact assessment, with a supplementary assessment where sensitive information is stored abroad",
			Citation: Citation{Law: "Freedom of Information and Protection of Privacy Act, R.S.B.C. 1996, c. 165", Short: "FIPPA",
				Article: "s.33.1", Version: "as replaced by Bill 22, FIPPA Amendment Act, 2021; Ministerial Order M462/2021"},
			Effective: mustDate("2021-11-25"),
			Scope:     publicBody,
			Sources:   caBC2021,
			Verified:  true,
			Notes: "An obligation: the decision is the public body's risk-based one, which topology facts cannot show. Ministerial " +
				"Order M462/2021 was made 2021-11-26; its correspondence to B.C. Reg. 294/2021 is unverified.",
		},
		{
			ID: "CA-NS-PIIDPA-5", Jurisdiction: ns, Kind: Localization, Territory: []Code{ca},
			BarsDisclosure: true,
			Title: "A Nova Scotia public body must ensure that personal information in its custody or under its control is stored " +
				"and accessed only in Canada, unless its head allows otherwise to meet the necessary requirements of its operation",
			Citation:  Citation{Law: "Personal Information International Disclosure Protection Act, S.N.S. 2006, c. 3", Short: "PIIDPA", Article: "s.5(1)"},
			Effective: mustDate("2006-11-15"),
			Scope:     publicBody,
			Sources:   caNS,
			Verified:  true,
			Notes: "In force for public bodies on 2006-11-15 and for municipalities on 2007-11-15, which the model does not " +
				"distinguish. A foreign demand for disclosure must be reported to the Minister of Justice; service providers " +
				"face fines up to CAD 500,000. Watch: Nova Scotia's Bill 150 (third reading 2025-10-03, commencement 2027-04-01) " +
				"moves in-Canada storage into a new FOIPOP Act; whether it repeals PIIDPA is unverified, so no end date is set.",
		},
	}
}

func canadaMechanisms() []Mechanism {
	return []Mechanism{
		{
			ID: "ca-ns-piidpa-head-allows", Jurisdiction: mustCode("CA-NS"),
			Name:      "Storage or access outside Canada allowed by the head of the public body to meet the necessary requirements of its operation",
			Citation:  Citation{Law: "Personal Information International Disclosure Protection Act, S.N.S. 2006, c. 3", Short: "PIIDPA", Article: "s.5(2)"},
			Effective: mustDate("2006-11-15"),
			Satisfies: []string{"CA-NS-PIIDPA-5"},
			Sources:   caNS,
			Verified:  false,
			Notes: "Unverified: the wording and numbering of the exception (s.5(1) 'subject to limited exceptions' is confirmed; " +
				"s.5(2) and the annual reporting of such decisions are from the research catalog only). The model still wants a " +
				"copy in Canada: it lifts the rule for copies abroad, not for data held only abroad.",
		},
	}
}

// Türkiye.

const kvkk = "Law No. 6698 on the Protection of Personal Data"

func turkeyRules() []Rule {
	tr := mustCode("TR")
	return []Rule{
		{
			ID: "TR-KVKK-9-2016", Jurisdiction: tr, Kind: TransferRestriction,
			Title: "Personal data may be transferred abroad only with the data subject's explicit consent, or to a country with " +
				"adequate protection, or with a written undertaking of adequate protection approved by the Board",
			Citation:  Citation{Law: kvkk, Short: "KVKK", Article: "Art. 9", Version: "original text"},
			Effective: mustDate("2016-10-07"), End: mustDate("2024-06-01"),
			Scope:    Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:  append(append([]Source{}, trKVKK2016...), trKVKK2024[1]),
			Verified: true,
			Notes: "The Law was adopted 2016-03-24 and published 2016-04-07; its transfer provisions took effect six months later. " +
				"The Board never published a list of adequate countries. The old Art. 9(1) (explicit consent) kept applying " +
				"until 2024-09-01 (tr-kvkk-9-explicit-consent).",
		},
		{
			ID: "TR-KVKK-9-2024", Jurisdiction: tr, Kind: TransferRestriction,
			Title: "Personal data may be transferred abroad on a Board adequacy decision, failing that with appropriate safeguards " +
				"(standard contract, binding corporate rules, undertaking, agreement between public bodies), failing that on an incidental derogation",
			Citation:  Citation{Law: kvkk, Short: "KVKK", Article: "Art. 9", Version: "as amended by Law No. 7499 (Official Gazette No. 32487, 2024-03-12)"},
			Effective: mustDate("2024-06-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   trKVKK2024,
			Verified:  true,
			Notes: "Safeguards also need a condition of KVKK Art. 5 or 6 and enforceable rights in the destination. No adequacy " +
				"decision has been issued. The fine for not notifying a standard contract (Art. 18, revalued yearly) is unverified.",
		},
		{
			ID: "TR-MIT-2937", Jurisdiction: tr, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title: "The National Intelligence Organisation (MİT) may intercept and detect communications for state security, " +
				"espionage and terrorism; its intelligence records are shielded from judicial requests",
			Citation: Citation{Law: "Law No. 2937 on State Intelligence Services and the National Intelligence Organisation", Short: "MİT Law",
				Article: "Art. 6; Additional Art. 1", Version: "interception powers added by Law No. 5397"},
			Effective: mustDate("2005-07-23"),
			Sources: []Source{
				src("9lib (thesis): Law No. 5397 of 2005-07-03 amended MİT Law 2937 Art. 6; published in Official Gazette No. 25884 of 2005-07-23",
					"https://9lib.net/article/%C3%B6nleme-ama%C3%A7l%C4%B1-i%CC%87leti%C5%9Fimin-denetlenmesine-i%CC%87li%C5%9Fkin-kanun-h%C3%BCk%C3%BCmleri.ozl1r0gy"),
				src("Av. Furkan Patır: MİT telephone interception (Law 5397)", "https://avfurkanpatir.com/ceza-muhakemesi-hukuku/mit-telefon-dinlemesi/"),
				src("Hukuki Haber: evidential value of MİT information; Additional Art. 1", "http://www.hukukihaber.net/mitin-elde-ettigi-bilgi-ve-belgelerin-delil-degeri-2-kisim-makale,5345.html"),
			},
			Verified: false,
			Notes: "Law 5397 is dated 2005-07-03 and was published in the Official Gazette on 2005-07-23; the rule starts on " +
				"publication, taken as its entry into force (its in-force article was not read, hence unverified). That it " +
				"amended Art. 6 and the Gazette date (No. 25884, 2005-07-23) are confirmed (9lib); Law 5397's own entry-into-force " +
				"article was searched for and not found (again in a second pass). Unverified: whether a judge's decision is required (reported: a designated heavy penal court member, the MİT " +
				"head's written order in urgent cases). A fourth pass searched public repositories and pages for Law 5397's " +
				"in-force article and the amended Art. 6 text (Turkish phrases) and found neither. " +
				"A sixth pass searched pages (Turkish title and Official Gazette 25884) and repositories ('5397/3 md.') and found neither Law 5397's text nor its in-force article.",
		},
	}
}

func turkeyMechanisms() []Mechanism {
	tr := mustCode("TR")
	both := []string{"TR-KVKK-9-2016", "TR-KVKK-9-2024"}
	return []Mechanism{
		{
			ID: "tr-kvkk-9-explicit-consent", Jurisdiction: tr,
			Name:      "Explicit consent of the data subject (original Art. 9(1))",
			Citation:  Citation{Law: kvkk, Short: "KVKK", Article: "Art. 9(1)", Version: "original text, applied until 2024-09-01"},
			Effective: mustDate("2016-10-07"), End: mustDate("2024-09-01"),
			Satisfies: both,
			Sources:   append(append([]Source{}, trKVKK2016...), trKVKK2024...),
			Verified:  true,
			Notes: "Law 7499 kept the old first paragraph in force until 2024-09-01; after that, systematic transfers on explicit " +
				"consent alone are no longer lawful (consent survives only as an incidental derogation, tr-kvkk-9-incidental).",
		},
		{
			ID: "tr-kvkk-9-undertaking", Jurisdiction: tr,
			Name:      "Written undertaking of adequate protection by the parties, approved by the Board",
			Citation:  Citation{Law: kvkk, Short: "KVKK", Article: "Art. 9"},
			Effective: mustDate("2016-10-07"),
			Satisfies: both,
			Sources:   append(append([]Source{}, trKVKK2016...), trKVKK2024...),
			Verified:  true,
			Notes:     "Available under both texts of Art. 9; its paragraph numbers are not recorded.",
		},
		{
			ID: "tr-kvkk-bcr", Jurisdiction: tr,
			Name:      "Binding corporate rules approved by the Board",
			Citation:  Citation{Law: kvkk, Short: "KVKK", Article: "Art. 9"},
			Effective: mustDate("2020-04-10"),
			Satisfies: both,
			Sources: append([]Source{src("Eyüboğlu Büyükatak: the Board announced binding corporate rules on 2020-04-10", "https://www.eyuboglubuyukatak.av.tr")},
				trKVKK2024...),
			Verified: true,
			Notes:    "Intra-group transfers only. Before 2024-06-01 they rested on the Board's announcement, after it on the amended Art. 9.",
		},
		{
			ID: "tr-kvkk-standard-contract", Jurisdiction: tr,
			Name:      "Standard contract published by the Board, used unmodified and notified to the Authority within five business days of signature",
			Citation:  Citation{Law: kvkk, Short: "KVKK", Article: "Art. 9", Version: "as amended by Law 7499; By-Law on transfers abroad Art. 14"},
			Effective: mustDate("2024-07-10"),
			Satisfies: []string{"TR-KVKK-9-2024"},
			Sources:   trKVKK2024,
			Verified:  false,
			Notes: "Unverified: the start. 2024-07-10 is the day the By-Law setting the procedure took effect; the day the Board " +
				"announced the contract texts was not found. The model cannot check the notification.",
		},
		{
			ID: "tr-kvkk-9-incidental", Jurisdiction: tr, OccasionalOnly: true,
			Name:      "Incidental transfer on a derogation (explicit consent after being told the risks, contract necessity and others)",
			Citation:  Citation{Law: kvkk, Short: "KVKK", Article: "Art. 9", Version: "as amended by Law 7499"},
			Effective: mustDate("2024-06-01"),
			Satisfies: []string{"TR-KVKK-9-2024"},
			Sources:   trKVKK2024,
			Verified:  true,
			Notes:     "Only for transfers that are not regular: never replication, backup or standing administration.",
		},
	}
}

// Singapore.

const pdpaSG = "Personal Data Protection Act 2012 (Singapore)"

func singaporeRules() []Rule {
	sg := mustCode("SG")
	return []Rule{
		{
			ID: "SG-PDPA2012-26", Jurisdiction: sg, Kind: TransferRestriction,
			Title: "An organisation must not transfer personal data to a country or territory outside Singapore except in " +
				"accordance with requirements prescribed under the Act, which ensure comparable protection",
			Citation:  Citation{Law: pdpaSG, Short: "PDPA", Article: "s.26"},
			Effective: mustDate("2014-07-02"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   sgPDPA,
			Verified:  true,
			Notes: "Public agencies are outside the PDPA. The PDPC may exempt on application (s.26(2)). Financial penalty up to " +
				"SGD 1 million or 10% of Singapore turnover above SGD 10 million, for contraventions from 2022-10-01 (s.48J).",
		},
		{
			ID: "SG-CPC-20", Jurisdiction: sg, Kind: CompelledAccess, Reach: TerritorialReach | AccessReach,
			Title: "A police officer of or above the rank of sergeant may by written order require any person to produce, or give " +
				"access to, documents, things and data, including data in or available to a computer; no court is involved",
			Citation:  Citation{Law: "Criminal Procedure Code 2010 (Singapore)", Short: "CPC", Article: "s.20(1), (1A)", Version: "as amended by Act 19 of 2018"},
			Effective: mustDate("2018-09-17"),
			Sources: []Source{
				src("Singapore Statutes Online: CPC 2010 s.20 (historical versions, Act 19 of 2018 wef 2018-09-17; Act 10 of 2021 wef 2021-05-14)", "https://sso.agc.gov.sg/Act/CPC2010"),
				src("Singapore Statutes Online: CPC (Production of Document or Other Thing) Regulations 2019 (S 56/2019)", "https://sso.agc.gov.sg/SL/CPC2010-S56-2019"),
			},
			Verified: true,
			Notes:    "The encoded version starts 2018-09-17; the earlier text of s.20 (from the 2010 Code's commencement) is not encoded.",
		},
	}
}

func singaporeMechanisms() []Mechanism {
	sg := mustCode("SG")
	return []Mechanism{
		{
			ID: "sg-pdpr-2014-comparable-protection", Jurisdiction: sg,
			Name:      "Appropriate steps so the recipient is bound by legally enforceable obligations of comparable protection, or consent (PDPR 2014)",
			Citation:  Citation{Law: "Personal Data Protection Regulations 2014", Short: "PDPR 2014", Article: "transfer regulations (regulation numbers unverified)"},
			Effective: mustDate("2014-07-02"), End: mustDate("2021-02-01"),
			Satisfies: []string{"SG-PDPA2012-26"},
			Sources:   sgPDPA,
			Verified:  false,
			Notes:     "Unverified: the regulation numbers of the 2014 Regulations. Replaced by the PDPR 2021 for transfers from 2021-02-01.",
		},
		{
			ID: "sg-pdpr-2021-comparable-protection", Jurisdiction: sg,
			Name: "Appropriate steps so the recipient is bound by legally enforceable obligations of comparable protection (law, contract, " +
				"binding corporate rules or another binding instrument), or the individual's informed consent",
			Citation:  Citation{Law: "Personal Data Protection Regulations 2021", Short: "PDPR 2021", Article: "regs 10-12"},
			Effective: mustDate("2021-02-01"),
			Satisfies: []string{"SG-PDPA2012-26"},
			Sources:   sgPDPA,
			Verified:  true,
			Notes:     "A contract must require comparable protection and list the destination countries; BCRs only for related entities.",
		},
		{
			ID: "sg-cbpr-certified-recipient", Jurisdiction: sg, Automatic: true, CertifiedRecipient: true,
			Name:      "Recipient holds a specified certification (APEC CBPR, or Global CBPR from 2026-03-02), deemed bound to comparable protection",
			Citation:  Citation{Law: "Personal Data Protection Regulations 2021", Short: "PDPR 2021", Article: "regs 10-12", Version: "amended by S 86/2026 from 2026-03-02"},
			Effective: mustDate("2021-02-01"),
			Satisfies: []string{"SG-PDPA2012-26"},
			Sources:   sgPDPA,
			Verified:  true,
			Notes:     "The recipient must list sg-cbpr-certified-recipient among its certifications. Data intermediaries may rely on APEC PRP or Global PRP.",
		},
	}
}

// Government-access profiles, from the profile table of the verification
// pass. An answer that rests on an inference or a negative finding is
// marked unverified and says so.

func worldProfiles() []AccessProfile {
	inferred := " (inference from the absence of any such mechanism in the sources, unverified)"
	from := func(d string) Period { return Period{From: mustDate(d)} }
	span := func(f, u string) Period { return Period{From: mustDate(f), Until: mustDate(u)} }
	return []AccessProfile{
		{
			Jurisdiction: mustCode("RU"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true, Period: from("2004-01-01"),
				Basis: "144-FZ requires a court order on paper, but judges need not verify reasonable suspicion and operational " +
					"materials are withheld from them (Roman Zakharov v. Russia, ECtHR GC 2015-12-04, paras 192-193, 199-200); " +
					"SORM gives agencies direct remote access that operators cannot check (RU-SORM)"},
			Transparency: ProfileAnswer{Answer: No, Verified: true, Period: from("2004-01-01"),
				Basis: "subjects need never be informed (Zakharov para 213; RU-SORM); Russia ceased to be party to the ECHR on 2022-09-16"},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2018-07-01"),
				Basis: "SORM equipment duty (RU-SORM); Yarovaya storage and FSB decryption duties (RU-YAROVAYA, RU-YAROVAYA-STORAGE); " +
					"Telegram blocked from 2018-04-13 for refusing decryption keys",
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: span("2016-07-20", "2018-07-01"),
						Basis: "SORM equipment duty (RU-SORM); Yarovaya decryption duty of organisers of information dissemination (RU-YAROVAYA)"},
					{Answer: Yes, Verified: true, Period: span("2004-01-01", "2016-07-20"),
						Basis: "SORM equipment duty giving agencies direct remote access (RU-SORM)"}}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: false, Period: from("2018-01-01"),
				Basis: "Federal Law 241-FZ of 2017-07-29 (from 2018-01-01) obliges messaging services to restrict the transmission " +
					"of users' electronic messages containing prohibited information at the authorised body's demand, without a court " +
					"(from recollection; not found in the sources searched, unverified); SORM access is read-only as far as found"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2014-02-01"),
				Basis: "Law 149-FZ Art. 15.3: Roskomnadzor restricts access on the Prosecutor General's demand without a court " +
					"(e.g. navalny.com, 2021-07; in force 2014-02-01 by Law 398-FZ, date unverified); Art. 15.1 unified register"},
			Sources: []Source{zakharov,
				src("TASS: Telegram blocked 2018-04-13", "https://tass.com/economy/999993/amp"),
				src("Council of Europe: Russia ceases to be a Party to the ECHR on 2022-09-16", "https://www.coe.int/el/web/portal/full-news/-/asset_publisher/y5xQt7QdunzT/content/russia-ceases-to-be-a-party-to-the-european-convention-of-human-rights-on-16-september-2022"),
				src("TAdviser: blocking under Art. 15.1 of Law 149-FZ", "https://tadviser.com/index.php/Article:Blocking_sites_by_Roskomnadzor")},
		},
		{
			Jurisdiction: mustCode("IN"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true, Period: from("2024-12-06"),
				Basis: "interception is ordered by the Union or State Home Secretary (IT Act s.69, IN-IT-69; Telecommunications Act " +
					"2023 with the interception rules notified 2024-12-06), reviewed ex post by an executive Review Committee",
				Earlier: []ProfileAnswer{{Answer: No, Verified: true, Period: span("2009-10-27", "2024-12-06"),
					Basis: "interception ordered by the Union or State Home Secretary (IT Act s.69, IN-IT-69; Telegraph Act s.5(2) with " +
						"Telegraph Rule 419A), reviewed ex post by an executive Review Committee; no court"}}},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: from("2009-10-27"),
				Basis: "no statutory reporting or notice to subjects found" + inferred + "; confidentiality of blocking requests " +
					"(Blocking Rules 2009 Rule 16) unverified"},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2018-12-20"),
				Basis: "IT Act s.69(3)-(4): intermediaries must give access and technical assistance, up to seven years for refusal; " +
					"ten agencies authorised by MHA order of 2018-12-20",
				Earlier: []ProfileAnswer{{Answer: Yes, Verified: true, Period: span("2009-10-27", "2018-12-20"),
					Basis: "IT Act s.69(3)-(4) (IN-IT-69): intermediaries must give access and technical assistance on a Home " +
						"Secretary's direction, up to seven years for refusal"}}},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2009-10-27"),
				Basis: "IT Act s.79(3)(b): an intermediary loses its safe harbour unless it removes or disables access to information " +
					"'residing in or connected to' its computer resource when notified by the Government, with no court and no limit " +
					"to published content; whether it is used against private stored data is unverified"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2009-10-27"),
				Basis: "IT Act s.69A and the Blocking Rules 2009: blocking directions by a Designated Officer and an inter-ministerial " +
					"committee, emergency blocking by the Secretary (Rule 9); no court"},
			Sources: []Source{
				src("Readkong (Bhandari & Lahiri, Oxford Human Rights Hub): Indian interception law",
					"https://readkong.com/page/the-surveillance-state-privacy-and-criminal-investigation-6637881"),
				src("Internet Democracy Project: s.69A and the Blocking Rules", "https://internetdemocracy.in/laws/the-information-technology-amendment-act-2008/section-69a-and-the-blocking-rules/"),
				src("itlaw.in: Blocking Rules 2009 Rule 9 (emergency)", "https://itlaw.in/rule-9-blocking-of-information-in-cases-of-emergency"),
				src("Mondaq: MHA order of 2018-12-20 under s.69", "http://www.mondaq.com/india/x/767906/"),
				src("looknewsindia: DoT interception rules notified 2024-12-06", "https://looknewsindia.com/?p=146927")},
		},
		{
			Jurisdiction: mustCode("VN"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: false, Period: from("2022-10-01"),
				Basis: "data provision and deletion on written request of the Ministry of Public Security (CSL 2018 Art. 26(2), " +
					"VN-CSL-26-2; Decree 53/2022)" + inferred,
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2019-01-01", "2022-10-01"),
					Basis: "data provision on written request of the Ministry of Public Security (CSL 2018 Art. 26(2), VN-CSL-26-2)" + inferred}}},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: from("2019-01-01"),
				Basis: "no notice or statistics found under CSL 2018" + inferred},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2022-10-01"),
				Basis: "CSL 2018 Art. 26(2)(a): providers must hand user information to the MPS cybersecurity force on written " +
					"request (VN-CSL-26-2); Decree 53/2022 (from 2022-10-01)",
				Earlier: []ProfileAnswer{{Answer: Yes, Verified: true, Period: span("2019-01-01", "2022-10-01"),
					Basis: "CSL 2018 Art. 26(2)(a): providers must hand user information to the MPS cybersecurity force on written " +
						"request (VN-CSL-26-2)"}}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: false, Period: from("2022-10-01"),
				Basis: "CSL 2018 Art. 26(2)(b) and Decree 53/2022: providers must delete prohibited information on the MPS's or " +
					"the MIC's request, no court; the duty is not expressly limited to published content, and whether it is used " +
					"against private stored data is unverified"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2026-07-01"),
				Basis: "Law on Cybersecurity 116/2025/QH15 (from 2026-07-01): removal within 24 h, 6 h if urgent; Decree 147/2024/ND-CP " +
					"(from 2024-12-25): removal within 24 h at the request of the MIC or MPS and account blocking",
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: span("2024-12-25", "2026-07-01"),
						Basis: "Decree 147/2024/ND-CP (from 2024-12-25): removal within 24 h at the request of the MIC or MPS and " +
							"account blocking; CSL 2018 Art. 26(2)(b)"},
					{Answer: Yes, Verified: true, Period: span("2019-01-01", "2024-12-25"),
						Basis: "CSL 2018 Art. 26(2)(b) (VN-CSL-26-2): providers must delete prohibited information on the request of " +
							"the MPS or MIC, no court"}}},
			Sources: []Source{vnCSLText, vnCSL2025,
				src("Vietnamnet (2024-12-25): Decree 147/2024 in force", "https://vietnamnet.vn/en/social-media-users-in-vn-must-verify-accounts-with-phone-numbers-starting-today-2356231.html"),
				src("vietnam.vn: Decree 147/2024 (in force 2024-12-25) removal within 24 hours of a request", "https://vietnam.vn/en/chu-tai-khoan-mang-xa-hoi-khong-duoc-dat-ten-giong-hoac-trung-voi-ten-co-quan-bao-chi")},
		},
		{
			Jurisdiction: mustCode("ID"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: false, Period: from("2020-11-24"),
				Basis: "MR5/2020 access requests come from ministries and law enforcement, not courts (ID-MR5-ACCESS)" + inferred +
					"; interception rules under KUHAP and the intelligence law not checked"},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: from("2020-11-24"),
				Basis: "no notice or public statistics found for MR5 access" + inferred},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2020-11-24"),
				Basis: "GR 71/2019 and MR5/2020: private operators must give access to systems and data for supervision and law " +
					"enforcement; foreign operators must appoint a local contact (ID-MR5-ACCESS)"},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2020-11-24"),
				Basis: "MR5/2020 takedown duties bind private electronic system operators, cloud providers included, on a ministry " +
					"request; whether they reach private stored data and not only accessible content is unverified (article numbers unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2020-11-24"),
				Basis: "MR5/2020: takedown within 24 h of a ministry request, 4 h if urgent, on pain of platform blocking"},
			Sources: []Source{
				src("Human Rights Watch (2021-06-01): joint statement on MR5", "https://www.hrw.org/news/2021/06/01/joint-statement-global-coalition-urge-indonesia-minister-ict-repeal-mr5"),
				src("Digital Policy Alert: MR5/2020 in force 2020-11-24", "https://digitalpolicyalert.org/event/13906-implemented-kominfo-regulation-no-5-of-2020-on-private-electronic-system-operators-including-local-operation-requirements-regulation-52020"),
				src("Conventus Law: MoCI Regulation 5/2020", "https://conventuslaw.com/?p=70346")},
		},
		{
			Jurisdiction: mustCode("SA"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: false, Period: from("2001-11-03"),
				Basis: "Law of Criminal Procedure (Royal Decree M/39 of 2001-10-16, published 2001-11-03) Arts 56-57: interception on " +
					"a reasoned warrant of the Public Prosecution, not a judge (weak secondary source only; the numbering in the " +
					"2013 replacement law was not checked, unverified)"},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: from("2001-11-03"),
				Basis: "no notice or statistics found" + inferred},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: false, Period: from("2001-11-03"),
				Basis: "no legal source found for the powers of the Presidency of State Security; answered with the least protective " +
					"value, as an unknown answer is treated (unverified)"},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: false, Period: from("2001-11-03"),
				Basis: "no legal source found on executive deletion or blocking of private stored data; answered with the least " +
					"protective value (unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: false, Period: from("2001-11-03"),
				Basis: "CST filtering under the Telecommunications and IT Act; draft Global Digital Content Regulation Art. 7 (CST " +
					"restricts or orders removal, no court) - a consultation draft whose adoption is unverified"},
			Sources: []Source{
				src("Life in Saudi Arabia (Gulf News): Public Prosecution interception warrants", "https://lifeinsaudiarabia.net"),
				src("Saudi Embassy: Law of Criminal Procedure, Royal Decree M/39 (2001-10-16), Umm al-Qura 2001-11-03", "http://www.saudiembassy.net/print/about/country-information/laws/CriminalProcedures2001-1of3.aspx"),
				src("CST consultation portal: draft Global Digital Content Regulation Art. 7", "https://istitlaa.ncc.gov.sa/en/Transportation/citc/GlobalDigital/Pages/Article_007.aspx")},
			Notes: "Every Saudi answer holds from 2001-11-03, the publication of the Law of Criminal Procedure, the only dated " +
				"provision found; the dates of CST's filtering powers and of the Presidency of State Security were not found.",
		},
		{
			Jurisdiction: mustCode("BR"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: from("1996-07-24"),
				Basis: "Constitution Art. 5(XII) and Law 9.296/1996 Art. 1: interception, including telematic, only on the order " +
					"of the competent judge (BR-9296-1)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: from("1996-07-24"),
				Basis: "notice to the person after the interception ends is reported by study summaries only; CNJ interception " +
					"statistics unverified"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: from("1996-07-24"),
				Basis: "no power of the intelligence agency (ABIN, Law 9.883/1999) to compel providers was found; provider assistance " +
					"follows a judge's interception order (Law 9.296/1996)" + inferred},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("1996-07-24"),
				Basis: "no administrative power to alter or delete stored private data found; access to communications needs a " +
					"judge's order (Constitution Art. 5(XII), Law 9.296/1996)" + inferred},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: false, Period: from("2025-06-26"),
				Basis: "no administrative removal power found; STF RE 1037396 and 1057258 (2025-06-26) made platforms liable on " +
					"notice, which is not a state power; electoral-court practice not checked" + inferred},
			Sources: []Source{
				src("DireitoNet: Law 9.296/1996 interception needs a judge's order", "https://www.direitonet.com.br/resumos/exibir/1122/Interceptacao-de-comunicacoes-telefonicas-Lei-no-9296-96"),
				src("Conteúdo Jurídico 46430: interception under Law 9.296/96", "https://conteudojuridico.com.br/consulta/Artigos/46430/interceptacao-telefonica-analise-da-lei-no-9-296-96-segundo-o-entendimento-dos-tribunais-superiores"),
				src("UOL (2025-06-26): STF rules on Marco Civil Art. 19", "https://noticias.uol.com.br/ultimas-noticias/agencia-estado/2025/06/26/redes-sociais-respondem-por-publicacoes-criminosas-dos-usuarios-decide-stf.htm")},
		},
		{
			Jurisdiction: mustCode("JP"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2000-08-15"),
				Basis: "Constitution Art. 35; CCP Arts 197, 218, 222-2 and Wiretapping Act (Act No. 137 of 1999; in force 2000-08-15, " +
					"date unverified) Art. 3: compulsory collection and interception only on a prior court warrant (JP-CCP-218; EU " +
					"decision 2019/419 recitals)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2000-08-15"),
				Basis: "Diet oversight (Constitution Art. 62, Diet Law Art. 104) per the EU decision; an annual wiretap report to " +
					"the Diet under the Wiretapping Act is unverified"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: from("2019-01-23"),
				Basis: "national-security bodies (MOD, PSIA, police) collect from businesses only by voluntary cooperation (EU " +
					"decision 2019/419 of 2019-01-23, which From follows); the effect of the Active Cyber Defence law passed " +
					"2025-05-16 is unverified",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2000-08-15", "2019-01-23"),
					Basis: "compulsory collection from businesses needs a court warrant (Constitution Art. 35; CCP Art. 218; " +
						"Wiretapping Act, in force 2000-08-15, date unverified), and no statute letting the PSIA, MOD or police " +
						"intelligence compel providers was found; the EU decision 2019/419 describes this framework as it stood in " +
						"2019, its holding earlier is an inference (unverified)"}}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("2000-08-15"),
				Basis: "no power to alter or delete stored private data without a court found; secrecy of communications " +
					"(Constitution Art. 21(2)) and warrants for compulsory measures (Art. 35, CCP, Wiretapping Act)" + inferred},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: false, Period: from("2000-08-15"),
				Basis: "no state takedown power without a court found; the Information Distribution Platform Act puts duties on " +
					"platforms, not a removal power on the state (its date not checked)" + inferred},
			Sources: []Source{jpAdequacy,
				src("proteuscyber.com: EU decision 2019/419, national security, independent oversight (3.3.2)", "https://proteuscyber.com/privacy-database/japan-adequacy-332-independent-oversight"),
				src("itresearchart.biz: Active Cyber Defence law passed 2025-05-16", "https://itresearchart.biz/?p=5287")},
		},
		{
			Jurisdiction: mustCode("KR"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: from("1993-12-27"),
				Basis: "PCSA: interception and other restricting measures need court permission (KR-PCSA); but subscriber data goes " +
					"to investigators and intelligence agencies without a court (Telecommunications Business Act Art. 83(3), date " +
					"not checked); the presidential-approval route for hostile states' and foreigners' communications is PCSA Art. 7(1)(ii) (KR-PCSA)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2023-12-19"),
				Basis: "post-notification of subscriber-data requests since the amendment of 2023-12-19 (its in-force day unverified), " +
					"after Constitutional Court 2022-07-21; ministers report interception statistics to the National Assembly"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: from("1993-12-27"),
				Basis: "operators may hand subscriber data to intelligence agencies without a court (TBA Art. 83(3)); interception " +
					"needs court permission (KR-PCSA); Constitutional Court 2016Hun-Ma263 (2018-08-30) struck down NIS packet interception"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("1993-12-27"),
				Basis: "no power to alter or delete stored private data without a court found; communication-restricting measures " +
					"need court permission (PCSA, KR-PCSA); KCSC correction requests concern information distributed to the public" + inferred},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2008-02-29"),
				Basis: "Korea Communications Standards Commission 'correction requests' for deletion and blocking, enforced through " +
					"KCC orders and Network Act Art. 73 penalties; no court (the KCSC's founding date 2008-02-29 unverified)"},
			Sources: []Source{
				src("KLRI: Protection of Communications Secrets Act", "https://elaw.klri.re.kr/eng_mobile/viewer.do?hseq=55757&type=part&key=43"),
				src("Asia Economy (2022-07-21): Constitutional Court on TBA Art. 83(3)", "https://www.asiae.co.kr/en/article/2022072116455960283"),
				src("Open Net Korea (2024-03-24): TBA amendment of 2023-12-19", "https://www.opennetkorea.org/en/wp/5541"),
				src("WILMAP: KCSC administrative censorship", "https://wilmap.stanford.edu/node/29637")},
		},
		{
			Jurisdiction: mustCode("AU"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2018-12-09"),
				Basis: "TIA Act 1979 interception warrants are issued by eligible judges or nominated members; technical assistance " +
					"and capability notices are issued by agency heads and the Attorney-General without a judge (AU-TOLA-2018)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2018-12-09"),
				Basis: "annual report to Parliament on the TIA Act; the Ombudsman and IGIS are notified of notices (AU-TOLA-2018); " +
					"no notice to subjects"},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2018-12-09"),
				Basis: "Assistance and Access Act 2018 (AU-TOLA-2018): TANs and TCNs bind designated communications providers; " +
					"ASIO Act s.21A and s.34AAA assistance; the INSLM recommended an independent issuing authority"},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2022-01-23"),
				Basis: "Online Safety Act 2021 s.77 and s.88: eSafety Commissioner removal notices (24 h) for intimate images and " +
					"cyber-abuse material provided on a 'relevant electronic service' - email, instant messaging, SMS and chat " +
					"(s.13A, not re-checked) - as well as on social media, without a court; limited to those categories " +
					"(commencement 2022-01-23 not re-checked)"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2022-01-23"),
				Basis: "Online Safety Act 2021: eSafety Commissioner removal notices (e.g. s.88-90, comply within 24 h), administrative; " +
					"the Federal Court only for cessation orders (s.156)"},
			Sources: []Source{
				src("ATO Legal Database: Assistance and Access Act 2018", "https://ato.gov.au/law/view/fulldocument?filename=PAC20180148"),
				src("INSLM report on the Assistance and Access Act", "https://inslm.gov.au/publications/report-concerning-telecommunications-and-other-legislation-amendment-assistance-and-access-act-2018-and-related-matters"),
				src("WorldLII: Online Safety Act 2021 s.89", "http://beta.worldlii.org/au/legis/cth/consol_act/osa2021154/s89.html"),
				src("WorldLII: Online Safety Act 2021 s.88 (relevant electronic service)", "http://beta.worldlii.org/au/legis/cth/consol_act/osa2021154/s88.html"),
				src("AustLII: Online Safety Act 2021 s.77", "http://www.austlii.edu.au/au/legis/cth/consol_act/osa2021154/s77.html")},
			Notes: "Who issues TIA warrants after the AAT was replaced by the ART was not re-checked.",
		},
		{
			Jurisdiction: mustCode("CA"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: from("1984-07-16"),
				Basis: "CSIS Act s.21: Federal Court warrants for intrusive collection (CA-CSIS-21); Bill C-70 (2024): Federal-Court " +
					"approved preservation and production orders; 'Federal Court approval is required for any activity that is " +
					"more than minimally intrusive'"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: from("1984-07-16"),
				Basis: "the Federal Court publishes redacted judgments on CSIS warrants (2017 FC 1048, 2018 FC 874, 2020 FC 697); " +
					"NSICOP special reports (the NSICOP Act's date was not checked; From follows the CSIS Act)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: true, Period: from("1984-07-16"),
				Basis: "assistance to CSIS follows a Federal Court warrant or order (CSIS Act s.21, s.24; Bill C-70)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("1984-07-16"),
				Basis: "no federal power to alter or delete stored private data without a court found; intrusive CSIS measures need " +
					"a Federal Court warrant (CSIS Act s.21)" + inferred},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: false, Period: from("1984-07-16"),
				Basis: "no federal administrative takedown power found; the Online Harms Act (Bill C-63) died" + inferred},
			Sources: []Source{
				src("Canada.ca: CSIS Act warrant authorities", "https://canada.ca/en/security-intelligence-service/corporate/publications/amendments-to-csis-act/amendments-to-csis-act-warrant-authorities.html"),
				src("NSICOP special report on lawful access (2025-09-15)", "https://www.nsicop-cpsnr.ca/reports/rp-2025-09-15-sr/02-3-en.html"),
				src("Federal Court: 2018 FC 874 (CSIS Act ss.12 and 21 warrant application, public reasons)",
					"https://decisions.fct-cf.gc.ca/fc-cf/decisions/en/item/350897/index.do")},
			Notes: "Federal profile; provincial law (CA-BC, CA-NS) adds no access powers here. NSIRA and the Intelligence Commissioner were not checked.",
		},
		{
			Jurisdiction: mustCode("TR"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2005-07-03"),
				Basis: "criminal interception under CMK Art. 135 needs a judge (details unverified); MİT preventive interception " +
					"under Law 2937 (TR-MIT-2937) - whether a judge decides is unverified"},
			Transparency: ProfileAnswer{Answer: No, Verified: true, Period: from("2005-07-03"),
				Basis: "MİT Law 2937 Additional Art. 1: MİT's intelligence records cannot be requested by judicial authorities save " +
					"for espionage and state-secret offences (the article's date not checked; From follows TR-MIT-2937); no notice " +
					"to subjects found"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2005-07-03"),
				Basis: "MİT interception powers (Law 5397, 2005; TR-MIT-2937); 2014 amendments to Law 5651: content providers must " +
					"give the Directorate the information it requests (their date not checked)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("2015-04-15"),
				Basis: "no power to alter or delete stored private data without a judge found; Law 5651 Art. 8/A (Law 6639) reaches " +
					"internet content and is confirmed by a criminal judge of peace" + inferred},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2015-04-15"),
				Basis: "Law 5651 Art. 8/A (Law 6639, 2015-04-15): removal or access ban ordered administratively, implemented within " +
					"4 h, submitted to a criminal judge of peace within 24 h who rules within 48 h"},
			Sources: []Source{
				src("ELIG (International Law Office): national security as a basis for access bans, Law 5651 Art. 8/A", "https://www.internationallawoffice.com/Newsletters/Tech-Data-Telecoms-Media/Turkey/ELIG-Attorneys-at-Law/National-security-as-legal-basis-for-broad-access-bans"),
				src("Mondaq 298574: 2014 amendments to Law 5651", "http://www.mondaq.com/turkey/"),
				src("Av. Furkan Patır: MİT telephone interception", "https://avfurkanpatir.com/ceza-muhakemesi-hukuku/mit-telefon-dinlemesi/"),
				src("Hukuki Haber: MİT Law Additional Art. 1", "http://www.hukukihaber.net/mitin-elde-ettigi-bilgi-ve-belgelerin-delil-degeri-2-kisim-makale,5345.html")},
			Notes: "Content removal is administrative at first and confirmed by a judge within 72 hours, or lapses.",
		},
		{
			Jurisdiction: mustCode("SG"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true, Period: from("2018-09-17"),
				Basis: "CPC 2010 s.20(1), (1A): police written production orders for documents and data, no court (SG-CPC-20)",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2011-01-02", "2018-09-17"),
					Basis: "CPC 2010 (Act 15 of 2010, in force 2011-01-02) s.20 'Power to order production of any document or other thing': a police " +
						"officer's written order, no court; the pre-2018 wording was not re-read (unverified)"}}},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: from("2018-09-17"),
				Basis: "no notice or statistics found" + inferred,
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2011-01-02", "2018-09-17"),
					Basis: "no notice or statistics found for police production orders under the CPC 2010 (Act 15 of 2010, in force 2011-01-02)" + inferred}}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false, Period: from("2018-09-17"),
				Basis: "rests on the CPC s.20 police powers; no intelligence-specific compulsion power was found (unverified)",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: false, Period: span("2011-01-02", "2018-09-17"),
					Basis: "rests on the CPC 2010 (Act 15 of 2010, in force 2011-01-02) s.20 police production orders; no intelligence-specific compulsion " +
						"power was found (unverified)"}}},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2018-05-16"),
				Basis: "POSSPA 2018 (in force 2018-05-16): in a serious incident a communications stop order bans communicating " +
					"films, pictures and text or audio messages about security operations, 'communicate' meaning transmitting by any " +
					"means, and s.31 police directions to delete them; no court; limited to activated incidents",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2011-01-02", "2018-05-16"),
					Basis: "no executive power to alter or delete stored private data was found before POSSPA; the CPC 2010 (Act 15 of 2010, in force 2011-01-02) " +
						"gives production and seizure powers" + inferred}}},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2019-10-02"),
				Basis: "POFMA 2019 (from 2019-10-02): ministerial directions and IMDA access-blocking orders, appeal to the High Court " +
					"only after issue",
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: span("2013-06-01", "2019-10-02"),
						Basis: "from 2013-06-01 online news sites of significant reach need an individual licence under the " +
							"Broadcasting Act whose holders must remove content within 24 hours of the MDA's direction (Broadcasting " +
							"(Class Licence) (Amendment) Notification 2013), other sites remaining under the class licence and Internet " +
							"Code of Practice; no court"},
					{Answer: Yes, Verified: false, Period: span("1996-07-15", "2013-06-01"),
						Basis: "internet content providers and ISPs are licensed automatically under the Broadcasting (Class Licence) " +
							"Notification of 1996-07-15 and bound by the Internet Code of Practice, which the MDA said already required " +
							"compliance with its content directions; the paragraph giving the removal and blocking directions was not " +
							"read (unverified)"}}},
			Sources: []Source{
				src("Singapore Statutes Online: CPC 2010 s.20", "https://sso.agc.gov.sg/Act/CPC2010"),
				src("laws.sg: POFMA s.20 and s.22", "https://laws.sg/legislation/act-2019-pofma/section-20"),
				src("laws.sg: POSSPA s.31", "https://laws.sg/legislation/act-2018-posspa/section-31"),
				src("Singapore Statutes Online: POSSPA 2018 (2020 rev. ed.), commencement 2018-05-16, s.2 'communicate'", "https://sso.agc.gov.sg/Act-Rev/POSSPA2018/Published/20211231?DocDate=20211231"),
				src("docslib.org: CPC (Cap. 68, 2012 rev. ed.), Act 15 of 2010, commencement 2011-01-02", "https://docslib.org/doc/1013108/criminal-procedure-code-chapter-68"),
				src("laws.sg: Criminal Justice Reform Bill 2018 cl. 5 replacing CPC s.20(1)", "https://laws.sg/legislation/bill-2018-14/clause-5"),
				src("Hogan Lovells (2013-06-25): online news licence from 2013-06-01, removal within 24 hours", "https://www.hoganlovells.com/en/blogs/data-protection-blog/singapore-announces-new-licence-for-online-news-sites"),
				src("Straits Times: Broadcasting (Class Licence) amendment gazetted, removal within 24 hours", "http://www.straitstimes.com/singapore/licensing-scheme-changes-to-legislation-gazetted"),
				src("SBR: MDA licence clarifies existing Class Licence and Internet Code requirements", "https://qa.sbr.com.sg/media-marketing/news/singapore-news-sites-required-get-individual-licences-mda"),
				src("The Online Citizen (2011-01-12): Broadcasting (Class Licence) Notification [15th July 1996]", "https://www.theonlinecitizen.com/2011/01/12/")},
		},
	}
}
