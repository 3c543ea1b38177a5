package tfplan

import (
	"slices"
	"strings"
)

// noDataTypes are the managed resource types known to hold no customer
// data at rest, by provider (as providerID names them, or the utility
// provider's own name), with what kind of resource each is. The list is
// conservative: a type is here only when it certainly holds no customer
// data; any other type the reader does not read stays in Unsupported.
// Types that configure a data store (an S3 bucket's policy or lifecycle)
// are here because the store itself is the bucket, read on its own.
var noDataTypes = func() map[string][2]string {
	m := map[string][2]string{}
	add := func(provider, kind string, types ...string) {
		for _, t := range types {
			m[t] = [2]string{provider, kind}
		}
	}
	add("aws", "identity and access management",
		"aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_role_policies_exclusive",
		"aws_iam_role_policy_attachments_exclusive", "aws_iam_policy", "aws_iam_policy_attachment",
		"aws_iam_group", "aws_iam_group_policy", "aws_iam_group_policy_attachment",
		"aws_iam_user_policy_attachment", "aws_iam_instance_profile", "aws_iam_service_linked_role")
	add("aws", "network configuration",
		"aws_vpc", "aws_default_vpc", "aws_subnet", "aws_default_subnet",
		"aws_route", "aws_route_table", "aws_route_table_association", "aws_default_route_table", "aws_main_route_table_association",
		"aws_security_group", "aws_default_security_group", "aws_security_group_rule",
		"aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule",
		"aws_internet_gateway", "aws_internet_gateway_attachment", "aws_egress_only_internet_gateway",
		"aws_nat_gateway", "aws_vpn_gateway", "aws_customer_gateway",
		"aws_network_acl", "aws_default_network_acl", "aws_network_acl_rule", "aws_network_acl_association", "aws_eip")
	add("aws", "S3 bucket setting (the bucket is the store)",
		"aws_s3_bucket_policy", "aws_s3_bucket_public_access_block", "aws_s3_bucket_versioning",
		"aws_s3_bucket_acl", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_lifecycle_configuration",
		"aws_s3_bucket_cors_configuration", "aws_s3_account_public_access_block")
	add("aws", "S3 access logging setting (the target bucket, in the plan or not, is the store of the logs)",
		"aws_s3_bucket_logging")
	add("aws", "KMS key alias (the key is read where a store names it)", "aws_kms_alias")

	add("azure", "resource group", "azurerm_resource_group")
	add("azure", "network configuration",
		"azurerm_virtual_network", "azurerm_subnet", "azurerm_network_security_group", "azurerm_network_security_rule",
		"azurerm_subnet_network_security_group_association")
	add("azure", "identity and access management", "azurerm_role_assignment", "azurerm_role_definition")

	add("gcp", "network configuration",
		"google_compute_network", "google_compute_subnetwork", "google_compute_firewall")
	add("gcp", "enabled API service", "google_project_service")

	add("random", "random value", "random_id", "random_integer", "random_password", "random_pet", "random_shuffle",
		"random_string", "random_uuid", "random_bytes")
	add("null", "null resource", "null_resource")
	add("time", "time value", "time_offset", "time_rotating", "time_sleep", "time_static")
	add("tls", "TLS key or certificate", "tls_private_key", "tls_self_signed_cert", "tls_cert_request", "tls_locally_signed_cert")
	return m
}()

// googleIAMSuffixes end the names of the Google IAM policy resources
// (google_project_iam_member, google_storage_bucket_iam_binding, ...),
// which grant roles and hold no data.
var googleIAMSuffixes = []string{"_iam_member", "_iam_binding", "_iam_policy"}

// utilityProviders are the HashiCorp providers whose resources hold no
// customer data, matched by source address.
var utilityProviders = []string{"random", "null", "time", "tls"}

// noDataReason says why a managed resource holds no customer data, or
// returns "" when its type is not known to hold none.
func noDataReason(in *instance) string {
	kind := ""
	if p, ok := noDataTypes[in.typ]; ok {
		switch {
		case slices.Contains(utilityProviders, p[0]):
			if utilitySource(in.source, in.typ) != p[0] {
				return ""
			}
		case in.provider != p[0]:
			return ""
		}
		kind = p[1]
	} else if strings.HasPrefix(in.typ, "google_") && in.provider == "gcp" {
		for _, s := range googleIAMSuffixes {
			if strings.HasSuffix(in.typ, s) {
				kind = "identity and access management"
			}
		}
	}
	if kind == "" {
		return ""
	}
	return "holds no customer data (" + kind + "); no store"
}

// utilitySource returns the HashiCorp utility provider a provider source
// address names ("registry.terraform.io/hashicorp/random" gives random),
// or, with no source, the type's prefix; "" for any other source.
func utilitySource(source, typ string) string {
	if source == "" {
		name, _, _ := strings.Cut(typ, "_")
		return name
	}
	parts := strings.Split(source, "/")
	name := parts[len(parts)-1]
	if len(parts) >= 2 && parts[len(parts)-2] != "hashicorp" {
		return ""
	}
	return name
}
