package io.canopywave.tf.resource.instance;

import io.canopywave.tf.api.model.InstanceType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What can be launched: the instance types (flavor code, display name, images that fit) and the
 * images. Instance lists name an instance's type only by its display name; this maps it back to
 * the flavor code the configuration uses.
 */
public record InstanceCatalogue(List<InstanceType> types, List<String> images) {

  public InstanceCatalogue {
    types = List.copyOf(types);
    images = List.copyOf(images);
  }

  public Optional<InstanceType> type(String flavorCode) {
    return types.stream().filter(t -> t.flavor().equals(flavorCode)).findFirst();
  }

  public List<String> flavorCodes() {
    return types.stream().map(InstanceType::flavor).toList();
  }

  public boolean hasImage(String image) {
    return images.contains(image)
        || types.stream().anyMatch(t -> t.images().contains(image));
  }

  /** The display name of a flavor code, or null when the catalogue does not know the code. */
  public String displayName(String flavorCode) {
    return type(flavorCode).map(InstanceType::name).orElse(null);
  }

  /**
   * The flavor code of a running instance.
   *
   * @param reference what the instance detail says about its flavor: an OpenStack id on the
   *     API as documented, the flavor code on APIs that name it ({@code original_name}), or null
   * @param displayName the type's display name from the instance list, or null when the list
   *     did not show the instance
   * @param prior the code in the state, or null after an import: kept whenever it is
   *     consistent with what the API says (several codes may share a display name)
   */
  public String flavorCode(String reference, String displayName, String prior) {
    if (reference != null && type(reference).isPresent()) {
      return reference;
    }
    if (displayName == null) {
      return prior;
    }
    if (prior != null && displayName.equals(displayName(prior))) {
      return prior;
    }
    // Limitation: when several flavor codes share a display name and the state holds no code
    // (after an import), the first such code is taken; a configuration naming another of them
    // then plans a replacement.
    return types.stream()
        .filter(t -> displayName.equals(t.name()))
        .map(InstanceType::flavor)
        .findFirst()
        // An unknown display name: keep what the state says, else show the name itself.
        .orElse(Objects.requireNonNullElse(prior, displayName));
  }

  /** The image name the detail gives, when it is a name (the documented API gives an id). */
  public String imageName(String reference) {
    // Limitation: the documented detail names the image only by an OpenStack id that no other
    // endpoint maps to a name, so an image changed outside Terraform goes unnoticed and the
    // state keeps the configured name.
    return reference != null && hasImage(reference) ? reference : null;
  }
}
