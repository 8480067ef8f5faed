# A GPU workspace: an SSH key, one GPU instance of the smallest type that has enough GPUs of
# the wanted model, a data volume, a shared file system, and a floating IP on the instance.
#
# The API key and, for the simulator, the API URL come from the environment:
#   CANOPYWAVE_API_KEY=...  CANOPYWAVE_API_URL=http://127.0.0.1:8787/api/v1  tofu apply

terraform {
  required_providers {
    canopywave = {
      source  = "canopywave/canopywave"
      version = "~> 0.1"
    }
  }
}

provider "canopywave" {
  project = var.project
  region  = var.region
}

data "canopywave_instance_types" "gpu" {
  gpu_model     = var.gpu_model
  min_gpu_count = var.min_gpu_count
}

locals {
  candidates  = data.canopywave_instance_types.gpu.instance_types
  fewest_gpus = length(local.candidates) > 0 ? min(local.candidates[*].gpu_count...) : null
  # The smallest fit: the first type, in the API's order, with the fewest GPUs that suffice.
  instance_type = (local.fewest_gpus == null ? null
  : [for t in local.candidates : t if t.gpu_count == local.fewest_gpus][0])
}

resource "canopywave_ssh_key" "workspace" {
  name = "${var.name}-key"
  # Null makes Canopy Wave generate a pair; its private key is then the output
  # ssh_private_key (kept in the state, so prefer a public key of your own).
  public_key = var.ssh_public_key
}

resource "canopywave_instance" "gpu" {
  name    = "${var.name}-gpu"
  flavor  = local.instance_type.flavor
  image   = var.image
  keypair = canopywave_ssh_key.workspace.name

  # Write-only: sent at launch, never stored in the state. Bump the version to change it.
  password_wo         = var.instance_password
  password_wo_version = 1

  lifecycle {
    precondition {
      condition     = local.instance_type != null
      error_message = "No instance type has ${var.min_gpu_count} or more ${var.gpu_model} GPUs."
    }
  }
}

resource "canopywave_volume" "data" {
  name = "${var.name}-data"
  size = var.volume_size_gb
  type = "ssd"
}

resource "canopywave_file_system" "shared" {
  name = "${var.name}-shared"
  size = var.file_system_size_gb
}

resource "canopywave_floating_ip" "gpu" {
  instance_id = canopywave_instance.gpu.id
}
