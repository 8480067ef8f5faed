# An instance is imported by <project>/<region>/<id>, or by its bare id when the provider
# block sets project and region.
tofu import canopywave_instance.trainer 'alice@example.com/sequoia/9bc56d2b-411b-47c3-b93a-691c3931009c'
