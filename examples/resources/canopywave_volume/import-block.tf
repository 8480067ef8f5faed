import {
  to = canopywave_volume.data
  id = "bob@example.com/sequoia/c585949f-f88e-4515-b60e-6e6a6ff0da89"
}

resource "canopywave_volume" "data" {
  name = "training-data"
  size = 100
  type = "ssd"
}
