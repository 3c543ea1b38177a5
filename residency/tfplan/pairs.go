package tfplan

import (
	"slices"
	"strings"
)

// azurePairs maps an Azure region to the region its geo-redundant storage
// (GRS, RA-GRS, GZRS, RA-GZRS) replicates to: its pair.
//
// Source: Microsoft, "Cross-region replication in Azure", table "Azure
// regional pairs", MicrosoftDocs/azure-docs
// articles/reliability/cross-region-replication-azure.md (ms.date
// 12/12/2022; stored copy at commit
// 00f4e57d1a725ed76b2be7a3e9b15c7644e62f34), now published at
// https://learn.microsoft.com/azure/reliability/cross-region-replication-azure.
// Pairs are mutual except where that page says otherwise: West India's
// secondary is South India but South India's is Central India; Brazil
// South's secondary is South Central US, whose own is North Central US;
// West US 3 pairs with East US, whose own pair is West US; Brazil
// Southeast pairs with Brazil South. US Gov Texas is listed against both
// US Gov Arizona and US Gov Virginia, so its own secondary is ambiguous
// and left out. Regions the page lists as having no pair (Qatar Central,
// Poland Central, Israel Central, Italy North, Austria East, Spain
// Central), and regions it does not list, have no entry: a geo-redundant
// account there has an unknown secondary, reported in Unlocated, never
// guessed.
var azurePairs = func() map[string]string {
	m := map[string]string{}
	mutual := [][2]string{
		{"eastasia", "southeastasia"},
		{"australiaeast", "australiasoutheast"},
		{"australiacentral", "australiacentral2"},
		{"canadacentral", "canadaeast"},
		{"chinanorth", "chinaeast"},
		{"chinanorth2", "chinaeast2"},
		{"chinanorth3", "chinaeast3"},
		{"northeurope", "westeurope"},
		{"francecentral", "francesouth"},
		{"germanywestcentral", "germanynorth"},
		{"centralindia", "southindia"},
		{"japaneast", "japanwest"},
		{"koreacentral", "koreasouth"},
		{"eastus", "westus"},
		{"eastus2", "centralus"},
		{"northcentralus", "southcentralus"},
		{"westus2", "westcentralus"},
		{"norwayeast", "norwaywest"},
		{"southafricanorth", "southafricawest"},
		{"swedencentral", "swedensouth"},
		{"switzerlandnorth", "switzerlandwest"},
		{"ukwest", "uksouth"},
		{"uaenorth", "uaecentral"},
		{"usdodeast", "usdodcentral"},
	}
	for _, p := range mutual {
		m[p[0]], m[p[1]] = p[1], p[0]
	}
	oneWay := [][2]string{
		{"westindia", "southindia"},
		{"brazilsouth", "southcentralus"},
		{"brazilsoutheast", "brazilsouth"},
		{"westus3", "eastus"},
		{"usgovarizona", "usgovtexas"},
		{"usgovvirginia", "usgovtexas"},
	}
	for _, p := range oneWay {
		m[p[0]] = p[1]
	}
	return m
}()

// gcsDualRegions maps Cloud Storage's predefined dual-region codes (lower
// case) to their member regions, the first taken as primary.
//
// Sources: ASIA1 (Tokyo and Osaka): Google Cloud Storage "Bucket
// locations" page (https://cloud.google.com/storage/docs/locations), as
// the research notes (shared/reference/regions.md, section 3.1) record it.
// EUR4 (EUROPE-NORTH1 and EUROPE-WEST4) and NAM4 (US-CENTRAL1 and
// US-EAST1): the same Google page as quoted in the cloud-storage crate's
// DualRegion documentation (https://docs.rs/cloud-storage/0.10.1/
// cloud_storage/bucket/enum.DualRegion.html), which also notes that object
// metadata may be stored in EUROPE-WEST1 (EUR4) and Tulsa, Oklahoma
// (NAM4). The members of EUR5, EUR7, EUR8 and any newer predefined
// dual-region were not verified, so they are not here and such buckets are
// reported Unlocated.
var gcsDualRegions = map[string][]string{
	"asia1": {"asia-northeast1", "asia-northeast2"},
	"eur4":  {"europe-north1", "europe-west4"},
	"nam4":  {"us-central1", "us-east1"},
}

// gcsMultiRegionCountry maps the Cloud Storage multi-regions whose data
// centres are all in one country to that country. Google's "Bucket
// locations" page (https://cloud.google.com/storage/docs/locations, read
// in a stored translation) gives the United States (US) as its example of
// a multi-region: a large geographic area containing two or more
// geographic places. Which US regions hold a bucket's data is not
// published, so the store is placed in the country, not a region.
var gcsMultiRegionCountry = map[string]string{"us": "US"}

func knownDualRegions() string {
	var out []string
	for k := range gcsDualRegions {
		out = append(out, strings.ToUpper(k))
	}
	slices.Sort(out)
	return strings.Join(out, ", ")
}
