package io.canopywave.tf.api.model;

import java.util.Objects;

/** Where an object lives: a project and a region (a data center such as {@code sequoia}). */
public record Scope(String project, String region) {
  public Scope {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(region, "region");
  }
}
