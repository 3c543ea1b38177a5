package tfplan_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dataresidency/dataresidency/residency"
	"github.com/dataresidency/dataresidency/residency/tfplan"
)

// FuzzRead reads arbitrary documents, seeded with the sample plans. Read
// must not panic; it returns a Result or an error saying why not, and a
// topology it returns must pass the assessment's validation against the
// catalog it was read with.
func FuzzRead(f *testing.F) {
	files, err := samplePlans()
	if err != nil || len(files) == 0 {
		f.Fatalf("no sample plans: %v", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		// Compacted, the seeds are a third of their size, and the fuzzer
		// spends less time minimizing what it finds.
		var c bytes.Buffer
		if err := json.Compact(&c, b); err != nil {
			f.Fatalf("%s: %v", name, err)
		}
		f.Add(c.Bytes())
	}
	// Small documents, valid and not, so that the fuzzer starts from the
	// decoder's error paths and each resource type in a few hundred bytes.
	for _, doc := range []string{
		``, `{}`, `[]`, `null`, `{"format_version":1}`, `{"format_version":"1.0"`, `{"format_version":"1.0"} {}`,
		`{"format_version":"2.0","planned_values":{}}`, `{"format_version":"1.0","planned_values":{}}`,
		`{"format_version":"1.0","planned_values":{"root_module":{"resources":"x"}}}`,
		`{"format_version":"1.0","planned_values":{"root_module":{"resources":[{"address":"é\n"}]}}}`,
		`{"format_version":"1.0","planned_values":{"root_module":{"resources":[{"address":"aws_s3_bucket.b","type":"aws_s3_bucket","name":"b","provider_name":"registry.terraform.io/hashicorp/aws","values":{"region":"eu-west-1","tags":{"dataresidency_subjects":"DE=1,XX","dataresidency_classes":"personal_x"}}}]}}}`,
		`{"format_version":"1.1","variables":{"r":{"value":"us-east-1"}},"planned_values":{"root_module":{"child_modules":[{"address":"module.m[0]","resources":[{"address":"module.m[0].aws_db_instance.d","mode":"managed","type":"aws_db_instance","name":"d","provider_name":"aws","values":{"replicate_source_db":"arn:aws:rds:eu-west-1:1:db:x","kms_key_id":"arn:aws:kms:eu-west-1:1:key/k"}}]}]}},"configuration":{"provider_config":{"aws.x":{"name":"aws","alias":"x","expressions":{"region":{"references":["var.r"]}}}},"root_module":{"module_calls":{"m":{"module":{"resources":[{"address":"aws_db_instance.d","mode":"managed","type":"aws_db_instance","name":"d","provider_config_key":"aws.x","expressions":{}}]}}}}}}`,
		`{"format_version":"1.0","planned_values":{"root_module":{"resources":[{"address":"azurerm_storage_account.a","type":"azurerm_storage_account","name":"a","provider_name":"hashicorp/azurerm","values":{"location":"West Europe","account_replication_type":"RAGZRS"}},{"address":"azurerm_cosmosdb_account.c","type":"azurerm_cosmosdb_account","name":"c","provider_name":"hashicorp/azurerm","values":{"geo_location":[{"location":"uksouth","failover_priority":1},{"location":"ukwest","failover_priority":0}]}}]}}}`,
		`{"format_version":"1.0","planned_values":{"root_module":{"resources":[{"address":"google_storage_bucket.g","type":"google_storage_bucket","name":"g","provider_name":"hashicorp/google","values":{"location":"NAM4","labels":{"dataresidency_dataset":"d"}}},{"address":"alicloud_oss_bucket_replication.r","type":"alicloud_oss_bucket_replication","name":"r","provider_name":"aliyun/alicloud","values":{"bucket":"b","destination":[{"bucket":"c","location":"oss-cn-beijing"}]}},{"address":"alicloud_oss_bucket.b","type":"alicloud_oss_bucket","name":"b","provider_name":"aliyun/alicloud","values":{"bucket":"b","location":"oss-cn-shanghai"}}]}}}`,
	} {
		f.Add([]byte(doc))
	}
	eng := residency.NewEngine(nil)
	asOf := asOf
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := tfplan.Read(data)
		if res == nil {
			if err == nil {
				t.Fatal("no result and no error")
			}
			if !errors.Is(err, tfplan.ErrFormat) && !errors.Is(err, tfplan.ErrTooLarge) {
				t.Fatalf("no result, and the error says nothing of the document: %v", err)
			}
			return
		}
		if res.Topology == nil {
			t.Fatal("a result with no topology")
		}
		if _, aerr := eng.Assess(res.Topology, asOf); aerr != nil {
			t.Fatalf("the topology read does not validate: %v\nread error: %v", aerr, err)
		}
	})
}

// samplePlans lists the plan files of testdata: the hand-written samples,
// the public plans and the real plans.
func samplePlans() ([]string, error) {
	var out []string
	for _, pattern := range []string{"*.json", "public/*.json", "real/*/plan.json"} {
		files, err := filepath.Glob(filepath.Join("testdata", pattern))
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	return out, nil
}
