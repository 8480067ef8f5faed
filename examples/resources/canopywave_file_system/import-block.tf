# Adopts an existing file system into canopywave_file_system.shared (see the example above).
import {
  to = canopywave_file_system.shared
  id = "bob@example.com/sequoia/5f0c2b1e-3a8d-4c47-9a56-2f7c1d9e8b40"
}
