# The volumes of another region, and the ids of those that are free.
data "canopywave_volumes" "redwood" {
  region = "redwood"
}

output "available_volume_ids" {
  value = [for v in data.canopywave_volumes.redwood.volumes : v.id if v.status == "available"]
}
