package jurisdiction

// MEA government-access profiles, researched 2026-12-07: the United Arab
// Emirates, Bahrain, Egypt, Israel, Oman, Qatar, Serbia and South Africa.
// Sources are statute texts, court judgments, Privacy International,
// Freedom House (Freedom on the Net), the GNI/Telecommunications Industry
// Dialogue country legal frameworks and law-firm notes found in stored
// copies of public pages. Where the in-force day of a provision could not be
// found, the Basis says what the From date is instead (an issue, adoption or
// publication date, or the date of a source documenting the rule), so that
// the answer is reported unknown, not wrongly dated, before it.
func profilesMEA() []AccessProfile {
	inferred := " (inference from the absence of any such mechanism in the sources, unverified)"
	leastProtective := "; answered with the least protective value, as an unknown answer is treated (unverified)"
	reviewed := mustDate("2026-12-07")
	return []AccessProfile{
		{
			Jurisdiction: mustCode("AE"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true,
				Basis: "monitoring and recording of calls and correspondence only with the approval of the Attorney General, the head of " +
					"the Public Prosecution, not a judge (Attorney General's statement); police obtain messages from Etisalat and du " +
					"without a court order under licence clauses (Al Tamimi in The National); Telecom Decree-Law 3/2003 Art. 72 bis 2 " +
					"punishes interception without permission of the 'competent judicial authorities'. From: date of the latest " +
					"amending Decree-Law 23/2020 (2020-09-27); its in-force day unverified",
				Period: Period{From: mustDate("2020-09-27")}},
			Transparency: ProfileAnswer{Answer: No, Verified: false,
				Basis:  "no notice to subjects or statistics on interception found" + inferred,
				Period: Period{From: mustDate("2020-09-27")}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Etisalat and du licences oblige them to monitor communications when any competent authority asks (Al Tamimi " +
					"in The National); TDRA Internet Access Management policy obliges ISPs to block on TDRA request. From as for " +
					"JudicialAuthorisation (Telecom Decree-Law 3/2003 as amended by Decree-Law 23/2020)",
				Period: Period{From: mustDate("2020-09-27")}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: false,
				Basis: "Decree-Law 34/2021 (in force 2022-01-02) Art. 53 punishes whoever stores, makes available or publishes illegal " +
					"content and fails to remove or block it within the period set by orders issued under the Decree-Law; whether " +
					"those orders need a court is unverified",
				Period: Period{From: mustDate("2022-01-02")}},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "TDRA Internet Access Management Regulatory Policy: ISPs must block prohibited content categories on TDRA " +
					"request, no court (883 sites blocked in Q1 2022); Decree-Law 34/2021 Art. 53 fines (AED 300,000 to 10 million) " +
					"for not removing or blocking illegal content as ordered",
				Period: Period{From: mustDate("2022-01-02")}},
			Sources: []Source{
				src("Pledge Times: UAE Attorney General - monitoring of calls and correspondence only with his approval", "https://pledgetimes.com/attorney-general-state-institutions-are-committed-to-protecting-the-rights-of-every-citizen-resident-and-visitor/"),
				src("The National: police only have to ask for phone messages, no court order (Al Tamimi)", "https://www.thenational.ae/uae/police-only-have-to-ask-for-phone-messages-1.426786"),
				src("Security MEA: Telecom Decree-Law 3/2003 Art. 72 bis 2, interception without judicial permission", "https://securitymea.com/2021/09/02/uae-public-prosecution-outlines-penalty-for-phone-tapping/"),
				src("UAE Legislation: Federal Decree-Law 3/2003 regulating telecommunications, last amended 2020-09-27", "https://uaelegislation.gov.ae/en/legislations/1132"),
				src("TDRA: internet guidelines, ISPs obliged to block prohibited content categories", "https://tdra.gov.ae/en/About/tdra-sectors/information-and-digital-government/policy-and-programs-department/internet-guidelines"),
				src("Khaleej Times (2022-10-19): IAM policy, Etisalat and du block on TDRA request", "https://khaleejtimes.com/crime/uae-17-categories-of-online-content-websites-that-are-blocked-in-the-emirates?amp=1"),
				src("Gulf News: Decree-Law 34/2021 in force 2022-01-02, Art. 53", "https://d310ufpvo66zxo.cloudfront.net/gulfnews/living-in-uae/ask-us/new-uae-cybercrimes-law-do-you-know-what-can-land-you-in-trouble-1.1652280765797")},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("BH"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "Code of Criminal Procedure (Decree 46/2002): interception needs a Lower Court judge's permission (30 days); " +
					"Law 58/2006 on Protecting Society from Terrorist Acts (signed 2006-08-12): the Attorney General orders " +
					"surveillance of communications for 60 days, a High Court order only to extend; security organs also have " +
					"network access under Telecom Law Art. 78 (Privacy International)",
				Period: Period{From: mustDate("2006-08-12")}},
			Transparency: ProfileAnswer{Answer: No, Verified: false,
				Basis:  "no notice to subjects or public statistics found" + inferred,
				Period: Period{From: mustDate("2006-08-12")}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Telecommunications Law (Decree 48/2002) Art. 78: licensees must provide at their expense the equipment giving " +
					"security organs access to the network; TRA Lawful Access Regulation (Resolution 8/2009, Nov 2009); 2Connect's " +
					"licence revoked for not giving security agencies an access tool (FOTN 2016). From: publication of FOTN 2016 " +
					"(2016-11-14); the regulation's in-force day unverified",
				Period: Period{From: mustDate("2016-11-14")}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: false,
				Basis: "no power over stored private content found either way; blocking is executive and security organs have " +
					"direct network access (Art. 78)" + leastProtective,
				Period: Period{From: mustDate("2016-11-14")}},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Ministry of Information order of 2009-01-14 to ISPs to block sites it bans, unblocking only on the minister's " +
					"instruction; the Information Affairs Authority blocks sites under the Press Decree-Law 47/2002, no court",
				Period: Period{From: mustDate("2009-01-14")}},
			Sources: []Source{
				src("Privacy International: Bahrain - constitutional and statutory provisions (CCP 46/2002, Law 58/2006)", "https://www.privacyinternational.org/reports/surveillance-briefing-bahrain/constitutional-and-statutory-provisions"),
				src("Privacy International: Bahrain - the Lawful Access Regulation (Telecom Law Art. 78)", "https://www.privacyinternational.org/reports/surveillance-briefing-bahrain/the-lawful-access-regulation"),
				src("US Embassy Manama cable 06MANAMA1507: Law 58/2006 signed 2006-08-12", "https://wikileaks.jcvignoli.com/cable_06MANAMA1507/"),
				src("Freedom on the Net 2016 - Bahrain: 2Connect licence revoked", "https://www.ecoi.net/en/document/1354596.html"),
				src("IFEX/BCHR (2009-01-15): ministerial order of 2009-01-14 to block websites", "https://www.ifex.org/bahrain/2009/01/15/minister_calls_for_ban_on_websites/"),
				src("BCHR (2010-09-18): IAA blocking under Decree-Law 47/2002", "http://www.bahrainrights.org/en/node/3366")},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("EG"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true,
				Basis: "Constitution 2014 Art. 57 requires a causal judicial order, but CCP Art. 95 warrants come from a prosecutor or " +
					"investigative judge, or by direct order of authorised armed-forces or security officers; Telecom Law 10/2003 " +
					"Art. 64 makes networks serve the armed forces and national security agencies (GNI legal framework). From: the " +
					"2014 Constitution (2014-01-18, day not checked); the new Criminal Procedure Law (draft Art. 79) unverified",
				Period: Period{From: mustDate("2014-01-18")}},
			Transparency: ProfileAnswer{Answer: No, Verified: false,
				Basis:  "no notice to subjects or public statistics found" + inferred,
				Period: Period{From: mustDate("2018-08-15")}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Telecom Law 10/2003 Arts 64 and 67: networks must enable the armed forces and national security agencies, " +
					"which may take over all services on national-security grounds; Anti-Cybercrime Law 175/2018 Art. 2: providers " +
					"keep user data 180 days for the authorities (in force 2018-08-15 per Mondaq; gazetted 2018-08-14, published " +
					"2018-08-19 per the Library of Congress)",
				Period: Period{From: mustDate("2018-08-15")}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: false,
				Basis: "Law 175/2018 Art. 7 lets the investigating authority block 'content' on websites; no power over stored private " +
					"content found either way" + leastProtective,
				Period: Period{From: mustDate("2018-08-15")}},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Press and Media Regulation Law 180/2018: the Supreme Council for Media Regulation blocks websites and personal " +
					"accounts with 5,000+ followers for 'false news'; its regulations published 2019-03-18 apply without a court " +
					"order (Haaretz); Law 175/2018 Art. 7 blocking by the investigating authority",
				Period: Period{From: mustDate("2019-03-18")},
				Earlier: []ProfileAnswer{{Answer: Yes, Verified: true,
					Basis: "Law 175/2018 Art. 7: the investigating authority orders websites or content blocked and refers the order to " +
						"a court within 24 h, which decides within 72 h; in urgent cases the NTRA has ISPs block at once",
					Period: Period{From: mustDate("2018-08-15"), Until: mustDate("2019-03-18")}}}},
			Sources: []Source{
				src("CYRILLA (GNI country legal framework): Egypt - CCP Art. 95, Telecom Law Arts 64 and 67", "https://cyrilla.org/es/entity/tp1z3a3uu8"),
				src("AFTE: Telecommunications Regulatory Law Art. 67 and the cybercrime bill Art. 7", "https://afteegypt.org/en/research-en/monitoring-reports-en/2018/07/02/15445-afteegypt.html/2"),
				src("Library of Congress (2018-10-05): Law 175/2018, Arts 2, 7 and 8", "https://www.loc.gov/law/foreign-news/article/egypt-president-ratifies-anti-cybercrime-law/"),
				src("Mondaq: Law 175/2018 in force 2018-08-15", "http://webiis06.mondaq.com/security/820028/the-new-egyptian-anti-cybercrime-law-regulates-legal-responsibility-for-web-pages-and-their-content"),
				src("Masaar: press and media regulation law, SCMR blocking", "https://masaar.net/timeline/issuing-the-press-and-media-regulation-law/"),
				src("Haaretz (2019-03-19): SCMR may block sites and accounts without a court order", "https://www.haaretz.com/middle-east-news/egypt/2019-03-19/ty-article/egypt-can-now-block-websites-social-media-accounts-deemed-a-threat/0000017f-e824-d62c-a1ff-fc7fd98a0000"),
				src("Ahram Online: draft Criminal Procedure Law Art. 79", "https://english.ahram.org.eg/News/538425.aspx")},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("IL"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "Secret Monitoring (Wiretap) Law 5739-1979: criminal interception on a permit of a District Court president; " +
					"security interception on written permission of the Prime Minister or Defence Minister; communications data also " +
					"by administrative order of senior officers (Communications Data Law 2007 s.4, in force 2008-06-27, upheld in " +
					"HCJ 3809/08 ACRI v Israel Police, 2012-05-28)",
				Period: Period{From: mustDate("2008-06-27")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "police and other agencies report wiretap numbers annually to the Knesset Constitution Committee; the number of " +
					"Prime Minister's Shin Bet permits stays secret (Jerusalem District Court rejected ACRI's FOI petition); no notice " +
					"to subjects found (negative finding, unverified). From: Communications Data Law in force (2008-06-27)",
				Period: Period{From: mustDate("2008-06-27")}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "General Security Service Law 2002 s.11: the Prime Minister may by covert rules require telecom licensees to " +
					"transfer communications data to the ISA database on an ongoing basis, no court (ACRI; the 'Tool' revealed in " +
					"2020). From: date of ACRI's appeal to the Attorney General (2021-06-07); s.11's in-force day unverified",
				Period: Period{From: mustDate("2021-06-07")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis: "no executive power to alter or delete stored private content found; the 2024 foreign-broadcaster law reaches " +
					"published channels only" + inferred,
				Period: Period{From: mustDate("2024-04-01")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "Law to Prevent a Foreign Broadcasting Body from Harming State Security (Temporary Provision), passed " +
					"2024-04-01: the Communications Minister, on the Prime Minister's finding, orders a foreign channel's website " +
					"blocked; a District Court president reviews within 24 h/3 days, after the fact; made stricter Nov 2024 and " +
					"extended (the7eye); its continuance after 2025 unverified; no other administrative blocking power found",
				Period: Period{From: mustDate("2024-04-01")}},
			Sources: []Source{
				src("Privacy International: Israel - surveillance policy (Secret Monitoring Law, reports to the Knesset)", "https://www.privacyinternational.org/reports/israel/ii-surveillance-policy"),
				src("Law Library of Congress: Israel - government access to encrypted communications", "http://loc.gov/law/help/encrypted-communications/israel.php"),
				src("Versa (Cardozo): HCJ 3809/08 ACRI v Israel Police, 2012-05-28; Communications Data Act in force 2008-06-27", "http://versa.cardozo.yu.edu/opinions/association-civil-rights-israel-v-israel-police"),
				src("Jerusalem Post: court lets Shin Bet and PMO keep wiretap numbers classified", "https://www.jpost.com/national-news/jerusalem-judge-shin-bet-prime-ministers-office-can-keep-wiretapping-classified-352769"),
				src("ACRI (2021-06-07): ISA database under GSS Law s.11", "https://english.acri.org.il/post/multiple-flaws-in-the-israel-security-agency-s-database-regulation-and-oversight-required"),
				src("Pledge Times (2024-04-01): Al Jazeera law passed, website blocking, court review", "https://pledgetimes.com/israel-shuts-down-al-jazeera-stop-hamas-news/"),
				src("The Seventh Eye: extension of the foreign broadcasting law", "https://www.the7eye.org.il/550564")},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("OM"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true,
				Basis: "Penal Procedure Law (RD 97/99) Art. 90: tapping and recording only with the permission of the Public " +
					"Prosecutor, not a judge; Internal Security Service Law (RD 4/2020) Art. 8 lets the ISS access devices and " +
					"private data with no oversight (OCHR). From: Personal Data Protection Law (RD 6/2022, in force 2023-02-09, one year from issuance), " +
					"which exempts national-security processing and crime detection on written request of investigation authorities",
				Period: Period{From: mustDate("2023-02-09")}},
			Transparency: ProfileAnswer{Answer: No, Verified: false,
				Basis: "no notice to subjects or statistics found; ISS Law Art. 5 makes all information on the ISS a state secret " +
					"(OCHR)" + inferred,
				Period: Period{From: mustDate("2023-02-09")}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: false,
				Basis: "ISS Law Art. 8 surveillance powers without oversight (OCHR) and the PDPL security exemptions; no statutory " +
					"operator duty was read directly" + leastProtective,
				Period: Period{From: mustDate("2023-02-09")}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: false,
				Basis:  "no power over stored private content found either way" + leastProtective,
				Period: Period{From: mustDate("2023-02-09")}},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "TRA-directed filtering by ISPs with no published criteria or appeal, and blocking of individual sites by " +
					"decision of the authorities (OpenNet 2009; riyadh.om); Clubhouse blocked in 2021 for lacking a permit. From: " +
					"OpenNet profile (2009-08-06); the legal basis (Telecommunications Regulatory Act RD 30/2002) not read",
				Period: Period{From: mustDate("2009-08-06")}},
			Sources: []Source{
				src("Curtis Oman law blog: Penal Procedure Law Art. 90, Public Prosecutor's permission", "https://omanlawblog.curtis.com/2017/08/protecting-personal-data-and-individual_7.html"),
				src("OCHR: Oman's Internal Security Service Law (RD 4/2020) Arts 5 and 8", "https://ochrdoman.org/en/internal-security-service-law-2/"),
				src("decree.om: Royal Decree 6/2022 Art. IV, in force one year from issuance on 2022-02-09", "https://decree.om/2022/rd20220006"),
				src("decree.om toolkit: PDPL entry into force 2023-02-09", "https://decree.om/?p=33337"),
				src("Addleshaw Goddard: PDPL exclusions (national security, crime detection)", "https://www.addleshawgoddard.com/en/insights/insights-briefings/2022/data-protection/oman-data-protection-law-2022/"),
				src("OpenNet Initiative (2009-08-06): Oman filtering profile", "https://opennet.net/Research/Profiles/Oman"),
				src("riyadh.om: censorship in Oman, blocking by decisions of the authorities", "https://riyadh.om/2012/censorship-and-enemies-of-the-internet/"),
				src("EUI Digital Trade Integration database: Oman content blocking (Clubhouse 2021)", "https://dti.eui.eu/database/page/51")},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("QA"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: false,
				Basis: "Telecommunications Law (Decree-Law 34/2006) Art. 59: providers must meet the requirements of the security " +
					"authorities, and the law does not apply to the Ministry of Interior or security bodies; By-Law 1/2009 Art. 93 " +
					"preserves their access 'in accordance with the applicable laws'; the interception rules of the Criminal " +
					"Procedure Code (Law 23/2004) were not read. From: Cybercrime Prevention Law 14/2014, which amended the " +
					"Telecom Law (in force 2014-11-02 per QatarActu; 'immediate effect' per other reports)",
				Period: Period{From: mustDate("2014-11-02")}},
			Transparency: ProfileAnswer{Answer: No, Verified: false,
				Basis:  "no notice to subjects or statistics found" + inferred,
				Period: Period{From: mustDate("2014-11-02")}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Telecommunications Law Art. 59: service providers must comply with the requirements of the state's security " +
					"authorities and implement orders on network functionality; Telecom By-Law Art. 93 (GNI/Telecommunications " +
					"Industry Dialogue, Vodafone/Hogan Lovells)",
				Period: Period{From: mustDate("2014-11-02")}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: false,
				Basis:  "no power over stored private content found either way" + leastProtective,
				Period: Period{From: mustDate("2014-11-02")}},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "the state filters sites (pornography, political criticism of Gulf states, religion, circumvention tools) " +
					"through the state-owned ISP's proxy without a court (US State Department via OpenNet); the legal basis is " +
					"unverified",
				Period: Period{From: mustDate("2014-11-02")}},
			Sources: []Source{
				src("GNI country legal frameworks: Qatar - Telecom Law Art. 59, By-Law Arts 91 and 93", "https://clfr.globalnetworkinitiative.org/country/qatar/"),
				src("Telecommunications Industry Dialogue: Qatar lawful interception", "http://www.telecomindustrydialogue.org/resources/qatar/"),
				src("Hukoomi: Telecommunications Law does not apply to the Ministry of Interior or security bodies", "https://hukoomi.gov.qa/en/law/telecommunications-law"),
				src("QatarActu: Cybercrime Prevention Law 14/2014 in force 2014-11-02, amends the Telecom Law", "https://qataractu.com/new-law-about-cybercrimes-in-qatar-be-aware-on-facebook-5231.html"),
				src("OpenNet Initiative: Internet filtering in Qatar", "https://kipdf.com/internet-filtering-in-qatar_5ac999681723dddf6d43fb96.html")},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("RS"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Constitution Art. 41: secrecy of communications may be derogated only by a court decision; CPC Art. 167: the " +
					"preliminary-proceedings judge orders covert interception, executed by police, BIA or VBA; Constitutional Court " +
					"(2013-12-26) annulled BIA Law Arts 13-15, amended 2014-06-29 (adoption; in-force day unverified). In practice " +
					"agencies have accessed metadata without court orders (Commissioner and Ombudsman 2012; FOTN)",
				Period: Period{From: mustDate("2014-06-29")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "operators and authorities must record requests for retained data and send the records to the data-protection " +
					"Commissioner (Law on Electronic Communications, government answer to the UN Special Rapporteur 2016-11-02); " +
					"no notice to subjects found (negative finding, unverified); the 2023 Electronic Communications Law not read",
				Period: Period{From: mustDate("2016-11-02")}},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false,
				Basis: "operators must cooperate in executing court-ordered measures (CPC Art. 167) and give retained data on a court " +
					"decision; no duty towards the BIA without a court found; the Commissioner found direct access without " +
					"authorisation in 2012" + inferred,
				Period: Period{From: mustDate("2014-06-29")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis: "no regulation lets authorities require providers to restrict access (government answer of 2016-11-02); no " +
					"power over stored private content found" + inferred,
				Period: Period{From: mustDate("2016-11-02")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Games of Chance Administration (Ministry of Finance) instructs operators to block unlicensed foreign " +
					"gambling sites under the Law on Games of Chance (OG 18/2020, applied from 2020-04-11; blocking article not " +
					"read), reported late 2020 (FOTN 2021); other content only by court order (Constitution Art. 50)",
				Period: Period{From: mustDate("2020-04-11")},
				Earlier: []ProfileAnswer{{Answer: No, Verified: false,
					Basis: "government answer to the UN Special Rapporteur (2016-11-02): no regulation permits authorities to require " +
						"ISPs to restrict access to websites; the Gaming Board's 2012 blocking demands lacked a clear legal basis",
					Period: Period{From: mustDate("2016-11-02"), Until: mustDate("2020-04-11")}}}},
			Sources: []Source{
				src("Belgrade Centre for Human Rights: Constitutional Court on Law on Electronic Communications Arts 128-129 and Constitution Art. 41", "https://bgcentar.org.rs/bgcentar/eng-lat/unconstitutional-provisions-law-electronic-communications"),
				src("Columbia Global Freedom of Expression: Constitutional Court, BIA Law Arts 13-15 (2013-12-26)", "https://globalfreedomofexpression.columbia.edu/cases/serbian-law-on-information-security-agency-articles-13-14-and-15-2014/"),
				src("InfoBalkans (2014-06-30): parliament amends BIA Law", "https://infobalkans.com/2014/06/30/serbia-limits-security-services-eavesdropping"),
				src("Monitoring Matrix: CPC Arts 166-167, interception by judge's order", "https://monitoringmatrix.net/serbia-report/area-1-sub-areas/standard-1-2-3-access-to-information/"),
				src("Serbian government answers to the UN Special Rapporteur (2016-11-02)", "https://docslib.org/office-for-human-and-minority-rights"),
				src("Commissioner for Information: warrantless access to retained data found (2012)", "https://xn--b1agamkqdhm.xn--90a3ac/en/мултимедиа/in-the-media/1397-bezbednosne-sluzbe-sa-novim-rukovodstvom-spremne-da-rese-problem-sa-neovlascenim-prisluskivanjem.html"),
				src("Freedom on the Net 2021 - Serbia: gambling-site blocking under the Gambling Law", "https://www.ecoi.net/de/dokument/2060933.html"),
				src("Games of Chance Administration: Law on Games of Chance OG 18/2020, applied from 2020-04-11", "https://uis.gov.rs/en/uprava")},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("ZA"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "RICA (Act 70 of 2002) ss.16-19: interception and archived-data directions for police and intelligence alike " +
					"come from a designated judge; AmaBhungane v Minister of Justice [2021] ZACC 3 (2021-02-04) held RICA invalid for " +
					"not ensuring the designated judge's independence (appointed and renewed by the executive) and bulk " +
					"interception by the National Communications Centre unlawful for want of any law; the RICA Amendment Bill was " +
					"referred back by the President on 2024-11-21, later enactment unverified",
				Period: Period{From: mustDate("2021-02-04")}},
			Transparency: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "AmaBhungane [2021] ZACC 3 (2021-02-04) confirmed the invalidity of RICA for lack of post-surveillance notice " +
					"and read in interim notice: the subject is notified in writing within 90 days of a direction's expiry, " +
					"postponable by the designated judge (High Court text, adopted with one qualification not re-checked); status " +
					"after the 36-month suspension and the unsigned Amendment Bill unverified",
				Period: Period{From: mustDate("2021-02-04")},
				Earlier: []ProfileAnswer{{Answer: No, Verified: true,
					Basis: "RICA made no provision for a subject of surveillance ever to be notified (AmaBhungane, High Court 2019-09-16 " +
						"and Constitutional Court 2021-02-04)",
					Period: Period{Until: mustDate("2021-02-04")}}}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "RICA s.30: electronic communications providers must provide interceptable services and store " +
					"communication-related information under ministerial directives, but each interception needs a designated " +
					"judge's direction; bulk interception without a court declared unlawful on 2021-02-04 (s.30 text not read)",
				Period: Period{From: mustDate("2021-02-04")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis: "no executive power to alter or delete stored private content found; the Films and Publications Amendment Act " +
					"reaches distributed content only" + inferred,
				Period: Period{From: mustDate("2022-03-01")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "Films and Publications Amendment Act 11 of 2019 (in force 2022-03-01): ISPs must remove prohibited content " +
					"(child sexual abuse material, propaganda for war, incitement, hate speech) and the Film and Publication Board " +
					"may, after investigating a complaint, compel ISPs (Regulations 2022 reg. 31(3)); that FPB take-down notices need " +
					"no court is not confirmed; Cybercrimes Act orders come from courts",
				Period: Period{From: mustDate("2022-03-01")}},
			Sources: []Source{
				src("Politicsweb: AmaBhungane v Minister of Justice, ConCourt media summary (2021-02-04)", "https://www.politicsweb.co.za/documents/rica-amabhungane-vs-the-state-concourt-judgment"),
				src("GilesFiles: AmaBhungane [2021] ZACC 3, bulk surveillance unlawful", "https://www.gilesfiles.co.za/privacy-rights-confirmed/"),
				src("vLex: AmaBhungane, High Court 2020 (1) SACR 139 (GP), 2019-09-16", "https://za.vlex.com/vid/amabhungane-centre-for-investigative-851038868"),
				src("MISA data: High Court interim reading-in, notice within 90 days", "https://data.misa.org/en/entity/ga3syfmk31m?page=24"),
				src("ICT Policy Africa: RICA text", "https://ictpolicyafrica.org/en/document/9mgx1y1zanr?page=29"),
				src("EIN Presswire/The Presidency (2024-11-21): RICA Amendment Bill referred back", "https://www.einpresswire.com/article/762579244/president-cyril-ramaphosa-refers-rica-amendment-bill-to-national-assembly"),
				src("ENSafrica: Films and Publications Amendment Act in force 2022-03-01", "https://www.ensafrica.com/news/detail/5375/amendments-to-the-films-and-publications-act-"),
				src("Acts Online: Films and Publications Regulations 2022 reg. 31", "http://www.acts.co.za/films-and-publications-act-1996/r2436_31__complaints_by_any_pe.php")},
			Reviewed: reviewed,
		},
	}
}
