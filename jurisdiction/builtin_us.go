package jurisdiction

// The law of the United States.

var (
	usSCA = []Source{
		src("DLA Piper Privacy Matters: the CLOUD Act and 18 U.S.C. 2703", "https://blogs.dlapiper.com/privacymatters/"),
		src("United States v. Microsoft Corp., 584 U.S. ___ (2018), No. 17-2", "https://supreme.justia.com/cases/federal/us/584/17-2/"),
		src("ECPA, Pub. L. 99-508 (1986-10-21), text", "https://www.personalinfomediary.com"),
	}
	msftIreland = src("In re Warrant to Search a Certain E-Mail Account Controlled and Maintained by Microsoft Corp., 829 F.3d 197 (2d Cir. 2016-07-14)",
		"https://case-law.vlex.com/vid/829-f-3d-197-683725753")
	cloudAct = []Source{
		src("WilmerHale: The CLOUD Act (2018 client alert)", "https://www.wilmerhale.com"),
		src("National Law Review: CLOUD Act and the comity motion", "https://www.natlawreview.com"),
		src("United States v. Microsoft Corp., 584 U.S. ___ (2018-04-17), per curiam, vacated as moot after the CLOUD Act", "https://supreme.justia.com/cases/federal/us/584/17-2/"),
	}
)

func usRules() []Rule {
	us := c("US")
	return []Rule{
		{
			ID: "US-SCA-2703", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "The government may compel providers of electronic communication or remote computing services to disclose " +
				"stored contents (by warrant) and records (by subpoena or court order)",
			Citation:  Citation{Law: "Stored Communications Act (Title II of the Electronic Communications Privacy Act, Pub. L. 99-508)", Short: "SCA", Article: "18 U.S.C. 2703"},
			Effective: d("1986-10-21"),
			Sources:   append(usSCA, msftIreland),
			Verified:  true,
			Notes: "Territorial only before the CLOUD Act: the Second Circuit held on 2016-07-14 that a 2703 warrant does not reach " +
				"content stored abroad (829 F.3d 197); the Supreme Court vacated that case as moot on 2018-04-17 after the CLOUD Act.",
		},
		{
			ID: "US-SCA-2709", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Title:     "The FBI may demand subscriber and transactional records by National Security Letter, without a prior court order",
			Citation:  Citation{Law: "Stored Communications Act (Pub. L. 99-508), as expanded by the USA PATRIOT Act", Short: "SCA", Article: "18 U.S.C. 2709"},
			Effective: d("1986-10-21"),
			Sources: []Source{
				src("CRS RL33320: National Security Letters (2015)", "https://www.everycrsreport.com/reports/RL33320.html"),
				src("DLA Piper Privacy Matters: 18 U.S.C. 2703 and 2709", "https://blogs.dlapiper.com/privacymatters/")},
			Verified: true,
			Notes:    "Expanded 2001; after-the-fact judicial review added in 2006 (18 U.S.C. 3511, section number unverified).",
		},
		{
			ID: "US-CALEA", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Title:     "Telecommunications carriers, facilities-based broadband and interconnected VoIP providers must be able to carry out lawfully authorised interception",
			Citation:  Citation{Law: "Communications Assistance for Law Enforcement Act, Pub. L. 103-414", Short: "CALEA", Article: "47 U.S.C. 1002"},
			Effective: d("1994-10-25"),
			Sources: []Source{
				src("CRS RL30677: CALEA (2009)", "https://www.everycrsreport.com/reports/RL30677.html"),
				src("FBI NDCAC: CALEA", "https://ndcac.fbi.gov/calea")},
			Verified: true,
			Notes:    "The interception itself needs a court order or other lawful authorisation.",
		},
		{
			ID: "US-PATRIOT-215", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Title:     "FISA business-records orders for any tangible things, and broadened National Security Letters",
			Citation:  Citation{Law: "USA PATRIOT Act, Pub. L. 107-56, 115 Stat. 272", Short: "PATRIOT Act", Article: "Sec. 215 (50 U.S.C. 1861)"},
			Effective: d("2001-10-26"), End: d("2020-03-15"),
			Sources: []Source{
				src("Courthouse Libraries BC: USA PATRIOT Act, Public Law 107-56 (Oct. 26, 2001)", "https://www.courthouselibrary.ca/how-we-can-help/our-legal-knowledge-base/patriot-act"),
				src("Politico: Bush signs USA PATRIOT Act, Oct. 26, 2001", "https://www.politico.com/story/2015/10/bush-signs-usa-patriot-act-into-law-oct-26-2001-215030"),
				src("S. Rep. 112-13 on the 2011 sunset extension", "https://www.govinfo.gov/app/details/CRPT-112srpt13")},
			Verified: true,
			Notes: "Section 215 was extended in 2011, modified by the USA FREEDOM Act 2015 (no bulk collection), and lapsed on " +
				"2020-03-15 with grandfather clauses for investigations begun before. The thesis once writes 2011 for the Act by mistake.",
		},
		{
			ID: "US-FISA-702", Jurisdiction: us, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Targeting of non-US persons reasonably believed to be abroad, with compelled assistance of electronic communication " +
				"service providers under directives; the FISC approves certifications and procedures, not individual targets",
			Citation:  Citation{Law: "Foreign Intelligence Surveillance Act, Section 702 (FISA Amendments Act of 2008)", Short: "FISA", Article: "50 U.S.C. 1881a"},
			Effective: d("2008-07-10"),
			Sources: []Source{
				src("Lawfare: FISA Section 702 reauthorized for two years (RISAA, Pub. L. 118-49, 2024-04-20)", "https://www.lawfaremedia.org"),
				src("Prism News: House rejects FISA extension; Section 702 set to lapse (2026-06)", "https://www.prismnews.com/news/house-rejects-fisa-extension-surveillance-law-set-to-lapse"),
				src("Brookings: a key intelligence law expires in April (2026-02-10)", "https://www.brookings.edu/articles/a-key-intelligence-law-expires-in-april-and-the-path-for-reauthorization-is-unclear"),
				src("FISA Amendments Act of 2008, Pub. L. 110-261 (2008-07-10)", "https://www.govinfo.gov/app/details/PLAW-110publ261")},
			Verified: false,
			Notes: "Enacted 2008-07-10 (Pub. L. 110-261). RISAA (Pub. L. 118-49, 2024-04-20) set a sunset of 2026-04-20; news reports " +
				"say stopgaps moved it to 2026-06-12 and that the authority lapsed then, with collection continuing under existing " +
				"FISC certifications to about March 2027. No end date is set because acquisition continues under those certifications; re-check.",
		},
		{
			ID: "US-CLOUD-2713", Jurisdiction: us, Kind: CompelledAccess, Reach: PersonalReach,
			Title: "Providers must preserve, back up or disclose contents and records in their possession, custody or control, " +
				"whether the data is located inside or outside the United States",
			Citation:  Citation{Law: "Clarifying Lawful Overseas Use of Data Act, Pub. L. 115-141, Div. V, Sec. 103(a)", Short: "CLOUD Act", Article: "18 U.S.C. 2713"},
			Effective: d("2018-03-23"),
			Relief: "comity motion to quash or modify a content warrant within 14 days (18 U.S.C. 2703(h)): only for a non-US customer " +
				"not residing in the US, and only where the conflicting law is that of a qualifying foreign government with a CLOUD Act " +
				"executive agreement; otherwise only common-law comity",
			Sources:  cloudAct,
			Verified: true,
			Notes: "Reaches data held by foreign subsidiaries within a US provider's control; the exact scope of 'control' over " +
				"subsidiaries is unverified. Modelled as personal reach through the majority control chain.",
		},
	}
}

// usAgreements are the CLOUD Act executive agreements (18 U.S.C. 2523).
func usAgreements() []Agreement { return nil }
