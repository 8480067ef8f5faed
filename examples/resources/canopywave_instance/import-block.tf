# The API cannot report image and password: after the import they are taken from the
# configuration without replacing the instance.
import {
  to = canopywave_instance.trainer
  id = "alice@example.com/sequoia/9bc56d2b-411b-47c3-b93a-691c3931009c"
}
