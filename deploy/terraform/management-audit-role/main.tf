# The irready audit role in the organization's management account, where service-managed StackSets never deploy
# (the twin of deploy/cloudformation/irready-audit-role.yml): the audit-role module applied with a provider for the
# management account. Organization trails, Identity Center and the organization's facts are read there.

terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40"
    }
  }
}

variable "auditing_task_role_arn" {
  description = "ARN of the irready task role in the auditing account (output task_role_arn of scheduled-task)"
  type        = string
}

variable "audit_role_name" {
  description = "Name of the role, as irready.scope.audit-role names it"
  type        = string
  default     = "irready-audit"
}

module "audit_role" {
  source                 = "../audit-role"
  auditing_task_role_arn = var.auditing_task_role_arn
  audit_role_name        = var.audit_role_name
}

output "audit_role_arn" {
  value = module.audit_role.audit_role_arn
}
