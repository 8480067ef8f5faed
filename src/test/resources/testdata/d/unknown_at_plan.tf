variable "password" {
  type      = string
  sensitive = true
}

resource "canopywave_ssh_key" "admin" {
  name       = "admin"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe"
}

resource "canopywave_instance" "web" {
  name     = "web"
  flavor   = "m1.advanced"
  image    = "CPU-Ubuntu.22.04"
  keypair  = canopywave_ssh_key.admin.name
  password = var.password
}

# Its id is unknown until the instance exists, so it is read during apply.
data "canopywave_instance" "web" {
  id = canopywave_instance.web.id
}

# Depends on a key created in the same apply, so it is read during apply, after the key.
data "canopywave_ssh_keys" "after_key" {
  depends_on = [canopywave_ssh_key.admin]
}

output "web" {
  value = {
    id       = data.canopywave_instance.web.id
    name     = data.canopywave_instance.web.name
    status   = data.canopywave_instance.web.status
    flavor   = data.canopywave_instance.web.flavor
    key_name = data.canopywave_instance.web.key_name
  }
}

output "key_names" {
  value = data.canopywave_ssh_keys.after_key.ssh_keys[*].name
}
