package dev.managedagents.deployments;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a failed call says, in one place: what went wrong, whether the request may have reached the
 * server, how many attempts were made, and why no other was. {@link Exchange} decides; these only
 * word its decisions, and every text they make passes the call's redactor.
 */
final class CallFailures {
  private CallFailures() {}

  /**
   * A failure on the network: {@code call} ("POST /v1/deployments failed on the network") with the
   * cause or the HTTP/2 signal, what it means for the request, and {@code note}.
   *
   * @param sent whether the request may have reached the server
   * @param refused whether the server proved it did not process the request
   */
  static ConnectionException connection(
      String call,
      IOException cause,
      boolean sent,
      boolean refused,
      boolean idempotent,
      String note,
      Redactor redactor) {
    String effect;
    if (!sent) {
      effect = refused ? "; the server did not process it" : "; nothing was sent";
    } else if (idempotent) {
      effect = "; the request may have reached the server";
    } else {
      effect = "; the request may have reached the server, so the operation may have happened";
    }
    String signal = ConnectionRules.describe(cause);
    String detail =
        signal != null
            ? " (" + signal + ")"
            : cause instanceof InterruptedIOException || cause.getMessage() == null
                ? ""
                : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    return new ConnectionException(
        redactor.redact(call + detail + effect + note), redactor.safeCause(cause), sent);
  }

  /** What the caller should know of the attempts made: how many, and why they stopped. */
  static String note(int attempts, int retries, int maxRetries, @Nullable String reason) {
    StringBuilder note = new StringBuilder();
    if (attempts > 1) {
      note.append("; after ").append(attempts).append(" attempts");
      if (reason == null && retries >= maxRetries) {
        note.append(" (")
            .append(maxRetries)
            .append(maxRetries == 1 ? " retry" : " retries")
            .append(", the most allowed)");
      }
    }
    if (reason != null) {
      note.append("; ").append(reason);
    }
    return note.toString();
  }

  /** Why a write was not sent again: {@code because} it may have reached the server. */
  static String notIdempotent(Operation operation, String because) {
    return "not retried: " + operation.id + " is not idempotent and " + because;
  }

  static String hintTooLong(Duration hint) {
    return "not retried: the server asked to wait "
        + RetryPolicy.describe(hint)
        + ", longer than the "
        + RetryPolicy.describe(RetryPolicy.MAX_HINT)
        + " the client waits";
  }

  static String waitPastTimeout(Duration wait, long leftNanos) {
    return "not retried: waiting "
        + RetryPolicy.describe(wait)
        + " would pass the call's timeout (time left: "
        + RetryPolicy.describe(Duration.ofNanos(Math.max(0, leftNanos)))
        + ")";
  }

  static String timedOut(Duration timeout) {
    return "timed out after "
        + RetryPolicy.describe(timeout)
        + " (the call's timeout, queue time and retries included)";
  }

  /** The converter's {@code e}, naming the operation, its status and its request ID. */
  static ResponseTooLargeException tooLarge(
      Operation operation,
      ResponseTooLargeException e,
      int status,
      @Nullable String requestId,
      Redactor redactor) {
    return new ResponseTooLargeException(
        redactor.redact(
            operation.id
                + ": "
                + e.getMessage()
                + "; the client reads at most "
                + e.getLimit()
                + " bytes (maxResponseSize)"
                + (requestId == null ? "" : " (request " + requestId + ")")),
        e.getLimit(),
        status,
        requestId);
  }
}
