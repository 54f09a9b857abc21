package dev.managedagents.deployments;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A 5-field POSIX cron expression as deployment schedules take it: minute, hour, day of month, month,
 * day of week (0 and 7 are Sunday). Each field is {@code *}, a number, a range {@code a-b}, a step
 * {@code * /n} or {@code a-b/n}, or a comma-separated list of those; months and days may also be
 * named ({@code JAN}, {@code MON}). Seconds or year fields, {@code L W # ?} and {@code @daily}-style
 * shortcuts are refused, as the API refuses them.
 *
 * <p>Use it to check an expression and a timezone before sending them, as the client does before
 * every create and update. Immutable.
 */
public final class CronExpression {
  private static final String[] FIELD_NAMES = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[] MIN = {0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 23, 31, 12, 7};
  private static final List<String> MONTHS =
      listOf("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = listOf("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  private final String expression;

  private CronExpression(String expression) {
    this.expression = expression;
  }

  /**
   * Parses an expression.
   *
   * @throws IllegalArgumentException naming the field and the rule it breaks
   */
  public static CronExpression parse(String expression) {
    if (expression == null) {
      throw new IllegalArgumentException("the cron expression must not be null");
    }
    String trimmed = expression.trim();
    if (trimmed.startsWith("@")) {
      throw new IllegalArgumentException(
          "\"" + trimmed + "\": shortcuts such as @daily are not supported; write the 5 fields");
    }
    String[] parts = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    if (parts.length != 5) {
      throw new IllegalArgumentException(
          "\"" + trimmed + "\" has " + parts.length
              + " fields; it needs 5: minute hour day-of-month month day-of-week"
              + " (no seconds or year fields)");
    }
    for (int i = 0; i < 5; i++) {
      checkField(parts[i], i);
    }
    return new CronExpression(trimmed);
  }

  /** Whether {@code zone} is an IANA timezone name the API accepts, such as {@code Europe/Berlin}. */
  public static boolean isKnownTimezone(@Nullable String zone) {
    return zone != null && AvailableZones.IDS.contains(zone);
  }

  /**
   * Checks that {@code zone} is an IANA timezone name the API accepts, such as {@code
   * Europe/Berlin}.
   *
   * @return {@code zone}
   * @throws IllegalArgumentException saying what is wrong, when it is not
   */
  public static String requireKnownTimezone(@Nullable String zone) {
    if (!isKnownTimezone(zone)) {
      throw new IllegalArgumentException(
          "\"" + zone + "\" is not an IANA timezone name such as UTC or Europe/Berlin");
    }
    return zone;
  }

  /** The expression as parsed, trimmed. */
  public String getExpression() {
    return expression;
  }

  private static void checkField(String field, int index) {
    for (String item : field.split(",", -1)) {
      checkItem(item, index, field);
    }
  }

  private static void checkItem(String item, int index, String field) {
    String name = FIELD_NAMES[index];
    if (item.isEmpty()) {
      throw new IllegalArgumentException("the " + name + " field \"" + field + "\" has an empty list item");
    }
    for (char special : new char[] {'L', 'W', '#', '?'}) {
      if (item.toUpperCase(Locale.ROOT).indexOf(special) >= 0 && !isName(item, index)) {
        throw new IllegalArgumentException(
            "the " + name + " field \"" + field + "\" uses '" + special + "', which 5-field POSIX cron does not support");
      }
    }
    String range = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      number(item.substring(slash + 1), 1, MAX[index] - MIN[index] + 1, "step", name, field);
    }
    if (!range.equals("*")) {
      int dash = range.indexOf('-');
      int low = value(dash >= 0 ? range.substring(0, dash) : range, index, field);
      int high = dash >= 0 ? value(range.substring(dash + 1), index, field) : low;
      if (low > high) {
        throw new IllegalArgumentException(
            "the " + name + " field \"" + field + "\" has the range " + range + ", whose start is after its end");
      }
    }
  }

  private static boolean isName(String item, int index) {
    String upper = item.toUpperCase(Locale.ROOT);
    for (String name : index == 3 ? MONTHS : index == 4 ? DAYS : Collections.<String>emptyList()) {
      if (upper.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static int value(String text, int index, String field) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (index == 3 && MONTHS.contains(upper)) {
      return MONTHS.indexOf(upper) + 1;
    }
    if (index == 4 && DAYS.contains(upper)) {
      return DAYS.indexOf(upper);
    }
    return number(text, MIN[index], MAX[index], "value", FIELD_NAMES[index], field);
  }

  private static int number(String text, int min, int max, String what, String name, String field) {
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "the " + name + " field \"" + field + "\" has \"" + text + "\", which is not a number");
    }
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          "the " + name + " field \"" + field + "\" has the " + what + " " + value + "; it must be from " + min + " to " + max);
    }
    return value;
  }

  private static List<String> listOf(String... values) {
    List<String> list = new ArrayList<>();
    Collections.addAll(list, values);
    return Collections.unmodifiableList(list);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CronExpression && expression.equals(((CronExpression) other).expression);
  }

  @Override
  public int hashCode() {
    return expression.hashCode();
  }

  @Override
  public String toString() {
    return expression;
  }

  /** Loaded on first use: the set of zone IDs is large. */
  private static final class AvailableZones {
    static final Set<String> IDS = ZoneId.getAvailableZoneIds();
  }
}
