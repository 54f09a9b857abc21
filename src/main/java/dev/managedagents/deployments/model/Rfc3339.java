package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * RFC 3339 timestamps in JSON: read with a fast path for the shape the API writes, written with
 * every fractional digit that is not zero.
 */
final class Rfc3339 {
  private Rfc3339() {}

  /** Reads an RFC 3339 timestamp: {@code Z} or an offset, with or without fractional seconds. */
  static OffsetDateTime next(JsonReader reader) throws IOException {
    String text = reader.nextString();
    OffsetDateTime common = parseCommon(text);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an RFC 3339 timestamp but was \"" + text + "\" at path " + reader.getPath());
    }
  }

  /**
   * Parses the shape the API writes, {@code yyyy-mm-ddThh:mm:ss[.f…](Z|±hh:mm)} with up to nine
   * fractional digits, to the same value as {@code ISO_OFFSET_DATE_TIME} but without its per-call
   * allocations (a timestamp is the costliest value of a deployment to decode). Answers {@code
   * null} for any other text, valid or not, which the formatter then decides.
   */
  static @Nullable OffsetDateTime parseCommon(String text) {
    int length = text.length();
    if (length < 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < length && i - start < 9 && isDigit(text.charAt(i))) {
        nanos = nanos * 10 + (text.charAt(i++) - '0');
      }
      if (i == start || (i < length && isDigit(text.charAt(i)))) {
        return null;
      }
      for (int scale = i - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    if (i == length - 1 && text.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == length - 6
        && (text.charAt(i) == '+' || text.charAt(i) == '-')
        && text.charAt(i + 3) == ':') {
      int sign = text.charAt(i) == '-' ? -1 : 1;
      int offsetHours = digits(text, i + 1, 2);
      int offsetMinutes = digits(text, i + 4, 2);
      if ((offsetHours | offsetMinutes) < 0 || offsetHours > 18 || offsetMinutes > 59) {
        return null;
      }
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Writes an RFC 3339 timestamp that always has seconds and keeps every fractional digit that is
   * not zero.
   */
  static String format(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  static void write(JsonWriter writer, OffsetDateTime value) throws IOException {
    writer.value(format(value));
  }
}
