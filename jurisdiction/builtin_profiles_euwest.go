package jurisdiction

// EUWest government-access profiles, researched 2026-12-07: Austria,
// Belgium, Denmark, Spain, Finland, Italy, Portugal and Sweden. Each answer
// names the provisions it rests on; an answer resting on a negative finding
// or on a date that was not confirmed says so and is not verified.
//
// Content control (stored, unpublished content) rests for every country on
// the scope of Regulation (EU) 2021/784, whose non-judicial removal orders
// reach only material disseminated to the public (Art. 1(2)), and on a
// negative finding that no national executive power to alter or delete
// stored private content exists; its From is therefore the Regulation's
// date of application, and what held before was not researched.

func profilesEUWest() []AccessProfile {
	const tcoScope = "Regulation (EU) 2021/784 removal orders reach only hosted material disseminated to the public (Art. 1(2)); " +
		"no executive power to alter, delete or block stored private content without a court was found"
	reviewed := mustDate("2026-12-07")
	tcoReg := src("FRA law reference: Regulation (EU) 2021/784 Art. 1 (scope: dissemination to the public)",
		"https://fra.europa.eu/en/law-reference/regulation-eu-2021784-european-parliament-and-council-29-april-2021-addressing")
	return []AccessProfile{
		{
			Jurisdiction: mustCode("AT"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "criminal interception needs a court's approval (StPO § 137, not re-checked); the DSN's SNG measures are controlled by " +
					"the Interior Ministry's Rechtsschutzbeauftragter, not a court (SNG § 14(2)); only the message surveillance added by " +
					"the SNG amendment passed 2025-07-09 (§ 11(1) Z 8-9, §§ 15a ff.) needs Federal Administrative Court approval " +
					"(in force partly on publication, partly 2025-10-01; From uses 2025-10-01)",
				Period: Period{From: mustDate("2025-10-01")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "the 2025 SNG amendment adds reporting to Parliament (a special report to the Interior Committee's subcommittee " +
					"above a yearly number of message-surveillance cases); notice to subjects (StPO § 138(5), SNG § 16) and the " +
					"Rechtsschutzbeauftragter's reporting were not checked (unverified)",
				Period: Period{From: mustDate("2025-10-01")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the DSN may demand information, traffic, access and location data from telecom operators under SNG § 11(1) " +
					"(upheld VfGH G223/2016, 2017-11-29) with Rechtsschutzbeauftragter control, not a judge; the 2025 amendment adds a " +
					"TKG 2021 duty to assist court-approved message surveillance",
				Period: Period{From: mustDate("2025-10-01")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis:  tcoScope + " (negative finding, unverified)",
				Period: Period{From: mustDate("2022-06-07")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "KommAustria, an administrative authority, issues terrorist-content removal orders (one hour) without a court " +
					"(Terrorinhalte-Bekämpfungs-Gesetz, BGBl. I Nr. 80/2023, § 2(1), in force 2023-09-01; Reg. (EU) 2021/784 Art. 3)",
				Period: Period{From: mustDate("2023-09-01")}},
			Sources: []Source{
				src("bmi.gv.at: tasks of the Rechtsschutzbeauftragter (§ 91c SPG, § 14(2) SNG)", "https://www.bmi.gv.at/407/Aufgaben.aspx"),
				src("Parlamentskorrespondenz 629 (2025-07-01): SNG amendment, Federal Administrative Court approval", "https://www.parlament.gv.at/aktuelles/pk/jahr_2025/pk0629"),
				src("Bundesrat report 11669 d.B.: Nationalrat decision of 2025-07-09 amending SNG, SPG, TKG 2021", "https://www.parlament.gv.at/dokument/BR/I-BR/11669/fnameorig_1702940.html"),
				src("Gemeinde Deutsch Goritz: NR decision 2025-07-09, in force partly on publication, partly 2025-10-01", "https://www.deutsch-goritz.at/buerger-information/buergerservice/reisepass/?no_cache=1&pageId=9ec0f39f-f1a3-448d-95e1-bdb5eb1180f5"),
				src("BKA Medieninformation 2025-04-08: judicial order, reporting above 35 cases", "https://services.bundeskanzleramt.gv.at/newsletter/bka-medien-newsletter/innenpolitik/bka-medieninformation-08-04-2025-2.html"),
				src("VfGH G223/2016 (2017-11-29) on PStSG § 11(1)", "https://linda.lindeverlag.at/Dokument/427285"),
				src("RIS: Terrorinhalte-Bekämpfungs-Gesetz § 2 (KommAustria)", "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=20012319"),
				src("RTR: TIB-G in force 2023-09-01", "https://rtr.at/medien/aktuelles/publikationen/Newsletter/Newsletter_2023/NL_04_2023/TIB-Gesetz.de.html"),
				tcoReg,
			},
			Reviewed: reviewed,
			Notes: "Military intelligence (Militärbefugnisgesetz) was not researched. The SNG message surveillance was challenged " +
				"before the Constitutional Court by FPÖ and Greens (pending when reviewed).",
		},
		{
			Jurisdiction: mustCode("BE"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "criminal interception is ordered by an investigating judge (Code d'instruction criminelle art. 90ter); the " +
					"intelligence services' exceptional methods, including interception, need the prior assent of the BIM Commission, " +
					"an administrative commission of three magistrates, not a court (Law of 30 Nov 1998 as amended by the Law of " +
					"4 Feb 2010, in force 2010-09-01)",
				Period: Period{From: mustDate("2010-09-01")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "the Constitutional Court annulled notice only on request (judgment 145/2011 of 2011-09-22); the replacement art. 2 § 3 " +
					"of the Law of 30 March 2017 (reviewed in judgment 41/2019) was not read; the Standing Committee I publishes annual " +
					"activity reports. From assumes the default entry into force ten days after publication (MB 2017-04-28; unverified)",
				Period: Period{From: mustDate("2017-05-08")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "operators and providers must cooperate with the intelligence services, refusal being fined (1998 Law art. 18/7, " +
					"18/8, 18/17; Royal Decree of 2010-10-12); data requests under specific methods are decided by the service head, " +
					"interception by BIM Commission assent, not a court",
				Period: Period{From: mustDate("2010-09-01")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis:  tcoScope + " (negative finding, unverified)",
				Period: Period{From: mustDate("2022-06-07")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Federal Prosecutor's Office, not a court, issues terrorist-content removal orders (Reg. (EU) 2021/784 Art. 3, " +
					"12(1)(a)); the date of Belgium's designation was not found, so From is the Regulation's date of application",
				Period: Period{From: mustDate("2022-06-07")}},
			Sources: []Source{
				src("Library of Congress: Foreign Intelligence Gathering Laws, Belgium", "http://loc.gov/law/help/intelligence-activities/belguim.php"),
				src("MO*: BIM law in force 2010-09-01, commission of three magistrates", "https://www.mo.be/nieuws/wachten-op-de-bim-commissie"),
				src("Rechtskundig Weekblad: Constitutional Court 145/2011 annuls art. 2 § 3 (notice only on request)", "https://rw.be/snelberichten/1205"),
				src("Constitutional Court 41/2019 on the Law of 30 March 2017 (new art. 2 § 3)", "https://etaamb.openjustice.be/nl/arrest_n2019201385.html"),
				src("BIPT: legal interception, art. 18/7, 18/8, 18/17 of the 1998 Law", "http://www.ibpt.be/en/operators/telecommunication/security/legal-interception"),
				src("BIPT: Belgian authorities designated under the TCO Regulation (Federal Prosecutor, BIPT)", "https://bipt.be/operators/belgian-authorities-designated-to-implement-and-monitor-compliance-with-the-tco-regulation"),
				tcoReg,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("DK"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "PET's interception and other coercive measures follow the Administration of Justice Act ch. 71 and need a court " +
					"order (PET Act § 6, in force 2014-01-01); the Defence Intelligence Service (FE) collects abroad without a court " +
					"order, including targeted collection on Danish persons abroad after a 2015 amendment",
				Period: Period{From: mustDate("2014-01-01")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "PET publishes an annual review (PET Act § 2); the Intelligence Oversight Board (TET) reports yearly and, on request, " +
					"checks and tells a person only that no unlawful processing occurs (indirect access, PET Act ch. 8); notice after " +
					"criminal interception (Administration of Justice Act § 788) was not checked",
				Period: Period{From: mustDate("2014-01-01")}},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false,
				Basis: "providers assist PET's interception under court orders (Administration of Justice Act ch. 71, PET Act § 6); no " +
					"statutory duty to assist FE without a court was found (negative finding, unverified; FE's cable access " +
					"arrangements revealed in 2020 rest on agreements, not found in statute)",
				Period: Period{From: mustDate("2014-01-01")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis:  tcoScope + " (negative finding, unverified)",
				Period: Period{From: mustDate("2022-06-07")}},
			PublicTakedown: ProfileAnswer{Answer: Unknown, Verified: false,
				Basis: "the TCO Act (lov nr. 783 of 2022-06-03, § 2) made the courts the competent authority for removal orders, so none " +
					"issued without a court (No); bill L 110 (2024-25), recommended for adoption on 2025-01-30, abolishes that prior " +
					"court ruling so that the National Police (Rigspolitiet) order removals with court review only on request " +
					"(Partly); its enactment and in-force date were not confirmed"},
			Sources: []Source{
				src("pet.dk: investigative measures under the Administration of Justice Act (PET Act § 6)", "https://www.pet.dk/English/Legal%20matters/Investigative%20efforts%20and%20invasive%20measures.aspx"),
				src("pet.dk: PET Act in force 2014-01-01, Intelligence Oversight Board", "https://www.pet.dk/English/Legal%20matters/Legislation.aspx"),
				src("TET: duties and indirect access requests", "https://www.tet.dk/the-oversight-board/the-oversight-boards-duties/?lang=en"),
				src("EDRi / IT-Pol: FE collects abroad, 2015 amendment on Danish persons", "https://edri.org/oversight-board-report-illegal-surveillance-danish-citizens/"),
				src("elov.dk: TCO Act, lov nr. 783 af 3. juni 2022, § 2", "https://www.elov.dk/lov-om-supplerende-bestemmelser-til-forordning-om-handtering-af-udbredelsen-af-terrorrelateret-indhold-online/"),
				src("IT-Pol: consultation response on abolishing the prior court ruling", "https://itpol.dk/hoeringssvar/tco-loven-retskendelse"),
				src("Folketinget: L 110 (2024-25) committee report of 2025-01-30", "https://ft.dk/samling/20241/lovforslag/l110/20241_l110_betaenkning.htm"),
				tcoReg,
			},
			Reviewed: reviewed,
			Notes: "Public takedown is left Unknown (treated as least protective) until the enactment date of L 110 is confirmed; " +
				"before it the answer was No from the TCO Act's entry into force.",
		},
		{
			Jurisdiction: mustCode("ES"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "Constitution art. 18.3 requires a judicial decision to breach the secrecy of communications; criminal interception " +
					"is authorised by the investigating judge (LECrim art. 588 bis a ff., Ley Orgánica 13/2015, in force 2015-12-06, " +
					"not re-checked); the CNI needs prior authorisation by a designated Supreme Court magistrate (Ley Orgánica 2/2002; " +
					"LOPJ art. 342 bis)",
				Period: Period{From: mustDate("2015-12-06")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "CNI measures are secret and never notified to those affected, and the magistrate's decisions cannot be appealed " +
					"(LO 2/2002); in criminal cases the parties learn of interception once the secrecy of the proceedings is lifted " +
					"(LECrim, not checked); no public statistics found",
				Period: Period{From: mustDate("2015-12-06")}},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false,
				Basis: "providers' interception and data duties are triggered by judicial authorisation (LECrim; LO 2/2002 for the CNI); " +
					"no duty to assist intelligence services without a judge was found (negative finding, unverified)",
				Period: Period{From: mustDate("2015-12-06")}},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Government may, exceptionally and temporarily, take over the direct management of or intervene in electronic " +
					"communications networks and services for public order, public security or national security without a court " +
					"(Ley 9/2014 art. 4.6 as amended by Real Decreto-ley 14/2019, in force 2019-11-06; upheld STC 10/2023); it reaches " +
					"networks and services rather than stored content, and whether Ley 11/2022 carried it over was not checked",
				Period: Period{From: mustDate("2019-11-06")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Interior Ministry's CITCO, an administrative body, issues terrorist-content removal orders without a court " +
					"(Reg. (EU) 2021/784 Art. 3), the first on 2023-04-24; the date of its designation was not found, so From is the " +
					"Regulation's date of application",
				Period: Period{From: mustDate("2022-06-07")}},
			Sources: []Source{
				src("Ciencia Policial 182 (2025): LO 2/2002, Supreme Court magistrate authorises CNI interception, no notice", "https://www.policia.es/iep_web/revista_ciencia_policial/2025/182/133"),
				src("Ciencia Policial 182 (2025) p. 137: CNI measures not notified, decisions not appealable", "https://www.policia.es/iep_web/revista_ciencia_policial/2025/182/137"),
				src("Gnosis: Ley Orgánica 2/2002 (Italian translation)", "https://gnosis.aisi.gov.it/sito\\Rivista22.nsf/servnavig/18"),
				src("El Correo de Madrid: RDL 14/2019 amends Ley 9/2014 art. 4.6", "https://www.elcorreodemadrid.com/opinion/923851510/La-verdad-de-la-intervencion-de-las-redes-y-servicios-de-comunicacion-por-el-Gobierno-Por-Diego-Fierro-Rodriguez.html"),
				src("María Luisa Bautista Abogados: RDL 14/2019 in force 2019-11-06, no court order", "https://marialuisabautistaabogados.com/en-que-consiste-el-real-decreto-ley-14-2019-sobre-intervencion-de-redes-de-telecomunicacion/"),
				src("BOE: STC 10/2023 on RDL 14/2019", "https://boe.gob.es/diario_boe/txt.php?id=BOE-A-2023-8217"),
				src("CITCO removal orders under Reg. 2021/784 (2023-04-24)", "https://www.bcointalk.com/bitcoin/the-citco-of-the-ministry-of-the-interior-manages-to-remove-from-the-internet-h27488.html"),
				tcoReg,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("FI"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "telecommunications interception and monitoring need a district court decision (Coercive Measures Act 806/2011 ch. 10); " +
					"civilian intelligence methods (Police Act ch. 5a) and network traffic intelligence are authorised by the Helsinki " +
					"District Court, with the Intelligence Ombudsman entitled to attend (intelligence acts in force 2019-06-01)",
				Period: Period{From: mustDate("2019-06-01")}},
			Transparency: ProfileAnswer{Answer: Yes, Verified: false,
				Basis: "a suspect is informed of covert coercive measures at the latest a year after they end (Coercive Measures Act ch. 10); " +
					"authorities report yearly to the Parliamentary Ombudsman, and the Intelligence Ombudsman and Parliament's " +
					"Intelligence Oversight Committee oversee intelligence; notice of intelligence methods was not checked (unverified)",
				Period: Period{From: mustDate("2019-06-01")}},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false,
				Basis: "provider-side interception and network traffic intelligence run on court authorisations (Coercive Measures Act " +
					"ch. 10; Act on Network Traffic Intelligence in Civilian Intelligence); no duty without a court was found (negative " +
					"finding, unverified)",
				Period: Period{From: mustDate("2019-06-01")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis: tcoScope + "; a court orders a hosting provider to disable access to stored information (Information Society " +
					"Code 917/2014 s. 185) (negative finding, unverified)",
				Period: Period{From: mustDate("2022-06-07")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the police issue terrorist-content removal orders without a court (Act on measures against the dissemination of " +
					"terrorist content online, in force 2023-02-01; Reg. (EU) 2021/784 Art. 3); otherwise disabling access needs a " +
					"court (Information Society Code s. 185)",
				Period: Period{From: mustDate("2023-02-01")}},
			Sources: []Source{
				src("oikeus.fi: coercive measures needing a district court decision", "https://oikeus.fi/tuomioistuimet/karajaoikeudet/en/index/rikosasiat/pakkokeinot.html"),
				src("EJN Fiches Belges, Finland: suspect informed within a year", "https://www.ejn-crimjust.europa.eu/ejn/EJN_FichesBelgesResult/FR/102/272/-1"),
				src("Intelligence Ombudsman: duties and Helsinki District Court authorisation sessions", "https://tiedusteluvalvonta.fi/en/duties-and-powers"),
				src("Intelligence Ombudsman: civilian intelligence acts in force 2019-06-01", "https://tiedusteluvalvonta.fi/en/-/laki-siviilitiedustelusta-voimaan-kesakuun-alusta"),
				src("Parliamentary Ombudsman: oversight of covert intelligence", "https://www.oikeusasiamies.fi/en_GB/web/guest/monitoring-of-covert-intelligence"),
				src("Government of Finland submission: Information Society Code s. 185", "https://docest.com/doc/270739/submission-by-the-government-of-finland"),
				src("Ministry of the Interior: TCO act in force 2023-02-01, police issue removal orders", "https://intermin.fi/sv/-/regeringen-foreslar-att-lagen-om-atgarder-mot-spridning-av-terrorisminnehall-online-ska-stadfastas"),
				tcoReg,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("IT"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "criminal interception is authorised by the preliminary-investigations judge on the prosecutor's request (c.p.p. " +
					"art. 267, not re-checked); the intelligence agencies' preventive interception is authorised by the Prosecutor " +
					"General at the Rome Court of Appeal, a prosecutor, not a judge (DL 144/2005 art. 4(1)-(2), text in force from 2025-04-12)",
				Period: Period{From: mustDate("2025-04-12")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "intelligence interceptions are never notified, cannot be used or mentioned in criminal proceedings and are destroyed " +
					"after the Prime Minister's report to the parliamentary committee COPASIR (DL 144/2005 art. 4 and 4-bis; L. 124/2007 " +
					"art. 33(4)); criminal-procedure notice was not checked",
				Period: Period{From: mustDate("2025-04-12")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "on the Prosecutor General's authorisation, not a judge's, providers under art. 57 of the Electronic Communications " +
					"Code must allow tracing and hand over traffic data and 'any other useful information' to the intelligence agencies " +
					"(DL 144/2005 art. 4-bis as applied by art. 4(2); article numbering from a secondary copy)",
				Period: Period{From: mustDate("2025-04-12")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis:  tcoScope + " (negative finding, unverified)",
				Period: Period{From: mustDate("2022-06-07")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the public prosecutor, not a court, issues terrorist-content removal orders (D.Lgs. 107/2023, in force 2023-08-26); " +
					"AGCOM, an administrative authority, orders providers including access providers to disable copyright-infringing " +
					"content (Reg. 680/13/CONS; L. 93/2023 art. 2, in force 2023-08-08; Piracy Shield blocking within 30 minutes)",
				Period: Period{From: mustDate("2023-08-26")},
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: true,
					Basis: "AGCOM administrative orders disabling access to copyright-infringing content (Reg. 680/13/CONS, in force " +
						"2014-03-31); terrorist-content powers before D.Lgs. 107/2023 were not researched",
					Period: Period{From: mustDate("2014-03-31"), Until: mustDate("2023-08-26")}}}},
			Sources: []Source{
				src("Normattiva: DL 144/2005 art. 4 (text in force from 2025-04-12)", "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legge:2005-07-27;144~art4-com2bis"),
				src("123dok: DL 144/2005 intelligence interception, Prosecutor General authorises traffic data, COPASIR reporting", "https://123dok.org/article/articolo-comma-download-5.zpn775ev"),
				src("Intelligence Security Investigation: reform of preventive intelligence interception (2023-10-26)", "https://intelligencesecurityinvestigation.it/la-riforma-delle-intercettazioni-preventive-dintelligence-2"),
				src("Normattiva: D.Lgs. 107/2023 (in force 2023-08-26)", "http://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2023;107"),
				src("Ministero della Giustizia: public prosecutor issues TCO removal orders", "https://www.giustizia.it/giustizia/page/it/contrasto_diffusione_contenuti_terroristici_online"),
				src("AGCOM: L. 93/2023 in force 2023-08-08, Piracy Shield", "https://www.agcom.it/competenze/antipirateria-e-piracy-shield/piattaforma-piracy-shield"),
				src("Cineconomy: AGCOM Reg. 680/13/CONS in force 2014-03-31", "http://cineconomy.com/2014/ita/report.php?cod=3100"),
				tcoReg,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("PT"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "interference with communications is allowed only in criminal proceedings (Constitution art. 34(4)); SIS and SIED may " +
					"not obtain traffic data of intersubjective communications (Constitutional Court judgment 464/2019 of 2019-10-21 on " +
					"LO 4/2017 art. 4) and need prior authorisation by a formation of the Supreme Court of Justice criminal sections " +
					"for the metadata they may obtain (LO 4/2017 art. 8); criminal interception is judge-authorised (CPP art. 187, not re-checked)",
				Period: Period{From: mustDate("2019-10-21")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false,
				Basis: "SIRP metadata access is overseen by the SIRP Data Oversight Commission and the Supreme Court formation (LO 4/2017 " +
					"art. 11-12); no notice to subjects of intelligence access was found; criminal-procedure notice not checked (unverified)",
				Period: Period{From: mustDate("2019-10-21")}},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: true,
				Basis: "providers transmit data to SIS/SIED only under the Supreme Court formation's prior authorisation (LO 4/2017 art. 8-11), " +
					"and may refuse civil-proceedings requests for traffic and content data (Constitution art. 34(4))",
				Period: Period{From: mustDate("2019-10-21")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis:  tcoScope + " (negative finding, unverified)",
				Period: Period{From: mustDate("2022-06-07")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Polícia Judiciária issues terrorist-content removal or blocking decisions executed within one hour, validated " +
					"afterwards by an investigating judge within 48 hours on the DCIAP's request (Decreto-Lei 25/2026, in force 2026-03-29)",
				Period: Period{From: mustDate("2026-03-29")}},
			Sources: []Source{
				src("dre.tretas.org: Acórdão do Tribunal Constitucional 464/2019", "https://dre.tretas.org/dre/3886633/acordao-do-tribunal-constitucional-464-2019-de-21-de-outubro"),
				src("Tribunal Constitucional, Acórdãos vol. 106: LO 4/2017 art. 8 STJ formation", "http://www.tribunalconstitucional.pt/tc/content/reserved/ebook_html5/tc_acordaos_0106/86"),
				src("Tribunal Constitucional, Acórdãos vol. 106: SIRP Data Oversight Commission", "http://www.tribunalconstitucional.pt/tc/content/reserved/ebook_html5/tc_acordaos_0106/131"),
				src("PGD Lisboa: operators refuse traffic and content data in civil proceedings (CRP art. 34(4))", "https://pgdlisboa.pt/jurel/jur_mostra_doc.php?codarea=58&nid=5449"),
				src("portugal.gov.pt: Decreto-Lei 25/2026, PJ decisions validated by a judge within 48 hours", "https://www.portugal.gov.pt/pt/gc25/comunicacao/noticia?i=combate-ao-terrorismo-e-prioridade-do-governo"),
				src("juristech.pt: Decreto-Lei 25/2026 in force 2026-03-29", "https://juristech.pt/notas-praticas-decreto-lei-25-2026"),
				tcoReg,
			},
			Reviewed: reviewed,
			Notes:    "Public takedown before 2026-03-29 (no designated Portuguese authority) was not researched.",
		},
		{
			Jurisdiction: mustCode("SE"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true,
				Basis: "every FRA signals-intelligence mission needs a permit from the Foreign Intelligence Court, in place from 2009-12-01 " +
					"(Signals Intelligence Act 2008:717; Centrum för rättvisa v Sweden, ECtHR GC 2021-05-25, §§ 295, 353); FRA may issue " +
					"urgent permits subject to the court's immediate review; criminal secret interception needs a court (not re-checked)",
				Period: Period{From: mustDate("2009-12-01")}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Signals Intelligence Act's notice to persons whose selectors were used has never been given because of secrecy " +
					"(Centrum för rättvisa v Sweden GC § 354); anyone may ask the Foreign Intelligence Inspectorate to review; " +
					"notice after criminal surveillance not checked",
				Period: Period{From: mustDate("2009-12-01")}},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "all cable-based cross-border communications are transferred by operators to collection points (Centrum för rättvisa " +
					"v Sweden § 9, SOU 2016:45); FRA's access to bearers follows the court's permits, but the transfer duty itself is " +
					"general (its statutory section in the Electronic Communications Act not checked)",
				Period: Period{From: mustDate("2009-12-01")}},
			ContentControl: ProfileAnswer{Answer: No, Verified: false,
				Basis:  tcoScope + " (negative finding, unverified)",
				Period: Period{From: mustDate("2022-06-07")}},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true,
				Basis: "the Swedish Police Authority, not a court, is the competent authority for terrorist-content removal orders " +
					"(Reg. (EU) 2021/784 Art. 3; prop. 2022/23:71, supplementing act proposed for 2023-07-01); the designation date was " +
					"not found, so From is the Regulation's date of application",
				Period: Period{From: mustDate("2022-06-07")}},
			Sources: []Source{
				src("data.guardint.org: Centrum för rättvisa v Sweden (GC) §§ 295, 353-356", "https://data.guardint.org/en/entity/wdwrxl9tv6f?page=91"),
				src("data.guardint.org: Centrum för rättvisa v Sweden § 9, transfer to collection points", "https://data.guardint.org/en/entity/tivrjsdq1ei?page=5"),
				src("undom.se: Foreign Intelligence Court permits all FRA signals intelligence", "https://undom.se/"),
				src("Folk och Försvar: Foreign Intelligence Court deciding permits since 2009-12-01", "https://folkochforsvar.se/content/forsvarsunderrattelsedomstolen/"),
				src("Prop. 2008/09:201: court permits and notice to individuals", "https://lagen.nu/prop/2008/09:201?attachment=forstarkt-integritetsskydd-vid-signalspaning-prop.-200809201&repo=propregeringen&dir=downloaded"),
				src("government.se: Swedish Police Authority competent under the TCO Regulation (2023-01)", "https://government.se/press-releases/2023/01/action-against-terrorist-material-online/"),
				src("Prop. 2022/23:71: Polismyndigheten competent authority", "http://data.riksdagen.se/dokument/HA0371.html"),
				tcoReg,
			},
			Reviewed: reviewed,
			Notes:    "Säpo's preventive secret surveillance (Act 2007:979) was not researched.",
		},
	}
}
