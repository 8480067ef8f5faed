variable "ssh_password" {
  type      = string
  sensitive = true
}

# A GPU server. The password is write-only (OpenTofu or Terraform 1.11+): it is sent at
# launch and never stored in the state. Bump password_wo_version to replace the instance
# with one that uses a new password.
resource "canopywave_instance" "trainer" {
  name                = "trainer-1"
  flavor              = "H100-4"
  image               = "GPU-Ubuntu.22.04"
  keypair             = "admin" # an existing SSH key of the same project and region
  is_monitoring       = true
  password_wo         = var.ssh_password
  password_wo_version = 1

  # Changing any value restarts the instance in place.
  restart_triggers = {
    driver = "550.54"
  }

  timeouts {
    create = "45m"
  }
}

output "trainer_ip" {
  value = canopywave_instance.trainer.public_ip
}
