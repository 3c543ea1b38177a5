#!/bin/sh
# Regenerates the plans in this directory: for each configuration, the JSON
# that `show -json` prints for its saved plan. The directories named
# opentofu_* are planned with OpenTofu (these were made with OpenTofu 1.9.1),
# the others with Terraform (1.11.4); both need hashicorp/aws 5.100.0,
# installed or in a provider mirror (registry.terraform.io/hashicorp/aws for
# Terraform, registry.opentofu.org/hashicorp/aws for OpenTofu). The provider
# blocks carry dummy credentials and skip every AWS call, so planning works
# offline. TF and TOFU name the binaries; arguments name the directories.
set -eu
cd "$(dirname "$0")"
TF=${TF:-terraform}
TOFU=${TOFU:-tofu}
for dir in ${*:-s3_replication module_inherit module_alias for_each_count opentofu_module_alias}; do
	case "$dir" in
	opentofu_*) bin=$TOFU ;;
	*) bin=$TF ;;
	esac
	(
		cd "$dir"
		"$bin" init -input=false -no-color >/dev/null
		"$bin" plan -input=false -no-color -out=plan.bin >/dev/null
		"$bin" show -json plan.bin >plan.json
		rm -rf plan.bin .terraform .terraform.lock.hcl
	)
	echo "$dir/plan.json"
done
