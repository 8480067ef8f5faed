package io.canopywave.tf.docs;

import io.canopywave.tf.value.CtyType;
import java.util.stream.Collectors;

/** Type names as readers of provider docs know them: {@code String}, {@code List of Number}. */
final class TypeNames {
  private TypeNames() {}

  static String of(CtyType type) {
    return switch (type) {
      case CtyType.Primitive primitive -> switch (primitive) {
        case STRING -> "String";
        case NUMBER -> "Number";
        case BOOL -> "Boolean";
      };
      case CtyType.Dynamic dynamic -> "Dynamic";
      case CtyType.ListOf list -> "List of " + of(list.element());
      case CtyType.SetOf set -> "Set of " + of(set.element());
      case CtyType.MapOf map -> "Map of " + of(map.element());
      case CtyType.ObjectOf object -> "Object";
      case CtyType.TupleOf tuple -> tuple.elements().stream().map(TypeNames::of)
          .collect(Collectors.joining(", ", "Tuple of (", ")"));
    };
  }
}
