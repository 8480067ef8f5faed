package io.canopywave.tf.simulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The fixed offer of the simulated cloud: the reference's projects (placeholders), regions,
 * images and its four instance types, exactly as the reference lists them.
 */
final class Catalog {
  /** The reference's region, plus {@code redwood}, a second region of our own for tests. */
  static final List<String> REGIONS = List.of("sequoia", "redwood");

  static final List<String> PROJECTS = List.of("alice@example.com", "bob@example.com");

  static final List<String> IMAGES =
      List.of("CPU-Ubuntu.22.04", "GPU-Ubuntu.24.04", "GPU-Ubuntu.22.04", "CPU-Ubuntu.24.04");

  private static final List<String> GPU_IMAGES = List.of("GPU-Ubuntu.22.04", "GPU-Ubuntu.24.04");

  static final List<InstanceType> INSTANCE_TYPES =
      List.of(
          new InstanceType(
              "H100-4",
              GPU_IMAGES,
              "4x H100 (80 GB SXM5)",
              900,
              "$2.25 / gpu / hour",
              "80 cores, 800.0 GB RAM, 2 TB NVMe"),
          new InstanceType(
              "H100-8",
              GPU_IMAGES,
              "8x H100 (80 GB SXM5)",
              1800,
              "$2.25 / gpu / hour",
              "160 cores, 1536.0 GB RAM, 17 TB NVMe"),
          new InstanceType(
              "m1.advanced",
              List.of("CPU-Ubuntu.22.04", "CPU-Ubuntu.24.04"),
              "16 vCPU x86 Server",
              56,
              "$0.035 / cpu / hour",
              "16 cores, 32.0 GB RAM, 500 GB SSD"),
          new InstanceType(
              "H200-8",
              GPU_IMAGES,
              "8x H200 (80 GB SXM5)",
              1800,
              "$3.00 / gpu / hour",
              "160 cores, 1536.0 GB RAM, 17 TB NVMe"));

  /** Volume storage types a create may ask for. */
  static final List<String> VOLUME_TYPES = List.of("hdd", "ssd");

  private Catalog() {}

  static String project(String project) {
    return oneOf("project", project, PROJECTS);
  }

  static String region(String region) {
    return oneOf("region", region, REGIONS);
  }

  /** The value when it is one of the known ones, else a 400 listing them. */
  static String oneOf(String what, String value, List<String> known) {
    if (!known.contains(value)) {
      throw ApiError.badRequest("unknown " + what + " " + value + "; known: " + known);
    }
    return value;
  }

  /** The project and region every scoped call names, checked. */
  static Place place(Params params) {
    String project = params.required("project");
    String region = params.required("region");
    return new Place(project(project), region(region));
  }

  /** Where an object lives: a project and a region. */
  record Place(String project, String region) {
    @Override
    public String toString() {
      return project + "/" + region;
    }
  }

  /** The type with this launch code, or a 400 naming the known codes. */
  static InstanceType flavor(String code) {
    var codes = INSTANCE_TYPES.stream().map(InstanceType::flavor).toList();
    return INSTANCE_TYPES.get(codes.indexOf(oneOf("flavor", code, codes)));
  }

  /** The type whose code or display name is given, or null. */
  static InstanceType flavorByCodeOrName(String text) {
    for (var type : INSTANCE_TYPES) {
      if (type.flavor().equals(text) || type.name().equals(text)) {
        return type;
      }
    }
    return null;
  }

  static String image(String name) {
    return oneOf("image", name, IMAGES);
  }

  static String imageOpenstackId(String image) {
    return UUID.nameUUIDFromBytes(("image:" + image).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
