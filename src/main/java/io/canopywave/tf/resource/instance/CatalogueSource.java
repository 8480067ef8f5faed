package io.canopywave.tf.resource.instance;

import io.canopywave.tf.api.CanopyWaveClient;

/**
 * Fetches the catalogue once per API client, that is once per plugin process (the client is
 * only replaced after StopProvider): the instance types and images do not change within a run,
 * and every plan and refresh of every instance needs them. A failed fetch is not kept.
 */
final class CatalogueSource {
  private record Fetched(CanopyWaveClient client, InstanceCatalogue catalogue) {}

  private volatile Fetched fetched;

  /**
   * The catalogue as {@code client} sees it.
   *
   * @throws io.canopywave.tf.api.ApiException when it cannot be fetched
   */
  InstanceCatalogue get(CanopyWaveClient client) {
    Fetched current = fetched;
    if (current != null && current.client() == client) {
      return current.catalogue();
    }
    // Concurrent first callers join one list call each through the client's list cache.
    InstanceCatalogue catalogue = new InstanceCatalogue(
        client.catalog().instanceTypes(), client.catalog().images());
    fetched = new Fetched(client, catalogue);
    return catalogue;
  }
}
