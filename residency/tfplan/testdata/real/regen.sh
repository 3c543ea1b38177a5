#!/bin/sh
# Regenerates the plans in this directory: for each configuration, the JSON
# that `terraform show -json` prints for its saved plan. It needs terraform
# (these were made with 1.11.4) and hashicorp/aws 5.100.0, installed or in a
# provider mirror; the provider blocks carry dummy credentials and skip
# every AWS call, so planning works offline. Set TF to another binary (such
# as tofu) to use it instead.
set -eu
cd "$(dirname "$0")"
TF=${TF:-terraform}
for dir in ${*:-s3_replication module_inherit module_alias for_each_count}; do
	(
		cd "$dir"
		"$TF" init -input=false -no-color >/dev/null
		"$TF" plan -input=false -no-color -out=plan.bin >/dev/null
		"$TF" show -json plan.bin >plan.json
		rm -rf plan.bin .terraform .terraform.lock.hcl
	)
	echo "$dir/plan.json"
done
