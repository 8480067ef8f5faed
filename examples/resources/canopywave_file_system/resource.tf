# A 1 TB shared file system. Without `project` and `region` it takes the provider's defaults.
resource "canopywave_file_system" "shared" {
  name = "shared-datasets"
  size = 1000

  timeouts {
    create = "10m"
  }
}
