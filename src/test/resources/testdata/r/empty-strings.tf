# F10: every optional string set to "" (null and empty must never be confused): each is
# refused before anything is created, with a diagnostic on its own attribute.

resource "canopywave_ssh_key" "key" {
  name       = "f10-empty"
  public_key = ""
  project    = ""
}

resource "canopywave_volume" "volume" {
  name   = "f10-empty"
  size   = 10
  type   = ""
  region = ""
}

resource "canopywave_instance" "instance" {
  name     = "f10-empty"
  flavor   = "m1.advanced"
  image    = "CPU-Ubuntu.22.04"
  keypair  = ""
  password = ""
}

resource "canopywave_floating_ip" "ip" {
  instance_id = ""
}
