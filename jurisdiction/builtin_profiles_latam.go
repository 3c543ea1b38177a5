package jurisdiction

// LatAm government-access profiles, researched 2026-12-07. Argentina,
// Chile, Colombia, Mexico and Peru. Sources are mostly secondary (news,
// NGO reports, legal blogs) with some statute texts; an answer that rests
// on an article not read in a source, or on the absence of a power, is
// marked Verified: false and says so. Where only a publication date was
// found, an in-force date "the day after publication" is so marked.

func profilesLatAm() []AccessProfile {
	inferred := " (inference from the absence of any such power in the sources, unverified)"
	return []AccessProfile{
		{
			Jurisdiction: mustCode("AR"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: false, Period: Period{From: mustDate("2026-01-02")},
				Basis: "criminal interception only on a judge's order, carried out by the Supreme Court's DAJuDeCO; Ley 25.520 " +
					"Arts 18-19: intelligence interception needs authorisation of a federal criminal judge (text read only as restated " +
					"in bill 4242-D-2019); DNU 941/2025 (Boletín Oficial 2026-01-02) rewrote some 40 articles of Ley 25.520 - the " +
					"reports mention no removal of judicial authorisation, not checked against the decree's text"},
			Transparency: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2026-01-02")},
				Basis: "DNU 941/2025 Art. 2: all intelligence activity is covert; no notice to subjects and no public interception " +
					"statistics found; the congressional oversight commission (Ley 25.520) was reported not constituted in 2026-01 " +
					"(negative finding, unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2026-01-02")},
				Basis: "providers carry out interceptions on a judge's order through DAJuDeCO; DNU 941/2025 lets SIDE require " +
					"information from national, provincial and city state bodies (reported), not from private providers; no duty of " +
					"providers to assist intelligence without a judge found" + inferred},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2026-01-02")},
				Basis: "no administrative power to alter, delete or block stored private content found in Ley 25.520 as amended " +
					"by DNU 941/2025 (as reported) or elsewhere" + inferred},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2014-10-28")},
				Basis: "no administrative blocking power found: Supreme Court, Rodríguez c/ Google (2014-10): intermediaries remove " +
					"content on a judicial order; ENACOM blocks gambling sites on court orders (Corrientes guarantees judge, " +
					"2025-05-21); but Santa Fe prosecutors asked ENACOM directly in 2024-06, and whether a prosecutor's request " +
					"suffices is unverified"},
			Sources: []Source{
				src("datapoliticayeconomica: DNU 941/25 reforms Ley 25.520, all intelligence activity covert (Art. 2), SIDE may apprehend", "https://datapoliticayeconomica.com.ar/?p=45959"),
				src("accion.coop (2026-01-02): DNU 941/25 published in the Boletín Oficial", "https://accion.coop/?p=176867"),
				src("hurlinghampost: DNU 941/25 lets SIDE require information from all state bodies", "https://hurlinghampost.com/?p=23817"),
				src("infolitica: oversight commissions not constituted (2026-01)", "https://infolitica.com/milei-busca-blindar-por-decreto-la-reforma-de-la-side-y-profundiza-la-tension-politica-en-el-congreso"),
				src("HCDN bill 4242-D-2019 restating Ley 25.520 Art. 19 (authorisation by a federal criminal judge)", "https://hcdn.gob.ar/diputados/mscarrizo/proyecto.html?exp=4242-D-2019"),
				src("Ugarte: Interceptaciones de comunicaciones, normas e incógnitas en Argentina", "https://abogados.com.ar/interceptaciones-de-comunicaciones-normas-e-incognitas-en-argentina/18569"),
				src("CSJN note 11/17: DAJuDeCO executes interceptions ordered by judges", "https://fdocuments.ec/document/buenosairesl-de-marzo-de2018-jua-carlos-maqueda-ministrodela-cortesupremadejusticia.html"),
				src("Freedom on the Net 2015 Argentina: Supreme Court ruling of 2014-10 on intermediary liability", "https://www.ecoi.net/de/dokument/1201145.html"),
				src("Corrientes al Día (2025-05-21): judge orders ENACOM to block 424 gambling sites", "https://corrientesaldia.info/2025/05/21/freno-al-juego-ilegal-online-ordenan-bloquear-424-sitios-web-no-autorizados"),
				src("Rosarioplus (2024-07): Santa Fe prosecutors ask ENACOM and the BCRA to block 385 gambling sites", "https://www.rosarioplus.com/actualidad/seguridad/juego-ilegal--banco-central-ordeno-bloquear-sitios-de-apuestas-que-santa-fe-denuncio_a66842adee154c99b6766b826"),
			},
			Reviewed: mustDate("2026-12-07"),
			Notes: "DNU 941/2025 stays in force unless both chambers reject it (Ley 26.122); its text was not read, only reports. " +
				"Earlier answers (before 2026-01-02) not researched.",
		},
		{
			Jurisdiction: mustCode("CL"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2004-10-02")},
				Basis: "Código Procesal Penal Art. 222: interception only on the order of the juez de garantía at the prosecutor's " +
					"request; Ley 19.974 (in force 2004-10-02) Arts 24-28: intelligence 'procedimientos especiales' need prior " +
					"authorisation of a Court of Appeals minister, decided without hearing the person (Art. 28)"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2004-10-02")},
				Basis: "CPP Art. 224: notice to the person after the interception ends when the investigation allows (recalled, not " +
					"checked against the text); intelligence procedures are secret and decided without the person (Ley 19.974 " +
					"Art. 28); no public statistics found"},
			CompelledAssistance: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2004-10-02")},
				Basis: "operators assist interceptions ordered by a judge (CPP Art. 222) or a Court of Appeals minister (Ley 19.974 " +
					"Arts 25, 28); no duty to assist intelligence services on executive direction alone found" + inferred},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2004-10-02")},
				Basis: "no administrative power to alter, delete or block stored private content found" + inferred},
			PublicTakedown: ProfileAnswer{Answer: No, Verified: true, Period: Period{From: mustDate("2025-09-29")},
				Basis: "under the net-neutrality rules of the Ley General de Telecomunicaciones ISPs may block only on a judicial " +
					"order (Subtel, 2025-11-25); unlicensed gambling sites were blocked by the Supreme Court's ruling of 2025-09-29 " +
					"on a recurso de protección; the telcos' association speaks of a 'judicial or administrative' order, but no " +
					"administrative blocking power was found"},
			Sources: []Source{
				src("iura.cl: Código Procesal Penal Art. 222 (juez de garantía orders interception)", "https://iura.cl/cpp/222"),
				src("Ley 19.974 (in force 2004-10-02), Sistema de Inteligencia del Estado", "https://chile.justia.com/nacionales/leyes/ley-n-19-974/gdoc/"),
				src("Tribunal Constitucional case on Ley 19.974 Arts 27, 28, 39 (judicial authorisation by a Court of Appeals minister)", "https://dc.testing.prosys.cl/?p=21616"),
				src("Cooperativa (2026-01-29): Congress dispatches the intelligence-system reform", "https://www.cooperativa.cl/noticias/pais/politica/agenda-legislativa/congreso-despacho-a-ley-la-reforma-al-sistema-de-inteligencia-del-estado/2026-01-29/161350.html"),
				src("Tiempo21 (2026-01-28): new intelligence law, intrusive measures within legal procedures", "https://www.tiempo21.cl/congreso-despacha-nueva-ley-de-inteligencia-del-estado-que-fortalece-la-ani-y-crea-sistema-nacional-coordinado"),
				src("Cooperativa (2025-11-25): Subtel, ISPs may block only on a judicial order", "https://cooperativa.cl/noticias/pais/juegos-de-azar/subtel-admite-que-es-facil-burlar-bloqueo-a-sitios-de-apuestas-el/2025-11-25/082926.html"),
				src("Cooperativa (2025-11-19): Supreme Court ruling of 2025-09-29 orders ISPs to block gambling sites", "https://www.cooperativa.cl/noticias/pais/juegos-de-azar/corte-suprema-dio-cinco-dias-a-empresas-de-internet-para-bloquear-sitios-de-apuestas-online/2025-11-19/164727.html"),
			},
			Reviewed: mustDate("2026-12-07"),
			Notes: "Congress dispatched a new intelligence law on 2026-01-28 (Boletín 12234-02) that keeps judicial authorisation " +
				"for intrusive measures (reported); its publication and in-force dates were not found, so the answers rest on Ley 19.974.",
		},
		{
			Jurisdiction: mustCode("CO"),
			JudicialAuthorisation: ProfileAnswer{Answer: No, Verified: true, Period: Period{From: mustDate("2018-03-14")},
				Basis: "criminal: the Fiscalía orders interception and data retrieval (Ley 906/2004 Arts 235-236) and a juez de " +
					"control de garantías reviews legality only afterwards, within 24-36 hours (Art. 237 as amended by Ley 1453/2011 " +
					"Art. 68; Constitution Art. 250; C-014/18 of 2018-03-14); intelligence: Ley 1621/2013 Art. 17 allows " +
					"'monitoreo del espectro electromagnético' without a judge, declared not to be interception"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2013-04-17")},
				Basis: "Ley 1621/2013: a Comisión Legal de Seguimiento in Congress and reserved annual reports (secondary sources); " +
					"no notice to persons monitored and no notice rule for interception targets found (negative finding, unverified)"},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: false, Period: Period{From: mustDate("2013-04-17")},
				Basis: "Ley 1621/2013 Art. 44: operators must give intelligence agencies, at the agency's request, subscribers' " +
					"communication histories, identification and location data without a judge (recalled, not confirmed against " +
					"the text); Decreto 1704/2012 (2012-08-15): operators must provide interception infrastructure and subscriber data"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2018-03-14")},
				Basis: "no administrative power to alter, delete or block stored private content found; Constitution Art. 15 " +
					"reserves interference with private papers to judicial order (C-014/18)" + inferred},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2025-05-09")},
				Basis: "Coljuegos, the administrative gambling regulator, orders ISPs to block unlicensed gambling sites without a " +
					"court (Ley 1753/2015 Art. 93 par. 3); MinTIC Circular 017 of 2025 lets it order ISPs directly (announced " +
					"2025-05-09, some 26,600 orders); limited to gambling",
				Earlier: []ProfileAnswer{{Answer: Partly, Verified: false,
					Period: Period{From: mustDate("2015-06-09"), Until: mustDate("2025-05-09")},
					Basis: "Ley 1753/2015 Art. 93 par. 3: Coljuegos and the police order blocks of unlicensed gambling sites, " +
						"carried out via MinTIC and the police cyber centre (1,805 sites by 2018-09); the law's date 2015-06-09 is " +
						"taken from its title, not confirmed in a source"}}},
			Sources: []Source{
				src("EFF / Necessary and Proportionate: communications surveillance in Colombia (2016)", "https://necessaryandproportionate.org/es/country-reports/colombia/twenty-sixteen/"),
				src("Rivera & Rodríguez (EFF, 2016): Vigilancia estatal de las comunicaciones en Colombia", "https://vdocuments.pub/vigilancia-estatal-de-las-comunicaciones-y-proteccin-de-juan-camilo-rivera.html"),
				src("Corte Constitucional C-014/18 (2018-03-14): ex post legality control of Fiscalía measures", "http://secretariasenado.gov.co/senado/basedoc/c-014_2018.html"),
				src("Ley Estatutaria 1621 de 2013 (2013-04-17)", "https://jesuspinzonortiz.com/LEY%205%20DE%201992/LEYES/LEY%201621%20DE%202013.htm"),
				src("La Voz del Derecho: Ley 1621 Art. 17, spectrum monitoring is not interception", "https://lavozdelderecho.com/index.php/opinion/item/2127-precisiones-sobre-las-chuzadas"),
				src("Consejo de Estado 2013-00018 (2016-02-18) on Decreto 1704 de 2012", "https://normograma.mintic.gov.co/docs/11001-03-24-000-2013-00018-00.htm"),
				src("Coljuegos blocking notice citing Ley 1753/2015 Art. 93 par. 3", "https://axessnet.com/ecommerce/coljuegos/"),
				src("Yogonet (2025-05-09): Coljuegos orders ISPs directly under MinTIC Circular 017 of 2025", "https://www.yogonet.com/international/news/2025/05/09/104045-colombia-39s-regulator-urges-internet-providers-to-block-unauthorized-online-operators"),
				src("Gamesbras (2018-09): 1,805 gambling sites blocked via MinTIC and police", "https://www.gamesbras.com/mundo/2018/9/24/coljuegos-bloqueia-mais-de-1800-sites-de-apostas-ilegais-9845.html"),
			},
			Reviewed: mustDate("2026-12-07"),
			Notes:    "Art. 44 of Ley 1621/2013 was not read in a source; the CompelledAssistance answer rests on recollection of it.",
		},
		{
			Jurisdiction: mustCode("MX"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2025-07-17")},
				Basis: "Constitution Art. 16: only the federal judicial authority may authorise interception of private " +
					"communications; Ley de Seguridad Nacional Arts 34-35: the intelligence centre must obtain judicial " +
					"authorisation; CNPP Arts 291 and 303: real-time geolocation and retained data only on a juez de control's " +
					"order; Ley en Materia de Telecomunicaciones y Radiodifusión (LMTR, in force 2025-07-17) Arts 182-183 keep " +
					"the LFTR 189-190 duties 'en los términos que establezcan las leyes'",
				Earlier: []ProfileAnswer{{Answer: Yes, Verified: true,
					Period: Period{From: mustDate("2018-03-22"), Until: mustDate("2025-07-17")},
					Basis: "Constitution Art. 16; LSN Arts 34-35; LFTR 2014 Arts 189-190 with CNPP Art. 303 as amended (juez de " +
						"control); SCJN AI 10/2014 and 11/2014 (2018-03-22) invalidated the original Art. 303 real-time " +
						"geolocation without a judge"}}},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2025-03-20")},
				Basis: "no notice to persons surveilled (Necessary and Proportionate 2016); the 2015 LGTAIP Art. 70 fr. XLVII made " +
					"authorities publish lists of requests to concessionaires for interception, records and geolocation (R3D " +
					"2019); whether the LGTAIP published 2025-03-20 keeps that duty, and its in-force date, were not checked"},
			CompelledAssistance: ProfileAnswer{Answer: Yes, Verified: false, Period: Period{From: mustDate("2025-07-17")},
				Basis: "Ley del Sistema Nacional de Investigación e Inteligencia en Materia de Seguridad Pública (DOF 2025-07-16) " +
					"Art. 26: private holders of databases and records must collaborate with the system for their transmission, " +
					"consultation and supply - reports differ on whether judicial control applies beyond private communications; " +
					"LMTR Arts 182-183: operators and application providers must answer written orders of the competent " +
					"authority; the LMTR's in-force date is used, the intelligence law's was not checked"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2025-07-17")},
				Basis: "no administrative power to alter, delete or block stored private content found; Constitution Art. 16 makes " +
					"private communications inviolable" + inferred},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2025-07-17")},
				Basis: "the INE's Comisión de Quejas y Denuncias, an electoral administrative body, orders removal of social-media " +
					"posts within hours as precautionary measures (e.g. Jalisco governor, 2021-07-30); no general administrative " +
					"blocking: the draft LMTR Art. 109 platform-blocking power was dropped (2025-05-14) before enactment; the " +
					"LGIPE article behind INE orders was not checked"},
			Sources: []Source{
				src("Ley de Seguridad Nacional Arts 33-36 (Justia México)", "http://mexico.justia.com/federales/leyes/ley-de-seguridad-nacional/titulo-tercero/capitulo-ii/seccion-i/"),
				src("CNPP Art. 303: geolocation and retained data on a juez de control's order", "https://www.conceptosjuridicos.com/mx/cnpp-articulo-303/"),
				src("DOF 2018-06-25: SCJN judgment in AI 10/2014 and 11/2014 (session 2018-03-22)", "http://diariooficial.segob.gob.mx/nota_detalle.php?codigo=5529007&fecha=25/06/2018"),
				src("Arturo Zaldívar: AI 10/2014 invalidated real-time geolocation", "https://arturozaldivar.com/?p=1435"),
				src("NX Noticias: LMTR Arts 182-183 reproduce LFTR Arts 189-190", "https://nxnoticias.com/ley-de-telecomunicaciones-no-espia-ni-censura-merino"),
				src("Puente Ciudadano: LMTR in force from 2025-07-17 (first transitory article)", "https://puenteciudadano.com/mexico-convivira-con-2-leyes-de-telecomunicaciones-desde-el-jueves-17-de-julio"),
				src("dplnews: LMTR retention and mobile-user registry duties", "https://dplnews.com/nueva-ley-telecom-en-mexico-refuerza-mecanismos-de-colaboracion-con-la-justicia"),
				src("Pulso SLP: Art. 26 of the intelligence-system law (private databases must collaborate)", "https://pulsoslp.com.mx/amp/opinion/informar-con-cautela/1952999"),
				src("IDC Online (2025-07-21): intelligence-system law published 2025-07-16", "https://idconline.mx/corporativo/2025/07/21/nueva-ley-de-inteligencia-preocupa-por-privacidad"),
				src("Diario de Morelos: access to private databases without judicial order (criticism)", "https://www.diariodemorelos.com/noticias/diputados-aprueban-ley-de-investigaci-n-e-inteligencia-qu-implica-para-m-xico"),
				src("Necessary and Proportionate: Mexico 2016 (no notice, no transparency duties)", "https://necessaryandproportionate.org/country-reports/mexico/twenty-sixteen/"),
				src("R3D (2019): Transparencia y vigilancia en México", "https://es.scribd.com/document/453211205/TRANSPARENCIA-Y-VIGILANCIA-2019-pdf"),
				src("DOF 2025-03-20: new Ley General de Transparencia", "http://diariooficial.gob.mx/nota_detalle.php?codigo=5752569&fecha=20%2F03%2F2025"),
				src("La Jornada (2021-07-31): INE orders Jalisco governor to remove posts", "https://jornada.com.mx/notas/2021/07/31/politica/ordena-el-ine-a-jalisco-cesar-propaganda-oficial"),
				src("La Revista (2025-05-14): LMTR Art. 109 platform blocking removed", "https://larevista.com.mx/mexico-elimina-el-articulo-109-de-la-ley-de-telecomunicaciones-tras-polemica-por-posible-censura-digital/"),
			},
			Reviewed: mustDate("2026-12-07"),
			Notes: "The LFTR 2014 stays applicable alongside the LMTR until the new regulator (CRT) is formed (LMTR transitory " +
				"articles, reported). Earlier answers other than JudicialAuthorisation were not researched.",
		},
		{
			Jurisdiction: mustCode("PE"),
			JudicialAuthorisation: ProfileAnswer{Answer: Yes, Verified: true, Period: Period{From: mustDate("2026-01-31")},
				Basis: "Constitution Art. 2(10) and CPP Art. 230: interception only on a judge's order at the prosecutor's request " +
					"(DL 1708, published 2026-01-30, in force the next day by Constitution Art. 109: decision within 24 h for " +
					"extortion); DL 1141 Art. 32: intelligence 'procedimientos especiales' need authorisation of one of two ad hoc " +
					"superior judges; DL 1182 gives police location data without a prior judge, but not content"},
			Transparency: ProfileAnswer{Answer: Partly, Verified: false, Period: Period{From: mustDate("2006-07-01")},
				Basis: "CPP Art. 231: the affected person is informed after the interception is executed (recalled, not confirmed " +
					"against the text); intelligence procedures and their authorisations are classified secret (DL 1141 Art. 32); " +
					"no public statistics found"},
			CompelledAssistance: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2015-07-28")},
				Basis: "DL 1182 (published 2015-07-27, in force the next day by Constitution Art. 109): operators must give the " +
					"police real-time location within 24 h without a prior judge in flagrante cases of crimes punishable by over 4 " +
					"years, validated by a judge afterwards, and keep traffic data 36 months; content is excluded; intelligence " +
					"access needs a judge (DL 1141 Art. 32); later amendments to DL 1182 not checked"},
			ContentControl: ProfileAnswer{Answer: No, Verified: false, Period: Period{From: mustDate("2006-07-01")},
				Basis: "no administrative power to alter, delete or block stored private content found" + inferred},
			PublicTakedown: ProfileAnswer{Answer: Partly, Verified: true, Period: Period{From: mustDate("2013-12-19")},
				Basis: "INDECOPI's Comisión de Derecho de Autor, an administrative body, orders ISPs to block piracy sites and " +
					"registrars to cancel domains by precautionary measure, even ex officio and without hearing (thepiratebay.pe, " +
					"reported 2013-12-19); about 1,300 sites blocked since 2022 (Operación 404); limited to copyright; the statute " +
					"behind the power (the copyright law) was not checked, so From is the first documented order"},
			Sources: []Source{
				src("Diario Correo (2026-01-30): DL 1708 amends CPP Art. 230, judge decides interception within 24 h", "https://diariocorreo.pe/politica/gobierno-oficializa-levantamiento-del-secreto-de-las-comunicaciones-para-combatir-la-extorsion-noticia/"),
				src("Hiperderecho (2019): DL 1141 Art. 32, special procedures need ad hoc superior judges", "https://hiperderecho.org/2019/06/sistema-nacional-de-inteligencia-y-privacidad/"),
				src("Hiperderecho (2015-07-27): DL 1182, location without judicial order and 3-year retention", "https://hiperderecho.org/?p=2126"),
				src("La Prensa: DL 1182 flagrancy, over 4 years, 24 h, judicial validation, 36 months", "https://laprensa.peru.com/actualidad/noticia-ley-policia-accede-ubicacion-telefono-celular-decreto-legislativo-1182-48585"),
				src("LP Derecho: CPP in force from 2006-07-01", "https://lpderecho.pe/nuevo-codigo-procesal-penal-peruano-actualiz"),
				src("LP Derecho: protocol on interception of communications (RA 387-2014-CE-PJ)", "https://lpderecho.pe/protocolo-actuacion-conjunta-referido-intervencion-comunicaciones-telefonicas-ra-387-2014-ce-pj/"),
				src("Blawyer (2013-12-19): INDECOPI ex officio measure against thepiratebay.pe", "https://blawyer.org/2013/12/19/los-seis-dias-de-thepiratebay-pe"),
				src("Gestión (2025-12-11): 1,300 sites blocked since 2022, Operación 404", "https://gestion.pe/peru/peru-bloquea-1300-sitios-web-ilegales-en-operativo-internacional-contra-piratearia-digital-noticia/"),
				src("La Razón: INDECOPI orders ISPs to block stream-ripping and sports piracy sites", "https://larazon.pe/indecopi-bloquea-webs-que-permitian-descargas-de-youtube"),
			},
			Reviewed: mustDate("2026-12-07"),
		},
	}
}
