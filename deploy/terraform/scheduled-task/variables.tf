variable "image" {
  description = "The irready image, e.g. ACCOUNT.dkr.ecr.REGION.amazonaws.com/irready:1.0.0"
  type        = string
}

variable "schedule_expression" {
  description = "When the audit runs (EventBridge Scheduler cron or rate expression)"
  type        = string
  default     = "cron(15 2 * * ? *)"
}

variable "schedule_timezone" {
  description = "Time zone of the schedule, e.g. Europe/Berlin"
  type        = string
  default     = "UTC"
}

variable "subnets" {
  description = "Subnets for the task (private, with a route to AWS APIs)"
  type        = list(string)
}

variable "security_group" {
  description = "Security group for the task (outbound HTTPS only)"
  type        = string
}

variable "audit_role_name" {
  description = "The role the audit-role module creates in every member account"
  type        = string
  default     = "irready-audit"
}

variable "trusted_principals" {
  description = "Principals that may assume responder roles: the security account id, SAML/OIDC provider ARNs"
  type        = list(string)
}

variable "regions" {
  description = "Regions audited in every account"
  type        = list(string)
  default     = ["us-east-1"]
}

variable "reports_prefix" {
  description = "Key prefix of the runs in the reports bucket"
  type        = string
  default     = "irready"
}

variable "report_retention_days" {
  description = "Days a run's reports and evidence are kept in the bucket"
  type        = number
  default     = 400
}

variable "object_lock" {
  description = "Create the bucket with S3 Object Lock (governance mode, for the retention period)"
  type        = bool
  default     = false
}

variable "log_retention_days" {
  description = "Days the task's log is kept"
  type        = number
  default     = 400
}

variable "workers" {
  description = "Worker tasks started beside the audit to collect the accounts (remote partitioning); 0 audits in one task"
  type        = number
  default     = 0
  validation {
    condition     = var.workers >= 0 && var.workers <= 10
    error_message = "workers is 0 to 10 (EventBridge Scheduler starts at most 10 tasks per schedule)."
  }
}

variable "job_repository_url" {
  description = "With workers, the PostgreSQL database they and the manager share, e.g. jdbc:postgresql://HOST:5432/irready"
  type        = string
  default     = ""
}

variable "job_repository_secret_arn" {
  description = "With workers, the Secrets Manager secret of that database's login (JSON keys username and password)"
  type        = string
  default     = ""
}

variable "run_folder_file_system_id" {
  description = "With workers, the EFS file system (reachable from the subnets) that holds the run folders they share"
  type        = string
  default     = ""
}
