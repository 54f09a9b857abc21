package dev.managedagents.deployments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
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
 * <p>Use it to check an expression before sending it, or to preview when a schedule fires: {@link
 * #nextFireTimes} matches literal wall-clock time in a timezone, as the server does. Immutable.
 */
public final class CronExpression {
  private static final String[] FIELD_NAMES = {"minute", "hour", "day of month", "month", "day of week"};
  private static final int[] MIN = {0, 0, 1, 1, 0};
  private static final int[] MAX = {59, 23, 31, 12, 7};
  private static final List<String> MONTHS =
      listOf("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS = listOf("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
  /** No 5-field expression that matches at all goes longer than this without firing. */
  private static final int MAX_YEARS_SCANNED = 8;

  private final String expression;
  private final long minutes;
  private final long hours;
  private final long daysOfMonth;
  private final long months;
  private final long daysOfWeek;
  private final boolean dayOfMonthRestricted;
  private final boolean dayOfWeekRestricted;

  private CronExpression(String expression, long[] fields, boolean domRestricted, boolean dowRestricted) {
    this.expression = expression;
    this.minutes = fields[0];
    this.hours = fields[1];
    this.daysOfMonth = fields[2];
    this.months = fields[3];
    // 7 is Sunday too: fold it onto 0.
    this.daysOfWeek = (fields[4] | (fields[4] >>> 7)) & 0x7f;
    this.dayOfMonthRestricted = domRestricted;
    this.dayOfWeekRestricted = dowRestricted;
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
    long[] fields = new long[5];
    for (int i = 0; i < 5; i++) {
      fields[i] = parseField(parts[i], i);
    }
    return new CronExpression(trimmed, fields, !parts[2].equals("*"), !parts[4].equals("*"));
  }

  /** Whether {@code zone} is an IANA timezone name the API accepts, such as {@code Europe/Berlin}. */
  public static boolean isKnownTimezone(@Nullable String zone) {
    return zone != null && AvailableZones.IDS.contains(zone);
  }

  /** The expression as parsed, trimmed. */
  public String getExpression() {
    return expression;
  }

  /** Whether the schedule fires at this wall-clock minute (seconds are ignored). */
  public boolean matches(LocalDateTime time) {
    return has(minutes, time.getMinute())
        && has(hours, time.getHour())
        && has(months, time.getMonthValue())
        && matchesDay(time.toLocalDate());
  }

  /**
   * The next {@code count} times the schedule fires strictly after {@code after}, matching
   * wall-clock time in {@code zone}. A wall-clock time skipped by a daylight-saving change does not
   * fire; one that occurs twice fires once, at its first occurrence. Fewer than {@code count} times
   * come back only for an expression that can never fire (such as February 30th).
   */
  public List<OffsetDateTime> nextFireTimes(Instant after, ZoneId zone, int count) {
    List<OffsetDateTime> times = new ArrayList<>(count);
    LocalDateTime start =
        LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    LocalDate day = start.toLocalDate();
    LocalDate end = day.plusYears(MAX_YEARS_SCANNED);
    while (times.size() < count && day.isBefore(end)) {
      if (has(months, day.getMonthValue()) && matchesDay(day)) {
        for (int hour = 0; hour < 24 && times.size() < count; hour++) {
          if (!has(hours, hour)) {
            continue;
          }
          for (int minute = 0; minute < 60 && times.size() < count; minute++) {
            LocalDateTime local = LocalDateTime.of(day, LocalTime.of(hour, minute));
            if (has(minutes, minute) && !local.isBefore(start)) {
              addIfExists(local, zone, after, times);
            }
          }
        }
      }
      day = day.plusDays(1);
    }
    return Collections.unmodifiableList(times);
  }

  private static void addIfExists(LocalDateTime local, ZoneId zone, Instant after, List<OffsetDateTime> times) {
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      return; // In a daylight-saving gap: this wall-clock time does not happen.
    }
    Instant instant = ZonedDateTime.ofLocal(local, zone, null).toInstant();
    if (instant.isAfter(after)) {
      times.add(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  private boolean matchesDay(LocalDate day) {
    boolean dom = has(daysOfMonth, day.getDayOfMonth());
    boolean dow = has(daysOfWeek, day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : day.getDayOfWeek().getValue());
    // POSIX: when both day fields are restricted, a day matching either one fires.
    if (dayOfMonthRestricted && dayOfWeekRestricted) {
      return dom || dow;
    }
    return dom && dow;
  }

  private static boolean has(long set, int value) {
    return (set & (1L << value)) != 0;
  }

  private static long parseField(String field, int index) {
    long set = 0;
    for (String item : field.split(",", -1)) {
      set |= parseItem(item, index, field);
    }
    return set;
  }

  private static long parseItem(String item, int index, String field) {
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
    int step = 1;
    String range = item;
    int slash = item.indexOf('/');
    if (slash >= 0) {
      range = item.substring(0, slash);
      step = number(item.substring(slash + 1), 1, MAX[index] - MIN[index] + 1, "step", name, field);
    }
    int low;
    int high;
    if (range.equals("*")) {
      low = MIN[index];
      high = index == 4 ? 6 : MAX[index];
    } else {
      int dash = range.indexOf('-');
      low = value(dash >= 0 ? range.substring(0, dash) : range, index, field);
      high = dash >= 0 ? value(range.substring(dash + 1), index, field) : slash >= 0 ? MAX[index] : low;
      if (low > high) {
        throw new IllegalArgumentException(
            "the " + name + " field \"" + field + "\" has the range " + range + ", whose start is after its end");
      }
    }
    long set = 0;
    for (int value = low; value <= high; value += step) {
      set |= 1L << value;
    }
    return set;
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
