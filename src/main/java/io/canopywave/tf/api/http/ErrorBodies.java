package io.canopywave.tf.api.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the human message in an error answer, whatever its form: {@code {"error": "..."}} (also
 * {@code {"error": {"message": ...}}} and {@code {"message": ...}}), plain text, HTML (its title,
 * else its text), or nothing. Never fails: an unreadable body is just text.
 */
public final class ErrorBodies {
  /** Long enough for any real message, short enough for one diagnostic line. */
  public static final int MAX_LENGTH = 300;

  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern HIDDEN = Pattern.compile(
      "<(script|style|head)[^>]*>.*?</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private ErrorBodies() {}

  /** The message, trimmed and cut to {@link #MAX_LENGTH}; null when the body says nothing. */
  public static String message(String contentType, String body, ObjectMapper json) {
    if (body == null || body.isBlank()) {
      return null;
    }
    String text = body.strip();
    String found;
    if (text.startsWith("{") || text.startsWith("[")) {
      found = fromJson(text, json);
    } else if (looksLikeHtml(contentType, text)) {
      found = fromHtml(text);
    } else {
      found = text;
    }
    return found == null ? null : cut(SPACE.matcher(found).replaceAll(" ").strip());
  }

  private static String fromJson(String text, ObjectMapper json) {
    JsonNode node;
    try {
      node = json.readTree(text);
    } catch (IOException | RuntimeException notJson) {
      return text;
    }
    if (node == null || !node.isObject()) {
      return text;
    }
    for (String field : new String[] {"error", "message", "detail", "error_description"}) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isValueNode()) {
        return value.asText();
      }
      JsonNode nested = value.get("message");
      if (nested != null && nested.isValueNode()) {
        return nested.asText();
      }
      return value.toString();
    }
    return text;
  }

  private static boolean looksLikeHtml(String contentType, String text) {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
      return true;
    }
    String start = text.substring(0, Math.min(text.length(), 15)).toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype") || start.startsWith("<html");
  }

  private static String fromHtml(String html) {
    Matcher title = TITLE.matcher(html);
    if (title.find() && !title.group(1).isBlank()) {
      return unescape(title.group(1));
    }
    String text = TAG.matcher(HIDDEN.matcher(html).replaceAll(" ")).replaceAll(" ");
    String plain = unescape(text).strip();
    return plain.isEmpty() ? null : plain;
  }

  // Limitation: only the common named entities are decoded; a numeric one such as &#8217; stays
  // as written in the message, which is still readable.
  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
  }

  private static String cut(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    return text.substring(0, MAX_LENGTH - 3).stripTrailing() + "...";
  }
}
