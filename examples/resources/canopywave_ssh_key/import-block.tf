# Adopts an existing key into canopywave_ssh_key.laptop (see the example above).
import {
  to = canopywave_ssh_key.laptop
  id = "bob@example.com/sequoia/alice-laptop"
}
