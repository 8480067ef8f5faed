package io.canopywave.tf.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** A floating IP moved to another instance, as the ITs of both IP resources check it. */
public final class IpMove {
  private IpMove() {}

  /** What moving the address {@code ipId} in place writes: a disassociate, then an associate. */
  public static List<String> writes(String ipId) {
    return List.of("DELETE /api/v1/ips/" + ipId + "/disassociate",
        "POST /api/v1/ips/" + ipId + "/associate");
  }

  /**
   * With {@code movedTf} written over the applied {@code workspace}, the plan updates
   * {@code address} in place and the apply moves the cloud's only address to
   * {@code instanceId} by {@link #writes} alone.
   */
  public static void assertAppliesInPlace(SimulatedCloud cloud, TofuWorkspace workspace,
      String address, String movedTf, String instanceId) {
    String ipId = cloud.onlyIpId();
    cloud.control().clearRequests();

    assertThat(StateJson.actions(workspace.replan(movedTf, address))).containsExactly("update");
    workspace.apply();

    assertThat(cloud.writes()).containsExactlyElementsOf(writes(ipId));
    assertThat(cloud.onlyObject("ips").get("instance_id")).isEqualTo(instanceId);
  }
}
