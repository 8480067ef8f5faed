package io.canopywave.tf.plugin.log;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The process-wide list of secret values (API keys, passwords, private keys) that no log line may
 * contain. Every message and field passes through {@link #redact} on its way out, so call sites
 * need no care of their own.
 */
public final class Secrets {
  static final String MASK = "***";
  /** Lines of a multi-line secret shorter than this are too common to mask on their own. */
  private static final int MIN_LINE_LENGTH = 8;

  private static final Object LOCK = new Object();
  private static volatile String[] values = new String[0];

  private Secrets() {}

  private static boolean known(String secret) {
    for (String value : values) {
      if (value.equals(secret)) {
        return true;
      }
    }
    return false;
  }

  /** Adds a value; null and empty values are ignored. Multi-line values mask line by line too. */
  public static void register(String secret) {
    if (secret == null || secret.isEmpty() || known(secret)) {
      return;
    }
    synchronized (LOCK) {
      // Callers register the same values again and again (each RPC, each configure).
      if (Arrays.asList(values).contains(secret)) {
        return;
      }
      String[] next = Arrays.copyOf(values, values.length + 1);
      next[values.length] = secret;
      if (secret.indexOf('\n') >= 0) {
        for (String line : secret.split("\r?\n")) {
          if (line.strip().length() >= MIN_LINE_LENGTH) {
            next = Arrays.copyOf(next, next.length + 1);
            next[next.length - 1] = line.strip();
          }
        }
      }
      // Longest first, so a secret that contains another is masked whole.
      Arrays.sort(next, Comparator.comparingInt(String::length).reversed());
      values = Arrays.stream(next).distinct().toArray(String[]::new);
    }
  }

  /**
   * Forgets every value. A spare provider calls it between sessions: the next session may be
   * another configuration's, and registers its own secrets as it goes.
   */
  public static void forgetAll() {
    synchronized (LOCK) {
      values = new String[0];
    }
  }

  /** The text with every registered secret replaced by {@code ***}. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    for (String secret : values) {
      if (result.contains(secret)) {
        result = result.replace(secret, MASK);
      }
    }
    return result;
  }
}
