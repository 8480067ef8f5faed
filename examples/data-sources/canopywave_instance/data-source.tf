# An instance created elsewhere (one named trainer-1 must exist, or the read fails naming
# what it searched), looked up by its unique name in the provider's project and region (set
# `id` instead to look it up by id).
data "canopywave_instance" "trainer" {
  name = "trainer-1"
}

output "trainer" {
  value = {
    id         = data.canopywave_instance.trainer.id
    status     = data.canopywave_instance.trainer.status
    flavor     = data.canopywave_instance.trainer.flavor
    public_ip  = data.canopywave_instance.trainer.public_ip
    private_ip = one(data.canopywave_instance.trainer.private_ips)
  }
}
