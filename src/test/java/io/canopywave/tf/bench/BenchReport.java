package io.canopywave.tf.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The benchmark's results: a table for people and one JSON object for tools. Ratios are ours
 * over the peer's, so lower is better and 1.0 means "as fast as the Go provider".
 *
 * @param objectsSkipped why our object-count figures are missing, when they are
 * @param loadBefore the machine's one-minute load average when the run began
 * @param loadAfter the same when it ended
 */
record BenchReport(
    LaunchFigures ours,
    LaunchFigures peer,
    List<Integer> objectCounts,
    List<ObjectFigures> objects,
    Optional<String> objectsSkipped,
    boolean quick,
    double loadBefore,
    double loadAfter) {

  private static final int SMALL = 0;
  private static final int MEDIUM = 1;
  private static final int LARGE = 2;

  void print(PrintStream out) {
    out.printf("%nMachine load (1 min average): %.1f at the start, %.1f at the end, on %d cores%n",
        loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
    out.printf(
        "%nPer launch: %d launches each; milliseconds from exec, p50 / p90 [min-max]%n",
        ours.schemaMillis().count());
    out.printf("  %-22s %-28s %-28s %s%n", "", "ours (protocol " + ours.protocolVersion() + ")",
        "peer (protocol " + peer.protocolVersion() + ")", "ratio p50");
    launchRow(out, "to handshake line", LaunchFigures::handshakeMillis);
    launchRow(out, "to schema answer", LaunchFigures::schemaMillis);
    launchRow(out, "to exit after Shutdown", LaunchFigures::exitMillis);
    launchRow(out, "peak RSS (MiB)", LaunchFigures::peakRssMib);

    out.printf("%nObjects (tofu wall ms, p50 [min-max]; RSS = largest provider process; ours at"
        + " most %d API requests/s)%n", BenchMain.REQUESTS_PER_SECOND);
    out.printf("  %5s %-5s %-22s %9s %-22s %9s %s%n",
        "count", "", "plan, empty state", "apply", "plan, applied state", "RSS MiB",
        "API requests per refresh");
    for (ObjectFigures row : objects) {
      out.printf("  %5d %-5s %-22s %9.0f %-22s %9.1f %s%n",
          row.count(), row.provider(), brief(row.createPlanMillis()), row.applyMillis(),
          brief(row.refreshPlanMillis()), row.peakRssMib(),
          row.refreshRequests() < 0 ? "-" : Long.toString(row.refreshRequests()));
    }
    for (int count : objectCounts) {
      ratio(count, ObjectFigures::refreshPlanMillis)
          .ifPresent(ratio -> out.printf("  ratio at %d: plan on applied state %.2fx, plan on "
              + "empty state %.2fx, apply %.2fx%n", count, ratio,
              ratio(count, ObjectFigures::createPlanMillis).orElseThrow(),
              applyRatio(count).orElseThrow()));
    }
    objectsSkipped.ifPresent(reason -> out.printf("  ours: NOT MEASURED: %s%n", reason));
    if (quick) {
      out.printf("  (--quick: counts %s stand for 10, 100, 500 in the JSON keys)%n",
          objectCounts);
    }
  }

  void writeJson(Path path) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("launch_ms_p50", ours.schemaMillis().p50());
    json.put("peer_launch_ms_p50", peer.schemaMillis().p50());
    json.put("launch_ratio", ours.schemaMillis().p50() / peer.schemaMillis().p50());
    json.put("rss_mb_max", oursPeakRssMib());
    json.put("plan_100_ratio", ratio(objectCounts.get(MEDIUM), ObjectFigures::refreshPlanMillis)
        .orElse(null));
    json.put("refresh_requests_500", figures("ours", objectCounts.get(LARGE))
        .map(ObjectFigures::refreshRequests).orElse(null));
    json.put("plan_10_ratio", ratio(objectCounts.get(SMALL), ObjectFigures::refreshPlanMillis)
        .orElse(null));
    json.put("quick", quick);
    json.put("load_average_start", loadBefore);
    json.put("load_average_end", loadAfter);
    json.put("object_counts", objectCounts);
    json.put("objects_measured", objectsSkipped.isEmpty());
    objectsSkipped.ifPresent(reason -> json.put("objects_skipped_reason", reason));
    json.put("launch", Map.of("ours", ours, "peer", peer));
    json.put("objects", objects);
    Files.createDirectories(path.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(path.toFile(), json);
  }

  /** The largest peak RSS of any of our provider processes, launches and tofu runs alike. */
  double oursPeakRssMib() {
    double peak = ours.peakRssMib().max();
    for (ObjectFigures row : objects) {
      if (row.provider().equals("ours")) {
        peak = Math.max(peak, row.peakRssMib());
      }
    }
    return peak;
  }

  private void launchRow(PrintStream out, String name, Function<LaunchFigures, Summary> phase) {
    Summary mine = phase.apply(ours);
    Summary theirs = phase.apply(peer);
    out.printf("  %-22s %-28s %-28s %.2fx%n", name, full(mine), full(theirs),
        mine.p50() / theirs.p50());
  }

  private Optional<Double> ratio(int count, Function<ObjectFigures, Summary> phase) {
    return both(count).map(pair -> phase.apply(pair.get(0)).p50() / phase.apply(pair.get(1)).p50());
  }

  private Optional<Double> applyRatio(int count) {
    return both(count).map(pair -> pair.get(0).applyMillis() / pair.get(1).applyMillis());
  }

  private Optional<List<ObjectFigures>> both(int count) {
    var mine = figures("ours", count);
    var theirs = figures("peer", count);
    if (mine.isEmpty() || theirs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(List.of(mine.get(), theirs.get()));
  }

  private Optional<ObjectFigures> figures(String provider, int count) {
    return objects.stream()
        .filter(row -> row.provider().equals(provider) && row.count() == count)
        .findFirst();
  }

  private static String full(Summary summary) {
    return "%.0f / %.0f [%.0f-%.0f]".formatted(
        summary.p50(), summary.p90(), summary.min(), summary.max());
  }

  private static String brief(Summary summary) {
    return "%.0f [%.0f-%.0f]".formatted(summary.p50(), summary.min(), summary.max());
  }
}
