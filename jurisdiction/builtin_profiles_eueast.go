package jurisdiction

// EUEast government-access profiles, researched 2026-12-07: Bulgaria,
// Cyprus, Czechia, Estonia, Greece, Croatia, Hungary and Poland.
//
// Where the in-force date of the newest provision an answer rests on was
// not found, From is a lower bound the sources do support (the date of a
// judgment or of a dated source that describes the rule as in force), and
// the Basis says so; the answer may have held earlier.
//
// Every profile's PublicTakedown answer rests at least on Regulation (EU)
// 2021/784: from 2022-06-07 a competent authority of any member state, which
// need not be a court, may order a hosting provider anywhere in the Union to
// remove terrorist content within one hour. The Regulation reaches only
// content disseminated to the public (Art. 1(2)), so it does not bear on
// ContentControl, which every profile answers No on a negative finding.

// eueastTCO is the part of a PublicTakedown basis that rests on Regulation
// (EU) 2021/784.
const eueastTCO = "Reg. (EU) 2021/784 (from 2022-06-07): removal orders within one hour by a member state's " +
	"competent authority, which need not be a court"

// eueastNoCC is the ContentControl basis of a profile in which no executive
// power over stored private content was found.
const eueastNoCC = "no executive power to alter, delete or block stored non-public content without a court " +
	"was found; Reg. (EU) 2021/784, the only EU-wide administrative removal power, reaches only content " +
	"disseminated to the public (Art. 1(2)) (negative finding, unverified)"

func profilesEUEast() []AccessProfile {
	tcoFrom := mustDate("2022-06-07")
	reviewed := mustDate("2026-12-07")
	noCC := ProfileAnswer{Answer: No, Verified: false, Basis: eueastNoCC, Period: Period{From: tcoFrom}}
	return []AccessProfile{
		{
			Jurisdiction: mustCode("BG"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Special Intelligence Means Act (SIMA): special means of surveillance, for criminal and national-security " +
					"purposes alike, need a warrant from the president (or a deputy) of a court, with retrospective authorisation " +
					"in urgent cases; Ekimdzhiev and Others v Bulgaria (no. 70078/12, 2022-01-11) found the warrant practice too " +
					"lax to satisfy Art. 8 ECHR. From is the judgment's date (lower bound); later amendments were not checked",
				Period: Period{From: mustDate("2022-01-11")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the National Bureau for Control of Special Intelligence Means (SIMA as amended, SG 70/2013) reports " +
					"annually with statistics and notifies only persons it finds were surveilled unlawfully; no general notice " +
					"after surveillance ends (Ekimdzhiev, 2022-01-11, lower bound for From)",
				Period: Period{From: mustDate("2022-01-11")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "Electronic Communications Act 2007 Art. 304-309: providers must keep real-time interception interfaces " +
					"for the State Agency for Technical Operations and the State Agency for National Security (SANS), " +
					"interception itself running on SIMA court warrants; the SANS Act (Art. 27 in a Privacy International " +
					"report) obliges persons to grant SANS access to premises and technical connections without a court; " +
					"current article numbering unverified. From is the Ekimdzhiev date (lower bound)",
				Period: Period{From: mustDate("2022-01-11")}},
			ContentControl: noCC,
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: eueastTCO + "; Bulgaria's designated authority was not checked (unverified). Blocking of unlicensed " +
					"gambling sites listed by the gambling regulator needs a Sofia District Court order (Gambling Act 2012), " +
					"so it does not count",
				Period: Period{From: tcoFrom}},
			Sources: []Source{
				src("HUDOC: Ekimdzhiev and Others v Bulgaria, no. 70078/12, 2022-01-11 (final 2022-04-11)", "https://hudoc.echr.coe.int/app/conversion/docx/html/body?id=001-214673&library=ECHR"),
				src("global-regulation.com: Law amending the SIMA, SG 70/2013 (adopted 2013-08-02)", "https://www.global-regulation.com/translation/bulgaria/3356622/law-amending-the-law-on-special-intelligence-means.html"),
				src("GNI CLFR: Bulgaria, Electronic Communications Act Art. 304-309 interception interfaces", "https://globalnetworkinitiative.org/clfr-bulgaria/"),
				src("Privacy International: Bulgaria surveillance policies (CPC Art. 159, 161; SANS Act Art. 27)", "https://www.privacyinternational.org/reports/bulgaria/ii-surveillance-policies"),
				src("Sofia Globe: gambling blacklist; blocking needs a Sofia District Court order (2013-06-13)", "https://sofiaglobe.com/2013/06/13/bulgarias-gambling-commission-moves-to-ban-online-betting/"),
				eurTCO,
			},
			Reviewed: reviewed,
			Notes:    "Bulgaria's response to Ekimdzhiev (any SIMA or retention reform after 2022) was not researched.",
		},
		{
			Jurisdiction: mustCode("CY"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: false,
				Basis: "Constitution Art. 17(2)(B) (as amended 2013): interference with communications only on a court order on the " +
					"Attorney General's application, for the security of the Republic or listed serious offences; Law 92(I)/1996 " +
					"(a district court judge grants the order). A 2026 bill and Art. 17 amendment letting the Attorney General " +
					"authorise KYP interception without a court lacked the 38 votes in committee on 2026-03-13; its final fate " +
					"was not confirmed (unverified). From is a lower bound for the 2013 amendment",
				Period: Period{From: mustDate("2014-01-01")}},
			Transparency: ProfileAnswer{Answer: No, Verified: false,
				Basis: "no provision for notice to the persons intercepted and no published interception statistics were found " +
					"(negative finding, unverified); the 2020 interception law, which might have added safeguards, never came " +
					"into operation (Cyprus Mail 2026-02-13). From is a lower bound, as for JudicialAuthorisation",
				Period: Period{From: mustDate("2014-01-01")}},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false,
				Basis: "providers can be compelled only under court orders (Constitution Art. 17(2); Law 92(I)/1996); no duty to " +
					"assist the Intelligence Service (KYP) on executive direction was found (negative finding, unverified); " +
					"the 2026 bill would have let the Attorney General's written order go to providers",
				Period: Period{From: mustDate("2014-01-01")}},
			ContentControl: noCC,
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: eueastTCO + "; Cyprus's designated authority and any national administrative blocking powers were not " +
					"checked (unverified)",
				Period: Period{From: tcoFrom}},
			Sources: []Source{
				src("EJN Fiches Belges: Cyprus interception, Constitution Art. 17 court order", "https://www.ejn-crimjust.europa.eu/ejn/EJN_FichesBelgesResult/EN/101/258/-1"),
				src("UN Women constitutional database: Cyprus Constitution Art. 17 as amended in 2013", "https://evaw-global-database.unwomen.org/en/countries/asia/cyprus/2013/article-17-of-the-constitution"),
				src("CyLaw: Law 92(I)/1996 on the secrecy of private communications", "http://www.cylaw.org/nomoi/enop/non-ind/1996_1_92/full.html"),
				src("Cyprus Mail: cabinet approves phone-tapping bill; 2020 law never implemented (2026-02-13)", "https://www.cyprus-mail.com/2026/02/13/cabinet-approves-phone-tapping-bill"),
				src("Kiprinform: bill to let the Attorney General order interception without a court", "https://www.kiprinform.com/en/cyprus_news/cyprus-amends-phone-tapping-bill-to-allow-interception-without-court-approval-in-exceptional-cases/amp"),
				src("Philenews: no 38 votes for the Art. 17 amendment (2026-03-13)", "https://www.philenews.com/kipros/koinonia/article/1694975/parakolouthisis-tilefonon-den-exasfalizonte-38-psifi-gia-allagi-tou-sintagmatos-agkathi-i-exousia-ston-geniko-isangelea-anazitite-alli-lisi/"),
				eurTCO,
			},
			Reviewed: reviewed,
			Notes: "If the 2026 constitutional amendment passed, JudicialAuthorisation and CompelledAssistance become Partly for " +
				"state-security interception; recheck.",
		},
		{
			Jurisdiction: mustCode("CZ"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "criminal interception needs a judge's written reasoned order (Criminal Procedure Code § 88); the Security " +
					"Information Service and Military Intelligence intercept only on a court decision whose file number their " +
					"request to the provider must cite (Electronic Communications Act 127/2005 § 97(1); BIS Act 154/1994 " +
					"§§ 6-8a). From is the GNI summary's date (lower bound)",
				Period: Period{From: mustDate("2018-01-05")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "users of an intercepted device are informed after the matter ends and may seek Supreme Court review " +
					"within six months (CPC § 88(8), §§ 314l-314n); no notice provision for intelligence-service interception " +
					"was found (negative finding, unverified). From is the research date (lower bound)",
				Period: Period{From: reviewed}},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: true,
				Basis: "network providers must set up interception interfaces for the Police, BIS and Military Intelligence, but " +
					"each request must cite the court decision authorising it (ECA 127/2005 § 97(1)); providers need not " +
					"intercept themselves. From is the GNI summary's date (lower bound)",
				Period: Period{From: mustDate("2018-01-05")}},
			ContentControl: noCC,
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: eueastTCO + "; Czechia's 2023 act designates the Police's counter-terrorism unit to issue them. Internet " +
					"access providers must block, within 15 days, websites the Ministry of Finance enters on its list of " +
					"illegal internet games by administrative decision (Gambling Act 186/2016 § 82, from 2017-01-01; upheld " +
					"by the Constitutional Court 2017-02-14)",
				Period: Period{From: tcoFrom},
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true,
					Basis:  "Ministry of Finance list of illegal internet games, blocked by access providers without a court (Gambling Act 186/2016 § 82)",
					Period: Period{From: mustDate("2017-01-01"), Until: tcoFrom}}}},
			Sources: []Source{
				src("GNI CLFR: Czech Republic, ECA § 97 interfaces and court decisions for Police, BIS, Military Intelligence (2018-01-05)", "https://globalnetworkinitiative.org/content/clfr-czech-republic"),
				src("odposlechy.cz: CPC § 88 judge's order for interception", "http://odposlechy.cz/odposlechy-a-pravo_de.php"),
				src("Supreme Court of the Czech Republic: review of interception orders after notice", "https://nsoud.cz/en/proceedings/proceedings-in-criminal-matters/review-of-interception-and-recording-of-telecommunications-traffic"),
				src("CTU press release: Gambling Act § 82 blocking duty (2021-03-30)", "https://www.ctu.eu/press-release-blocking-illegal-gambling-shall-be-responsibility-access-providers"),
				src("Lexology: Constitutional Court upholds gambling blocking (2017-02-14)", "https://www.lexology.com/library/detail.aspx?g=a2395687-b2f6-44d8-9256-0be84ad9aa77"),
				src("Expats.cz: law on terrorist content online, police removal orders (2023-02-23)", "https://www.expats.cz/czech-news/article/czechia-passes-law-to-stop-spreading-terrorist-content-online"),
				eurTCO,
			},
			Reviewed: reviewed,
			Notes: "CompelledAssistance is No because provider duties follow court decisions, as for Switzerland; the standing " +
				"interface duty itself is statutory.",
		},
		{
			Jurisdiction: mustCode("EE"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: false,
				Basis: "surveillance activities in criminal matters are governed by Code of Criminal Procedure Chapter 3^1 (from " +
					"2013-01-01), interception needing a preliminary investigation judge's permission; security authorities' " +
					"interception under the Security Authorities Act needs an administrative court's permission (FRA 2014 " +
					"Estonia report); the permission provisions themselves were not read (unverified)",
				Period: Period{From: mustDate("2013-01-01")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "Constitution § 44(3) and the CCP require notice of covert surveillance, postponable on grounds the law " +
					"lists (Supreme Court 3-4-1-42-13, 2014-03-20); the Chancellor of Justice inspects surveillance files and " +
					"reports annually; whether security-authority surveillance is notified as well was not checked (unverified)",
				Period: Period{From: mustDate("2013-01-01")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "communications undertakings must retain data and give surveillance agencies and security authorities " +
					"access under the Electronic Communications Act (FRA 2014 report); whether each request needs a court's " +
					"permission was not checked (unverified). From is the version of the ECA read (lower bound)",
				Period: Period{From: mustDate("2023-01-19")}},
			ContentControl: noCC,
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: eueastTCO + " (Estonia's designated authority not checked). The Tax and Customs Board has had internet " +
					"providers block unlicensed gambling sites since 2010 (Gambling Act), and in 2022 the Consumer Protection " +
					"and Technical Regulatory Authority ordered some 50 Russian state-linked outlets blocked (FOTN 2022)",
				Period: Period{From: tcoFrom}},
			Sources: []Source{
				src("Estonia Supreme Court: constitutional judgment 3-4-1-42-13 on notice of covert surveillance (2014-03-20)", "https://www.riigikohus.ee/en/constitutional-judgment-3-4-1-42-13"),
				src("Chancellor of Justice annual report 2020: surveillance supervision, Constitution § 44(3)", "https://www.oiguskantsler.ee/annual-report-2020/surveillance"),
				src("Nottingham CJAD: Estonian CCP § 64(6), Chapter 3^1 in force 2013-01-01", "https://cjad.nottingham.ac.uk/en/state/49/keyword/659/"),
				src("FRA: National intelligence authorities and surveillance in the EU, Estonia (2014-10-01)", "https://docslib.org/doc/2580222/national-intelligence-authorities-and-surveillance-in-the-eu-fundamental-rights-safeguards-and-remedies"),
				src("Riigi Teataja: Electronic Communications Act, version in force from 2023-01-19", "https://www.riigiteataja.ee/en/eli/ee/518032022002/consolide/current"),
				src("Freedom on the Net 2022: Estonia, TTJA blocking of Russian outlets", "https://www.ecoi.net/de/dokument/2081792.html"),
				src("onlinepoker.net: Tax and Customs Board list of gambling sites for ISP blocking (2010-03-24)", "https://www.onlinepoker.net/poker-news/poker-law-industry-news/estonia-begins-blocking-foreign-gambling-sites-2011/5167"),
				eurTCO,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("GR"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "lifting of communications secrecy for national security is requested by the EYP or the police's DAEEB " +
					"and ordered within 24 hours by a prosecutor seconded to the service (Law 5002/2022 Art. 4, in force " +
					"2022-12-09), a judicial officer but not a judge; criminal lifting needs a judicial order (Law 2225/1994 " +
					"Art. 5, not re-checked under Law 5002/2022)",
				Period: Period{From: mustDate("2022-12-09")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Authority for Communication Security and Privacy (ADAE) receives the orders and publishes activity " +
					"reports (6,705 late-delivered national-security orders in its 2022 report, Law 5002/2022 Art. 8(2)); " +
					"Law 4790/2021 Art. 87 barred notice of national-security measures until the Council of State held it " +
					"unconstitutional (2024); notice under Law 5002/2022 was not checked (unverified)",
				Period: Period{From: mustDate("2022-12-09")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "providers must execute lifting orders delivered to them (Law 2225/1994 Art. 5(4); P.D. 47/2005 Art. 6); " +
					"national-security orders come from a prosecutor, not a judge (Law 5002/2022 Art. 4)",
				Period: Period{From: mustDate("2022-12-09")}},
			ContentControl: noCC,
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: eueastTCO + " (Greece's designated authority not checked). The Gaming Commission (EEEP) keeps a blacklist " +
					"of unlicensed gambling sites that internet providers must block, without a court (Law 4002/2011; first " +
					"list of some 400 sites in 2013)",
				Period: Period{From: tcoFrom}},
			Sources: []Source{
				src("lawspot.gr: Law 5002/2022 Art. 4, in force 2022-12-09", "https://www.lawspot.gr/nomikes-plirofories/nomothesia/n-5002-2022/arthro-4-nomos-5002-2022-arsi-toy-aporritoy-ton"),
				src("KaLaw: Law 5002/2022 on waiving communications secrecy", "https://kalaw.gr/law-5002-2022-waiving-of-communications-secrecy-cybersecurity-and-data-protection/"),
				src("GNI CLFR: Greece, Law 2225/1994 Art. 5 and P.D. 47/2005", "https://clfr.globalnetworkinitiative.org/country/greece/"),
				src("Govwatch: ADAE 2022 report, 6,705 late orders (2024-01-31)", "https://govwatch.gr/en/finds/eyp-amp-antitromokratiki-kathysterisan-na-enimerosoyn-tin-adae-gia-chiliades-parakoloythiseis-2"),
				src("Govwatch: Council of State holds Law 4790/2021 Art. 87 unconstitutional (2024-04-05)", "https://govwatch.gr/en/?p=6395"),
				src("thisweekingambling.com: Greek gaming commission blacklist sent to ISPs", "https://thisweekingambling.com/greece-blacklists-over-4010-online-gambling-sites"),
				eurTCO,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("HR"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Security and Intelligence System Act (NN 79/2006) Art. 33: SOA's covert measures are approved either by " +
					"a Supreme Court judge or, for the less intrusive ones, by the SOA Director; telecommunications " +
					"surveillance needs the Supreme Court, and criminal interception an investigating judge's order on the " +
					"State Attorney's request (Criminal Procedure Act Art. 332). Which measures the Director approves was not " +
					"checked. From is the Act's promulgation (in-force date not confirmed)",
				Period: Period{From: mustDate("2006-07-05")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "parliamentary oversight through the Council for Civilian Oversight of Security and Intelligence Agencies " +
					"(SISA Art. 2); no notice to persons surveilled by SOA was found (negative finding, unverified); criminal " +
					"notice was not checked",
				Period: Period{From: mustDate("2006-07-05")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "operators must give the Operational Technical Centre for Telecommunications Surveillance (OTC) permanent, " +
					"direct access to their facilities and equipment and keep its measures secret (Electronic Communications " +
					"Act NN 76/2022 Art. 52-54; SISA Art. 18-19; Regulation on national security requirements NN 64/2008, " +
					"76/2013); individual measures need a court or the SOA Director. From is a lower bound for NN 76/2022",
				Period: Period{From: mustDate("2023-01-01")}},
			ContentControl: noCC,
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: eueastTCO + "; Croatia's designated authority and any national administrative blocking powers were not " +
					"checked (unverified)",
				Period: Period{From: tcoFrom}},
			Sources: []Source{
				src("SOA: operating methods, measures approved by the Supreme Court or the Director", "http://www.soa.hr/en/soa/method_and_authority/"),
				src("docslib: Security and Intelligence System Act of Croatia (promulgated 2006-07-05)", "https://docslib.org/doc/3951202/security-and-intelligence-system-act-of-the-republic-of-croatia"),
				src("Deutsche Telekom: Hrvatski Telekom lawful interception legal basis (ECA NN 76/2022 Art. 52-54; SISA Art. 18-19, 33)", "https://telekom.com/en/company/data-privacy-and-security/news/croatia-363542"),
				src("EJN Fiches Belges: Croatia interception, County Court order under CPA Art. 332-334", "https://ejn-crimjust.europa.eu/ejn2021/FichesBelgesDetail/EN/A.52/432/-1"),
				src("Croatian Parliament: Council for Civilian Oversight of Security and Intelligence Agencies", "https://sabor.hr/hr/council-civilian-oversight-security-and-intelligence-agencies-10th-term"),
				eurTCO,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("HU"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "covert surveillance for crime investigation needs a court, but national-security surveillance by the " +
					"services and TEK is authorised by the Minister of Justice (National Security Act 1995 s.58; Police Act " +
					"s.7/E(3)); Szabó and Vissy v Hungary (no. 37138/14, 2016-01-12) found this a violation of Art. 8 ECHR. " +
					"From is the judgment's date (lower bound); later reform was not checked",
				Period: Period{From: mustDate("2016-01-12")}},
			Transparency: ProfileAnswer{Answer: No, Verified: false,
				Basis: "the National Security Act imposes no duty to notify persons surveilled and bars appeal against the " +
					"Minister's decision (Szabó and Vissy, 2016-01-12, separate opinion §§ 30-31); no published statistics " +
					"were found (negative finding, unverified)",
				Period: Period{From: mustDate("2016-01-12")}},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "electronic communications providers must cooperate with bodies authorised for covert information " +
					"gathering and, at the National Security Services' written request, conclude an agreement on covert " +
					"methods within 60 days (Electronic Communications Act 2003 s.92(1)-(2); Gov. Decree 180/2004 s.17(2)); " +
					"national-security measures rest on ministerial authorisation. From is the GNI summary's update (lower bound)",
				Period: Period{From: mustDate("2017-04-01")}},
			ContentControl: noCC,
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: eueastTCO + " (Hungary's designated authority not checked). The tax authority (NAV) orders illegal " +
					"gambling sites made temporarily inaccessible for up to 365 days, enforced through the NMHH's central " +
					"blocking database (KEHTA), without a court (Gambling Act 1991:XXXIV s.36/G); other blocking needs a court",
				Period: Period{From: tcoFrom}},
			Sources: []Source{
				src("data.guardint.org: Szabó and Vissy v Hungary, no. 37138/14, 2016-01-12", "https://data.guardint.org/en/entity/oowh7z3ffbt3pfja8me0wl8fr?page=4&searchTerm=violence+collective"),
				src("data.guardint.org: Szabó and Vissy, separate opinion on notice and remedies", "https://data.guardint.org/en/entity/oowh7z3ffbt3pfja8me0wl8fr?page=65"),
				src("GNI CLFR: Hungary, ECA s.92 cooperation duties (updated March 2017)", "https://clfr.globalnetworkinitiative.org/country/hungary/"),
				src("arsboni: NAV inaccessibility orders under Gambling Act s.36/G", "https://arsboni.reblog.hu/azt-hiszi-hogy-korlatlan-internetet-vasarol"),
				src("Freedom on the Net 2014: Hungary, court-ordered blocking and the NMHH blacklist", "https://freedomhouse.org/report/freedom-net/2014/hungary"),
				eurTCO,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("PL"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "operational control (interception) by the Police, ABW and other services needs a regional court's consent " +
					"(Police Act Art. 19; ABW Act Art. 27), criminal interception a court order (CPC Art. 237) (article numbers " +
					"not confirmed in a source); the Act of " +
					"2016-06-10 on anti-terrorist activities Art. 9 lets the head of the ABW order covert surveillance of " +
					"non-citizens for up to three months without a court (not read, unverified); Pietrzak and " +
					"Bychawska-Siniarska v Poland (ECtHR 2024) found the regime in breach of Art. 8 (not read). From is the date " +
					"of an article describing the 2016 Act (lower bound)",
				Period: Period{From: mustDate("2017-10-14")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "no notice to persons under operational control was found (negative finding); the services' use of " +
					"operational control and telecommunications data is reported to courts and, in aggregate, to parliament " +
					"(not read, unverified)",
				Period: Period{From: mustDate("2017-10-14")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "operators must provide the technical and organisational conditions for interception and hand telecommunications " +
					"(billing) data to the services on request, with only later court review under the law of 2016-01-15 " +
					"amending the Police Act and other acts after Constitutional Tribunal K 23/11 (2014-07-30); content " +
					"interception needs court consent; the in-force date of the 2016 law was not confirmed",
				Period: Period{From: mustDate("2016-01-15")}},
			ContentControl: noCC,
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: eueastTCO + " (Poland's designated authority not checked). Telecommunications operators must block, " +
					"within 48 hours, domains the Minister of Finance enters in the register of domains offering gambling " +
					"contrary to the Gambling Act (Art. 15f, from 2017-07-01); review only afterwards by objection and " +
					"administrative court",
				Period: Period{From: tcoFrom},
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true,
					Basis:  "Minister of Finance register of gambling domains, blocked by operators within 48 hours without a court (Gambling Act Art. 15f)",
					Period: Period{From: mustDate("2017-07-01"), Until: tcoFrom}}}},
			Sources: []Source{
				src("Privacy International: Poland surveillance policies (court authorisation of wiretaps)", "https://www.privacyinternational.org/reports/poland/ii-surveillance-policies"),
				src("Poliarchia 2(9)/2017: the Act of 2016-06-10 on anti-terrorist activities and foreigners (received 2017-10-14)", "https://9lib.org/document/myjgj5ky-postanowienia-czerwca-dzia%C5%82aniach-antyterrorystycznych-szczeg%C3%B3lnym-uwzgl%C4%99dnieniem-wolno%C5%9Bci-cudzoziemc%C3%B3w.html"),
				src("Rogalski: collection and sharing of telecommunications data in Poland, law of 2016-01-15 after K 23/11", "https://ro.vlex.com/vid/legal-regulations-for-the-773839617"),
				src("e-playonline: Gambling Act Art. 15f register from 2017-07-01 upheld by the Warsaw administrative court", "https://e-playonline.com/poland-blocking-websites-complies-with-the-law/"),
				src("DLA Piper: Polish blacklist of gambling websites (2017-04)", "https://blogs.dlapiper.com/mediaandsport/2017/04/polish-blacklist-of-gambling-websites/"),
				eurTCO,
			},
			Reviewed: reviewed,
			Notes: "The Pietrzak and Bychawska-Siniarska judgment and any reform after it were not read; JudicialAuthorisation " +
				"and Transparency rest on secondary sources.",
		},
	}
}
