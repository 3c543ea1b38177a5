package jurisdiction

// EEANorth government-access profiles, researched 2026-12-07: Iceland,
// Liechtenstein, Lithuania, Luxembourg, Latvia, Malta, Norway, Romania,
// Slovenia and Slovakia. Regulation (EU) 2021/784 (terrorist content online)
// applies in the EU from 2022-06-07; it had not been incorporated into the
// EEA Agreement for Norway (under assessment, EEA notatbase 2023-08) and was
// still pending in Liechtenstein in January 2026, so it is not assumed for
// IS, LI and NO. An answer resting on a negative finding holds, by
// convention, from the in-force date of the statute the finding was made
// against, and says so.

func profilesEEANorth() []AccessProfile {
	reviewed := mustDate("2026-12-07")
	tcoNotice := src("ieu-monitoring.com: Commission letters of formal notice (2023-01-26) under Reg. 2021/784 to 22 Member States incl. LV, LT, LU, MT, RO, SI",
		"https://ieu-monitoring.com/editorial/online-terrorism-eu-commission-takes-action-to-protect-people-from-the-risk-of-online-radicalisation/398899?utm_source=ieu-portal")
	tcoEEANO := src("regjeringen.no EØS-notatbasen: TCO-forordningen (EU) 2021/784 under assessment in the EEA EFTA states (2023-08)",
		"https://www.regjeringen.no/no/sub/eos-notatbasen/notatene/2023/aug/tco-forordningen/id2992541/")
	return []AccessProfile{
		{
			Jurisdiction: mustCode("IS"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2009-01-01")},
				Basis: "Iceland has no intelligence service; interception and comparable measures need a court order (Code of Criminal " +
					"Procedure No. 88/2008 Art. 80-82) and telecom operators must answer police requests only on a court order or as " +
					"authorised by law (Electronic Communications Act Art. 92); in-force date 2009-01-01 of Act 88/2008 not re-checked"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2009-01-01")},
				Basis: "persons wiretapped must be informed once investigators have the information they need (Act 88/2008; article " +
					"number not checked; reported by Reykjavík Grapevine 2012-01-12); no public statistics were found (unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: true, Period: Period{From: mustDate("2009-01-01")},
				Basis: "no intelligence service exists to assist; operators' duty to assist the police rests on a court order or " +
					"a law (Electronic Communications Act Art. 92; CCP Art. 80-82)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2009-01-01")},
				Basis: "no executive power to alter, delete or block stored private content was found; seizure runs through the " +
					"court-supervised CCP 88/2008 (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2022-06-07")},
				Basis: "Reg. (EU) 2021/784 does not apply in Iceland unless incorporated into the EEA Agreement; it was still under " +
					"assessment by the EEA EFTA states in 2023 and no Icelandic incorporation or administrative blocking power was " +
					"found (negative finding, unverified)"},
			Sources: []Source{
				src("Nordic Council of Ministers TemaNord 2024:532, ch. 8 Iceland: IECA Art. 89, 92; CCP 88/2008 Art. 80-82 court orders", "https://pub.norden.org/temanord2024-532/8-iceland.html"),
				src("Reykjavík Grapevine (2012-01-12): persons wiretapped must be informed", "https://grapevine.is/news/2012/01/12/lawyer-says-wiretaps-in-legal-grey-area/"),
				tcoEEANO,
			},
			Reviewed: reviewed,
			Notes:    "Check whether Iceland has since adopted proactive police investigation powers or incorporated Reg. 2021/784.",
		},
		{
			Jurisdiction: mustCode("LI"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: false, Period: Period{From: mustDate("2006-07-03")},
				Basis: "the Staatsgerichtshof reads Art. 32(1) of the Constitution to allow surveillance of post and telecommunications " +
					"only on urgent suspicion, as ultima ratio and by judicial order (StGH 2006/19 of 2006-07-03, as summarised in " +
					"Grundrechtspraxis in Liechtenstein); Liechtenstein has no separate intelligence service; whether state-protection " +
					"measures of the Landespolizei under the Polizeigesetz need a judge was not checked (unverified)"},
			Transparency: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2006-07-03")},
				Basis: "after surveillance ends, suspects and third parties whose post or line was monitored must be told the reason, " +
					"kind and duration of the surveillance (StPO, as quoted in Grundrechtspraxis in Liechtenstein, Art. 32 LV)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2006-07-03")},
				Basis: "no intelligence service and no duty to assist outside judicially ordered surveillance was found (negative " +
					"finding, unverified)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2006-07-03")},
				Basis: "no executive power to alter, delete or block stored private content was found (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2022-06-07")},
				Basis: "Reg. (EU) 2021/784 applies in Liechtenstein only after its incorporation into the EEA Agreement; the government " +
					"adopted the EWR-TCOR-Durchführungsgesetz bill on 2026-01-27 (Landespolizei to issue removal orders, SDI to " +
					"supervise), first reading expected March 2026; its entry into force was not confirmed (unverified)"},
			Sources: []Source{
				src("eliechtensteinensia.li: Grundrechtspraxis in Liechtenstein, Art. 32 LV (judicial order and notice for surveillance)", "https://www.eliechtensteinensia.li/viewer/fulltext/000341258/138/"),
				src("presseportal.ch (2026-01-27): government adopts B&A on the EWR-TCOR-Durchführungsgesetz", "https://www.presseportal.ch/de/pm/100000148/100938093"),
				src("The Liechtenstein Times (2026-01-30): Landespolizei and SDI to enforce the TCO Regulation once adopted", "https://theliechtensteintime.com/websites-haben-60-minuten-zeit-um-terror-content-zu-loeschen-8200412"),
				src("llv.li: Terrorist Content Online Regulation (SFID information page)", "https://llv.li/en/national-administration/office-for-financial-market-innovation-and-digitalisation/digitalisation/terrorist-content-online-regulation"),
			},
			Reviewed: reviewed,
			Notes: "PublicTakedown will likely become Partly once the EWR-TCOR-DG and the EEA Joint Committee decision are in force " +
				"(Landespolizei removal orders, not a court); re-check.",
		},
		{
			Jurisdiction: mustCode("LT"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2012-10-02")},
				Basis: "monitoring of correspondence and communications must be sanctioned by a pre-trial investigation judge in " +
					"criminal proceedings and by a regional court judge as a criminal-intelligence operational action (Code of " +
					"Criminal Procedure; Law on Criminal Intelligence No XI-2234 of 2012-10-02, date of adoption); intelligence " +
					"institutions also need a court sanction (Law on Intelligence; a 2025 bill would allow urgent surveillance " +
					"before the sanction, not checked whether adopted)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2012-10-02")},
				Basis: "parliamentary scrutiny of intelligence operations by a Seimas commission; notice to persons monitored was not " +
					"found (unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2012-10-02")},
				Basis: "provider duties were found only in support of court-sanctioned measures; a general duty to assist the " +
					"intelligence institutions was not checked (negative finding, unverified)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2012-10-02")},
				Basis: "no executive power to alter, delete or block stored private content was found (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2022-03-09")},
				Basis: "the Radio and Television Commission issues mandatory instructions to internet access providers to block " +
					"websites (57 sites on 2022-03-09 for war propaganda, Law on Provision of Information to the Public Art. 19(1)); " +
					"the Communications Regulatory Authority (RRT) sets time limits for hosts to remove illegal information; some " +
					"blocking needs a Vilnius Regional Administrative Court permit; the TCO authority designation was not checked"},
			Sources: []Source{
				src("zmogausteisiugidas.lt: communications monitoring sanctioned by investigative or regional court judge", "https://www.zmogausteisiugidas.lt/en/themes/data-privacy/investigative-operational-actions/communications-monitoring"),
				src("e-seimas: Law on Criminal Intelligence No XI-2234 (as amended 2023-12-19)", "https://e-seimas.lrs.lt/rs/legalact/TAD/e9d29ac0094d11ef8e4be9fad87afa59"),
				src("news-pravda (2025-04-10): bill to let intelligence start surveillance before court approval", "https://lt.news-pravda.com/en/lithuania/2025/04/10/11021.html"),
				src("rtk.lt: RTCL suspends Mir and orders blocking of 57 websites (2022-03-09)", "https://rtk.lt/en/news/the-radio-and-television-commission-of-lithuania-suspends-russian-propaganda-tv-channel-mir-and-blocks-57-websites"),
				src("rrt.lt: hosts must remove illegal content within a period indicated by RRT", "https://rrt.lt/en/lithuanian-information-technology-companies-unite-for-clean-internet-environment"),
				tcoNotice,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("LU"),
			JudicialAuthorisation: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2016-07-05")},
				Basis: "criminal interception is ordered by the investigating judge (Code d'instruction criminelle); SRE measures are " +
					"authorised within the executive, by the Comité ministériel du renseignement (loi du 5 juillet 2016 Art. 2), " +
					"with the assent of a commission of senior magistrates as recalled from the 2016 law (not re-checked, unverified)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2016-07-05")},
				Basis: "parliamentary control of the SRE (loi du 5 juillet 2016, Chapter 6 'Du contrôle parlementaire'); notice to " +
					"subjects and statistics were not checked (unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2016-07-05")},
				Basis: "operators assist SRE communications measures authorised by the ministerial committee rather than a court " +
					"(inference from the 2016 law, unverified)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2016-07-05")},
				Basis: "no executive power to alter, delete or block stored private content was found (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2022-06-07")},
				Basis: "Reg. (EU) 2021/784 applies from 2022-06-07; Luxembourg had not designated its competent authority by " +
					"2023-01-26 (Commission formal notice); which authority now issues removal orders, and whether it is a court, " +
					"was not found (unverified)"},
			Sources: []Source{
				src("legilux: Loi du 5 juillet 2016 portant réorganisation du Service de renseignement de l'État", "http://data.legilux.public.lu/file/eli-etat-leg-loi-2016-07-05-n8-jo-fr-html.html"),
				src("legilux: Loi du 10 août 2018 modifying the 2016 SRE law (Comité or minister authorises measures)", "http://legilux.public.lu/eli/etat/leg/loi/2018/08/10/a704/jo"),
				tcoNotice,
			},
			Reviewed: reviewed,
			Notes:    "Weakest profile of the group: the SRE authorisation procedure and the TCO designation need a re-check against the law texts.",
		},
		{
			Jurisdiction: mustCode("LV"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2022-01-04")},
				Basis: "special operational measures such as interception need the approval of a judge (Operational Activities Law " +
					"s.7(4), consolidated to the amendment in force 2022-01-04); in urgent cases they may start without it, with the " +
					"prosecutor told within 24 hours and a judge's approval within 72 hours (s.7(5); Constitutional Court case " +
					"2010-55-0106, 2011-05-12)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2022-01-04")},
				Basis: "lawfulness of operational activities is monitored by the Prosecutor General and specially authorised " +
					"prosecutors (Operational Activities Law s.35, per the Constitutional Court press release); notice to subjects " +
					"and public statistics were not found (unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2022-01-04")},
				Basis: "provider assistance was found only for judge-approved operational measures (negative finding, unverified)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2022-01-04")},
				Basis: "no executive power to alter, delete or block stored private content was found (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2022-03-10")},
				Basis: "the National Electronic Mass Media Council (NEPLP) decides, without a court, to restrict access to websites " +
					"threatening national security or public order, enforced by the .lv registry and access providers (Electronic " +
					"Communications Law amendments adopted 2022-03-10, in-force date not checked; e.g. NEPLP decision 224/1-2 of " +
					"2024-07-04); gambling and other sites are also blocked administratively"},
			Sources: []Source{
				src("likumi.lv: Operational Activities Law (consolidated, amendments to 2022-01-04)", "https://likumi.lv/ta/en/en/id/57573"),
				src("Constitutional Court of Latvia: judgment 2010-55-0106 on Operational Activities Law s.7(5)", "http://www.satv.tiesa.gov.lv/en/press-release/a-judgment-in-the-case-on-execution-of-investigatory-operations-has-been-adopted/"),
				src("Saeima (2022-03-10): NEPLP tasked with restricting access to websites threatening national security", "https://saeima.lv./en/news/saeima-news/30749-saeima-tasks-national-electronic-mass-media-council-with-restricting-access-to-websites-that-threaten-national-security"),
				src("vestnesis.lv: NEPLP decision 224/1-2 of 2024-07-04 restricting access to websites", "https://vestnesis.lv/ta/id/353535"),
				tcoNotice,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("MT"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true, Period: Period{From: mustDate("1996-09-06")},
				Basis: "interception by the Security Service needs only a warrant signed by the minister responsible (or the Prime " +
					"Minister), with an emergency warrant by a senior official for two days; no judge authorises it (Security " +
					"Service Act, Cap. 391, Act XVII of 1996); police interception runs through the same system"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("1996-09-06")},
				Basis: "a Commissioner reviews warrants and the Service reports annually to the House of Representatives (Cap. 391); " +
					"subjects are not notified and disclosure of interception data is prohibited (Vodafone law-enforcement " +
					"disclosure report 2014, as reported)"},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("1996-09-06")},
				Basis: "all telephone and internet operators run a legal-interception system to which the Security Service has " +
					"access on ministerial warrant alone (Cap. 391; Home Affairs minister, MaltaToday 2014)"},
			ContentControl: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("1996-09-06")},
				Basis: "'interception' under a ministerial warrant includes disrupting, destroying, suppressing, stopping and seizing " +
					"communications (Cap. 391 Art. 2), an executive power over communications in transmission; none over stored " +
					"data was found"},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2022-06-07")},
				Basis: "Reg. (EU) 2021/784 applies from 2022-06-07, implemented by Legal Notice 67 of 2023 (Addressing the " +
					"Dissemination of Terrorist Content Online Regulations) with the Malta Police as contact point; that the " +
					"Police, not a court, issue removal orders, and the legal notice's date, were not checked (unverified)"},
			Sources: []Source{
				src("CommonLII: Security Service Act (Cap. 391), definitions incl. 'interception'", "http://commonlii.austlii.edu.au/mt/legis/laws/ssa391c333"),
				src("Times of Malta editorial: warrants signed by the PM or home affairs minister, calls for judicial oversight", "https://timesofmalta.com/article/editorial-judicial-oversight-wiretapping.1096556"),
				src("MaltaToday: interception warrants issued by the minister; operators run the legal interception system", "https://www.maltatoday.com.mt/news/national/40083/interception_warrants_not_granted_without_proper_justification__minister"),
				src("Malta Independent via TMCnet (2014-06-08): no judicial oversight; disclosure of interception data illegal", "https://www.tmcnet.com/usubmit/2014/06/08/7864969.htm"),
				src("Malta Police: Terrorist Content Online contact point, Legal Notice 67 of 2023", "https://pulizija.gov.mt/en/services/Pages/Terrorist-Content-Online.aspx"),
				tcoNotice,
			},
			Reviewed: reviewed,
			Notes: "1996-09-06 is the later of the two commencement dates shown for Act XVII of 1996; which parts each covers was " +
				"not checked.",
		},
		{
			Jurisdiction: mustCode("NO"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2023-10-01")},
				Basis: "police communications control needs a district court order (Criminal Procedure Act s.216a; urgent prosecutor " +
					"decisions must go to court within 24 hours, s.216d); under the Intelligence Service Act 2020 the Oslo District " +
					"Court (or Court of Appeal) must approve searches in bulk metadata and collection of content from facilitated " +
					"cross-border collection, fully in force 2023-10-01"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2023-10-01")},
				Basis: "the EOS Committee oversees PST and the Intelligence Service and reports publicly to the Storting (Oversight " +
					"Act s.17); notice after criminal communications control exists (Communication Control Regulation ch. 3), " +
					"none for foreign intelligence (notice rules not read in full, unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2023-10-01")},
				Basis: "providers must facilitate transfer of cross-border communications on the Intelligence Service's request; the " +
					"Service itself decides to intercept for technical analysis, and a court approves only the later searches and " +
					"content collection (Intelligence Service Act ch. 7-8)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2023-10-01")},
				Basis: "no executive power to alter, delete or block stored private content was found (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2024-05-14")},
				Basis: "the Gaming Authority (Lotteritilsynet) may order internet providers to DNS-block websites offering unlicensed " +
					"gambling, without a court (Gaming Act s.32 a, amending law 2024-05-14 No. 22; its in-force date is set by the " +
					"King and was not checked); Reg. (EU) 2021/784 had not been incorporated into the EEA Agreement (2023)"},
			Sources: []Source{
				src("EOS Committee: oversight of bulk collection; Oslo District Court prior approval; in force 2023-10-01", "https://eos-utvalget.no/en/the-eos-committees-oversight-of-bulk-collection-of-electronic-communication-data"),
				src("regjeringen.no: Prop. 92 L (2022-2023), court control in the Intelligence Service Act ch. 7-8", "https://www.regjeringen.no/no/dokumenter/prop.-92-l-20222023/id2969458/?ch=5"),
				src("GNI country legal frameworks: Norway, Criminal Procedure Act s.216a", "https://clfr.globalnetworkinitiative.org/country/norway/"),
				src("global-regulation.com: Communication Control Regulation 2016 (s.216d urgent decisions; ch. 3 information)", "https://www.global-regulation.com/translation/norway/6492407/regulations-on-the-control-of-communication%252c-room-monitoring-and-data-readout-%2528communication-control-regulation%2529.html"),
				src("Stortinget: lovvedtak 48 (2023-2024), new Gaming Act s.32 a DNS blocking", "https://stortinget.no/nn/Saker-og-publikasjonar/Vedtak/lovvedtak-og-lovmerknader/Lovvedtak/2023-2024/vedtak-202324-048/"),
				src("norgeslover.no: endringslov LTI/lov/2024-05-14-22 (s.32 a)", "https://www.norgeslover.no/endring.php?id=LTI%2Flov%2F2024-05-14-22"),
				tcoEEANO,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("RO"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: false, Period: Period{From: mustDate("2022-02-16")},
				Basis: "criminal technical surveillance needs a warrant of the judge of rights and liberties (Code of Criminal " +
					"Procedure); national-security warrants under Law 51/1991 are issued by judges of the High Court of Cassation " +
					"and Justice (article numbers not re-checked); the Constitutional Court narrowed the grounds (Decision 802/2018 " +
					"on Art. 3(f)) and held the SRI interception centre (CNIC) lacks a statutory basis in criminal cases (Decision " +
					"55/2022 of 2022-02-16)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2022-02-16")},
				Basis: "persons subject to criminal technical surveillance are informed afterwards (Code of Criminal Procedure, article " +
					"not checked); none under Law 51/1991; operators may not disclose interception statistics (Vodafone 2014, as " +
					"reported) (unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2022-02-16")},
				Basis: "operators must give technical access for warrants executed through the SRI's CNIC (GEO 6/2016, partly " +
					"unconstitutional per Decision 55/2022); the warrants are judicial, but the SRI holds the access (unverified)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2022-02-16")},
				Basis: "no executive power to alter, delete or block stored private content was found (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2024-03-22")},
				Basis: "relevant authorities supervising a sector may issue administrative orders against illegal content online " +
					"(Law 50/2024 Art. 7-8, published 2024-03-19; in force three days after publication, date not checked), with no " +
					"court and no ANCOM review; " +
					"during the 2020 state of emergency ANCOM blocked sites under Decree 195/2020 Art. 54"},
			Sources: []Source{
				src("ANCOM: relevant authorities issue orders against illegal content online (Law 50/2024 Art. 7-8)", "https://ancom.ro/en/ways-to-counter-illegal-content-online-the-role-of-relevant-authorities_7507"),
				src("legislatie.just.ro: Law 50/2024 (MO 232 of 2024-03-19)", "https://legislatie.just.ro/Public/DetaliiDocumentAfis/280106"),
				src("legislatie.just.ro: Constitutional Court Decision 55/2022 on GEO 6/2016 (technical surveillance warrants)", "https://legislatie.just.ro/Public/FormaPrintabila/00000G09BJDTP80E31U21TAUPKT3T1W6"),
				src("monitoruljuridic.ro: Constitutional Court Decision 802/2018 on Law 51/1991 Art. 3(f)", "http://www.monitoruljuridic.ro/act/decizia-nr-802-din-6-decembrie-2018-referitoare-la-excep-ia-de-neconstitu-ionalitate-a-sintagmei-ori-altor-asemenea-interese-ale-rii-cuprins-n-dispozi-iile-art-3-lit-f-211916.html"),
				src("infobalkans: Decree of 2020-03-16 Art. 54 used to block websites", "https://infobalkans.com/organization/national-authority-administration-and-reglamentation-communications"),
				tcoNotice,
			},
			Reviewed: reviewed,
			Notes: "Law 68/2023 added Art. 42^1-42^6 to Law 535/2004 on terrorism; whether it implements Reg. 2021/784 was not checked. " +
				"The 2020 emergency blocking (2020-03-16 to the end of the state of emergency) is not modelled as an Earlier answer.",
		},
		{
			Jurisdiction: mustCode("SI"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("1991-12-23")},
				Basis: "Constitution Art. 37(2): only a court may authorise interference with the privacy of communications, for " +
					"criminal proceedings or national security; police measures are ordered by an investigating judge (Criminal " +
					"Procedure Act) and SOVA surveillance by a judge (president of the Ljubljana District Court, DCAF 2022); whether " +
					"SOVA surveillance of international communication systems escapes this was not checked"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("1991-12-23")},
				Basis: "parliamentary oversight commission for the intelligence and security services; notice to subjects and " +
					"statistics were not checked (unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("1991-12-23")},
				Basis: "provider assistance was found only for court-authorised measures (Constitution Art. 37; negative finding, " +
					"unverified)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("1991-12-23")},
				Basis: "no executive power to alter, delete or block stored private content was found (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: true, Period: Period{From: mustDate("2022-06-07")},
				Basis: "under the act implementing Reg. (EU) 2021/784 (Uradni list RS No 95/24) AKOS only requests removal orders; " +
					"the District Court in Nova Gorica decides them; no other administrative takedown power was checked"},
			Sources: []Source{
				src("Privacy International: Slovenia, surveillance only by court order (Constitution Art. 37)", "https://www.privacyinternational.org/reports/slovenia/ii-surveillance-policies"),
				src("DCAF (2022-08-01): a Slovenian judge's experience authorising secret surveillance", "https://www.dcaf.ch/insights-and-lessons-learned-slovenian-judges-experience-authorizing-secret-surveillance"),
				src("AKOS: terrorist web content; removal orders decided by the court in Nova Gorica (Uradni list RS 95/24)", "https://www.akos-rs.si/en/digital-services/explore/terrorist-web-content"),
				tcoNotice,
			},
			Reviewed: reviewed,
		},
		{
			Jurisdiction: mustCode("SK"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2003-04-24")},
				Basis: "information-technical means (interception, opening mail, recordings) by the Police, SIS and Military " +
					"Intelligence need the prior written consent of a judge (Act 166/2003 on protection against interception, Act " +
					"of 2003-04-24, in-force date not checked); criminal interception needs a court warrant, a prosecutor's urgent " +
					"one confirmed within 24 hours (Code of Criminal Procedure)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2003-04-24")},
				Basis: "parliamentary oversight of the SIS (Act 46/1993 on the SIS); whether Act 166/2003 now requires notice to " +
					"the person was not checked (unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2003-04-24")},
				Basis: "provider assistance was found only for judge-approved information-technical means (negative finding, " +
					"unverified)"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2003-04-24")},
				Basis: "no executive power to alter, delete or block stored private content was found (negative finding, unverified)"},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2022-06-07")},
				Basis: "the Police Force issues removal orders under Reg. (EU) 2021/784 and the Council for Media Services " +
					"supervises (Slovakia compliant by 2023-01-26); the National Security Authority may block harmful content only " +
					"with prior court approval under the Cybersecurity Act amendment approved by the cabinet on 2022-11-02 " +
					"(in-force date not checked)"},
			Sources: []Source{
				src("sis.gov.sk: Act on the Protection against Interception (166/2003), judge's written approval", "http://www.sis.gov.sk/english/zakon_odpocuv.html"),
				src("Privacy International: Slovakia, court permission for tapping; prosecutor's urgent warrant within 24 hours", "https://www.privacyinternational.org/reports/slovakia/ii-surveillance-policies"),
				src("rpms.sk: TCO Regulation, Council for Media Services and Police Force as competent authorities", "https://rpms.sk/en/node/703"),
				src("dersi.stvr.sk (2022-11-02): NBÚ blocking with prior court approval", "https://dersi.stvr.sk/clanky/nachrichten/307533/sicherheitsamt-konnte-schadliche-inhalte-blockieren"),
				src("Times of Malta: only HR, FR, DE, HU and SK compliant with the TCO Regulation in January 2023", "https://timesofmalta.com/article/malta-warned-breach-eu-online-terrorist-content-rules.1009695"),
			},
			Reviewed: reviewed,
			Notes: "In March 2022 the National Security Authority blocked disinformation sites under a temporary power without a " +
				"court (Act 55/2022); that period is not modelled as an Earlier answer.",
		},
	}
}
