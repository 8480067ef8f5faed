# A 100 GB SSD volume. Without `project` and `region` it takes the provider's defaults.
resource "canopywave_volume" "data" {
  name = "training-data"
  size = 100
  type = "ssd"

  timeouts {
    create = "5m"
    delete = "20m"
  }
}

# A volume in an explicit project and region, with the default type (`hdd`).
resource "canopywave_volume" "scratch" {
  name    = "scratch"
  size    = 500
  project = "bob@example.com"
  region  = "sequoia"
}
