# A file system is imported by <project>/<region>/<id>, or by its bare id when the provider
# block sets both `project` and `region`.
tofu import canopywave_file_system.shared 'bob@example.com/sequoia/5f0c2b1e-3a8d-4c47-9a56-2f7c1d9e8b40'
