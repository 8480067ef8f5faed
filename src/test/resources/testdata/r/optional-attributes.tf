# F10: every optional attribute of every resource, omitted ("bare") and set ("full"); the
# empty map where a map is optional. Applied once, then planned: the plan must be empty.

resource "canopywave_ssh_key" "bare" {
  name = "f10-generated"
}

resource "canopywave_ssh_key" "full" {
  name       = "f10-given"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe f10"
  project    = "bob@example.com"
  region     = "sequoia"
}

resource "canopywave_volume" "bare" {
  name = "f10-volume-bare"
  size = 10
}

resource "canopywave_volume" "full" {
  name    = "f10-volume-full"
  size    = 20
  type    = "ssd"
  project = "bob@example.com"
  region  = "sequoia"

  timeouts {
    create = "5m"
    delete = "5m"
  }
}

resource "canopywave_file_system" "bare" {
  name = "f10-fs-bare"
  size = 100
}

resource "canopywave_file_system" "full" {
  name    = "f10-fs-full"
  size    = 200
  project = "bob@example.com"
  region  = "sequoia"
}

resource "canopywave_instance" "bare" {
  name     = "f10-instance-bare"
  flavor   = "m1.advanced"
  image    = "CPU-Ubuntu.22.04"
  password = "Bare-Passw0rd"
}

resource "canopywave_instance" "full" {
  name                = "f10-instance-full"
  flavor              = "m1.advanced"
  image               = "CPU-Ubuntu.22.04"
  keypair             = canopywave_ssh_key.bare.name
  is_monitoring       = true
  password_wo         = "Full-Passw0rd"
  password_wo_version = 1
  project             = "bob@example.com"
  region              = "sequoia"
  restart_triggers = {
    driver = "550.54"
  }

  timeouts {
    create = "10m"
    update = "10m"
    delete = "10m"
  }
}

resource "canopywave_instance" "empty_map" {
  name             = "f10-instance-empty-map"
  flavor           = "m1.advanced"
  image            = "CPU-Ubuntu.22.04"
  password         = "Empty-Passw0rd"
  is_monitoring    = false
  restart_triggers = {}
}

resource "canopywave_floating_ip" "bare" {
}

resource "canopywave_floating_ip" "full" {
  instance_id = canopywave_instance.bare.id
  project     = "bob@example.com"
  region      = "sequoia"
}

resource "canopywave_floating_ip" "for_association" {
}

resource "canopywave_floating_ip_association" "full" {
  floating_ip_id = canopywave_floating_ip.for_association.id
  instance_id    = canopywave_instance.full.id
  project        = "bob@example.com"
  region         = "sequoia"
}
