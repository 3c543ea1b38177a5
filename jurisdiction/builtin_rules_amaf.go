package jurisdiction

// The data-transfer law of Latin America, Québec and Africa, and Serbia:
// Mexico, Chile, Colombia, Argentina, Peru, Québec, South Africa, Nigeria,
// Kenya and Serbia, with the compelled-access powers of Mexico's telecom
// laws and South Africa's RICA.
//
// Facts come from look-ups made while encoding; every entry cites where
// its citation and dates were read and says in its notes what could not be
// confirmed.

// Sources shared by several entries.
var (
	// Mexico.
	amafMXLaw2025 = []Source{
		src("Basham (2025-03-21): new LFPDPPP published in the DOF on 2025-03-20, in force the next day, 2025-03-21; the 2010 law abrogated",
			"https://basham.com.mx/nueva-ley-federal-de-proteccion-de-datos-personales-en-posesion-de-los-particulares-publicada-en-el-diario-oficial-de-la-federacion"),
		src("KPMG Mexico: the new LFPDPPP came into effect on 2025-03-21", "https://kpmg.com/mx/es/home/tendencias/2025/07/flash-new-federal-law-on-the-protection-of-personal-data-held-by-private-parties.html"),
		src("Digital Policy Alert: LFPDPPP 2025 transfers need prior consent save legal exceptions; recipients bound by the controller's obligations; intra-group transfers under a uniform policy",
			"https://digitalpolicyalert.org/event/28793-federal-law-on-the-protection-of-personal-data-held-by-private-parties-including-cross-border-data-transfer-regulation-was-signed-by-president"),
		src("Tena Abogados (2025-04-09): the Decree of 2025-03-20 abrogated the 2010 LFPDPPP and extinguished the INAI", "https://tenaabogados.com.mx/2025/04/entradproteccion-de-datos-personales"),
	}
	amafMXLFTR = []Source{
		src("Zeta Tijuana (2014-07): LFTR Art. 189 (written, reasoned orders of the competent authority) and Art. 190 (real-time geolocation) as passed",
			"https://zetatijuana.com/2014/07/gobierno-espiara-comunicaciones"),
		src("DOF 2015-12-02: IFT Lineamientos de Colaboración en Materia de Seguridad y Justicia; the LFTR, published 2014-07-14, entered into force thirty calendar days later",
			"http://www.diariooficial.gob.mx/nota_detalle.php?codigo=5418339&fecha=02/12/2015"),
		src("mley.mx: Ley Federal de Telecomunicaciones y Radiodifusión, text (last reform DOF 2021-05-20)", "https://mley.mx/LFTRad"),
		src("IDC Online (2025-07-24): the Decree publishing the Ley en Materia de Telecomunicaciones y Radiodifusión in the DOF on 2025-07-16 abrogates the LFTR of 2014",
			"https://idconline.mx/corporativo/2025/07/24/nueva-ley-de-telecomunicaciones-y-radiodifusion-claves"),
		src("Tribuna (2025-09-10): the Ley en Materia de Telecomunicaciones y Radiodifusión entered into force the day after publication, 2025-07-17",
			"https://www.tribuna.com.mx/opinion/2025/9/10/ley-de-telecomunicaciones-radiodifusion-412983.html"),
	}
	amafMXLMTR = []Source{
		src("SinEmbargo (2025-07-04): Ley en Materia de Telecomunicaciones y Radiodifusión Art. 182, concessionaires, authorised parties and application and content providers must obey written, reasoned orders; geolocation only with a juez de control",
			"https://www.sinembargo.mx/4672579/puntosycomas-ley-de-telecomunicaciones-regulara-geolocalizacion-de-dispositivos"),
		src("Puente Ciudadano: the new telecom law in force from 2025-07-17 (first transitory article)", "https://puenteciudadano.com/mexico-convivira-con-2-leyes-de-telecomunicaciones-desde-el-jueves-17-de-julio"),
		src("NX Noticias: LMTR Arts 182-183 reproduce LFTR Arts 189-190", "https://nxnoticias.com/ley-de-telecomunicaciones-no-espia-ni-censura-merino"),
	}

	// Chile.
	amafCL21719 = []Source{
		src("leydedatos.com: Art. 27 'Regla general de autorización' (adequate country, contractual clauses or BCRs, compliance model or certification; derogations for specific, non-habitual transfers), bill text",
			"https://ley.leydedatos.com/proyecto-de-ley/vk2CTQx4n1jzdJTXFE5f8i/art%C3%ADculo-27--regla-general-de-autorizaci%C3%B3n/hJpMWHgzRjQ8Xog54p2KAc"),
		src("DLA Piper Data Protection: Chile, transfer (Law 21,719: adequate country, contractual clauses or BCRs with adequate safeguards, compliance model or certification)",
			"https://www.dlapiperdataprotection.com/?c=CL&t=transfer"),
		src("IAPP: Law No. 21.719, amending Law No. 19.628, enters into force on 2026-12-01",
			"https://iapp.org/news/a/d-a-de-la-pdp-en-chile-estamos-preparados-para-la-entrada-en-vigor-de-la-normativa"),
		src("TTPSEC: Law 21.719 published in the Diario Oficial on 2024-12-13, in force 2026-12-01", "https://www.ttpsec.net/informativos/ley-21-719-protección-de-datos-personales"),
		src("Chambers Data Protection & Privacy 2025, Chile: Law 19.628 published 1999-08-28; Law 21.719 published 2024-12-13", "https://practiceguides.chambers.com/practice-guides/data-protection-privacy-2025/chile"),
	}
	amafCLClauses = []Source{
		src("BCN LeyChile: Resolución exenta RAEX202503748 of 2025-12-11 (Ministerio de Economía), approving model contractual clauses for international transfers under Law 21.719",
			"https://www.bcn.cl/leychile/navegar?idNorma=1219636"),
		src("Estado Diario: the model clauses resolution was published in the Diario Oficial on 2025-12-19 (critique of its legal basis)", "https://estadodiario.com/?p=32287"),
	}

	// Colombia.
	amafCO1581 = []Source{
		src("Actualícese: Law 1581 of 2012 Art. 26 forbids transfers to countries without adequate protection; exceptions; SIC standards",
			"https://actualicese.com/proteccion-de-datos-por-transferencia-o-transmision-de-datos-a-terceros-en-otros-paises"),
		src("Asuntos Legales: Art. 26 exceptions, SIC declaration of conformity, BCRs under Decree 255 of 2022; the SIC list of adequate countries (Circulares Externas 5 and 8 of 2017, 2 of 2018)",
			"https://asuntoslegales.com.co/analisis/daniela-acosta-baena-2793560/responsabilidad-demostrada-en-la-transferencia-internacional-de-datos-personales-3601919"),
		src("SlideShare: Ley Estatutaria 1581 de 2012 (octubre 17), Diario Oficial No. 48.587 of 2012-10-18", "http://fr.slideshare.net/D_Informatico/ley-1581-2012"),
		src("Asuntos Legales: Circular Externa No. 5 on international transfers published by the SIC on 10 August (2017); Decree 1377/13 transmissions to processors under contract",
			"https://asuntoslegales.com.co/analisis/jose-alejandro-bermudez-2541474/accountability-proteccion-de-datos-2541471"),
		src("Alcance Legal: SIC Circular Única list of countries with an adequate level of protection", "https://alcancelegal.co/blog/transferencia-internacional-de-datos-personales"),
	}

	// Argentina.
	amafAR25326 = []Source{
		src("Defensoría: Ley 25.326 de Protección de los Datos Personales, Buenos Aires 2000-10-04, Boletín Oficial 2000-11-02 (text)", "https://cyd-temp.defensoria.org.ar/ley-de-proteccion-de-los-datos-personales-8918"),
		src("Senado: file 1094/98, Law 25.326 sanctioned 2000-10-04, partially vetoed and promulgated by Decree 995/00 of 2000-10-30", "https://www.senado.gob.ar/parlamentario/comisiones/verExp/1094.98/S/PL"),
		src("Legal Core Group: Art. 12 allows international transfers only to countries with adequate protection, with exceptions", "https://legalcoregroup.com.ar/transferencia-de-datos-personales-en-argentina/"),
	}
	amafARDisp60 = []Source{
		src("Ríos Abogados: DNPDP Disposición 60-E/2016 of 2016-11-16, model clauses for assignment and service provision; Art. 3 lists adequate countries",
			"https://www.riosabogados.com/proteccion-datos-personales/modificaciones-a-la-normativa-argentina-de-proteccion-de-datos-personales-y-repercusiones-en-mexico/"),
		src("Palazzi (Lejister): Disposición 60/2016 published in the Boletín Oficial of 2016-11-18", "https://lejister.com/pop.php?Hash=5e6f1922023aaf46e5c698ce94939200&from_section=relacionados&option=articulo"),
		src("Capriotti (Lejister): Art. 3 of Disp. 60/2016 lists EU/EEA, Switzerland, Guernsey, Jersey, Isle of Man, Faroe Islands, Canada (private sector), Andorra, New Zealand, Uruguay, Israel (automated data)",
			"https://latam.lejister.com/pop.php?Hash=f875a2fbe5fe946814b4c2b6d1e99253&from_section=relacionados&option=articulo"),
		src("El Accionista (2016-11-21): text of Disposición 60-E/2016, citing Decree 1558/01 Annex I Art. 12", "http://www.diarioelaccionista.com.ar/notacompleta.php?clave=31203"),
	}

	// Peru.
	amafPELaw = []Source{
		src("Actualidad Empresarial: Law 29733 (2011) and its regulation DS 003-2013-JUS of 2013-03-21 entered into force thirty business days after the regulation's publication",
			"https://actualidadempresarialcontable.blogspot.com/2015/05/cuales-son-las-obligaciones-en-la.html"),
		src("datosperu: El Peruano of 2013-03-22, text of the regulation of Law 29733", "https://www.datosperu.org/directorio-de-normas-legales-del-peru-2013-marzo-22-03-2013-pagina-22.php"),
		src("RegAlert: Law No. 29733 enacted 2011-07-03", "https://regalert.today/document/8ec4537c-8eaa-4934-93da-c50002483025"),
	}
	amafPEReg2024 = []Source{
		src("Garrigues: DS 016-2024-JUS published 2024-11-30, new regulation of Law 29733 in force 2025-03-30, repealing the 2013 regulation; adequacy criteria for cross-border flow",
			"https://garrigues.com/es_ES/noticia/peru-publica-nuevo-reglamento-ley-proteccion-datos-personales"),
		src("TYTL: the new regulation (DS 016-2024-JUS) entered into force on 2025-03-30", "https://tytl.com.pe/la-cuenta-regresiva-termino-el-30-de-marzo-entro-en-vigor-el-nuevo-reglamento-de-la-ley-de-proteccion-de-datos-personales/"),
		src("IAPP: DS 016-2024-JUS published in El Peruano on 2024-11-30, repealing DS 003-2013-JUS", "https://iapp.org/news/a/se-publica-el-nuevo-reglamento-de-protecci-n-de-datos-personales-en-per-"),
		src("La República (2024-12-03): new regulation in force from 2025-03-31 (differs by a day)", "https://larepublica.pe/economia/2024/12/03/nuevo-reglamento-de-proteccion-de-datos-en-peru-cuales-son-los-cambios-a-la-norma-atmp-238467"),
	}

	// Québec.
	amafQCPrivate = []Source{
		src("LégisQuébec: P-39.1 s.17 (privacy impact assessment and written agreement before communicating outside Québec; 2021, c. 25, s. 111)",
			"https://legisquebec.gouv.qc.ca/en/version/cs/P-39.1?code=se%3A17&history=20240930"),
		src("Commission d'accès à l'information: from 2023-09-22 a PIA precedes any communication of personal information outside Québec, under a written agreement",
			"https://www.cai.gouv.qc.ca/espace-evolutif-modernisation-lois/thematiques/communication-renseignements-personnels-hors-Quebec/"),
		src("BLG (2022-12): new s.17 in force 2023-09-22; before it enterprises had to take all reasonable steps", "https://www.blg.com/en/insights/2022/12/cross-border-transfers-of-personal-information-outside-quebec"),
	}
	amafQCPublic = []Source{
		src("LégisQuébec: A-2.1 s.70.1 (public body: privacy impact assessment and written agreement before releasing outside Québec; 2021, c. 25, s. 27)",
			"https://legisquebec.gouv.qc.ca/en/version/cs/A-2.1?code=se%3A70_1&history=20241115"),
		src("Commission d'accès à l'information: from 2023-09-22 a PIA precedes any communication of personal information outside Québec",
			"https://www.cai.gouv.qc.ca/espace-evolutif-modernisation-lois/thematiques/communication-renseignements-personnels-hors-Quebec/"),
	}

	// South Africa.
	amafZAPOPIA = []Source{
		src("ICT Policy Africa: POPIA, Act No. 4 of 2013, Government Gazette No. 37067 of 2013-11-26, s.72(1)(b)-(e) and s.72(2) (text)",
			"https://ictpolicyafrica.org/en/document/0jlewanhffsm?page=40&searchTerm=artificial+intelligence"),
		src("Mondaq: POPIA commenced 2020-07-01 with a one-year grace period; s.72 prohibits transfers unless a prescribed safeguard applies",
			"https://webiis05.mondaq.com/southafrica/data-protection/973350/transferring-personal-information-outside-of-south-africa-popia-and-the-implications-of-schrems-ii?type=mondaqai&score=72"),
		src("Michalsons: s.72 transborder information flows (adequate law, BCRs, agreement, consent, contract)", "https://www.michalsons.com/focus-areas/privacy-and-data-protection/transfers-of-personal-information-outside-south-africa"),
	}
	amafZARICA = []Source{
		src("Acts Online: RICA (Act 70 of 2002) s.30, interception capability and storage of communication-related information",
			"https://source.acts.co.za/regulation-of-interception-of-communications-and-provision-of-communication-related-information-act-2002/30_interception_capability_of_telecomm.php"),
		src("ICT Policy Africa: RICA s.28, assistance by telecommunication service providers on interception and communication-related directions", "https://ictpolicyafrica.org/en/document/9mgx1y1zanr?page=38"),
		src("ITWeb (2005-10-04): RICA in operation from 2005-09-30 by notice in the Government Gazette, except ss.40 and 62(6)",
			"http://www.itweb.co.za/sections/business/2005/0510041040.asp"),
		src("Wikipedia (IPFS mirror): RICA structure (its 'came into effect on 22 January 2003' conflicts with the 2005 commencement notice)", "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Regulation_of_Interception_of_Communications_and_Provision_of_Communication-related_Information_Act%2C_2002"),
	}

	// Nigeria.
	amafNGNDPA = []Source{
		src("Digital Policy Alert: Nigeria Data Protection Act 2023 (Act No. 37) entered into force on 2023-06-12; transfer conditions", "https://digitalpolicyalert.org/event/24984-implemented-data-protection-act-including-cross-border-data-transfer-regulation"),
		src("FreelanceDPO: NDPA s.41(1) text", "https://freelancedpo.com/what-we-do/digital-regulations/nigeria-ndpa-digital-regulation/view-regulation-nigeria-ndpr-2023/part-viii-cross-border-transfers-of-personal-data/article-41-basis-for-cross-border-transfer-of-personal-data/article-41-1"),
		src("Law Global Hub: NDPA s.42 (adequacy of protection) text", "https://lawglobalhub.com/section-42-nigeria-data-protection-act-2023"),
		src("TechMeetsLaw: NDPA s.43 (other bases for transfer) text", "https://techmeetslaw.org/?p=3145"),
		src("PrivacyLaws.com: the Bill was signed into law on 2023-06-12", "https://www.privacylaws.com/reports-gateway/articles/int186/int186nigeria/"),
	}

	// Kenya.
	amafKEDPA = []Source{
		src("Digital Policy Alert: Kenya Data Protection Act 2019 assented 2019-11-08, in force 2019-11-25", "https://digitalpolicyalert.org/event/27494-data-protection-act-2019-including-cross-border-data-transfer-regulation-entered-into-force"),
		src("ICT Policy Africa: Data Protection Act No. 24 of 2019, Part VI (ss.48-50), s.49(2)-(3) and s.50 text", "https://ictpolicyafrica.org/en/document/n7xolcf4vk8?page=35"),
		src("DLA Piper Data Protection: Kenya, transfer (proof of safeguards to the Data Commissioner; consent for sensitive data; Regulations' four bases)", "https://www.dlapiperdataprotection.com/?c=KE&t=transfer"),
		src("PrivacyWatch: Data Protection (General) Regulations 2021 reg. 40 (safeguards, adequacy, necessity, consent)",
			"http://www.privacywatch.co.ke/portal/the-data-protection-regulations-2021/the-data-protection-general-regulations-2021/part-vii-transfer-of-personal-data-outside-keny-a/40-general-principles-for-transfers-of-personal-data-out-of-the-country/"),
	}
	amafKEReg26 = []Source{
		src("Kenya Law: Data Protection (General) Regulations, Legal Notice 263 of 2021, published in Kenya Gazette Vol. CXXIV No. 6 on 2022-01-14, commenced 2022-01-14",
			"https://new.kenyalaw.org/akn/ke/act/ln/2021/263/eng@2022-12-31"),
		src("PrivacyWatch: reg. 26 text (server and data centre in Kenya, or at least one serving copy in Kenya, for listed strategic-interest purposes)",
			"http://www.privacywatch.co.ke/portal/the-data-protection-regulations-2021/the-data-protection-general-regulations-2021/part-iv-obligations-of-data-controllers-and-data-processors/26-requirement-for-specified-processing-data-to-be-done-in-kenya/"),
		src("ICT Policy Africa: DPA 2019 s.50 (the Cabinet Secretary may prescribe processing only through a server or data centre in Kenya)", "https://ictpolicyafrica.org/en/document/n7xolcf4vk8?page=35"),
		src("Law3sixty (2022-02-04): the three regulations came into force on 2022-02-17 (differs)", "https://law3sixty.com/legal_updates/data-protection-regulations-2021/"),
	}

	// Serbia.
	amafRSLaw = []Source{
		src("Commissioner (zzpl.rs): Law on Personal Data Protection, Chapter V, transfer of personal data to other countries and international organisations (Arts 63-69)",
			"https://zzpl.rs/en/zzpl/v-transfer-of-personal-data-to-other-countries-and-international-organisations"),
		src("D2P: the Law (Official Gazette of RS No. 87/2018) applies from 2019-08-21, nine months after its entry into force; Government decision listing adequate countries",
			"https://www.d2plaw.com/en/d2p-headlines/newsletters/latest-developments-in-data-protection/"),
		src("Paragraf: Law on Personal Data Protection, Off. Herald of RS No. 87/2018 (English text)", "http://demo.paragraf.rs/demo/combined/Old/t/t2019_10/t10_0074.htm"),
	}
	amafRSSCC = []Source{
		src("ZS Law: the Commissioner's standard contractual clauses (LPDP Arts 45 and 65) published in the Official Gazette No. 5/2020 on 2020-01-22",
			"https://www.zslaw.rs/standard-contractual-clauses-governing-the-rights-and-duties-of-data-controllers-and-processors-and-data-transfers-out-of-serbia-adopted/"),
	}
	amafRSChambers = src("Chambers Data Protection and Privacy 2025, Serbia: 5.2 Commissioner's approval under Art. 65; 5.3 no data localisation requirement",
		"https://gpg-pdf.chambers.com/view/158325293/381")
)

// Law names used by several entries.
const (
	amafLFPDPPP  = "Ley Federal de Protección de Datos Personales en Posesión de los Particulares (DOF 2025-03-20)"
	amafCLLaw    = "Law No. 19.628 on the Protection of Personal Data (Chile)"
	amafCO1581L  = "Ley Estatutaria 1581 de 2012 (Colombia)"
	amafAR25326L = "Ley 25.326 de Protección de los Datos Personales (Argentina)"
	amafPE29733  = "Ley No. 29733, Ley de Protección de Datos Personales (Peru)"
	amafP391     = "Act respecting the protection of personal information in the private sector, CQLR c. P-39.1"
	amafA21      = "Act respecting Access to documents held by public bodies and the Protection of personal information, CQLR c. A-2.1"
	amafPOPIA    = "Protection of Personal Information Act, 2013 (Act No. 4 of 2013)"
	amafNDPA     = "Nigeria Data Protection Act, 2023 (Act No. 37)"
	amafKEDPAL   = "Data Protection Act, 2019 (No. 24 of 2019) (Kenya)"
	amafRSZZPL   = "Law on Personal Data Protection (Official Gazette of RS No. 87/2018)"
)

func rulesAmAf() []Rule {
	mx, cl, co, ar, pe := mustCode("MX"), mustCode("CL"), mustCode("CO"), mustCode("AR"), mustCode("PE")
	qc, za, ng, ke, rs := mustCode("CA-QC"), mustCode("ZA"), mustCode("NG"), mustCode("KE"), mustCode("RS")
	personal := Scope{Classes: classes(Personal), Basis: StoredIn}
	return []Rule{
		// Mexico.
		{
			ID: "MX-LFPDPPP-35", Jurisdiction: mx, Kind: TransferRestriction,
			Title: "A controller may transfer personal data to third parties in Mexico or abroad, other than its processors, only " +
				"with the data subject's consent save the Law's exceptions, and the recipient takes on the controller's obligations",
			Citation:  Citation{Law: amafLFPDPPP, Short: "LFPDPPP", Article: "Arts. 35-36", Version: "2025 law"},
			Effective: mustDate("2025-03-21"),
			Scope:     personal,
			Sources:   amafMXLaw2025,
			Verified:  false,
			Notes: "Unverified: the article numbers (Art. 35 transfers to third parties other than the processor, Art. 36 " +
				"exceptions) come from a secondary reading of the 2025 text, not from the DOF text itself; the in-force date " +
				"2025-03-21 is confirmed. Communications to a processor (encargado) are not transfers (Reglamento 2011 art. 53, " +
				"mx-lfpdppp-encargado). There is no adequacy list. The 2010 law (Arts 36-37, in force 2010-07-06 to 2025-03-21) " +
				"had a like rule, not encoded. The supervisory authority is the Secretaría Anticorrupción y Buen Gobierno. A fourth pass found no copy of the DOF text: repository notes of a " +
				"Mexican compliance project quote Art. 35 of the 2025 law ('Cuando el responsable pretenda transferir los datos personales a terceros " +
				"nacionales o extranjeros, distintos de la persona encargada...') and place the consent exceptions in Art. 36, which fits the " +
				"citation, but they are not a copy of the official text, so the articles stay unconfirmed. " +
				"A fifth pass found the DOF decree page (diariooficial.gob.mx nota_detalle codigo=5752569, 2025-03-20) and law-firm summaries (Basham, Hogan Lovells, Tena) only as page openings that do not reach the transfer articles, and no other copy of Arts 35-36, so the articles stay unconfirmed. " +
				"A sixth pass found only law-firm summaries of the 2025 law (Basham, SAE, Tena, Mondaq), none naming the transfer articles.",
		},
		{
			ID: "MX-LFTR-189", Jurisdiction: mx, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Telecommunications concessionaires and authorised parties must obey written, reasoned orders of the competent " +
				"authority and collaborate with security and justice bodies, including real-time geolocation of mobile equipment",
			Citation:  Citation{Law: "Ley Federal de Telecomunicaciones y Radiodifusión (DOF 2014-07-14)", Short: "LFTR", Article: "Arts. 189-190"},
			Effective: mustDate("2014-08-13"), End: mustDate("2025-07-17"),
			Sources:  amafMXLFTR,
			Verified: true,
			Notes: "In force thirty calendar days after publication on 2014-07-14 (DOF 2015-12-02). Ended 2025-07-17: the Decree " +
				"of 2025-07-16 issuing the Ley en Materia de Telecomunicaciones y Radiodifusión abrogates the LFTR (IDC Online) and " +
				"took effect the next day (Tribuna); the new law's Arts 182-183 carry the duties on (MX-LMTR-182). Reports of the two " +
				"laws 'coexisting' concern transitional regimes, not these articles. Interception of private communications needs " +
				"federal judicial authorisation (Constitution Art. 16).",
		},
		{
			ID: "MX-LMTR-182", Jurisdiction: mx, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Telecommunications concessionaires, authorised parties and application and content providers must obey written, " +
				"reasoned orders of the competent authority and collaborate in real-time geolocation authorised by a juez de control",
			Citation:  Citation{Law: "Ley en Materia de Telecomunicaciones y Radiodifusión (2025)", Short: "LMTR", Article: "Arts. 182-183"},
			Effective: mustDate("2025-07-17"),
			Sources:   amafMXLMTR,
			Verified:  true,
			Notes: "Reproduces LFTR Arts 189-190 and reaches application and content providers. Data retention and the mobile " +
				"user registry are not encoded.",
		},

		// Chile.
		{
			ID: "CL-19628-27", Jurisdiction: cl, Kind: TransferRestriction,
			Title: "International transfers of personal data are lawful only to a country with adequate protection, under " +
				"contractual clauses, binding corporate rules or other instruments with adequate safeguards, or under a compliance " +
				"model or certification; otherwise only specific, non-habitual transfers on a derogation",
			Citation: Citation{Law: amafCLLaw, Short: "Ley 19.628", Article: "Arts. 27-28",
				Version: "as amended by Law No. 21.719 (Diario Oficial 2024-12-13)"},
			Effective: mustDate("2026-12-01"),
			Scope:     personal,
			Sources:   amafCL21719,
			Verified:  false,
			Notes: "In force 2026-12-01 (verified). Unverified: the article numbers, read from the bill text (Art. 27 'Regla " +
				"general de autorización', Art. 28 on adequacy and safeguards); the substance matches DLA Piper's summary of the " +
				"enacted law. Before 2026-12-01 Law 19.628 (1999) had no rule on international transfers: transfers needed only " +
				"a legal basis, usually consent. The Agency has published no adequacy decision, so none is encoded. A fourth pass looked for the enacted text " +
				"(BCN consolidated text, Diario Oficial 44.023 of 2024-12-13) in public repositories and found copies indexed only as page " +
				"openings, so the articles on international transfer were again not read. " +
				"A fifth pass found a repository article map quoting Arts 27 ('Regla general de autorización'), 28 (adequate countries and safeguards) and 29 (Agency supervision) as literal text of Law 21.719 checked against the BCN PDF, and a second repository note citing arts. 27-29, but could not identify the repository or read the BCN text itself, so the numbering stays unconfirmed. " +
				"A sixth pass found the BCN page of the Ministry of Economy resolution approving model clauses for international transfers (idNorma=1219636, 2025-12-11) and DLA Piper's Chile transfer page, but neither opening names the article numbers, and the article text was seen only on a bill-text site (leydedatos.com).",
		},

		// Colombia.
		{
			ID: "CO-1581-26", Jurisdiction: co, Kind: TransferRestriction,
			Title: "Transfers of personal data of any kind to countries that do not provide adequate levels of data protection, " +
				"as the SIC's standards define them, are prohibited, save the Law's exceptions or an SIC declaration of conformity",
			Citation:  Citation{Law: amafCO1581L, Short: "Ley 1581", Article: "Art. 26"},
			Effective: mustDate("2012-10-18"),
			Scope:     personal,
			Sources: append(append([]Source{}, amafCO1581...),
				src("Clym: Law 1581 of 2012 enacted 2012-10-17, effective 2012-10-18 (published in the Official Gazette) - a vendor summary, not authoritative",
					"https://regulations.clym.io/law-1581-2012-colombia"),
				src("Lexology: Colombia enacted Law No. 1581; the law is effective immediately; restrictions on sharing personal information outside Colombia",
					"https://www.lexology.com/library/detail.aspx?g=badca5dc-8455-4e0c-b87d-7449df83d359")),
			Verified: false,
			Notes: "Unverified: the effective date. 2012-10-18 is the Law's publication in Diario Oficial 48.587, read only on a " +
				"SlideShare copy of the text, not on an official page; its own vigencia article (said to read 'rige a partir de su " +
				"promulgación') and the general rule of Law 4 of 1913 Arts 52-53 were not read in a source this pass, so the day it " +
				"took effect is not confirmed. Exceptions (Art. 26 a-f, as recalled): express and unequivocal authorisation of the " +
				"data subject, medical data, bank and stock transfers, treaties, contract necessity, legal requirements for the " +
				"public interest. Decree 1377 of 2013 calls communications to a processor abroad 'transmissions' and exempts them " +
				"from authorisation under a transmission contract; whether the adequacy prohibition reaches them is debated " +
				"and not encoded. A fourth pass read Art. 30 ('La presente ley rige a partir de su promulgación') and the " +
				"Diario Oficial 48.587 of 2012-10-18 heading only in unattributed repository copies of the text, and 2012-10-18 as the effective " +
				"date only on a compliance vendor's summary (Clym; Lexology says the law was effective immediately), none an official or " +
				"authoritative page, so the day stays unconfirmed. " +
				"A fifth pass saw Diario Oficial 48.587 of 2012-10-18 only in a search-engine cache of the SUIN-Juriscol page (cc.bingj.com), read Ley 4 of 1913 Art. 52 only on a blog reproduction (repositorio.arkhaios.com), found a repository copy giving Art. 30 to be a garbled reconstruction, and found Verifile giving 2013-04-18 (likely the Art. 28 six-month transition), so the day is still unconfirmed. " +
				"A sixth pass searched again for the Senate (secretariasenado.gov.co) page of Ley 1581 and found none.",
		},

		// Argentina.
		{
			ID: "AR-25326-12", Jurisdiction: ar, Kind: TransferRestriction,
			Title: "Transfer of personal data of any kind to countries or international bodies that do not provide adequate levels " +
				"of protection is prohibited, save international judicial cooperation, medical data, bank and stock transfers, " +
				"treaties and cooperation against organised crime",
			Citation:  Citation{Law: amafAR25326L, Short: "Ley 25.326", Article: "Art. 12"},
			Effective: mustDate("2000-11-11"),
			Scope:     personal,
			Sources: append(append([]Source{}, amafAR25326...),
				src("Código Civil (Ley 340), Art. 2 as worded by Ley 16.504, in force until 2015: laws bind from the day they determine or, "+
					"if they set none, after the eight days following their official publication (text)",
					"http://pequenasnoticias.com.ar/Legislacion/PropiedadHorizontal/Nacional/CodigoCivil/Codigo_Civil_01.asp")),
			Verified: true,
			Notes: "In force 2000-11-11: the Law was published in the Boletín Oficial on 2000-11-02 (Defensoría text; sanctioned " +
				"2000-10-04, promulgated by Decree 995/00 of 2000-10-30, Senate file 1094/98) and sets no date of its own, so under " +
				"Art. 2 of the Civil Code then in force it bound after the eight days following publication (2000-11-03 to " +
				"2000-11-10). The Civil Code text was read on a reproduction, not on InfoLEG. The text of Art. 12(1) ('Es prohibida " +
				"la transferencia de datos personales de cualquier tipo con países u organismos internacionales o supranacionales, " +
				"que no proporcionen niveles de protección adecuados') and the exceptions of Art. 12(2) were read in a repository " +
				"copy of the InfoLEG/argentina.gob.ar text and match the title. Decree 1558/2001 Annex I Art. 12 lets the DNPDP " +
				"(now the AAIP) assess adequacy and treats contractual clauses as a source of adequate protection.",
		},

		// Peru.
		{
			ID: "PE-29733-15", Jurisdiction: pe, Kind: TransferRestriction,
			Title: "The holder or processor of a personal data bank may carry out cross-border flows of personal data only to a " +
				"country with adequate levels of protection; otherwise the sender must guarantee that the data is processed as the " +
				"Law requires, save the Law's exceptions",
			Citation:  Citation{Law: amafPE29733, Short: "LPDP", Article: "Art. 15"},
			Effective: mustDate("2013-05-08"),
			Scope:     personal,
			Sources: append(append(append([]Source{}, amafPELaw...), amafPEReg2024...),
				src("Olivos Celis, 'La vigencia de las disposiciones sobre la protección de datos personales en el ordenamiento jurídico "+
					"peruano': the LPDP and its regulation each describe how their provisions enter into force; the Law's vigencia began in July 2011",
					"https://datospdf.com/download/la-vigencia-de-las-disposiciones-sobre-la-proteccion-de-datos-personales-en-el-ordenamiento-juridico-peruano-_5a44d51bb7d7bc422b91f1de_pdf")),
			Verified: false,
			Notes: "Unverified: the wording of Art. 15, seen only in secondary paraphrases ('el flujo transfronterizo de datos " +
				"personales solo si el país destinatario mantiene niveles de protección adecuados'; the text in El Peruano was " +
				"not read), and the effective date. 2013-05-08 is thirty business days after the regulation (DS 003-2013-JUS) " +
				"was published on 2013-03-22, which Actualidad Empresarial gives as the start of the Law and its regulation. " +
				"But Olivos Celis says both the Law and the regulation describe how their provisions enter into force and dates " +
				"the Law's vigencia from July 2011, so part of the Law may have applied from 2011: which provisions, and whether " +
				"Art. 15 is among them, was not read, so the start may be earlier than 2013-05-08. Constitution Art. 109 (in force " +
				"the day after publication unless the law postpones it) does not settle it while the Law's own clause is unread. " +
				"The regulation was replaced by DS 016-2024-JUS from 2025-03-30, which sets adequacy criteria (pe-29733-15-sender-guarantee-2025). A fourth pass " +
				"searched repositories and pages for the text of Art. 15 and the Law's complementary final provisions on vigencia and found " +
				"only paraphrases. " +
				"A sixth pass found Art. 15 quoted only in a repository UI file and no text of the Law's final provisions on vigencia.",
		},

		// Québec.
		{
			ID: "CA-QC-P39.1-17", Jurisdiction: qc, Kind: TransferRestriction,
			Title: "Before communicating personal information outside Québec, or entrusting its collection, use, communication or " +
				"keeping to someone outside Québec, an enterprise must conduct a privacy impact assessment establishing adequate " +
				"protection and make the communication the subject of a written agreement",
			Citation:  Citation{Law: amafP391, Short: "P-39.1", Article: "s.17", Version: "as replaced by 2021, c. 25, s. 111 (Act 25)"},
			Effective: mustDate("2023-09-22"),
			Scope:     personal,
			Sources:   amafQCPrivate,
			Verified:  true,
			Notes: "Outside Québec includes the rest of Canada. The Act binds enterprises, not public bodies (A-2.1 s.70.1, " +
				"CA-QC-A2.1-70.1), but the model cannot exempt them: a public body's transfer shows both rules, which one " +
				"mechanism satisfies. Before 2023-09-22 s.17 required 'all reasonable steps' against use " +
				"for other purposes or disclosure without consent; that obligation is not encoded. Communications under s.18 " +
				"para. 1 subpara. 7 are excluded.",
		},
		{
			ID: "CA-QC-A2.1-70.1", Jurisdiction: qc, Kind: TransferRestriction,
			Title: "Before releasing personal information outside Québec, or entrusting its collection, use, release or keeping to " +
				"someone outside Québec, a public body must conduct a privacy impact assessment establishing adequate protection " +
				"and make the release the subject of a written agreement",
			Citation:  Citation{Law: amafA21, Short: "A-2.1", Article: "s.70.1", Version: "as replaced by 2021, c. 25, s. 27 (Act 25)"},
			Effective: mustDate("2023-09-22"),
			Scope:     Scope{Classes: classes(Personal), Basis: ControllerIn, ControllerTags: []string{"public-body"}},
			Sources:   amafQCPublic,
			Verified:  true,
			Notes: "Tag the public body \"public-body\" and give it jurisdiction CA-QC. Outside Québec includes the rest of Canada. " +
				"The 2006 text of s.70.1 (2006, c. 22, s. 47) required equivalent protection before 2023-09-22; not encoded. " +
				"Releases under international commitments and the Public Health Act s.133 are excluded.",
		},

		// South Africa.
		{
			ID: "ZA-POPIA-72", Jurisdiction: za, Kind: TransferRestriction,
			Title: "A responsible party may not transfer personal information to a third party in a foreign country unless the " +
				"recipient is bound by a law, binding corporate rules or agreement giving adequate protection, the data subject " +
				"consents, or the transfer is necessary for a contract or for the data subject's benefit",
			Citation:  Citation{Law: amafPOPIA, Short: "POPIA", Article: "s.72"},
			Effective: mustDate("2020-07-01"),
			Scope:     personal,
			Sources:   amafZAPOPIA,
			Verified:  true,
			Notes: "Commenced 2020-07-01; s.114(1) gave a year to comply, so the Information Regulator enforces from 2021-07-01. " +
				"No adequacy list has been published: reliance on a foreign law is the responsible party's own assessment.",
		},
		{
			ID: "ZA-RICA-30", Jurisdiction: za, Kind: CompelledAccess, Reach: TerritorialReach,
			Title: "Telecommunication service providers must provide interceptable services, store communication-related " +
				"information, and carry out interception and archived-data directions issued by a designated judge",
			Citation: Citation{Law: "Regulation of Interception of Communications and Provision of Communication-Related Information Act, 2002 (Act 70 of 2002)",
				Short: "RICA", Article: "ss.16-19, 28, 30"},
			Effective: mustDate("2005-09-30"),
			Sources:   amafZARICA,
			Verified:  true,
			Notes: "In operation from 2005-09-30 by notice in the Government Gazette, save ss.40 and 62(6) (ITWeb, 2005-10-04); the " +
				"Act was promulgated on 2002-12-30 (ITWeb); the 2003-01-22 'effect' date in Wikipedia mirrors is not its commencement. " +
				"AmaBhungane v Minister of " +
				"Justice [2021] ZACC 3 declared RICA unconstitutional for lack of post-surveillance notice and struck down bulk " +
				"interception; the reading-in applies until Parliament amends it.",
		},

		// Nigeria.
		{
			ID: "NG-NDPA-41", Jurisdiction: ng, Kind: TransferRestriction,
			Title: "A controller or processor may not transfer personal data from Nigeria to another country unless the recipient is " +
				"subject to a law, binding corporate rules, contractual clauses, code of conduct or certification giving an adequate " +
				"level of protection, or a section 43 condition applies",
			Citation:  Citation{Law: amafNDPA, Short: "NDPA", Article: "ss.41-43"},
			Effective: mustDate("2023-06-12"),
			Scope:     personal,
			Sources:   amafNGNDPA,
			Verified:  true,
			Notes: "The basis of each transfer must be recorded (s.41). The Commission may determine adequacy of countries, " +
				"sectors or standard clauses (s.42(4)); none is encoded. No international transfer code may be adopted as the " +
				"Nigerian standard without the National Assembly's approval (s.43(2)).",
		},

		// Kenya.
		{
			ID: "KE-DPA-48", Jurisdiction: ke, Kind: TransferRestriction,
			Title: "A controller or processor may transfer personal data out of Kenya only on proof to the Data Commissioner of " +
				"appropriate safeguards, an adequacy decision, necessity, or the data subject's consent; sensitive personal data " +
				"needs the data subject's consent",
			Citation:  Citation{Law: amafKEDPAL, Short: "DPA 2019", Article: "ss.48-49"},
			Effective: mustDate("2019-11-25"),
			Scope:     personal,
			Sources:   amafKEDPA,
			Verified:  true,
			Notes: "The Data Commissioner may prohibit, suspend or condition a transfer (s.49(3)). No adequacy decision has been " +
				"issued. The consent needed for sensitive data (s.49(1)) is not modelled separately: a flow of sensitive data " +
				"should rely on ke-dpa-48-consent.",
		},
		{
			ID: "KE-DPGR-26", Jurisdiction: ke, Kind: Localization,
			Title: "A controller or processor that processes personal data for listed strategic interests of the State (civil " +
				"registration, elections, public finances, protected computer systems, basic education, primary or secondary " +
				"health care) must process it through a server and data centre in Kenya or keep at least one serving copy there",
			Citation: Citation{Law: "Data Protection (General) Regulations, 2021 (Legal Notice 263 of 2021)", Short: "DP (General) Regs 2021",
				Article: "reg. 26", Version: "made under DPA 2019 s.50"},
			Effective: mustDate("2022-01-14"),
			Scope: Scope{Classes: classes(Personal), Basis: SubjectsIn,
				ControllerTags: []string{"ke-strategic-interest-processing"}},
			Sources:  amafKEReg26,
			Verified: true,
			Notes: "Kenya Law gives publication and commencement as 2022-01-14; a law-firm note says the regulations came into force " +
				"on 2022-02-17 after parliamentary approval. Tag the controller \"ke-strategic-interest-processing\" when it " +
				"processes for a reg. 26(2) purpose. A serving copy in Kenya suffices (ke-dpgr-26-serving-copy lets other copies " +
				"stay abroad). The Cabinet Secretary may also require localisation of a controller that ignored a breach or " +
				"obstructed the Data Commissioner (reg. 26(3)); not encoded.",
		},

		// Serbia.
		{
			ID: "RS-ZZPL-63", Jurisdiction: rs, Kind: TransferRestriction,
			Title: "Personal data may be transferred to another country or international organisation only to one with an adequate " +
				"level of protection, under appropriate safeguards (standard clauses, binding corporate rules, approved " +
				"instruments), or on a derogation for special situations",
			Citation:  Citation{Law: amafRSZZPL, Short: "ZZPL", Article: "Arts. 63-69"},
			Effective: mustDate("2019-08-21"),
			Scope:     personal,
			Sources:   append(append([]Source{}, amafRSLaw...), amafRSChambers),
			Verified:  true,
			Notes: "The Law entered into force in November 2018 and applies from 2019-08-21. Transfers on other safeguards than " +
				"standard clauses and BCRs need the Commissioner's approval (Art. 65). The 2008 Law on Personal Data Protection " +
				"(Commissioner's authorisation for transfers to non-parties of Convention 108) is not encoded.",
		},
	}
}

func mechanismsAmAf() []Mechanism {
	mx, cl, co, ar, pe := mustCode("MX"), mustCode("CL"), mustCode("CO"), mustCode("AR"), mustCode("PE")
	qc, za, ng, ke, rs := mustCode("CA-QC"), mustCode("ZA"), mustCode("NG"), mustCode("KE"), mustCode("RS")
	return []Mechanism{
		// Mexico.
		{
			ID: "mx-lfpdppp-encargado", Jurisdiction: mx, ProcessorsOnly: true,
			Name: "Communication to a processor (encargado) acting on the controller's behalf and instructions (remisión), not a transfer",
			Citation: Citation{Law: "Reglamento de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares (DOF 2011-12-21)",
				Short: "Reglamento LFPDPPP", Article: "art. 53"},
			Effective: mustDate("2025-03-21"),
			Satisfies: []string{"MX-LFPDPPP-35"},
			Sources:   amafMXLaw2025,
			Verified:  false,
			Notes: "Unverified: that the 2011 Regulation's art. 53 still governs under the 2025 Law (its transitory provisions keep " +
				"the Regulation in force as far as compatible, per secondary sources) and the article numbering. A processor " +
				"that uses the data for its own purposes becomes a controller and the communication a transfer.",
		},
		{
			ID: "mx-lfpdppp-consent", Jurisdiction: mx,
			Name:      "Consent of the data subject to the transfer, given through the privacy notice",
			Citation:  Citation{Law: amafLFPDPPP, Short: "LFPDPPP", Article: "Art. 35", Version: "2025 law"},
			Effective: mustDate("2025-03-21"),
			Satisfies: []string{"MX-LFPDPPP-35"},
			Sources:   amafMXLaw2025,
			Verified:  false,
			Notes:     "Unverified: the article number. Tacit consent suffices as a rule; express consent for financial or patrimonial data.",
		},
		{
			ID: "mx-lfpdppp-36-group", Jurisdiction: mx,
			Name:      "Transfer within a group of companies operating under the same internal data-protection policies",
			Citation:  Citation{Law: amafLFPDPPP, Short: "LFPDPPP", Article: "Art. 36", Version: "2025 law"},
			Effective: mustDate("2025-03-21"),
			Satisfies: []string{"MX-LFPDPPP-35"},
			Sources:   amafMXLaw2025,
			Verified:  false,
			Notes:     "Unverified: the article and fraction numbers; Digital Policy Alert confirms the intra-group exception.",
		},

		// Chile.
		{
			ID: "cl-19628-27-model-clauses", Jurisdiction: cl,
			Name: "Model contractual clauses for international transfers approved by the Ministry of Economy (Res. exenta RAEX202503748)",
			Citation: Citation{Law: "Resolución exenta RAEX202503748 of 2025-12-11, Ministerio de Economía (Chile)", Short: "Res. RAEX202503748",
				Article: "sole article and annex (Law 19.628 Art. 27(b))"},
			Effective: mustDate("2026-12-01"),
			Satisfies: []string{"CL-19628-27"},
			Sources:   append(append([]Source{}, amafCLClauses...), amafCL21719[2]),
			Verified:  true,
			Notes: "Published in the Diario Oficial on 2025-12-19; it can be relied on from the day the transfer rule applies, " +
				"2026-12-01. Commentators question the Ministry's power to adopt clauses the Law gives the Agency.",
		},
		{
			ID: "cl-19628-27-consent", Jurisdiction: cl, OccasionalOnly: true,
			Name:      "Express consent of the data subject to a specific, determined international transfer (derogation)",
			Citation:  Citation{Law: amafCLLaw, Short: "Ley 19.628", Article: "Art. 27", Version: "as amended by Law No. 21.719"},
			Effective: mustDate("2026-12-01"),
			Satisfies: []string{"CL-19628-27"},
			Sources:   amafCL21719,
			Verified:  false,
			Notes:     "Unverified: the article number (bill text). Only for specific transfers that are not habitual.",
		},

		// Colombia.
		{
			ID: "co-sic-adequate-countries", Jurisdiction: co, Automatic: true,
			Name:      "Countries the SIC lists as providing an adequate level of protection (Circular Única, Title V)",
			Citation:  Citation{Law: "SIC Circular Externa No. 5 of 2017 (Circular Única, Title V)", Short: "SIC CE 5/2017", Article: "Title V, ch. 3 (Law 1581 Art. 26)"},
			Effective: mustDate("2017-08-10"),
			Satisfies: []string{"CO-1581-26"},
			Destinations: codes("EEA", "US", "MX", "PE", "CR", "KR", "JP", "AU", "GB", "RS", "CH", "CA", "AR", "GG", "IM", "JE", "FO",
				"AD", "IL", "UY", "NZ"),
			Sources:  amafCO1581,
			Verified: false,
			Notes: "Unverified: which countries each circular added and when. Circular 5 was published 2017-08-10; the list as " +
				"quoted combines Circulars 5 and 8 of 2017 and 2 of 2018 (EU/EEA states listed one by one, the United States, " +
				"Mexico, Peru, Costa Rica, Korea, Japan, Australia, the United Kingdom, Serbia, and the EU's adequate countries). " +
				"The exporter must still show accountability (Decree 1377 of 2013 art. 26).",
		},
		{
			ID: "co-1581-26-authorisation", Jurisdiction: co,
			Name:      "Express and unequivocal authorisation of the data subject for the transfer",
			Citation:  Citation{Law: amafCO1581L, Short: "Ley 1581", Article: "Art. 26(a)"},
			Effective: mustDate("2012-10-18"),
			Satisfies: []string{"CO-1581-26"},
			Sources:   amafCO1581,
			Verified:  false,
			Notes:     "Unverified: the effective date (as CO-1581-26).",
		},
		{
			ID: "co-sic-declaration-of-conformity", Jurisdiction: co,
			Name:      "Declaration of conformity issued by the SIC for the transfer",
			Citation:  Citation{Law: amafCO1581L, Short: "Ley 1581", Article: "Art. 26 par. 1"},
			Effective: mustDate("2012-10-18"),
			Satisfies: []string{"CO-1581-26"},
			Sources:   amafCO1581,
			Verified:  false,
			Notes:     "Unverified: the effective date (as CO-1581-26) and the paragraph number.",
		},

		// Argentina.
		{
			ID: "ar-dnpdp-adequate-countries", Jurisdiction: ar, Automatic: true,
			Name: "Countries the DNPDP lists as adequate (Disposición 60-E/2016 Art. 3)",
			Citation: Citation{Law: "Disposición DNPDP 60-E/2016 (Boletín Oficial 2016-11-18)", Short: "Disp. 60-E/2016",
				Article: "Art. 3 (Law 25.326 Art. 12)"},
			Effective:             mustDate("2016-11-18"),
			Satisfies:             []string{"AR-25326-12"},
			Destinations:          codes("EEA", "CH", "GG", "JE", "IM", "FO", "CA", "AD", "NZ", "UY", "IL"),
			ExcludedRecipientTags: []string{"public-body"},
			Sources:               amafARDisp60,
			Verified:              false,
			Notes: "Unverified: that the Disposition took effect on its publication (2016-11-18). Canada only for its private sector " +
				"(public-body recipients excluded) and Israel only for automatically processed data, which the model does not " +
				"distinguish. Before it, adequacy was assessed case by case.",
		},
		{
			ID: "ar-dnpdp-model-clauses", Jurisdiction: ar,
			Name:      "DNPDP model contractual clauses for assignment or for service provision abroad (Disposición 60-E/2016 Annexes)",
			Citation:  Citation{Law: "Disposición DNPDP 60-E/2016 (Boletín Oficial 2016-11-18)", Short: "Disp. 60-E/2016", Article: "Arts. 1-2 and Annexes"},
			Effective: mustDate("2016-11-18"),
			Satisfies: []string{"AR-25326-12"},
			Sources:   amafARDisp60,
			Verified:  false,
			Notes: "Unverified: the in-force day and the article numbers of the approval. Other contracts need the authority's " +
				"approval of the clauses.",
		},

		// Peru.
		{
			ID: "pe-29733-15-sender-guarantee-2013", Jurisdiction: pe,
			Name:      "Sender's guarantee that the recipient processes the data as the Law requires (contractual clauses), under the 2013 regulation",
			Citation:  Citation{Law: amafPE29733, Short: "LPDP", Article: "Art. 15", Version: "with DS 003-2013-JUS"},
			Effective: mustDate("2013-05-08"), End: mustDate("2025-03-30"),
			Satisfies: []string{"PE-29733-15"},
			Sources:   amafPELaw,
			Verified:  false,
			Notes:     "Unverified: the wording and the start (as PE-29733-15). Replaced by the 2024 regulation from 2025-03-30.",
		},
		{
			ID: "pe-29733-15-sender-guarantee-2025", Jurisdiction: pe,
			Name:      "Sender's guarantee that the recipient processes the data as the Law requires (contractual clauses), under the 2024 regulation",
			Citation:  Citation{Law: amafPE29733, Short: "LPDP", Article: "Art. 15", Version: "with DS 016-2024-JUS"},
			Effective: mustDate("2025-03-30"),
			Satisfies: []string{"PE-29733-15"},
			Sources:   amafPEReg2024,
			Verified:  false,
			Notes:     "Unverified: the article numbers of the 2024 regulation's cross-border provisions; its in-force date 2025-03-30 is confirmed.",
		},
		{
			ID: "pe-29733-15-consent", Jurisdiction: pe,
			Name:      "Prior, informed, express and unequivocal consent of the data subject to the cross-border flow",
			Citation:  Citation{Law: amafPE29733, Short: "LPDP", Article: "Art. 15"},
			Effective: mustDate("2013-05-08"),
			Satisfies: []string{"PE-29733-15"},
			Sources:   amafPELaw,
			Verified:  false,
			Notes:     "Unverified: the numbering of the consent exception in Art. 15 and the start (as PE-29733-15).",
		},

		// Québec.
		{
			ID: "ca-qc-pia", Jurisdiction: qc, Assessment: true,
			Name: "Privacy impact assessment, made before communicating the information outside Québec, establishing that it " +
				"would receive adequate protection",
			Citation: Citation{Law: amafP391, Short: "P-39.1", Article: "s.17 para. 1",
				Version: "and A-2.1 s.70.1 para. 1 for public bodies"},
			Effective: mustDate("2023-09-22"),
			Sources:   append(append([]Source{}, amafQCPrivate...), amafQCPublic[0]),
			Verified:  true,
			Notes: "An assessment: it satisfies no rule alone; ca-qc-written-agreement requires it. The model cannot check the " +
				"assessment's result; declaring it asserts that it was made and found the protection adequate.",
		},
		{
			ID: "ca-qc-written-agreement", Jurisdiction: qc,
			Name: "A written agreement that takes the privacy impact assessment's results into account and, where applicable, " +
				"the terms agreed to mitigate the risks it identified",
			Citation: Citation{Law: amafP391, Short: "P-39.1", Article: "s.17 para. 2",
				Version: "and A-2.1 s.70.1 para. 2 for public bodies"},
			Effective: mustDate("2023-09-22"),
			Satisfies: []string{"CA-QC-P39.1-17", "CA-QC-A2.1-70.1"},
			Requires:  []string{"ca-qc-pia"},
			Sources:   append(append([]Source{}, amafQCPrivate...), amafQCPublic[0]),
			Verified:  true,
			Notes:     "Applies only with ca-qc-pia declared on the same flow or store (s.17 makes the agreement follow the assessment).",
		},

		// South Africa.
		{
			ID: "za-popia-72-adequate-protection", Jurisdiction: za,
			Name: "Recipient bound by a law, binding corporate rules or a binding agreement giving adequate protection, with like " +
				"onward-transfer provisions",
			Citation:  Citation{Law: amafPOPIA, Short: "POPIA", Article: "s.72(1)(a)"},
			Effective: mustDate("2020-07-01"),
			Satisfies: []string{"ZA-POPIA-72"},
			Sources:   amafZAPOPIA,
			Verified:  true,
		},
		{
			ID: "za-popia-72-consent", Jurisdiction: za,
			Name:      "Consent of the data subject to the transfer",
			Citation:  Citation{Law: amafPOPIA, Short: "POPIA", Article: "s.72(1)(b)"},
			Effective: mustDate("2020-07-01"),
			Satisfies: []string{"ZA-POPIA-72"},
			Sources:   amafZAPOPIA,
			Verified:  true,
		},
		{
			ID: "za-popia-72-contract", Jurisdiction: za,
			Name: "Transfer necessary for a contract with the data subject or pre-contractual steps at the data subject's request, " +
				"or for a contract concluded in the data subject's interest",
			Citation:  Citation{Law: amafPOPIA, Short: "POPIA", Article: "s.72(1)(c)-(d)"},
			Effective: mustDate("2020-07-01"),
			Satisfies: []string{"ZA-POPIA-72"},
			Sources:   amafZAPOPIA,
			Verified:  true,
			Notes:     "Necessity is judged per transfer; whether it covers replication or backup is the responsible party's call.",
		},

		// Nigeria.
		{
			ID: "ng-ndpa-41-adequate-instrument", Jurisdiction: ng,
			Name: "Recipient subject to a law, binding corporate rules, contractual clauses, code of conduct or certification " +
				"mechanism giving an adequate level of protection",
			Citation:  Citation{Law: amafNDPA, Short: "NDPA", Article: "s.41(1)(a), s.42"},
			Effective: mustDate("2023-06-12"),
			Satisfies: []string{"NG-NDPA-41"},
			Sources:   amafNGNDPA,
			Verified:  true,
		},
		{
			ID: "ng-ndpa-43-consent", Jurisdiction: ng,
			Name:      "Consent of the data subject, not withdrawn, after being informed of the risks of the transfer",
			Citation:  Citation{Law: amafNDPA, Short: "NDPA", Article: "s.43(1)(a)"},
			Effective: mustDate("2023-06-12"),
			Satisfies: []string{"NG-NDPA-41"},
			Sources:   amafNGNDPA,
			Verified:  true,
			Notes:     "Available only in the absence of adequate protection under s.42.",
		},
		{
			ID: "ng-ndpa-43-contract", Jurisdiction: ng,
			Name:      "Transfer necessary for a contract with the data subject or pre-contractual steps at the data subject's request",
			Citation:  Citation{Law: amafNDPA, Short: "NDPA", Article: "s.43(1)(b)"},
			Effective: mustDate("2023-06-12"),
			Satisfies: []string{"NG-NDPA-41"},
			Sources:   amafNGNDPA,
			Verified:  true,
		},

		// Kenya.
		{
			ID: "ke-dpa-48-safeguards", Jurisdiction: ke,
			Name:      "Proof to the Data Commissioner of appropriate safeguards for the security and protection of the data",
			Citation:  Citation{Law: amafKEDPAL, Short: "DPA 2019", Article: "s.48(a)", Version: "with DP (General) Regulations 2021 reg. 40"},
			Effective: mustDate("2019-11-25"),
			Satisfies: []string{"KE-DPA-48"},
			Sources:   amafKEDPA,
			Verified:  true,
			Notes:     "Not enough alone for sensitive personal data, which also needs consent (s.49(1)); the model does not check that.",
		},
		{
			ID: "ke-dpa-48-consent", Jurisdiction: ke,
			Name:      "Consent of the data subject to the transfer",
			Citation:  Citation{Law: amafKEDPAL, Short: "DPA 2019", Article: "s.48(d), s.49(1)"},
			Effective: mustDate("2019-11-25"),
			Satisfies: []string{"KE-DPA-48"},
			Sources:   amafKEDPA,
			Verified:  true,
		},
		{
			ID: "ke-dpgr-26-serving-copy", Jurisdiction: ke, Automatic: true,
			Name:      "Further copy abroad of data of which at least one serving copy is stored in a data centre in Kenya",
			Citation:  Citation{Law: "Data Protection (General) Regulations, 2021 (Legal Notice 263 of 2021)", Short: "DP (General) Regs 2021", Article: "reg. 26(1)(b)"},
			Effective: mustDate("2022-01-14"),
			Satisfies: []string{"KE-DPGR-26"},
			Sources:   amafKEReg26,
			Verified:  true,
			Notes:     "The rule still requires the copy in Kenya; every copy abroad stays subject to KE-DPA-48.",
		},

		// Serbia.
		{
			ID: "rs-zzpl-64-adequate-countries", Jurisdiction: rs, Automatic: true,
			Name:         "Countries deemed to ensure an adequate level of protection (Government list; parties to Convention 108)",
			Citation:     Citation{Law: amafRSZZPL, Short: "ZZPL", Article: "Art. 64"},
			Effective:    mustDate("2019-08-21"),
			Satisfies:    []string{"RS-ZZPL-63"},
			Destinations: codes("EEA"),
			Sources:      amafRSLaw,
			Verified:     false,
			Notes: "Unverified: the contents and date of the Government's Decision on the list of countries; only the EEA states, " +
				"all parties to Convention 108, are encoded as destinations. Other listed countries are not.",
		},
		{
			ID: "rs-zzpl-65-standard-clauses", Jurisdiction: rs,
			Name:      "Standard contractual clauses adopted by the Commissioner, used unaltered",
			Citation:  Citation{Law: amafRSZZPL, Short: "ZZPL", Article: "Art. 65"},
			Effective: mustDate("2020-01-22"),
			Satisfies: []string{"RS-ZZPL-63"},
			Sources:   append(append([]Source{}, amafRSSCC...), amafRSLaw[0]),
			Verified:  false,
			Notes: "Unverified: that the clauses took effect on their publication in the Official Gazette No. 5/2020 (2020-01-22); " +
				"Serbian regulations usually enter into force eight days after publication.",
		},
		{
			ID: "rs-zzpl-67-bcr", Jurisdiction: rs,
			Name:      "Binding corporate rules approved by the Commissioner",
			Citation:  Citation{Law: amafRSZZPL, Short: "ZZPL", Article: "Art. 67"},
			Effective: mustDate("2019-08-21"),
			Satisfies: []string{"RS-ZZPL-63"},
			Sources:   append(append([]Source{}, amafRSLaw...), amafRSChambers),
			Verified:  true,
			Notes:     "Within a group of undertakings only.",
		},
		{
			ID: "rs-zzpl-69-derogation", Jurisdiction: rs, OccasionalOnly: true,
			Name:      "Transfer in a special situation (explicit consent after being told the risks, contract necessity and others)",
			Citation:  Citation{Law: amafRSZZPL, Short: "ZZPL", Article: "Art. 69"},
			Effective: mustDate("2019-08-21"),
			Satisfies: []string{"RS-ZZPL-63"},
			Sources:   amafRSLaw,
			Verified:  true,
			Notes:     "Only for transfers that are not regular: never replication, backup or standing administration.",
		},
	}
}

func surveysAmAf() []Survey {
	return []Survey{
		{
			Jurisdiction: mustCode("RS"),
			Absent: []Absence{{Kind: Localization,
				Basis: "no data localisation requirement under current Serbian legislation; transfers need only a ground under the " +
					"Law on Personal Data Protection (Chambers 2025, 5.3)"}},
			Sources:  []Source{amafRSChambers},
			Verified: true,
			Notes:    "The Commissioner's prior approval under Art. 65 acts as a gate on some transfers, encoded as RS-ZZPL-63.",
		},
	}
}
