package io.canopywave.tf.bench;

/**
 * The peer's objects: `time_static`, which keeps a timestamp in state and calls no API, so its
 * figures are the Go plugin machinery and OpenTofu itself.
 */
record PeerObjects() implements ObjectWorkload {

  static final String SOURCE = "hashicorp/time";

  @Override
  public String label() {
    return "peer";
  }

  @Override
  public String module(int count) {
    return """
        terraform {
          required_providers {
            time = { source = "%s" }
          }
        }

        resource "time_static" "item" {
          count = %d
        }
        """
        .formatted(SOURCE, count);
  }
}
