package main

import "testing"

func TestConfigAddress(t *testing.T) {
	for _, tt := range []struct{ id, module, resource string }{
		{"aws_s3_bucket.orders", "", "aws_s3_bucket.orders"},
		{`aws_s3_bucket.logs["a/b.c"]`, "", "aws_s3_bucket.logs"},
		{`module.shop["eu"].module.db[0].aws_db_instance.main/us-east-1`, "module.shop.module.db", "aws_db_instance.main"},
		{"aws_dynamodb_table.t/eu-west-1", "", "aws_dynamodb_table.t"},
		{"data.aws_s3_bucket.x", "", ""},
		{"module.m", "", ""},
	} {
		m, r, ok := configAddress(tt.id)
		if ok != (tt.resource != "") || m != tt.module || r != tt.resource {
			t.Errorf("configAddress(%q) = %q, %q, %v; want %q, %q", tt.id, m, r, ok, tt.module, tt.resource)
		}
	}
}
