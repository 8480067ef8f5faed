package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultRuleTest {

  @Test
  void builder_toJsonFromJson_roundTripsEveryField() {
    var rule = FaultRule.on("DELETE", "/api/v1/volumes/*")
        .query(Map.of("region", "sequoia"))
        .status(409)
        .body(Map.of("error", "in use"))
        .headers(Map.of("Retry-After", "1"))
        .delayMs(20)
        .after()
        .times(3)
        .every(2)
        .rps(4.5)
        .untilGone("instances", "id-1", "web")
        .build();

    var json = rule.toJson();
    var parsed = FaultRule.fromJson(Cloud.map(Json.parse(Json.write(json))));

    assertThat(json.keySet()).containsExactly("method", "path", "query", "status", "body",
        "headers", "delay_ms", "after", "times", "every", "rps", "until_gone");
    assertThat(parsed).isEqualTo(rule);
  }

  @Test
  void toJson_leavesDefaultsOut() {
    var json = FaultRule.on(null, "/api/v1/**").drop().build().toJson();

    assertThat(json).containsOnlyKeys("method", "path", "drop");
    assertThat(json.get("method")).isNull();
  }

  @Test
  void fromJson_wrongTypes_areRefusedNamingTheField() {
    assertThatThrownBy(() -> FaultRule.fromJson(Map.of("path", "/x", "status", "500")))
        .hasMessage("status must be a whole number, zero or more");
    assertThatThrownBy(() -> FaultRule.fromJson(Map.of("path", "/x", "drop", "yes")))
        .hasMessage("drop must be true or false");
    assertThatThrownBy(() -> FaultRule.fromJson(Map.of("path", "/x", "drop", true,
        "until_gone", Map.of("kind", "servers"))))
        .hasMessageContaining("until_gone.kind must be one of");
    assertThatThrownBy(() -> FaultRule.fromJson(Map.of("status", 500)))
        .hasMessage("path is required and starts with /");
    assertThatThrownBy(() -> FaultRule.fromJson(Map.of("path", "/x", "status", 500, "every", 0)))
        .hasMessage("every must be 1 or more");
  }
}
