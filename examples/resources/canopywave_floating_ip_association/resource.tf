variable "active_instance_id" {
  description = "The instance that currently serves the address."
  type        = string
}

# The address lives apart from its association: it stays allocated when the association is
# destroyed, and pointing it at another instance is an in-place move.
resource "canopywave_floating_ip" "service" {}

resource "canopywave_floating_ip_association" "service" {
  floating_ip_id = canopywave_floating_ip.service.id
  instance_id    = var.active_instance_id
}
