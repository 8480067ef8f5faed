package io.canopywave.tf.datasource.common;

import io.canopywave.tf.value.CtyType;
import java.util.List;
import java.util.function.Function;

/**
 * One attribute of the objects a list data source returns, and where its value comes from.
 *
 * @param typeName the type as the docs name it: {@code String}, {@code List of String}
 * @param description Markdown, one sentence; shown in the list attribute's description
 * @param value reads the field's Java value (see {@link io.canopywave.tf.value.Values}) from one
 *     API record; null gives a null attribute
 * @param <T> the API record listed
 */
public record ItemField<T>(
    String name, CtyType type, String typeName, String description, Function<T, ?> value) {

  public static <T> ItemField<T> string(String name, String description,
      Function<T, String> value) {
    return new ItemField<>(name, CtyType.STRING, "String", description, value);
  }

  public static <T> ItemField<T> number(String name, String description,
      Function<T, ? extends Number> value) {
    return new ItemField<>(name, CtyType.NUMBER, "Number", description, value);
  }

  public static <T> ItemField<T> strings(String name, String description,
      Function<T, List<String>> value) {
    return new ItemField<>(name, CtyType.list(CtyType.STRING), "List of String", description,
        value);
  }
}
