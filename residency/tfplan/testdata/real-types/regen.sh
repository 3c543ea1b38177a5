#!/bin/sh
# Regenerates the real AWS plans of this directory: for each directory
# holding a main.tf, plans it offline (the provider needs no credentials;
# see main.tf) and writes <directory>.json, the output of
# `terraform show -json`. Needs terraform (1.11.4 was used) and
# hashicorp/aws 5.100.0, from the registry or a local mirror. The
# .terraform directories, lock files and binary plans are removed.
set -eu
cd "$(dirname "$0")"
for d in */; do
	d=${d%/}
	[ -f "$d/main.tf" ] || continue
	(
		cd "$d"
		terraform init -input=false -no-color >/dev/null
		terraform plan -input=false -no-color -refresh=false -out=plan.bin >/dev/null
		terraform show -json plan.bin | python3 -m json.tool --indent 1 >"../$d.json"
		rm -rf .terraform .terraform.lock.hcl plan.bin
	)
	echo "wrote $d.json"
done
