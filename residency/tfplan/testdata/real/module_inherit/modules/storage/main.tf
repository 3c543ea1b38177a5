terraform {
  required_providers {
    aws = {
      source = "hashicorp/aws"
    }
  }
}

variable "dataset" {
  type = string
}

resource "aws_dynamodb_table" "orders" {
  name         = "dataresidency-example-orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = {
    dataresidency_dataset = var.dataset
    dataresidency_classes = "personal,financial"
  }
}

module "logs" {
  source = "../logs"
}
