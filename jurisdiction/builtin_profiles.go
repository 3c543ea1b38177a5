package jurisdiction

// Government-access profiles. Each answer names the provisions it rests on
// and whether it was confirmed against the cited sources.

func builtinProfiles() []AccessProfile {
	return []AccessProfile{
		{
			Jurisdiction: mustCode("CN"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true,
				Basis: "CPL 2018 Art. 150-151 (technical investigation approved inside public security or the procuratorate); NIL Art. 15; " +
					"CEL 2023 Art. 25-26 (approval of a city-level state-security head); DSL Art. 35 ('strict approval procedures', internal)"},
			Transparency: ProfileAnswer{Answer: No, Verified: false,
				Basis: "CPL 2018 Art. 152 and NIL Art. 7 oblige those who assist to keep it secret; no provision for notice to the " +
					"subject and no official statistics were found (a negative finding, unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "NIL Art. 7, 14 (CN-NIL-7); CSL Art. 28 (CN-CSL-28); CEL 2023 Art. 8, 41 (CN-CEL-2023); NSL Art. 77 (CN-NSL-77); DSL Art. 35 (CN-DSL-35)"},
			ContentControl: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "CSL 2016 Art. 47 and 50 (2025 text Art. 49 and 52): operators must stop transmission and delete prohibited " +
					"information, and the CAC and other departments may require it, with no court step; CSL 2016 Art. 58 (2025 Art. 60): " +
					"network communications may be restricted in a region with State Council approval"},
			Sources: []Source{
				lrb("诉讼与非诉讼程序法/刑事诉讼法(2018-10-26).md"), nilText, cel2023, cslText, dslText, nslText,
				src("chinadataregulation.com: amended CSL Art. 49, 51, 52, 60", "https://chinadataregulation.com/laws/csl/"),
				src("Global Times: MSS procedures for electronic-device inspection (2024-05-28)", "https://www.globaltimes.cn/page/202405/1313148.shtml"),
				src("chinascope.org: no judicial warrant for state-security inspection", "https://chinascope.org/archives/35025"),
			},
		},
		{
			Jurisdiction: mustCode("US"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "content requires a judicial warrant (18 U.S.C. 2703(a), US-SCA-2703) and FISA Title I orders need probable cause; " +
					"but FISA 702 is approved by the FISC programme by programme, not per target (US-FISA-702), and National Security " +
					"Letters issue without a court (US-SCA-2709)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "ODNI Annual Statistical Transparency Report (50 U.S.C. 1873(b)); providers may publish banded counts " +
					"(50 U.S.C. 1874, bands of 1000 or 500); delayed notice up to 90 days (18 U.S.C. 2705(a)); 702 targets get no notice"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "providers must assist under FISA 702 directives approved programmatically (US-FISA-702) and answer NSLs " +
					"(US-SCA-2709); there is no general duty on citizens to assist intelligence services"},
			ContentControl: ProfileAnswer{Answer: No, Verified: true,
				Basis: "no general power to alter or delete stored content without a court: removal runs through judicial seizure " +
					"warrants (18 U.S.C. 981, 2323); coercing intermediaries to suppress speech is unconstitutional (NRA v. Vullo, 602 U.S. 175, 2024-05-30)"},
			Sources: []Source{
				src("United States v. Microsoft Corp., 584 U.S. ___ (2018) (warrant for content)", "https://supreme.justia.com/cases/federal/us/584/17-2/"),
				src("Lawfare: ODNI 2016 transparency report (FISA Titles I/III, 703/704 probable cause)", "https://www.lawfaremedia.org"),
				src("50 U.S.C. 1874, public reporting by persons subject to orders", "https://law.lawstack.com/laws/50-usc_s_1874_public-reporting-by-persons-subject-to-orders"),
				src("legalclarity.org: Section 702 approval is not per target", "https://legalclarity.org"),
				src("NRA v. Vullo, 602 U.S. 175 (2024)", "https://supreme.justia.com/cases/federal/us/2023/22-842/"),
				src("ACLU: ICE domain-name seizures by judicial seizure warrant (2012-06-20)", "http://www.aclu.org/blog/free-speech-national-security-technology-and-liberty/ice-domain-name-seizures-threaten-due"),
			},
		},
		{
			Jurisdiction: mustCode("IE"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "retained communications data and production orders need a District Court judge (Communications (Retention " +
					"of Data) (Amendment) Act 2022 s.6A, 6C; Criminal Justice Act 2011 s.15); interception is authorised by the " +
					"Minister for Justice by warrant (Interception of Postal Packets and Telecommunications Messages (Regulation) Act 1993 s.2)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "oversight reports to the Taoiseach (designated judge until 2025-04-02, then the Independent Examiner of " +
					"Security Legislation, Policing, Security and Community Safety Act 2024 s.274) and a Complaints Referee (1993 Act s.9); " +
					"no notice to the subject"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "operators must carry out interceptions on ministerial directions (Postal and Telecommunications Services " +
					"Act 1983 s.110; 1993 Act s.3), authorised by the executive rather than a judge"},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Garda Commissioner may order hosting providers to remove terrorist content within one hour without a " +
					"court (Regulation (EU) 2021/784, designation of 2023-05-31, S.I. 375/2025); no general power otherwise"},
			Sources: []Source{
				src("Interception of Postal Packets and Telecommunications Messages (Regulation) Act 1993, s.2", "https://www.irishstatutebook.ie/1993/en/act/pub/0010/sec0002.html"),
				src("Communications (Retention of Data) (Amendment) Act 2022 (No. 25 of 2022)", "https://www.irishstatutebook.ie/eli/2022/act/25/enacted/en/print.html"),
				src("Criminal Justice Act 2011, s.15", "https://ie.vlex.com/vid/748189889"),
				src("Policing, Security and Community Safety Act 2024, s.274", "http://www.irishstatutebook.ie/2024/en/act/pub/0001/sec0274.html"),
				src("S.I. No. 375/2025 (terrorist content removal orders)", "http://89.185.148.47/2025/en/si/0375.html"),
			},
		},
	}
}
