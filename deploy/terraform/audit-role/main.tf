# The irready audit role in one member account (apply it with a provider for each account, or use
# deploy/cloudformation/irready-audit-role-stackset.yml as a service-managed StackSet). It trusts only the
# auditing account's task role and carries the shipped read-only policy.

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

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [var.auditing_task_role_arn]
    }
  }
}

resource "aws_iam_role" "audit" {
  name                 = var.audit_role_name
  description          = "Read-only incident-response readiness audit by irready"
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "audit" {
  name   = "irready-audit"
  role   = aws_iam_role.audit.id
  policy = file("${path.module}/../../iam/irready-audit-policy.json")
}

output "audit_role_arn" {
  value = aws_iam_role.audit.arn
}
