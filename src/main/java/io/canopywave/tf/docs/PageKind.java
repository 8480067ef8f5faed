package io.canopywave.tf.docs;

/** The two kinds of type page the registry shows, and where their files live. */
enum PageKind {
  RESOURCE("resources", "Resource", "resource.tf"),
  DATA_SOURCE("data-sources", "Data Source", "data-source.tf");

  /** The folder name under {@code docs/}, {@code examples/} and {@code templates/}. */
  final String folder;

  /** The word the registry puts after the type name in page titles. */
  final String label;

  /** The example file under {@code examples/<folder>/<type>/} that the page shows. */
  final String exampleFile;

  PageKind(String folder, String label, String exampleFile) {
    this.folder = folder;
    this.label = label;
    this.exampleFile = exampleFile;
  }
}
