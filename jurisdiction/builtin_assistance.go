package jurisdiction

import "slices"

// Mutual legal assistance agreements: each party obtains data (stored
// content, records, testimony) for the other on request. They are
// Assistance agreements; none is a CLOUD Act agreement, so none is
// Qualifying and none lifts a blocking rule.

// euMemberStates2010 are the 27 member states of the EU on 2010-02-01, when
// the EU-US Agreement on Mutual Legal Assistance and the 27 bilateral
// instruments implementing it entered into force.
var euMemberStates2010 = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR", "HU",
	"IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}

// eioStates are the member states bound by Directive 2014/41/EU today: every
// member state except Denmark and Ireland (recitals 44 and 45).
var eioStates = []string{
	"AT", "BE", "BG", "CY", "CZ", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
	"IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
}

// A budapestParty is a party to the Convention on Cybercrime with the day
// the Convention entered into force for it, confirmed against the source.
type budapestParty struct {
	code, effective string
	source          Source
}

var coeChart2015 = src("Council of Europe Treaty Office: Chart of signatures and ratifications of Treaty 185 (status as of 03/12/2015): entry into force 01/07/2004; Albania, Croatia, Estonia, Hungary 01/07/2004; Austria 01/10/2012; Belgium 01/12/2012; Bulgaria 01/08/2005; Cyprus 01/05/2005; Czech Republic 01/12/2013; Denmark 01/10/2005; Finland 01/09/2007; France 01/05/2006",
	"http://www.coe.int/en/web/conventions/full-list/-/conventions/treaty/185/signatures?p_auth=igXbHmd5")

// budapestParties are the parties among the jurisdictions this catalog cares
// about whose date of entry into force was confirmed. See the Notes of
// COE-BUDAPEST for those left out.
var budapestParties = []budapestParty{
	{"HR", "2004-07-01", coeChart2015},
	{"EE", "2004-07-01", coeChart2015},
	{"HU", "2004-07-01", coeChart2015},
	{"LT", "2004-07-01", src("Tractatenblad 2007, 10 (Netherlands treaty series): party data for the Convention, Litouwen ratified 18-03-04, in force 01-07-04",
		"https://zoek.officielebekendmakingen.nl/trb-2007-10.html")},
	{"CY", "2005-05-01", coeChart2015},
	{"BG", "2005-08-01", coeChart2015},
	{"DK", "2005-10-01", coeChart2015},
	{"FR", "2006-05-01", coeChart2015},
	{"US", "2007-01-01", src("US Embassy Tokyo (Washington File, 2006-10-02): instrument of ratification deposited at the Council of Europe on September 29, 2006; the convention will enter into force for the United States on January 1, 2007",
		"https://japan2.usembassy.gov/e/p/2006/tp-20061002-04.html")},
	{"NL", "2007-03-01", src("Finlex 59/2007: parties, Alankomaat (Netherlands) bound 16.11.2006, in force 01.03.2007 (Kingdom in Europe)",
		"https://finlex.fi/fi/sopimukset/sopsviite/2007/20070059")},
	{"FI", "2007-09-01", src("Finlex 768/2007: presidential decree, the Convention enters into force for Finland on 1 September 2007 (ratification deposited 24 May 2007)",
		"http://www.finlex.fi/fi/laki/alkup/2007/20070768")},
	{"GB", "2011-09-01", src("Council of Europe Treaty Office notification JJ7249C Tr./185-67 (1 June 2011): United Kingdom ratified 25 May 2011, entry into force in respect of the United Kingdom 1 September 2011",
		"https://doczz.fr/doc/5534207/please-quote--jj7249c-tr.-185-67-strasbourg--1-june-2011")},
	{"CH", "2012-01-01", src("SR 0.311.43 (Fedlex text via droit-bilingue.ch): Swiss instrument of ratification deposited 21 September 2011, in force for Switzerland 1 January 2012",
		"https://www.droit-bilingue.ch/de-fr/0.3/0.31/0.311.43-preface-1.html")},
	{"AT", "2012-10-01", coeChart2015},
	{"JP", "2012-11-01", src("MOFA Japan (2012-07-04): instrument of acceptance deposited July 3, 2012; the Convention becomes effective for Japan from November 1, 2012",
		"http://www.mofa.go.jp/announce/announce/2012/7/0704_01.html")},
	{"BE", "2012-12-01", coeChart2015},
	{"AU", "2013-03-01", src("Mutual Assistance in Criminal Matters (Cybercrime) Regulation 2013: commences 1 March 2013, 'the day the Convention enters into force for Australia'",
		"https://www.global-regulation.com/law/australia/224866/mutual-assistance-in-criminal-matters-%252528cybercrime%252529-regulation-2013.html")},
	{"CZ", "2013-12-01", coeChart2015},
}

const budapestNotes = "Council of Europe Convention on Cybercrime (ETS No. 185), Budapest 2001-11-23, in force 2004-07-01 (Art. 36(3)); " +
	"for a later party on the first day of the month after three months from its deposit (Art. 36(4), 37(2)). Mutual assistance: " +
	"Art. 25-28 general, Art. 29 expedited preservation of stored data, Art. 30 expedited disclosure of preserved traffic data, " +
	"Art. 31 accessing stored data, Art. 33-34 real-time collection and interception, Art. 35 24/7 network. " +
	"An Agreement has one period for all its parties, so the Convention is modelled as one agreement per date of entry into force: " +
	"COE-BUDAPEST holds the parties of 2004-07-01 and COE-BUDAPEST-<date> every party in force on <date>, so two parties are bound " +
	"together from the later of their dates. Left out because their date of entry into force was not confirmed against a source " +
	"in this research: DE, GR, IE, IT, LU, LV, MT, PL, PT, RO, SE, SI, SK, ES, IS, LI, NO, CA (ratification announced by Global " +
	"Affairs Canada on 2015-07-08, date of entry into force not confirmed) and IL (accession approved by the Government of Israel " +
	"on 2016-04-14, date not confirmed). Ireland signed in 2002; its ratification was not confirmed. KR, IN, BR and CN are not parties " +
	"as far as these sources show."

// budapestAgreements models the Convention on Cybercrime as one agreement
// per date of entry into force, each binding every party in force by then.
func budapestAgreements() []Agreement {
	var dates []string
	for _, p := range budapestParties {
		if !slices.Contains(dates, p.effective) {
			dates = append(dates, p.effective)
		}
	}
	slices.Sort(dates)
	first := dates[0]
	var out []Agreement
	for _, d := range dates {
		var parties []Code
		var sources []Source
		for _, p := range budapestParties {
			if p.effective > d {
				continue
			}
			parties = append(parties, mustCode(p.code))
			if p.effective == d && !slices.Contains(sources, p.source) {
				sources = append(sources, p.source)
			}
		}
		id, name := "COE-BUDAPEST", "Council of Europe Convention on Cybercrime (Budapest Convention)"
		if d != first {
			id += "-" + d
			name += ", parties in force on " + d
		}
		out = append(out, Agreement{
			ID: id, Name: name,
			Citation:   Citation{Law: "Convention on Cybercrime, ETS No. 185 (Budapest, 2001-11-23), Art. 25-35", Short: "Budapest Convention"},
			Parties:    parties,
			Effective:  mustDate(d),
			Assistance: true,
			Sources:    sources,
			Verified:   true,
			Notes:      budapestNotes,
		})
	}
	return out
}

func assistanceAgreements() []Agreement {
	out := []Agreement{
		{
			ID: "EU-US-MLA", Name: "Agreement on Mutual Legal Assistance between the European Union and the United States of America, with the bilateral instruments implementing it",
			Citation:   Citation{Law: "Agreement on Mutual Legal Assistance between the EU and the USA, signed 2003-06-25 (OJ L 181, 19.7.2003, p. 34), concluded by Council Decision 2009/820/CFSP", Short: "EU-US MLA Agreement"},
			Parties:    append(codes("US"), codes(euMemberStates2010...)...),
			Effective:  mustDate("2010-02-01"),
			Assistance: true,
			Sources: []Source{
				src("EUR-Lex summary (legislation_summaries jl0052): Council Decision 2009/820/CFSP; the agreement entered into force on 1 February 2010; EU countries and the US apply it to their bilateral MLA treaties, and where none exists it applies anyway",
					"http://europa.eu/legislation_summaries/justice_freedom_security/judicial_cooperation_in_criminal_matters/jl0052_en.htm"),
				src("EUR-Lex summary: Agreement with the United States on mutual legal assistance (Decision 2009/820/CFSP; Decision 2003/516/EC)",
					"https://eurlex.europa.eu/EN/legal-content/summary/agreement-with-the-united-states-on-mutual-legal-assistance.html?fromSummary=23"),
				src("Senate Executive Report 110-13: the Agreement (Treaty Doc. 109-13) together with 27 bilateral instruments with each member state (Austria 2005-07-20, Belgium 2004-12-16, Bulgaria 2007-09-19, Denmark 2005-06-23, Ireland 2005-07-14, ...)",
					"https://govinfo.gov/content/pkg/CRPT-110erpt13/html/CRPT-110erpt13.htm"),
				src("Senate Treaty Doc. 109-13: the Agreement signed 2003-06-25 with the bilateral instruments signed with each member state",
					"https://www.govinfo.gov/content/pkg/CDOC-109tdoc13/html/CDOC-109tdoc13.htm"),
				src("Statewatch (2016-08): the EU-USA MLA Agreement entered into force on 1 February 2010; review under Art. 17",
					"https://statewatch.org/news/2016/august/eu-usa-mutual-legal-assistance-review"),
				src("White House message to the Senate (Croatia): the US-Croatia instrument under Art. 3(3), signed 2019-12-10, fulfils the requirement for Croatia after its accession on 2013-07-01; the EU-US agreements entered into force on February 1, 2010",
					"https://trumpwhitehouse.archives.gov/briefings-statements/message-senate-united-states-agreement-united-states-america-republic-croatia/"),
			},
			Verified: true,
			Notes: "Signed 2003-06-25, in force 2010-02-01. It works through bilateral instruments (Art. 3(2)-(3)): each member state signed one " +
				"with the US (27, including Denmark, Ireland and the United Kingdom, all bound although they stand outside later EU criminal " +
				"law measures, because the Agreement was concluded under the former Title VI TEU) that amends or supplements its bilateral MLAT " +
				"or, where there is none, applies the Agreement alone; the instruments entered into force with the Agreement. Parties are the US " +
				"and the 27 member states of 2010-02-01. The assistance runs between the US and each member state, not between member states " +
				"(Binds would read DE-FR as bound; those pairs are covered by the EIO or the 2000 EU MLA Convention anyway). Croatia (EU member " +
				"from 2013-07-01) signed its instrument on 2019-12-10 (Treaty Doc. 116-2; Senate committee report 2022-06-23); its date of entry " +
				"into force was not confirmed, so HR is not listed. The United Kingdom left the EU on 2020-01-31 and the transition ended " +
				"2020-12-31: the EU Agreement no longer covers it from 2021-01-01, but its bilateral instrument amending the 1994 US-UK MLAT is " +
				"a treaty between the two states; whether it stays in force was not confirmed here, so GB is kept without an end date.",
		},
		{
			ID: "EU-EIO", Name: "European Investigation Order in criminal matters among the member states bound by Directive 2014/41/EU",
			Citation:   Citation{Law: "Directive 2014/41/EU of 3 April 2014 regarding the European Investigation Order in criminal matters (OJ L 130, 1.5.2014, p. 1), Art. 36 (transposition by 22 May 2017)", Short: "EIO Directive"},
			Parties:    codes(eioStates...),
			Effective:  mustDate("2017-05-22"),
			Assistance: true,
			Sources: []Source{
				src("EUR-Lex: Directive 2014/41/EU, OJ L 130, 1.5.2014 (in force; consolidated version 13/03/2022)",
					"https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=uriserv:OJ.L_.2014.130.01.0001.01.ENG"),
				src("EJN (2017-05-23): the EIO Directive had to be transposed by 22 May 2017 by 26 member states bound by it (Ireland and Denmark not taking part); by that day transposed by Belgium, France, Germany, Hungary and Latvia",
					"https://www.ejn-crimjust.europa.eu/ejn/NewsDetail/ES/567"),
				src("EJN: status of implementation of the EIO Directive by member state (Austria 2018-07-01, Belgium 2017-05-22, Bulgaria 2018-02-23, Germany 2017-05-22, Greece 2017-09-21, ...; Denmark not bound)",
					"https://www.ejn-crimjust.europa.eu/ejn/EJN_Library_StatusOfImpByCat/BG/120"),
			},
			Verified: true,
			Notes: "Adopted 2014-04-03; transposition deadline 2017-05-22, taken as the day from which the states are bound; many applied it " +
				"later (Austria 2018-07-01, Bulgaria 2018-02-23, Greece 2017-09-21; the EJN table gives each state's date). It replaces, between " +
				"the states bound, the corresponding provisions of the 1959 CoE Convention and the 2000 EU MLA Convention (Art. 34). Parties are " +
				"the 25 member states other than Denmark and Ireland, which take no part. The United Kingdom was bound too until the end of the " +
				"transition period: see EU-EIO-GB. An EIO reaches stored data held in the executing state, including content held by providers there.",
		},
		{
			ID: "EU-EIO-GB", Name: "European Investigation Order between the United Kingdom and the other member states bound by Directive 2014/41/EU, to the end of the Brexit transition period",
			Citation:   Citation{Law: "Directive 2014/41/EU of 3 April 2014 regarding the European Investigation Order in criminal matters; in the UK the Criminal Justice (European Investigation Order) Regulations 2017", Short: "EIO Directive (UK)"},
			Parties:    append(codes("GB"), codes(eioStates...)...),
			Effective:  mustDate("2017-05-22"),
			End:        mustDate("2021-01-01"),
			Assistance: true,
			Sources: []Source{
				src("EJN (2017-05-23): 26 member states bound by the EIO Directive (Ireland and Denmark not taking part), so including the United Kingdom",
					"https://www.ejn-crimjust.europa.eu/ejn/NewsDetail/ES/567"),
				src("legislation.gov.uk: Directive 2014/41/EU as it stood on IP completion day (31 December 2020 11.00 p.m.)",
					"http://www.legislation.gov.uk/eudr/2014/41/introduction/adopted"),
			},
			Verified: false,
			Notes: "The UK opted in to the Directive, so 26 states were bound in 2017. The UK's own day of application (its 2017 Regulations) was " +
				"not confirmed here; the deadline 2017-05-22 stands in. The Directive ceased to apply to the UK at the end of the transition " +
				"period (IP completion day, 2020-12-31 23:00 GMT); End 2021-01-01 is the first day without it. Cooperation since then rests " +
				"on the EU-UK Trade and Cooperation Agreement and the CoE conventions, not modelled here.",
		},
		{
			ID: "US-CN-MLAA", Name: "Agreement between the Government of the United States of America and the Government of the People's Republic of China on Mutual Legal Assistance in Criminal Matters",
			Citation:   Citation{Law: "US-PRC Agreement on Mutual Legal Assistance in Criminal Matters, signed at Beijing 2000-06-19", Short: "US-China MLAA"},
			Parties:    codes("US", "CN"),
			Effective:  mustDate("2001-03-08"),
			Assistance: true,
			Sources: []Source{
				src("\"The World and Japan\" database (GRIPS / University of Tokyo): full text of the Agreement, Beijing, June 19, 2000, source US Department of State",
					"http://www.ioc.u-tokyo.ac.jp/~worldjpn/documents/texts/USC/20000619.T1E.html"),
				src("China.org.cn (Xinhua, 2000-12-22): the China-US agreement of June 19 filed to the NPC Standing Committee for ratification",
					"http://www.china.org.cn/english/china-us/5701.htm"),
				src("Wikisource: Chinese text of the Agreement (中华人民共和国政府和美利坚合众国政府关于刑事司法协助的协定); central authorities the Ministry of Justice and the Attorney General (Art. 2)",
					"https://zh.wikisource.org/zh-hans/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E6%94%BF%E5%BA%9C%E5%92%8C%E7%BE%8E%E5%88%A9%E5%9D%9A%E5%90%88%E4%BC%97%E5%9B%BD%E6%94%BF%E5%BA%9C%E5%85%B3%E4%BA%8E%E5%88%91%E4%BA%8B%E5%8F%B8%E6%B3%95%E5%8D%8F%E5%8A%A9%E7%9A%84%E5%8D%8F%E5%AE%9A"),
				src("NYU Law Review 94:6 (2019), Scolaro, The Past, Present, and Future of United States-China Mutual Legal Assistance",
					"https://www.nyulawreview.org/issues/volume-94-number-6/the-past-present-and-future-of-united-states-china-mutual-legal-assistance/"),
			},
			Verified: false,
			Notes: "Signed 2000-06-19 (confirmed); an executive agreement, not a Senate-ratified treaty, the only MLA instrument of the US of that " +
				"kind (NYU Law Review). The date of entry into force, 2001-03-08, is the one the State Department's Treaties in Force gives as far " +
				"as the researcher recalls; no source at hand confirmed it, hence not verified. Assistance includes documents, records, searches " +
				"and seizures of evidence (Art. 1(2)); refusal for sovereignty, security or public interest (Art. 3). Requests from the US to " +
				"China also meet the Data Security Law Art. 36 and the International Criminal Judicial Assistance Law of 2018, which route data " +
				"to foreign authorities through this channel.",
		},
		{
			ID: "US-HK-MLA", Name: "Agreement between the Government of the United States of America and the Government of Hong Kong on Mutual Legal Assistance in Criminal Matters",
			Citation:   Citation{Law: "US-Hong Kong Agreement on Mutual Legal Assistance in Criminal Matters, with annex, signed at Hong Kong 1997-04-15 (Senate Treaty Doc. 105-6); applied in Hong Kong by an order under the Mutual Legal Assistance in Criminal Matters Ordinance (Cap. 525)", Short: "US-HK MLA Agreement"},
			Parties:    codes("US", "HK"),
			Effective:  mustDate("2000-01-21"),
			End:        mustDate("2020-08-20"),
			Assistance: true,
			Sources: []Source{
				src("Senate Treaty Doc. 105-6: Agreement with Hong Kong on Mutual Legal Assistance in Criminal Matters, with annex, signed in Hong Kong on April 15, 1997",
					"https://www.congress.gov/treaty-document/105th-congress/6/document-text"),
				src("HKSAR Government press release (1999-11-10): Secretary for Security moves the Mutual Legal Assistance in Criminal Matters (United States of America) Order in LegCo",
					"http://www.info.gov.hk/gia/general/199911/10/1110249.htm"),
				src("HKSAR Government statement (2020-08-20), as reproduced: on the instruction of the Central People's Government, notice issued to the US Consulate General to suspend the Surrender of Fugitive Offenders agreement and the MLA agreement, after the US notified suspension or termination of the SFO, transfer of sentenced persons and shipping-income tax agreements",
					"http://government-world.com/suspension-of-agreement-on-surrender-of-fugitive-offenders-and-agreement-on-mutual-legal-assistance-in-criminal-matters-between-hong-kong-and-the-us/?print=print"),
				src("Straits Times (Reuters): China's Foreign Ministry (Zhao Lijian) announced that Hong Kong will suspend the MLA agreement with the US, in response to the US ending three other agreements",
					"http://www.straitstimes.com/asia/east-asia/hk-will-suspend-deal-on-mutual-legal-aid-with-us-says-china"),
				src("Shine / Shanghai Daily (2020-08-21): Hong Kong to suspend the 1997 MLA agreement; the US had ended agreements on surrender of fugitive offenders, transfer of sentenced persons and shipping tax exemptions",
					"https://archive.shine.cn/nation/HK-suspends-pact-with-US/shdaily.shtml"),
			},
			Verified: false,
			Notes: "Signed 1997-04-15 (confirmed). The date of entry into force, 2000-01-21, is recalled from the State Department's Treaties in " +
				"Force and was not confirmed against a source (Hong Kong's implementing order was moved in LegCo on 1999-11-10), hence not " +
				"verified. Suspension: the US did not suspend the MLA agreement; on 2020-08-19 it notified Hong Kong of the suspension or " +
				"termination of three others (surrender of fugitive offenders, transfer of sentenced persons, shipping-income tax). Hong Kong, " +
				"on the instruction of the Central People's Government, then gave notice on 2020-08-20 suspending the Surrender of Fugitive " +
				"Offenders agreement and this MLA agreement; End is that day. Suspended, not terminated. Hong Kong had suspended its MLA " +
				"agreements with Canada, Australia and the UK on 2020-07-28 (People's Daily), not modelled here.",
		},
		{
			ID: "US-JP-MLAT", Name: "Treaty between the United States of America and Japan on Mutual Legal Assistance in Criminal Matters",
			Citation:   Citation{Law: "US-Japan Treaty on Mutual Legal Assistance in Criminal Matters, signed at Washington 2003-08-05 (Senate Treaty Doc. 108-12)", Short: "US-Japan MLAT"},
			Parties:    codes("US", "JP"),
			Effective:  mustDate("2006-07-21"),
			Assistance: true,
			Sources: []Source{
				src("Senate Treaty Doc. 108-12: Treaty between the United States and Japan on Mutual Legal Assistance in Criminal Matters, signed at Washington on August 5, 2003",
					"https://www.govinfo.gov/content/pkg/CDOC-108tdoc12/html/CDOC-108tdoc12.htm"),
				src("US Embassy Tokyo: statements at the exchange of instruments of ratification, Tokyo, June 21, 2006; Japan's first MLA treaty",
					"https://japan2.usembassy.gov/e/p/2006/tp-20060621-72.html"),
				src("JURIST (2006-06): the MLAT signed August 5, 2003 will take effect July 21",
					"http://www.jurist.org/paperchase/2006/06/us-japan-finalize-landmark-legal.php"),
				src("Ministry of Justice of Japan, White Paper on Crime 2007: the Japan-U.S. MLAT went into effect in July 2006 after the exchange of instruments of ratification in June 2006",
					"http://hakusyo1.moj.go.jp/en/56/nfm/n_56_2_2_6_3_1.html"),
			},
			Verified: true,
			Notes: "Signed 2003-08-05; instruments exchanged 2006-06-21; in force 2006-07-21. Requests go between central authorities (in Japan " +
				"the Minister of Justice or the National Public Safety Commission) without diplomatic channels.",
		},
		{
			ID: "US-IN-MLAT", Name: "Treaty between the Government of the Republic of India and the Government of the United States of America on Mutual Legal Assistance in Criminal Matters",
			Citation:   Citation{Law: "India-US Treaty on Mutual Legal Assistance in Criminal Matters, signed at New Delhi 2001-10-17 (Senate Treaty Doc. 107-3)", Short: "India-US MLAT"},
			Parties:    codes("US", "IN"),
			Effective:  mustDate("2005-10-03"),
			Assistance: true,
			Sources: []Source{
				src("Embassy of India, Washington (2005-10-03): protocol of exchange of instruments of ratification signed in New Delhi; the Treaty has come into force with the signing of the Protocol",
					"https://indianembassyusa.gov.in/ArchivesDetails?id=525"),
				src("Embassy of India (2001-10-17): India and the United States sign a Treaty on Mutual Legal Assistance in Criminal Matters",
					"https://indianembassyusa.gov.in/ArchivesDetails?id=381"),
				src("Senate Treaty Doc. 107-3: Treaty with India on Mutual Legal Assistance in Criminal Matters, signed at New Delhi on October 17, 2001",
					"https://www.congress.gov/treaty-document/107th-congress/3/document-text?s=1&r=19&overview=closed"),
			},
			Verified: true,
			Notes: "Signed 2001-10-17; ratified by the President of India 2005-07-01; in force on the exchange of instruments, 2005-10-03. " +
				"Assistance covers documents, records, searches and seizures (Art. 1, 15).",
		},
		{
			ID: "CN-RU-MLA", Name: "Treaty between the People's Republic of China and the Russian Federation on Judicial Assistance in Civil and Criminal Matters",
			Citation:   Citation{Law: "中华人民共和国和俄罗斯联邦关于民事和刑事司法协助的条约, signed at Beijing 1992-06-19, approved by the NPC Standing Committee 1992-12-28", Short: "China-Russia judicial assistance treaty"},
			Parties:    codes("CN", "RU"),
			Effective:  mustDate("1993-11-14"),
			Assistance: true,
			Sources: []Source{
				src("eluosilvshi.com: Chinese and Russian text; note 'this treaty entered into force on 14 November 1993'; approved by the 29th session of the 7th NPC Standing Committee on 1992-12-28",
					"https://eluosilvshi.com/treaty-between-the-peoples-republic-of-china-and-the-russian-federation-on-judicial-assistance-in-civil-and-criminal-matters"),
				src("legal-way.ru: Chinese text, approved 1992-12-28, in force 1993-11-14",
					"http://legal-way.ru/chilaw1.php"),
				src("flguwen.com: the NPC Standing Committee decision ratifying the treaty signed at Beijing on 1992-06-19 by Minister of Justice Cai Cheng",
					"http://www.flguwen.com/news_xx.asp?id=19392"),
				src("shfamilylaw.com: the same text, giving 1993-11-24 as the day of entry into force",
					"http://shfamilylaw.com/a/falvfagui/shewailihunfalvzhishi/2012/0630/2930.html"),
			},
			Verified: false,
			Notes: "Signed 1992-06-19, approved by the NPC Standing Committee 1992-12-28. Two copies give entry into force on 1993-11-14 and one " +
				"1993-11-24; no official source (the MFA treaty database or the Russian treaty register) was reached, so the date is not " +
				"verified. Central authorities: the Ministry of Justice and the Supreme People's Procuratorate of China, the Ministry of " +
				"Justice and the Prosecutor General's Office of Russia (Art. 2). Covers criminal as well as civil matters, taking evidence " +
				"included.",
		},
	}
	out = append(out, budapestAgreements()...)
	return bilateral(out, "EU-US-MLA", mustCode("US"))
}

// bilateral replaces the agreement id, whose assistance runs between hub
// and each other party but not between those parties (Binds would read
// every pair as bound), with one two-party agreement per other party,
// "<id>-<party>", each with the same text.
func bilateral(as []Agreement, id string, hub Code) []Agreement {
	i := slices.IndexFunc(as, func(a Agreement) bool { return a.ID == id })
	if i < 0 {
		return as
	}
	base := as[i]
	var each []Agreement
	for _, p := range base.Parties {
		if p == hub {
			continue
		}
		a := base.clone()
		a.ID = id + "-" + p.String()
		a.Parties = []Code{hub, p}
		each = append(each, a)
	}
	return slices.Concat(as[:i], each, as[i+1:])
}
