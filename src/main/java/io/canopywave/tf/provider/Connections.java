package io.canopywave.tf.provider;

import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.ClientSettings;
import io.canopywave.tf.api.UserAgent;
import io.canopywave.tf.cancel.Cancellation;
import io.canopywave.tf.plugin.log.Log;
import io.canopywave.tf.resource.common.Connection;
import io.canopywave.tf.resource.common.ConnectionSource;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Owns the provider's API client: built on first use after configure (schema and validate
 * processes never build one), shared by every operation so they share one rate limiter and one
 * list cache, and replaced after StopProvider so that later operations start uncancelled.
 */
final class Connections implements ConnectionSource {
  private final Supplier<Configuration> configuration;
  private final String providerVersion;
  private Connection current;
  private Cancellation cancellation = new Cancellation();
  private ProviderConfig builtFor;

  Connections(Supplier<Configuration> configuration, String providerVersion) {
    this.configuration = configuration;
    this.providerVersion = providerVersion;
  }

  @Override
  public Connection get() {
    return switch (configuration.get()) {
      case Configuration.Ready ready -> connectionFor(ready.config());
      case Configuration.NotReady notReady ->
          throw new ProviderNotConfiguredException(notReady.reason());
    };
  }

  @Override
  public Optional<Connection> ifReady() {
    return configuration.get() instanceof Configuration.Ready ready
        ? Optional.of(connectionFor(ready.config()))
        : Optional.empty();
  }

  private synchronized Connection connectionFor(ProviderConfig config) {
    if (current == null || !config.equals(builtFor) || cancellation.isCancelled()) {
      if (cancellation.isCancelled()) {
        cancellation = new Cancellation();
      }
      CanopyWaveClient client = new CanopyWaveClient(ClientSettings.builder()
          .baseUrl(config.apiUrl().toString())
          .apiKey(config.apiKey())
          .userAgent(UserAgent.productFor(providerVersion))
          .requestsPerSecond(config.requestsPerSecond())
          .maxRetries(config.maxRetries())
          .cancellation(cancellation)
          .log(new HclogApiLog(Log.module("api")))
          .build());
      if (config.clientVersion() != null && !config.clientVersion().isBlank()) {
        // Limitation: tofu and terraform both send only a version number, so the User-Agent
        // cannot tell which of the two is calling; it names them together.
        client.setTerraformClient("OpenTofu-or-Terraform", config.clientVersion());
      }
      current = new Connection(client, config.project(), config.region());
      builtFor = config;
    }
    return current;
  }

  /** StopProvider: ends the waits and calls in flight; the next operation gets a new client. */
  synchronized void stop() {
    cancellation.cancel();
  }

  /** The session is over: cancels what is left and lets go of the HTTP stack's sockets. */
  synchronized void close() {
    cancellation.cancel();
    if (current != null) {
      current.client().close();
      current = null;
      builtFor = null;
    }
  }
}
