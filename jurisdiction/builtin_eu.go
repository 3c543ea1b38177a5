package jurisdiction

// The law of the European Union, applied in the European Economic Area.

const gdpr = "Regulation (EU) 2016/679 (General Data Protection Regulation)"

var (
	gdprTransfers = src("ThomasMoreAI/legal-skills-open: GDPR transfers reference (gdpr-transfers.md)",
		"https://github.com/ThomasMoreAI/legal-skills-open/blob/main/eu/data-protection/skills/legal-eu-clemensjl/references/gdpr-transfers.md")
	commissionAdequacy = src("European Commission: adequacy decisions", "https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en")
	adequacyTable      = src("mukul975/Privacy-Data-Protection-Skills: adequacy-assessment SKILL.md (as of March 2026)", "https://github.com/mukul975/Privacy-Data-Protection-Skills")
)

func euRules() []Rule {
	eu, eea := mustCode("EU"), mustCode("EEA")
	return []Rule{
		{
			ID: "EU-GDPR-44", Jurisdiction: eu, Kind: TransferRestriction, Territory: []Code{eea},
			Title: "Personal data may be transferred to a third country only under Chapter V: an adequacy decision (Art. 45), " +
				"appropriate safeguards (Art. 46, 47) or a derogation (Art. 49); onward transfers included",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 44"},
			Effective: mustDate("2018-05-25"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn},
			Sources: []Source{gdprTransfers, src("Armingaud: EDPB Guidelines 05/2021 on the interplay of Art. 3 and Chapter V, version 2.0 of 2023-02-14 (executive summary: three cumulative criteria of a transfer)",
				"https://armingaud-avocat.fr/en/guidelines-05-2021-on-the-interplay-between-the-application-of-article-3-and-the-provisions-on-international-transfers-as-per-chapter-v-of-the-gdpr/")},
			Verified: true,
			Notes: "Remote access from a third country is a transfer (EDPB Guidelines 05/2021). The GDPR applied in Iceland, " +
				"Liechtenstein and Norway from 2018-07-20; the EEA territory here treats them as covered from 2018-05-25. " +
				"Before 2018-05-25 Directive 95/46/EC Art. 25-26 applied (EU-DIR-95-25), repealed by Art. 94. " +
				"Penalty tier Art. 83(5)(c): up to EUR 20M or 4% of worldwide annual turnover, whichever is higher (read in the Regulation text).",
		},
		{
			ID: "EU-GDPR-48", Jurisdiction: eu, Kind: BlockingStatute, Territory: []Code{eea},
			Title: "A third-country court judgment or administrative decision requiring transfer or disclosure of personal data is " +
				"recognisable or enforceable only on the basis of an international agreement such as a mutual legal assistance treaty",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 48"},
			Effective: mustDate("2018-05-25"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn},
			Relief:    "an international agreement such as a mutual legal assistance treaty in force between the requesting country and the EU or member state (Art. 48), or another Chapter V ground such as Art. 49(1)(d) or (e)",
			Sources: []Source{gdprTransfers,
				src("UK Parliament written statement HCWS511 (2016-02-04): the UK will not opt in to the parts of draft Art. 43a that trigger Protocol 21",
					"https://www.parliament.uk/business/publications/written-questions-answers-statements/written-statement/Commons/2016-02-04/HCWS511/"),
				src("Mondaq 495144: UK relies on EU Treaty exception to avoid anti-FISA data transfers clause in the GDPR",
					"https://webiis05.mondaq.com/uk/data-protection/495144/uk-relies-on-eu-treaty-exception-to-avoid-anti-fisa-data-transfers-clause-in-european-general-data-protection-regulation-gdpr"),
				src("Lexology: UK decision not to opt in to Art. 43a; Denmark and Ireland have similar Protocol rights", "http://www.lexology.com/library/detail.aspx?g=3f322b85-981e-4660-85e7-0c345c3ed6c9"),
				src("EDPB: final Guidelines 02/2024 on Art. 48 adopted and published 2025-06-05 (babl.ai report)", "https://babl.ai/edpb-finalizes-article-48-guidance-and-launches-ai-training-tools-for-gdpr")},
			Verified: true,
			Notes: "EDPB Guidelines 02/2024 on Art. 48: consultation 2024-12-03 to 2025-01-27, final version adopted at the plenary " +
				"and published 2025-06-05. Art. 48 was draft Art. 43a. The UK Government stated on 2016-02-04 (HCWS511, Baroness " +
				"Neville-Rolfe and Ed Vaizey) that the parts of Art. 43a touching judicial cooperation (TFEU Art. 81, 82) trigger " +
				"Protocol 21 and that the UK would not opt in, so in its view Art. 48 did not bind the UK; the catalog does not " +
				"narrow the territory for the UK because the UK was an EU member only until 2020-12-31 (transition) and the " +
				"position was never tested in court. Ireland (Protocol 21) and Denmark (Protocol 22) have comparable protocol " +
				"rights; whether Ireland opted in to, or Denmark is bound by, Art. 48 could not be established from the sources " +
				"(unverified), so the territory stays the whole EEA.",
		},
	}
}

func adequacy(id, iso, instrument, adopted, scope string, verified bool) Mechanism {
	return Mechanism{
		ID: "eu-adequacy-" + id, Jurisdiction: mustCode("EU"), Automatic: true,
		Name:         "EU adequacy decision: " + ISOName(mustCode(iso)),
		Citation:     Citation{Law: instrument, Short: "GDPR", Article: "Art. 45"},
		Effective:    mustDate(adopted),
		Satisfies:    []string{"EU-GDPR-44"},
		Destinations: []Code{mustCode(iso)},
		Sources:      []Source{commissionAdequacy, adequacyTable},
		Verified:     verified,
		Notes:        scope,
	}
}

// underDirective makes a decision adopted under Directive 95/46/EC also
// satisfy the Directive's transfer rule, from its adoption until the
// GDPR replaced the Directive.
func underDirective(m Mechanism) Mechanism {
	m.Satisfies = append(m.Satisfies, dirRule)
	return m
}

func euMechanisms() []Mechanism {
	eu := mustCode("EU")
	preGDPR := "Adopted under Directive 95/46/EC Art. 25(6), so it also satisfies EU-DIR-95-25; kept in force by GDPR Art. 45(9); reaffirmed in the Commission's review of 2024-01-15."
	br := adequacy("br", "BR", "Commission Implementing Decision (EU) 2026/179", "2026-01-26",
		"Private and public sector; mutual with ANPD Resolution CD/ANPD No. 32/2026. Adopted 2026-01-26 (notified as C(2026) 373), "+
			"published OJ L, 2026/179, 2026-01-28 (CELEX 32026D0179). EEA incorporation pending: the EEA EFTA draft JCD was sent to "+
			"the Commission on 2026-05-06; the EEA territory of EU-GDPR-44 treats Iceland, Liechtenstein and Norway as covered anyway.", true)
	br.Sources = append(br.Sources,
		src("EUR-Lex: Commission Implementing Decision (EU) 2026/179 of 26 January 2026 on the adequate protection of personal data by Brazil", "https://eur-lex.europa.eu/eli/dec_impl/2026/179/oj"),
		src("europalov.no: EEA EFTA draft JCD on the Brazil adequacy decision sent 2026-05-06", "https://europalov.no/rettsakt/beskyttelse-av-personopplysninger-ved-datautveksling-med-brasil/id-34841"))
	ca := underDirective(adequacy("ca", "CA", "Commission Decision 2002/2/EC", "2001-12-20",
		"Covers only recipients subject to PIPEDA (Art. 1; press release IP/02/46: 'recipients in Canada subject to the "+
			"Canadian Act'). PIPEDA does not apply to organisations under the federal Privacy Act or regulated by provincial "+
			"public-sector law (recital 5): tag such a recipient's operator \"public-body\" and the decision does not cover "+
			"it. Non-profit organisations and charitable activities of a non-commercial nature, and non-commercial employee "+
			"data outside the federally regulated private sector, are also outside PIPEDA (recital 5); the model does not "+
			"express them. "+preGDPR, true))
	ca.ExcludedRecipientTags = []string{"public-body"}
	ca.Sources = append(ca.Sources,
		src("European Commission press release IP/02/46 (2002-01-14): personal data may flow freely to recipients in Canada subject to the Canadian Act",
			"http://europa.eu/rapid/press-release_IP-02-46_en.htm?locale=FR"),
		src("EUR-Lex: Commission Decision 2002/2/EC of 20 December 2001 (OJ L 2, 4.1.2002)", "https://eur-lex.europa.eu/legal-content/en/ALL/?uri=CELEX:32002D0002"),
		src("Proteus Cyber: Decision 2002/2/EC recital 5 (PIPEDA does not apply to bodies under the federal Privacy Act or provincial public-sector law, nor to non-profit and charitable activities of a non-commercial nature)",
			"https://proteuscyber.com/bs/privacy-database/tag/canada-adequacy/commission"))
	jp := adequacy("jp", "JP", "Commission Implementing Decision (EU) 2019/419", "2019-01-23",
		"Covers personal data transferred to personal information handling business operators subject to the APPI as "+
			"complemented by the PPC Supplementary Rules (Art. 1(1)); processing by public-sector entities under the public-"+
			"sector data protection acts is not covered (recital 10): tag such a recipient's operator \"public-body\". Art. 1(2) "+
			"also leaves out recipients in five categories, which the APPI exempts: press organisations (\"press\"), "+
			"professional writers (\"professional-writer\"), universities and academic bodies (\"academic-body\"), religious "+
			"bodies (\"religious-body\") and political bodies (\"political-body\"); the exclusion reaches them only to the "+
			"extent they process the data for their press, writing, academic, religious or political purposes, so tag a "+
			"recipient only when the transferred data serve that purpose. The five categories are confirmed by a law-firm "+
			"summary; the exact purpose wording of Art. 1(2) is unverified.", true)
	jp.ExcludedRecipientTags = []string{"public-body", "press", "professional-writer", "academic-body", "religious-body", "political-body"}
	jp.Sources = append(jp.Sources,
		src("legislation.gov.uk: Commission Implementing Decision (EU) 2019/419 of 23 January 2019, Art. 1(1): personal information handling business operators subject to the APPI and the Supplementary Rules",
			"https://www.legislation.gov.uk/eudn/2019/419/body/2020-01-31"),
		src("Proteus Cyber: Decision (EU) 2019/419 recital 10 (public-sector processing not the object of the adequacy finding, limited to PIHBOs)",
			"https://proteuscyber.com/privacy-database/tag/japan-adequacy/adequacy"),
		src("Fox Rothschild (2019-01): excluded from the decision are press organisations, professional writers, universities and academic institutions, religious bodies and political bodies",
			"https://dataprivacy.foxrothschild.com/2019/01/articles/european-union/european-commission-details-decision-on-japans-adequate-data-protection/"))
	kr := adequacy("kr", "KR", "Commission Implementing Decision (EU) 2022/254", "2021-12-17",
		"Covers personal information controllers subject to PIPA, public authorities included. Not covered (Art. 1): "+
			"organisations supervised by the Financial Services Commission, for the personal credit information they process "+
			"under the Credit Information Act (tag \"kr-fsc-credit-information\"); religious organisations, for their "+
			"missionary activities (\"religious-body\"); political parties, for the nomination of candidates "+
			"(\"political-body\"). Tag a recipient only when the transferred data fall under the excluded processing. The "+
			"credit-information, religious and political exclusions are confirmed by the CNPD (final decision) and IAPP (the "+
			"draft's Art. 1 wording); the final article wording was not read.", true)
	kr.ExcludedRecipientTags = []string{"kr-fsc-credit-information", "religious-body", "political-body"}
	kr.Sources = append(kr.Sources,
		src("EUR-Lex: Commission Implementing Decision (EU) 2022/254 of 17 December 2021 (OJ L 44, 24.2.2022)", "https://eur-lex.europa.eu/eli/dec_impl/2022/254/oj"),
		src("CNPD Luxembourg (2021-12): the decision does not apply to transfers of personal credit data to Korean entities supervised by the Financial Services Commission, nor to religious organisations or political parties",
			"https://cnpd.public.lu/en/actualites/international/2021/12/adequacy-south-korea.html"),
		src("Hunton Privacy Blog (2021-12-20): the Korea decision also covers transfers of personal data between public authorities",
			"https://www.huntonprivacyblog.com/2021/12/20/european-commission-adopts-south-korea-adequacy-decision/"),
		src("IAPP: the draft decision's excluded recipients: religious organisations (missionary activities), political parties (nomination of candidates), FSC-supervised controllers (personal credit information under the Credit Information Act)",
			"https://iapp.org/news/a/eu-adequacy-decision-for-south-korea/"))
	ms := []Mechanism{
		underDirective(adequacy("ch", "CH", "Commission Decision 2000/518/EC", "2000-07-26", "Whole country. "+preGDPR, true)),
		ca,
		underDirective(adequacy("ar", "AR", "Commission Decision 2003/490/EC", "2003-06-30", "Whole country. "+preGDPR, true)),
		underDirective(adequacy("gg", "GG", "Commission Decision 2003/821/EC", "2003-11-21", "Territory. "+preGDPR, true)),
		underDirective(adequacy("im", "IM", "Commission Decision 2004/411/EC", "2004-04-28", "Territory. "+preGDPR, true)),
		underDirective(adequacy("je", "JE", "Commission Decision 2008/393/EC", "2008-05-08", "Territory. "+preGDPR, true)),
		underDirective(adequacy("fo", "FO", "Commission Decision 2010/146/EU", "2010-03-05", "Territory. "+preGDPR, true)),
		underDirective(adequacy("ad", "AD", "Commission Decision 2010/625/EU", "2010-10-19", "Whole country. "+preGDPR, true)),
		underDirective(adequacy("il", "IL", "Commission Decision 2011/61/EU", "2011-01-31", "Whole country (automated processing). "+preGDPR, true)),
		underDirective(adequacy("uy", "UY", "Commission Implementing Decision 2012/484/EU", "2012-08-21", "Whole country. "+preGDPR, true)),
		underDirective(adequacy("nz", "NZ", "Commission Implementing Decision 2013/65/EU", "2012-12-19", "Whole country. "+preGDPR, true)),
		jp,
		kr,
		br,
		{
			ID: "eu-adequacy-gb", Jurisdiction: eu, Automatic: true,
			Name:      "EU adequacy decision: United Kingdom (2021, with its sunset extended to 2025-12-27)",
			Citation:  Citation{Law: "Commission Implementing Decision (EU) 2021/1772 of 2021-06-28", Short: "GDPR", Article: "Art. 45", Version: "sunset extended by a Commission Implementing Decision of 2025-06-24"},
			Effective: mustDate("2021-06-28"), End: mustDate("2025-12-28"),
			Satisfies:    []string{"EU-GDPR-44"},
			Destinations: []Code{mustCode("GB")},
			Sources: []Source{commissionAdequacy,
				src("Mondaq 1709926 (2025-11-26): decisions adopted 2021-06-28 with a four-year sunset to 2025-06-27, extended to 2025-12-27",
					"https://www.mondaq.com/uk/privacy-protection/1709926/extension-of-the-eu-uk-adequacy-decisions-whats-next"),
				src("ofx.ie: sunset clause extended until 2025-12-27 (EDPB opinion 2025-05-05)", "https://www.ofx.ie/?p=5974"),
				src("europalov.no: Implementing Decision (EU) 2025/1225 of 2025-06-24, the twin extension of the LED decision 2021/1773", "https://europalov.no/rettsakt/personvern-behandling-av-persondata-i-forbindelse-med-kriminalitet-utvidet-anvendelse-ved/id-33872")},
			Verified: true,
			Notes: "Original sunset 2025-06-27, extended by six months to 2025-12-27 inclusive (the number of the GDPR extension " +
				"decision was not read; its LED twin is (EU) 2025/1225). Renewed from 2025-12-28 by eu-adequacy-gb-2025. Before " +
				"2021-01-01 the UK was in the EU or treated as such; 2021-01-01 to 2021-06-27 see eu-uk-tca-bridge.",
		},
		{
			ID: "eu-adequacy-gb-2025", Jurisdiction: eu, Automatic: true,
			Name:      "EU adequacy decision: United Kingdom (renewal of 2025-12-19)",
			Citation:  Citation{Law: "Commission Implementing Decision of 2025-12-19 on the adequate protection of personal data by the United Kingdom (renewal of Decision (EU) 2021/1772)", Short: "GDPR", Article: "Art. 45(3)"},
			Effective: mustDate("2025-12-28"), End: mustDate("2031-12-28"),
			Satisfies:    []string{"EU-GDPR-44"},
			Destinations: []Code{mustCode("GB")},
			Sources: []Source{commissionAdequacy,
				src("DPO Centre: on 2025-12-19 the Commission renewed its two 2021 UK adequacy decisions; data may flow until 2031-12-27", "https://www.dpocentre.com/news/eu-renews-uk-personal-data-adequacy-decisions"),
				src("UEA Law School (Karen Mc Cullagh): renewal formally adopted; immigration data now covered", "https://www.uea.ac.uk/about/law-school/research/research-blog/eu-uk-data-adequacy-decisions-renewed:-stability-in-data-flows-by-dr-karen-mc-cullagh"),
				src("Mondaq 1709926: the renewed decisions apply for six years from their entry into force", "https://www.mondaq.com/uk/privacy-protection/1709926/extension-of-the-eu-uk-adequacy-decisions-whats-next")},
			Verified: false,
			Notes: "Verified: adoption on 2025-12-19 and validity until 2031-12-27 inclusive. Unverified: the decision's OJ number " +
				"and its entry-into-force day; it is taken to follow the extended decision without a gap (2025-12-28). The renewal " +
				"also covers data processed for UK immigration control, excluded from the 2021 decision.",
		},
		{
			ID: "eu-uk-tca-bridge", Jurisdiction: eu, Automatic: true,
			Name:      "EU-UK Trade and Cooperation Agreement bridge: EU-to-UK transmissions not treated as third-country transfers",
			Citation:  Citation{Law: "EU-UK Trade and Cooperation Agreement", Short: "TCA", Article: "Art. FINPROV.10A"},
			Effective: mustDate("2021-01-01"), End: mustDate("2021-06-28"),
			Satisfies:    []string{"EU-GDPR-44"},
			Destinations: []Code{mustCode("GB")},
			Sources: []Source{
				src("Mills & Reeve: TCA Art. FINPROV.10A, for 4 months (automatically extended to 6 unless a party objects) transmission of personal data from the EU to the UK is not a transfer to a third country",
					"https://www.mills-reeve.com/insights/publications/eu-and-uk-data-protection-direct-marketing-and-cyb"),
				src("Freshfields Technology Quotient: the specified period starts with the TCA and ends on an adequacy decision or at the latest 1 July 2021",
					"https://technologyquotient.freshfields.com/post/102gnzn/data-protection-under-the-eu-uk-trade-cooperation-agreement"),
				src("Ian Brown (2021-01-02): FINPROV.10A applies from 2021-01-01", "https://www.ianbrown.tech/2021/01/02/the-united-kingdom-is-not-a-third-country-under-eu-law/"),
				src("Eubelius (2021-02-03): the UK is a third country from 2021-01-01; the TCA bridge lasts four months, extendable to 30 June 2021",
					"https://www.eubelius.com/en/news/what-impact-does-brexit-have-on-your-data-transfers-to-the-uk")},
			Verified: true,
			Notes:    "Four months, extendable to six; ended when the adequacy decision was adopted on 2021-06-28.",
		},
		{
			ID: "eu-us-privacy-shield", Jurisdiction: eu, Automatic: true, CertifiedRecipient: true,
			Name:      "EU-US Privacy Shield (certified US organisations only)",
			Citation:  Citation{Law: "Commission Implementing Decision (EU) 2016/1250", Short: "Privacy Shield", Article: "Art. 45 adequacy (Directive 95/46/EC Art. 25(6) at adoption)"},
			Effective: mustDate("2016-07-12"), End: mustDate("2020-07-16"),
			Satisfies:    []string{"EU-GDPR-44", dirRule},
			Destinations: []Code{mustCode("US")},
			Sources: []Source{
				src("CJEU C-311/18 Data Protection Commissioner v Facebook Ireland and Schrems (Schrems II), judgment of the Grand Chamber of 2020-07-16 (text)",
					"https://dpcuria.eu:443/case?reference=C-311/18"),
				src("eucrim: CJEU Shatters Privacy Shield, Schrems II (2020-07-16): Decision 2016/1250 invalid, Decision 2010/87 valid",
					"https://eucrim.eu/news/eu-us-data-transfers-cjeu-shatters-privacy-shield-schrems-ii"),
				src("Lexology: the Commission adopted the Privacy Shield adequacy decision on 12 July 2016; in force on adoption, certification from 1 August 2016",
					"https://www.lexology.com/library/detail.aspx?g=fe276788-d1eb-406f-b0b5-d3ea8986cfbb"),
				src("microsoft365compliance.de: Schrems II, judgment of 2020-07-16 in C-311/18, summary",
					"https://microsoft365compliance.de/schrems2-the-end-of-privacy-shield-between-the-eu-and-the-usa")},
			Verified: true,
			Notes: "Declared invalid by the Court of Justice on 2020-07-16 (Schrems II): US surveillance (FISA 702, EO 12333) not limited to what is strictly necessary. " +
				"Adopted under Directive 95/46/EC Art. 25(6), so it satisfied EU-DIR-95-25 until the GDPR applied on 2018-05-25.",
		},
		{
			ID: "eu-us-dpf", Jurisdiction: eu, Automatic: true, CertifiedRecipient: true,
			Name:         "EU-US Data Privacy Framework (certified US organisations only)",
			Citation:     Citation{Law: "Commission Implementing Decision (EU) 2023/1795", Short: "DPF", Article: "Art. 45"},
			Effective:    mustDate("2023-07-10"),
			Satisfies:    []string{"EU-GDPR-44"},
			Destinations: []Code{mustCode("US")},
			Sources: []Source{
				src("OJ C/2025/6610: Latombe v Commission, T-553/23 dismissed 2025-09-03; appeal C-703/25 P", "https://eur-lex.europa.eu/eli/C/2025/6610/oj"),
				commissionAdequacy},
			Verified: true,
			Notes:    "Annulment action dismissed by the General Court on 2025-09-03 (T-553/23); appeal C-703/25 P pending: a watch item.",
		},
		{
			ID: "eu-scc-2021", Jurisdiction: eu, Name: "Standard contractual clauses (2021)",
			Citation:  Citation{Law: "Commission Implementing Decision (EU) 2021/914", Short: "SCC 2021", Article: "GDPR Art. 46(2)(c)"},
			Effective: mustDate("2021-06-27"),
			Satisfies: []string{"EU-GDPR-44"},
			Sources: []Source{
				src("McCann FitzGerald: new SCCs published in the OJ on 7 June 2021, may be used from 27 June 2021; old SCCs repealed 27 September 2021, usable until 27 December 2022",
					"https://www.mccannfitzgerald.com/knowledge/gdpr/european-commission-adopts-new-sets-of-standard-contractual-clauses"),
				src("EUR-Lex: OJ L 199, 7 June 2021, Commission Implementing Decision (EU) 2021/914 of 4 June 2021", "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L:2021:199:FULL"),
				src("Orrick (2021-06-04): 10 things to know about the new SCCs published by the Commission; grace period for replacing the old SCCs",
					"https://orrick.com/en/Insights/2021/06/10-Things-You-Should-Know-About-the-New-Standard-Contractual-Clauses")},
			Verified: true,
			Notes:    "Adopted 2021-06-04, published 2021-06-07, usable from 2021-06-27. After Schrems II a transfer impact assessment and, where needed, supplementary measures are expected (EDPB Recommendations 01/2020).",
		},
		{
			ID: "eu-scc-old", Jurisdiction: eu, Name: "Standard contractual clauses (2001, 2002, 2004, 2010 decisions)",
			Citation: Citation{Law: "Commission Decisions 2001/497/EC, 2002/16/EC, 2004/915/EC and 2010/87/EU", Short: "SCC (old)",
				Article: "Directive 95/46/EC Art. 26(4); GDPR Art. 46(5)"},
			Effective: mustDate("2001-09-03"), End: mustDate("2022-12-28"),
			Satisfies: []string{"EU-GDPR-44", dirRule},
			Sources: append(append([]Source(nil), eurSCC2001...),
				src("Lexblog (2021-09-29): old SCCs repealed 2021-09-27, valid until 2022-12-27", "https://www.lexblog.com/2021/09/29/old-eu-sccs-now-repealed/"),
				src("Mondaq BCLP FAQ: timing for using the new EU SCCs; old SCCs repealed 2021-09-27, repapering by 2022-12-27",
					"https://www.mondaq.com/uk/privacy-protection/1092278/bclp-global-data-privacy-faqs-what39s-the-timing-for-using-the-new-eu-sccs-for-data-transfers")),
			Verified: true,
			Notes: "Decision 2001/497/EC (controller to controller), adopted 2001-06-15, applied from 2001-09-03 (its Art. 6); the " +
				"processor clauses (Decision 2002/16/EC of 2001-12-27, later Decision 2010/87/EU) and the alternative controller set " +
				"(2004/915/EC) came later, which the single start date does not distinguish. Under the Directive they satisfied " +
				"Art. 26(2) by virtue of Art. 26(4) (EU-DIR-95-25); under the GDPR Art. 46(5) kept them. Repealed 2021-09-27 for new " +
				"contracts (end of validity 26/09/2021 on EUR-Lex); contracts concluded earlier stayed valid until 2022-12-27 inclusive.",
		},
		{
			ID: "eu-bcr", Jurisdiction: eu, Name: "Binding corporate rules approved by a supervisory authority",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 46(2)(b), 47"},
			Effective: mustDate("2018-05-25"),
			Satisfies: []string{"EU-GDPR-44"},
			Sources:   []Source{gdprTransfers},
			Verified:  true,
			Notes:     "Intra-group transfers only.",
		},
		{
			ID: "eu-derogation-49", Jurisdiction: eu, OccasionalOnly: true, Name: "Derogation for specific situations (explicit consent, contract, public interest, legal claims, vital interests, public register)",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 49(1)"},
			Effective: mustDate("2018-05-25"),
			Satisfies: []string{"EU-GDPR-44"},
			Sources: []Source{gdprTransfers, src("MGSI: EDPB Guidelines 2/2018 on derogations of Art. 49; derogations must be interpreted restrictively",
				"https://www.mgsi.lu/language/en/cepd/edpb-derogations-of-article-49/")},
			Verified: true,
			Notes:    "Read restrictively (EDPB Guidelines 2/2018): not for systematic or repetitive transfers such as replication.",
		},
	}
	return ms
}
