package dev.managedagents.deployments.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the local server fires a schedule: literal wall-clock time in the schedule's timezone. */
class CronClockTest {
  private static List<String> fireTimes(String expression, String after, String zone, int count) {
    List<String> times = new ArrayList<>();
    for (OffsetDateTime time :
        CronClock.of(expression).nextFireTimes(Instant.parse(after), ZoneId.of(zone), count)) {
      times.add(time.toString());
    }
    return times;
  }

  @Test
  void weekdayMorningsInBerlinAreListedInUtc() {
    assertEquals(
        List.of("2026-11-30T08:00Z", "2026-12-01T08:00Z", "2026-12-02T08:00Z"),
        fireTimes("0 9 * * 1-5", "2026-11-27T09:00:00Z", "Europe/Berlin", 3));
  }

  @Test
  void stepsListsAndNamesCombine() {
    assertEquals(
        List.of("2026-01-05T00:00Z", "2026-01-05T00:30Z", "2026-01-07T00:00Z"),
        fireTimes("*/30 0 * JAN mon,WED", "2026-01-01T00:00:00Z", "UTC", 3));
  }

  @Test
  void sevenAndZeroBothMeanSunday() {
    LocalDateTime sunday = LocalDateTime.of(2026, 11, 29, 12, 0);
    assertTrue(CronClock.of("0 12 * * 7").matches(sunday));
    assertTrue(CronClock.of("0 12 * * 0").matches(sunday));
    assertFalse(CronClock.of("0 12 * * 1").matches(sunday));
  }

  @Test
  void restrictedDayOfMonthAndDayOfWeekMatchEither() {
    // The 1st of the month, or any Friday.
    CronClock expression = CronClock.of("0 0 1 * 5");
    assertTrue(expression.matches(LocalDateTime.of(2026, 12, 1, 0, 0))); // a Tuesday
    assertTrue(expression.matches(LocalDateTime.of(2026, 12, 4, 0, 0))); // a Friday
    assertFalse(expression.matches(LocalDateTime.of(2026, 12, 2, 0, 0)));
  }

  @Test
  void aWallClockTimeSkippedBySpringForwardDoesNotFire() {
    // 2026-03-29 02:30 does not exist in Berlin.
    assertEquals(
        List.of("2026-03-28T01:30Z", "2026-03-30T00:30Z"),
        fireTimes("30 2 * * *", "2026-03-28T00:00:00Z", "Europe/Berlin", 2));
  }

  @Test
  void leapDayFiresOnlyInLeapYears() {
    assertEquals(
        List.of("2028-02-29T00:00Z"), fireTimes("0 0 29 2 *", "2026-11-27T00:00:00Z", "UTC", 1));
  }

  @Test
  void anExpressionThatNeverFiresGivesNoTimes() {
    assertEquals(List.of(), fireTimes("0 0 30 2 *", "2026-11-27T00:00:00Z", "UTC", 5));
  }

  @Test
  void aStepWithoutARangeRunsToTheFieldsEnd() {
    assertEquals(
        List.of("2026-01-01T00:50Z", "2026-01-01T00:55Z", "2026-01-01T01:50Z"),
        fireTimes("50/5 * * * *", "2026-01-01T00:00:00Z", "UTC", 3));
  }
}
