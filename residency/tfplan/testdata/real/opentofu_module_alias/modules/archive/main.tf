terraform {
  required_providers {
    aws = {
      source                = "hashicorp/aws"
      configuration_aliases = [aws.dst]
    }
  }
}

resource "aws_s3_bucket" "primary" {
  bucket = "dataresidency-example-archive"
  tags = {
    dataresidency_dataset = "archive"
  }
}

resource "aws_s3_bucket" "copy" {
  provider = aws.dst
  bucket   = "dataresidency-example-archive-copy"
  tags = {
    dataresidency_dataset = "archive"
  }
}
