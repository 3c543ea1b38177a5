package jurisdiction

// Cloud providers, their legal operators and their regions. Region codes
// are the providers' own, as Terraform and the SDKs write them; a region is
// placed in the country of its data centres (Hong Kong and Macau regions in
// HK and MO, not CN). Sources: the research notes' region catalog and the
// sources cited per entry.

var (
	botocore      = src("boto/botocore: botocore/data/partitions.json (AWS partitions and regions)", "https://github.com/boto/botocore/blob/develop/botocore/data/partitions.json")
	awsChinaBlog  = src("AWS Enterprise Strategy blog: AWS China (Beijing) operated by Sinnet, (Ningxia) by NWCD", "https://aws.amazon.com/blogs/enterprise-strategy/getting-started-with-aws-services-in-aws-china-beijing-region-and-aws-china-ningxia-region/")
	azureRegions  = src("MicrosoftDocs/azure-docs: articles/reliability/regions-list.md", "https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/reliability/regions-list.md")
	azureChinaOps = src("Azure China playbook: Azure operated by 21Vianet (docs.azure.cn)", "https://docs.azure.cn/en-us/articles/azure-china-purchasing-guidance/go-china-playbook-azure-china-operation")
	azureChinaReg = src("docs.azure.cn: Azure operated by 21Vianet regions list", "https://docs.azure.cn/en-us/reliability/regions-list")
	vnet20F       = src("21Vianet Group, Inc. Form 20-F (incorporated in the Cayman Islands 2009-10-16; principal executive offices Beijing)", "http://ir.21vianet.com/node/9356/html")
	alibaba20F    = src("Alibaba Group Holding Limited Form 20-F/A (Cayman Islands; principal executive office Hong Kong)", "https://sec.gov/Archives/edgar/data/1577552/000119312524044480/d791119d20fa.htm")
	alicloudUS    = src("China Daily (2015-07-23) and IOL (2015-10-09): Alibaba's Silicon Valley data centres", "http://covid-19.chinadaily.com.cn/business/tech/2015-07/23/content_21384426.htm")
)

func builtinProviders() []Provider {
	return []Provider{
		{ID: "aws", Name: "Amazon Web Services", Operator: "aws-inc", Sources: []Source{botocore}},
		{ID: "azure", Name: "Microsoft Azure", Operator: "microsoft", Sources: []Source{azureRegions}},
		{ID: "alicloud", Name: "Alibaba Cloud", Operator: "alibaba-cloud-intl",
			Sources: []Source{src("Alibaba Cloud international contracting entities (public documentation)", "https://www.alibabacloud.com")}},
	}
}

func builtinOperators() []Operator {
	return []Operator{
		{ID: "amazon", Name: "Amazon.com, Inc.", Jurisdiction: c("US"), Sources: []Source{botocore}, Verified: true},
		{ID: "aws-inc", Name: "Amazon Web Services, Inc.", Jurisdiction: c("US"), Parent: "amazon", Share: 100,
			Sources: []Source{botocore}, Verified: true},
		{ID: "sinnet", Name: "Beijing Sinnet Technology Co., Ltd.", Jurisdiction: c("CN"), Licences: []string{"CN-VATS-IDC"},
			Sources: []Source{awsChinaBlog}, Verified: true,
			Notes: "Operates the AWS China (Beijing) region with technology licensed from AWS; it bought the region's servers from AWS under an agreement of 2017-11-10. " +
				"Its IDC licence is inferred from its role as licensed operator, not read from the licence."},
		{ID: "nwcd", Name: "Ningxia Western Cloud Data Technology Co., Ltd. (NWCD)", Jurisdiction: c("CN"), Licences: []string{"CN-VATS-IDC"},
			Sources: []Source{awsChinaBlog}, Verified: true,
			Notes: "Operates the AWS China (Ningxia) region. Its IDC licence is inferred from its role, not read from the licence."},
		{ID: "microsoft", Name: "Microsoft Corporation", Jurisdiction: c("US"), Sources: []Source{azureRegions}, Verified: true},
		{ID: "vnet-group", Name: "VNET Group, Inc. (formerly 21Vianet Group, Inc.)", Jurisdiction: c("KY"), Headquarters: c("CN"),
			Sources: []Source{vnet20F}, Verified: true},
		{ID: "21vianet-broadband", Name: "Beijing 21Vianet Broadband Data Center Co., Ltd.", Jurisdiction: c("CN"),
			Parent: "vnet-group", Control: true, Sources: []Source{azureChinaOps, vnet20F}, Verified: true,
			Notes: "Consolidated by VNET Group; whether as a subsidiary or a variable-interest entity is unverified, so control without equity is recorded."},
		{ID: "shanghai-blue-cloud", Name: "Shanghai Blue Cloud Technology Co., Ltd. (\"21Vianet\")", Jurisdiction: c("CN"),
			Licences: []string{"CN-VATS-IDC"}, Parent: "21vianet-broadband", Share: 100, Sources: []Source{azureChinaOps}, Verified: true,
			Notes: "Operates and transacts Azure in China; customers contract with it. Its IDC licence follows from the playbook's statement that the operator holds the value-added telecom permits."},
		{ID: "alibaba-group", Name: "Alibaba Group Holding Limited", Jurisdiction: c("KY"), Headquarters: c("CN"),
			Sources: []Source{alibaba20F}, Verified: true,
			Notes: "Incorporated in the Cayman Islands; its 20-F gives a principal executive office in Hong Kong, while the group is run from Hangzhou (press); recorded as headquartered in CN."},
		{ID: "alibaba-cloud-intl", Name: "Alibaba Cloud international contracting entity (varies by customer billing address)", Jurisdiction: c("SG"),
			Parent: "alibaba-group", Share: 100, Sources: []Source{src("Alibaba Cloud international contracting entities (public documentation)", "https://www.alibabacloud.com")}, Verified: false,
			Notes: "Alibaba Cloud (Singapore) Private Limited is one of several contracting entities; which entity operates each international region is unverified."},
		{ID: "alibaba-cloud-us", Name: "Alibaba Cloud US LLC", Jurisdiction: c("US"), Parent: "alibaba-group", Share: 100,
			Sources: []Source{src("Alibaba Cloud contracting entities: Alibaba Cloud US LLC", "https://www.alibabacloud.com")}, Verified: false,
			Notes: "The US contracting entity; that it operates the US regions, and the holding companies between it and the group, are unverified."},
	}
}

func builtinRegions() []Region {
	return []Region{
		{Provider: "aws", Code: "cn-north-1", Name: "China (Beijing)", City: "Beijing", Country: c("CN"), Partition: "aws-cn",
			Operator: "sinnet", Licensor: "aws-inc", Opened: d("2016-01-01"), OpenedPrecision: "year",
			Sources: []Source{botocore, awsChinaBlog}, Verified: true,
			Notes: "Generally available in 2016 (limited preview announced December 2013); operated by Sinnet since about August 2016."},
		{Provider: "azure", Code: "chinaeast2", Name: "China East 2", City: "Shanghai", Country: c("CN"), Partition: "azure-china",
			Operator: "shanghai-blue-cloud", Licensor: "microsoft", Opened: d("2018-01-01"), OpenedPrecision: "year",
			Sources: []Source{azureChinaReg, azureChinaOps}, Verified: true, Notes: "City from third-party data (unverified)."},
		{Provider: "azure", Code: "chinanorth2", Name: "China North 2", City: "Beijing", Country: c("CN"), Partition: "azure-china",
			Operator: "shanghai-blue-cloud", Licensor: "microsoft", Opened: d("2018-01-01"), OpenedPrecision: "year",
			Sources: []Source{azureChinaReg, azureChinaOps}, Verified: true, Notes: "City from third-party data (unverified)."},
		{Provider: "azure", Code: "northeurope", Name: "North Europe", City: "Ireland", Country: c("IE"),
			Sources: []Source{azureRegions}, Verified: true},
		{Provider: "alicloud", Code: "us-west-1", Name: "US (Silicon Valley)", City: "Silicon Valley", Country: c("US"),
			Operator: "alibaba-cloud-us", Opened: d("2015-03-01"), OpenedPrecision: "month",
			Sources: []Source{alicloudUS}, Verified: true},
		{Provider: "alicloud", Code: "us-east-1", Name: "US (Virginia)", City: "Virginia", Country: c("US"),
			Operator: "alibaba-cloud-us", Sources: []Source{src("Alibaba Cloud regions and zones (public documentation)", "https://www.alibabacloud.com/help/en/ecs/regions-and-zones")},
			Verified: false, Notes: "Opening date not found; the thesis says Virginia since 2015, sources only confirm two Silicon Valley data centres in 2015."},
	}
}
