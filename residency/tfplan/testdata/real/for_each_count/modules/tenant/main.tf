variable "name" {
  type = string
}

resource "aws_s3_bucket" "data" {
  count  = 1
  bucket = "dataresidency-example-tenant-${var.name}"
  tags = {
    dataresidency_dataset = "tenant-${var.name}"
  }
}
