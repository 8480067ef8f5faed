package io.canopywave.tf.schema;

import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import java.util.ArrayList;
import java.util.List;

/**
 * One attribute of a resource, data source or provider schema, with everything the plan engine
 * and the docs need to know about it.
 *
 * @param forceNew a change of this attribute replaces the object
 * @param keepPriorWhenUnknown when the object changes, plan the prior value instead of unknown
 *     (for computed values the API never changes, such as ids)
 * @param defaultValue planned when the configuration leaves an optional+computed attribute null
 * @param deprecation a deprecation message, or null
 */
public record Attribute(
    String name,
    CtyType type,
    String description,
    boolean required,
    boolean optional,
    boolean computed,
    boolean sensitive,
    boolean writeOnly,
    boolean forceNew,
    boolean keepPriorWhenUnknown,
    CtyValue defaultValue,
    List<Validator> validators,
    String deprecation) {

  public Attribute {
    validators = List.copyOf(validators);
    if (required && (optional || computed)) {
      throw new IllegalArgumentException(name + ": required excludes optional and computed");
    }
    if (!required && !optional && !computed) {
      throw new IllegalArgumentException(name + ": must be required, optional or computed");
    }
    if (writeOnly && computed) {
      throw new IllegalArgumentException(name + ": write-only excludes computed");
    }
    if (defaultValue != null && !(optional && computed)) {
      throw new IllegalArgumentException(name + ": a default needs optional and computed");
    }
  }

  public static Builder builder(String name, CtyType type) {
    return new Builder(name, type);
  }

  public static Builder string(String name) {
    return builder(name, CtyType.STRING);
  }

  public static Builder number(String name) {
    return builder(name, CtyType.NUMBER);
  }

  public static Builder bool(String name) {
    return builder(name, CtyType.BOOL);
  }

  /** True for attributes the configuration may not set. */
  public boolean computedOnly() {
    return computed && !optional && !required;
  }

  /** Fluent construction; the record itself stays immutable. */
  public static final class Builder {
    private final String name;
    private final CtyType type;
    private String description = "";
    private boolean required;
    private boolean optional;
    private boolean computed;
    private boolean sensitive;
    private boolean writeOnly;
    private boolean forceNew;
    private boolean keepPriorWhenUnknown;
    private CtyValue defaultValue;
    private final List<Validator> validators = new ArrayList<>();
    private String deprecation;

    private Builder(String name, CtyType type) {
      this.name = name;
      this.type = type;
    }

    public Builder description(String markdown) {
      this.description = markdown;
      return this;
    }

    public Builder required() {
      this.required = true;
      return this;
    }

    public Builder optional() {
      this.optional = true;
      return this;
    }

    public Builder computed() {
      this.computed = true;
      return this;
    }

    public Builder sensitive() {
      this.sensitive = true;
      return this;
    }

    public Builder writeOnly() {
      this.writeOnly = true;
      return this;
    }

    public Builder forceNew() {
      this.forceNew = true;
      return this;
    }

    public Builder keepPriorWhenUnknown() {
      this.keepPriorWhenUnknown = true;
      return this;
    }

    public Builder defaultValue(CtyValue value) {
      this.defaultValue = value;
      return this;
    }

    public Builder validator(Validator validator) {
      this.validators.add(validator);
      return this;
    }

    public Builder deprecated(String message) {
      this.deprecation = message;
      return this;
    }

    public Attribute build() {
      return new Attribute(
          name, type, description, required, optional, computed, sensitive, writeOnly,
          forceNew, keepPriorWhenUnknown, defaultValue, validators, deprecation);
    }
  }
}
