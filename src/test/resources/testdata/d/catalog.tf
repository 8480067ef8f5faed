data "canopywave_projects" "all" {}

data "canopywave_images" "all" {}

data "canopywave_images" "cpu" {
  flavor = "m1.advanced"
}

data "canopywave_images" "none" {
  flavor = "Z9-1"
}

data "canopywave_instance_types" "all" {}

data "canopywave_instance_types" "eight_gpus" {
  min_gpu_count = 8
}

data "canopywave_instance_types" "none" {
  gpu_model = "B999"
}

data "canopywave_billing" "provider_project" {}

output "projects" {
  value = data.canopywave_projects.all.names
}

output "images" {
  value = data.canopywave_images.all.names
}

output "cpu_images" {
  value = data.canopywave_images.cpu.names
}

output "no_images" {
  value = data.canopywave_images.none.names
}

output "h100_4" {
  value = one([for t in data.canopywave_instance_types.all.instance_types : t if t.flavor == "H100-4"])
}

output "cpu_type" {
  value = one([for t in data.canopywave_instance_types.all.instance_types : t if t.gpu_count == 0])
}

output "eight_gpu_flavors" {
  value = data.canopywave_instance_types.eight_gpus.instance_types[*].flavor
}

output "no_types" {
  value = data.canopywave_instance_types.none.instance_types
}

# The simulator stamps each answer with the time, so only the stable fields are outputs.
output "billing" {
  value = [for r in data.canopywave_billing.provider_project.records : {
    billing_num = r.billing_num
    period_from = r.period_from
    amount      = r.amount
    stamped     = r.timestamp != null
  }]
}

output "ids" {
  value = {
    projects = data.canopywave_projects.all.id
    images   = data.canopywave_images.cpu.id
    types    = data.canopywave_instance_types.none.id
    billing  = data.canopywave_billing.provider_project.id
  }
}
