package dev.managedagents.deployments;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * When to send a request again and how long to wait first, as the API's reference describes:
 * connection failures, 408, 409, 429 and 5xx are retried, the server's {@code x-should-retry} and
 * retry-after headers steer, and non-idempotent operations are retried only when the first attempt
 * certainly had no effect.
 */
final class RetryPolicy {
  static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
  /** A server hint longer than this is ignored in favour of the backoff. */
  static final Duration MAX_HINT = Duration.ofSeconds(60);

  private final Random random;

  RetryPolicy(Random random) {
    this.random = random;
  }

  /**
   * Whether the failure happened before any byte of the request could reach the server: no
   * connection was made, as {@link RetryInterceptor} marks it, or the failure says so itself.
   */
  static boolean certainlyNotSent(IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RetryInterceptor.NotSentException
          || t instanceof ConnectException
          || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code request} is one of the spec's non-idempotent operations. */
  static boolean isIdempotent(Request request, HttpUrl baseUrl) {
    List<String> baseSegments = baseUrl.pathSegments();
    List<String> segments = request.url().pathSegments();
    int skip = baseSegments.get(baseSegments.size() - 1).isEmpty() ? baseSegments.size() - 1 : baseSegments.size();
    for (String operation : DeploymentsApi.NOT_IDEMPOTENT) {
      int space = operation.indexOf(' ');
      String[] template = operation.substring(space + 1).split("/", -1);
      if (!request.method().equals(operation.substring(0, space))
          || segments.size() - skip != template.length) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < template.length && matches; i++) {
        matches = template[i].startsWith("{") || template[i].equals(segments.get(skip + i));
      }
      if (matches) {
        return false;
      }
    }
    return true;
  }

  /** For a failure without a response; {@code possiblySent} is false only when nothing was sent. */
  boolean shouldRetry(boolean possiblySent, boolean idempotent) {
    return idempotent || !possiblySent;
  }

  boolean shouldRetry(Response response, boolean idempotent) {
    String hint = response.header("x-should-retry");
    if ("true".equals(hint)) {
      return true;
    }
    if ("false".equals(hint)) {
      return false;
    }
    int status = response.code();
    if (status == 429) {
      return true; // A rate-limited request was refused before it had any effect.
    }
    return idempotent && (status == 408 || status == 409 || status >= 500);
  }

  /** The wait before retry number {@code retry} (1 for the first retry). */
  Duration delay(int retry, @Nullable Response response, Instant now) {
    Duration hinted = response == null ? null : hintedDelay(response, now);
    if (hinted != null) {
      return hinted;
    }
    long base = INITIAL_BACKOFF.toMillis() << Math.min(retry - 1, 16);
    long capped = Math.min(base, MAX_BACKOFF.toMillis());
    // Jitter takes up to a quarter off, so that many clients do not retry in step.
    return Duration.ofMillis(capped - (long) (capped * 0.25 * random.nextDouble()));
  }

  private static @Nullable Duration hintedDelay(Response response, Instant now) {
    Duration hint = parseMillis(response.header("retry-after-ms"));
    if (hint == null) {
      hint = parseRetryAfter(response.header("retry-after"), now);
    }
    return hint != null && !hint.isNegative() && !hint.isZero() && hint.compareTo(MAX_HINT) <= 0
        ? hint
        : null;
  }

  private static @Nullable Duration parseMillis(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofMillis((long) Double.parseDouble(value.trim()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable Duration parseRetryAfter(@Nullable String value, Instant now) {
    if (value == null) {
      return null;
    }
    try {
      return Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Duration.between(now, at);
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
