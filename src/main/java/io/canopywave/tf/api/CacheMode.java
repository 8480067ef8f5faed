package io.canopywave.tf.api;

/** Whether a list read may share or reuse another reader's answer. */
public enum CacheMode {
  /** Join a list call in flight, or reuse an answer younger than the cache's window. */
  SHARED,
  /** Always ask the API (the answer still refreshes the cache for others). */
  FRESH
}
