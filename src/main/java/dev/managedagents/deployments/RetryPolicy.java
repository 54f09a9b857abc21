package dev.managedagents.deployments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Random;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * When to send a request again and how long to wait first, as the API's reference describes:
 * connection failures, 408, 409, 429 and 5xx are retried, the server's {@code x-should-retry} and
 * retry-after headers steer, and non-idempotent operations are retried only when the server
 * certainly did not act on them.
 */
final class RetryPolicy {
  static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  private static final Duration REFUSED_PAUSE = Duration.ofMillis(10);

  /** The longest server hint the client waits for; a longer one means "not now". */
  static final Duration MAX_HINT = Duration.ofSeconds(60);

  private static final Duration FOREVER = Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);

  private final Random random;

  RetryPolicy(Random random) {
    this.random = random;
  }

  /**
   * Whether an answer with {@code status} asks to be sent again. The server's {@code
   * x-should-retry} decides when present (in any case); otherwise 408 and 429 are retried for every
   * operation (the server says it did not act), 409 and 5xx only for idempotent ones.
   */
  static boolean retryable(int status, Headers headers, boolean idempotent) {
    String hint = headers.get("x-should-retry");
    if (hint != null) {
      String value = hint.trim().toLowerCase(Locale.ROOT);
      if (value.equals("true")) {
        return true;
      }
      if (value.equals("false")) {
        return false;
      }
    }
    if (status == 408 || status == 429) {
      return true;
    }
    return idempotent && (status == 409 || status >= 500);
  }

  /**
   * The wait the server asks for, from {@code retry-after-ms} or else {@code retry-after} (seconds
   * or an HTTP date), or {@code null} when there is none that can be read or it is not in the
   * future (the backoff applies then). Never throws: a value of any size is read, and one too large
   * for a {@link Duration} is a very long wait.
   */
  static @Nullable Duration hint(Headers headers, Instant now) {
    Duration hint = number(headers.get("retry-after-ms"), 1);
    String retryAfter = headers.get("retry-after");
    if (hint == null) {
      hint = number(retryAfter, 1_000);
    }
    if (hint == null && retryAfter != null) {
      try {
        Instant at =
            ZonedDateTime.parse(retryAfter.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        hint = Duration.between(now, at);
      } catch (DateTimeParseException | ArithmeticException notADate) {
        return null;
      }
    }
    return hint == null || hint.isNegative() || hint.isZero() ? null : hint;
  }

  /** A non-negative decimal number of {@code unitMillis} each, or null. */
  private static @Nullable Duration number(@Nullable String value, long unitMillis) {
    if (value == null) {
      return null;
    }
    String text = value.trim();
    if (text.isEmpty() || text.length() > 40 || !text.matches("\\d+(\\.\\d+)?")) {
      return null;
    }
    BigDecimal millis = new BigDecimal(text).multiply(BigDecimal.valueOf(unitMillis));
    return millis.compareTo(BigDecimal.valueOf(FOREVER.toMillis())) >= 0
        ? FOREVER
        : Duration.ofMillis(millis.longValue());
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry) when the server gave none.
   */
  Duration backoff(int retry) {
    long base = INITIAL_BACKOFF.toMillis() << Math.min(retry - 1, 16);
    return jittered(Math.min(base, MAX_BACKOFF.toMillis()));
  }

  /**
   * The pause before a request the server refused unprocessed is sent again, for its {@code
   * refusal}-th refusal: none for the first two, then from 10 ms doubling up to 320 ms, less up to
   * a quarter of jitter. A refused stream costs the server nothing, but one refused again and again
   * means a server at its limit, whose streams need time to finish.
   */
  Duration refusedPause(int refusal) {
    if (refusal <= 2) {
      return Duration.ZERO;
    }
    return jittered(REFUSED_PAUSE.toMillis() << Math.min(refusal - 3, 5));
  }

  /** Up to a quarter off {@code millis}, so that many clients do not retry in step. */
  private Duration jittered(long millis) {
    return Duration.ofMillis(millis - (long) (millis * 0.25 * random.nextDouble()));
  }

  /** A duration as people read it: {@code 500 ms}, {@code 2.5 s}, {@code 120 s}. */
  static String describe(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1_000) {
      return millis + " ms";
    }
    return BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
  }
}
