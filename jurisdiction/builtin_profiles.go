package jurisdiction

// Government-access profiles. Each answer names the provisions it rests on
// and whether it was confirmed against the cited sources.

func builtinProfiles() []AccessProfile {
	from := func(d string) Period { return Period{From: mustDate(d)} }
	span := func(f, u string) Period { return Period{From: mustDate(f), Until: mustDate(u)} }
	return []AccessProfile{
		{
			Jurisdiction: mustCode("CN"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true, Period: from("2023-07-01"),
				Basis: "CPL 2018 Art. 150-151 (technical investigation approved inside public security or the procuratorate); NIL Art. 15; " +
					"CEL 2023 Art. 25-26 (approval of a city-level state-security head); DSL Art. 35 ('strict approval procedures', internal)",
				Earlier: []ProfileAnswer{{Answer: No, Verified: true, Period: span("2018-10-26", "2023-07-01"),
					Basis: "CPL 2018 Art. 150-151 (technical investigation approved inside public security or the procuratorate); NIL 2017 " +
						"Art. 15 and CEL 2014 Art. 12 (technical reconnaissance 'after strict approval procedures', internal); no court step"},
					{Answer: No, Verified: true, Period: span("2013-01-01", "2018-10-26"),
						Basis: "CPL as amended 2012-03-14 (in force 2013-01-01) Art. 148-149: public security and the procuratorate may " +
							"take technical investigation measures 'after strict approval procedures', decided inside the investigating " +
							"organ, valid three months and renewable; no court step; from 2014-11-01 also CEL 2014 Art. 12 and from " +
							"2017-06-28 NIL Art. 15 (technical reconnaissance 'after strict approval procedures', internal)"},
					{Answer: No, Verified: true, Period: span("1995-02-28", "2013-01-01"),
						Basis: "People's Police Law 1995 Art. 16 (Presidential Order No. 40, in force on promulgation 1995-02-28, Art. 52): " +
							"public security organs may take technical reconnaissance measures 'after strict approval procedures' under state " +
							"rules, with no court step; the State Security Law 1993 gave state security organs a like power (Art. 10, whose " +
							"text was not seen, unverified); the 2012 CPL was the first to regulate the measures (secondary sources)"}}},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: from("2018-10-26"),
				Basis: "CPL 2018 Art. 152 and NIL Art. 7 oblige those who assist to keep it secret; no provision for notice to the " +
					"subject and no official statistics were found (a negative finding, unverified)",
				Earlier: []ProfileAnswer{
					{Answer: No, Verified: false, Period: span("2013-01-01", "2018-10-26"),
						Basis: "CPL 2012 (in force 2013-01-01) Art. 150: investigators keep what they learn secret and units and individuals " +
							"must cooperate with technical investigation and keep it confidential (article number from the 2018 text's " +
							"Art. 152, renumbered by two; unverified); NIL Art. 7 from 2017-06-28; no notice to the subject and no official " +
							"statistics found (a negative finding, unverified)"},
					{Answer: No, Verified: false, Period: span("1995-02-28", "2013-01-01"),
						Basis: "People's Police Law 1995 Art. 16 and the State Security Law 1993 allowed technical reconnaissance on internal " +
							"approval only; no statute regulated its procedure, notice to the subject or reporting, and scholars describe " +
							"the approval as wholly closed to outside oversight (a negative finding, unverified)"}}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2023-07-01"),
				Basis: "NIL Art. 7, 14 (CN-NIL-7); CSL Art. 28 (CN-CSL-28); CEL 2023 Art. 8, 41 (CN-CEL-2023); NSL Art. 77 (CN-NSL-77); DSL Art. 35 (CN-DSL-35)",
				Earlier: []ProfileAnswer{{Answer: Yes, Verified: true, Period: span("2017-06-28", "2023-07-01"),
					Basis: "NSL 2015 Art. 77 (CN-NSL-77); CSL Art. 28 (from 2017-06-01); NIL Art. 7, 14 (from 2017-06-28); Counter-Terrorism " +
						"Law 2015 Art. 18: telecom operators and internet service providers must give public and state security organs " +
						"technical interfaces and decryption support (text from a secondary source; in-force date 2016-01-01 unverified); " +
						"DSL Art. 35 from 2021-09-01"},
					{Answer: Yes, Verified: true, Period: span("2014-11-01", "2017-06-28"),
						Basis: "CEL 2014 Art. 20 (citizens and organisations must provide convenience or other assistance to counter-espionage " +
							"work) and Art. 22 (must supply information truthfully, not refuse; Art. 29: up to 15 days' detention), in force " +
							"on promulgation 2014-11-01 (Art. 40); NSL 2015 Art. 77 from 2015-07-01; Counter-Terrorism Law 2015 Art. 18 " +
							"(technical interfaces and decryption support; in-force date 2016-01-01 unverified); CSL Art. 28 from 2017-06-01; " +
							"no judicial step in any"},
					{Answer: Yes, Verified: true, Period: span("1993-02-22", "2014-11-01"),
						Basis: "State Security Law 1993 (in force 1993-02-22, repealed by CEL 2014 Art. 40) Art. 16: citizens and " +
							"organisations shall provide convenience or other assistance for state security work; from 1995-02-28 also " +
							"People's Police Law Art. 34 (citizens and organisations shall support and assist the police); no judicial step"}}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2023-07-01"),
				Basis: "CSL 2016 Art. 47, 48 and 50 (2025 text Art. 49-52) reach information users 'publish or transmit', not only " +
					"publish: operators must stop transmission and delete ('消除') it, providers of electronic-message services must " +
					"stop service and delete, and the CAC and other departments may require it, with no court step; CEL 2023 Art. 25: " +
					"state security may inspect electronic equipment, programs and tools on a city-level head's approval, order " +
					"rectification and seal or seize them; Art. 36 lets it order transmission stopped in an emergency",
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: span("2017-06-01", "2023-07-01"),
						Basis: "CSL 2016 Art. 47, 48, 50: stop transmission and delete information prohibited from being published or " +
							"transmitted, on the demand of the CAC or other departments, no court; CEL 2014 Art. 13: state security may " +
							"inspect electronic communication tools, order rectification and seal or seize them"},
					{Answer: Yes, Verified: true, Period: span("2014-11-01", "2017-06-01"),
						Basis: "CEL 2014 Art. 13 (in force on promulgation, Art. 40): state security may inspect the electronic " +
							"communication tools of organisations and individuals, order rectification and, if refused, seal or seize them, " +
							"without a court"},
					{Answer: Yes, Verified: true, Period: span("2012-12-28", "2014-11-01"),
						Basis: "NPC Standing Committee Decision on Strengthening Network Information Protection (in force on promulgation " +
							"2012-12-28) Art. 5: network service providers must stop transmission of information that law prohibits " +
							"'publishing or transmitting', delete it ('消除') and report; Art. 10: competent departments take technical and " +
							"other necessary measures and providers must cooperate and give technical support; no court step; telecom " +
							"content may be inspected by public security, state security or the procuratorate (Telecommunications " +
							"Regulations, 2016 text Art. 65)"}}},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: from("2017-06-01"),
				Basis: "CSL 2016 Art. 47 and 50 (2025 text Art. 49 and 52): operators must stop transmission and delete prohibited " +
					"information and the CAC and other departments may require it, and information from abroad is blocked by technical " +
					"measures, with no court step; CSL 2016 Art. 58 (2025 Art. 60): network communications may be restricted in a region " +
					"with State Council approval; from 2023-07-01 also CEL 2023 Art. 36 (close websites, remove apps)",
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: span("2012-12-28", "2017-06-01"),
						Basis: "NPC Standing Committee Decision on Strengthening Network Information Protection (in force 2012-12-28) Art. 5, " +
							"10: providers must stop transmission of prohibited information, delete it and report, and competent " +
							"departments take technical and other necessary measures; Measures for the Administration of Internet " +
							"Information Services (State Council Order 292, 2000) Art. 15, 16, 20: listed content barred, transmission " +
							"stopped, and the licensing or filing authority may order a site suspended or closed; no court step"},
					{Answer: Yes, Verified: false, Period: span("2000-09-25", "2012-12-28"),
						Basis: "Measures for the Administration of Internet Information Services (State Council Order 292, in force on " +
							"promulgation 2000-09-25, Art. 27) Art. 15, 16, 20, 23: providers must not disseminate listed content and must " +
							"stop its transmission and report, and the licensing or filing authority may order a site suspended or closed, " +
							"without a court; Telecommunications Regulations (2000) on prohibited content and stopping transmission (2016 text " +
							"Art. 56, 61); read in the 2011 revised text of the Measures, the 2000 wording not seen (unverified)"}}},
			Sources: []Source{
				lrb("诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md"), nilText, cel2014, cel2023, cslText, dslText, nslText,
				src("chinadataregulation.com: amended CSL Art. 49, 51, 52, 60", "https://chinadataregulation.com/laws/csl/"),
				src("Global Times: MSS procedures for electronic-device inspection (2024-05-28)", "https://www.globaltimes.cn/page/202405/1313148.shtml"),
				src("chinascope.org: no judicial warrant for state-security inspection", "https://chinascope.org/archives/35025"),
				src("LawRefBook/Laws: 行政法/人民警察法.md (primary text, 2012 revision; Art. 16, 34, 52)",
					"https://github.com/LawRefBook/Laws/blob/3cd6e86b80f0fac5478dc34216c80e8c0a82b9f0/行政法/人民警察法.md"),
				src("fzdyzx.org.cn: People's Police Law promulgated by Order No. 40 and in force 1995-02-28", "http://fzdyzx.org.cn/show-196144.html"),
				src("shkps.cn: CPL 2012 Art. 148 (technical investigation after strict approval), in force 2013-01-01; earlier in the State Security and People's Police Laws",
					"http://www.shkps.cn/changshi/752116.html"),
				src("nj64.com: CPL 2012 Art. 148-149 (scope; approval decision valid three months, renewable)", "http://25.nj64.com/open.asp?id=16141"),
				src("flwt.12364.com: CPL technical-investigation confidentiality and cooperation duty (2018 Art. 152)", "http://flwt.12364.com/flwt/1db2f6b5b579fc95.html"),
				src("law.newdu.com: Sun Yuhua, technical-investigation approval historically closed and internal", "http://law.newdu.com/c/20230724/3340.html"),
				src("yz-z.com: State Security Law 1993 Art. 11, 16 (English)", "http://www.yz-z.com/news/d256436.html"),
				src("china.org.cn mirror: State Security Law 1993, effective 1993-02-22", "http://www.jhzsvip.com/china/military/2007-07/27/content_1218754.htm"),
				src("Xinhua mirror: NPCSC Decision on Strengthening Network Information Protection (2012-12-28), Art. 5", "http://www.syxj.com.cn/hqzx/2012-12/28/content_16067217.htm"),
				src("jxxfw.com: the 2012 Decision took effect on promulgation", "https://jxxfw.com/periodical/67742ae9109cbcd7d82661eb9692484f.html"),
				lrb("行政法规/互联网信息服务管理办法(2011-01-08).md"), telText,
			},
			Notes: "The 2025 CSL amendment (in force 2026-01-01) renumbers Art. 47, 50 and 58 as Art. 49, 52 and 60; the answers " +
				"do not change with it.",
		},
		{
			Jurisdiction: mustCode("US"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2008-07-10"),
				Basis: "content requires a judicial warrant (18 U.S.C. 2703(a), US-SCA-2703) and FISA Title I orders need probable cause; " +
					"but FISA 702 is approved by the FISC programme by programme, not per target (US-FISA-702), and National Security " +
					"Letters issue without a court (US-SCA-2709)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2015-06-02"),
				Basis: "ODNI Annual Statistical Transparency Report (50 U.S.C. 1873(b)); providers may publish banded counts " +
					"(50 U.S.C. 1874, bands of 1000 or 500), both from the USA FREEDOM Act of 2015 (signing date 2015-06-02 not re-checked); " +
					"delayed notice up to 90 days (18 U.S.C. 2705(a)); 702 targets get no notice",
				Earlier: []ProfileAnswer{
					{Answer: Partly, Verified: true, Period: span("2014-01-27", "2015-06-02"),
						Basis: "the Deputy Attorney General's letter of 2014-01-27, filed with the FISC in Misc. 13-03 to 13-07, let " +
							"providers publish aggregate numbers of FISA orders and NSLs in bands (a settlement, not a statute); the " +
							"annual Wiretap Report (18 U.S.C. 2519(3)) and the Attorney General's annual FISA report to Congress (50 " +
							"U.S.C. 1807); delayed notice (18 U.S.C. 2705(a)); FISA targets get no notice"},
					{Answer: Partly, Verified: true, Period: span("1986-10-21", "2014-01-27"),
						Basis: "public statistics only: the annual Wiretap Report to Congress (18 U.S.C. 2519(3), Title III of 1968 as " +
							"amended by ECPA 1986) and the Attorney General's annual count of FISA applications and orders (50 U.S.C. " +
							"1807); delayed notice for stored content (18 U.S.C. 2705(a), ECPA; date as elsewhere in this profile, not " +
							"re-checked); providers could not publish FISA numbers until 2014 and FISA targets get no notice"}}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2008-07-10"),
				Basis: "providers must assist under FISA 702 directives approved programmatically (US-FISA-702) and answer NSLs " +
					"(US-SCA-2709); there is no general duty on citizens to assist intelligence services"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("1986-10-21"),
				Basis: "no power to alter or delete stored private content without a court was found: the SCA reaches stored content " +
					"only by compelled disclosure on a warrant (18 U.S.C. 2703(a), US-SCA-2703) and seizure needs a judicial warrant " +
					"(negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: true, Period: from("2024-05-30"),
				Basis: "no general administrative takedown power: removal runs through judicial seizure warrants (18 U.S.C. 981, 2323); " +
					"coercing intermediaries to suppress speech is unconstitutional (NRA v. Vullo, 602 U.S. 175, 2024-05-30)",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2008-10-13", "2024-05-30"),
					Basis: "domain and content seizures by judicial seizure warrant (18 U.S.C. 981; 18 U.S.C. 2323, PRO-IP Act, date " +
						"2008-10-13 unverified), e.g. the ICE domain seizures of 2010-2012; no administrative takedown power found (unverified)"}}},
			Sources: []Source{
				src("United States v. Microsoft Corp., 584 U.S. ___ (2018) (warrant for content)", "https://supreme.justia.com/cases/federal/us/584/17-2/"),
				src("Lawfare: ODNI 2016 transparency report (FISA Titles I/III, 703/704 probable cause)", "https://www.lawfaremedia.org"),
				src("50 U.S.C. 1874, public reporting by persons subject to orders", "https://law.lawstack.com/laws/50-usc_s_1874_public-reporting-by-persons-subject-to-orders"),
				src("legalclarity.org: Section 702 approval is not per target", "https://legalclarity.org"),
				src("NRA v. Vullo, 602 U.S. 175 (2024)", "https://supreme.justia.com/cases/federal/us/2023/22-842/"),
				src("ACLU: ICE domain-name seizures by judicial seizure warrant (2012-06-20)", "http://www.aclu.org/blog/free-speech-national-security-technology-and-liberty/ice-domain-name-seizures-threaten-due"),
				src("FISC Misc. 13-03 to 13-07: government notice of 2014-01-27 with the Deputy Attorney General's letter", "http://s3.documentcloud.org/documents/1009831/misc-13-03-04-05-06-07-notice-140127.txt"),
				src("uscourts.gov: Wiretap Report FAQ, 18 U.S.C. 2519(3)", "https://uscourts.gov/data-news/reports/statistical-reports/wiretap-reports/faqs-wiretap-reports"),
				src("50 U.S.C. 1807, annual FISA report to Congress", "http://51.38.98.74/music/24334-united-states-congress/166535-electronic-surveillance-1807-report-to-congress-lyrics.html"),
			},
		},
		{
			Jurisdiction: mustCode("IE"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2023-06-26"),
				Basis: "retained communications data and production orders need a District Court judge (Communications (Retention " +
					"of Data) (Amendment) Act 2022 s.6A, 6C, commenced 2023-06-26 by S.I. 287/2023; Criminal Justice Act 2011 s.15); " +
					"interception is authorised by the Minister for Justice by warrant (Interception of Postal Packets and " +
					"Telecommunications Messages (Regulation) Act 1993 s.2)",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("2011-08-09", "2023-06-26"),
					Basis: "criminal access to documents and information held by others on a District Court judge's order (Criminal " +
						"Justice Act 2011 s.15, commenced 2011-08-09 by S.I. 411/2011); interception for crime and state security " +
						"authorised by the Minister for Justice, not a judge (1993 Act s.2); retained data was disclosed on a Garda " +
						"officer's request without a court until the 2022 Act"}}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2025-04-02"),
				Basis: "oversight reports to the Taoiseach (designated judge until 2025-04-02, then the Independent Examiner of " +
					"Security Legislation, Policing, Security and Community Safety Act 2024 s.274) and a Complaints Referee (1993 Act s.9); " +
					"no notice to the subject",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true, Period: span("1993-06-06", "2025-04-02"),
					Basis: "a High Court judge designated under the 1993 Act s.8 keeps the Act under review and reports to the " +
						"Taoiseach at intervals of not more than twelve months, the reports being laid before each House; Complaints " +
						"Referee (s.9); no notice to the subject; the 1993 Act's date as for compelled assistance (unverified)"}}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: from("1993-06-06"),
				Basis: "operators must carry out interceptions on ministerial directions (Postal and Telecommunications Services " +
					"Act 1983 s.110; 1993 Act s.3), authorised by the executive rather than a judge; the 1993 Act's date (1993-06-06) " +
					"is from a secondary listing, unverified"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: from("2023-06-26"),
				Basis: "no executive power to alter, delete or block stored private data was found; access to stored data runs " +
					"through District Court preservation and production orders (2022 Act) (negative finding, unverified)",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2011-08-09", "2023-06-26"),
					Basis: "no executive power to alter, delete or block stored private data was found; the 1993 Act authorises " +
						"interception only, and stored material is reached by a District Court judge's production order (Criminal " +
						"Justice Act 2011 s.15, from 2011-08-09) (negative finding, unverified)"}}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: from("2023-05-31"),
				Basis: "the Garda Commissioner may order hosting providers to remove terrorist content within one hour without a " +
					"court (Regulation (EU) 2021/784, designation of 2023-05-31, S.I. 375/2025); no general power otherwise",
				Earlier: []ProfileAnswer{{Answer: No, Verified: false, Period: span("2012-02-29", "2023-05-31"),
					Basis: "no administrative removal or blocking power was found: website blocking ran through High Court " +
						"injunctions on rights holders' applications (copyright regulations signed 2012-02-29; EMI v UPC, The Pirate " +
						"Bay blocked by injunction in 2013), and the Department of Justice's 2010 blocking plans had no legal basis " +
						"(negative finding, unverified)"}}},
			Sources: []Source{
				src("Interception of Postal Packets and Telecommunications Messages (Regulation) Act 1993, s.2", "https://www.irishstatutebook.ie/1993/en/act/pub/0010/sec0002.html"),
				src("Communications (Retention of Data) (Amendment) Act 2022 (No. 25 of 2022)", "https://www.irishstatutebook.ie/eli/2022/act/25/enacted/en/print.html"),
				src("Irish Legal News: 2022 Act commenced from 2023-06-26", "https://irishlegal.com/articles/data-retention-law-to-be-brought-into-effect"),
				src("legalize.dev: 1993 Act No. 10, publication 1993-06-06", "https://legalize.dev/ie/law/IE-1993-act-10"),
				src("Criminal Justice Act 2011, s.15", "https://ie.vlex.com/vid/748189889"),
				src("Policing, Security and Community Safety Act 2024, s.274", "http://www.irishstatutebook.ie/2024/en/act/pub/0001/sec0274.html"),
				src("S.I. No. 375/2025 (terrorist content removal orders)", "http://89.185.148.47/2025/en/si/0375.html"),
				src("Irish Statute Book: 1993 Act s.8, review by a designated High Court judge", "https://www.irishstatutebook.ie/eli/1993/act/10/section/8/enacted/en/html"),
				src("Dáil written answers 1998-03-24: designated judge's reports laid before each House", "https://www.oireachtas.ie/en/debates/debate/dail/1998-03-24/272/"),
				src("Law Reform Commission: Criminal Justice Act 2011 commencement, ss.15-22 from 2011-08-09 (S.I. 411/2011)", "http://cefni-relay.virtual.tibus.net/eli/isbc/2011_22.html"),
				src("McGarr Solicitors: internet blocking in Ireland by court injunction; copyright S.I. signed 2012-02-29", "https://www.mcgarrsolicitors.ie/2013/06/14/internet-blocking-in-ireland-some-quotes/"),
				src("EDRi (2010-04-21): Department of Justice blocking plans without legal basis", "https://edri.org/our-work/edrigramnumber8-8internet-blocking-ireland-plans/"),
			},
		},
	}
}
