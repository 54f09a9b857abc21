package dev.managedagents.deployments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SDK's check of a cron expression and a timezone, which the local server runs too. */
class CronExpressionTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "0 9 * *", "0 0 9 * * 1", "@daily", "60 * * * *", "* 24 * * *", "* * 0 * *", "* * * 13 *",
        "* * * * 8", "0 0 L * *", "0 0 15W * *", "0 0 * * 1#2", "0 0 ? * 1", "5-1 * * * *", "*/0 * * * *",
        "a * * * *", "1,,2 * * * *"
      })
  void malformedExpressionsAreRefusedNamingTheProblem(String expression) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CronExpression.parse(expression));
    assertFalse(e.getMessage().isEmpty());
  }

  @Test
  void theRefusalNamesTheFieldAndTheRule() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CronExpression.parse("0 25 * * *"));
    assertEquals("the hour field \"25\" has the value 25; it must be from 0 to 23", e.getMessage());
  }

  @Test
  void aTimezoneThatIsNotAnIanaNameIsRefusedWithTheRule() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CronExpression.requireKnownTimezone("+01:00"));
    assertEquals(
        "\"+01:00\" is not an IANA timezone name such as UTC or Europe/Berlin", e.getMessage());
    assertEquals("Europe/Berlin", CronExpression.requireKnownTimezone("Europe/Berlin"));
  }

  @Test
  void timezonesMustBeIanaNames() {
    assertTrue(CronExpression.isKnownTimezone("Europe/Berlin"));
    assertTrue(CronExpression.isKnownTimezone("UTC"));
    assertFalse(CronExpression.isKnownTimezone("Mars/Olympus_Mons"));
    assertFalse(CronExpression.isKnownTimezone("+01:00"));
  }
}
