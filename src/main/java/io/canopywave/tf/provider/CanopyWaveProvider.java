package io.canopywave.tf.provider;

import io.canopywave.tf.datasource.account.BillingDataSource;
import io.canopywave.tf.datasource.account.ProjectsDataSource;
import io.canopywave.tf.datasource.catalog.ImagesDataSource;
import io.canopywave.tf.datasource.catalog.InstanceTypesDataSource;
import io.canopywave.tf.datasource.common.ListDataSource;
import io.canopywave.tf.datasource.filesystem.FileSystemsDataSource;
import io.canopywave.tf.datasource.floatingip.FloatingIpsDataSource;
import io.canopywave.tf.datasource.instance.InstanceDataSource;
import io.canopywave.tf.datasource.instance.InstancesDataSource;
import io.canopywave.tf.datasource.sshkey.SshKeysDataSource;
import io.canopywave.tf.datasource.volume.VolumesDataSource;
import io.canopywave.tf.resource.common.ConnectionSource;
import io.canopywave.tf.resource.filesystem.FileSystemResource;
import io.canopywave.tf.resource.floatingip.FloatingIpAssociationResource;
import io.canopywave.tf.resource.floatingip.FloatingIpResource;
import io.canopywave.tf.resource.instance.InstanceResource;
import io.canopywave.tf.resource.sshkey.SshKeyResource;
import io.canopywave.tf.resource.volume.VolumeResource;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostics;
import io.canopywave.tf.schema.Schema;
import io.canopywave.tf.spi.DataSource;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.spi.Provider;
import io.canopywave.tf.spi.Resource;
import io.canopywave.tf.value.CtyValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The Canopy Wave provider: its settings, and the explicit list of what it manages.
 *
 * <p>Validation and schema-only processes never configure, so they work without credentials.
 * Settings still unknown during plan never fail configure; a missing API key fails it only when
 * the whole provider block is known. Operations that call the API ask {@link #config()}, which
 * fails then with a diagnostic that says what to set.
 */
public final class CanopyWaveProvider implements Provider {
  private final Schema schema = ProviderSchema.schema();
  private final ConfigResolver resolver;
  private final List<Resource> resources;
  private final List<DataSource> dataSources;
  private volatile Configuration configuration = Configuration.UNCONFIGURED;
  private final Connections connections =
      new Connections(() -> configuration, ProviderVersion.VALUE);

  private final boolean checkOnConfigure;

  /**
   * Reads settings from the process environment, and checks the API key against the API at
   * configure time.
   */
  public CanopyWaveProvider() {
    this(System.getenv(), true);
  }

  /** Reads settings from {@code environment}; makes no API call at configure, for tests. */
  public CanopyWaveProvider(Map<String, String> environment) {
    this(environment, false);
  }

  /**
   * @param checkOnConfigure whether configure calls the API once to check the key and project
   */
  public CanopyWaveProvider(Map<String, String> environment, boolean checkOnConfigure) {
    this.checkOnConfigure = checkOnConfigure;
    this.resolver = new ConfigResolver(environment);
    this.resources = List.copyOf(buildResources());
    this.dataSources = List.copyOf(buildDataSources());
  }

  /** Every managed resource type the provider offers. Add new types here. */
  private List<Resource> buildResources() {
    return List.of(
        new InstanceResource(connections()),
        new VolumeResource(connections()),
        new FileSystemResource(connections()),
        new SshKeyResource(connections()),
        new FloatingIpResource(connections()),
        new FloatingIpAssociationResource(connections()));
  }

  /** Every data source type the provider offers. Add new types here. */
  private List<DataSource> buildDataSources() {
    return List.of(
        new ListDataSource<>(ProjectsDataSource.spec(), connections),
        new ListDataSource<>(ImagesDataSource.spec(), connections),
        new ListDataSource<>(InstanceTypesDataSource.spec(), connections),
        new InstanceDataSource(connections),
        new ListDataSource<>(InstancesDataSource.spec(), connections),
        new ListDataSource<>(SshKeysDataSource.spec(), connections),
        new ListDataSource<>(VolumesDataSource.spec(), connections),
        new ListDataSource<>(FileSystemsDataSource.spec(), connections),
        new ListDataSource<>(FloatingIpsDataSource.spec(), connections),
        new ListDataSource<>(BillingDataSource.spec(), connections));
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<Resource> resources() {
    return resources;
  }

  @Override
  public List<DataSource> dataSources() {
    return dataSources;
  }

  @Override
  public void validateConfig(CtyValue config, Operation op) {
    if (!(config instanceof CtyValue.ObjectVal object)) {
      return;
    }
    Diagnostics diagnostics = op.diagnostics();
    check(object, ProviderSchema.API_URL, v -> ((CtyValue.Str) v).value(),
        SettingChecks::apiUrl, diagnostics);
    check(object, ProviderSchema.REQUESTS_PER_SECOND, CanopyWaveProvider::number,
        SettingChecks::requestsPerSecond, diagnostics);
    check(object, ProviderSchema.MAX_RETRIES, CanopyWaveProvider::number,
        SettingChecks::maxRetries, diagnostics);
  }

  private static <T> void check(CtyValue.ObjectVal config, String attribute,
      Function<CtyValue, T> read, Function<T, Optional<String>> rule, Diagnostics diagnostics) {
    CtyValue value = config.get(attribute);
    if (value.isNull() || !value.isKnown()) {
      return;
    }
    rule.apply(read.apply(value)).ifPresent(problem ->
        diagnostics.error(AttributePath.of(attribute), "Invalid " + attribute, problem));
  }

  private static BigDecimal number(CtyValue value) {
    return ((CtyValue.Num) value).value();
  }

  @Override
  public void configure(CtyValue config, String clientVersion, Operation op) {
    configuration = resolver.resolve(config, clientVersion, op.diagnostics());
    if (configuration instanceof Configuration.Ready ready && checkOnConfigure) {
      ConfigureCheck.run(connections.get(), ready.config().apiUrl(), op.diagnostics());
    } else if (configuration instanceof Configuration.NotReady notReady
        && config.isWhollyKnown() && !op.diagnostics().hasErrors()) {
      op.diagnostics().add(notReady.reason());
    }
  }

  /** How resources and data sources reach the API. */
  public ConnectionSource connections() {
    return connections;
  }

  /**
   * The settings for calling the API.
   *
   * @throws ProviderNotConfiguredException when the API key is missing, a setting is invalid or
   *     still unknown, or the provider was never configured
   */
  public ProviderConfig config() {
    return switch (configuration) {
      case Configuration.Ready ready -> ready.config();
      case Configuration.NotReady notReady ->
          throw new ProviderNotConfiguredException(notReady.reason());
    };
  }

  @Override
  public void stop() {
    connections.stop();
  }

  /**
   * The session that used this provider is over: ends its calls and closes the API client's
   * connections, for a process that goes on to serve another session (a spare).
   */
  public void close() {
    connections.close();
  }
}
