package io.canopywave.tf.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.api.http.ApiRequest;
import io.canopywave.tf.api.model.InstanceType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What can be launched: images and instance types (cached briefly, like every list). */
public final class CatalogApi {
  private final Calls calls;

  CatalogApi(Calls calls) {
    this.calls = calls;
  }

  /** {@code GET /images}: the image names, such as {@code GPU-Ubuntu.22.04}. */
  public List<String> images() {
    return calls.list(ListCache.Kind.IMAGES, "", null, CacheMode.SHARED,
        ApiRequest.get(List.of("images"), Map.of()), JsonNode::asText);
  }

  /** {@code GET /instance-types}. */
  public List<InstanceType> instanceTypes() {
    return calls.list(ListCache.Kind.INSTANCE_TYPES, "", null, CacheMode.SHARED,
        ApiRequest.get(List.of("instance-types"), Map.of()), InstanceType::fromJson);
  }

  /** The type whose flavor code ({@code H100-4}) or display name matches exactly. */
  public Optional<InstanceType> instanceType(String flavorOrName) {
    return instanceTypes().stream()
        .filter(t -> t.flavor().equals(flavorOrName) || flavorOrName.equals(t.name()))
        .findFirst();
  }
}
