package tfplan_test

import (
	"fmt"
	"os"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// Read a plan, list its stores and replication flows and what was not
// checked, and assess the topology.
func ExampleRead() {
	plan, err := os.ReadFile("testdata/alicloud.json")
	if err != nil {
		panic(err)
	}
	res, err := tfplan.Read(plan)
	if err != nil {
		panic(err)
	}
	for _, s := range res.Topology.Stores {
		fmt.Println("store", s.ID, s.Region, s.Role, s.Datasets)
	}
	for _, f := range res.Topology.Flows {
		fmt.Println("flow", f.ID)
	}
	for _, r := range res.Unsupported {
		fmt.Println("not checked:", r.Address)
	}
	for _, r := range res.Unlocated {
		fmt.Println("not located:", r.Address, "-", r.Reason)
	}
	if _, err := residency.Assess(res.Topology, asOf); err != nil {
		panic(err)
	}
	// Output:
	// store alicloud_oss_bucket.orders alicloud:cn-hangzhou primary [orders-cn]
	// store alicloud_oss_bucket.orders_hk alicloud:cn-hongkong replica [orders-cn]
	// store alicloud_oss_bucket_replication.orders_to_partner/partner-ingest-sg alicloud:ap-southeast-1 replica [orders-cn]
	// flow alicloud_oss_bucket.orders -> alicloud_oss_bucket.orders_hk
	// flow alicloud_oss_bucket.orders -> alicloud_oss_bucket_replication.orders_to_partner/partner-ingest-sg
	// not checked: alicloud_ram_role.oss_replication
}
