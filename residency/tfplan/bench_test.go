package tfplan_test

import (
	"bytes"
	"flag"
	"fmt"
	"testing"

	"github.com/dataresidency/dataresidency/residency/tfplan"
)

var large = flag.Bool("large", false, "also benchmark Read on a plan of 22,000 buckets (about 20 MB)")

// bucketPlan is a plan of n S3 buckets in rotating regions, each in
// planned_values (with tags and nested blocks), resource_changes and the
// configuration, as terraform show -json writes them.
func bucketPlan(n int) []byte {
	regions := []string{"eu-west-1", "eu-central-1", "us-east-1", "ap-southeast-1", "cn-north-1"}
	var b bytes.Buffer
	b.WriteString(`{"format_version":"1.2","terraform_version":"1.9.0","planned_values":{"root_module":{"resources":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"address":"aws_s3_bucket.b%d","mode":"managed","type":"aws_s3_bucket","name":"b%d","provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,"values":{"bucket":"acme-data-%d","force_destroy":false,"region":%q,"tags":{"team":"data","dataresidency_dataset":"orders"},"versioning":[{"enabled":true,"mfa_delete":false}],"lifecycle_rule":[{"id":"expire","enabled":true,"expiration":[{"days":365}]}]},"sensitive_values":{"tags":{},"versioning":[{}]}}`, i, i, i, regions[i%len(regions)])
	}
	b.WriteString(`]}},"resource_changes":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"address":"aws_s3_bucket.b%d","mode":"managed","type":"aws_s3_bucket","name":"b%d","provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["create"],"before":null,"after_unknown":{"arn":true,"id":true,"tags_all":true}}}`, i, i)
	}
	b.WriteString(`],"configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws"}},"root_module":{"resources":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"address":"aws_s3_bucket.b%d","mode":"managed","type":"aws_s3_bucket","name":"b%d","provider_config_key":"aws","expressions":{"bucket":{"constant_value":"acme-data-%d"}},"schema_version":0}`, i, i, i)
	}
	b.WriteString(`]}}}`)
	return b.Bytes()
}

// BenchmarkRead reads plans of 1,000 and 10,000 buckets (22,000, about 20 MB, with
// -large), reporting the time per megabyte of plan.
func BenchmarkRead(b *testing.B) {
	sizes := []int{1_000, 10_000}
	if *large {
		sizes = append(sizes, 22_000)
	}
	for _, n := range sizes {
		plan := bucketPlan(n)
		b.Run(fmt.Sprintf("buckets=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(plan)))
			for b.Loop() {
				if res, err := tfplan.Read(plan); res == nil {
					b.Fatal(err)
				}
			}
		})
	}
}
