# S3 cross-region replication from eu-central-1 to us-east-1, with no data
# tags: what the buckets hold is declared in the facts files beside this
# plan. Regenerate plan.json with ./regen.sh (Terraform and the AWS
# provider 5.100.0, offline: no credentials are checked).
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
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

resource "aws_s3_bucket" "orders" {
  bucket = "example-shop-orders-eu"
  tags   = { team = "shop" }
}

resource "aws_s3_bucket_versioning" "orders" {
  bucket = aws_s3_bucket.orders.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_s3_bucket" "orders_dr" {
  provider = aws.us
  bucket   = "example-shop-orders-us"
  tags     = { team = "shop" }
}

resource "aws_s3_bucket_versioning" "orders_dr" {
  provider = aws.us
  bucket   = aws_s3_bucket.orders_dr.id
  versioning_configuration { status = "Enabled" }
}

resource "aws_iam_role" "replication" {
  name = "orders-replication"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "s3.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_s3_bucket_replication_configuration" "orders" {
  depends_on = [aws_s3_bucket_versioning.orders]
  role       = aws_iam_role.replication.arn
  bucket     = aws_s3_bucket.orders.id
  rule {
    id     = "dr"
    status = "Enabled"
    destination {
      bucket        = aws_s3_bucket.orders_dr.arn
      storage_class = "STANDARD"
    }
  }
}
