# A volume is imported by <project>/<region>/<id>, or by its bare id when the provider block
# sets both `project` and `region`.
tofu import canopywave_volume.data 'bob@example.com/sequoia/c585949f-f88e-4515-b60e-6e6a6ff0da89'
