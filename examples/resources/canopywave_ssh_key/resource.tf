# Recommended: register a public key of your own; the private key never leaves your machine.
resource "canopywave_ssh_key" "laptop" {
  # public_key is typically file("~/.ssh/id_ed25519.pub"); its comment does not count.
  name       = "alice-laptop"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMy/6SeyjtenrEyUDS4b7LBMCphEOPQu1tcnWGE7keZe alice@example.com"
}

# Or let Canopy Wave generate the pair. The private key is then stored in the state
# (sensitive, but in plain text): protect the state, and prefer the form above in production.
resource "canopywave_ssh_key" "generated" {
  name = "ci-runner"
}

output "ci_runner_private_key" {
  value     = canopywave_ssh_key.generated.private_key
  sensitive = true
}
