package io.canopywave.tf.schema.validators;

import io.canopywave.tf.schema.Validator;
import java.util.regex.Pattern;

/** Short names for the validators, so schemas read as sentences. */
public final class Validators {
  private Validators() {}

  /** For an optional attribute: the message suggests leaving it out instead. */
  public static Validator nonEmpty() {
    return new NonEmptyString(false);
  }

  /** For a required attribute, which cannot be left out. */
  public static Validator requiredNonEmpty() {
    return new NonEmptyString(true);
  }

  public static Validator length(int min, int max) {
    return new StringLength(min, max);
  }

  public static Validator matches(String regex, String expectation) {
    return new MatchesPattern(Pattern.compile(regex), expectation);
  }

  public static Validator oneOf(String... choices) {
    return OneOf.of(choices);
  }

  public static Validator integerBetween(long min, long max) {
    return new IntegerRange(min, max);
  }

  /** A whole number of at least {@code min}, without an upper limit. */
  public static Validator wholeNumberAtLeast(long min) {
    return new IntegerRange(min, Long.MAX_VALUE);
  }

  public static Validator positiveDuration() {
    return GoDurationString.positive();
  }

  public static Validator eachMapValue(Validator... validators) {
    return EachMapValue.of(validators);
  }
}
