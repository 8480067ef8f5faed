package io.canopywave.tf.simulator;

import java.util.Map;

/**
 * Named inputs of one request (its JSON body or its query string) with the validation the
 * simulated API applies: required fields, types and positive integer sizes.
 */
record Params(Map<String, ?> values) {

  String required(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw ApiError.badRequest(name + " is required");
    }
    if (!(value instanceof String text)) {
      throw ApiError.badRequest(name + " must be a string");
    }
    if (text.isBlank()) {
      throw ApiError.badRequest(name + " must not be empty");
    }
    return text;
  }

  /** The value, or null when absent; an empty string counts as absent. */
  String optional(String name) {
    Object value = values.get(name);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String text)) {
      throw ApiError.badRequest(name + " must be a string");
    }
    return text.isEmpty() ? null : text;
  }

  boolean flag(String name) {
    Object value = values.get(name);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean flag)) {
      throw ApiError.badRequest(name + " must be true or false");
    }
    return flag;
  }

  /** A size in GB: a JSON integer above zero (a numeric string is refused, as the shapes say). */
  long positiveInteger(String name) {
    Object value = values.get(name);
    if (value == null) {
      throw ApiError.badRequest(name + " is required");
    }
    if (!(value instanceof Long number) || number <= 0) {
      throw ApiError.badRequest(name + " must be a positive integer");
    }
    return number;
  }
}
