package jurisdiction

// APAC government-access profiles, researched 2026-12-07: Bangladesh, Hong
// Kong SAR, Malaysia, New Zealand, the Philippines, Thailand and Taiwan. Hong
// Kong is dated: the ICSO regime (from 2006-08-09) held alone until the
// Implementation Rules for Article 43 of the National Security Law took effect
// on 2020-07-07; the Safeguarding National Security Ordinance (from
// 2024-03-23) widened what counts as an offence endangering national security.
// An answer resting on inference or a negative finding is marked unverified
// and says so.

func profilesAPAC() []AccessProfile {
	inferred := " (inference from the absence of any such mechanism in the sources found, unverified)"

	// Hong Kong dates.
	hkICSO := mustDate("2006-08-09") // ICSO commencement (HK Yearbook 2006)
	hkIR := mustDate("2020-07-07")   // Implementation Rules for Art. 43 NSL in effect
	hkSNSO := mustDate("2024-03-23") // Safeguarding National Security Ordinance
	hkIRText := "Implementation Rules for Art. 43 of the HK National Security Law (L.N. 139 of 2020, in effect 2020-07-07)"
	hkSNSOScope := "; SNSO (Ord. No. 6 of 2024, from 2024-03-23) s.7 makes 'offence endangering national security' in any " +
		"Ordinance include SNSO offences such as sedition, widening the cases the Rules reach (reading of s.7; its application " +
		"to the Rules, an instrument under the NSL, is unverified)"

	return []AccessProfile{
		{
			Jurisdiction: mustCode("BD"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true, Period: Period{From: mustDate("2006-12-31")},
				Basis: "Bangladesh Telecommunication Act 2001 s.97A (inserted by the Telecommunication (Amendment) Act 2006): for state " +
					"security or public order the Government (the Home Ministry, on the approval of its Minister or State Minister) " +
					"may empower intelligence, national-security, investigation and law-enforcement agencies to intercept, record and " +
					"collect users' communications; no judge takes part. In-force day of the 2006 amendment not found: From is the " +
					"last day of 2006 (unverified)"},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2006-12-31")},
				Basis: "s.97A has no time limit, notice or reporting; no notice to subjects or public statistics found" + inferred},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2006-12-31")},
				Basis: "Telecommunication Act 2001 s.97A: the Government may order operators to give full support to the empowered " +
					"agencies and operators are bound to comply; the NTMC provides monitoring in all operators' networks. A 2025 " +
					"draft Telecommunication Ordinance abolishing the NTMC and requiring court or council approval was published " +
					"2025-11-04; whether it was promulgated is unverified"},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2025-05-21")},
				Basis: "s.97A lets the Government order operators to bar transmissions; Cyber Security Ordinance 2025 (Ord. No. 25 of " +
					"2025, promulgated and in force 2025-05-21) s.8 lets law enforcement, through the BTRC, remove or block " +
					"information in digital media without a court; whether s.8 reaches stored, unpublished data is unverified"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2025-05-21")},
				Basis: "Cyber Security Ordinance 2025 s.8(2): the law-enforcement agency may remove or block information threatening " +
					"integrity, security or public order, through the BTRC, with no court order (NCSA statement 2025-11-17; NCSA " +
					"request to block Awami League sites, 2025-05); the 2023 Cyber Security Act and 2018 Digital Security Act had " +
					"s.8 powers too (not researched)"},
			Sources: []Source{
				src("GNI Country Legal Frameworks: Bangladesh, s.97(Ka) BTRA", "https://clfr.globalnetworkinitiative.org/country/bangladesh/"),
				src("NTMC: rules and regulations, Telecommunication Amendment 2006 s.97A", "https://ntmc.gov.bd/rules/"),
				src("bdlaws.minlaw.gov.bd: Cyber Security (Amendment) Ordinance 2025, citing Ord. No. 25 of 2025", "http://bdlaws.minlaw.gov.bd/act-details-1567.html"),
				src("myexaminer.net: Cyber Security Ordinance 2025 issued 2025-05-21", "https://myexaminer.net/Argues/view/536018948"),
				src("Bangladesh Chronicle (TBS): NCSA cites s.8(2) of the Cyber Security Ordinance 2025", "https://bangladeshchronicle.net/cyber-security-agency-urges-media-not-to-run-statements-of-convicted-fugitive-hasina/"),
				src("cafereader (Daily Star): NCSA asks BTRC to block Awami League sites", "https://cafereader.com/2025/05/14/btrc-asked-to-block-al-websites-and-social-handles"),
				src("jagonews24 (2025-11-05): draft Telecommunication Ordinance 2025 published", "https://www.jagonews24.com/national/news/1065337"),
				src("beeofbusiness: draft abolishes NTMC, lawful interception with court approval", "https://beeofbusiness.com/?p=16316"),
			},
			Notes: "The 2006 amendment's in-force day was not found; 2006-12-31 is a conservative From. Interception reform under the " +
				"2025 draft Telecommunication Ordinance may change JudicialAuthorisation and CompelledAssistance once promulgated.",
		},
		{
			Jurisdiction: mustCode("HK"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: hkSNSO},
				Basis: hkIRText + " Sch. 6: interception and Type 1 surveillance to prevent or detect offences endangering national " +
					"security or to protect national security are authorised by the Chief Executive (Part 2 Div. 1, renewal s.6), " +
					"Type 2 by police authorizing officers (s.5), no judge; other crime and public security stay under ICSO (Cap. 589) panel " +
					"judges (s.6, s.8)" + hkSNSOScope,
				Earlier: []ProfileAnswer{
					{Answer: Partly, Verified: true, Period: Period{From: hkIR, Until: hkSNSO},
						Basis: hkIRText + " Sch. 6: Chief Executive authorises interception and Type 1 surveillance for national " +
							"security, no judge; ICSO panel judges otherwise"},
					{Answer: Yes, Verified: true, Period: Period{From: hkICSO, Until: hkIR},
						Basis: "ICSO (Cap. 589, from 2006-08-09) s.6, s.8: interception and Type 1 covert surveillance, for crime and " +
							"for public security alike, need a panel judge's authorization (a CFI judge appointed on the Chief " +
							"Justice's recommendation, s.6(4)); Type 2 surveillance by executive authorization does not reach " +
							"provider-held content"},
				}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: hkIR},
				Basis: "ICSO s.49: the Commissioner on Interception of Communications and Surveillance reports annually with " +
					"statistics, tabled in LegCo; notice to subjects only where an operation lacked authorization (s.48); Sch. 6 " +
					"national-security operations are authorised by the Chief Executive outside that regime and no reporting for " +
					"them was found (negative finding)",
				Earlier: []ProfileAnswer{
					{Answer: Partly, Verified: true, Period: Period{From: hkICSO, Until: hkIR},
						Basis: "ICSO s.49 annual reports with statistics tabled in LegCo; notice only of unauthorized operations (s.48)"},
				}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: hkSNSO},
				Basis: hkIRText + ": Sch. 4 lets police, with the Secretary for Security's approval, require platform, hosting and " +
					"network service providers to remove or disable messages, non-compliance punishable by HK$100,000 and two " +
					"years; Sch. 6 s.12(g): a Chief Executive's authorization also authorizes the provision of assistance for " +
					"its execution, no judge" + hkSNSOScope,
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: Period{From: hkIR, Until: hkSNSO},
						Basis: hkIRText + " Sch. 4 (requirements on service providers) and Sch. 6 s.12(g) (assistance under Chief " +
							"Executive authorizations)"},
					{Answer: No, Verified: false, Period: Period{From: hkICSO, Until: hkIR},
						Basis: "assistance followed ICSO panel-judge authorizations; Telecommunications Ordinance s.33 was declared " +
							"unconstitutional as far as it allowed access to message contents (CFI, 2006-02-09); no executive " +
							"power to compel providers was found" + inferred},
				}},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: hkSNSO},
				Basis: hkIRText + " Sch. 4 s.1(2): a message counts as published whether or not it is published to the public, so " +
					"police removal and disabling requirements (with the Secretary for Security's approval, no court) reach " +
					"non-public messages held by platform and hosting providers" + hkSNSOScope,
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: Period{From: hkIR, Until: hkSNSO},
						Basis: hkIRText + " Sch. 4 s.1(2): removal requirements reach messages not published to the public"},
					{Answer: No, Verified: false, Period: Period{Until: hkIR},
						Basis: "no executive power to alter, remove or block stored private content was found before the " +
							"Implementation Rules" + inferred},
				}},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: hkSNSO},
				Basis: hkIRText + " Sch. 4: police, with the Secretary for Security's approval, require removal of, or blocking of " +
					"access to, messages likely to constitute or cause an offence endangering national security (HKChronicles " +
					"blocked by ISPs, 2021-01); PDPO (Cap. 486) as amended 2021 (from 2021-10-08): the Privacy Commissioner " +
					"serves cessation notices to remove doxxing messages, no court" + hkSNSOScope,
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: Period{From: hkIR, Until: hkSNSO},
						Basis: hkIRText + " Sch. 4 removal and blocking requirements (HKChronicles, 2021-01); PDPO cessation " +
							"notices from 2021-10-08"},
					{Answer: No, Verified: false, Period: Period{Until: hkIR},
						Basis: "police asked platforms to remove posts as breaches of the platforms' own community standards (LegCo " +
							"question LCQ14, 2019-12-11); no statutory removal or blocking power was found" + inferred},
				}},
			Sources: []Source{
				src("HK Yearbook 2006: ICSO in effect 2006-08-09, Commissioner's annual reports", "https://yearbook.gov.hk/2006/en/16_12.htm"),
				src("Wikisource: ICSO (Cap. 589) s.5-6, panel judges", "https://en.wikisource.org/wiki/Page:Interception_of_Communications_and_Surveillance_Ordinance_(Cap._589).pdf/16"),
				src("Commissioner on Interception of Communications and Surveillance: Annual Report 2016 (s.49)", "https://vdocuments.mx/6-annual-report-of-the-commissioner-on-interception-of-communications-and-surveillance.html"),
				src("LegCo Bills Committee paper CB(2)2556/05-06(01): notice of unauthorized interception", "https://docslib.org/download/2175502/lc-paper-no-cb-2-2556-05-06-01"),
				src("news.gov.hk (2006-02-09): Telecommunications Ordinance s.33 unconstitutional as to contents", "https://news.gov.hk/isd/ebulletin/en/category/lawandorder/060209/print/060209en08002.htm"),
				src("Wikisource: Implementation Rules, Schedule 4", "http://en.wikisource.org/wiki/Implementation_Rules_for_Article_43_of_the_Law_of_the_People%E2%80%99s_Republic_of_China_on_Safeguarding_National_Security_in_the_Hong_Kong_Special_Administrative_Region/Schedule_4"),
				src("Wikisource: Implementation Rules, Schedule 6", "https://en.wikisource.org/wiki/Implementation_Rules_for_Article_43_of_the_Law_of_the_People%E2%80%99s_Republic_of_China_on_Safeguarding_National_Security_in_the_Hong_Kong_Special_Administrative_Region/Schedule_6"),
				src("Wikisource: Implementation Rules Sch. 6 s.12 (assistance)", "https://en.wikisource.org/wiki/Page:Hong_Kong_National_Security_Law_Article_43_Implementation_Rules.pdf/76"),
				src("Shine (2020-07-07): Implementation Rules take effect", "https://shine.cn/news/nation/2007071616"),
				src("SCMP via hksar.org: penalties under the implementation rules", "https://hksar.org/hong-kong-police-granted-sweeping-new-powers-under-national-security-law"),
				src("HKFP (2021-01-15): HKChronicles blocked under the NSL", "https://hongkongfp.com/2021/01/15/anti-govt-website-blocked-on-national-security-grounds-acquires-new-domain-amid-fears-of-further-internet-censorship-in-hong-kong/"),
				src("Wikisource: Safeguarding National Security Ordinance s.7", "https://en.wikisource.org/wiki/Page:Safeguarding_National_Security_Ordinance.pdf/30"),
				src("Fortify Rights via Scoop (2025-05-30): SNSO enacted 2024-03-23", "https://www.scoop.co.nz/stories/WO2505/S00445/hong-kong-new-national-security-subsidiary-legislation-further-intensifies-repression.htm"),
				src("news.gov.hk (2021-10-08): anti-doxxing law, cessation notices", "https://www.news.gov.hk/eng/2021/10/20211008/20211008_124058_315.html"),
				src("LCQ14 (2019-12-11): police requests to remove postings", "http://government-world.com/lcq14-polices-requests-for-removing-postings-on-social-platforms/?print=print"),
			},
			Notes: "Hong Kong has no separate intelligence agency: national-security interception is done by the police National Security " +
				"Department under Sch. 6. The 2025-05-13 SNSO subsidiary legislation concerns the Office for Safeguarding National " +
				"Security and adds no provider duties found here.",
		},
		{
			Jurisdiction: mustCode("MY"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true, Period: Period{From: mustDate("2012-07-31")},
				Basis: "interception is authorised by the Public Prosecutor, not a judge: CPC s.116C; Security Offences (Special " +
					"Measures) Act 2012 s.6 (in force 2012-07-31), where a Superintendent of Police may intercept without the " +
					"Public Prosecutor in urgent cases (s.6(3)); the court only takes cognizance of the authorization (s.6(5))"},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2012-07-31")},
				Basis: "no notice to subjects or public interception statistics found; a 2014 parliamentary answer gave only general " +
					"information" + inferred},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2012-07-31")},
				Basis: "SOSMA 2012 s.6(2)(a) and CPC s.116C(2)(a): the Public Prosecutor may require a communications service provider " +
					"to intercept and retain communications; CMA 1998 s.263(2): licensees must assist the MCMC or another " +
					"authority on written request to prevent offences"},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2026-01-01")},
				Basis: "CMA s.263(2) written requests are used to block content without a court; the Online Safety Act 2025 (Act 866, " +
					"from 2026-01-01) does not apply to private messaging features (s.2(2)); no power to alter or delete stored " +
					"private data was found, but s.263(2) is broad enough that its reach is unverified"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2026-01-01")},
				Basis: "Online Safety Act 2025 (Act 866, in force 2026-01-01) s.25: the MCMC issues written instructions to licensed " +
					"applications and content providers to make harmful content permanently inaccessible, or to network providers " +
					"to restrict access, no court; 25 takedown requests by 2026-01-27",
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: Period{From: mustDate("1999-04-01"), Until: mustDate("2026-01-01")},
						Basis: "CMA 1998 (s.263 in force 1999-04-01) s.263(2): the MCMC ordered ISPs to block websites on written " +
							"request without a court, e.g. Sarawak Report from 2015-07-19 to 2018-05; CMA s.3(3) says the Act " +
							"does not permit censorship of the Internet"},
				}},
			Sources: []Source{
				src("Wikisource: SOSMA 2012 s.6", "https://en.wikisource.org/wiki/Page:Security_Offences_(Special_Measures)_Act_2012.pdf/10"),
				src("SOSMA: in force 2012-07-31, P.U. (B) 256/2012", "https://wiki-gateway.eudic.net/wikipedia_en/SOSMA.html"),
				src("mylaw.my: CPC s.116C", "https://mylaw.my/legislation/act-2023-593/section-116c"),
				src("GNI Country Legal Frameworks: Malaysia", "https://clfr.globalnetworkinitiative.org/country/malaysia/"),
				src("The Rakyat Post (2014-06-16): Public Prosecutor authorises interception", "https://www.therakyatpost.com/2014/06/16/government-reserves-right-tap-phones-says-minister/"),
				src("cyberlawsconsultingcentre: CMA 1998 commencement 1999-04-01 (P.U. (B) 128/99)", "http://cyberlawsconsultingcentre.com/communication-and-multimedia-act-1998.html"),
				src("HAKAM / Malay Mail (2015-07-24): Sarawak Report blocked under CMA s.263(2)", "https://www.hakam.org.my/2015/07/24/sarawak-report-blockage-shines-light-on-abusive-mcmc-powers/"),
				src("mylaw.my: Online Safety Act 2025 s.25", "https://mylaw.my/legislation/act-2025-866/section-25"),
				src("Rahmat Lim: Online Safety Act 2025 in force 2026-01-01", "https://www.rahmatlim.com/perspectives/articles/32091/online-safety-in-malaysia-what-you-should-know-about-the-online-safety-act-2025-and-its-subsidiary-legislation"),
				src("The Star (2026-01-29): 25 takedown requests under ONSA", "https://www.thestar.com.my/news/nation/2026/01/29/mcmc-made-25-takedown-requests-for-harmful-content-under-onsa"),
			},
		},
		{
			Jurisdiction: mustCode("NZ"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2017-09-28")},
				Basis: "Intelligence and Security Act 2017 (in force 2017-09-28) s.58-59: Type 1 warrants (New Zealanders) need the " +
					"Minister and a Commissioner of Intelligence Warrants (a former High Court judge); s.60: Type 2 warrants are " +
					"issued by the Minister alone; criminal surveillance device warrants are issued by a Judge (Search and " +
					"Surveillance Act 2012)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2017-09-28")},
				Basis: "the Inspector-General of Intelligence and Security reviews warrants and publishes annual reports (ISA s.158, " +
					"s.222); agencies report numbers of surveillance device warrants annually (Search and Surveillance Act 2012); " +
					"no general notice to subjects found"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2017-09-28")},
				Basis: "Telecommunications (Interception Capability and Security) Act 2013 s.10: network operators must be able to " +
					"intercept for any surveillance agency authorised by an interception warrant or other lawful interception " +
					"authority, which includes Type 2 intelligence warrants issued by the Minister alone (ISA s.60)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2022-02-01")},
				Basis: "take-down notices reach online publications only as to access by the public (FVPCA 1993 s.119E); no executive " +
					"power to alter or remove stored private content was found" + inferred},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2022-02-01")},
				Basis: "Films, Videos, and Publications Classification Act 1993 Part 7A (from 2022-02-01): DIA Inspectors of " +
					"Publications issue take-down notices (s.119C) requiring online content hosts to remove, or prevent public " +
					"access to, objectionable publications within 24 hours, no court; limited to objectionable content",
				Earlier: []ProfileAnswer{
					{Answer: No, Verified: false, Period: Period{Until: mustDate("2022-02-01")},
						Basis: "before the 2021 amendment DIA could only ask hosts to remove content; the amendment's select " +
							"committee found existing tools insufficient (inference from the amendment creating the power)"},
				}},
			Sources: []Source{
				src("plainlanguagelaw: Intelligence and Security Act 2017 s.58", "https://plainlanguagelaw.ackama.com/acts/DLM6920802/DLM7118931.html"),
				src("plainlanguagelaw: Intelligence and Security Act 2017 s.60 (Type 2)", "https://plainlanguagelaw.ackama.com/acts/DLM6920802/DLM6921064.html"),
				src("legislation.govt.nz: GCSB Act 2003 repealed 2017-09-28 by ISA s.242", "https://www.legislation.govt.nz/act/public/2003/0009/latest/DLM5650720.html"),
				src("IGIS: Intelligence and Security Act 2017 functions (s.156-159, 222)", "https://igis.govt.nz/legislation/intelligence-and-security-act-2017"),
				src("legislation.govt.nz: Search and Surveillance Bill, surveillance device warrants and reporting", "http://www.legislation.govt.nz/bill/government/2009/0045/40.0/DLM2136887.html"),
				src("legislation.govt.nz: TICSA 2013 s.10", "http://www.legislation.govt.nz/act/public/2013/0091/latest/DLM5178031.html"),
				src("DIA: take-down power in force 2022-02-01", "https://www.dia.govt.nz/Countering-Violent-Extremism-Legislation-and-legal-process"),
				src("DIA: content removal and take-down notices (24 hours)", "https://www.dia.govt.nz/Countering-Violent-Extremism-Content-removal-and-take-down-notices"),
				src("plainlanguagelaw: FVPCA s.119E", "https://plainlanguagelaw.ackama.com/acts/DLM312894/LMS637519.html"),
				src("legislation.govt.nz: Classification Amendment Bill commentary", "https://www.legislation.govt.nz/bill/government/2020/0268/latest/whole.html"),
			},
		},
		{
			Jurisdiction: mustCode("PH"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2024-01-15")},
				Basis: "Anti-Wiretapping Act (RA 4200) needs a court order; Anti-Terrorism Act 2020 (RA 11479): surveillance of " +
					"suspects needs a prior written order of the Court of Appeals (Rules on the ATA, A.M. No. 22-02-19-SC, " +
					"effective 2024-01-15); warrantless real-time traffic collection (RA 10175 s.12) was struck down (Disini v. " +
					"Secretary of Justice, G.R. No. 203335, 2014-02-11); no separate intelligence interception power found",
				Earlier: []ProfileAnswer{
					{Answer: Yes, Verified: true, Period: Period{From: mustDate("2014-02-11"), Until: mustDate("2024-01-15")},
						Basis: "RA 4200 court orders; Disini v. Secretary of Justice (2014-02-11) struck down RA 10175 s.12; ATA " +
							"2020 surveillance on Court of Appeals orders"},
				}},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2024-01-15")},
				Basis: "no notice to subjects or public surveillance statistics found" + inferred},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2024-01-15")},
				Basis: "the duty of providers to assist warrantless traffic collection fell with RA 10175 s.12 (Disini, 2014); under " +
					"the ATA the Council may only request preservation of data, disclosure needing the Court of Appeals' " +
					"surveillance order" + inferred},
			ContentControl: ProfileAnswer{Answer: No, Verified: true, Period: Period{From: mustDate("2014-02-11")},
				Basis: "RA 10175 s.19, which let the DOJ restrict or block access to computer data on a prima facie finding without a " +
					"warrant, was declared unconstitutional (Disini v. Secretary of Justice, 2014-02-11); no other executive " +
					"power over stored private data found"},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2022-06-08")},
				Basis: "no statutory power since Disini struck s.19, but the NTC ordered ISPs on 2022-06-08 to block 27 websites, " +
					"including news site Bulatlat, at the National Security Adviser's request without a court order; challenged " +
					"before the Quezon City RTC (Branch 306), TRO denied 2022-07"},
			Sources: []Source{
				src("Stanford WILMap: Disini v. Secretary of Justice, G.R. No. 203335 (2014-02-11)", "https://wilmap.law.stanford.edu/entries/supreme-court-disini-v-secretary-justice-gr-no-203335-february-11-2014"),
				src("Scribd: Disini summary, s.19 blocking without warrant struck down", "https://scribd.com/document/498682695/DISINI-vs-SEC-of-JUSTICE"),
				src("BusinessWorld (2024-01-01): ATA rules effective 2024-01-15, Court of Appeals surveillance orders", "https://www.bworldonline.com/the-nation/2024/01/01/566241/high-tribunal-says-procedural-rules-on-anti-terror-cases-to-take-effect-on-jan-15/"),
				src("Conventus Law: Rules on the ATA (A.M. No. 22-02-19-SC)", "https://conventuslaw.com/report/philippines-rules-on-anti-terrorism-cases-1"),
				src("Inquirer (2022-06-22): NTC orders blocking at the NSA's request", "https://newsinfo.inquirer.net/1614457/ntc-orders-blocking-of-websites-affiliated-to-supporting-terrorist-organizations"),
				src("Bulatlat (2022-07-08): complaint to nullify the NTC order", "https://www.bulatlat.com/2022/07/08/bulatlat-seeks-to-nullify-ntc-order-on-blocking-of-website/"),
				src("ABS-CBN (2022-08-03): Bulatlat hearing, TRO denied", "https://news.abs-cbn.com/news/08/03/22/bulatlat-presents-more-witnesses-unable-to-access-website"),
			},
		},
		{
			Jurisdiction: mustCode("TH"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2019-04-17")},
				Basis: "Computer Crime Act 2007 (amended 2017) s.18(4)-(8) (copying, access, decryption, seizure) need court " +
					"permission under s.19, while s.18(1)-(3) orders for traffic and user data need none; National Intelligence " +
					"Act 2019 (from 2019-04-17) s.6: the NIA may obtain information by any means, including telecommunications, " +
					"under rules approved by the Prime Minister, no judge"},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2019-04-17")},
				Basis: "no notice to subjects or public statistics found; CCA s.22 bars officials from disclosing data obtained" + inferred},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2019-04-17")},
				Basis: "National Intelligence Act 2019: the NIA may order any government agency or person to hand over information " +
					"affecting national security, refusal being reported to the Prime Minister; CCA s.18(3): service providers " +
					"must hand over user data on an official's order"},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2019-05-27")},
				Basis: "Cybersecurity Act 2019 (published 2019-05-27): at the critical and crisis levels officials may access, copy " +
					"and seize computer data and systems without a court in urgent cases; CCA s.21: officials may order owners to " +
					"suspend, destroy or correct malicious code; CCA s.20 removal of content needs a court (details of the 2019 Act " +
					"from secondary sources, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2022-12-25")},
				Basis: "CCA s.20 blocking and removal orders need a court, but the MDES notification on notice, suspension of " +
					"dissemination and removal of computer data (in force 2022-12-25, replacing that of 2017-07-23) makes service " +
					"providers take content down on notice, within 24 hours for national-security data, to keep their s.15 " +
					"liability exemption; the exact notifying authorities are unverified"},
			Sources: []Source{
				src("GNI Country Legal Frameworks: Thailand, CCA s.18", "https://clfr.globalnetworkinitiative.org/country/thailand/"),
				src("Thai Law Forum: Computer Crime Act s.21-23", "http://thailawforum.com/database1/thailand-computer-crime-law-3.html"),
				src("gam-legalalliance: CCA s.18 as amended", "https://gam-legalalliance.com/criminal-law/computer-crimes-act-2"),
				src("Prachatai (2019): National Intelligence Act effective 2019-04-17", "https://prachataienglish.com/node/8026"),
				src("Lawplus: National Intelligence Act B.E. 2562", "https://www.lawplusltd.com/2019/05/national-intelligence-act-b-e-2562/"),
				src("Mondaq: Cybersecurity Act published 2019-05-27", "http://webiis05.mondaq.com/Technology/870568/Cybersecurity-Law-In-Thailand"),
				src("sysarmy: Cybersecurity Act powers without court order", "https://www.sysarmy.net/post/cybersecurity-act-in-thailand-what-we-understand-or-do-we"),
				src("Digital Policy Alert: MDES takedown procedures in force 2022-12-25", "https://digitalpolicyalert.org/event/22194-implemented-updated-procedures-for-notifying-suspending-the-dissemination-and-removing-illegal-computer-data-from-service-providers-systems-be-2565"),
				src("iLaw: 2017 notice-and-takedown within 24 hours for national-security data", "http://ilaw.or.th/node/4607"),
			},
		},
		{
			Jurisdiction: mustCode("TW"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2014-06-29")},
				Basis: "Communication Security and Surveillance Act Art. 5: interception warrants issued by a court on a prosecutor's " +
					"application; Art. 11-1 (amendments in force 2014-06-29): communications records need a judge too; Art. 7: " +
					"surveillance of foreign powers and their agents is initiated by the intelligence authorities without a court " +
					"warrant. Later amendments (2016, 2018, and one adding network traffic records) were not reviewed"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2014-06-29")},
				Basis: "notice to the person after surveillance ends (Art. 15) and annual reporting (Art. 32-1) as recalled, not " +
					"confirmed against the text; supervision by prosecutors, judges and the intelligence head (Art. 16) confirmed"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2014-06-29")},
				Basis: "telecommunications and postal enterprises must assist in executing surveillance (Art. 14, not confirmed " +
					"against the text), including Art. 7 intelligence surveillance ordered without a judge"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2024-07-31")},
				Basis: "the removal powers found reach public advertisements only (Fraud Crime Hazard Prevention Act); no executive " +
					"power over stored private content was found" + inferred},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2024-07-31")},
				Basis: "Fraud Crime Hazard Prevention Act (in force 2024-07-31) and MODA rules: online advertising platforms must " +
					"remove or restrict fraudulent advertisements within 24 hours of notice by law-enforcement or administrative " +
					"agencies, no court; Securities Investment Trust and Consulting Act Art. 70-1 likewise on police notice; " +
					"limited to fraud"},
			Sources: []Source{
				src("Laws & Regulations Database: Communication Security and Surveillance Act", "https://law.moj.gov.tw/ENG/LawClass/LawAll.aspx?media=print&pcode=K0060044"),
				src("MOJ: CSSA amended text (network traffic records)", "https://mojlaw.moj.gov.tw/Eng/NewsContentE.aspx?id=347"),
				src("Taipei Times (2014-07-12): amendments in force 2014-06-29, records need a judge", "http://taipeitimes.com/News/editorials/archives/2014/07/12/2003594894"),
				src("Global Taiwan Institute (2020-02): warrants vs intelligence-initiated surveillance", "https://globaltaiwan.org/2020/02/closing-loopholes-in-the-legal-framework-for-government-surveillance-in-taiwan/"),
				src("MJIB: supervision under CSSA Art. 16", "https://www.mjib.gov.tw/EditPage/?PageID=98464d5e-60f3-4daa-b85d-033f994f1c74"),
				src("Laws & Regulations Database: Fraud Crime Hazard Prevention Act", "https://law.moj.gov.tw/Eng/LawClass/LawAll.aspx?pcode=D0080226"),
				src("Global Compliance News (2024-11-26): FCHPA in force 2024-07-31", "https://www.globalcompliancenews.com/2024/11/26/taiwan-new-anti-fraud-regulations-for-online-advertising-platforms/"),
				src("Taipei Times (2024-09-24): 24-hour takedown on government notice", "https://www.taipeitimes.com/News/front/archives/2024/09/24/2003824257"),
				src("Taipei Times (2023-10-15): Art. 70-1 police notices", "https://www.taipeitimes.com/News/front/archives/2023/10/15/2003807707"),
			},
		},
	}
}
