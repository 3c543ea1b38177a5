# Resources and a module repeated with for_each and count.
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "5.100.0"
    }
  }
}

provider "aws" {

  region                      = "eu-north-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

provider "aws" {
  alias                       = "sg"
  region                      = "ap-southeast-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

resource "aws_s3_bucket" "per_team" {
  for_each = toset(["billing", "support"])
  bucket   = "dataresidency-example-${each.key}"
  tags = {
    dataresidency_dataset = each.key
  }
}

resource "aws_dynamodb_table" "shard" {
  count        = 2
  provider     = aws.sg
  name         = "dataresidency-example-shard-${count.index}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

module "tenant" {
  source   = "./modules/tenant"
  for_each = { acme = "acme", "globex.eu" = "globex" }
  name     = each.value
}
