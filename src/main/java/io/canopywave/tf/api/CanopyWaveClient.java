package io.canopywave.tf.api;

/**
 * The Canopy Wave REST client of one configured provider. Creating it is cheap: the HTTP stack
 * is built on the first call. It is thread-safe; all its callers share one rate limiter and one
 * list cache. Endpoints are grouped by object kind.
 */
public final class CanopyWaveClient implements AutoCloseable {
  private final ClientSettings settings;
  private final UserAgent userAgent;
  private final Calls calls;
  private final ListCache listCache;
  private final AccountApi account;
  private final CatalogApi catalog;
  private final InstancesApi instances;
  private final SshKeysApi sshKeys;
  private final VolumesApi volumes;
  private final FileSystemsApi fileSystems;
  private final PublicIpsApi publicIps;

  public CanopyWaveClient(ClientSettings settings) {
    this.settings = settings;
    this.userAgent = new UserAgent(settings.userAgent());
    this.listCache = new ListCache(settings.listCacheTtl(), System::nanoTime);
    this.calls = new Calls(settings, userAgent, listCache);
    this.account = new AccountApi(calls);
    this.catalog = new CatalogApi(calls);
    this.instances = new InstancesApi(calls);
    this.sshKeys = new SshKeysApi(calls);
    this.volumes = new VolumesApi(calls);
    this.fileSystems = new FileSystemsApi(calls);
    this.publicIps = new PublicIpsApi(calls);
  }

  public ClientSettings settings() {
    return settings;
  }

  /**
   * Names the program that runs the provider in the User-Agent, once ConfigureProvider has told
   * it: {@code setTerraformClient("OpenTofu", "1.11.2")}.
   */
  public void setTerraformClient(String name, String version) {
    userAgent.setClient(name, version);
  }

  /** The User-Agent header the client sends now. */
  public String userAgent() {
    return userAgent.value();
  }

  public AccountApi account() {
    return account;
  }

  public CatalogApi catalog() {
    return catalog;
  }

  public InstancesApi instances() {
    return instances;
  }

  public SshKeysApi sshKeys() {
    return sshKeys;
  }

  public VolumesApi volumes() {
    return volumes;
  }

  public FileSystemsApi fileSystems() {
    return fileSystems;
  }

  public PublicIpsApi publicIps() {
    return publicIps;
  }

  /** The list cache; resources may invalidate it after changes made outside the client. */
  public ListCache listCache() {
    return listCache;
  }

  /** A waiter on real time that the client's cancellation ends. */
  public Waiter waiter() {
    return Waiter.of(settings.cancellation());
  }

  /** Releases connections and threads (if the HTTP stack was ever built). */
  @Override
  public void close() {
    calls.close();
  }
}
