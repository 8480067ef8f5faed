package io.canopywave.tf.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An in-process stand-in for the Canopy Wave API on 127.0.0.1, with a control API for tests:
 * {@code try (var sim = Simulator.start(SimulatorOptions.defaults())) { ... sim.baseUrl() }}.
 * It listens on loopback only and holds all state in memory.
 */
public final class Simulator implements AutoCloseable {
  private static final byte[] LOOPBACK = {127, 0, 0, 1};

  private final HttpServer server;
  private final ExecutorService executor;
  private final SimulatorOptions options;

  private Simulator(HttpServer server, ExecutorService executor, SimulatorOptions options) {
    this.server = server;
    this.executor = executor;
    this.options = options;
  }

  /** Starts listening; the port in the options, or a free one when it is 0. */
  public static Simulator start(SimulatorOptions options) {
    // Limitation: the first start in a JVM takes 100 to 250 ms, most of it the JDK loading its
    // HTTP server and NIO classes; later starts in the same JVM take a few milliseconds.
    var store = new Store(InstantSource.system(), options.config());
    var faults = new Faults();
    var log = new RequestLog(options.requestLogCapacity());
    var rate = new RateWindow();
    var api = new Router();
    new CatalogEndpoints(store).register(api);
    new InstanceEndpoints(store).register(api);
    new SshKeyEndpoints(store).register(api);
    new StorageEndpoints(store).register(api);
    new IpEndpoints(store).register(api);
    var control = new ControlEndpoints(store, faults, log, rate, options.config()).router();
    var front = new HttpFront(store, api, control, faults, log, rate, options.apiKey());
    ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    try {
      var address = new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), options.port());
      HttpServer server = HttpServer.create(address, 128);
      server.createContext("/", front);
      server.setExecutor(executor);
      server.start();
      return new Simulator(server, executor, options);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + options.port(), e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:PORT/api/v1}, the provider's {@code endpoint}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + "/api/v1";
  }

  /** {@code http://127.0.0.1:PORT/_simulator}, the root of the control API. */
  public String controlUrl() {
    return "http://127.0.0.1:" + port() + "/_simulator";
  }

  public String apiKey() {
    return options.apiKey();
  }

  /** The projects the API key may use, as {@code GET /projects} lists them. */
  public List<String> projects() {
    return Catalog.PROJECTS;
  }

  /** The regions objects can be made in. */
  public List<String> regions() {
    return Catalog.REGIONS;
  }

  /** A client for this simulator's control API. */
  public SimulatorControl control() {
    return new SimulatorControl(controlUrl());
  }

  /** Stops listening at once; requests in flight are cut off. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
