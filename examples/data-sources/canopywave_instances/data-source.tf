# The active instances of one region, and every instance of the project in any region.
data "canopywave_instances" "running" {
  region       = "sequoia"
  running_only = true
}

data "canopywave_instances" "everywhere" {
  all_regions = true
}

output "running_names" {
  value = data.canopywave_instances.running.instances[*].name
}

output "instances_by_region" {
  value = { for i in data.canopywave_instances.everywhere.instances : i.name => i.region }
}
