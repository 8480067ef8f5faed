package io.canopywave.tf.bench;

import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.simulator.Simulator;
import io.canopywave.tf.simulator.SimulatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The benchmark driver behind scripts/bench: launches our provider and the Go peer side by side,
 * then plans and applies equal object counts with the real `tofu`, and reports both. It is a
 * measurement, not a test: it fails only when something cannot be measured at all.
 */
public final class BenchMain {

  /**
   * The client-side rate limit our provider gets in the object runs. Its default (10 a second)
   * would make a 500-object apply a test of the limiter; this keeps the API from dominating
   * while still bounding the burst a plan can send.
   */
  static final int REQUESTS_PER_SECOND = 100;

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
      return;
    }
    BenchReport report = run(options);
    report.print(System.out);
    if (options.jsonOutput().isPresent()) {
      report.writeJson(options.jsonOutput().get());
      System.err.println("==> wrote " + options.jsonOutput().get());
    }
    // The gRPC client's threads would otherwise keep the driver alive for a while.
    System.exit(0);
  }

  static BenchReport run(BenchOptions options) throws IOException, InterruptedException {
    Files.createDirectories(options.workDir());
    double loadBefore = MachineLoad.oneMinute();
    progress("launching each provider %d times (after %d warm-up launches)",
        options.launches(), options.warmups());
    // The script gives the launches a runtime directory of their own, where our spares live.
    var spares =
        new SpareProcesses(Optional.ofNullable(System.getenv("XDG_RUNTIME_DIR")).map(Path::of));
    var probe = new LaunchProbe();
    for (int round = 0; round < options.warmups(); round++) {
      probe.launch(options.launcher());
      probe.launch(options.peer());
    }
    List<LaunchSample> ours = new ArrayList<>();
    List<LaunchSample> peer = new ArrayList<>();
    // Interleaved, so that a noisy moment on the machine hits both providers alike.
    for (int round = 0; round < options.launches(); round++) {
      ours.add(probe.launch(options.launcher()));
      peer.add(probe.launch(options.peer()));
    }
    LaunchFigures oursFigures = LaunchFigures.of("ours", ours);
    LaunchFigures peerFigures = LaunchFigures.of("peer", peer);

    var objects = new ArrayList<ObjectFigures>();
    if (options.launchesOnly()) {
      return new BenchReport(oursFigures, peerFigures, options.objectCounts(), objects,
          Optional.of("not run (--launches-only)"), options.quick(), loadBefore,
          MachineLoad.oneMinute());
    }
    // Our spares count as our provider processes, and only as ours.
    var peerBench =
        new ObjectBench(
            new TofuCommand(options.tofu(), options.cliConfig(), SpareProcesses.NONE),
            options.workDir(),
            options.repeats());
    var bench =
        new ObjectBench(
            new TofuCommand(options.tofu(), options.cliConfig(), spares),
            options.workDir(),
            options.repeats());
    for (int count : options.objectCounts()) {
      progress("peer: plan and apply %d objects", count);
      objects.add(peerBench.measure(new PeerObjects(), count, Optional.empty()));
    }
    Optional<String> skipped = oursObjectsUnavailable(ours.getLast());
    if (skipped.isEmpty()) {
      try (var simulator = Simulator.start(SimulatorOptions.defaults())) {
        var workload =
            new SshKeyObjects(simulator.baseUrl(), simulator.apiKey(), REQUESTS_PER_SECOND);
        var requests = new SimulatorRequestLog(simulator.control());
        for (int count : options.objectCounts()) {
          progress("ours: plan and apply %d objects", count);
          objects.add(bench.measure(workload, count, Optional.of(requests)));
        }
      }
    }
    return new BenchReport(oursFigures, peerFigures, options.objectCounts(), objects, skipped,
        options.quick(), loadBefore, MachineLoad.oneMinute());
  }

  /** Why our object-count figures cannot be taken yet, if they cannot. */
  private static Optional<String> oursObjectsUnavailable(LaunchSample launch) throws IOException {
    Set<String> types =
        Tfplugin6.GetProviderSchema.Response.parseFrom(launch.schema())
            .getResourceSchemasMap()
            .keySet();
    if (!types.contains(SshKeyObjects.RESOURCE_TYPE)) {
      return Optional.of(
          "the provider has no "
              + SshKeyObjects.RESOURCE_TYPE
              + " resource yet (its schema lists: "
              + (types.isEmpty() ? "no resources" : String.join(", ", types))
              + ")");
    }
    return Optional.empty();
  }

  static void progress(String format, Object... args) {
    System.err.println("==> " + format.formatted(args));
  }
}
