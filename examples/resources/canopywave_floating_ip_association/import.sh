# An association is imported by <project>/<region>/<floating_ip_id>:
tofu import canopywave_floating_ip_association.imported 'bob@example.com/sequoia/5bb56a56-372f-41ff-b746-52460f03e99d'

# or by the floating IP's id alone when the provider block sets project and region:
tofu import canopywave_floating_ip_association.imported '5bb56a56-372f-41ff-b746-52460f03e99d'
