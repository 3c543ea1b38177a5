# Modules passed an aliased provider configuration: module "dr" receives
# aws.us as its default aws, module "archive" declares the alias aws.dst
# (configuration_aliases) and receives aws.us for it, and module "local"
# inherits the default.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

provider "aws" {

  region                      = "eu-central-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

provider "aws" {
  alias                       = "us"
  region                      = "us-east-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

module "dr" {
  source = "./modules/dr"
  providers = {
    aws = aws.us
  }
}

module "archive" {
  source = "./modules/archive"
  providers = {
    aws     = aws
    aws.dst = aws.us
  }
}

module "local" {
  source = "./modules/dr"
}
