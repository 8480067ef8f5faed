data "canopywave_ssh_keys" "here" {}

data "canopywave_volumes" "here" {}

data "canopywave_file_systems" "here" {}

data "canopywave_floating_ips" "here" {}

# Nothing lives in the other project's redwood region: every list is empty.
data "canopywave_ssh_keys" "empty" {
  project = "alice@example.com"
  region  = "redwood"
}

data "canopywave_volumes" "empty" {
  project = "alice@example.com"
  region  = "redwood"
}

data "canopywave_file_systems" "empty" {
  project = "alice@example.com"
  region  = "redwood"
}

data "canopywave_floating_ips" "empty" {
  project = "alice@example.com"
  region  = "redwood"
}

output "ssh_keys" {
  value = data.canopywave_ssh_keys.here.ssh_keys
}

output "volumes" {
  value = data.canopywave_volumes.here.volumes
}

output "file_systems" {
  value = data.canopywave_file_systems.here.file_systems
}

output "floating_ips" {
  value = data.canopywave_floating_ips.here.floating_ips
}

output "empty_counts" {
  value = [
    length(data.canopywave_ssh_keys.empty.ssh_keys),
    length(data.canopywave_volumes.empty.volumes),
    length(data.canopywave_file_systems.empty.file_systems),
    length(data.canopywave_floating_ips.empty.floating_ips),
  ]
}

output "ids" {
  value = [data.canopywave_volumes.here.id, data.canopywave_floating_ips.empty.id]
}
