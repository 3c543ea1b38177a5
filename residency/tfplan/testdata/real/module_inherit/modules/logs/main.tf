resource "aws_s3_bucket" "logs" {
  bucket = "dataresidency-example-order-logs"
  tags = {
    dataresidency_dataset = "order-logs"
  }
}
