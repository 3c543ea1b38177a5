#!/bin/sh
# Regenerates plan.json from main.tf with the Terraform CLI and the
# hashicorp/aws provider 5.100.0 (a filesystem mirror works offline).
set -eu
cd "$(dirname "$0")"
terraform init -input=false >/dev/null
terraform plan -input=false -out=plan.bin >/dev/null
terraform show -json plan.bin > plan.json
rm -rf plan.bin .terraform .terraform.lock.hcl
