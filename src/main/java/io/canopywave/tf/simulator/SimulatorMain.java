package io.canopywave.tf.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code scripts/simulator [--port N] [--api-key K] [--build-seconds S] [--linger-seconds S]}:
 * runs the simulator in the foreground until SIGTERM or Ctrl-C.
 */
public final class SimulatorMain {
  private SimulatorMain() {}

  public static void main(String[] args) throws InterruptedException {
    SimulatorOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("simulator: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    if (options == null) {
      System.err.println(usage());
      return;
    }
    var simulator = Simulator.start(options);
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      simulator.close();
      stopped.countDown();
    }, "simulator-shutdown"));
    describe(simulator, options, System.err);
    stopped.await();
  }

  /** The options the arguments ask for, or null when they ask for help. */
  static SimulatorOptions parse(String[] args) {
    var options = SimulatorOptions.defaults().withPort(SimulatorOptions.DEFAULT_PORT);
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("-h") || flag.equals("--help")) {
        return null;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      String value = args[++i];
      options = switch (flag) {
        case "--port" -> options.withPort(integer(flag, value));
        case "--api-key" -> options.withApiKey(value);
        case "--build-seconds" -> options.withBuildSeconds(decimal(flag, value));
        case "--linger-seconds" -> options.withLingerSeconds(decimal(flag, value));
        default -> throw new IllegalArgumentException("unknown option " + flag);
      };
    }
    return options;
  }

  static void describe(Simulator simulator, SimulatorOptions options, PrintStream out) {
    boolean defaultKey = options.apiKey().equals(SimulatorOptions.DEFAULT_API_KEY);
    out.println("Canopy Wave simulator listening (Ctrl-C to stop)");
    out.println("  endpoint: " + simulator.baseUrl());
    // A key the user chose may be one they use elsewhere: only the documented default is shown.
    out.println("  api key:  " + (defaultKey ? options.apiKey() : "the one given with --api-key"));
    out.println("  control:  " + simulator.controlUrl());
  }

  private static String usage() {
    return "usage: simulator [--port N (default 8787, 0 = any free port)] [--api-key K]"
        + " [--build-seconds S] [--linger-seconds S]";
  }

  private static int integer(String flag, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " takes a whole number, not " + value);
    }
  }

  private static double decimal(String flag, String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " takes a number of seconds, not " + value);
    }
  }
}
