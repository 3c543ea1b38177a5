package cases

import (
	"github.com/dataresidency/dataresidency/jurisdiction"
	"github.com/dataresidency/dataresidency/residency"
)

// AzureChina is Microsoft Azure in China, operated by 21Vianet: the
// thesis's Table 15, rated for a Chinese consumer.
//
// Sources: Azure China playbook (docs.azure.cn) — the service is operated
// and transacted by Shanghai Blue Cloud Technology Co., Ltd., a wholly
// owned subsidiary of Beijing 21Vianet Broadband Data Center Co., Ltd.,
// with technology licensed from Microsoft; 21Vianet Group, Inc. 20-F —
// incorporated in the Cayman Islands on 2009-10-16, principal executive
// offices in Beijing; The Register (2013-05-22) — Microsoft must request
// access to the facilities from 21Vianet. China East 2 and China North 2
// opened in 2018 (month unverified); the store periods are left open.
func AzureChina() Case {
	t := &residency.Topology{
		Name: "Azure China (21Vianet)",
		Datasets: []residency.Dataset{{
			ID: "consumer-data", Name: "Chinese consumers' personal data",
			Classes:    []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects:   []residency.Subjects{{Jurisdiction: cn, Count: 50_000}},
			Controller: "cn-business",
		}},
		Entities: []residency.Entity{
			{ID: "blue-cloud", Name: "Shanghai Blue Cloud Technology Co., Ltd.", Jurisdiction: cn,
				Owners:   []residency.Ownership{{Parent: "21v-broadband", Share: 100}},
				Licences: []string{"CN-VATS-IDC"}},
			// Consolidated by 21Vianet Group; whether as a subsidiary or a
			// variable-interest entity is unverified, so control without
			// equity is modelled.
			{ID: "21v-broadband", Name: "Beijing 21Vianet Broadband Data Center Co., Ltd.", Jurisdiction: cn,
				Owners: []residency.Ownership{{Parent: "vnet-group", Control: true}}},
			{ID: "vnet-group", Name: "21Vianet Group, Inc. (VNET)", Jurisdiction: ky, Headquarters: cn},
			{ID: "microsoft", Name: "Microsoft Corporation", Jurisdiction: us},
			{ID: "cn-business", Name: "A Chinese business using Azure China", Jurisdiction: cn},
		},
		Stores: []residency.Store{
			{ID: "azure-chinaeast2", Location: cn, Region: "azure:chinaeast2", Role: residency.Primary,
				Datasets:  []string{"consumer-data"},
				Operators: []residency.Tenure{{Entity: "blue-cloud"}}, Licensor: "microsoft"},
			{ID: "azure-chinanorth2", Location: cn, Region: "azure:chinanorth2", Role: residency.Replica,
				Datasets:  []string{"consumer-data"},
				Operators: []residency.Tenure{{Entity: "blue-cloud"}}, Licensor: "microsoft"},
		},
		Flows: []residency.Flow{
			{ID: "geo-replication", Kind: residency.Replication, From: "azure-chinaeast2", To: "azure-chinanorth2"},
		},
	}
	return Case{
		Name:     "Microsoft Azure in China, operated by 21Vianet (thesis Table 15)",
		Topology: t,
		Runs:     []Run{{Title: "Chinese consumer, 2019", AsOf: date("2019-06-01"), Consumer: cn}},
	}
}

// AlibabaUS is Alibaba Cloud in the United States: the thesis's Table 20,
// rated for an American consumer.
//
// Sources: China Daily (2015-07-23) and IOL (2015-10-09) — Alibaba's first
// and second US data centres opened in Silicon Valley in March and October
// 2015; Alibaba Cloud contracting documents name Alibaba Cloud US LLC as
// the US contracting entity (whether it runs the data centres is
// unverified; it is modelled as the operator); Alibaba Group Holding
// Limited 20-F — incorporated in the Cayman Islands, principal executive
// office in Hong Kong, with its operational headquarters in Hangzhou
// (press), modelled as headquarters in CN. Intermediate holding companies
// between the US LLC and the group are not modelled. The thesis's Virginia
// data centre (us-east-1) has no verified opening date; it is modelled as
// the backup.
func AlibabaUS() Case {
	t := &residency.Topology{
		Name: "Alibaba Cloud in the US",
		Datasets: []residency.Dataset{{
			ID: "customer-data", Name: "American customers' personal data",
			Classes:    []jurisdiction.DataClass{jurisdiction.Personal},
			Subjects:   []residency.Subjects{{Jurisdiction: us, Count: 50_000}},
			Controller: "us-business",
		}},
		Entities: []residency.Entity{
			{ID: "alicloud-us", Name: "Alibaba Cloud US LLC", Jurisdiction: us,
				Owners: []residency.Ownership{{Parent: "alibaba-group", Share: 100}}},
			{ID: "alibaba-group", Name: "Alibaba Group Holding Limited", Jurisdiction: ky, Headquarters: cn},
			{ID: "us-business", Name: "An American business using Alibaba Cloud", Jurisdiction: us},
		},
		Stores: []residency.Store{
			{ID: "alicloud-us-west-1", Location: us, Region: "alicloud:us-west-1", Role: residency.Primary,
				Datasets: []string{"customer-data"}, Operators: []residency.Tenure{{Entity: "alicloud-us"}}},
			{ID: "alicloud-us-east-1", Location: us, Region: "alicloud:us-east-1", Role: residency.Backup,
				Datasets: []string{"customer-data"}, Operators: []residency.Tenure{{Entity: "alicloud-us"}}},
		},
		Flows: []residency.Flow{
			{ID: "backup", Kind: residency.BackupFlow, From: "alicloud-us-west-1", To: "alicloud-us-east-1"},
		},
	}
	return Case{
		Name:     "Alibaba Cloud in the United States (thesis Table 20)",
		Topology: t,
		Runs:     []Run{{Title: "American consumer, 2019", AsOf: date("2019-06-01"), Consumer: us}},
	}
}

// AWSBeijing is the AWS China (Beijing) region before and after Amazon sold
// its physical infrastructure there to Beijing Sinnet Technology.
//
// Sources: AWS enterprise-strategy blog — the Beijing region, generally
// available in 2016, is operated by Beijing Sinnet Technology Co. Ltd.;
// mkcybersecurity.com and Nikkei — Amazon authorised Sinnet to operate AWS
// services in Beijing from the end of July 2016 (modelled from 2016-08-01),
// and Sinnet agreed on 2017-11-10 to buy AWS's Beijing servers and other
// equipment for up to RMB 2 billion (completion date unverified; modelled
// as 2017-11-10); The Register (2017-11-14) — AWS sold physical
// infrastructure to comply with Chinese law and kept the intellectual
// property. So the thesis's "sale of operations" was a sale of the
// infrastructure: operation had passed to Sinnet in 2016. Before that the
// region was a limited preview (announced December 2013), modelled as run
// by AWS from 2014-01-01. Sinnet's value-added telecom licence is assumed.
func AWSBeijing() Case {
	t := awsBeijing("2017-11-10")
	counterfactual := awsBeijing("")
	counterfactual.Name = "AWS Beijing, had AWS kept the servers"
	return Case{
		Name:     "AWS China (Beijing) and the 2017 sale to Sinnet",
		Topology: t,
		Runs: []Run{
			{Title: "Limited preview run by AWS", AsOf: date("2016-06-01"), Consumer: cn},
			{Title: "Before the sale: Sinnet operates, AWS owns the servers", AsOf: date("2017-06-01"), Consumer: cn},
			{Title: "After the sale: Sinnet owns and operates", AsOf: date("2017-12-01"), Consumer: cn},
			{Title: "After the CLOUD Act", AsOf: date("2018-06-01"), Consumer: cn},
			{Title: "Counterfactual: AWS keeps the servers, the day before the CLOUD Act", AsOf: date("2018-03-22"), Consumer: cn, Topology: counterfactual},
			{Title: "Counterfactual: AWS keeps the servers past the CLOUD Act", AsOf: date("2018-06-01"), Consumer: cn, Topology: counterfactual},
		},
	}
}

// awsBeijing builds the Beijing topology; sale is the day AWS's custody of
// the servers ended, or "" if it never did.
func awsBeijing(sale string) *residency.Topology {
	custody := residency.Tenure{Entity: "aws"}
	if sale != "" {
		custody.Period = until(sale)
	}
	return &residency.Topology{
		Name: "AWS China (Beijing)",
		Datasets: []residency.Dataset{{
			ID: "grid-records", Name: "A Chinese utility's customer records and grid data",
			Classes:    []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.ImportantData},
			Subjects:   []residency.Subjects{{Jurisdiction: cn, Count: 2_000_000}},
			Controller: "cn-utility",
		}},
		Entities: []residency.Entity{
			{ID: "amazon", Name: "Amazon.com, Inc.", Jurisdiction: us},
			{ID: "aws", Name: "Amazon Web Services (the AWS entity that owned the Beijing servers)", Jurisdiction: us,
				Owners: []residency.Ownership{{Parent: "amazon", Share: 100}}},
			{ID: "sinnet", Name: "Beijing Sinnet Technology Co., Ltd.", Jurisdiction: cn, Licences: []string{"CN-VATS-IDC"}},
			{ID: "cn-utility", Name: "A Chinese utility designated a CII operator", Jurisdiction: cn, CII: []jurisdiction.Code{cn}},
		},
		Stores: []residency.Store{{
			ID: "aws-cn-north-1", Location: cn, Region: "aws:cn-north-1",
			Datasets: []string{"grid-records"},
			Operators: []residency.Tenure{
				{Entity: "aws", Period: until("2016-08-01")},
				{Entity: "sinnet", Period: since("2016-08-01")},
			},
			Custodians: []residency.Tenure{custody},
			Licensor:   "aws",
			Period:     since("2014-01-01"),
		}},
	}
}

// ICloudChina is Apple's iCloud for mainland-China accounts before and
// after its move to Guizhou-Cloud Big Data on 2018-02-28.
//
// Sources: Apple's notice of 2018-01-10 (via technode.com and
// shanghaiexpat.com) — from 2018-02-28 iCloud for mainland-China users is
// operated by Guizhou-Cloud Big Data Industry Development Co., Ltd.
// (GCBD); The Verge (2018-02-28) — Apple began hosting the iCloud keys for
// Chinese accounts in China, where they had been kept in the US; Data
// Center Knowledge (2018-01-12) — GCBD is controlled by the Guizhou
// provincial government; China Telecom's announcement of 2018-07-17 — the
// data moved to its Tianyi cloud, GCBD remaining the operator. Where the
// data was stored before 2018 is not verified; the store is modelled in
// mainland China throughout. GCBD's value-added telecom licence is
// assumed; Apple is modelled as the operator before the move.
func ICloudChina() Case {
	t := &residency.Topology{
		Name: "iCloud China",
		Datasets: []residency.Dataset{{
			ID: "icloud-cn", Name: "iCloud data of mainland-China accounts",
			Classes:  []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.CommunicationsContent},
			Subjects: []residency.Subjects{{Jurisdiction: cn}},
		}},
		Entities: []residency.Entity{
			{ID: "apple", Name: "Apple Inc.", Jurisdiction: us},
			{ID: "gcbd", Name: "Guizhou-Cloud Big Data Industry Development Co., Ltd.", Jurisdiction: cn,
				Owners:   []residency.Ownership{{Parent: "guizhou", Control: true}},
				Licences: []string{"CN-VATS-IDC"}},
			{ID: "guizhou", Name: "People's Government of Guizhou Province", Jurisdiction: cn},
			{ID: "china-telecom", Name: "China Telecom (Tianyi cloud)", Jurisdiction: cn, Licences: []string{"CN-VATS-IDC"}},
		},
		Stores: []residency.Store{{
			ID: "icloud-cn", Name: "iCloud China (Guizhou)", Location: cn,
			Datasets: []string{"icloud-cn"},
			Operators: []residency.Tenure{
				{Entity: "apple", Period: until("2018-02-28")},
				{Entity: "gcbd", Period: since("2018-02-28")},
			},
			Custodians: []residency.Tenure{{Entity: "china-telecom", Period: since("2018-07-17")}},
			Keys: []residency.KeyCustody{
				{Holder: "apple", Location: us, Period: until("2018-02-28")},
				{Holder: "gcbd", Location: cn, Period: since("2018-02-28")},
			},
		}},
	}
	return Case{
		Name:     "Apple iCloud China and the 2018 move to Guizhou-Cloud Big Data",
		Topology: t,
		Runs: []Run{
			{Title: "Before the move: Apple operates, keys in the US", AsOf: date("2017-12-01"), Consumer: cn},
			{Title: "After the move: GCBD operates and holds the keys in China", AsOf: date("2018-12-01"), Consumer: cn},
		},
	}
}

// Dublin is Microsoft's Dublin data centre and the e-mail account a US
// warrant sought (Microsoft Corp. v. United States), before and after the
// CLOUD Act.
//
// Sources: the Second Circuit's opinion, 829 F.3d 197 (2016-07-14) — the
// content was stored only in Dublin, by a Microsoft subsidiary, and could
// be retrieved from the United States; United States v. Microsoft Corp.,
// 584 U.S. ___ (2018-04-17) — vacated as moot after the CLOUD Act. The
// Irish subsidiary's name is not verified. Microsoft's reliance on
// standard contractual clauses for access from the US is an assumption.
func Dublin() Case {
	t := &residency.Topology{
		Name: "Microsoft Dublin mailbox",
		Datasets: []residency.Dataset{{
			ID: "mailbox", Name: "An MSN e-mail account's contents",
			Classes:    []jurisdiction.DataClass{jurisdiction.Personal, jurisdiction.CommunicationsContent},
			Subjects:   []residency.Subjects{{Jurisdiction: ie, Count: 1}},
			Controller: "microsoft",
		}},
		Entities: []residency.Entity{
			{ID: "microsoft", Name: "Microsoft Corporation", Jurisdiction: us},
			{ID: "msft-ie", Name: "Microsoft's Irish data-centre subsidiary", Jurisdiction: ie,
				Owners: []residency.Ownership{{Parent: "microsoft", Share: 100}}},
		},
		Stores: []residency.Store{{
			ID: "dublin", Location: ie, Region: "azure:northeurope",
			Datasets:  []string{"mailbox"},
			Operators: []residency.Tenure{{Entity: "msft-ie"}},
		}},
		Flows: []residency.Flow{{
			ID: "redmond-admin", Kind: residency.AdminAccess, To: "dublin",
			Accessor: "microsoft", AccessorLocation: us,
			Mechanisms: []string{"eu-scc-old", "eu-scc-2021"},
		}},
	}
	return Case{
		Name:     "Microsoft's Dublin e-mails and the CLOUD Act",
		Topology: t,
		Runs: []Run{
			{Title: "After the Second Circuit, before the CLOUD Act", AsOf: date("2017-06-01"), Consumer: ie},
			{Title: "After the CLOUD Act and the GDPR", AsOf: date("2019-06-01"), Consumer: ie},
		},
	}
}

// All returns every case study, in the order the thesis discusses them.
func All() []Case { return []Case{AzureChina(), AlibabaUS(), AWSBeijing(), ICloudChina(), Dublin()} }
