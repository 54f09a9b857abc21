package dev.managedagents.deployments.testing;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A failure that {@link LocalDeploymentsServer#failNext} makes the server answer instead of the
 * real response, to test retry and error handling. Immutable.
 */
public final class Fault {
  enum Kind {
    ERROR,
    DROP_CONNECTION,
    DROP_RESPONSE
  }

  final Kind kind;
  final int status;
  final String errorType;
  final String message;
  final @Nullable Duration retryAfter;

  private Fault(
      Kind kind, int status, String errorType, String message, @Nullable Duration retryAfter) {
    this.kind = kind;
    this.status = status;
    this.errorType = errorType;
    this.message = message;
    this.retryAfter = retryAfter;
  }

  /**
   * {@code 429 rate_limit_error} with {@code retry-after-ms} and {@code retry-after} (whole seconds,
   * rounded up) telling the client how long to wait.
   */
  public static Fault rateLimited(Duration retryAfter) {
    return error(429, "rate_limit_error", "Number of requests has exceeded your rate limit.")
        .withRetryAfter(retryAfter);
  }

  /** {@code 500 api_error}, without retry hints: the client backs off on its own. */
  public static Fault internalServerError() {
    return error(500, "api_error", "Internal server error.");
  }

  /** {@code 529 overloaded_error}, without retry hints: the client backs off on its own. */
  public static Fault overloaded() {
    return error(529, "overloaded_error", "Overloaded.");
  }

  /** Any status with the documented error envelope of {@code errorType} and {@code message}. */
  public static Fault error(int status, String errorType, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status is " + status + "; a fault answers 400 to 599");
    }
    return new Fault(Kind.ERROR, status, require(errorType, "errorType"), require(message, "message"), null);
  }

  /**
   * Closes the connection without answering and without acting on the request: nothing changes on
   * the server, but the client cannot know that.
   */
  public static Fault dropConnection() {
    return new Fault(Kind.DROP_CONNECTION, 0, "", "", null);
  }

  /**
   * Carries the request out, then closes the connection without answering: the change happened but
   * the client never hears of it (for example a second deployment if a create is resent).
   */
  public static Fault dropResponse() {
    return new Fault(Kind.DROP_RESPONSE, 0, "", "", null);
  }

  /**
   * A copy of this error fault that also sends {@code retry-after-ms} and {@code retry-after}.
   *
   * @throws IllegalStateException if this fault drops the connection instead of answering
   */
  public Fault withRetryAfter(Duration retryAfter) {
    if (kind != Kind.ERROR) {
      throw new IllegalStateException("only an error answer carries retry-after");
    }
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative");
    }
    return new Fault(kind, status, errorType, message, retryAfter);
  }

  private static String require(@Nullable String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  @Override
  public String toString() {
    switch (kind) {
      case DROP_CONNECTION:
        return "Fault{drop the connection}";
      case DROP_RESPONSE:
        return "Fault{act, then drop the connection}";
      default:
        return "Fault{" + status + " " + errorType + (retryAfter == null ? "" : ", retry after " + retryAfter) + "}";
    }
  }
}
