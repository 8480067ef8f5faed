variable "web_instance_id" {
  description = "The instance that serves the address, e.g. canopywave_instance.web.id."
  type        = string
}

# A public address for an instance. Changing instance_id moves the address in place.
resource "canopywave_floating_ip" "web" {
  instance_id = var.web_instance_id

  timeouts {
    create = "5m"
    delete = "10m"
  }
}

# An address allocated but not associated with anything (yet).
resource "canopywave_floating_ip" "spare" {}

output "web_address" {
  value = canopywave_floating_ip.web.address
}
