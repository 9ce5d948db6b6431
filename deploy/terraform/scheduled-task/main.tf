# irready as a nightly ECS Fargate task in the auditing account: the same resources as
# deploy/cloudformation/irready-scheduled-task.yml. The IAM policies are the shipped JSON files.
# With workers > 0 the task is a manager (audit --manager) and the schedule also starts that many worker tasks, with an
# SQS queue of partition requests and its dead-letter queue; they share the PostgreSQL database and EFS file system given.

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

resource "aws_sqs_queue" "dead_letters" {
  count                     = var.workers > 0 ? 1 : 0
  name                      = "irready-partitions-dead-letters"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

# A request stays invisible while a worker collects its account (the worker extends it); one whose worker died
# reappears after the timeout. Requests that keep failing before their partition records a try go to the dead letters.
resource "aws_sqs_queue" "partitions" {
  count                      = var.workers > 0 ? 1 : 0
  name                       = "irready-partitions"
  visibility_timeout_seconds = 300
  message_retention_seconds  = 86400
  sqs_managed_sse_enabled    = true
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letters[0].arn
    maxReceiveCount     = 10
  })
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

resource "aws_iam_role_policy" "job_repository_login" {
  count = var.workers > 0 ? 1 : 0
  name  = "irready-job-repository-login"
  role  = aws_iam_role.execution.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "secretsmanager:GetSecretValue", Resource = var.job_repository_secret_arn }]
  })
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

resource "aws_iam_role_policy" "partitions" {
  count = var.workers > 0 ? 1 : 0
  name  = "irready-partitions"
  role  = aws_iam_role.task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid    = "ManagerSendsWorkersTakeThePartitions"
      Effect = "Allow"
      Action = ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl", "sqs:ReceiveMessage",
      "sqs:SendMessage"]
      Resource = aws_sqs_queue.partitions[0].arn
    }]
  })
}

locals {
  environment = concat([
    { name = "IRREADY_SCOPE_SOURCE", value = "organization" },
    { name = "IRREADY_SCOPE_AUDITROLE", value = var.audit_role_name },
    { name = "IRREADY_SCOPE_REGIONS", value = join(",", var.regions) },
    { name = "IRREADY_CHECKS_RESPONDERROLES_TRUSTEDPRINCIPALS", value = join(",", var.trusted_principals) },
    { name = "IRREADY_OUTPUT_S3URI", value = "s3://${aws_s3_bucket.reports.id}/${var.reports_prefix}" },
    ], var.workers > 0 ? [
    { name = "IRREADY_REMOTE_TRANSPORT", value = "sqs" },
    { name = "IRREADY_REMOTE_QUEUEURL", value = aws_sqs_queue.partitions[0].url },
    { name = "IRREADY_OUTPUT_DIRECTORY", value = "/work/runs" },
    { name = "SPRING_DATASOURCE_URL", value = var.job_repository_url },
  ] : [])
  secrets = var.workers > 0 ? [
    { name = "SPRING_DATASOURCE_USERNAME", valueFrom = "${var.job_repository_secret_arn}:username::" },
    { name = "SPRING_DATASOURCE_PASSWORD", valueFrom = "${var.job_repository_secret_arn}:password::" },
  ] : []
  mount_points = concat([{ sourceVolume = "work", containerPath = "/work" }],
  var.workers > 0 ? [{ sourceVolume = "runs", containerPath = "/work/runs" }] : [])
  # The audit's (or manager's) container and the workers' differ only in name, command and log stream.
  container = {
    image                  = var.image
    essential              = true
    readonlyRootFilesystem = true
    user                   = "10001"
    stopTimeout            = 120
    environment            = local.environment
    secrets                = local.secrets
    mountPoints            = local.mount_points
  }
  log_options = {
    awslogs-group  = aws_cloudwatch_log_group.irready.name
    awslogs-region = data.aws_region.current.name
  }
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
  dynamic "volume" {
    for_each = var.workers > 0 ? [var.run_folder_file_system_id] : []
    content {
      name = "runs"
      efs_volume_configuration {
        file_system_id     = volume.value
        transit_encryption = "ENABLED"
      }
    }
  }
  container_definitions = jsonencode([merge(local.container, {
    name             = "irready"
    command          = var.workers > 0 ? ["audit", "--manager"] : ["audit"]
    logConfiguration = { logDriver = "awslogs", options = merge(local.log_options, { awslogs-stream-prefix = "irready" }) }
  })])
}

# Each worker collects irready.collect.accounts-in-parallel accounts at a time, then exits once the audit has ended.
resource "aws_ecs_task_definition" "worker" {
  count                    = var.workers > 0 ? 1 : 0
  family                   = "irready-worker"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "1024"
  memory                   = "2048"
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }
  volume {
    name = "work"
  }
  volume {
    name = "runs"
    efs_volume_configuration {
      file_system_id     = var.run_folder_file_system_id
      transit_encryption = "ENABLED"
    }
  }
  container_definitions = jsonencode([merge(local.container, {
    name             = "irready-worker"
    command          = ["worker"]
    logConfiguration = { logDriver = "awslogs", options = merge(local.log_options, { awslogs-stream-prefix = "irready-worker" }) }
  })])
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
      { Effect = "Allow", Action = "ecs:RunTask", Resource = concat([aws_ecs_task_definition.irready.arn], aws_ecs_task_definition.worker[*].arn) },
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

resource "aws_scheduler_schedule" "workers" {
  count                        = var.workers > 0 ? 1 : 0
  name                         = "irready-nightly-workers"
  schedule_expression          = var.schedule_expression
  schedule_expression_timezone = var.schedule_timezone
  flexible_time_window {
    mode = "OFF"
  }
  target {
    arn      = aws_ecs_cluster.irready.arn
    role_arn = aws_iam_role.scheduler.arn
    ecs_parameters {
      task_definition_arn = aws_ecs_task_definition.worker[0].arn
      launch_type         = "FARGATE"
      task_count          = var.workers
      network_configuration {
        assign_public_ip = false
        subnets          = var.subnets
        security_groups  = [var.security_group]
      }
    }
  }
}
