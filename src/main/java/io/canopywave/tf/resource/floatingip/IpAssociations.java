package io.canopywave.tf.resource.floatingip;

import io.canopywave.tf.api.ApiException;
import io.canopywave.tf.api.CacheMode;
import io.canopywave.tf.api.CanopyWaveClient;
import io.canopywave.tf.api.WaitCondition;
import io.canopywave.tf.api.model.InstanceSummary;
import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.resource.common.Deadline;
import io.canopywave.tf.resource.common.GoneStatus;
import io.canopywave.tf.schema.AttributePath;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The association of a floating IP with an instance, as both floating IP resources manage it.
 * The IP list names the associated instance by its name ({@code server}), never by its id, so
 * reading an association maps that name back to an id through the instance list of the same
 * project and region.
 */
final class IpAssociations {
  /** The argument both resources name the instance with. */
  static final String INSTANCE_ID = "instance_id";

  private final CanopyWaveClient client;

  IpAssociations(CanopyWaveClient client) {
    this.client = client;
  }

  /** The IP's list entry, absent when it does not exist. */
  Optional<PublicIp> find(Scope scope, String ipId, CacheMode mode) {
    return client.publicIps().find(scope, ipId, mode);
  }

  /**
   * The id of the instance the list entry names, or null when it names none or one the
   * instance list cannot tell.
   *
   * @param priorInstanceId the id recorded before, kept while its instance still has the name
   * @param priorInstanceName the name recorded with it, or null: kept as well when the instance
   *     list does not show the prior instance (yet)
   */
  String instanceIdOf(Scope scope, String server, String priorInstanceId,
      String priorInstanceName) {
    if (server == null) {
      return null;
    }
    return resolve(server, priorInstanceId, priorInstanceName, client.instances().list(scope));
  }

  /** {@link #instanceIdOf} on a given instance list. */
  static String resolve(String server, String priorInstanceId, String priorInstanceName,
      List<InstanceSummary> instances) {
    if (server == null) {
      return null;
    }
    Optional<InstanceSummary> prior = instances.stream()
        .filter(instance -> instance.id().equals(priorInstanceId))
        .findFirst();
    if (prior.map(instance -> server.equals(instance.name())).orElse(false)) {
      return priorInstanceId;
    }
    List<InstanceSummary> named = instances.stream()
        .filter(instance -> server.equals(instance.name()) && !GoneStatus.isGone(instance.status()))
        .toList();
    if (named.size() == 1) {
      return named.getFirst().id();
    }
    // The instance list may not show a new instance yet: its recorded name still holds.
    if (named.isEmpty() && priorInstanceId != null && prior.isEmpty()
        && server.equals(priorInstanceName)) {
      return priorInstanceId;
    }
    // Limitation: an address associated with an instance that the instance list does not show
    // (or shows twice under one name) reads as associated with no known instance: its
    // instance_id becomes null, and a configuration that sets one associates it again.
    return null;
  }

  /**
   * Points the IP at {@code instanceId}, or at nothing when it is null: disassociates it first
   * when it is (or may be) associated, then associates it and waits until the IP list shows
   * the new association.
   *
   * @param mayBeAssociated true when the state records an association the list may not show
   * @return the IP's list entry afterwards, or empty when the IP no longer exists
   * @throws ApiException when a call fails
   * @throws io.canopywave.tf.api.WaitException when the list does not show the change in time
   */
  Optional<PublicIp> move(Scope scope, String ipId, String instanceId, boolean mayBeAssociated,
      Duration timeout) {
    Deadline deadline = Deadline.in(timeout);
    Optional<PublicIp> current = find(scope, ipId, CacheMode.FRESH);
    if (current.isEmpty() || alreadyAt(scope, current.get(), instanceId)) {
      return current;
    }
    if (current.get().server() != null || mayBeAssociated) {
      try {
        if (disassociate(scope, ipId) || instanceId == null) {
          // The API may detach asynchronously: an associate sent before the list shows the
          // address free could be refused.
          current = Optional.of(
              await(scope, ipId, "no instance", ip -> ip.server() == null, deadline));
        }
      } catch (ApiException e) {
        if (e.is(ApiException.Kind.NOT_FOUND)) {
          return Optional.empty();
        }
        throw e;
      }
    }
    return instanceId == null ? current
        : Optional.of(associate(scope, ipId, instanceId, deadline));
  }

  /** Whether the IP already points at {@code instanceId} (an import that named it, say). */
  private boolean alreadyAt(Scope scope, PublicIp ip, String instanceId) {
    return instanceId != null && ip.server() != null
        && instanceId.equals(instanceIdOf(scope, ip.server(), instanceId, null));
  }

  /**
   * Associates the IP with {@code instanceId} and waits until the IP list names it. A failure
   * whose outcome is unknown is checked against the list before the request is sent again.
   */
  PublicIp associate(Scope scope, String ipId, String instanceId, Duration timeout) {
    return associate(scope, ipId, instanceId, Deadline.in(timeout));
  }

  private PublicIp associate(Scope scope, String ipId, String instanceId, Deadline deadline) {
    String target = instanceName(scope, instanceId);
    AssociateAttempts attempts = new AssociateAttempts(scope, ipId, instanceId, target);
    client.waiter().await(
        WaitCondition.until("the API to associate floating IP " + ipId + " with instance "
                + describe(instanceId, target), attempts::next, Boolean::booleanValue)
            .describedBy(done -> done ? "associated" : "not associated yet"),
        deadline.remaining());
    return await(scope, ipId, "instance " + describe(instanceId, target),
        ip -> target == null ? ip.server() != null : target.equals(ip.server()), deadline);
  }

  /**
   * Disassociates the IP. One that is not associated (409, F24) is fine.
   *
   * @return true when the API disassociated it, false when it answered that it was not
   *     associated
   * @throws ApiException when the IP is gone ({@link ApiException.Kind#NOT_FOUND}) or the call
   *     fails otherwise
   */
  boolean disassociate(Scope scope, String ipId) {
    try {
      client.publicIps().disassociate(scope, ipId);
      return true;
    } catch (ApiException e) {
      if (!e.is(ApiException.Kind.CONFLICT)) {
        throw e;
      }
      return false;
    }
  }

  private PublicIp await(Scope scope, String ipId, String what,
      Predicate<PublicIp> shows, Deadline deadline) {
    return client.waiter().await(
        WaitCondition.until("the IP list to show floating IP " + ipId + " associated with "
                + what, () -> find(scope, ipId, CacheMode.FRESH),
                found -> found.map(shows::test).orElse(false))
            .describedBy(found -> found.map(ip -> ip.server() == null ? "not associated"
                : "associated with \"" + ip.server() + "\"").orElse("not listed")),
        deadline.remaining()).orElseThrow();
  }

  /** The instance's name from the instance list, or null when the list does not show it. */
  private String instanceName(Scope scope, String instanceId) {
    return client.instances().list(scope).stream()
        .filter(instance -> instanceId.equals(instance.id()))
        .map(InstanceSummary::name)
        .findFirst()
        .orElse(null);
  }

  /**
   * The associate calls of one association: sends the request; after a failure that may have
   * taken effect, asks the list first and sends it again only when the IP is still free.
   */
  private final class AssociateAttempts {
    private final Scope scope;
    private final String ipId;
    private final String instanceId;
    private final String target;
    private boolean mayHaveTakenEffect;

    AssociateAttempts(Scope scope, String ipId, String instanceId, String target) {
      this.scope = scope;
      this.ipId = ipId;
      this.instanceId = instanceId;
      this.target = target;
    }

    boolean next() {
      if (mayHaveTakenEffect && target != null) {
        Optional<PublicIp> now = find(scope, ipId, CacheMode.FRESH);
        if (now.map(ip -> target.equals(ip.server())).orElse(false)) {
          return true;
        }
      }
      try {
        client.publicIps().associate(scope, ipId, instanceId);
        return true;
      } catch (ApiException e) {
        // Transient failures end this attempt; the waiter tries again until the deadline.
        mayHaveTakenEffect |= e.outcomeUnknown();
        throw e;
      }
    }
  }

  private static String describe(String instanceId, String name) {
    return name == null ? instanceId : "\"" + name + "\" (id " + instanceId + ")";
  }

  /** Failures about the instance (unknown id, already holding an address) name the argument. */
  static AttributePath pathOf(ApiException e) {
    boolean aboutInstance = e.call().path().endsWith("/associate")
        && (e.is(ApiException.Kind.NOT_FOUND) || e.is(ApiException.Kind.CONFLICT)
            || e.is(ApiException.Kind.BAD_REQUEST));
    return aboutInstance ? AttributePath.of(INSTANCE_ID) : AttributePath.ROOT;
  }
}
