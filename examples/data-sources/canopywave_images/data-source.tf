# Every image, and the images an 8x H100 instance can boot.
data "canopywave_images" "all" {}

data "canopywave_images" "for_h100" {
  flavor = "H100-8"
}

output "gpu_images" {
  value = data.canopywave_images.for_h100.names
}
