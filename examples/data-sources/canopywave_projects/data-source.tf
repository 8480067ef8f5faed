# The projects the API key may use.
data "canopywave_projects" "mine" {}

output "project_names" {
  value = data.canopywave_projects.mine.names
}
