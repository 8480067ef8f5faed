package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.SimulatedCloud;
import io.canopywave.tf.e2e.support.StateJson;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import io.canopywave.tf.simulator.FaultRule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** F13: rate limiting in the middle of an apply of ssh keys and volumes. */
class StorageRateLimitIT {
  @RegisterExtension
  static final SimulatedCloud CLOUD = new SimulatedCloud();

  private static final String CONFIG = """
      resource "canopywave_ssh_key" "key" {
        count = 5
        name  = "key-${count.index}"
      }

      resource "canopywave_volume" "volume" {
        count = 5
        name  = "volume-${count.index}"
        size  = 10
      }
      """;

  /**
   * After a 429 with {@code Retry-After: 1}, requests sent before it arrived may still come in
   * at once; after that, none may come until the second has passed.
   */
  private static final Duration IN_FLIGHT = Duration.ofMillis(400);
  private static final Duration PAUSE = Duration.ofMillis(950);

  /** The sorted values of {@code attribute} of the resources whose address starts so. */
  private static List<String> attribute(JsonNode show, String addressPrefix, String attribute) {
    return StateJson.addresses(show).stream().filter(a -> a.startsWith(addressPrefix))
        .map(a -> StateJson.values(show, a).path(attribute).asText()).sorted().toList();
  }

  @Test
  void apply_everyThirdRequest429HalfWithRetryAfter_convergesWithoutDuplicates() {
    String withRetryAfter = CLOUD.control().addFault(FaultRule.on(null, "/api/v1/**").status(429)
        .headers(Map.of("Retry-After", "1")).every(6).build());
    CLOUD.control().addFault(FaultRule.on(null, "/api/v1/**").status(429).every(3).build());
    TofuWorkspace workspace = CLOUD.initialized("rate-limited", CONFIG);

    workspace.apply();

    JsonNode show = workspace.showJson();
    List<String> stateKeys = attribute(show, "canopywave_ssh_key.", "name");
    List<String> stateVolumes = attribute(show, "canopywave_volume.", "id");
    List<Map<String, Object>> keys = CLOUD.control().objects("ssh-keys");
    List<Map<String, Object>> volumes = CLOUD.control().objects("volumes");
    assertThat(keys.stream().map(k -> (String) k.get("name")).sorted().toList())
        .containsExactlyElementsOf(stateKeys)
        .containsExactly("key-0", "key-1", "key-2", "key-3", "key-4");
    assertThat(volumes.stream().map(v -> (String) v.get("id")).sorted().toList())
        .containsExactlyElementsOf(stateVolumes);
    assertThat(volumes).extracting(v -> (String) v.get("name")).doesNotHaveDuplicates()
        .hasSize(5);

    List<Map<String, Object>> log = CLOUD.control().requests();
    List<Instant> retryAfters = log.stream()
        .filter(r -> withRetryAfter.equals(r.get("fault")))
        .map(r -> Instant.parse((String) r.get("time"))).toList();
    assertThat(retryAfters).as("429s with Retry-After answered").isNotEmpty();
    for (Instant answered : retryAfters) {
      assertThat(log).as("requests within a second after the 429 of %s", answered)
          .map(r -> Instant.parse((String) r.get("time")))
          .noneMatch(t -> t.isAfter(answered.plus(IN_FLIGHT))
              && t.isBefore(answered.plus(PAUSE)));
    }
  }
}
