package io.canopywave.tf.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the build put things, as the failsafe configuration in pom.xml passes them to the
 * integration-test JVM. A missing property or file fails the test: it is never skipped.
 */
public final class BuildLayout {
  private BuildLayout() {}

  /** The packaged launcher, {@code target/provider/terraform-provider-canopywave}. */
  public static Path launcher() {
    Path launcher = path("canopywave.launcher");
    if (!Files.isExecutable(launcher)) {
      throw new IllegalStateException(launcher + " is not executable: run mvn package first");
    }
    return launcher;
  }

  /** The directory holding the launcher and its lib/. */
  public static Path providerDirectory() {
    return launcher().getParent();
  }

  public static Path repositoryRoot() {
    return path("canopywave.repo");
  }

  /** Maven's {@code target} directory, for files the tests leave behind on purpose. */
  public static Path buildDirectory() {
    return path("canopywave.build");
  }

  private static Path path(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + property + " is not set: run the ITs through mvn verify");
    }
    return Path.of(value).toAbsolutePath();
  }
}
