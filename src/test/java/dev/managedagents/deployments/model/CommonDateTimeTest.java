package dev.managedagents.deployments.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The allocation-free timestamp parser takes only the API's own shape and gives exactly what {@code
 * ISO_OFFSET_DATE_TIME} gives; everything else is left to the formatter.
 */
class CommonDateTimeTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026-11-23T08:00:00Z",
        "2026-11-23T08:00:00.5Z",
        "2026-11-23T08:00:00.412Z",
        "2026-11-23T08:00:00.123456789Z",
        "2026-11-23T08:00:00+05:30",
        "2026-11-23T08:00:00-08:00",
        "2026-11-23T08:00:00-00:00",
        "2026-11-23T08:00:00.000+18:00",
        "2024-02-29T23:59:59.999999999-18:00",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
      })
  void apiShapeParsesToTheFormattersValue(String text) {
    OffsetDateTime common = Rfc3339.parseCommon(text);

    assertNotNull(common);
    assertEquals(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME), common);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2026-11-23t08:00:00z",
        "2026-11-23T08:00Z",
        "2026-11-23T08:00:00+01:00:30",
        "2026-11-23T08:00:00.1234567891Z",
        "2026-11-23T08:00:00.Z",
        "2026-02-29T08:00:00Z",
        "2026-11-23T24:00:00Z",
        "2026-11-23T08:00:60Z",
        "2026-13-23T08:00:00Z",
        "2026-11-23T08:00:00+18:30",
        "2026-11-23T08:00:00+1:00",
        "2026-11-23T08:00:00",
        "2026-11-23 08:00:00Z",
        "+12026-11-23T08:00:00Z",
        "2026-11-23T08:00:00ZZ",
        "2026-1a-23T08:00:00Z",
      })
  void anyOtherTextIsLeftToTheFormatter(String text) {
    assertNull(Rfc3339.parseCommon(text));
  }

  @Test
  void randomTimestampsParseAsTheFormatterParsesThem() {
    Random random = new Random(20261127L);
    for (int i = 0; i < 20_000; i++) {
      String text = randomTimestamp(random);
      OffsetDateTime expected;
      try {
        expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        expected = null;
      }
      OffsetDateTime common = Rfc3339.parseCommon(text);
      if (common != null || expected == null) {
        assertEquals(expected, common, text);
      }
    }
  }

  private static String randomTimestamp(Random random) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                "%04d-%02d-%02dT%02d:%02d:%02d",
                random.nextInt(10_000),
                random.nextInt(14),
                random.nextInt(33),
                random.nextInt(26),
                random.nextInt(62),
                random.nextInt(62)));
    int digits = random.nextInt(12) - 2;
    if (digits >= 0) {
      text.append('.');
      for (int d = 0; d < digits; d++) {
        text.append((char) ('0' + random.nextInt(10)));
      }
    }
    if (random.nextBoolean()) {
      text.append('Z');
    } else {
      text.append(random.nextBoolean() ? '+' : '-')
          .append(String.format("%02d:%02d", random.nextInt(20), random.nextInt(61)));
    }
    return text.toString();
  }
}
