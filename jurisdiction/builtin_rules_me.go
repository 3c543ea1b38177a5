package jurisdiction

// Middle East and North Africa rules, researched 2026-12-07: the United
// Arab Emirates, Bahrain, Egypt, Israel and Oman, with a survey of Qatar.
// Each entry cites the pages its citation and dates were read from and
// says in its notes what could not be confirmed. Saudi Arabia's PDPL
// Art. 29 stays in builtin_world.go; nothing was added for it here: the
// NCA Cloud Cybersecurity Controls and the CST cloud framework were found
// only in vendor summaries giving no in-force day and no binding
// localization article.

// Sources shared by several entries.
var (
	aePDPL = []Source{
		src("uaepdpl.com: Federal Decree-Law 45/2021 Art. 22 (cross-border transfer where a proper protection level is available; cases approved by the Data Office)", "https://uaepdpl.com/article-22"),
		src("uaepdpl.com: Federal Decree-Law 45/2021 Art. 23 (transfer where no proper protection level is available: contract binding the recipient company, express consent, and other cases)", "https://uaepdpl.com/?p=342"),
		src("DataGuidance: UAE Federal - Decree-Law 45/2021 in force 2022-01-02; Executive Regulations not yet released; excludes free zones with their own law (DIFC, ADGM), health and credit data under sectoral law",
			"https://www.dataguidance.com/jurisdiction/uae-federal-0"),
		src("Digital Policy Alert: Decree-Law 45/2021 entered into force 2022-01-02; transfers to Bureau-approved jurisdictions or, absent adequacy, contractual safeguards, explicit consent, legal claims or public interest",
			"https://digitalpolicyalert.org/event/39181-federal-decree-by-law-no-45-of-2021-concerning-the-protection-of-personal-data-enters-into-force"),
		src("DLA Piper: Transfer in UAE - Dubai (DIFC), DIFC Data Protection Law No. 5 of 2020 Arts 26-27", "https://www.dlapiperdataprotection.com/index.html?t=transfer&c=AE2"),
		src("ADGM Data Protection Regulations 2021 Part V (ss.40-41, transfers outside ADGM)", "https://adgmen.thomsonreuters.com/entiresection/23384"),
	}
	aeHealth = []Source{
		src("Al Tamimi (2021-06-29): ICT Health Law Art. 13 - health data may not be stored, processed, generated or transferred outside the UAE unless permitted by a health authority resolution in coordination with MOHAP; Resolution 51/2021 issued 2021-04-28, effective 2021-05-16 (Gazette No. 702)",
			"https://www.tamimi.com/news/health-data-transfers-outside-the-uae/"),
		src("Lex Arabiae (Meyer-Reumann): Federal Law No. 2 of 2019 published in the Federal Gazette on 2019-02-14, in force three months from publication; applies in the free zones",
			"http://lexarabiae.meyer-reumann.com/issues/2019-2/vol-xxiii-issue-2-apr-2019-articles/uae-federal-law-no-2-of-2019-to-protect-health-data/"),
		src("Mondaq 792644: provisions come into force three months after gazetting", "http://webiis06.mondaq.com/x/792644/Healthcare/UAE+Legal+Update+Regulatory+Alert+2+Healthcare+Data+Privacy"),
		src("Baker McKenzie: Ministerial Resolution 51/2021 sets ten exceptions to Art. 13", "https://insightplus.bakermckenzie.com/bm/data-technology/united-arab-emirates-health-data-law-permitted-transfers-of-health-data"),
		src("CMS: Art. 13 extends to storage and processing; some exceptions still require a copy retained in the UAE", "https://www.cms-lawnow.com/ealerts/2021/06/uae-health-data-new-data-transfer-permissions"),
		src("Emirates Health Services: Federal Law No. (2) of 2019 text, Art. 2 (applies in the State including Free Zones)", "https://www.ehs.gov.ae/app_content/legislations/php-law-en-77/files/basic-html/page3.html"),
	}

	bhPDPL = []Source{
		src("EUI Digital Trade Integration: Bahrain Law 30/2018 Art. 12 prohibits transfer unless to a country with sufficient protection; Art. 13 Authority permission, consent, contract; Order 42/2022 list of 83 countries incl. UAE, Saudi Arabia, Oman, Jordan, Kuwait, Egypt, India, all EU countries, UK and USA",
			"https://dti.eui.eu/database/page/369/"),
		src("DataGuidance: Bahrain - Law 30/2018 in force 2019-08-01; the ten orders of March 2022 in force 2022-03-18", "https://www.dataguidance.com/jurisdiction/bahrain"),
		src("Zu'bi & Partners: PDPL published 2018-07-19, in force 2019-08-01", "https://zubipartners.com/2020/03/09/bahrains-new-data-protection-law/"),
		src("Al Tamimi Law Update 351: Decision No. 42 of 2022 'white-list' of 83 countries; BCRs recognised", "https://turtl.tamimi.com/story/law-update-issue-351-africa/page/15"),
		src("Bahrain Business Laws: Legislative Decree No. 56 of 2018 in respect of Providing Cloud Computing Services to Foreign Parties (text)", "https://bahrainbusinesslaws.com/laws/Law-of-Providing-Cloud-Computing-Services-to-Foreign-Parties"),
	}

	egPDPL = []Source{
		src("DLA Piper: Transfer in Egypt - Art. 14 prohibits transfer unless the country's protection is not below the Law's and a licence or permit from the Centre is obtained; Art. 15 exceptions with the data subject's consent",
			"https://www.dlapiperdataprotection.com/index.html?t=transfer&c=EG"),
		src("Azzam law firm: Law 151/2020 issued 2020-07-15, in force three months after publication, 'effective on 15 October 2020'", "http://azzam-lawfirm.com/getlastonenews/73"),
		src("US trade.gov: Egypt Data Protection - law effective 2020-10-15", "https://www.trade.gov/market-intelligence/egypt-data-protection"),
		src("Eldib: Law 151/2020 published 2020-07-15, in force 2020-10-14", "https://eldib.com/news/egypt-new-data-protection-law-number-151-for-the-year-2020/"),
		src("Library of Congress Global Legal Monitor (2020-10-29): Law 151/2020 entered into force 2020-10-17; Art. 7 (of the issuing law) sets 90 days after publication in the Official Gazette on 2020-07-15",
			"https://www.loc.gov/item/global-legal-monitor/2020-10-29/egypt-countrys-first-law-on-protection-of-personal-data-enters-into-force/"),
		src("PL&B news: the Law becomes effective as of 2020-10-14", "https://www.privacylaws.com/news/egypt-adopts-a-data-protection-law/"),
		src("Youm7 (2020-08-02): Law 151/2020 bans transfer, storage or sharing of personal data with a foreign country unless its protection is not below the Law's and with a licence or permit from the Centre",
			"https://youm7.com/story/2020/8/2/بأمر-القانون-حظر-نقل-البيانات-الشخصية-عبر-الحدود-إلا-بتصريح/4907618"),
		src("Al Tamimi (2026-01-20): Executive Regulations, Ministerial Decree 816/2025 of 2025-11-01, in force the day after publication; cross-border transfers regulated",
			"https://www.tamimi.com/news/from-policy-to-practice-egypt-issues-executive-regulations-of-the-personal-data-protection-law"),
		src("Al Arab Today: Law 151/2020 published in the Official Gazette, issue No. 28 bis (H), of 2020-07-15",
			"https://www.arabstoday.net/196/074510-عقوبات-تصل-ل-200-ألف-جنيه-لتداول-المعلومات-دون-موافقة-صاحبها-في"),
		src("MPL Academy: Law 151/2020 issued in July 2020, in force since 2020-10-14", "https://mpl-academy.com/Blogs/Details/e4ed82d1-0d14-47e1-8c3e-c80e29a94078"),
	}

	ilTransfer = []Source{
		src("DLA Piper: Transfer in Israel - Privacy Protection (Transfer of Data to Databases Abroad) Regulations 5761-2001: adequate law, or one of the listed conditions",
			"https://dlapiperdataprotection.com/?c=IL&t=transfer"),
		src("Pearl Cohen (2026-04-27): Regulation 1 prohibits transfer to a country without equivalent protection; Regulation 2(4) exception by agreement; PPA position paper",
			"https://www.pearlcohen.com/?p=18188"),
		src("Herzog Fox & Neeman (2022-01-13): Regulation 3 written undertaking and onward-transfer bar; PPA opinion of 2022-01-04",
			"https://herzoglaw.co.il/en/news-and-insights/clients-update-regulation-3-to-transfer-regulations"),
		src("Afik & Co: the regulations apply to registered and unregistered databases alike; Regulation 2(4) contractual undertaking", "https://www.afiklaw.com/articles/a465"),
		src("Hilan: Hebrew text of the Privacy Protection (Transfer of Data to Databases Abroad) Regulations, 5761-2001, Regs 1 (no transfer unless the destination's law gives protection not lower than Israeli law, five principles) and 2 (conditions)",
			"https://www.hilan.co.il/%D7%9E%D7%A8%D7%9B%D7%96-%D7%99%D7%93%D7%A2/%D7%97%D7%A7%D7%99%D7%A7%D7%94/%D7%93%D7%99%D7%A0%D7%99-%D7%9E%D7%97%D7%A9%D7%91%D7%99%D7%9D-%D7%95%D7%9E%D7%99%D7%93%D7%A2/%D7%97%D7%95%D7%A7-%D7%94%D7%92%D7%A0%D7%AA-%D7%94%D7%A4%D7%A8%D7%98%D7%99%D7%95%D7%AA/%D7%AA%D7%A7%D7%A0%D7%95%D7%AA-%D7%94%D7%92%D7%A0%D7%AA-%D7%94%D7%A4%D7%A8%D7%98%D7%99%D7%95%D7%AA-%D7%94%D7%A2%D7%91%D7%A8%D7%AA-%D7%9E%D7%99%D7%93%D7%A2-%D7%90%D7%9C-%D7%9E%D7%90%D7%92%D7%A8%D7%99-%D7%9E%D7%99%D7%93%D7%A2-%D7%A9%D7%9E%D7%97%D7%95%D7%A5-%D7%9C%D7%92%D7%91%D7%95%D7%9C%D7%95%D7%AA-%D7%94%D7%9E%D7%93%D7%99%D7%A0%D7%94-%D7%94%D7%AA%D7%A9%D7%A1%D7%90-2001/"),
	}

	omPDPL = []Source{
		src("decree.om: Royal Decree 6/2022 promulgating the Personal Data Protection Law, issued 2022-02-09, Official Gazette 1429 of 2022-02-13; Art. IV: in force one year from issuance",
			"https://decree.om/2022/rd20220006"),
		src("SAS Law: PDPL in force one year after publication in the Official Gazette, i.e. 2023-02-13 (differs); Chapter 4 is Arts 13-23", "https://www.saslo.com/latest/oman-personal-data-protection-law"),
		src("decree.om toolkit: Royal Decree 6/2022 issued 2022-02-09, entry into force 2023-02-09", "https://decree.om/?p=33337"),
		src("Atheer via Mohamoon Oman (2023-07-15): the PDPL completed on 9 February a year from its issuance and entered into force",
			"https://mohamoon-om.com/Default.aspx?ID=12689&action=DisplayNews"),
		src("Lexis Middle East (2022-02-11, after Times of Oman): RD 6/2022 in force 365 days after publication (differs)",
			"https://www.lexis.ae/2022/02/11/oman-personal-data-protection-law-approved/"),
		src("Dentons (2022-07-06): the PDPL comes into force on 2023-02-13 (differs)", "https://www.dentons.com/es/insights/articles/2022/july/6/new-oman-personal-data-protection-law"),
		src("BSA: PDPL in force from 2023-02-13, one year after publication in the Official Gazette (differs)", "https://www.bsalaw.com/insight/data-protection-in-oman-an-enhanced-framework/"),
		src("Addleshaw Goddard: DP Law issued 2022-02-09, in effect 2023-02-13 (differs)", "https://www.addleshawgoddard.com/en/insights/insights-briefings/2022/data-protection/oman-data-protection-law-2022/"),
		src("Al Tamimi: the PDPL entered into force on 2023-02-13, a year after its publication in Official Gazette 1429 of 2022-02-13 (differs)",
			"https://tamimi.com/news/new-omani-personal-data-protection-law-comes-into-force"),
		src("Hosn: PDPL Art. 23 transfer 'in accordance with the controls and procedures determined by the regulation'; Executive Regulation Arts 37 (consent), 38 (protection not less than Oman's), 39 (impact assessment)",
			"https://hosn.om/blog/omani-pdpl-cross-border-ai-data.html"),
		src("SAS Law: Executive Regulation, Ministerial Decision 34/2024 of 2024-01-28, Official Gazette 1531 of 2024-02-04; compliance within one year",
			"https://www.saslo.com/latest/guidance-on-the-executive-regulation-of-the-personal-data-protection-law-in-oman"),
		src("DataGuidance (Al Tamimi): the Regulation is effective from the day after its publication in Official Gazette 1531 of 2024-02-04",
			"https://platform.dataguidance.com/opinion/oman-executive-regulations-pdpl-overview"),
	}
)

const (
	aePDPLLaw = "Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data"
	bhPDPLLaw = "Law No. 30 of 2018 with Respect to Personal Data Protection"
	egPDPLLaw = "Law No. 151 of 2020 on the Protection of Personal Data"
	ilRegs    = "Privacy Protection (Transfer of Data to Databases Abroad) Regulations, 5761-2001"
	omPDPLLaw = "Personal Data Protection Law, promulgated by Royal Decree 6/2022"
	omRegs    = "Executive Regulation of the Personal Data Protection Law, Ministerial Decision 34/2024"
)

func rulesME() []Rule {
	ae, bh, eg, il, om := mustCode("AE"), mustCode("BH"), mustCode("EG"), mustCode("IL"), mustCode("OM")
	return []Rule{
		{
			ID: "AE-PDPL-22", Jurisdiction: ae, Kind: TransferRestriction,
			Title: "Personal data may leave the UAE only to a country whose legislation gives proper protection (Art. 22, cases approved " +
				"by the Data Office) or in the cases of Art. 23 (contract binding the recipient, express consent, and others)",
			Citation:  Citation{Law: aePDPLLaw, Short: "PDPL", Article: "Arts 22-23"},
			Effective: mustDate("2022-01-02"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   aePDPL,
			Verified:  true,
			Notes: "In force 2022-01-02, but the Executive Regulations were still unpublished when the sources were read, and " +
				"controllers have six months from their publication to comply; no list of approved countries exists. The law does not " +
				"apply to government data, to health data and banking and credit data governed by their own legislation (see " +
				"AE-ICTHEALTH-13), nor in free zones with their own data protection law: the DIFC (Data Protection Law No. 5 of 2020, " +
				"Arts 26-27: adequacy, appropriate safeguards such as DIFC standard clauses or BCRs, derogations) and the ADGM (Data " +
				"Protection Regulations 2021, Part V) - not encoded, as the catalog has no codes for the free zones (AE-DU is the " +
				"emirate of Dubai, not the DIFC). The scope cannot exclude those classes or zones: datasets under them should not be " +
				"assessed against this rule.",
		},
		{
			ID: "AE-ICTHEALTH-13", Jurisdiction: ae, Kind: Localization,
			BarsDisclosure: true,
			Title: "Health data and information relating to health services provided in the UAE may not be stored, processed, " +
				"generated or transferred outside the UAE except in cases set by a health authority decision in coordination with MOHAP",
			Citation: Citation{Law: "Federal Law No. 2 of 2019 on the Use of Information and Communication Technology in Health Fields",
				Short: "ICT Health Law", Article: "Art. 13"},
			Effective: mustDate("2019-05-14"),
			Scope:     Scope{Classes: classes(HealthData), Basis: SubjectsIn},
			Sources:   aeHealth,
			Verified:  true,
			Notes: "In force three months after publication in the Federal Gazette on 2019-02-14 (Lex Arabiae; Mondaq 792644 also " +
				"gives three months from gazetting), hence 2019-05-14; one Mondaq alert (803038) says 2019-05-06, three months from " +
				"the issue date 2019-02-06. Applies in the free zones too (Art. 2). Read as covering health data of services " +
				"provided to persons in the UAE (SubjectsIn). Exceptions: Ministerial Resolution 51/2021 (ae-mohap-mr51-exception).",
		},
		{
			ID: "BH-PDPL-12", Jurisdiction: bh, Kind: TransferRestriction,
			Title: "Personal data may be transferred out of Bahrain only to a country or region with sufficient protection, " +
				"listed by the Authority, or under Art. 13 (Authority permission, consent, contract and other cases)",
			Citation:  Citation{Law: bhPDPLLaw, Short: "PDPL", Article: "Arts 12-13"},
			Effective: mustDate("2019-08-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   bhPDPL,
			Verified:  true,
			Notes: "Unauthorised transfer abroad is a criminal offence (fines BHD 1,000-20,000, up to a year's imprisonment). " +
				"Legislative Decree 56/2018 (cloud computing services to foreign parties, the 'data embassy' law) was found but its " +
				"operative sections were not read; as reported it subjects a foreign customer's content in Bahraini data centres to " +
				"the customer's own law for access by Bahraini authorities - a limit on Bahraini territorial reach the model cannot " +
				"express; not encoded.",
		},
		{
			ID: "EG-PDPL-14", Jurisdiction: eg, Kind: TransferRestriction,
			Title: "Personal data may not be transferred to a foreign country unless it protects personal data at a level not below " +
				"the Law's and a licence or permit is obtained from the Personal Data Protection Centre; Art. 15 exceptions with consent",
			Citation:  Citation{Law: egPDPLLaw, Short: "PDPL", Article: "Arts 14-15"},
			Effective: mustDate("2020-10-15"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   egPDPL,
			Verified:  false,
			Notes: "Unverified: the in-force day. The law was published in the Official Gazette on 2020-07-15 and takes effect about " +
				"three months later, but the sources disagree on the day: 2020-10-15 (trade.gov, Azzam), 2020-10-14 (Eldib, PL&B), " +
				"2020-10-17 (Library of Congress, reading the issuing article as 90 days after publication); the Arabic text of " +
				"the issuing law's commencement article was not found, so 2020-10-15 is kept. Arts 14-15 themselves match DLA " +
				"Piper's summary and the press reports of the Law (Youm7). The licence procedure needed the Executive Regulations, " +
				"which came only with Ministerial Decree 816/2025 (2025-11-01, in force the day after publication, exact day not " +
				"read), and the Law gives one year from the Regulations to comply. A third pass confirmed the publication (Official " +
				"Gazette No. 28 bis (H) of 2020-07-15, Al Arab Today; MPL Academy gives 2020-10-14 as the in-force day) but again found " +
				"no copy of the issuing law's commencement article; since that article sets its own delay, the Constitution's default " +
				"rule cannot settle the day. The Central Bank and entities it supervises are " +
				"outside the Law (except money transfer and exchange companies). A fourth pass searched repositories and Arabic pages for " +
				"the issuing law's publication-and-commencement article (e.g. 'يعمل به بعد ثلاثة أشهر') and found it in none. " +
				"A sixth pass searched repositories for the Law's Arabic title and number (151 of 2020) and found only privacy policies.",
		},
		{
			ID: "IL-TRANSFER-REGS-1", Jurisdiction: il, Kind: TransferRestriction,
			Title: "Personal data may not be transferred from a database in Israel abroad unless the destination's law gives " +
				"protection not lower than Israeli law's, or one of the conditions of Regulation 2 applies",
			Citation:  Citation{Law: ilRegs, Short: "Transfer Regulations", Article: "Regs 1-3"},
			Effective: mustDate("2001-01-01"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   ilTransfer,
			Verified:  false,
			Notes: "Unverified: the in-force day only. The text of Regs 1-2 was read (Hilan, Hebrew) and matches the title; but " +
				"only the year of the Regulations is known (5761-2001, the Hebrew year running from autumn 2000 to autumn 2001): " +
				"their publication in Kovetz Takanot and any commencement provision were not found, so 2001-01-01 stands for it. " +
				"Regulation 3 also requires the recipient's written undertaking to secure the data and not to pass it on " +
				"(the PPA read onward transfer as lawful with the exporter's consent, 2022). Applies to registered and unregistered " +
				"databases alike. A third pass looked for the Kovetz Takanot publication again and did not find it. A fourth pass searched " +
				"Hebrew and English pages and repositories again: they give only the year (one seed file's 2001-01-01 is a placeholder, not " +
				"a source), so the day stays unconfirmed. A seventh pass searched Hebrew Wikisource (the Open Law Book, whose pages give " +
				"the Kovetz Takanot reference) and repositories for these Regulations: it found the Wikisource page of another privacy " +
				"regulation but not this one, and repository hits were privacy policies citing the title.",
		},
		{
			ID: "IL-CDL-2007-4", Jurisdiction: il, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Police and other authorised bodies may obtain communications data from telecom licensees by court order, " +
				"and also by administrative order of senior officers",
			Citation: Citation{Law: "Criminal Procedure (Enforcement Powers - Communications Data) Law, 5768-2007",
				Short: "Communications Data Law", Article: "s.4"},
			Effective: mustDate("2008-06-27"),
			Sources: []Source{
				src("Versa (Cardozo): HCJ 3809/08 ACRI v Israel Police (2012-05-28), Communications Data Law in force 2008-06-27, administrative orders upheld",
					"http://versa.cardozo.yu.edu/opinions/association-civil-rights-israel-v-israel-police"),
				src("Law Library of Congress: Israel - government access to encrypted communications", "http://loc.gov/law/help/encrypted-communications/israel.php"),
				src("Privacy International: Israel - surveillance policy", "https://www.privacyinternational.org/reports/israel/ii-surveillance-policy"),
			},
			Verified: true,
			Notes: "Communications data (traffic and location), not content: content interception is under the Secret Monitoring " +
				"(Wiretap) Law 5739-1979 (District Court president; security interception on the Prime Minister's or Defence " +
				"Minister's permission), not encoded separately. Reaches data held by licensees in Israel.",
		},
		{
			ID: "OM-PDPL-23", Jurisdiction: om, Kind: TransferRestriction,
			Title: "Personal data may be transferred outside Oman only under the controls and procedures of the Executive " +
				"Regulation, and not where it was processed unlawfully or the transfer would harm the data subject",
			Citation:  Citation{Law: omPDPLLaw, Short: "PDPL", Article: "Art. 23"},
			Effective: mustDate("2023-02-09"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredIn},
			Sources:   omPDPL,
			Verified:  false,
			Notes: "Unverified: the wording of Art. 23, read only in a secondary summary (Hosn); SAS places Art. 23 last in " +
				"Chapter 4 (controller and processor obligations, Arts 13-23). The in-force day is settled as 2023-02-09: Art. IV " +
				"of Royal Decree 6/2022 (decree.om's translation of the decree) brings it into force 'after the lapse of one year " +
				"from the date of its issuance', and it was issued on 2022-02-09 (published in Official Gazette 1429 on " +
				"2022-02-13); decree.om's toolkit gives 2023-02-09 and the Omani outlet Atheer reports the law took effect when " +
				"it completed a year on 9 February. Law firms (SAS, Addleshaw Goddard, BSA, Dentons) and Lexis count from " +
				"publication and give 2023-02-13, as does Al Tamimi (in force 2023-02-13, a year after publication in OG 1429); the " +
				"Arabic text of Art. IV, which would settle whether the year runs from issuance or from publication, was not read " +
				"(a third pass searched for it and for the Arabic of Art. 23 and found neither). The Ministry may suspend transfers " +
				"(Art. 8). The Executive Regulation (effective 2024-02-05) set the transfer controls; compliance was due by 2025-02-05. A fourth " +
				"pass searched repositories and pages for the Arabic of Art. IV and of Art. 23 again and found neither. " +
				"A fifth pass searched again (Arabic phrases of Art. IV and of Art. 23, 'خارج حدود السلطنة') and found neither text. " +
				"A seventh pass looked for Omani law repositories (find_repos 'qanoon'; find_string on the Arabic title and on English wording " +
				"of the decree.om translation) and found none holding the Law; the decree.om pages again showed only their openings.",
		},
	}
}

func mechanismsME() []Mechanism {
	ae, bh, eg, il, om := mustCode("AE"), mustCode("BH"), mustCode("EG"), mustCode("IL"), mustCode("OM")
	aeArt23 := Citation{Law: aePDPLLaw, Short: "PDPL", Article: "Art. 23(1)"}
	bhArt13 := Citation{Law: bhPDPLLaw, Short: "PDPL", Article: "Art. 13"}
	ilReg2 := Citation{Law: ilRegs, Short: "Transfer Regulations", Article: "Reg. 2"}
	ilNote := "Starts with IL-TRANSFER-REGS-1, whose day is unverified."
	return []Mechanism{
		{
			ID: "ae-pdpl-22-proper-protection", Jurisdiction: ae,
			Name:      "Destination with personal data protection legislation giving proper protection, in a case approved by the Data Office",
			Citation:  Citation{Law: aePDPLLaw, Short: "PDPL", Article: "Art. 22"},
			Effective: mustDate("2022-01-02"), Satisfies: []string{"AE-PDPL-22"}, Sources: aePDPL, Verified: true,
			Notes: "No approved list has been published, so the mechanism is not automatic: a flow relying on it asserts the approval.",
		},
		{
			ID: "ae-pdpl-23-contract", Jurisdiction: ae,
			Name:      "Contract or agreement binding the recipient company to apply the Decree-Law's protections",
			Citation:  aeArt23,
			Effective: mustDate("2022-01-02"), Satisfies: []string{"AE-PDPL-22"}, Sources: aePDPL, Verified: true,
			Notes: "Art. 23(1)(a) for companies in countries without a data protection law; its conditions were to be detailed by the Executive Regulations.",
		},
		{
			ID: "ae-pdpl-23-consent", Jurisdiction: ae,
			Name:      "Express consent of the data subject to a transfer not conflicting with public or security interests",
			Citation:  aeArt23,
			Effective: mustDate("2022-01-02"), Satisfies: []string{"AE-PDPL-22"}, Sources: aePDPL, Verified: true,
		},
		{
			ID: "ae-mohap-mr51-exception", Jurisdiction: ae,
			Name: "A case permitted by Ministerial Resolution 51/2021 (treatment abroad, samples, research, pharmacovigilance, online " +
				"health services, insurance, national interest, personal health devices, patient request), under its conditions",
			Citation: Citation{Law: "Ministry of Health and Prevention Resolution No. 51 of 2021", Short: "MR 51/2021",
				Article: "exceptions to ICT Health Law Art. 13 (article numbers not read)"},
			Effective: mustDate("2021-05-16"), Satisfies: []string{"AE-ICTHEALTH-13"}, Sources: aeHealth, Verified: true,
			Notes: "Most exceptions need patient consent and encoding of the data, some an emirate health authority's approval, and " +
				"some a copy kept in the UAE; the model cannot check the conditions. Like every localization mechanism it lifts the " +
				"rule for copies abroad; data held only abroad still breaks it.",
		},
		{
			ID: "bh-pdpl-order42-listed", Jurisdiction: bh, Automatic: true,
			Name: "Destination on the Authority's list of countries with adequate protection (Order 42/2022)",
			Citation: Citation{Law: bhPDPLLaw, Short: "PDPL", Article: "Art. 12",
				Version: "list of Order No. 42 of 2022 regarding the transfer of personal data outside the Kingdom"},
			Effective:    mustDate("2022-03-18"),
			Satisfies:    []string{"BH-PDPL-12"},
			Destinations: codes("EU", "GB", "US", "AE", "SA", "OM", "JO", "KW", "EG", "IN"),
			Sources:      bhPDPL,
			Verified:     true,
			Notes: "The list has 83 countries; only those the sources name are encoded (all EU member states, the UK, the US, the " +
				"UAE, Saudi Arabia, Oman, Jordan, Kuwait, Egypt, India). A transfer to another listed country should rely on it " +
				"explicitly once the list is checked.",
		},
		{
			ID: "bh-pdpl-13-authority-permission", Jurisdiction: bh,
			Name:      "Permission of the Authority, case by case, for a transfer to an unlisted country",
			Citation:  bhArt13,
			Effective: mustDate("2019-08-01"), Satisfies: []string{"BH-PDPL-12"}, Sources: bhPDPL, Verified: true,
			Notes: "Order 42/2022 sets the application form (controller, processor, data, purpose, destination's protection).",
		},
		{
			ID: "bh-pdpl-13-consent", Jurisdiction: bh,
			Name:      "Consent of the data subject to the transfer",
			Citation:  bhArt13,
			Effective: mustDate("2019-08-01"), Satisfies: []string{"BH-PDPL-12"}, Sources: bhPDPL, Verified: true,
		},
		{
			ID: "eg-pdpl-14-licence", Jurisdiction: eg,
			Name:      "Destination with protection not below the Law's, and a licence or permit from the Personal Data Protection Centre",
			Citation:  Citation{Law: egPDPLLaw, Short: "PDPL", Article: "Art. 14"},
			Effective: mustDate("2020-10-15"), Satisfies: []string{"EG-PDPL-14"}, Sources: egPDPL, Verified: false,
			Notes: "Both conditions are needed. Unverified start (as EG-PDPL-14); licences were available only after the Executive Regulations of November 2025.",
		},
		{
			ID: "eg-pdpl-15-consent", Jurisdiction: eg,
			Name: "Express consent of the data subject, in one of the Art. 15 cases (vital interests, legal claims, a contract in the " +
				"data subject's favour, judicial cooperation, public interest, money transfers, an international agreement)",
			Citation:  Citation{Law: egPDPLLaw, Short: "PDPL", Article: "Art. 15"},
			Effective: mustDate("2020-10-15"), Satisfies: []string{"EG-PDPL-14"}, Sources: egPDPL, Verified: false,
			Notes: "Unverified start (as EG-PDPL-14). The model cannot check that the case applies.",
		},
		{
			ID: "il-reg1-adequate-law", Jurisdiction: il,
			Name:      "Destination whose law ensures protection not lower than Israeli law's",
			Citation:  Citation{Law: ilRegs, Short: "Transfer Regulations", Article: "Reg. 1"},
			Effective: mustDate("2001-01-01"), Satisfies: []string{"IL-TRANSFER-REGS-1"}, Sources: ilTransfer, Verified: false,
			Notes: ilNote + " No official list: the exporter assesses the destination.",
		},
		{
			ID: "il-reg2-consent", Jurisdiction: il,
			Name: "Consent of the data subject", Citation: ilReg2,
			Effective: mustDate("2001-01-01"), Satisfies: []string{"IL-TRANSFER-REGS-1"}, Sources: ilTransfer, Verified: false,
			Notes: ilNote,
		},
		{
			ID: "il-reg2-controlled-corporation", Jurisdiction: il,
			Name:      "Transfer to a corporation controlled by the database owner that has guaranteed the protection of privacy",
			Citation:  ilReg2,
			Effective: mustDate("2001-01-01"), Satisfies: []string{"IL-TRANSFER-REGS-1"}, Sources: ilTransfer, Verified: false,
			Notes: ilNote,
		},
		{
			ID: "il-reg2-4-undertaking", Jurisdiction: il,
			Name: "Recipient bound by agreement with the database owner to comply with the conditions for holding and using " +
				"data that apply to a database in Israel, mutatis mutandis",
			Citation:  Citation{Law: ilRegs, Short: "Transfer Regulations", Article: "Reg. 2(4)"},
			Effective: mustDate("2001-01-01"), Satisfies: []string{"IL-TRANSFER-REGS-1"}, Sources: ilTransfer, Verified: false,
			Notes: ilNote + " The PPA's position paper (2026) lists the commitments the agreement must contain.",
		},
		{
			ID: "il-reg2-convention-108", Jurisdiction: il, Automatic: true,
			Name: "Destination party to the Council of Europe Convention for the Protection of Individuals with regard to " +
				"Automatic Processing of Personal Data, or receiving data from EC member states on the same terms",
			Citation:     ilReg2,
			Effective:    mustDate("2001-01-01"),
			Satisfies:    []string{"IL-TRANSFER-REGS-1"},
			Destinations: codes("EEA"),
			Sources:      ilTransfer,
			Verified:     false,
			Notes: ilNote + " Only EEA destinations are encoded; that every EEA state is a party to Convention 108 is from general " +
				"knowledge, not read in the sources. Other parties (the UK, Switzerland, and others) are not listed.",
		},
		{
			ID: "om-pdpl-er-37-consent", Jurisdiction: om,
			Name:      "Consent of the data subject to a transfer that does not prejudice national security or the higher interests of the state",
			Citation:  Citation{Law: omRegs, Short: "PDPL Executive Regulation", Article: "Art. 37"},
			Effective: mustDate("2024-02-05"), Satisfies: []string{"OM-PDPL-23"}, Sources: omPDPL, Verified: false,
			Notes: "Unverified: the article number and content were read only in a secondary summary (Hosn). Before the " +
				"Regulation (2023-02-09 to 2024-02-04) no transfer controls existed; the model then has no mechanism for the rule.",
		},
		{
			ID: "om-pdpl-er-38-equivalent-protection", Jurisdiction: om,
			Name:      "Recipient whose protection is not less than Oman's, established by the controller's transfer impact assessment",
			Citation:  Citation{Law: omRegs, Short: "PDPL Executive Regulation", Article: "Arts 38-39"},
			Effective: mustDate("2024-02-05"), Satisfies: []string{"OM-PDPL-23"}, Sources: omPDPL, Verified: false,
			Notes: "Unverified: as om-pdpl-er-37-consent. Sensitive data needs a further approval the model does not check.",
		},
	}
}

func surveysME() []Survey {
	return []Survey{
		{
			Jurisdiction: mustCode("QA"),
			Absent: []Absence{{Kind: TransferRestriction,
				Basis: "Law No. 13 of 2016 on Personal Data Privacy Protection Art. 15 runs the other way: a controller may not " +
					"take measures that block cross-border data flows unless the processing breaches the Law or would seriously " +
					"harm the data subject's privacy; no general transfer restriction"}},
			Sources: []Source{
				src("DataGuidance: Qatar - Law 13/2016; the controller should not block a cross-border data flow unless it results in violation of the Law or seriously violates privacy",
					"https://www.dataguidance.com/jurisdiction/qatar-state"),
				src("DLA Piper: Qatar law - Law 13/2016 passed 2016-11-03, effective six months later", "https://www.dlapiperdataprotection.com/index.html?t=law&c=QA"),
			},
			Verified: true,
			Notes: "Localization was not researched to a finding (the National Cloud Policy and Qatar Central Bank outsourcing rules " +
				"were not read), so no Localization absence is recorded; nor compelled access (Telecommunications Law, Decree-Law " +
				"34/2006, Art. 59 - see the QA access profile). The Qatar Financial Centre has its own data protection regulations, " +
				"not encoded.",
		},
	}
}
