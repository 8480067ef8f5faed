package io.canopywave.tf.datasource.common;

import io.canopywave.tf.schema.Attribute;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.Values;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The computed list attribute of a list data source: its name, its Markdown description, the
 * type of its elements and how one API record becomes one element.
 *
 * @param <T> the API record listed
 */
public record ItemList<T>(
    String name, String description, CtyType elementType, Function<T, CtyValue> element) {

  /** A list of strings, each record being the string itself (project or image names). */
  public static ItemList<String> strings(String name, String description) {
    return new ItemList<>(name, description, CtyType.STRING, CtyValue::string);
  }

  /** A list of objects with the given fields; the description gets one line per field. */
  public static <T> ItemList<T> objects(String name, String description,
      List<ItemField<T>> fields) {
    CtyType.ObjectOf type = CtyType.ObjectOf.of(fields.stream()
        .collect(Collectors.toMap(ItemField::name, ItemField::type)));
    Function<T, CtyValue> element = item -> {
      Values.ObjectBuilder builder = Values.objectBuilder(type);
      fields.forEach(field -> builder.set(field.name(), field.value().apply(item)));
      return builder.build();
    };
    return new ItemList<>(name, description + fieldLines(fields), type, element);
  }

  /** The schema attribute: computed, never configured. */
  public Attribute attribute() {
    return Attribute.builder(name, CtyType.list(elementType)).computed()
        .description(description).build();
  }

  /** The attribute's value for {@code items}, in their order. */
  public CtyValue.ListVal value(List<T> items) {
    return CtyValue.list(elementType, items.stream().map(element).toList());
  }

  /** One line per field, in the form the docs use for object fields. */
  private static String fieldLines(List<? extends ItemField<?>> fields) {
    return fields.stream()
        .map(f -> "- `" + f.name() + "` (" + f.typeName() + ") " + f.description())
        .collect(Collectors.joining("\n", " Each element has:\n", ""));
  }
}
