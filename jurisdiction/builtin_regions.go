package jurisdiction

import (
	"slices"
	"strings"
)

// Cloud providers, their legal operators and their regions. Region codes
// are the providers' own, as Terraform and the SDKs write them; a region is
// placed in the country of its data centres (Hong Kong and Macau regions in
// HK and MO, not CN). Sources: the research notes' region catalog and the
// sources cited per entry.
//
// Conventions for every region table below:
//   - City is the city or area the provider publishes; a city that only a
//     third-party dataset gives is recorded with a note saying so.
//   - Opened is set only when a source listed for the entry gives it, as
//     "2016" (year), "2019-04" (month) or "2026-01-15" (day). Dates that
//     only a third-party dataset had are left out of Opened and mentioned
//     in the notes as unverified.
//   - Verified says the code, country and operator were confirmed against
//     the cited sources; caveats about cities or status are in the notes.

var (
	botocore      = src("boto/botocore: botocore/data/partitions.json (AWS partitions and regions)", "https://github.com/boto/botocore/blob/develop/botocore/data/partitions.json")
	awsChinaBlog  = src("AWS Enterprise Strategy blog: AWS China (Beijing) operated by Sinnet, (Ningxia) by NWCD", "https://aws.amazon.com/blogs/enterprise-strategy/getting-started-with-aws-services-in-aws-china-beijing-region-and-aws-china-ningxia-region/")
	azureRegions  = src("MicrosoftDocs/azure-docs: articles/reliability/regions-list.md", "https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/reliability/regions-list.md")
	azureChinaOps = src("Azure China playbook: Azure operated by 21Vianet (docs.azure.cn)", "https://docs.azure.cn/en-us/articles/azure-china-purchasing-guidance/go-china-playbook-azure-china-operation")
	azureChinaReg = src("docs.azure.cn: Azure operated by 21Vianet regions list", "https://docs.azure.cn/en-us/reliability/regions-list")
	vnet20F       = src("21Vianet Group, Inc. Form 20-F (incorporated in the Cayman Islands 2009-10-16; principal executive offices Beijing)", "http://ir.21vianet.com/node/9356/html")
	alibaba20F    = src("Alibaba Group Holding Limited Form 20-F/A (Cayman Islands; principal executive office Hong Kong)", "https://sec.gov/Archives/edgar/data/1577552/000119312524044480/d791119d20fa.htm")
	alicloudUS    = src("China Daily (2015-07-23) and IOL (2015-10-09): Alibaba's Silicon Valley data centres", "http://covid-19.chinadaily.com.cn/business/tech/2015-07/23/content_21384426.htm")

	// AWS
	awsSDKPartitions  = src("aws/aws-sdk-js-v3: packages/util-endpoints/src/lib/aws/partitions.json (aws-eusc, aws-iso, aws-iso-b, aws-iso-f region lists)", "https://github.com/aws/aws-sdk-js-v3/blob/main/packages/util-endpoints/src/lib/aws/partitions.json")
	awsLaunchYears    = src("Study guide (zeusexam.com): launch years of the North American AWS regions and GovCloud", "https://zeusexam.com/?p=1376")
	golemESC          = src("golem.de (2026-01): AWS European Sovereign Cloud available 2026-01-15, operating company seated in Potsdam, data centres in Elbe-Elster and Baruth/Mark; eu-central-1 in Frankfurt since 2014", "https://www.golem.de/news/amazon-aws-will-in-potsdam-als-souveraen-gelten-2601-204234.html")
	awsESCWhitepaper  = src("AWS whitepaper: Overview of the AWS European Sovereign Cloud, design approach (Brandenburg, separate partition)", "https://docs.aws.amazon.com/whitepapers/latest/overview-aws-european-sovereign-cloud/design-approach.html")
	escGmbH           = src("entwicklungsstadt.de: the new company seated in Potsdam, AWS European Sovereign Cloud GmbH", "https://entwicklungsstadt.de/aws-baut-unabhaengige-eu-cloud-milliardeninvestition-in-den-standort-potsdam/")
	escGovernance     = src("The Stack (2025-06): European Sovereign Cloud run by a new parent company and three subsidiaries incorporated in Germany", "https://www.thestack.technology/aws-eu-sovereign-cloud/")
	escComputerWeek   = src("ComputerWeekly.de (2026-01-22): launch on 2026-01-15 in Potsdam; contracting party a new European AWS subsidiary", "https://www.computerweekly.com/de/feature/AWS-European-Sovereign-Cloud-Wette-auf-digitale-Souveraenitaet")
	zhongweiPress     = src("People's Daily app (2019-04-18) and Caijing via getAbstract: AWS's China data centre in Zhongwei, Ningxia", "https://peoplesdaily.pdnews.cn/china/er/30001293822")
	regionsThirdParty = src("jasonwilbur/mcp-server-cloud-regions: data/regions.json (third-party dataset, Jan 2026; cities and dates used only as labelled hints)", "https://github.com/jasonwilbur/mcp-server-cloud-regions/blob/main/data/regions.json")
	mariadbRegions    = src("MariaDB SkySQL region docs: ca-central-1 in Montréal (third-party)", "https://mariadb.com/docs/skysql-previous-release/ref/regions")

	// Azure
	azureCLI          = src("tal66/cloud-regions: files/result_azure.md (az account list-locations output, Jan 2025)", "https://github.com/tal66/cloud-regions/blob/main/files/result_azure.md")
	azureRegionsNew   = src("learn.microsoft.com: Azure regions list (newer version; Austria East = Vienna, Belgium Central = Brussels)", "https://learn.microsoft.com/en-us/azure/reliability/regions-list")
	azureGovSDK       = src("Azure SDK for .NET: AzureLocation (USGovArizona, USGovTexas, USGovIowa, USGovVirginia, USDoDCentral, USDoDEast)", "https://learn.microsoft.com/en-us/dotnet/api/azure.core.azurelocation")
	azureGovVM        = src("learn.microsoft.com: regions for virtual machines (Azure Government operated by screened US persons)", "https://learn.microsoft.com/en-us/azure/virtual-machines/regions")
	azureChinaGA      = src("ZDNet (2014-03): Microsoft proclaims Azure as first foreign cloud in China (general availability)", "http://www.zdnet.com/article/microsoft-proclaims-azure-as-first-foreign-cloud-in-china/")
	azureChinaCities  = src("techtechchina: China East (Shanghai) and China North (Beijing) launched 2014; China East 2 and North 2 in the same cities opened 2018", "https://techtechchina.com/microsoft-announced-its-fifth-azure-data-centre-in-china/")
	azureChinaNorth3  = src("Global Times (2022-03-17): Azure China North 3 (Hebei) put into operation", "https://www.globaltimes.cn/page/202203/1255116.shtml")
	azureChinaVerdict = src("Verdict: China North 3 in Hebei province, operated by 21Vianet", "https://www.verdict.co.uk/microsoft-azure-china/")

	// Google Cloud
	gcpRegions   = src("tal66/cloud-regions: files/result_gcp.md (Google's regions and zones page, scraped Jan 2025)", "https://github.com/tal66/cloud-regions/blob/main/files/result_gcp.md")
	gcpBigQuery  = src("Google Cloud BigQuery locations: asia-southeast3 = Bangkok", "https://cloud.google.com/bigquery/docs/locations")
	gcpPartners  = src("Google Cloud: Sovereign Controls by Partners, locations (S3NS, T-Systems, PSN data boundaries)", "https://docs.cloud.google.com/sovereign-controls-by-partners/docs/locations")
	gcpDammam    = src("DatacenterDynamics (2023-11): Google launches its Saudi Arabian region in Dammam, with Aramco", "https://direct.datacenterdynamics.com/en/news/google-to-launch-saudi-cloud-region-this-week/")
	gcpDammamOps = src("TechTelegraph quoting Google (2020-12): Google Cloud will deploy and operate the Saudi region; an Aramco-sponsored reseller sells it", "https://techtelegraph.co.uk/google-cloud-is-heading-to-saudi-arabia-despite-environmental-concerns")
	s3nsDocs     = src("S3NS Cloud de Confiance documentation as stored in public repositories: one region, u-france-east1, three zones; universe domain s3nsapis.fr", "")
	s3nsReuters  = src("Reuters (2022-06-30): Thales creates S3NS with Google, majority-owned by Thales; three France-based data centres", "https://fa.news/amp/160642/")
	s3nsGovern   = src("Le Monde via Matzav Review (2021-10-06): Thales to hold the majority and clear control of governance", "https://matzavreview.com/2021/10/06/google-and-thales-join-forces-in-the-trusted-cloud/")
	alphabet8K   = src("Alphabet Inc. Form 8-K12B (2015-10-02): Google became a direct wholly owned subsidiary of Alphabet Inc., a Delaware corporation", "https://www.sec.gov/Archives/edgar/data/1652044/000119312515336577/d82837d8k12b.htm")

	// Oracle
	ociRegions   = src("oracle/oci-python-sdk: src/oci/regions_definitions.py (regions, realms, domains)", "https://github.com/oracle/oci-python-sdk/blob/master/src/oci/regions_definitions.py")
	ociMetros    = src("agonza05/cloudregioncodes: data/data/regions.cue (TeleGeography-derived metros; third-party)", "https://github.com/agonza05/cloudregioncodes")
	ociFrankfurt = src("OCI release notes: EU region in Frankfurt, Germany, released 2017-09-29", "https://docs.oracle.com/iaas/releasenotes/changes/b58023de-00dd-4906-8f65-c6a743429903/index.htm")
	ociEUSC      = src("Oracle: Learn about the Oracle EU Sovereign Cloud (operators are EU residents employed by an EU Sovereign Cloud legal entity)", "https://docs.oracle.com/en/solutions/learn-about-eusc/index.html")
	ociUKSov     = src("Oracle UK Sovereign Cloud FAQ (access limited to Oracle's authorised UK personnel)", "https://www.oracle.com/ca-en/cloud/uk-sovereign-cloud/faq/")

	// Alibaba Cloud
	alicloudRegionList = src("Alibaba Cloud: regions and zones (region IDs and cities)", "https://alibabacloud.com/help/doc-detail/72379.htm")
	alicloudRegionDocs = src("Alibaba Cloud regions and zones (public documentation)", "https://www.alibabacloud.com/help/en/ecs/regions-and-zones")
	alicloudAgreement  = src("SEC-filed Aliyun agreement naming Alibaba Cloud Computing Co., Ltd. (Hangzhou) as the mainland contracting party (per the research notes)", "")
	alicloudRiyadh     = src("Arab News (2022-07-08): Saudi Cloud Computing Co. launches two data centres (June 2022)", "https://www.arabnews.com/node/2118956/business-economy")
	alicloudSCCC       = src("Land Sterling: SCCC, a joint venture of eWTP Arabia Capital, Alibaba Cloud, STC Group and SCAI, capital US$238 million", "https://landsterling.sa/en/news_beats/china-ambassador-praises-saudi-firms-for-aiding-chinese-businesses-expansion-plans/")
	alicloudDubai      = src("The National: Alibaba Cloud's Dubai data centre opened November 2016, operated by YVOLV (Alibaba Cloud and Meraas)", "https://www.thenational.ae/business/technology/alibaba-cloud-s-second-uae-data-centre-on-hold-as-it-evaluates-regional-business-1.879741")
	alicloudDubai2     = src("Reuters via Zawya (2025-10-14): Alibaba Cloud launches its second Dubai data centre, nine years after the first", "https://www.zawya.com/en/business/technology-and-telecom/alibabas-cloud-business-launches-second-data-centre-in-dubai-mjkvrezn")

	// Tencent Cloud
	tencentSDK    = src("TencentCloud/tencentcloud-sdk-go: tencentcloud/common/regions/regions.go (codes with city comments)", "https://github.com/TencentCloud/tencentcloud-sdk-go/blob/master/tencentcloud/common/regions/regions.go")
	tencentDocs   = src("Tencent Cloud API Gateway: regions and availability zones (2025-03)", "https://tencentcloud.com/document/product/628/33133")
	tencentAR     = src("Tencent Holdings Limited Annual Report 2015, corporate information (registered office Cayman Islands; principal place of business Shenzhen)", "https://doczz.net/doc/2777033/annual-report-2015")
	tencentCloudB = src("Strategic Cooperation Agreement of 2022-06-29 (exhibit 4.51 to a JD.com filing with the SEC): Tencent Cloud Computing (Beijing) Company Limited, a PRC company", "https://www.sec.gov/Archives/edgar/data/1549802/000119312523107486/d416083dex451.htm")

	// Huawei Cloud
	huaweiSDK     = src("huaweicloud/huaweicloud-sdk-go-v3: services/iam/v3/region/region.go (codes and endpoints)", "https://github.com/huaweicloud/huaweicloud-sdk-go-v3/blob/master/services/iam/v3/region/region.go")
	huaweiNames   = src("Huawei display names as used in public code (third-party) and TeleGeography-derived metros (agonza05/cloudregioncodes)", "https://github.com/agonza05/cloudregioncodes")
	huaweiEU      = src("Huawei Cloud EU site: service provided by Sparkoo Technologies Ireland Co., Ltd. and associated companies", "https://www.huaweicloud.com/eu/declaration/tsa_emm.html")
	huaweiGuizhou = src("China Daily (2017-08-03): Huawei Technologies Co Ltd, Shenzhen-based, launches its Guizhou data centre", "http://www.chinadaily.com.cn/a/201708/03/WS59bb5ab3a310d4d9ab7e3204.html")
	huaweiRiyadh  = src("Reuters (2023-09-04, via whbl.com): Huawei opens its Riyadh cloud data centre", "")

	// IBM Cloud
	ibmMonitoring = src("IBM Cloud Monitoring: regions (last updated 2026-06-29)", "https://cloud.ibm.com/docs/monitoring?topic=monitoring-regions")
	ibmVPC        = src("IBM Cloud VPC: creating a VPC in a different region (region table)", "https://cloud.ibm.com/docs/vpc?topic=vpc-creating-a-vpc-in-a-different-region")
)

// hkNote is the note every Hong Kong region carries.
const hkNote = "Placed in HK, not CN: Hong Kong is a special administrative region whose own law applies; mainland transfers to it are outbound."

func builtinProviders() []Provider {
	return []Provider{
		{ID: "aws", Name: "Amazon Web Services", Operator: "aws-inc", Sources: []Source{botocore}},
		{ID: "azure", Name: "Microsoft Azure", Operator: "microsoft", Sources: []Source{azureRegions}},
		{ID: "alicloud", Name: "Alibaba Cloud", Operator: "alibaba-cloud-intl",
			Sources: []Source{src("Alibaba Cloud international contracting entities (public documentation)", "https://www.alibabacloud.com")}},
		{ID: "gcp", Name: "Google Cloud", Operator: "google-llc", Sources: []Source{gcpRegions}},
		{ID: "oracle", Name: "Oracle Cloud Infrastructure", Operator: "oracle", Sources: []Source{ociRegions}},
		{ID: "tencent", Name: "Tencent Cloud", Operator: "tencent-holdings", Sources: []Source{tencentSDK}},
		{ID: "huawei", Name: "Huawei Cloud", Operator: "huawei-tech", Sources: []Source{huaweiSDK}},
		{ID: "ibm", Name: "IBM Cloud", Operator: "ibm", Sources: []Source{ibmMonitoring}},
	}
}

func builtinOperators() []Operator {
	return []Operator{
		{ID: "amazon", Name: "Amazon.com, Inc.", Jurisdiction: mustCode("US"), Sources: []Source{botocore}, Verified: true},
		{ID: "aws-inc", Name: "Amazon Web Services, Inc.", Jurisdiction: mustCode("US"), Parent: "amazon", Share: 100,
			Sources: []Source{botocore}, Verified: true},
		{ID: "sinnet", Name: "Beijing Sinnet Technology Co., Ltd.", Jurisdiction: mustCode("CN"), Licences: []string{"CN-VATS-IDC"},
			Sources: []Source{awsChinaBlog}, Verified: true,
			Notes: "Operates the AWS China (Beijing) region with technology licensed from AWS; it bought the region's servers from AWS under an agreement of 2017-11-10. " +
				"Its IDC licence is inferred from its role as licensed operator, not read from the licence."},
		{ID: "nwcd", Name: "Ningxia Western Cloud Data Technology Co., Ltd. (NWCD)", Jurisdiction: mustCode("CN"), Licences: []string{"CN-VATS-IDC"},
			Sources: []Source{awsChinaBlog}, Verified: true,
			Notes: "Operates the AWS China (Ningxia) region. Its IDC licence is inferred from its role, not read from the licence."},
		{ID: "aws-esc", Name: "AWS European Sovereign Cloud GmbH", Jurisdiction: mustCode("DE"), Parent: "amazon", Control: true,
			Sources: []Source{escGmbH, golemESC, escGovernance, escComputerWeek}, Verified: true,
			Notes: "German parent company of the AWS European Sovereign Cloud, seated in Potsdam, with three German subsidiaries (their names unverified); " +
				"managed by EU citizens resident in the EU. Ultimate parent Amazon.com, Inc.; the intermediate holding companies and the share held are unverified, " +
				"so control without a stated share is recorded."},
		{ID: "microsoft", Name: "Microsoft Corporation", Jurisdiction: mustCode("US"), Sources: []Source{azureRegions}, Verified: true},
		{ID: "vnet-group", Name: "VNET Group, Inc. (formerly 21Vianet Group, Inc.)", Jurisdiction: mustCode("KY"), Headquarters: mustCode("CN"),
			Sources: []Source{vnet20F}, Verified: true},
		{ID: "21vianet-broadband", Name: "Beijing 21Vianet Broadband Data Center Co., Ltd.", Jurisdiction: mustCode("CN"),
			Parent: "vnet-group", Control: true, Sources: []Source{azureChinaOps, vnet20F}, Verified: true,
			Notes: "Consolidated by VNET Group; whether as a subsidiary or a variable-interest entity is unverified, so control without equity is recorded."},
		{ID: "shanghai-blue-cloud", Name: "Shanghai Blue Cloud Technology Co., Ltd. (\"21Vianet\")", Jurisdiction: mustCode("CN"),
			Licences: []string{"CN-VATS-IDC"}, Parent: "21vianet-broadband", Share: 100, Sources: []Source{azureChinaOps}, Verified: true,
			Notes: "Operates and transacts Azure in China; customers contract with it. Its IDC licence follows from the playbook's statement that the operator holds the value-added telecom permits."},
		{ID: "alibaba-group", Name: "Alibaba Group Holding Limited", Jurisdiction: mustCode("KY"), Headquarters: mustCode("CN"),
			Sources: []Source{alibaba20F}, Verified: true,
			Notes: "Incorporated in the Cayman Islands; its 20-F gives a principal executive office in Hong Kong, while the group is run from Hangzhou (press); recorded as headquartered in CN."},
		{ID: "alibaba-cloud-intl", Name: "Alibaba Cloud international contracting entity (varies by customer billing address)", Jurisdiction: mustCode("SG"),
			Parent: "alibaba-group", Share: 100, Sources: []Source{src("Alibaba Cloud international contracting entities (public documentation)", "https://www.alibabacloud.com")}, Verified: false,
			Notes: "Alibaba Cloud (Singapore) Private Limited is one of several contracting entities; which entity operates each international region is unverified."},
		{ID: "alibaba-cloud-us", Name: "Alibaba Cloud US LLC", Jurisdiction: mustCode("US"), Parent: "alibaba-group", Share: 100,
			Sources: []Source{src("Alibaba Cloud contracting entities: Alibaba Cloud US LLC", "https://www.alibabacloud.com")}, Verified: false,
			Notes: "The US contracting entity; that it operates the US regions, and the holding companies between it and the group, are unverified."},
		{ID: "alibaba-cloud-cn", Name: "Alibaba Cloud Computing Co., Ltd. (阿里云计算有限公司)", Jurisdiction: mustCode("CN"), Licences: []string{"CN-VATS-IDC"},
			Parent: "alibaba-group", Control: true, Sources: []Source{alicloudAgreement, alicloudRegionList}, Verified: false,
			Notes: "Mainland contracting party, Hangzhou; that it operates every mainland region, and whether the group holds it as a subsidiary or " +
				"through a variable-interest structure, are unverified, so control without a stated share is recorded. " +
				"Its IDC licence is inferred from its role as lawful mainland cloud operator, not read from the licence (unverified)."},
		{ID: "sccc", Name: "Saudi Cloud Computing Company (SCCC)", Jurisdiction: mustCode("SA"),
			Sources: []Source{alicloudRiyadh, alicloudSCCC}, Verified: true,
			Notes: "Operates Alibaba Cloud's Riyadh partner region. Joint venture of eWTP Arabia Capital, Alibaba Cloud, STC Group and the Saudi Company for " +
				"Artificial Intelligence; the shareholdings are unverified, so no parent is recorded."},
		{ID: "alphabet", Name: "Alphabet Inc.", Jurisdiction: mustCode("US"), Sources: []Source{alphabet8K}, Verified: true},
		{ID: "google-llc", Name: "Google LLC", Jurisdiction: mustCode("US"), Parent: "alphabet", Share: 100,
			Sources: []Source{alphabet8K, gcpRegions}, Verified: true,
			Notes: "Google Inc. became a direct wholly owned subsidiary of Alphabet Inc. on 2015-10-02 and later became Google LLC; " +
				"any intermediate holding company since then is not recorded (unverified)."},
		{ID: "thales", Name: "Thales S.A.", Jurisdiction: mustCode("FR"), Sources: []Source{s3nsReuters}, Verified: true,
			Notes: "French defence group, listed, partly owned by the French State (its share unverified, not recorded)."},
		{ID: "s3ns", Name: "S3NS", Jurisdiction: mustCode("FR"), Parent: "thales", Control: true,
			Sources: []Source{s3nsReuters, s3nsGovern, s3nsDocs}, Verified: true,
			Notes: "Created in June 2022; majority-owned and controlled by Thales, with Google as undisclosed minority shareholder (reported as about 20%, unverified); " +
				"legal form SAS per a third-party profile (unverified). Operates Google Cloud technology under licence for Cloud de Confiance, " +
				"qualified SecNumCloud 3.2 on 2025-12-17."},
		{ID: "oracle", Name: "Oracle Corporation", Jurisdiction: mustCode("US"), Sources: []Source{ociRegions}, Verified: true},
		{ID: "tencent-holdings", Name: "Tencent Holdings Limited", Jurisdiction: mustCode("KY"), Headquarters: mustCode("CN"),
			Sources: []Source{tencentAR}, Verified: true,
			Notes: "Registered office in the Cayman Islands; principal place of business Tencent Building, Shenzhen. " +
				"Tencent Cloud's contracting entities outside the mainland were not found (unverified)."},
		{ID: "tencent-cloud-bj", Name: "Tencent Cloud Computing (Beijing) Co., Ltd.", Jurisdiction: mustCode("CN"), Licences: []string{"CN-VATS-IDC"},
			Parent: "tencent-holdings", Control: true, Sources: []Source{tencentCloudB}, Verified: false,
			Notes: "A PRC company called \"Tencent Cloud\" in a 2022 agreement filed with the SEC; that it operates the mainland regions, " +
				"and how Tencent Holdings controls it (subsidiary or variable-interest entity), are unverified. " +
				"Its IDC licence is inferred from that role, not read from the licence."},
		{ID: "huawei-tech", Name: "Huawei Technologies Co., Ltd.", Jurisdiction: mustCode("CN"), Licences: []string{"CN-VATS-IDC"},
			Sources: []Source{huaweiGuizhou}, Verified: true,
			Notes: "Shenzhen-based; Huawei Cloud is one of its business units. Its own shareholder and the group entity that operates each region are unverified " +
				"and not recorded; the IDC licence stands for that of the mainland operating entity, inferred from its role, not read from a licence."},
		{ID: "huawei-sparkoo-ie", Name: "Sparkoo Technologies Ireland Co., Ltd.", Jurisdiction: mustCode("IE"), Parent: "huawei-tech", Control: true,
			Sources: []Source{huaweiEU}, Verified: false,
			Notes: "Provides Huawei Cloud on its EU site with associated companies; that it operates the Dublin region, and its ownership chain to " +
				"Huawei Technologies, are unverified."},
		{ID: "ibm", Name: "International Business Machines Corporation", Jurisdiction: mustCode("US"), Sources: []Source{ibmMonitoring}, Verified: true},
	}
}

// A regionRow is one line of a provider's region table. opened is "",
// "2016" (year), "2019-04" (month) or "2026-01-15" (day).
type regionRow struct {
	code, name, city, country, opened, notes string
	operator, licensor                       string
	sources                                  []Source
	doubtful                                 bool
}

func row(code, name, city, country, opened, notes string) regionRow {
	return regionRow{code: code, name: name, city: city, country: country, opened: opened, notes: notes}
}

// unverified marks a row whose code, country or operator rests on a
// third-party or inferred source; its notes say which.
func (r regionRow) unverified() regionRow { r.doubtful = true; return r }

// cite adds sources for this row to its table's.
func (r regionRow) cite(s ...Source) regionRow {
	r.sources = append(append([]Source(nil), r.sources...), s...)
	return r
}

// operatedBy sets an operator (and licensor) other than the table's.
func (r regionRow) operatedBy(operator, licensor string) regionRow {
	r.operator, r.licensor = operator, licensor
	return r
}

// A regionTable is rows sharing a provider, partition, operator, licensor
// and sources.
type regionTable struct {
	provider, partition, operator, licensor string
	sources                                 []Source
	rows                                    []regionRow
}

func (t regionTable) regions() []Region {
	out := make([]Region, 0, len(t.rows))
	for _, r := range t.rows {
		reg := Region{
			Provider: t.provider, Code: r.code, Name: r.name, City: r.city, Country: mustCode(r.country),
			Partition: t.partition, Operator: t.operator, Licensor: t.licensor,
			Sources:  append(append([]Source(nil), t.sources...), r.sources...),
			Verified: !r.doubtful, Notes: r.notes,
		}
		if r.operator != "" {
			reg.Operator, reg.Licensor = r.operator, r.licensor
		}
		reg.Opened, reg.OpenedPrecision = openedOn(r.opened)
		if strings.Contains(r.notes, "third-party dataset") && !slices.Contains(reg.Sources, regionsThirdParty) {
			reg.Sources = append(reg.Sources, regionsThirdParty)
		}
		out = append(out, reg)
	}
	return out
}

// openedOn parses a table's opening date and says how precise it is.
func openedOn(s string) (Date, string) {
	switch len(s) {
	case 0:
		return Date{}, ""
	case len("2006"):
		return mustDate(s + "-01-01"), "year"
	case len("2006-01"):
		return mustDate(s + "-01"), "month"
	default:
		return mustDate(s), "day"
	}
}

// notes joins note fragments with spaces, skipping empty ones.
func notes(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, " ")
}

// approx is the note for an opening date only a third-party dataset gave.
func approx(when string) string {
	return "A third-party dataset gives an opening of about " + when + " (unverified; not recorded as Opened)."
}

// thirdPartyCity is the note for a city only a third-party dataset gave.
const thirdPartyCity = "City from a third-party dataset (unverified)."

func builtinRegions() []Region {
	var out []Region
	for _, t := range [][]regionTable{awsRegions(), azureRegionTables(), gcpRegionTables(), oracleRegions(),
		alicloudRegions(), tencentRegions(), huaweiRegions(), ibmRegions()} {
		for _, tab := range t {
			out = append(out, tab.regions()...)
		}
	}
	// A region's Verified covers its operator: a region named after an
	// operator the catalog has not verified is not verified either.
	unverified := map[string]bool{}
	for _, o := range builtinOperators() {
		if !o.Verified {
			unverified[o.ID] = true
		}
	}
	for i := range out {
		r := &out[i]
		if r.Verified && unverified[r.Operator] {
			r.Verified = false
			r.Notes = strings.TrimSpace(r.Notes + " The location is confirmed; the operator " + r.Operator + " is unverified (see the operator's notes), so the region is not marked verified.")
		}
	}
	return out
}

func awsRegions() []regionTable {
	commercial := regionTable{provider: "aws", sources: []Source{botocore}, rows: []regionRow{
		row("us-east-1", "US East (N. Virginia)", "Northern Virginia", "US", "2006", "A third-party dataset places it in the Ashburn area (unverified).").cite(awsLaunchYears),
		row("us-east-2", "US East (Ohio)", "Ohio", "US", "2016", notes("A third-party dataset places it in the Columbus area (unverified).", approx("2016-10-17"))).cite(awsLaunchYears),
		row("us-west-1", "US West (N. California)", "Northern California", "US", "2009", approx("2009-12-03")).cite(awsLaunchYears),
		row("us-west-2", "US West (Oregon)", "Oregon", "US", "2011", approx("2011-11-09")).cite(awsLaunchYears),
		row("ca-central-1", "Canada (Central)", "Montréal, Québec", "CA", "2016", "City from MariaDB's region documentation (third-party).").cite(awsLaunchYears, mariadbRegions),
		row("ca-west-1", "Canada West (Calgary)", "Calgary, Alberta", "CA", "", approx("2023-12-20")),
		row("mx-central-1", "Mexico (Central)", "Querétaro", "MX", "", notes(thirdPartyCity, approx("2025-01"))),
		row("sa-east-1", "South America (Sao Paulo)", "São Paulo", "BR", "", approx("2011-12-14")),
		row("eu-west-1", "Europe (Ireland)", "Dublin", "IE", "", notes(thirdPartyCity, approx("2007-12"))),
		row("eu-west-2", "Europe (London)", "London", "GB", "", approx("2016-12-13")),
		row("eu-west-3", "Europe (Paris)", "Paris", "FR", "", approx("2017-12-18")),
		row("eu-central-1", "Europe (Frankfurt)", "Frankfurt am Main", "DE", "2014", approx("2014-10-23")).cite(golemESC),
		row("eu-central-2", "Europe (Zurich)", "Zurich", "CH", "", approx("2022-11")),
		row("eu-north-1", "Europe (Stockholm)", "Stockholm", "SE", "", approx("2018-12-11")),
		row("eu-south-1", "Europe (Milan)", "Milan", "IT", "", approx("2020-04-27")),
		row("eu-south-2", "Europe (Spain)", "Aragón", "ES", "", notes("Area from a third-party dataset (unverified).", approx("2022-11-16"))),
		row("il-central-1", "Israel (Tel Aviv)", "Tel Aviv", "IL", "", approx("2023-08-01")),
		row("me-central-1", "Middle East (UAE)", "", "AE", "", notes("City unverified.", approx("2022-08-30"))),
		row("me-south-1", "Middle East (Bahrain)", "", "BH", "", approx("2019-07-29")),
		row("af-south-1", "Africa (Cape Town)", "Cape Town", "ZA", "", approx("2020-04-22")),
		row("ap-east-1", "Asia Pacific (Hong Kong)", "Hong Kong", "HK", "2019-04", hkNote).cite(awsChinaBlog),
		row("ap-east-2", "Asia Pacific (Taipei)", "Taipei", "TW", "", approx("2025")),
		row("ap-northeast-1", "Asia Pacific (Tokyo)", "Tokyo", "JP", "", approx("2011-03-02")),
		row("ap-northeast-2", "Asia Pacific (Seoul)", "Seoul", "KR", "", approx("2016-01-06")),
		row("ap-northeast-3", "Asia Pacific (Osaka)", "Osaka", "JP", "", approx("2021-03-02")),
		row("ap-south-1", "Asia Pacific (Mumbai)", "Mumbai", "IN", "", approx("2016-06-27")),
		row("ap-south-2", "Asia Pacific (Hyderabad)", "Hyderabad", "IN", "", approx("2022-11-22")),
		row("ap-southeast-1", "Asia Pacific (Singapore)", "Singapore", "SG", "", approx("2010-04-28")),
		row("ap-southeast-2", "Asia Pacific (Sydney)", "Sydney", "AU", "", approx("2012-11-12")),
		row("ap-southeast-3", "Asia Pacific (Jakarta)", "Jakarta", "ID", "", approx("2021-12-13")),
		row("ap-southeast-4", "Asia Pacific (Melbourne)", "Melbourne", "AU", "", approx("2023-01-23")),
		row("ap-southeast-5", "Asia Pacific (Malaysia)", "Kuala Lumpur", "MY", "", notes(thirdPartyCity, approx("2024-08"))),
		row("ap-southeast-6", "Asia Pacific (New Zealand)", "Auckland", "NZ", "", notes(thirdPartyCity, approx("2025"))),
		row("ap-southeast-7", "Asia Pacific (Thailand)", "Bangkok", "TH", "", notes(thirdPartyCity, approx("2025-01-08"))),
	}}
	china := regionTable{provider: "aws", partition: "aws-cn", operator: "sinnet", licensor: "aws-inc",
		sources: []Source{botocore, awsChinaBlog}, rows: []regionRow{
			row("cn-north-1", "China (Beijing)", "Beijing", "CN", "2016",
				"Generally available in 2016 (limited preview announced December 2013); operated by Sinnet since about August 2016."),
			row("cn-northwest-1", "China (Ningxia)", "Zhongwei, Ningxia", "CN", "2017",
				"Launched in 2017 (day unverified) and operated by NWCD, with technology licensed from AWS. AWS's data centres are in Zhongwei "+
					"(press); that the region's zones are all there is unverified.").operatedBy("nwcd", "aws-inc").cite(zhongweiPress),
		}}
	gov := regionTable{provider: "aws", partition: "aws-us-gov", sources: []Source{botocore, awsLaunchYears}, rows: []regionRow{
		row("us-gov-west-1", "AWS GovCloud (US-West)", "", "US", "2011",
			notes("State not published; a third-party dataset says Pacific Northwest (unverified).", approx("2011-08-16"))),
		row("us-gov-east-1", "AWS GovCloud (US-East)", "", "US", "2018", notes("State unverified.", approx("2018-11-12"))),
	}}
	esc := regionTable{provider: "aws", partition: "aws-eusc", operator: "aws-esc",
		sources: []Source{awsSDKPartitions, awsESCWhitepaper, golemESC, escComputerWeek}, rows: []regionRow{
			row("eusc-de-east-1", "EU (Germany)", "Brandenburg", "DE", "2026-01-15",
				"First region of the AWS European Sovereign Cloud, a separate partition (amazonaws.eu) run by a German Amazon company; "+
					"data centres in the Elbe-Elster district and Baruth/Mark (golem.de)."),
		}}
	const restricted = "Restricted US government partition; no location beyond the country is published."
	isolated := []regionTable{
		{provider: "aws", partition: "aws-iso", sources: []Source{awsSDKPartitions, botocore}, rows: []regionRow{
			row("us-iso-east-1", "US ISO East", "", "US", "", restricted),
			row("us-iso-west-1", "US ISO WEST", "", "US", "", restricted),
		}},
		{provider: "aws", partition: "aws-iso-b", sources: []Source{awsSDKPartitions, botocore}, rows: []regionRow{
			row("us-isob-east-1", "US ISOB East (Ohio)", "Ohio", "US", "", restricted),
			row("us-isob-west-1", "US ISOB West", "", "US", "", restricted),
		}},
		{provider: "aws", partition: "aws-iso-f", sources: []Source{awsSDKPartitions, botocore}, rows: []regionRow{
			row("us-isof-south-1", "US ISOF SOUTH", "", "US", "", restricted),
			row("us-isof-east-1", "US ISOF EAST", "", "US", "", restricted),
		}},
	}
	// eu-isoe-west-1 (partition aws-iso-e, DNS suffix cloud.adc-e.uk) is
	// left out: its country is unverified.
	return append([]regionTable{commercial, china, gov, esc}, isolated...)
}

func azureRegionTables() []regionTable {
	const r = "Access-restricted region (Microsoft)."
	public := regionTable{provider: "azure", sources: []Source{azureRegions}, rows: []regionRow{
		row("australiacentral", "Australia Central", "Canberra", "AU", "", ""),
		row("australiacentral2", "Australia Central 2", "Canberra", "AU", "", r),
		row("australiaeast", "Australia East", "New South Wales", "AU", "", ""),
		row("australiasoutheast", "Australia Southeast", "Victoria", "AU", "", ""),
		row("austriaeast", "Austria East", "Vienna", "AT", "", "Listed as coming soon in the March 2025 list; Vienna from the newer list.").cite(azureRegionsNew),
		row("belgiumcentral", "Belgium Central", "Brussels", "BE", "", "Brussels from the newer regions list.").cite(azureRegionsNew),
		row("brazilsouth", "Brazil South", "Sao Paulo State", "BR", "", ""),
		row("brazilsoutheast", "Brazil Southeast", "Rio de Janeiro", "BR", "", r),
		row("canadacentral", "Canada Central", "Toronto", "CA", "", ""),
		row("canadaeast", "Canada East", "Quebec", "CA", "", ""),
		row("centralindia", "Central India", "Pune", "IN", "", ""),
		row("centralus", "Central US", "Iowa", "US", "", ""),
		row("chilecentral", "Chile Central", "Santiago", "CL", "", thirdPartyCity).cite(azureCLI),
		row("denmarkeast", "Denmark East", "Copenhagen area", "DK", "", thirdPartyCity).cite(azureCLI),
		row("eastasia", "East Asia", "Hong Kong", "HK", "", hkNote),
		row("eastus", "East US", "Virginia", "US", "", ""),
		row("eastus2", "East US 2", "Virginia", "US", "", ""),
		row("francecentral", "France Central", "Paris", "FR", "", ""),
		row("francesouth", "France South", "Marseille", "FR", "", r),
		row("germanynorth", "Germany North", "Berlin", "DE", "", r),
		row("germanywestcentral", "Germany West Central", "Frankfurt", "DE", "", ""),
		row("indonesiacentral", "Indonesia Central", "Jakarta", "ID", "", notes(thirdPartyCity, "Listed as coming soon in the March 2025 list.")).cite(azureCLI),
		row("israelcentral", "Israel Central", "", "IL", "", "Microsoft gives only the country."),
		row("italynorth", "Italy North", "Milan", "IT", "", ""),
		row("japaneast", "Japan East", "Tokyo, Saitama", "JP", "", ""),
		row("japanwest", "Japan West", "Osaka", "JP", "", ""),
		row("jioindiacentral", "Jio India Central", "Nagpur", "IN", "", "Access-restricted; built in partnership with Reliance Jio, whether Jio operates any part of it is unverified.").cite(azureCLI),
		row("jioindiawest", "Jio India West", "Jamnagar", "IN", "", "Access-restricted; built in partnership with Reliance Jio, whether Jio operates any part of it is unverified.").cite(azureCLI),
		row("koreacentral", "Korea Central", "Seoul", "KR", "", ""),
		row("koreasouth", "Korea South", "Busan", "KR", "", r),
		row("malaysiawest", "Malaysia West", "Kuala Lumpur", "MY", "", thirdPartyCity).cite(azureCLI),
		row("mexicocentral", "Mexico Central", "Querétaro State", "MX", "", ""),
		row("newzealandnorth", "New Zealand North", "Auckland", "NZ", "", ""),
		row("northcentralus", "North Central US", "Illinois", "US", "", ""),
		row("northeurope", "North Europe", "Ireland", "IE", "", ""),
		row("norwayeast", "Norway East", "", "NO", "", "Microsoft gives only the country."),
		row("norwaywest", "Norway West", "", "NO", "", notes(r, "Microsoft gives only the country.")),
		row("polandcentral", "Poland Central", "Warsaw", "PL", "", ""),
		row("qatarcentral", "Qatar Central", "Doha", "QA", "", ""),
		row("southafricanorth", "South Africa North", "Johannesburg", "ZA", "", ""),
		row("southafricawest", "South Africa West", "Cape Town", "ZA", "", r),
		row("southcentralus", "South Central US", "Texas", "US", "", ""),
		row("southindia", "South India", "Chennai", "IN", "", ""),
		row("southeastasia", "Southeast Asia", "Singapore", "SG", "", ""),
		row("spaincentral", "Spain Central", "Madrid", "ES", "", ""),
		row("swedencentral", "Sweden Central", "Gävle", "SE", "", ""),
		row("swedensouth", "Sweden South", "", "SE", "", notes(r, "City unverified (southern Sweden per a third-party dataset).")),
		row("switzerlandnorth", "Switzerland North", "Zurich", "CH", "", ""),
		row("switzerlandwest", "Switzerland West", "Geneva", "CH", "", r),
		row("taiwannorth", "Taiwan North", "Taipei area", "TW", "", thirdPartyCity).cite(azureCLI),
		row("uaecentral", "UAE Central", "Abu Dhabi", "AE", "", r),
		row("uaenorth", "UAE North", "Dubai", "AE", "", ""),
		row("uksouth", "UK South", "London", "GB", "", ""),
		row("ukwest", "UK West", "Cardiff", "GB", "", ""),
		row("westcentralus", "West Central US", "Wyoming", "US", "", ""),
		row("westeurope", "West Europe", "Netherlands", "NL", "", ""),
		row("westindia", "West India", "Mumbai", "IN", "", ""),
		row("westus", "West US", "California", "US", "", ""),
		row("westus2", "West US 2", "Washington", "US", "", "Washington State."),
		row("westus3", "West US 3", "Phoenix, Arizona", "US", "", ""),
		row("centraluseuap", "Central US EUAP", "", "US", "", "Early-access (canary) location returned by az account list-locations, not a general customer region; city unverified.").cite(azureCLI),
		row("eastus2euap", "East US 2 EUAP", "", "US", "", "Early-access (canary) location returned by az account list-locations, not a general customer region; city unverified.").cite(azureCLI),
	}}
	const chinaCity = "Microsoft lists the physical location only as China."
	china := regionTable{provider: "azure", partition: "azure-china", operator: "shanghai-blue-cloud", licensor: "microsoft",
		sources: []Source{azureChinaReg, azureChinaOps}, rows: []regionRow{
			row("chinaeast", "China East", "Shanghai", "CN", "2014-03", notes(chinaCity, "Opened with Azure China's general availability in March 2014.")).cite(azureChinaGA, azureChinaCities),
			row("chinanorth", "China North", "Beijing", "CN", "2014-03", notes(chinaCity, "Opened with Azure China's general availability in March 2014.")).cite(azureChinaGA, azureChinaCities),
			row("chinaeast2", "China East 2", "Shanghai", "CN", "2018", notes(chinaCity, "City from press: in the same city as China East.")).cite(azureChinaCities),
			row("chinanorth2", "China North 2", "Beijing", "CN", "2018", notes(chinaCity, "City from press: in the same city as China North.")).cite(azureChinaCities),
			row("chinanorth3", "China North 3", "Hebei province", "CN", "2022-03-17", notes(chinaCity, "Province from press.")).cite(azureChinaNorth3, azureChinaVerdict),
			row("chinaeast3", "China East 3", "", "CN", "", notes(chinaCity, "Access-restricted (in-country disaster recovery); city and opening date unverified.")),
		}}
	const govNote = "Azure Government (environment usgovernment), operated by screened US persons."
	gov := regionTable{provider: "azure", partition: "azure-us-government", sources: []Source{azureGovSDK, azureGovVM}, rows: []regionRow{
		row("usgovvirginia", "US Gov Virginia", "Virginia", "US", "", notes(govNote, "State from the region's name.")),
		row("usgovarizona", "US Gov Arizona", "Arizona", "US", "", notes(govNote, "State from the region's name.")),
		row("usgovtexas", "US Gov Texas", "Texas", "US", "", notes(govNote, "State from the region's name.")),
		row("usgoviowa", "US Gov Iowa", "Iowa", "US", "", notes(govNote, "State from the region's name; legacy, possibly retired (unverified).")),
		row("usdodeast", "US DoD East", "Virginia", "US", "", notes(govNote, "Department of Defense only; state from a third-party dataset (unverified).")),
		row("usdodcentral", "US DoD Central", "Iowa", "US", "", notes(govNote, "Department of Defense only; state from a third-party dataset (unverified).")),
	}}
	return []regionTable{public, china, gov}
}

func gcpRegionTables() []regionTable {
	const (
		s3nsBoundary = "Allowed region of the France Data Boundary by S3NS: Google operates it; S3NS supplies controls."
		tsysBoundary = "Region of the Germany Data Boundary by T-Systems (T-Systems Sovereign Cloud): Google operates it; T-Systems International GmbH manages encryption and identity controls and supervises access."
		psnBoundary  = "Allowed region of the Italy Data Boundary by PSN (Polo Strategico Nazionale, partner TIM): Google operates it; PSN supplies controls."
	)
	public := regionTable{provider: "gcp", sources: []Source{gcpRegions}, rows: []regionRow{
		row("us-central1", "Iowa", "Council Bluffs, Iowa", "US", "", approx("2012-04")),
		row("us-east1", "South Carolina", "Moncks Corner, South Carolina", "US", "", approx("2015-10")),
		row("us-east4", "Northern Virginia", "Ashburn, Virginia", "US", "", approx("2017-05")),
		row("us-east5", "Columbus", "Columbus, Ohio", "US", "", approx("2022-04")),
		row("us-south1", "Dallas", "Dallas, Texas", "US", "", approx("2022-06")),
		row("us-west1", "Oregon", "The Dalles, Oregon", "US", "", approx("2016-06")),
		row("us-west2", "Los Angeles", "Los Angeles, California", "US", "", approx("2018-07")),
		row("us-west3", "Salt Lake City", "Salt Lake City, Utah", "US", "", notes("One Google page (GKE On-Prem) wrongly says Los Angeles.", approx("2020-02"))),
		row("us-west4", "Las Vegas", "Las Vegas, Nevada", "US", "", approx("2020-04")),
		row("northamerica-northeast1", "Montréal", "Montréal, Québec", "CA", "", approx("2018-03")),
		row("northamerica-northeast2", "Toronto", "Toronto, Ontario", "CA", "", approx("2021-06")),
		row("northamerica-south1", "Querétaro", "Querétaro", "MX", "", approx("2024-06")),
		row("southamerica-east1", "São Paulo", "Osasco (São Paulo)", "BR", "", approx("2017-09")),
		row("southamerica-west1", "Santiago", "Santiago", "CL", "", approx("2021-06")),
		row("europe-west1", "Belgium", "St. Ghislain", "BE", "", notes(s3nsBoundary, approx("2014-04"))).cite(gcpPartners),
		row("europe-west2", "London", "London", "GB", "", approx("2017-07")),
		row("europe-west3", "Frankfurt", "Frankfurt", "DE", "", notes(tsysBoundary, approx("2017-09"))).cite(gcpPartners),
		row("europe-west4", "Netherlands", "Eemshaven", "NL", "", notes(s3nsBoundary, approx("2018-01"))).cite(gcpPartners),
		row("europe-west6", "Zurich", "Zurich", "CH", "", approx("2019-04")),
		row("europe-west8", "Milan", "Milan", "IT", "", notes(psnBoundary, approx("2022-01"))).cite(gcpPartners),
		row("europe-west9", "Paris", "Paris", "FR", "", notes(s3nsBoundary, approx("2022-03"))).cite(gcpPartners),
		row("europe-west10", "Berlin", "Berlin", "DE", "", approx("2023-06")),
		row("europe-west12", "Turin", "Turin", "IT", "", notes(psnBoundary, approx("2023-09"))).cite(gcpPartners),
		row("europe-north1", "Finland", "Hamina", "FI", "", approx("2018-11")),
		row("europe-north2", "Stockholm", "Stockholm", "SE", "", notes("Code and city from a later third-party copy of Google's regions table (unverified).", approx("2024-06"))).unverified(),
		row("europe-central2", "Warsaw", "Warsaw", "PL", "", approx("2021-04")),
		row("europe-southwest1", "Madrid", "Madrid", "ES", "", approx("2022-05")),
		row("asia-east1", "Taiwan", "Changhua County", "TW", "", approx("2014-04")),
		row("asia-east2", "Hong Kong", "Hong Kong", "HK", "", notes(hkNote, approx("2018-09"))),
		row("asia-northeast1", "Tokyo", "Tokyo", "JP", "", approx("2016-11")),
		row("asia-northeast2", "Osaka", "Osaka", "JP", "", approx("2019-05")),
		row("asia-northeast3", "Seoul", "Seoul", "KR", "", approx("2020-01")),
		row("asia-south1", "Mumbai", "Mumbai", "IN", "", approx("2017-07")),
		row("asia-south2", "Delhi", "Delhi", "IN", "", approx("2021-07")),
		row("asia-southeast1", "Singapore", "Jurong West", "SG", "", approx("2017-04")),
		row("asia-southeast2", "Jakarta", "Jakarta", "ID", "", approx("2020-06")),
		row("asia-southeast3", "Bangkok", "Bangkok", "TH", "", approx("2026-01-21")).cite(gcpBigQuery),
		row("australia-southeast1", "Sydney", "Sydney", "AU", "", approx("2017-06")),
		row("australia-southeast2", "Melbourne", "Melbourne", "AU", "", approx("2021-02")),
		row("me-west1", "Tel Aviv", "Tel Aviv", "IL", "", approx("2022-04")),
		row("me-central1", "Doha", "Doha", "QA", "", approx("2023-01")),
		row("me-central2", "Dammam", "Dammam", "SA", "2023-11",
			"Google deploys and operates the region, built with Saudi Aramco; an Aramco-sponsored local reseller (and CNTXT for sovereign controls) sells it.").cite(gcpDammam, gcpDammamOps),
		row("africa-south1", "Johannesburg", "Johannesburg", "ZA", "", approx("2022-08")),
	}}
	s3ns := regionTable{provider: "gcp", partition: "s3ns", operator: "s3ns", licensor: "google-llc",
		sources: []Source{s3nsDocs, s3nsReuters}, rows: []regionRow{
			row("u-france-east1", "France East 1 (Cloud de Confiance by S3NS)", "", "FR", "",
				"The only region of S3NS's Google Cloud Dedicated universe (universe domain s3nsapis.fr), operated by S3NS staff in three France-based data centres; "+
					"their cities are unverified (an early report put them in Île-de-France)."),
		}}
	// u-germany-northeast1 (a Google Cloud Dedicated universe seen only in
	// code) is left out: its operator and country are unverified.
	return []regionTable{public, s3ns}
}

func oracleRegions() []regionTable {
	const newest = "Identifier seen in Oracle's NoSQL SDK without a realm; realm oc1 and general availability are unverified."
	commercial := regionTable{provider: "oracle", sources: []Source{ociRegions}, rows: []regionRow{
		row("af-johannesburg-1", "South Africa Central (Johannesburg)", "Johannesburg", "ZA", "", ""),
		row("ap-batam-1", "Indonesia North (Batam)", "Batam", "ID", "", ""),
		row("ap-chennai-1", "India South (Chennai)", "Chennai", "IN", "", newest).unverified(),
		row("ap-chuncheon-1", "South Korea North (Chuncheon)", "Chuncheon", "KR", "", ""),
		row("ap-delhi-1", "Delhi 1", "Delhi", "IN", "", newest).unverified(),
		row("ap-hyderabad-1", "India South (Hyderabad)", "Hyderabad", "IN", "", ""),
		row("ap-kulai-1", "Malaysia West (Kulai)", "Kulai, Johor", "MY", "", newest).unverified(),
		row("ap-kulai-2", "Malaysia West (Kulai)", "Kulai, Johor", "MY", "", newest).unverified(),
		row("ap-melbourne-1", "Australia Southeast (Melbourne)", "Melbourne", "AU", "", ""),
		row("ap-mumbai-1", "India West (Mumbai)", "Mumbai", "IN", "", ""),
		row("ap-osaka-1", "Japan Central (Osaka)", "Osaka", "JP", "", ""),
		row("ap-seoul-1", "South Korea Central (Seoul)", "Seoul", "KR", "", ""),
		row("ap-singapore-1", "Singapore", "Singapore", "SG", "", ""),
		row("ap-singapore-2", "Singapore West", "Singapore", "SG", "", ""),
		row("ap-sydney-1", "Australia East (Sydney)", "Sydney", "AU", "", ""),
		row("ap-tokyo-1", "Japan East (Tokyo)", "Tokyo", "JP", "", ""),
		row("ca-montreal-1", "Canada Southeast (Montreal)", "Montréal", "CA", "", ""),
		row("ca-toronto-1", "Canada Southeast (Toronto)", "Toronto", "CA", "", ""),
		row("eu-amsterdam-1", "Netherlands Northwest (Amsterdam)", "Amsterdam", "NL", "", ""),
		row("eu-dublin-3", "Ireland East (Dublin)", "Dublin", "IE", "", newest).unverified(),
		row("eu-frankfurt-1", "Germany Central (Frankfurt)", "Frankfurt", "DE", "2017-09-29", "").cite(ociFrankfurt),
		row("eu-madrid-1", "Spain Central (Madrid)", "Madrid", "ES", "", ""),
		row("eu-madrid-3", "Spain Central (Madrid 3)", "Madrid", "ES", "", ""),
		row("eu-marseille-1", "France South (Marseille)", "Marseille", "FR", "", ""),
		row("eu-milan-1", "Italy Northwest (Milan)", "Milan", "IT", "", ""),
		row("eu-paris-1", "France Central (Paris)", "Paris", "FR", "", ""),
		row("eu-stockholm-1", "Sweden Central (Stockholm)", "Stockholm", "SE", "", ""),
		row("eu-turin-1", "Italy North (Turin)", "Turin", "IT", "", ""),
		row("eu-zurich-1", "Switzerland North (Zurich)", "Zurich", "CH", "", ""),
		row("il-jerusalem-1", "Israel Central (Jerusalem)", "Jerusalem", "IL", "", ""),
		row("me-abudhabi-1", "UAE Central (Abu Dhabi)", "Abu Dhabi", "AE", "", ""),
		row("me-dubai-1", "UAE East (Dubai)", "Dubai", "AE", "", ""),
		row("me-jeddah-1", "Saudi Arabia West (Jeddah)", "Jeddah", "SA", "", ""),
		row("me-riyadh-1", "Saudi Arabia Central (Riyadh)", "Riyadh", "SA", "", ""),
		row("mx-monterrey-1", "Mexico Northeast (Monterrey)", "Monterrey", "MX", "", ""),
		row("mx-queretaro-1", "Mexico Central (Querétaro)", "Querétaro", "MX", "", ""),
		row("sa-bogota-1", "Colombia Central (Bogota)", "Bogotá", "CO", "", ""),
		row("sa-santiago-1", "Chile Central (Santiago)", "Santiago", "CL", "", ""),
		row("sa-saopaulo-1", "Brazil East (Sao Paulo)", "São Paulo", "BR", "", ""),
		row("sa-valparaiso-1", "Chile West (Valparaiso)", "Valparaíso", "CL", "", ""),
		row("sa-vinhedo-1", "Brazil Southeast (Vinhedo)", "Vinhedo", "BR", "", "In the Campinas metro area (TeleGeography-derived data).").cite(ociMetros),
		row("uk-cardiff-1", "UK West (Newport)", "Newport, Wales", "GB", "", ""),
		row("uk-london-1", "UK South (London)", "London", "GB", "", ""),
		row("us-abilene-1", "US South Central (Abilene)", "Abilene, Texas", "US", "", notes(newest, "State from TeleGeography-derived data.")).cite(ociMetros).unverified(),
		row("us-ashburn-1", "US East (Ashburn)", "Ashburn, Virginia", "US", "", ""),
		row("us-boardman-1", "US West (Boardman)", "Boardman, Oregon", "US", "", notes(newest, "State from TeleGeography-derived data.")).cite(ociMetros).unverified(),
		row("us-chicago-1", "US Midwest (Chicago)", "Chicago", "US", "", ""),
		row("us-columbus-1", "US Central (Columbus)", "Columbus", "US", "", notes(newest, "State unverified.")).unverified(),
		row("us-dallas-1", "US South (Dallas)", "Dallas", "US", "", ""),
		row("us-desmoines-1", "US Midwest (Des Moines)", "Des Moines, Iowa", "US", "", newest).unverified(),
		row("us-phoenix-1", "US West (Phoenix)", "Phoenix", "US", "", ""),
		row("us-quincy-1", "US West (Quincy)", "Quincy", "US", "", notes(newest, "State unverified.")).unverified(),
		row("us-saltlake-2", "US West (Salt Lake)", "Salt Lake City area, Utah", "US", "", ""),
		row("us-sanjose-1", "US West (San Jose)", "San Jose", "US", "", ""),
		row("us-shawnee-1", "US Mid West (Shawnee)", "Shawnee", "US", "", notes(newest, "State unverified.")).unverified(),
	}}
	const usGov = "US Government realm; Oracle's US entities operate it (entity names unverified)."
	const ukGov = "UK Government and Defence realm, operated by Oracle's authorised UK personnel (UK residents and citizens with SC clearance); the operating legal entity is unverified."
	const eusc = "Oracle EU Sovereign Cloud: a separate realm operated by EU residents employed by an EU Sovereign Cloud legal entity whose name and seat are unverified, so Oracle Corporation is recorded as operator."
	const dedicated = "Dedicated or national realm; the name is descriptive (Oracle's display name not captured) and the operator (Oracle, a partner or the customer) is unverified."
	gov := []regionTable{
		{provider: "oracle", partition: "oc2", sources: []Source{ociRegions}, rows: []regionRow{
			row("us-langley-1", "US Gov East (Ashburn)", "Ashburn, Virginia", "US", "", usGov),
			row("us-luke-1", "US Gov West (Phoenix)", "Phoenix", "US", "", usGov),
		}},
		{provider: "oracle", partition: "oc3", sources: []Source{ociRegions}, rows: []regionRow{
			row("us-gov-ashburn-1", "US DoD East (Ashburn)", "Ashburn, Virginia", "US", "", usGov),
			row("us-gov-chicago-1", "US DoD North (Chicago)", "Chicago", "US", "", usGov),
			row("us-gov-phoenix-1", "US DoD West (Phoenix)", "Phoenix", "US", "", usGov),
		}},
		{provider: "oracle", partition: "oc4", sources: []Source{ociRegions, ociUKSov}, rows: []regionRow{
			row("uk-gov-london-1", "UK Gov South (London)", "London", "GB", "", ukGov).unverified(),
			row("uk-gov-cardiff-1", "UK Gov West (Newport)", "Newport, Wales", "GB", "", ukGov).unverified(),
		}},
		{provider: "oracle", partition: "oc19", sources: []Source{ociRegions, ociEUSC}, rows: []regionRow{
			row("eu-frankfurt-2", "EU Sovereign Central (Frankfurt)", "Frankfurt", "DE", "", eusc).unverified(),
			row("eu-madrid-2", "EU Sovereign South (Madrid)", "Madrid", "ES", "", eusc).unverified(),
		}},
		{provider: "oracle", partition: "oc20", sources: []Source{ociRegions, ociMetros}, rows: []regionRow{
			row("eu-jovanovac-1", "Serbia Central (Jovanovac)", "Jovanovac (Kragujevac area)", "RS", "", "Separate realm for Serbia; its operator is unverified.").unverified(),
		}},
	}
	dedicatedRealms := []struct {
		realm string
		rows  []regionRow
	}{
		{"oc8", []regionRow{
			row("ap-chiyoda-1", "Japan (Chiyoda)", "Chiyoda, Tokyo", "JP", "", dedicated),
			row("ap-ibaraki-1", "Japan (Ibaraki)", "Ibaraki", "JP", "", dedicated),
		}},
		{"oc9", []regionRow{row("me-dcc-muscat-1", "Oman (Muscat)", "Muscat", "OM", "", dedicated)}},
		{"oc10", []regionRow{row("ap-dcc-canberra-1", "Australia Government (Canberra)", "Canberra", "AU", "", dedicated)}},
		{"oc14", []regionRow{
			row("eu-dcc-dublin-1", "Ireland (Dublin) dedicated 1", "Dublin", "IE", "", dedicated),
			row("eu-dcc-dublin-2", "Ireland (Dublin) dedicated 2", "Dublin", "IE", "", dedicated),
			row("eu-dcc-milan-1", "Italy (Milan) dedicated 1", "Milan", "IT", "", dedicated),
			row("eu-dcc-milan-2", "Italy (Milan) dedicated 2", "Milan", "IT", "", dedicated),
			row("eu-dcc-rating-1", "Germany (Ratingen) dedicated 1", "Ratingen", "DE", "", dedicated),
			row("eu-dcc-rating-2", "Germany (Ratingen) dedicated 2", "Ratingen", "DE", "", dedicated),
		}},
		{"oc15", []regionRow{row("ap-dcc-gazipur-1", "Bangladesh (Gazipur)", "Gazipur", "BD", "", dedicated)}},
		{"oc21", []regionRow{row("me-dcc-doha-1", "Qatar (Doha)", "Doha", "QA", "", dedicated)}},
		{"oc22", []regionRow{
			row("eu-dcc-rome-1", "Italy (Rome)", "Rome", "IT", "", dedicated),
			row("eu-milan-2", "Italy (Milan 2, PSN)", "Milan", "IT", "", notes(dedicated, "Used by Italy's Polo Strategico Nazionale.")),
		}},
		{"oc24", []regionRow{
			row("eu-dcc-zurich-1", "Switzerland (Zurich)", "Zurich", "CH", "", dedicated),
			row("eu-crissier-1", "Switzerland (Crissier)", "Crissier", "CH", "", dedicated),
		}},
		{"oc35", []regionRow{
			row("ap-seoul-2", "South Korea (Seoul 2)", "Seoul", "KR", "", dedicated),
			row("ap-suwon-1", "South Korea (Suwon)", "Suwon", "KR", "", dedicated),
			row("ap-chuncheon-2", "South Korea (Chuncheon 2)", "Chuncheon", "KR", "", dedicated),
		}},
		{"", []regionRow{
			row("me-abudhabi-2", "UAE (Abu Dhabi 2)", "Abu Dhabi", "AE", "", notes(dedicated, "Realm number not captured.")),
			row("me-abudhabi-3", "UAE (Abu Dhabi 3)", "Abu Dhabi", "AE", "", notes(dedicated, "Realm number not captured.")),
			row("me-abudhabi-4", "UAE (Abu Dhabi 4)", "Abu Dhabi", "AE", "", notes(dedicated, "Realm number not captured.")),
		}},
	}
	out := append([]regionTable{commercial}, gov...)
	for _, dr := range dedicatedRealms {
		t := regionTable{provider: "oracle", partition: dr.realm, sources: []Source{ociRegions}}
		for _, r := range dr.rows {
			t.rows = append(t.rows, r.unverified())
		}
		out = append(out, t)
	}
	return out
}

func alicloudRegions() []regionTable {
	const closed = "Closed or deactivated per Alibaba's endpoint documentation; kept for historical topologies."
	mainland := regionTable{provider: "alicloud", operator: "alibaba-cloud-cn", sources: []Source{alicloudRegionList}, rows: []regionRow{
		row("cn-qingdao", "China (Qingdao)", "Qingdao", "CN", "", "Also called China North 1."),
		row("cn-beijing", "China (Beijing)", "Beijing", "CN", "", "Also called China North 2."),
		row("cn-zhangjiakou", "China (Zhangjiakou)", "Zhangjiakou", "CN", "", "Also called China North 3."),
		row("cn-huhehaote", "China (Hohhot)", "Hohhot", "CN", "", "Also called China North 5."),
		row("cn-wulanchabu", "China (Ulanqab)", "Ulanqab", "CN", "", ""),
		row("cn-hangzhou", "China (Hangzhou)", "Hangzhou", "CN", "", "Also called China East 1."),
		row("cn-shanghai", "China (Shanghai)", "Shanghai", "CN", "", "Also called China East 2."),
		row("cn-nanjing", "China (Nanjing - Local Region)", "Nanjing", "CN", "", "Closing down per Alibaba's OSS documentation."),
		row("cn-fuzhou", "China (Fuzhou - Local Region)", "Fuzhou", "CN", "", "Being decommissioned per Alibaba's VPC documentation."),
		row("cn-wuhan-lr", "China (Wuhan - Local Region)", "Wuhan", "CN", "", ""),
		row("cn-shenzhen", "China (Shenzhen)", "Shenzhen", "CN", "", "Also called China South 1."),
		row("cn-heyuan", "China (Heyuan)", "Heyuan", "CN", "", "Also called China South 2."),
		row("cn-guangzhou", "China (Guangzhou)", "Guangzhou", "CN", "", "Also called China South 3."),
		row("cn-chengdu", "China (Chengdu)", "Chengdu", "CN", "", "Also called China Southwest 1."),
		row("cn-zhongwei", "China (Zhongwei)", "Zhongwei, Ningxia", "CN", "", "Seen only in Alibaba's ActionTrail endpoint list."),
		row("cn-shanghai-finance-1", "China East 2 Finance", "Shanghai", "CN", "", "Finance industry cloud."),
		row("cn-shenzhen-finance-1", "China South 1 Finance", "Shenzhen", "CN", "", "Finance industry cloud."),
		row("cn-beijing-finance-1", "China North 2 Finance (Preview)", "Beijing", "CN", "", "Finance industry cloud."),
		row("cn-north-2-gov-1", "China North 2 Ali Gov 1", "Beijing", "CN", "", "Beijing government cloud."),
	}}
	intl := regionTable{provider: "alicloud", sources: []Source{alicloudRegionList}, rows: []regionRow{
		row("cn-hongkong", "China (Hong Kong)", "Hong Kong", "HK", "",
			notes(hkNote, "Served from the international site; which entity operates it is unverified.")),
		row("ap-northeast-1", "Japan (Tokyo)", "Tokyo", "JP", "", ""),
		row("ap-northeast-2", "South Korea (Seoul)", "Seoul", "KR", "", ""),
		row("ap-southeast-1", "Singapore", "Singapore", "SG", "", ""),
		row("ap-southeast-3", "Malaysia (Kuala Lumpur)", "Kuala Lumpur", "MY", "", ""),
		row("ap-southeast-5", "Indonesia (Jakarta)", "Jakarta", "ID", "", ""),
		row("ap-southeast-6", "Philippines (Manila)", "Manila", "PH", "", ""),
		row("ap-southeast-7", "Thailand (Bangkok)", "Bangkok", "TH", "", "A third-party note says it opened in 2022 (unverified)."),
		row("ap-southeast-8", "Malaysia (Johor)", "Johor", "MY", "", "Seen only in Alibaba's ActionTrail endpoint list."),
		row("eu-central-1", "Germany (Frankfurt)", "Frankfurt", "DE", "", ""),
		row("eu-west-1", "UK (London)", "London", "GB", "", ""),
		row("na-south-1", "Mexico", "", "MX", "", "City and operating entity unverified."),
		row("me-east-1", "UAE (Dubai)", "Dubai", "AE", "2016-11",
			"Its first data centre opened in November 2016, run by YVOLV, a joint venture of Alibaba Cloud and Meraas; whether YVOLV still operates it is unverified "+
				"(Alibaba Cloud opened a second Dubai data centre in October 2025 in its own name).").cite(alicloudDubai, alicloudDubai2),
		row("me-central-1", "SAU (Riyadh - Partner Region)", "Riyadh", "SA", "2022-06",
			"Partner region: operated by Saudi Cloud Computing Co. on Alibaba Cloud technology; SCCC's data centres launched in June 2022. "+
				"Which Alibaba entity licenses the technology is unverified, so the group is recorded.").operatedBy("sccc", "alibaba-group").cite(alicloudRiyadh, alicloudSCCC),
		row("ap-southeast-2", "Australia (Sydney)", "Sydney", "AU", "", closed),
		row("ap-south-1", "India (Mumbai)", "Mumbai", "IN", "", closed),
	}}
	// The seed's US regions, unchanged: their sources are their own.
	us := regionTable{provider: "alicloud", operator: "alibaba-cloud-us", rows: []regionRow{
		row("us-west-1", "US (Silicon Valley)", "Silicon Valley", "US", "2015-03", "").cite(alicloudUS),
		row("us-east-1", "US (Virginia)", "Virginia", "US", "",
			"Opening date not found; the thesis says Virginia since 2015, sources only confirm two Silicon Valley data centres in 2015.").cite(alicloudRegionDocs).unverified(),
	}}
	return []regionTable{mainland, intl, us}
}

func tencentRegions() []regionTable {
	mainland := regionTable{provider: "tencent", operator: "tencent-cloud-bj", sources: []Source{tencentSDK, tencentDocs}, rows: []regionRow{
		row("ap-guangzhou", "South China (Guangzhou)", "Guangzhou", "CN", "", ""),
		row("ap-shenzhen-fsi", "Shenzhen Finance", "Shenzhen", "CN", "", "Finance zone (SDK)."),
		row("ap-shanghai", "East China (Shanghai)", "Shanghai", "CN", "", ""),
		row("ap-shanghai-fsi", "Shanghai Finance", "Shanghai", "CN", "", "Finance zone (SDK)."),
		row("ap-nanjing", "East China (Nanjing)", "Nanjing", "CN", "", ""),
		row("ap-beijing", "North China (Beijing)", "Beijing", "CN", "", ""),
		row("ap-chengdu", "Southwest China (Chengdu)", "Chengdu", "CN", "", ""),
		row("ap-chongqing", "Southwest China (Chongqing)", "Chongqing", "CN", "", ""),
		row("ap-guangzhou-open", "Guangzhou Open", "Guangzhou", "CN", "", "Special region (SDK)."),
	}}
	intl := regionTable{provider: "tencent", sources: []Source{tencentSDK, tencentDocs}, rows: []regionRow{
		row("ap-hongkong", "Hong Kong/Macao/Taiwan (Hong Kong, China)", "Hong Kong", "HK", "", hkNote),
		row("ap-singapore", "Southeast Asia (Singapore)", "Singapore", "SG", "", ""),
		row("ap-jakarta", "Southeast Asia (Jakarta)", "Jakarta", "ID", "", ""),
		row("ap-bangkok", "Southeast Asia (Bangkok)", "Bangkok", "TH", "", ""),
		row("ap-seoul", "Northeast Asia (Seoul)", "Seoul", "KR", "", ""),
		row("ap-tokyo", "Northeast Asia (Tokyo)", "Tokyo", "JP", "", ""),
		row("ap-mumbai", "South Asia (Mumbai)", "Mumbai", "IN", "", "In the SDK and Chinese docs but absent from the 2025 English list; status unverified."),
		row("na-siliconvalley", "US West (Silicon Valley)", "Silicon Valley, California", "US", "", ""),
		row("na-ashburn", "US East (Virginia)", "Ashburn, Virginia", "US", "", ""),
		row("na-toronto", "North America (Toronto)", "Toronto", "CA", "", "Status unverified."),
		row("sa-saopaulo", "South America (São Paulo)", "São Paulo", "BR", "", ""),
		row("eu-frankfurt", "Europe (Frankfurt)", "Frankfurt", "DE", "", ""),
		row("eu-moscow", "Europe (Moscow)", "Moscow", "RU", "", "In the SDK; probably closed (unverified)."),
	}}
	return []regionTable{mainland, intl}
}

func huaweiRegions() []regionTable {
	t := regionTable{provider: "huawei", sources: []Source{huaweiSDK, huaweiNames}, rows: []regionRow{
		row("cn-north-1", "CN North-Beijing1", "Beijing", "CN", "", ""),
		row("cn-north-2", "CN North-Beijing2", "Beijing", "CN", "", "Display name inferred (unverified)."),
		row("cn-north-4", "CN North-Beijing4", "Beijing", "CN", "", ""),
		row("cn-north-9", "CN North-Ulanqab1", "Ulanqab", "CN", "", ""),
		row("cn-north-12", "CN North3", "", "CN", "", "City unverified."),
		row("cn-east-2", "CN East-Shanghai2", "Shanghai", "CN", "", ""),
		row("cn-east-3", "CN East-Shanghai1", "Shanghai", "CN", "", ""),
		row("cn-east-4", "CN East2", "", "CN", "", "City unverified."),
		row("cn-east-5", "CN East-Qingdao", "Qingdao", "CN", "", ""),
		row("cn-south-1", "CN South-Guangzhou", "Guangzhou", "CN", "", ""),
		row("cn-south-2", "CN South-Shenzhen", "Shenzhen", "CN", "", "City from TeleGeography-derived data."),
		row("cn-southwest-2", "CN Southwest-Guiyang1", "Guiyang", "CN", "", ""),
		row("ap-southeast-1", "CN-Hong Kong", "Hong Kong", "HK", "", notes(hkNote, "Huawei's code ap-southeast-1 is Hong Kong, unlike AWS's and Alibaba's Singapore.")),
		row("ap-southeast-2", "AP-Bangkok", "Bangkok", "TH", "", ""),
		row("ap-southeast-3", "AP-Singapore", "Singapore", "SG", "", ""),
		row("ap-southeast-4", "AP-Jakarta", "Jakarta", "ID", "", ""),
		row("ap-southeast-5", "AP-Manila", "Manila", "PH", "", ""),
		row("af-south-1", "AF-Johannesburg", "Johannesburg", "ZA", "", ""),
		row("af-north-1", "AF-Cairo", "Cairo", "EG", "", ""),
		row("me-east-1", "ME-Riyadh", "Riyadh", "SA", "2023-09", "Huawei's me-east-1 is Riyadh, unlike Alibaba's Dubai.").cite(huaweiRiyadh),
		row("tr-west-1", "TR-Istanbul", "Istanbul", "TR", "", ""),
		row("eu-west-101", "EU-Dublin", "Dublin", "IE", "",
			"Served from Huawei Cloud's EU site (myhuaweicloud.eu), provided by Sparkoo Technologies Ireland Co., Ltd.; that it operates the region is unverified.").
			operatedBy("huawei-sparkoo-ie", "huawei-tech").cite(huaweiEU),
		row("eu-west-0", "EU-Paris", "Paris", "FR", "", "In the SDK; name, city and country from third-party data (unverified).").unverified(),
		row("na-mexico-1", "LA-Mexico City1", "Mexico City", "MX", "", ""),
		row("la-north-2", "LA-Mexico City2", "Mexico City", "MX", "", ""),
		row("sa-brazil-1", "LA-Sao Paulo1", "São Paulo", "BR", "", ""),
		row("la-south-2", "LA-Santiago", "Santiago", "CL", "", ""),
		row("sa-argentina-1", "LA-Buenos Aires1", "Buenos Aires", "AR", "", ""),
		row("sa-peru-1", "LA-Lima1", "Lima", "PE", "", ""),
	}}
	return []regionTable{t}
}

func ibmRegions() []regionTable {
	t := regionTable{provider: "ibm", sources: []Source{ibmMonitoring, ibmVPC}, rows: []regionRow{
		row("us-south", "US South (Dallas)", "Dallas, Texas", "US", "", ""),
		row("us-east", "US East (Washington DC)", "Washington DC area", "US", "", ""),
		row("br-sao", "Brazil (São Paulo)", "São Paulo", "BR", "", ""),
		row("ca-tor", "Canada (Toronto)", "Toronto", "CA", "", ""),
		row("ca-mon", "Canada (Montreal)", "Montréal", "CA", "", "TeleGeography data (January 2025) still showed it not in service; status unverified."),
		row("eu-gb", "London", "London", "GB", "", "Not part of IBM's EU-Supported offering."),
		row("eu-de", "Frankfurt", "Frankfurt", "DE", "", "Part of IBM's EU-Supported offering."),
		row("eu-es", "Madrid", "Madrid", "ES", "", "Part of IBM's EU-Supported offering."),
		row("jp-tok", "Tokyo", "Tokyo", "JP", "", ""),
		row("jp-osa", "Osaka", "Osaka", "JP", "", ""),
		row("au-syd", "Sydney", "Sydney", "AU", "", ""),
	}}
	return []regionTable{t}
}
