import {
  to = canopywave_floating_ip_association.imported
  id = "bob@example.com/sequoia/5bb56a56-372f-41ff-b746-52460f03e99d"
}

resource "canopywave_floating_ip_association" "imported" {
  floating_ip_id = "5bb56a56-372f-41ff-b746-52460f03e99d"
  instance_id    = "9bc56d2b-411b-47c3-b93a-691c3931009c"
}
