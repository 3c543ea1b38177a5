# A child module, and a module nested in it, that inherit the root's
# default AWS provider configuration (they configure no provider).
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

provider "aws" {

  region                      = "eu-west-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

module "storage" {
  source  = "./modules/storage"
  dataset = "orders"
}
