package io.canopywave.tf.api;

import static io.canopywave.tf.api.ListCache.Kind.INSTANCES;
import static io.canopywave.tf.api.ListCache.Kind.PUBLIC_IPS;
import static io.canopywave.tf.api.ListCache.Kind.RUNNING_INSTANCES;

import io.canopywave.tf.api.http.ApiRequest;
import io.canopywave.tf.api.http.Envelope;
import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.IpAssociation;
import io.canopywave.tf.api.model.PublicIp;
import io.canopywave.tf.api.model.Scope;
import java.util.List;
import java.util.Optional;

/**
 * Public (floating) IPs. Association changes both the IP list ({@code server}) and the
 * instance lists ({@code publicIp}), so it invalidates both.
 */
public final class PublicIpsApi {
  private static final String PATH = "ips";

  private final Calls calls;

  PublicIpsApi(Calls calls) {
    this.calls = calls;
  }

  /** {@code GET /ips?project=P&region=R}. */
  public List<PublicIp> list(Scope scope, CacheMode mode) {
    return calls.list(PUBLIC_IPS, scope.project(), scope.region(), mode,
        ApiRequest.get(List.of(PATH), ApiRequest.scope(scope.project(), scope.region())),
        PublicIp::fromJson);
  }

  public Optional<PublicIp> find(Scope scope, String id, CacheMode mode) {
    return list(scope, mode).stream().filter(ip -> ip.id().equals(id)).findFirst();
  }

  /** {@code POST /ips}: a new address. Sent once, never repeated. */
  public AllocatedIp allocate(Scope scope) {
    return calls.write(ApiRequest.post(List.of(PATH), Calls.body(scope)),
        answer -> AllocatedIp.fromJson(Envelope.data(answer)),
        scope.project(), scope.region(), PUBLIC_IPS);
  }

  /** {@code POST /ips/<ipId>/associate} with {@code instanceId}. Sent once, never repeated. */
  public IpAssociation associate(Scope scope, String ipId, String instanceId) {
    return calls.write(
        ApiRequest.post(List.of(PATH, ipId, "associate"),
            Calls.body(scope, "instanceId", instanceId)),
        answer -> IpAssociation.fromJson(Envelope.data(answer), ipId, instanceId),
        scope.project(), scope.region(), PUBLIC_IPS, INSTANCES, RUNNING_INSTANCES);
  }

  /** {@code DELETE /ips/<ipId>/disassociate?project=P&region=R}: the IP's id. */
  public String disassociate(Scope scope, String ipId) {
    return calls.write(
        ApiRequest.delete(List.of(PATH, ipId, "disassociate"),
            ApiRequest.scope(scope.project(), scope.region())),
        Calls.echoedId(ipId), scope.project(), scope.region(),
        PUBLIC_IPS, INSTANCES, RUNNING_INSTANCES);
  }

  /** {@code DELETE /ips/<id>?project=P&region=R}: the released IP's id. */
  public String release(Scope scope, String ipId) {
    return calls.write(
        ApiRequest.delete(List.of(PATH, ipId), ApiRequest.scope(scope.project(), scope.region())),
        Calls.echoedId(ipId), scope.project(), scope.region(),
        PUBLIC_IPS, INSTANCES, RUNNING_INSTANCES);
  }
}
