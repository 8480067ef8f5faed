# The shared file systems of the provider's project and region.
data "canopywave_file_systems" "all" {}

output "file_system_sizes" {
  value = { for f in data.canopywave_file_systems.all.file_systems : f.name => f.size }
}
