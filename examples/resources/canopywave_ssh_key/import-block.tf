import {
  to = canopywave_ssh_key.laptop
  id = "bob@example.com/sequoia/alice-laptop"
}

resource "canopywave_ssh_key" "laptop" {
  # public_key is typically file("~/.ssh/id_ed25519.pub"); its comment does not count.
  name       = "alice-laptop"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe alice@example.com"
}
