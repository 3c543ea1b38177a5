package jurisdiction

// Group EU2: French health-data hosting (HDS) and the SREN law's cloud rule
// for sensitive state data; German cloud processing of health and social
// data under § 393 SGB V.

// Sources shared by several EU2 entries.
var (
	frHDS = []Source{
		src("CMS Francis Lefebvre: new HDS certification referential published in the JO on 2024-05-16 (arrêté of 2024-04-26); "+
			"who must be certified (CSP Art. L.1111-8, R.1111-9)",
			"https://cms.law/fr/fra/news-information/nouveau-referentiel-de-certification-des-hebergeurs-de-donnees-de-sante-hds"),
		src("Archimag (2024-05-17): physical hosting of health data exclusively in an EEA state; certified hosts have 24 months, "+
			"new applicants assessed against the new version from 2024-11-16",
			"https://archimag.com/univers-data/2024/05/17/h%C3%A9bergement-donnees-sante-referentiel-publie-journal-officiel"),
		src("actusduweb: storage limited to the territory of an EEA state; new applicants from 2024-11-16, existing hosts by 2026-05-16 at the latest",
			"https://www.actusduweb.com/la-france-publie-une-norme-de-certification-actualisee-pour-lhebergement-de-donnees-de-sante"),
		src("Lexing (2024-05-16): arrêté of 2024-04-26 amending the arrêté of 2018-06-11; CSP Arts L.1111-8 and R.1111-8 ff.",
			"https://lexing.law/avocats/parution-du-nouveau-referentiel-de-certification-hds-quels-changements/2024/05/16"),
		src("Agence du numérique en santé FAQ: scope of the certification duty of CSP Art. L.1111-8",
			"https://esante.gouv.fr/faq/quel-est-le-champ-dapplication-de-la-legislation-relative-lhebergement-de-donnees-de-sante-caractere-personnel"),
	}
	frSREN = []Source{
		src("DINUM: vade-mecum on data of particular sensitivity within the meaning of Art. 31 of the SREN law of 2024-05-21",
			"https://numerique.gouv.fr/offre-accompagnement/reference-vade-mecum-sensibilite-donnees"),
		src("Smart City Mag: Law No. 2024-449 (SREN) published in the Journal officiel on 2024-05-22",
			"https://smartcitymag.fr/article/1451/tribune-la-loi-sren-quel-impact-pour-les-donnees-territoriales"),
		src("Vigier Avocats: Law No. 2024-449 of 2024-05-21, Title III chapter on strategic and sensitive data in the cloud market",
			"https://www.vigier-avocats.com/loi-sren-securiser-lespace-numerique/"),
		src("Silicon.fr: the State cloud doctrine circular of 2023-06-01 defines sensitive data; SecNumCloud and immunity from non-EU law",
			"https://www.silicon.fr/donnees-sensibles-doctrine-cloud-etat-466894.html"),
		src("Houdart et associés (2024-07-01): the SREN law's cloud provision reaches State administrations, public or private operators and some GIPs",
			"https://www.houdart.org/les-gip-tous-concernes-par-la-loi-sren/"),
		src("Assemblée nationale, written question 17-1692QE: on the cloud-au-centre doctrine 'en amont de l'application de l'article 31' of the SREN law",
			"https://questions.assemblee-nationale.fr/q17/17-1692QE.htm"),
		src("Nosdeputes.fr: Assemblée debate on the bill's Art. 10 bis A, an amendment writing the cloud-au-centre doctrine into law, with a décret en Conseil d'État to set its application",
			"https://nosdeputes.fr/16/intervention/387514"),
		src("Clever Cloud (2026-02-16): Art. 31 of the SREN law requires that sensitive data of the State and its operators be protected against access by foreign authorities not authorised by EU law",
			"https://www.clever.cloud/fr/blog/presse/2026/02/16/clever-cloud-auditionne-a-lassemblee-nationale"),
	}
	deSGB5393 = []Source{
		src("gesetze-im-internet.de: § 393 SGB V (Cloud-Einsatz im Gesundheitswesen), paras (1)-(4)", "https://www.gesetze-im-internet.de/sgb_5/__393.html"),
		src("Taylor Wessing (2024-06): DigiG promulgated 2024-03-26; § 393 SGB V in force 2024-07-01; EU, EEA and Switzerland, adequacy countries; establishment in Germany",
			"https://www.taylorwessing.com/fr/insights-and-events/insights/2024/06/393-sgb-v-nf"),
		src("Deloitte Legal: § 393 SGB V in its DigiG wording applies since 2024-07-01",
			"https://www.deloittelegal.de/dl/de/services/legal/perspectives/einsatz-von-cloud-diensten-im-gesundheitswesen.html?icid=toggle_dl_de"),
		src("datenschutz-notizen.de: § 393 SGB V rewritten by DigiG Art. 2 No. 6, in force 2024-07-01",
			"https://www.datenschutz-notizen.de/cloud-computing-im-gesundheitswesen-neue-regelungen-ab-juli-2024-1648899/"),
	}
)

// deAdequate lists the third countries with an EU adequacy decision under
// Art. 45 GDPR on 2024-07-01, outside the EEA and Switzerland, except the
// United States (whose Data Privacy Framework covers certified
// organisations only).
var deAdequate = []string{"AD", "AR", "CA", "FO", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "GB", "UY"}

func rulesEU2() []Rule {
	fr, de := mustCode("FR"), mustCode("DE")
	eea, ch := mustCode("EEA"), mustCode("CH")
	return []Rule{
		{
			ID: "FR-CSP-L1111-8-HDS", Jurisdiction: fr, Kind: Localization, Territory: []Code{eea},
			Title: "Personal health data collected in prevention, diagnosis, care or social and medico-social follow-up and " +
				"hosted for a health actor by a third party must be hosted by a certified (HDS) host, whose certification " +
				"referential requires physical hosting in a state of the European Economic Area",
			Citation: Citation{Law: "Code de la santé publique", Short: "CSP", Article: "Art. L.1111-8; Art. R.1111-8-8 ff.",
				Version: "HDS certification referential approved by the arrêté of 2024-04-26 (JO 2024-05-16), sovereignty requirements"},
			Effective: mustDate("2026-05-16"),
			Scope: Scope{Classes: classes(HealthData), Basis: ControllerIn, ControllerTags: []string{"fr-hds-hosting"},
				SubjectsNote: "health data of French health professionals, establishments and bodies that outsource hosting"},
			Sources:  frHDS,
			Verified: true,
			Notes: "The statute (L.1111-8) requires certification; the EEA-storage requirement sits in the certification " +
				"referential, not in the Code. New applicants have been assessed against it since 2024-11-16; hosts " +
				"certified under the 2018 referential had 24 months, to 2026-05-16, which is the day used here because from " +
				"then every certified host must meet it (a host newly certified between the two dates is bound earlier, " +
				"which the model cannot show). Remote access from outside the EEA is not banned: the host must disclose it " +
				"and publish a map of transfers, so no transfer rule is encoded. Tag the French health actor (controller, " +
				"jurisdiction FR) \"fr-hds-hosting\" when it entrusts hosting to a third party; a body hosting its own data " +
				"needs no HDS certification. HDS certification itself (since 2018-04-01, before it an approval) is not " +
				"encoded as a rule: no topology fact shows a host's certification duty apart from where it stores.",
		},
		{
			ID: "FR-SREN-31", Jurisdiction: fr, Kind: Obligation,
			Title: "State administrations and operators that use a commercial cloud service for data of particular sensitivity " +
				"must ensure that the service protects the data against access by third-country public authorities not " +
				"authorised by EU or member-state law",
			Citation: Citation{Law: "Loi n° 2024-449 du 21 mai 2024 visant à sécuriser et à réguler l'espace numérique", Short: "SREN",
				Article: "Art. 31"},
			Effective: mustDate("2024-05-23"),
			Scope:     Scope{Classes: classes(GovernmentData), Basis: ControllerIn, ControllerTags: []string{"fr-state-sensitive-data"}},
			Sources:   frSREN,
			Verified:  false,
			Notes: "Unverified: the in-force day. The law and its Art. 31 are confirmed (published in the JO of 2024-05-22; the DINUM " +
				"vade-mecum, law-firm and industry pages describe Art. 31's duty), but the text of Art. 31 itself was not read. " +
				"2024-05-23 is the day after publication (Code civil Art. 1); whether the duty applied before its implementing décret " +
				"en Conseil d'État is unconfirmed: an Assemblée nationale question speaks of the period 'before the application of " +
				"Art. 31'. Public repository notes (not pages read here, so unconfirmed) name décret n° 2026-272 of 2026-04-14 as that " +
				"decree, one saying it is in force from 2026-04-17, and an arrêté of 2026-08-12 (JORF 2026-08-14) taken under it as " +
				"making SecNumCloud 3.2 the binding referential from 2026-08-15; a second pass found no Légifrance or JORF page holding " +
				"either text. If the decree or the arrêté is what brings the duty into force, the start is later than modelled; " +
				"transitional terms for existing contracts are unverified. A fourth pass searched repositories and pages for Art. 31's text " +
				"and the decree (phrases of Art. 31, '2026-272', and the Légifrance ids JORFTEXT000053900789 and JORFTEXT000054678082 named in " +
				"repository notes) and found neither text nor an official page on them. A fifth pass found the decree (n° 2026-272 of 2026-04-14) only on an AI summary page (legiseye.com) and in repository notes, and Art. 31's text and its application date again on no Légifrance page. A seventh pass looked for Légifrance/LEGI copies in repositories (find_repos 'legifrance'; find_string on Art. 31's wording 'autorités publiques d'États tiers non autorisé') and found only repository notes summarising Art. 31 (one says a Conseil d'État decree was due within six months), not the text. An obligation: the engine has no rule kind for 'a provider immune from extraterritorial law' (a " +
				"ProhibitedCounterparty rule would need a list of countries the law does not give), and whether data is of " +
				"particular sensitivity is the administration's case-by-case decision. Tag the State administration or operator " +
				"(jurisdiction FR) \"fr-state-sensitive-data\" for such data; declare it as GovernmentData.",
		},
		{
			ID: "DE-SGB5-393-LOC", Jurisdiction: de, Kind: Localization, Territory: []Code{eea, ch},
			Title: "Health-care providers, health and long-term care insurance funds and their processors may process social " +
				"and health data by cloud computing only in Germany, an EU member state, a state treated as equal under " +
				"§ 35(7) SGB I or a third country with an adequacy decision, and only if the processing body has an establishment in Germany",
			Citation:  Citation{Law: "Sozialgesetzbuch Fünftes Buch (SGB V)", Short: "SGB V", Article: "§ 393(1), (2)", Version: "as rewritten by the Digital-Gesetz (DigiG) of 2024-03-22, Art. 2 No. 6"},
			Effective: mustDate("2024-07-01"),
			Scope:     Scope{Classes: classes(HealthData), Basis: ControllerIn, ControllerTags: []string{"de-sgb5-cloud"}},
			Sources:   deSGB5393,
			Verified:  true,
			Notes: "Tag the provider or fund (controller, jurisdiction DE) \"de-sgb5-cloud\" when it processes social or health " +
				"data through a cloud service. Social data (§ 67(2) SGB X) that is not health data has no class of its own; " +
				"declare it as HealthData. The territory is Germany, the EEA and Switzerland (treated as equal under § 35(7) " +
				"SGB I per Taylor Wessing; the Switzerland reading is a secondary source's); adequacy countries are " +
				"de-sgb5-393-adequacy. The establishment-in-Germany condition is not modelled. The DigiG date (2024-03-22) is " +
				"its signature; it was promulgated on 2024-03-26.",
		},
		{
			ID: "DE-SGB5-393-C5", Jurisdiction: de, Kind: Obligation,
			Title: "Cloud processing of social and health data also needs state-of-the-art technical and organisational measures, " +
				"a current C5 attestation of the processing body for the cloud systems used (Type 1 until 2025-06-30, Type 2 " +
				"from 2025-07-01, or an equivalent standard) and the customer criteria of its audit report implemented",
			Citation:  Citation{Law: "Sozialgesetzbuch Fünftes Buch (SGB V)", Short: "SGB V", Article: "§ 393(3), (4)", Version: "as rewritten by the Digital-Gesetz (DigiG)"},
			Effective: mustDate("2024-07-01"),
			Scope:     Scope{Classes: classes(HealthData), Basis: ControllerIn, ControllerTags: []string{"de-sgb5-cloud"}},
			Sources:   deSGB5393,
			Verified:  true,
			Notes: "An obligation: whether a store's operator holds a current C5 attestation is not a topology fact the engine " +
				"checks for this rule. A C5 equivalence ordinance (C5GleichwV, reportedly retroactive to 2024-07-01) allowing " +
				"other evidence for up to two years was seen only on a vendor's home page; it is not encoded.",
		},
	}
}

func mechanismsEU2() []Mechanism {
	de := mustCode("DE")
	dest := make([]Code, 0, len(deAdequate))
	for _, c := range deAdequate {
		dest = append(dest, mustCode(c))
	}
	return []Mechanism{
		{
			ID: "de-sgb5-393-adequacy", Jurisdiction: de, Automatic: true,
			Name:         "Cloud processing in a third country with an EU adequacy decision (Art. 45 GDPR)",
			Citation:     Citation{Law: "Sozialgesetzbuch Fünftes Buch (SGB V)", Short: "SGB V", Article: "§ 393(2) No. 3"},
			Effective:    mustDate("2024-07-01"),
			Satisfies:    []string{"DE-SGB5-393-LOC"},
			Destinations: dest,
			Sources:      deSGB5393,
			Verified:     false,
			Notes: "Unverified: the destination list is the EU adequacy list as read for this catalog on 2024-07-01 (not re-read against the " +
				"Commission's page for that day), without the United States, whose Data Privacy Framework covers certified " +
				"organisations only; it does not follow later decisions. The model still wants a copy in Germany, the EEA or " +
				"Switzerland: it lifts the rule for copies in adequate countries, not for data held only there.",
		},
	}
}
