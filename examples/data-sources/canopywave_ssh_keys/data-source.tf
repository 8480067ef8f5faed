# The SSH keys of the provider's project and region, by name.
data "canopywave_ssh_keys" "all" {}

output "fingerprints" {
  value = { for k in data.canopywave_ssh_keys.all.ssh_keys : k.name => k.fingerprint }
}
