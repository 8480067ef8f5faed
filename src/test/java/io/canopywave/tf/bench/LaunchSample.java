package io.canopywave.tf.bench;

/**
 * One provider launch, each time measured from just before exec: the handshake line read, the
 * first GetProviderSchema answer received, and the process gone after Shutdown. The schema
 * answer is kept as raw bytes of the announced protocol version.
 */
record LaunchSample(
    double handshakeMillis,
    double schemaMillis,
    double exitMillis,
    double peakRssMib,
    int protocolVersion,
    byte[] schema) {}
