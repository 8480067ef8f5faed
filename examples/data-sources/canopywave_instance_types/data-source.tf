# The instance types with at least four H100 GPUs, and their hourly prices by flavor code.
data "canopywave_instance_types" "h100" {
  gpu_model     = "H100"
  min_gpu_count = 4
}

output "h100_prices" {
  value = {
    for t in data.canopywave_instance_types.h100.instance_types : t.flavor => t.price_hour
  }
}
