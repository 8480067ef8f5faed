package io.canopywave.tf.datasource.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an instance type's display name and specs text say about its hardware, for users who
 * filter on it. The API gives only text ({@code 4x H100 (80 GB SXM5)},
 * {@code 80 cores, 800.0 GB RAM, 2 TB NVMe}); a fact the text does not state is null.
 *
 * @param gpuModel the GPU model ({@code H100}), or null for CPU types and unreadable names
 * @param gpuCount GPUs per instance; 0 for a CPU server ({@code 16 vCPU x86 Server}), null when
 *     the name says neither
 * @param vcpus the cores or vCPUs, from the specs, else from the name; or null
 * @param memoryGb the RAM in GB (TB counted as 1024 GB), or null
 */
public record HardwareFacts(String gpuModel, Long gpuCount, Long vcpus, BigDecimal memoryGb) {

  /** {@code 4x H100 (80 GB SXM5)}: a count, an x, then the model up to a parenthesis. */
  private static final Pattern GPUS =
      Pattern.compile("^\\s*(\\d+)\\s*[x\u00d7]\\s*([^()]+?)\\s*(?:\\(.*)?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CPU_SERVER = Pattern.compile("\\bv?cpus?\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_VCPUS = Pattern.compile("(\\d+)\\s*v?cpus?\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SPEC_CORES = Pattern.compile("(\\d+)\\s*(?:cores?|v?cpus?)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern SPEC_MEMORY = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)\\s*(GB|GiB|TB|TiB)\\s*(?:of\\s+)?(?:RAM|memory)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final BigDecimal GB_PER_TB = BigDecimal.valueOf(1024);

  // Limitation: the API states hardware only as free text, so a display name shaped other than
  // "<count>x <model> (...)" or "<n> vCPU ..." (say "H100 x 8") gives null GPU facts, and the
  // GPU filters of canopywave_instance_types then leave that type out.
  /** Reads {@code name} and {@code specs}; either may be null. */
  public static HardwareFacts parse(String name, String specs) {
    String model = null;
    Long count = null;
    Long nameVcpus = null;
    if (name != null) {
      Matcher gpus = GPUS.matcher(name);
      if (gpus.matches()) {
        count = Long.parseLong(gpus.group(1));
        model = gpus.group(2).strip();
      } else if (CPU_SERVER.matcher(name).find()) {
        count = 0L;
        nameVcpus = firstNumber(NAME_VCPUS, name);
      }
    }
    Long specVcpus = specs == null ? null : firstNumber(SPEC_CORES, specs);
    return new HardwareFacts(model, count, specVcpus != null ? specVcpus : nameVcpus,
        specs == null ? null : memoryGb(specs));
  }

  private static Long firstNumber(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Long.parseLong(matcher.group(1)) : null;
  }

  private static BigDecimal memoryGb(String specs) {
    Matcher matcher = SPEC_MEMORY.matcher(specs);
    if (!matcher.find()) {
      return null;
    }
    BigDecimal amount = new BigDecimal(matcher.group(1));
    boolean terabytes = matcher.group(2).toUpperCase(Locale.ROOT).startsWith("T");
    return terabytes ? amount.multiply(GB_PER_TB) : amount;
  }
}
