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
