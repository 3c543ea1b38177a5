resource "aws_s3_bucket" "this" {
  bucket_prefix = "dataresidency-example-dr-"
  tags = {
    dataresidency_dataset = "backups"
  }
}
