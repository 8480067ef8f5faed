# Adopts an existing volume into canopywave_volume.data (see the example above).
import {
  to = canopywave_volume.data
  id = "bob@example.com/sequoia/c585949f-f88e-4515-b60e-6e6a6ff0da89"
}
