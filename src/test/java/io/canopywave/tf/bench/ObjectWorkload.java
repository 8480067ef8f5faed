package io.canopywave.tf.bench;

/**
 * A module with COUNT objects of one resource type, for one provider: the object-count part of
 * the benchmark plans and applies it for ours and for the peer with equal counts.
 */
sealed interface ObjectWorkload permits PeerObjects, SshKeyObjects {

  /** Short name for the table and the JSON: "ours" or "peer". */
  String label();

  /** The text of main.tf declaring COUNT objects. */
  String module(int count);
}
