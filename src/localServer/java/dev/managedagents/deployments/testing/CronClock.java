package dev.managedagents.deployments.testing;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * When a cron expression fires, matching literal wall-clock time in a timezone as the real server
 * does. It reads only expressions that {@code CronExpression.parse} (the SDK's check, which the
 * server runs on every request) has accepted, so it does not check them again.
 */
final class CronClock {
  private static final List<String> MONTHS =
      Arrays.asList(
          "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");
  private static final List<String> DAYS =
      Arrays.asList("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

  /**
   * Each field's smallest value and largest: day of week goes to 7 (Sunday again), but * is 0-6.
   */
  private static final int[] LOWEST = {0, 0, 1, 1, 0};

  private static final int[] HIGHEST = {59, 23, 31, 12, 7};

  /** No 5-field expression that matches at all goes longer than this without firing. */
  private static final int MAX_YEARS_SCANNED = 8;

  private final long minutes;
  private final long hours;
  private final long daysOfMonth;
  private final long months;
  private final long daysOfWeek;
  private final boolean dayOfMonthRestricted;
  private final boolean dayOfWeekRestricted;

  private CronClock(String[] fields) {
    this.minutes = expand(fields[0], 0);
    this.hours = expand(fields[1], 1);
    this.daysOfMonth = expand(fields[2], 2);
    this.months = expand(fields[3], 3);
    long days = expand(fields[4], 4);
    this.daysOfWeek = (days | (days >>> 7)) & 0x7f; // 7 is Sunday too: fold it onto 0.
    this.dayOfMonthRestricted = !fields[2].equals("*");
    this.dayOfWeekRestricted = !fields[4].equals("*");
  }

  /** The clock of an expression the SDK's {@code CronExpression.parse} accepts. */
  static CronClock of(String expression) {
    return new CronClock(expression.trim().split("\\s+"));
  }

  /** Whether the schedule fires at this wall-clock minute (seconds are ignored). */
  boolean matches(LocalDateTime time) {
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
  List<OffsetDateTime> nextFireTimes(Instant after, ZoneId zone, int count) {
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

  private static void addIfExists(
      LocalDateTime local, ZoneId zone, Instant after, List<OffsetDateTime> times) {
    if (zone.getRules().getValidOffsets(local).isEmpty()) {
      return; // In a daylight-saving gap: this wall-clock time does not happen.
    }
    Instant instant = ZonedDateTime.ofLocal(local, zone, null).toInstant();
    if (instant.isAfter(after)) {
      times.add(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  private boolean matchesDay(LocalDate day) {
    DayOfWeek dayOfWeek = day.getDayOfWeek();
    boolean dom = has(daysOfMonth, day.getDayOfMonth());
    boolean dow = has(daysOfWeek, dayOfWeek == DayOfWeek.SUNDAY ? 0 : dayOfWeek.getValue());
    // POSIX: when both day fields are restricted, a day matching either one fires.
    if (dayOfMonthRestricted && dayOfWeekRestricted) {
      return dom || dow;
    }
    return dom && dow;
  }

  private static boolean has(long set, int value) {
    return (set & (1L << value)) != 0;
  }

  /**
   * The values a checked field allows, as a bit set: {@code *}, {@code a}, {@code a-b}, each {@code
   * /n}.
   */
  private static long expand(String field, int index) {
    long set = 0;
    for (String item : field.split(",")) {
      String[] rangeAndStep = item.split("/");
      int step = rangeAndStep.length == 2 ? Integer.parseInt(rangeAndStep[1]) : 1;
      String[] ends = rangeAndStep[0].split("-");
      int low;
      int high;
      if (ends[0].equals("*")) {
        low = LOWEST[index];
        high = index == 4 ? 6 : HIGHEST[index];
      } else {
        low = value(ends[0], index);
        high =
            ends.length == 2
                ? value(ends[1], index)
                : rangeAndStep.length == 2 ? HIGHEST[index] : low;
      }
      for (int value = low; value <= high; value += step) {
        set |= 1L << value;
      }
    }
    return set;
  }

  private static int value(String text, int index) {
    String upper = text.toUpperCase(Locale.ROOT);
    if (index == 3 && MONTHS.contains(upper)) {
      return MONTHS.indexOf(upper) + 1;
    }
    if (index == 4 && DAYS.contains(upper)) {
      return DAYS.indexOf(upper);
    }
    return Integer.parseInt(text);
  }
}
