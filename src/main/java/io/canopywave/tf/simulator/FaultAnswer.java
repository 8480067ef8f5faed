package io.canopywave.tf.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer a fault rule gives instead of the real one. A string body is sent as is (as HTML
 * when it starts with {@code <}, else plain text), any other body as JSON; an error status
 * without a body gets {@code {"error": "simulated fault <id>"}}, other statuses an empty body.
 * The rule's headers come last, so they may override the content type.
 */
final class FaultAnswer {
  private FaultAnswer() {}

  static ApiResponse of(FaultRule rule, String ruleId) {
    int status = rule.status() == null ? 200 : rule.status();
    ApiResponse answer = switch (rule.body()) {
      case null -> status >= 400
          ? ApiResponse.error(status, "simulated fault " + ruleId)
          : new ApiResponse(status, Map.of(), new byte[0]);
      case String text when text.stripLeading().startsWith("<") -> new ApiResponse(status,
          Map.of("Content-Type", "text/html; charset=utf-8"),
          text.getBytes(StandardCharsets.UTF_8));
      case String text -> ApiResponse.text(status, text);
      default -> ApiResponse.json(status, rule.body());
    };
    return answer.withHeaders(new LinkedHashMap<>(rule.headers()));
  }
}
