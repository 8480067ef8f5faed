package io.canopywave.tf.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubcategoriesTest {

  @Test
  void of_knownAndUnknownTypeNames_groupsThemOrLeavesThemUngrouped() {
    assertThat(Subcategories.of("instance_types")).isEqualTo("Compute");
    assertThat(Subcategories.of("ssh_keys")).isEqualTo("Compute");
    assertThat(Subcategories.of("floating_ip_association")).isEqualTo("Networking");
    assertThat(Subcategories.of("file_systems")).isEqualTo("Storage");
    assertThat(Subcategories.of("billing")).isEqualTo("Account");
    assertThat(Subcategories.of("gadget")).isEmpty();
  }
}
