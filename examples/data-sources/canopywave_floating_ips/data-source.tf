# The public IP addresses of the provider's project and region that no instance holds.
data "canopywave_floating_ips" "all" {}

output "free_addresses" {
  value = [for ip in data.canopywave_floating_ips.all.floating_ips : ip.address
  if ip.server == null]
}
