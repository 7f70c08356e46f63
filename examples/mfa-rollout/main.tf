terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

# IAM lives in the workload account…
provider "aws" {
  region  = "eu-west-1"
  profile = "workload"
}

# …SCPs in the organization's management account.
provider "aws" {
  alias   = "management"
  region  = "us-east-1"
  profile = "management"
}

variable "workload_users" {
  description = "IAM users of the workload account that must sign in with MFA"
  type        = set(string)
  default     = ["alice", "batch-reports", "bob"]
}

variable "workloads_ou_id" {
  description = "The Workloads OU"
  type        = string
  default     = "ou-a1b2-workload"
}
