# An ssh key is imported by <project>/<region>/<name>, or by its bare name when the provider
# block sets both `project` and `region`. An imported key has no `private_key`.
tofu import canopywave_ssh_key.laptop 'bob@example.com/sequoia/alice-laptop'
