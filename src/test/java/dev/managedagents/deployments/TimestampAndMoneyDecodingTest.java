package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.BudgetLimit;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.Money;
import dev.managedagents.deployments.model.ScheduleTriggerContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 3339 timestamps in every documented form, the optional budget, and money kept as text. */
class TimestampAndMoneyDecodingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-11-23T08:00:00Z,                 2026, 11, 23,  8,  0,  0,         0,   0,  0",
    "2026-11-23T08:00:00+05:30,            2026, 11, 23,  8,  0,  0,         0,   5, 30",
    "2026-11-23T08:00:00-08:00,            2026, 11, 23,  8,  0,  0,         0,  -8,  0",
    "2026-11-23T08:00:00+00:00,            2026, 11, 23,  8,  0,  0,         0,   0,  0",
    "2026-11-23T08:00:00.5Z,               2026, 11, 23,  8,  0,  0, 500000000,   0,  0",
    "2026-11-23T08:00:00.412Z,             2026, 11, 23,  8,  0,  0, 412000000,   0,  0",
    "2026-11-23T08:00:00.412345-03:00,     2026, 11, 23,  8,  0,  0, 412345000,  -3,  0",
    "2026-11-23T08:00:00.123456789+09:00,  2026, 11, 23,  8,  0,  0, 123456789,   9,  0",
    "2026-11-23T23:59:59.999999999Z,       2026, 11, 23, 23, 59, 59, 999999999,   0,  0",
    "2026-11-23t08:00:00z,                 2026, 11, 23,  8,  0,  0,         0,   0,  0",
  })
  void timestampDecodesWithItsOffsetAndEveryFractionalDigit(
      String text, int year, int month, int day, int hour, int minute, int second, int nanos,
      int offsetHours, int offsetMinutes) {
    ScheduleTriggerContext trigger =
        DeploymentsJson.fromJson(
            "{\"type\":\"schedule\",\"scheduled_at\":\"" + text + "\"}", ScheduleTriggerContext.class);

    assertEquals(
        OffsetDateTime.of(
            year, month, day, hour, minute, second, nanos,
            ZoneOffset.ofHoursMinutes(offsetHours, offsetMinutes)),
        trigger.getScheduledAt());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-23T08:00:00Z",
        "2026-11-23T08:00:00.5Z",
        "2026-11-23T08:00:00.412+01:00",
        "2026-11-23T08:00:00.000000001-09:30",
        "2026-11-23T08:00:00.123456789+14:00"
      })
  void timestampEncodesBackWithoutLosingPrecision(String text) {
    String json = "{\"type\":\"schedule\",\"scheduled_at\":\"" + text + "\"}";

    assertEquals(json, DeploymentsJson.toJson(DeploymentsJson.fromJson(json, ScheduleTriggerContext.class)));
  }

  @Test
  void timestampThatIsNotRfc3339FailsNamingTheField() {
    DecodeException e =
        assertThrows(
            DecodeException.class,
            () ->
                DeploymentsJson.fromJson(
                    "{\"type\":\"schedule\",\"scheduled_at\":\"23/11/2026 08:00\"}",
                    ScheduleTriggerContext.class));

    assertEquals("ScheduleTriggerContext", e.getModel());
    assertEquals("$.scheduled_at", e.getJsonPath());
    assertTrue(e.getMessage().contains("23/11/2026 08:00"), e.getMessage());
  }

  @Test
  void absentBudgetDecodesToNull() {
    String json = fixture("deployment-paused.json");
    assertFalse(json.contains("\"budget\""));

    assertNull(DeploymentsJson.fromJson(json, Deployment.class).getBudget());
  }

  @Test
  void nullBudgetDecodesToNull() {
    String json = fixture("deployment-paused.json").replace("\"status\":", "\"budget\":null,\"status\":");

    assertNull(DeploymentsJson.fromJson(json, Deployment.class).getBudget());
  }

  @Test
  void deploymentWithoutBudgetEncodesWithoutTheBudgetProperty() {
    Deployment deployment = DeploymentsJson.fromJson(fixture("deployment-paused.json"), Deployment.class);

    assertFalse(DeploymentsJson.toJson(deployment).contains("budget"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2500", "50", "25.00", "0.50", "000120", "123456789012345678901234567890.000000001"})
  void amountStaysTheStringReceived(String amount) {
    String json =
        "{\"type\":\"limit\",\"max_list_cost\":{\"amount\":\"" + amount + "\",\"currency\":\"USD\"}}";

    BudgetLimit budget = DeploymentsJson.fromJson(json, BudgetLimit.class);

    assertEquals(amount, budget.getMaxListCost().getAmount());
    assertEquals("USD", budget.getMaxListCost().getCurrency());
    assertEquals(json, DeploymentsJson.toJson(budget));
  }

  @Test
  void amountIsWrittenAsAJsonString() {
    Money money = Money.builder().amount("2500").currency("USD").build();

    assertEquals("{\"amount\":\"2500\",\"currency\":\"USD\"}", DeploymentsJson.toJson(money));
  }
}
