package dev.managedagents.deployments.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A request's query parameters, decoded, with typed getters that refuse bad values by name. */
final class Query {
  private final Map<String, String> values = new LinkedHashMap<>();

  Query(@Nullable String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (!values.containsKey(name)) {
        values.put(name, value);
      }
    }
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  @Nullable String string(String name) {
    return values.get(name);
  }

  @Nullable Boolean bool(String name) {
    String value = values.get(name);
    if (value == null) {
      return null;
    }
    if (value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw ApiFailure.invalid(name, "\"" + value + "\" is not a boolean; use true or false");
  }

  @Nullable Instant timestamp(String name) {
    String value = values.get(name);
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiFailure.invalid(
          name, "\"" + value + "\" is not an RFC 3339 timestamp such as 2026-11-02T10:00:00Z");
    }
  }

  /** The page size: the spec's default when absent, refused outside the spec's range. */
  int limit(Route route) {
    String value = values.get("limit");
    if (value == null) {
      return route.defaultLimit;
    }
    int limit;
    try {
      limit = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiFailure.invalid("limit", "\"" + value + "\" is not an integer");
    }
    if (limit < route.minLimit || limit > route.maxLimit) {
      throw ApiFailure.invalid(
          "limit", "is " + limit + "; it must be from " + route.minLimit + " to " + route.maxLimit);
    }
    return limit;
  }

  /** One of {@code allowed}, or null when absent. */
  @Nullable String oneOf(String name, List<String> allowed) {
    String value = values.get(name);
    if (value == null || allowed.contains(value)) {
      return value;
    }
    throw ApiFailure.notOneOf(name, value, allowed);
  }

  /** Percent-decodes as UTF-8; {@code +} stays a plus, since timestamps carry offsets with it. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw ApiFailure.invalid("", "malformed percent-encoding in \"" + text + "\"");
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw ApiFailure.invalid("", "malformed percent-encoding in \"" + text + "\"");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else {
        int end = text.indexOf('%', i);
        end = end < 0 ? text.length() : end;
        byte[] encoded = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
        i = end - 1;
      }
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
