output "task_role_arn" {
  description = "Give this to the audit-role module (auditing_task_role_arn)"
  value       = aws_iam_role.task.arn
}

output "reports_bucket" {
  value = aws_s3_bucket.reports.id
}

output "partition_queue_url" {
  value = var.workers > 0 ? aws_sqs_queue.partitions[0].url : null
}
