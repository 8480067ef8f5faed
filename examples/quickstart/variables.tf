variable "project" {
  description = "The Canopy Wave project (an e-mail-like name) the workspace lives in."
  type        = string
  default     = "alice@example.com"
}

variable "region" {
  description = "The region (data center) of every object of the workspace."
  type        = string
  default     = "sequoia"
}

variable "name" {
  description = "Prefix of every object's name; unique per project and region."
  type        = string
  default     = "quickstart"
}

variable "gpu_model" {
  description = "The GPU model the instance needs, such as H100 or H200."
  type        = string
  default     = "H100"
}

variable "min_gpu_count" {
  description = "How many GPUs the instance needs at least; the smallest such type is used."
  type        = number
  default     = 4
}

variable "image" {
  description = "The operating system image; it must be one the chosen type can boot."
  type        = string
  default     = "GPU-Ubuntu.22.04"
}

variable "ssh_public_key" {
  description = "An OpenSSH public key to log in with; null lets Canopy Wave generate a pair."
  type        = string
  default     = null
}

variable "ssh_user" {
  description = "The login user of the image, for the ssh command in the outputs."
  type        = string
  default     = "ubuntu"
}

variable "instance_password" {
  description = <<-EOT
    Password of the image's default login. The default only suits the simulator: set your
    own, for example with TF_VAR_instance_password, for a real cloud.
  EOT
  type        = string
  sensitive   = true
  default     = "simulator-only-password"
}

variable "volume_size_gb" {
  description = "Size of the data volume in GB."
  type        = number
  default     = 500
}

variable "file_system_size_gb" {
  description = "Size of the shared file system in GB."
  type        = number
  default     = 1000
}
