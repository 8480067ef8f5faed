package io.canopywave.tf.resource.instance;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.InstanceType;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstanceCatalogueTest {
  private static final List<String> GPU = List.of("GPU-Ubuntu.22.04", "GPU-Ubuntu.24.04");

  /** Two codes share a display name here, as nothing in the API forbids it. */
  static final InstanceCatalogue CATALOGUE = new InstanceCatalogue(List.of(
      type("H100-4", "4x H100 (80 GB SXM5)", GPU),
      type("H100-4-spot", "4x H100 (80 GB SXM5)", GPU),
      type("H100-8", "8x H100 (80 GB SXM5)", GPU),
      type("m1.advanced", "16 vCPU x86 Server", List.of("CPU-Ubuntu.22.04"))),
      List.of("CPU-Ubuntu.22.04", "GPU-Ubuntu.22.04", "GPU-Ubuntu.24.04", "Debian-13"));

  static InstanceType type(String flavor, String name, List<String> images) {
    return new InstanceType(flavor, name, images, null, null, null);
  }

  @Test
  void flavorCode_detailNamesACode_takesIt() {
    assertThat(CATALOGUE.flavorCode("H100-8", "4x H100 (80 GB SXM5)", "H100-4"))
        .isEqualTo("H100-8");
  }

  @Test
  void flavorCode_openstackIdAndDisplayName_mapsTheDisplayName() {
    assertThat(CATALOGUE.flavorCode("7c7f97b0-b80f", "8x H100 (80 GB SXM5)", null))
        .isEqualTo("H100-8");
  }

  @Test
  void flavorCode_priorSharesTheDisplayName_keepsPrior() {
    assertThat(CATALOGUE.flavorCode(null, "4x H100 (80 GB SXM5)", "H100-4-spot"))
        .isEqualTo("H100-4-spot");
  }

  @Test
  void flavorCode_displayNameOfAnotherType_isThatTypesCode() {
    assertThat(CATALOGUE.flavorCode(null, "16 vCPU x86 Server", "H100-4"))
        .isEqualTo("m1.advanced");
  }

  @Test
  void flavorCode_unknownDisplayName_keepsPriorElseShowsTheName() {
    assertThat(CATALOGUE.flavorCode(null, "1x B300", "H100-4")).isEqualTo("H100-4");
    assertThat(CATALOGUE.flavorCode(null, "1x B300", null)).isEqualTo("1x B300");
  }

  @Test
  void flavorCode_notListed_keepsPrior() {
    assertThat(CATALOGUE.flavorCode(null, null, "H100-4")).isEqualTo("H100-4");
  }

  @Test
  void imageName_idOrUnknownName_isNull() {
    assertThat(CATALOGUE.imageName("66d16f9e-f984-4738-a170-97457ecfe4b6")).isNull();
    assertThat(CATALOGUE.imageName(null)).isNull();
    assertThat(CATALOGUE.imageName("Debian-13")).isEqualTo("Debian-13");
  }

  @Test
  void displayName_codes_knownOrNull() {
    assertThat(CATALOGUE.displayName("m1.advanced")).isEqualTo("16 vCPU x86 Server");
    assertThat(CATALOGUE.displayName("X-1")).isNull();
  }
}
