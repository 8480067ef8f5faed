package io.canopywave.tf.datasource.common;

import io.canopywave.tf.value.CtyType;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One attribute of the objects a list data source returns, and where its value comes from.
 *
 * @param description Markdown, one sentence; shown in the list attribute's description
 * @param value reads the field's Java value (see {@link io.canopywave.tf.value.Values}) from one
 *     API record; null gives a null attribute
 * @param <T> the API record listed
 */
public record ItemField<T>(
    String name, CtyType type, String description, Function<T, ?> value) {

  public static <T> ItemField<T> string(String name, String description,
      Function<T, String> value) {
    return new ItemField<>(name, CtyType.STRING, description, value);
  }

  public static <T> ItemField<T> number(String name, String description,
      Function<T, ? extends Number> value) {
    return new ItemField<>(name, CtyType.NUMBER, description, value);
  }

  public static <T> ItemField<T> strings(String name, String description,
      Function<T, List<String>> value) {
    return new ItemField<>(name, CtyType.list(CtyType.STRING), description, value);
  }

  /** The type as a reader of the docs writes it: {@code string}, {@code list(string)}. */
  String typeLabel() {
    return label(type);
  }

  private static String label(CtyType type) {
    return switch (type) {
      case CtyType.Primitive p -> p.name().toLowerCase(Locale.ROOT);
      case CtyType.ListOf l -> "list(" + label(l.element()) + ")";
      case CtyType.SetOf s -> "set(" + label(s.element()) + ")";
      case CtyType.MapOf m -> "map(" + label(m.element()) + ")";
      case CtyType.ObjectOf o -> "object";
      case CtyType.TupleOf t -> "tuple";
      case CtyType.Dynamic d -> "any";
    };
  }
}
