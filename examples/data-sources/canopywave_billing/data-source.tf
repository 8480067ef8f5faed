# The billing records of a project. The endpoint is a work in progress at Canopy Wave: every
# field is text and may be null.
data "canopywave_billing" "alice" {
  project = "alice@example.com"
}

output "amounts" {
  value = data.canopywave_billing.alice.records[*].amount
}
