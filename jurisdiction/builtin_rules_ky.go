package jurisdiction

// Cayman Islands law, researched 2026-12-08. The holding companies of
// several Chinese cloud groups (Alibaba Group Holding Ltd., VNET Group,
// Tencent Holdings) are incorporated in the Islands, so an assessment
// meets KY wherever such a company controls a store's operator. The
// research found one rule that bears on cloud data (the eighth data
// protection principle of the Data Protection Act) and no localization,
// no blocking statute and no power compelling a Cayman company to
// disclose data it holds abroad; the survey records the absences.

// Sources shared by several entries.
var (
	kyDPAOmbudsman8 = src("Office of the Ombudsman (Cayman Islands): Guide to the DPA for data controllers, eighth data protection principle - international transfers (text of the principle: no transfer to a country or territory unless it ensures an adequate level of protection; restrictions on transfers outside the EU and to third countries without adequate protection)",
		"https://ombudsman.ky/data-protection-organisation/data-protection-principles/eighth-data-protection-principle-international-transfers")
	kyDPAText = src("Cayman legislation (legis.qzq.dev, from legislation.gov.ky): Data Protection Act (2021 Revision), in force 2021-04-30, incorporating Law 33/2017 in force 30-Sep-2019 and the Data Protection Act 2017 (Commencement) Order 2019 (SL 16/2019); Schedule 1 the data protection principles, Schedule 4 transfers to which the eighth principle does not apply",
		"https://legis.qzq.dev/export/expression/464.json")
	kyDPAInForce = []Source{
		src("Appleby: Cayman Regulatory Newsletter Q4 2019 - the Data Protection Law, 2017 came into force on 30 September 2019", "https://www.applebyglobal.com/publications/cayman-regulatory-newsletter-q4-2019/hot-topics/"),
		src("DLA Piper Data Protection Laws of the World: Cayman Islands - DPA (2021 revision) first in force 2019-09-30; applies to controllers established in the Islands (incorporated or registered there, among others) and to controllers not established there processing data in the Islands otherwise than in transit",
			"https://www.dlapiperdataprotection.com/index.html?t=data-protection-officers&c=KY"),
		src("Walkers (2021-06): Data Protection in the Cayman Islands - the DPA applies to processing by data controllers established in the Islands, and in some cases to controllers outside processing personal data in the Islands",
			"https://walkersglobal.com/en/Insights/2021/06/Data-Protection-in-the-Cayman-Islands"),
	}
	kyUKSch4 = src("legislation.gov.uk: Data Protection Act 1998 (UK) Schedule 4, cases where the eighth principle does not apply (the model of the Cayman Schedule 4)",
		"http://www.legislation.gov.uk/ukpga/1998/29/schedule/4")
	kyCIDA = []Source{
		src("Cayman legislation (legis.qzq.dev): Confidential Information Disclosure Law, 2016 (Law 23 of 2016), s.3 gateways for disclosure (directions of a court under s.4, consent of the principal, a constable investigating an offence, orders of the Central Authority under the Criminal Justice (International Cooperation) Law, among others)",
			"https://legis.qzq.dev/act/51"),
		src("Appleby: Update - Cayman Islands Confidential Relationships Law now repealed; the Confidential Information Disclosure Law returns breach of confidence to the common law and keeps only the court-directions mechanism",
			"https://www.applebyglobal.com/publications/update-cayman-islands-confidential-relationships-law-now-repealed/"),
	}
)

func rulesKY() []Rule {
	ky := mustCode("KY")
	return []Rule{
		{
			ID: "KY-DPA-P8", Jurisdiction: ky, Kind: TransferRestriction,
			Title: "Personal data shall not be transferred to a country or territory unless that country or territory ensures an " +
				"adequate level of protection for the rights and freedoms of data subjects, save the transfers of Schedule 4",
			Citation: Citation{Law: "Data Protection Act (2021 Revision) (originally the Data Protection Law, 2017)", Short: "DPA",
				Article: "s.5 and Sch. 1 (eighth data protection principle); Sch. 4", Version: "2021 Revision"},
			Effective: mustDate("2019-09-30"),
			Scope:     Scope{Classes: classes(Personal)},
			Sources:   append([]Source{kyDPAOmbudsman8, kyDPAText}, kyDPAInForce...),
			Verified:  true,
			Notes: "In force 2019-09-30 (Commencement Order SL 16/2019); the Law was renamed an Act by the Citation of Acts of " +
				"Parliament Act, 2020, and the 2021 Revision consolidates it. The Act binds a data controller established in the " +
				"Islands (incorporated, registered as a foreign company, ordinarily resident, or with an office, branch or agency " +
				"there) for data processed in the context of that establishment, and a controller not established there for data " +
				"processed in the Islands other than in transit (s.6; the section number is from the Act's arrangement of " +
				"sections, its wording from DLA Piper). Modelled with the StoredIn basis, not ControllerIn: the engine reads a " +
				"ControllerIn transfer rule as StoredIn limited to controllers of KY (the leg must still start in the territory), " +
				"which would drop s.6(1)(b) controllers; with StoredIn a leg leaving a store in the Islands, and an undeclared " +
				"collection by a Cayman controller into a store abroad (the engine sends it from the controller's jurisdiction), " +
				"are transfers, which matches the Ombudsman's reading that using a service provider outside the Islands is a " +
				"transfer. Not modelled: a Cayman controller moving data between two countries outside the Islands (arguably " +
				"within the principle), transit, and the adequacy assessment in all the circumstances that Sch. 1 Part 2 calls " +
				"for (the model takes only the Ombudsman's EEA reading, ky-dpa-p8-eea, as automatic). Schedule 4's exceptions " +
				"were read only in part (see the mechanisms); the Ombudsman's approval or authorisation of transfer terms, " +
				"modelled on DPA 1998 (UK) Sch. 4 paras 8-9, was not confirmed in the Cayman text and is not encoded. " +
				"Enforcement by the Ombudsman (enforcement orders, monetary penalties).",
		},
	}
}

func mechanismsKY() []Mechanism {
	ky := mustCode("KY")
	return []Mechanism{
		{
			ID: "ky-dpa-p8-eea", Jurisdiction: ky, Automatic: true,
			Name:         "Adequate destinations under the Ombudsman's guidance: the European Economic Area",
			Citation:     Citation{Law: "Data Protection Act (2021 Revision)", Short: "DPA", Article: "Sch. 1 (eighth principle), Ombudsman guidance"},
			Effective:    mustDate("2019-09-30"),
			Satisfies:    []string{"KY-DPA-P8"},
			Destinations: []Code{mustCode("EEA")},
			Sources: []Source{kyDPAOmbudsman8,
				src("Compliance Matters (2019-07-05): the Ombudsman's guide treats as adequate every EEA country and the countries the EU has found adequate",
					"http://comp-matters.com/article.php?id=184157")},
			Verified: true,
			Notes: "The Ombudsman's guide restricts transfers to countries outside the EU and to third countries without adequate " +
				"protection, so transfers into the EEA need no Schedule 4 exception. Guidance, not statute: the Act asks for " +
				"adequacy in all the circumstances, which a court could read otherwise.",
		},
		{
			ID: "ky-dpa-p8-eu-adequate", Jurisdiction: ky, Automatic: true,
			Name:         "Adequate destinations under the Ombudsman's guidance: countries with an EU adequacy finding (2019 list)",
			Citation:     Citation{Law: "Data Protection Act (2021 Revision)", Short: "DPA", Article: "Sch. 1 (eighth principle), Ombudsman guidance"},
			Effective:    mustDate("2019-09-30"),
			Satisfies:    []string{"KY-DPA-P8"},
			Destinations: codes("AD", "AR", "CA", "FO", "GG", "IL", "IM", "JE", "NZ", "CH", "UY"),
			Sources: []Source{
				src("Compliance Matters (2019-07-05): the Ombudsman's guide lists as adequate the EEA and Andorra, Argentina, Canada, the Faroe Islands, Guernsey, Israel, the Isle of Man, Jersey, New Zealand, Switzerland, Uruguay and the United States",
					"http://comp-matters.com/article.php?id=184157"),
				kyDPAOmbudsman8},
			Verified: false,
			Notes: "Unverified: the list was read in a 2019 press summary of the Ombudsman's guide, not in the guide itself. The US " +
				"(then under Privacy Shield, which the CJEU struck down on 2020-07-16) is left out; whether the Ombudsman follows " +
				"later EU findings (Japan 2019, the UK 2021, Korea 2021, the EU-US Data Privacy Framework 2023) was not confirmed. " +
				"Canada's EU finding covers only PIPEDA organisations; the model cannot narrow the mechanism per destination.",
		},
		{
			ID: "ky-dpa-sch4-consent", Jurisdiction: ky,
			Name:      "The data subject has consented to the transfer",
			Citation:  Citation{Law: "Data Protection Act (2021 Revision)", Short: "DPA", Article: "Sch. 4 para. 1"},
			Effective: mustDate("2019-09-30"),
			Satisfies: []string{"KY-DPA-P8"},
			Sources:   []Source{kyDPAText, kyDPAOmbudsman8, kyUKSch4},
			Verified:  false,
			Notes: "Unverified: the wording and its place as the first paragraph of Schedule 4 were read only as quoted by a " +
				"secondary research note, not in the Act; Schedule 4's title was read in the Act's text. Consent must meet " +
				"Schedule 5 (freely given, specific, informed, unambiguous; none where there is a significant imbalance between " +
				"subject and controller) and must cover the transfer. Not limited to occasional transfers by the text, unlike " +
				"GDPR Art. 49.",
		},
		{
			ID: "ky-dpa-sch4-contract", Jurisdiction: ky,
			Name: "The transfer is necessary for a contract with the data subject, or for a contract concluded at the data subject's " +
				"request or in the data subject's interest",
			Citation:  Citation{Law: "Data Protection Act (2021 Revision)", Short: "DPA", Article: "Sch. 4 (contract cases; paragraph numbers unverified)"},
			Effective: mustDate("2019-09-30"),
			Satisfies: []string{"KY-DPA-P8"},
			Sources: []Source{kyDPAText, kyUKSch4,
				src("Mondaq (2017): the Cayman Data Protection Law is based substantially on the UK Data Protection Act 1998", "http://www.mondaq.com/caymanislands/x/623326/data+protection/Data+Protection")},
			Verified: false,
			Notes: "Unverified: modelled on DPA 1998 (UK) Sch. 4 paras 2-3, which the Cayman Act follows; the Cayman paragraphs were " +
				"not read. Declare it only where the transfer is necessary for such a contract (not for a controller's own " +
				"convenience, such as choosing a cheaper region).",
		},
	}
}

func surveysKY() []Survey {
	return []Survey{
		{
			Jurisdiction: mustCode("KY"),
			Absent: []Absence{
				{Kind: Localization, Basis: "No Cayman law found that requires data to be stored in the Islands: the Data Protection " +
					"Act regulates transfers (eighth principle) and does not localise; CIMA's outsourcing and cybersecurity guidance " +
					"for regulated entities contemplates IT and cloud providers outside the Islands, asking for a jurisdiction risk " +
					"assessment and CIMA's access to books and records, not for local storage"},
				{Kind: CompelledAccess, Basis: "No power found that compels a company incorporated in the Islands to disclose to " +
					"Cayman authorities data it holds outside the Islands (no analogue of 18 U.S.C. 2713). The powers found act on " +
					"persons and information in the Islands, mostly to answer foreign requests: notices to produce of the Tax " +
					"Information Authority under the Tax Information Authority Act (s.8(4)(b) in the 2013 Revision), orders and " +
					"warrants of the Central Authority under the Criminal Justice (International Cooperation) Act, CIMA's powers over " +
					"regulated entities. None is encoded: a store in the Islands is reached by KY through its location by the " +
					"engine's presumption anyway, and whether 'possession or control' in these powers reaches records a Cayman " +
					"company keeps abroad was not established"},
				{Kind: BlockingStatute, Basis: "The Confidential Relationships (Preservation) Law, which made disclosure of " +
					"confidential information an offence, was repealed in 2016 by the Confidential Information Disclosure Law, 2016; " +
					"breach of confidence is left to the common law, and s.4 only lets a person who intends or is required to give " +
					"confidential information in evidence (in the Islands or abroad) seek the Grand Court's directions: a shield " +
					"for the discloser, not a bar on compliance with foreign orders"},
			},
			Sources: append([]Source{
				kyDPAOmbudsman8,
				src("Deloitte: CIMA Cybersecurity Statement of Guidance, IT outsourcing and cloud computing providers, risk assessment of the jurisdiction if outside the Cayman Islands",
					"https://www2.deloitte.com/ky/en/pages/risk/articles/cima-insight-13.html"),
				src("CICMA: CIMA Statement of Guidance on outsourcing - books and records must remain readily accessible to CIMA; jurisdiction risk assessment for overseas providers",
					"https://cicma.pro/effective-oversight-of-outsourced-functions"),
				src("Cayman legislation (legis.qzq.dev): Tax Information Authority Regulations (2013 Revision), Form 3 notice to produce information under s.8(4)(b) of the Tax Information Authority Law",
					"https://legis.qzq.dev/sl/456"),
				src("Mondaq: CIMA's coercive powers and international regulatory cooperation (memoranda of understanding with the SEC, FCA and PRA)",
					"http://webiis05.mondaq.com/caymanislands/x/237756/offshore+financial+centres/New+Regulatory+Chiefs+In+UK+And+US+Implications+For+Cayman"),
			}, kyCIDA...),
			Verified: false,
			Notes: "Negative findings, not confirmed by a full reading of the Proceeds of Crime Act, the Criminal Procedure Code, " +
				"the Police Act or the Monetary Authority Act: the compelled-access absence means only that no power reaching " +
				"data abroad through a Cayman company was found. Not researched: interception of communications (the Information " +
				"and Communications Technology Authority Act) and the KY access profile.",
		},
	}
}
