# irready as a nightly ECS Fargate task in the auditing account: the same resources as
# deploy/cloudformation/irready-scheduled-task.yml. The IAM policies are the shipped JSON files.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40"
    }
  }
}

data "aws_partition" "current" {}
data "aws_region" "current" {}

resource "aws_ecs_cluster" "irready" {
  name = "irready"
}

resource "aws_cloudwatch_log_group" "irready" {
  name              = "/irready/nightly"
  retention_in_days = var.log_retention_days
}

resource "aws_s3_bucket" "reports" {
  bucket_prefix       = "irready-reports-"
  object_lock_enabled = var.object_lock
}

resource "aws_s3_bucket_versioning" "reports" {
  bucket = aws_s3_bucket.reports.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_lifecycle_configuration" "reports" {
  bucket = aws_s3_bucket.reports.id
  rule {
    id     = "expire-runs"
    status = "Enabled"
    filter {
      prefix = "${var.reports_prefix}/"
    }
    expiration {
      days = var.report_retention_days
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }
}

resource "aws_s3_bucket_object_lock_configuration" "reports" {
  count  = var.object_lock ? 1 : 0
  bucket = aws_s3_bucket.reports.id
  rule {
    default_retention {
      mode = "GOVERNANCE"
      days = var.report_retention_days
    }
  }
}

data "aws_iam_policy_document" "ecs_tasks_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "execution" {
  name_prefix        = "irready-execution-"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy_attachment" "execution" {
  role       = aws_iam_role.execution.name
  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy"
}

resource "aws_iam_role" "task" {
  name               = "irready-task"
  assume_role_policy = data.aws_iam_policy_document.ecs_tasks_assume.json
}

resource "aws_iam_role_policy" "audit" {
  name   = "irready-audit"
  role   = aws_iam_role.task.id
  policy = file("${path.module}/../../iam/irready-audit-policy.json")
}

locals {
  audit_role_arns     = "arn:${data.aws_partition.current.partition}:iam::*:role/${var.audit_role_name}"
  organization_policy = replace(file("${path.module}/../../iam/irready-organization-policy.json"), "arn:aws:iam::*:role/irready-audit", local.audit_role_arns)
}

resource "aws_iam_role_policy" "organization" {
  name   = "irready-organization"
  role   = aws_iam_role.task.id
  policy = local.organization_policy
}

resource "aws_iam_role_policy" "delivery" {
  name = "irready-delivery"
  role = aws_iam_role.task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "PutRunReportsUnderThePrefix"
      Effect   = "Allow"
      Action   = "s3:PutObject"
      Resource = "${aws_s3_bucket.reports.arn}/${var.reports_prefix}/*"
    }]
  })
}

resource "aws_ecs_task_definition" "irready" {
  family                   = "irready"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "2048"
  memory                   = "4096"
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }
  volume {
    name = "work"
  }
  container_definitions = jsonencode([{
    name                   = "irready"
    image                  = var.image
    essential              = true
    readonlyRootFilesystem = true
    user                   = "10001"
    stopTimeout            = 120
    command                = ["audit"]
    environment = [
      { name = "IRREADY_SCOPE_SOURCE", value = "organization" },
      { name = "IRREADY_SCOPE_AUDITROLE", value = var.audit_role_name },
      { name = "IRREADY_SCOPE_REGIONS", value = join(",", var.regions) },
      { name = "IRREADY_CHECKS_RESPONDERROLES_TRUSTEDPRINCIPALS", value = join(",", var.trusted_principals) },
      { name = "IRREADY_OUTPUT_S3URI", value = "s3://${aws_s3_bucket.reports.id}/${var.reports_prefix}" },
    ]
    mountPoints = [{ sourceVolume = "work", containerPath = "/work" }]
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.irready.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "irready"
      }
    }
  }])
}

data "aws_iam_policy_document" "scheduler_assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["scheduler.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "scheduler" {
  name_prefix        = "irready-scheduler-"
  assume_role_policy = data.aws_iam_policy_document.scheduler_assume.json
}

resource "aws_iam_role_policy" "scheduler" {
  name = "run-irready"
  role = aws_iam_role.scheduler.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "ecs:RunTask", Resource = aws_ecs_task_definition.irready.arn },
      { Effect = "Allow", Action = "iam:PassRole", Resource = [aws_iam_role.task.arn, aws_iam_role.execution.arn] },
    ]
  })
}

resource "aws_scheduler_schedule" "nightly" {
  name                         = "irready-nightly"
  schedule_expression          = var.schedule_expression
  schedule_expression_timezone = var.schedule_timezone
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = aws_ecs_cluster.irready.arn
    role_arn = aws_iam_role.scheduler.arn
    ecs_parameters {
      task_definition_arn = aws_ecs_task_definition.irready.arn
      launch_type         = "FARGATE"
      task_count          = 1
      network_configuration {
        assign_public_ip = false
        subnets          = var.subnets
        security_groups  = [var.security_group]
      }
    }
  }
}
