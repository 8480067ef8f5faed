variable "web_id" {
  type = string
}

data "canopywave_instance" "by_name" {
  name = "web"
}

data "canopywave_instance" "by_id" {
  id = var.web_id
}

data "canopywave_instances" "provider_region" {}

data "canopywave_instances" "running" {
  running_only = true
}

data "canopywave_instances" "everywhere" {
  all_regions = true
}

data "canopywave_instances" "empty_region" {
  project = "alice@example.com"
}

output "by_name" {
  value = data.canopywave_instance.by_name
}

output "by_id_name" {
  value = data.canopywave_instance.by_id.name
}

output "provider_region" {
  value = data.canopywave_instances.provider_region.instances
}

output "running_names" {
  value = data.canopywave_instances.running.instances[*].name
}

output "everywhere" {
  value = { for i in data.canopywave_instances.everywhere.instances : i.name => i.region }
}

output "empty_region" {
  value = data.canopywave_instances.empty_region.instances
}
