package io.canopywave.tf.resource.common;

import io.canopywave.tf.api.AmbiguousCreateException;
import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.CreateOnce;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.schema.Diagnostics;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends the create of an object whose name is unique in its project and region, once: after an
 * answer that leaves the outcome unknown the object is looked up by name and adopted, never
 * created a second time ({@link CreateOnce}). Failures become error diagnostics.
 */
// Limitation: after a 429 or an answer with an unknown outcome, an object that already had the
// name before this apply is adopted as the one just created: the API shows nothing (creation
// time, request token) that would tell the two apart.
public final class UniqueNameCreate {
  /** How long an uncertain create is looked up by name at most. */
  static final Duration LOOKUP_WINDOW = Duration.ofMinutes(2);

  private UniqueNameCreate() {}

  /**
   * @param kind the object kind for messages: {@code volume}
   * @param findByName looks the object up by name, bypassing the list cache
   * @param importId the id to import the object by, for messages: {@code project/region/<id>}
   * @return the create's answer (or the adopted object); empty, with an error added, when
   *     nothing is known to exist
   */
  public static <T> Optional<T> send(CanopyWaveClient client, String kind, String name,
      Supplier<T> create, Supplier<Optional<T>> findByName, String importId, Deadline deadline,
      Diagnostics diagnostics) {
    String what = kind + " \"" + name + "\"";
    Duration window = shorter(deadline.remaining(), LOOKUP_WINDOW);
    try {
      return Optional.of(CreateOnce.of(client).create(what, create, findByName, window));
    } catch (AmbiguousCreateException e) {
      diagnostics.add(ApiDiagnostics.ambiguousCreate(e, kind, name, importId));
    } catch (ApiException e) {
      diagnostics.add(failed(e, kind, name));
    }
    return Optional.empty();
  }

  private static Diagnostic failed(ApiException e, String kind, String name) {
    Diagnostic plain = ApiDiagnostics.of(e, "create " + kind + " \"" + name + "\"");
    if (!e.is(ApiException.Kind.CONFLICT)) {
      return plain;
    }
    return Diagnostic.error(plain.summary(), plain.detail() + " A " + kind + " named \"" + name
        + "\" probably exists already in this project and region: import it (`tofu import`)"
        + " to manage it here, or choose another name.");
  }

  private static Duration shorter(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
