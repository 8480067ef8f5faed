package io.canopywave.tf.docs;

import java.util.List;

/** The registry's grouping of pages in its side bar, by what a type is about. */
final class Subcategories {
  private record Rule(String prefix, String subcategory) {}

  // The first rule whose prefix starts the short type name wins.
  private static final List<Rule> RULES = List.of(
      new Rule("instance", "Compute"),
      new Rule("image", "Compute"),
      new Rule("ssh_key", "Compute"),
      new Rule("volume", "Storage"),
      new Rule("file_system", "Storage"),
      new Rule("floating_ip", "Networking"),
      new Rule("project", "Account"),
      new Rule("billing", "Account"));

  private Subcategories() {}

  /** The subcategory of a type, given its name without the provider prefix; empty if none. */
  static String of(String shortName) {
    return RULES.stream().filter(rule -> shortName.startsWith(rule.prefix()))
        .map(Rule::subcategory).findFirst().orElse("");
  }
}
