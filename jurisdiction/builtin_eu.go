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
	eu, eea := c("EU"), c("EEA")
	return []Rule{
		{
			ID: "EU-GDPR-44", Jurisdiction: eu, Kind: TransferRestriction, Territory: []Code{eea},
			Title: "Personal data may be transferred to a third country only under Chapter V: an adequacy decision (Art. 45), " +
				"appropriate safeguards (Art. 46, 47) or a derogation (Art. 49); onward transfers included",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 44"},
			Effective: d("2018-05-25"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn},
			Sources:   []Source{gdprTransfers, src("EDPB Guidelines 05/2021 on the interplay of Art. 3 and Chapter V (v2.0, 2023-02-14)", "https://www.edpb.europa.eu")},
			Verified:  true,
			Notes: "Remote access from a third country is a transfer (EDPB Guidelines 05/2021). The GDPR applied in Iceland, " +
				"Liechtenstein and Norway from 2018-07-20; the EEA territory here treats them as covered from 2018-05-25. " +
				"Penalty tier Art. 83(5)(c) (EUR 20M or 4%, unverified).",
		},
		{
			ID: "EU-GDPR-48", Jurisdiction: eu, Kind: BlockingStatute, Territory: []Code{eea},
			Title: "A third-country court judgment or administrative decision requiring transfer or disclosure of personal data is " +
				"recognisable or enforceable only on the basis of an international agreement such as a mutual legal assistance treaty",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 48"},
			Effective: d("2018-05-25"),
			Scope:     Scope{Classes: classes(Personal), Basis: StoredOrSubjectsIn},
			Relief:    "an international agreement such as a mutual legal assistance treaty in force between the requesting country and the EU or member state (Art. 48), or another Chapter V ground such as Art. 49(1)(d) or (e)",
			Sources:   []Source{gdprTransfers},
			Verified:  true,
			Notes:     "EDPB Guidelines 02/2024 on Art. 48 were consulted on 2024-12-03 to 2025-01-27; adoption of a final version is unverified.",
		},
	}
}

func adequacy(id, iso, instrument, adopted, scope string, verified bool) Mechanism {
	return Mechanism{
		ID: "eu-adequacy-" + id, Jurisdiction: c("EU"), Automatic: true,
		Name:         "EU adequacy decision: " + ISOName(c(iso)),
		Citation:     Citation{Law: instrument, Short: "GDPR", Article: "Art. 45"},
		Effective:    d(adopted),
		Satisfies:    []string{"EU-GDPR-44"},
		Destinations: []Code{c(iso)},
		Sources:      []Source{commissionAdequacy, adequacyTable},
		Verified:     verified,
		Notes:        scope,
	}
}

func euMechanisms() []Mechanism {
	eu := c("EU")
	preGDPR := "Adopted under Directive 95/46/EC; kept in force by GDPR Art. 45(9); reaffirmed in the Commission's review of 2024-01-15."
	ms := []Mechanism{
		adequacy("ch", "CH", "Commission Decision 2000/518/EC", "2000-07-26", "Whole country. "+preGDPR, true),
		adequacy("ca", "CA", "Commission Decision 2002/2/EC", "2001-12-20",
			"Only organisations subject to PIPEDA (commercial); the public sector is not covered, which this catalog cannot distinguish. "+preGDPR, true),
		adequacy("ar", "AR", "Commission Decision 2003/490/EC", "2003-06-30", "Whole country. "+preGDPR, true),
		adequacy("gg", "GG", "Commission Decision 2003/821/EC", "2003-11-21", "Territory. "+preGDPR, true),
		adequacy("im", "IM", "Commission Decision 2004/411/EC", "2004-04-28", "Territory. "+preGDPR, true),
		adequacy("je", "JE", "Commission Decision 2008/393/EC", "2008-05-08", "Territory. "+preGDPR, true),
		adequacy("fo", "FO", "Commission Decision 2010/146/EU", "2010-03-05", "Territory. "+preGDPR, true),
		adequacy("ad", "AD", "Commission Decision 2010/625/EU", "2010-10-19", "Whole country. "+preGDPR, true),
		adequacy("il", "IL", "Commission Decision 2011/61/EU", "2011-01-31", "Whole country (automated processing). "+preGDPR, true),
		adequacy("uy", "UY", "Commission Implementing Decision 2012/484/EU", "2012-08-21", "Whole country. "+preGDPR, true),
		adequacy("nz", "NZ", "Commission Implementing Decision 2013/65/EU", "2012-12-19", "Whole country. "+preGDPR, true),
		adequacy("jp", "JP", "Commission Implementing Decision (EU) 2019/419", "2019-01-23",
			"Private sector under the APPI with the PPC Supplementary Rules.", true),
		adequacy("kr", "KR", "Commission Implementing Decision (EU) 2022/254", "2021-12-17",
			"Organisations subject to PIPA; excludes processing outside PIPA's scope and personal credit information under FSC supervision.", true),
		adequacy("br", "BR", "Commission adequacy decision for Brazil (OJ reference unverified)", "2026-01-26",
			"Private and public sector; mutual with ANPD Resolution CD/ANPD No. 32/2026. Adoption day 26 vs 27 January and OJ number unverified.", false),
		{
			ID: "eu-adequacy-gb", Jurisdiction: eu, Automatic: true,
			Name:      "EU adequacy decision: United Kingdom",
			Citation:  Citation{Law: "Commission Implementing Decision (EU) 2021/1772", Short: "GDPR", Article: "Art. 45"},
			Effective: d("2021-06-28"), End: d("2031-12-28"),
			Satisfies:    []string{"EU-GDPR-44"},
			Destinations: []Code{c("GB")},
			Sources: []Source{commissionAdequacy,
				src("DPO Centre: EU renews UK adequacy decisions (2025-12-19)", "https://www.dpocentre.com/news/eu-renews-uk-personal-data-adequacy-decisions"),
				src("Mondaq: UK adequacy extension to 2025-12-27", "https://www.mondaq.com/uk/")},
			Verified: true,
			Notes: "Original sunset 2025-06-27, extended to 2025-12-27, renewed on 2025-12-19 until 2031-12-27 inclusive. " +
				"Before 2021-01-01 the UK was in the EU or treated as such; 2021-01-01 to 2021-06-27 see eu-uk-tca-bridge.",
		},
		{
			ID: "eu-uk-tca-bridge", Jurisdiction: eu, Automatic: true,
			Name:      "EU-UK Trade and Cooperation Agreement bridge: EU-to-UK transmissions not treated as third-country transfers",
			Citation:  Citation{Law: "EU-UK Trade and Cooperation Agreement", Short: "TCA", Article: "Art. FINPROV.10A"},
			Effective: d("2021-01-01"), End: d("2021-06-28"),
			Satisfies:    []string{"EU-GDPR-44"},
			Destinations: []Code{c("GB")},
			Sources: []Source{
				src("Mills & Reeve: the TCA data bridge", "https://www.mills-reeve.com"),
				src("Wozniak Legal: UK as a third country from 2021-01-01", "https://wozniaklegal.com")},
			Verified: true,
			Notes:    "Four months, extendable to six; ended when the adequacy decision was adopted on 2021-06-28.",
		},
		{
			ID: "eu-us-privacy-shield", Jurisdiction: eu, Automatic: true, CertifiedRecipient: true,
			Name:      "EU-US Privacy Shield (certified US organisations only)",
			Citation:  Citation{Law: "Commission Implementing Decision (EU) 2016/1250", Short: "Privacy Shield", Article: "Art. 45 adequacy (Directive 95/46/EC Art. 25(6) at adoption)"},
			Effective: d("2016-07-12"), End: d("2020-07-16"),
			Satisfies:    []string{"EU-GDPR-44"},
			Destinations: []Code{c("US")},
			Sources: []Source{
				src("CJEU C-311/18 Data Protection Commissioner v Facebook Ireland and Schrems (Schrems II), 2020-07-16", "https://eucrim.eu"),
				src("law-dp.com: Schrems II summary", "https://law-dp.com")},
			Verified: true,
			Notes:    "Declared invalid by the Court of Justice on 2020-07-16 (Schrems II): US surveillance (FISA 702, EO 12333) not limited to what is strictly necessary.",
		},
		{
			ID: "eu-us-dpf", Jurisdiction: eu, Automatic: true, CertifiedRecipient: true,
			Name:         "EU-US Data Privacy Framework (certified US organisations only)",
			Citation:     Citation{Law: "Commission Implementing Decision (EU) 2023/1795", Short: "DPF", Article: "Art. 45"},
			Effective:    d("2023-07-10"),
			Satisfies:    []string{"EU-GDPR-44"},
			Destinations: []Code{c("US")},
			Sources: []Source{
				src("OJ C/2025/6610: Latombe v Commission, T-553/23 dismissed 2025-09-03; appeal C-703/25 P", "https://eur-lex.europa.eu/eli/C/2025/6610/oj"),
				commissionAdequacy},
			Verified: true,
			Notes:    "Annulment action dismissed by the General Court on 2025-09-03 (T-553/23); appeal C-703/25 P pending: a watch item.",
		},
		{
			ID: "eu-scc-2021", Jurisdiction: eu, Name: "Standard contractual clauses (2021)",
			Citation:  Citation{Law: "Commission Implementing Decision (EU) 2021/914", Short: "SCC 2021", Article: "GDPR Art. 46(2)(c)"},
			Effective: d("2021-06-27"),
			Satisfies: []string{"EU-GDPR-44"},
			Sources: []Source{
				src("Bevan Brittan / McCann FitzGerald: new SCCs adopted 2021-06-04, usable from 2021-06-27", "https://www.mccannfitzgerald.com"),
				src("Orrick: new SCCs", "https://www.orrick.com")},
			Verified: true,
			Notes:    "Adopted 2021-06-04, published 2021-06-07, usable from 2021-06-27. After Schrems II a transfer impact assessment and, where needed, supplementary measures are expected (EDPB Recommendations 01/2020).",
		},
		{
			ID: "eu-scc-old", Jurisdiction: eu, Name: "Standard contractual clauses (2001, 2004, 2010 decisions)",
			Citation:  Citation{Law: "Commission Decisions 2001/497/EC, 2004/915/EC and 2010/87/EU", Short: "SCC (old)", Article: "GDPR Art. 46(5)"},
			Effective: d("2001-06-15"), End: d("2022-12-28"),
			Satisfies: []string{"EU-GDPR-44"},
			Sources: []Source{
				src("Lexblog (2021-09-29): old SCCs repealed 2021-09-27, valid until 2022-12-27", "https://www.lexblog.com"),
				src("Mondaq BCLP FAQ on the SCC transition", "https://www.mondaq.com")},
			Verified: false,
			Notes: "Repealed 2021-09-27 for new contracts; contracts concluded earlier stayed valid until 2022-12-27 inclusive. " +
				"The start 2001-06-15 (Decision 2001/497/EC) is unverified; it precedes the GDPR, so only the end matters here.",
		},
		{
			ID: "eu-bcr", Jurisdiction: eu, Name: "Binding corporate rules approved by a supervisory authority",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 46(2)(b), 47"},
			Effective: d("2018-05-25"),
			Satisfies: []string{"EU-GDPR-44"},
			Sources:   []Source{gdprTransfers},
			Verified:  true,
			Notes:     "Intra-group transfers only.",
		},
		{
			ID: "eu-derogation-49", Jurisdiction: eu, OccasionalOnly: true, Name: "Derogation for specific situations (explicit consent, contract, public interest, legal claims, vital interests, public register)",
			Citation:  Citation{Law: gdpr, Short: "GDPR", Article: "Art. 49(1)"},
			Effective: d("2018-05-25"),
			Satisfies: []string{"EU-GDPR-44"},
			Sources:   []Source{gdprTransfers, src("EDPB Guidelines 2/2018 on Art. 49 derogations", "https://www.edpb.europa.eu")},
			Verified:  true,
			Notes:     "Read restrictively (EDPB Guidelines 2/2018): not for systematic or repetitive transfers such as replication.",
		},
	}
	return ms
}
