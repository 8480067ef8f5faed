locals {
  address = canopywave_floating_ip.gpu.address
  login   = "${var.ssh_user}@${local.address}"
  # With a generated pair, the private key has to be saved from the state first.
  login_with_generated_key = join(" && ", [
    "tofu output -raw ssh_private_key > ${var.name}.pem",
    "chmod 600 ${var.name}.pem",
    "ssh -i ${var.name}.pem ${local.login}",
  ])
}

output "public_ip" {
  description = "The instance's public address (the floating IP)."
  value       = local.address
}

output "ssh_command" {
  description = "How to log in to the instance."
  value       = var.ssh_public_key != null ? "ssh ${local.login}" : local.login_with_generated_key
}

output "instance_type" {
  description = "The flavor code and display name of the chosen instance type."
  value       = "${local.instance_type.flavor} (${local.instance_type.name})"
}

output "hourly_price" {
  description = "The chosen type's hourly price, as Canopy Wave states it."
  value       = local.instance_type.price_hour
}

output "ssh_private_key" {
  description = "The generated private key, when no ssh_public_key was given."
  value       = canopywave_ssh_key.workspace.private_key
  sensitive   = true
}
