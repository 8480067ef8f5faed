package io.canopywave.tf.bench;

/** The simulator's count of API requests (control calls excluded), for requests per refresh. */
interface ApiRequestLog {

  /** Forgets the requests so far. */
  void clear();

  /** API requests answered (or dropped) since the last {@link #clear()}. */
  long count();

  /** Removes every object, so the next size starts from an empty cloud. */
  void reset();
}
