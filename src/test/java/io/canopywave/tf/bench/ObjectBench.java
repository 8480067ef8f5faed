package io.canopywave.tf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plans and applies a workload at one object count with the real `tofu`, and times it. */
final class ObjectBench {

  private static final String[] PLAN = {"plan", "-input=false", "-no-color", "-lock=false"};
  private static final String[] APPLY = {
    "apply", "-auto-approve", "-input=false", "-no-color", "-lock=false"
  };
  private static final String[] INIT = {"init", "-input=false", "-no-color"};

  private final TofuCommand tofu;
  private final Path workDir;
  private final int repeats;

  ObjectBench(TofuCommand tofu, Path workDir, int repeats) {
    this.tofu = tofu;
    this.workDir = workDir;
    this.repeats = repeats;
  }

  /** Measures WORKLOAD with COUNT objects; REQUESTS counts its API calls, when it makes any. */
  ObjectFigures measure(ObjectWorkload workload, int count, Optional<ApiRequestLog> requests)
      throws IOException, InterruptedException {
    Path module = Files.createDirectories(workDir.resolve(workload.label() + "-" + count));
    Files.writeString(module.resolve("main.tf"), workload.module(count));
    requests.ifPresent(ApiRequestLog::reset);
    double peak = tofu.run(module, INIT).providerPeakRssMib();

    List<Double> createPlans = new ArrayList<>();
    for (int run = 0; run < repeats; run++) {
      TofuRun plan = tofu.run(module, PLAN);
      createPlans.add(plan.wallMillis());
      peak = Math.max(peak, plan.providerPeakRssMib());
    }
    TofuRun apply = tofu.run(module, APPLY);
    peak = Math.max(peak, apply.providerPeakRssMib());

    List<Double> refreshPlans = new ArrayList<>();
    long refreshRequests = requests.isPresent() ? 0 : -1;
    for (int run = 0; run < repeats; run++) {
      requests.ifPresent(ApiRequestLog::clear);
      TofuRun plan = tofu.run(module, PLAN);
      refreshPlans.add(plan.wallMillis());
      peak = Math.max(peak, plan.providerPeakRssMib());
      if (requests.isPresent()) {
        refreshRequests = Math.max(refreshRequests, requests.get().count());
      }
    }
    return new ObjectFigures(
        workload.label(),
        count,
        Summary.of(createPlans),
        apply.wallMillis(),
        Summary.of(refreshPlans),
        peak,
        refreshRequests);
  }
}
