# AWS data stores beyond S3, RDS and DynamoDB, with their replication and
# backup copies, and resources that hold no data. Planned offline with
# hashicorp/aws 5.100.0; see ../regen.sh.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
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

provider "aws" {
  alias                       = "us"
  region                      = "us-east-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

provider "aws" {
  alias                       = "de"
  region                      = "eu-central-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
}

# A custom endpoint for SQS: the queue can be anywhere.
provider "aws" {
  alias                       = "local"
  region                      = "eu-west-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  endpoints {
    sqs = "http://localhost:4566"
  }
}

resource "aws_kms_key" "data" {
  description = "data key"
}

# Block storage and its snapshots.
resource "aws_ebs_volume" "app" {
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = aws_kms_key.data.arn
  tags              = { dataresidency_dataset = "app-disk", dataresidency_classes = "personal" }
}

resource "aws_ebs_snapshot" "app" {
  volume_id = aws_ebs_volume.app.id
}

resource "aws_ebs_snapshot_copy" "app_dr" {
  provider           = aws.de
  source_snapshot_id = aws_ebs_snapshot.app.id
  source_region      = "eu-west-1"
}

resource "aws_ebs_snapshot_copy" "partner" {
  source_snapshot_id = "snap-0123456789abcdef0"
  source_region      = "us-west-2"
}

# File systems, one replicated to us-east-1.
resource "aws_efs_file_system" "shared" {
  encrypted = true
  tags      = { dataresidency_dataset = "shared-files", dataresidency_classes = "personal" }
}

resource "aws_efs_replication_configuration" "shared" {
  source_file_system_id = aws_efs_file_system.shared.id
  destination {
    region = "us-east-1"
  }
}

resource "aws_fsx_lustre_file_system" "hpc" {
  storage_capacity = 1200
  subnet_ids       = ["subnet-0123456789abcdef0"]
  deployment_type  = "PERSISTENT_2"
  per_unit_storage_throughput = 125
}

resource "aws_fsx_windows_file_system" "office" {
  storage_capacity    = 32
  subnet_ids          = ["subnet-0123456789abcdef0"]
  throughput_capacity = 8
  active_directory_id = "d-1234567890"
}

resource "aws_fsx_ontap_file_system" "netapp" {
  provider            = aws.de
  storage_capacity    = 1024
  subnet_ids          = ["subnet-0123456789abcdef0"]
  deployment_type     = "SINGLE_AZ_1"
  throughput_capacity = 128
  preferred_subnet_id = "subnet-0123456789abcdef0"
}

resource "aws_fsx_openzfs_file_system" "zfs" {
  storage_capacity    = 64
  subnet_ids          = ["subnet-0123456789abcdef0"]
  deployment_type     = "SINGLE_AZ_1"
  throughput_capacity = 64
}

# Search and databases.
resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.data.key_id
  }
  ebs_options {
    ebs_enabled = true
    volume_size = 10
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  ebs_options {
    ebs_enabled = true
    volume_size = 10
  }
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  skip_final_snapshot = true
  storage_encrypted   = true
  kms_key_arn         = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

resource "aws_neptune_cluster" "graph_replica" {
  provider                      = aws.us
  cluster_identifier            = "graph-replica"
  skip_final_snapshot           = true
  replication_source_identifier = aws_neptune_cluster.graph.arn
}

resource "aws_docdb_cluster" "docs" {
  cluster_identifier  = "docs"
  master_username     = "admin"
  master_password     = "password123"
  skip_final_snapshot = true
}

resource "aws_redshift_cluster" "warehouse" {
  cluster_identifier  = "warehouse"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  master_password     = "Password123"
  skip_final_snapshot = true
  tags                = { dataresidency_dataset = "warehouse", dataresidency_classes = "personal,financial" }
}

resource "aws_redshift_snapshot_copy" "warehouse" {
  cluster_identifier = aws_redshift_cluster.warehouse.id
  destination_region = "eu-central-1"
}

resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name = "analytics"
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id     = "sessions"
  description              = "sessions"
  node_type                = "cache.t4g.micro"
  snapshot_retention_limit = 5
}

resource "aws_elasticache_cluster" "cache" {
  cluster_id      = "cache"
  engine          = "redis"
  node_type       = "cache.t4g.micro"
  num_cache_nodes = 1
}

resource "aws_memorydb_cluster" "ledger" {
  name      = "ledger"
  node_type = "db.t4g.small"
  acl_name  = "open-access"
}

# Backups: a vault, a plan copying to a vault in us-east-1 (by reference)
# and to a vault outside the plan (by ARN).
resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_vault" "dr" {
  provider = aws.us
  name     = "dr"
}

resource "aws_backup_plan" "daily" {
  name = "daily"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 * * ? *)"
    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn
    }
    copy_action {
      destination_vault_arn = "arn:aws:backup:ap-southeast-2:111122223333:backup-vault:offsite"
    }
  }
  rule {
    rule_name         = "weekly"
    target_vault_name = "Default"
    schedule          = "cron(0 6 ? * 1 *)"
    copy_action {
      destination_vault_arn = aws_backup_vault.dr.arn
    }
  }
}

resource "aws_glacier_vault" "archive" {
  name = "archive"
}

# Streams, queues, secrets, logs.
resource "aws_kinesis_stream" "events" {
  name            = "events"
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_sqs_queue" "jobs" {
  name              = "jobs"
  kms_master_key_id = aws_kms_key.data.id
}

resource "aws_sqs_queue" "local" {
  provider = aws.local
  name     = "local"
}

resource "aws_secretsmanager_secret" "api" {
  name = "api"
  replica {
    region = "eu-central-1"
  }
  replica {
    region = "us-east-1"
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name = "app"
}

resource "aws_timestreamwrite_database" "metrics" {
  database_name = "metrics"
}

resource "aws_qldb_ledger" "audit" {
  name             = "audit"
  permissions_mode = "STANDARD"
}

resource "aws_keyspaces_keyspace" "users" {
  name = "users"
  replication_specification {
    replication_strategy = "MULTI_REGION"
    region_list          = ["eu-west-1", "eu-central-1"]
  }
}

resource "aws_lightsail_database" "blog" {
  relational_database_name = "blog"
  availability_zone        = "eu-west-1a"
  master_database_name     = "blog"
  master_password          = "password123"
  master_username          = "admin"
  blueprint_id             = "mysql_8_0"
  bundle_id                = "micro_2_0"
}

# Resources that hold no data.
resource "aws_iam_role" "backup" {
  name               = "backup"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [] })
}

resource "aws_iam_role_policy_attachment" "backup" {
  role       = aws_iam_role.backup.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_security_group" "db" {
  vpc_id = aws_vpc.main.id
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-logs-bucket-dr"
}

resource "aws_s3_bucket_public_access_block" "logs" {
  bucket                  = aws_s3_bucket.logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "logs" {
  bucket = aws_s3_bucket.logs.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_kms_alias" "data" {
  name          = "alias/data"
  target_key_id = aws_kms_key.data.key_id
}

# Not read: a type that may hold data stays unsupported.
resource "aws_sns_topic" "alerts" {
  name = "alerts"
}
