# A floating IP is imported by <project>/<region>/<id>:
tofu import canopywave_floating_ip.imported 'bob@example.com/sequoia/5bb56a56-372f-41ff-b746-52460f03e99d'

# or by its id alone when the provider block sets project and region:
tofu import canopywave_floating_ip.imported '5bb56a56-372f-41ff-b746-52460f03e99d'
