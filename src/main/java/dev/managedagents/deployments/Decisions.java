package dev.managedagents.deployments;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import retrofit2.Response;

/**
 * What the end of each attempt of one call means: its model, its failure, or another attempt after
 * a wait ({@link Step}). It keeps what the call's attempts have spent (attempts, retries, free
 * replays, redirects) and applies the rules: {@link RetryPolicy} for waits, {@link ConnectionRules}
 * for what a connection proved, {@link Redirects}, and {@link CallFailures} for the words.
 *
 * <p>Attempts run one after another, so only the thread that ends one decides, and nothing here is
 * locked; what the {@link Exchange} knows under its lock when an attempt ends (the attempt, and
 * whether the request may have reached the server) comes with each decision.
 *
 * @param <M> the model the response decodes to
 */
final class Decisions<M> {
  /**
   * How many times a call may be sent again without spending a retry, after a server proved it had
   * not processed it: a pooled connection it had closed while idle, or a refused HTTP/2 stream
   * (after a pause from the third refusal on, {@link RetryPolicy#refusedPause}).
   */
  private static final int MAX_UNPROCESSED = 16;

  /**
   * How many pooled connections a write may turn down ({@link ConnectionRules#whyNotForAWrite});
   * each one leaves the pool, so this only bounds a pool that keeps refilling with unusable ones.
   */
  private static final int MAX_UNUSED_CONNECTIONS = 1024;

  private final Transport transport;
  private final Operation operation;
  private final long deadlineNanos;
  private final int maxRetries;

  // Read by other threads only for a message (close, cancel, deadline).
  private volatile int attempts;
  private volatile int retries;

  private int unprocessed;
  private int refusals;
  private int unusedConnections;
  private int redirects;
  private okhttp3.@Nullable Connection turnedDown;

  /** Where a followed redirect pointed; read when the next attempt's request is made. */
  private volatile @Nullable HttpUrl redirectedTo;

  // Where the last attempt went and what it must not show; for messages, on any thread.
  private volatile String path;
  private volatile Redactor redactor;

  Decisions(Transport transport, Operation operation, long deadlineNanos) {
    this.transport = transport;
    this.operation = operation;
    this.deadlineNanos = deadlineNanos;
    this.maxRetries = transport.maxRetries;
    this.path = "/" + operation.path;
    this.redactor = transport.redactor;
  }

  /** The request of the attempt under way went to {@code path}, with {@code redactor}'s secrets. */
  void sending(String path, Redactor redactor) {
    this.path = path;
    this.redactor = redactor;
  }

  /** The client's redactor, and from the first attempt on also the request body's secrets. */
  Redactor redactor() {
    return redactor;
  }

  /**
   * Counts an attempt that starts; answers the HTTP/2 connection this call turned down for a write
   * (so that it is not taken again while another call holds it), or null.
   */
  okhttp3.@Nullable Connection attemptStarts() {
    attempts++;
    return turnedDown;
  }

  @Nullable HttpUrl redirectedTo() {
    return redirectedTo;
  }

  /**
   * What an attempt that ended without a model means. Retrofit reports the network's failures as
   * {@link IOException}s and the converter's as the runtime exceptions it threw; an {@link Error}
   * from decoding is thrown as it is.
   *
   * @param current the attempt that ended
   * @param sent whether the request, this time or before, may have reached the server
   * @param cancelledByOkHttp the HTTP call was cancelled, and not by anyone ending the call:
   *     OkHttp's own timeout, set to the deadline
   */
  Step afterFailure(
      Throwable t, @Nullable Attempt current, boolean sent, boolean cancelledByOkHttp) {
    if (t instanceof IOException) {
      return failed((IOException) t, current, sent, cancelledByOkHttp);
    }
    if (t instanceof DecodeException && t.getCause() instanceof Error) {
      throw (Error) t.getCause(); // see JsonConverterFactory.decode
    }
    if (t instanceof DecodeException && ((DecodeException) t).undecodedBody != null) {
      return undecodable((DecodeException) t, current);
    }
    if (t instanceof ResponseTooLargeException) {
      return Step.fail(tooLarge((ResponseTooLargeException) t, current));
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    throw (Error) t;
  }

  /** What an attempt that failed on the network, before or while its answer was read, means. */
  private Step failed(
      IOException e, @Nullable Attempt current, boolean callSent, boolean cancelledByOkHttp) {
    if (current != null
        && current.turnedDownConnection
        && unusedConnections++ < MAX_UNUSED_CONNECTIONS) {
      // Nothing was written: not an attempt. The next one takes another connection.
      attempts--;
      okhttp3.Connection connection = current.connection;
      if (connection != null && ConnectionRules.isMultiplexed(connection)) {
        turnedDown = connection;
        transport.evictIdleConnections();
      }
      return Step.retry(Duration.ZERO);
    }
    if (current != null && current.answered) {
      return failedReading(current, e);
    }
    boolean sent = current != null && current.possiblySent();
    boolean safe = operation.idempotent || !sent;
    boolean refused = current != null && current.refused;
    if (e instanceof InterruptedIOException
        && (cancelledByOkHttp || System.nanoTime() >= deadlineNanos)) {
      // First: OkHttp's timeout cuts an attempt on a pooled connection before any answer too, which
      // is no proof of a stale connection, and the deadline leaves no time for another attempt.
      String what = CallFailures.timedOut(transport.timeout);
      return Step.fail(failure(what, e, null, current, callSent));
    }
    if (current != null
        && (refused || current.failedOnStaleConnection())
        && safe
        && unprocessed < MAX_UNPROCESSED) {
      // The server refused the stream unprocessed, or had closed this pooled connection while it
      // sat idle: not a retry, since nothing reached a server that acted on it. A stale
      // connection's idle siblings are likely stale too.
      unprocessed++;
      if (!refused) {
        transport.evictIdleConnections();
        return Step.retry(Duration.ZERO);
      }
      // A server refusing again and again is at its stream limit: give it time to finish some.
      Duration pause = transport.policy.refusedPause(++refusals);
      if (pause.toNanos() < deadlineNanos - System.nanoTime()) {
        return Step.retry(pause);
      }
    }
    String what = "failed on the network";
    if (!safe) {
      String reason =
          CallFailures.notIdempotent(operation, "the request may have reached the server");
      return Step.fail(failure(what, e, reason, current, callSent));
    }
    return retryOrFail(null, null, e, what, current, callSent);
  }

  /** The answer was cut off while its body was read: the server did act on the request. */
  private Step failedReading(Attempt current, IOException e) {
    String what = "failed on the network while reading the answer";
    if (!operation.idempotent) {
      String reason =
          CallFailures.notIdempotent(operation, "the server answered " + current.status);
      return Step.fail(failure(what, e, reason, current, true));
    }
    return retryOrFail(null, null, e, what, current, true);
  }

  /** What an answer means: a value, a failure, or another attempt. */
  Step answered(Response<M> response, @Nullable Attempt current) {
    Redactor redactor = this.redactor;
    okhttp3.Response raw = response.raw();
    Headers headers = raw.headers();
    if (current != null && current.retryAfter != null) {
      headers = headers.newBuilder().set("Retry-After", current.retryAfter).build();
    }
    if (raw.isRedirect()) {
      return redirect(raw, headers, redactor);
    }
    int status = response.code();
    if (!response.isSuccessful()) {
      ErrorResponse error = ErrorResponse.read(status, headers, response.errorBody(), redactor);
      if (!RetryPolicy.retryable(status, headers, operation.idempotent)) {
        String reason = null;
        if (status >= 500 && !operation.idempotent) {
          reason =
              CallFailures.notIdempotent(
                  operation, "the request reached the server, so the operation may have happened");
        } else if (headers.get("x-should-retry") != null && status >= 500) {
          reason = "not retried: the server said x-should-retry: " + headers.get("x-should-retry");
        }
        return Step.fail(error.toException(note(reason)));
      }
      return retryOrFail(error.retryAfter, error, null, "", current, true);
    }
    M model = response.body();
    if (model == null) { // 204 or 205: Retrofit does not ask the converter
      DecodeException noBody =
          new DecodeException(operation.id, null, "the response has no body", null);
      return Step.fail(decodeFailure(status, headers, "", noBody, redactor));
    }
    return Step.done(model);
  }

  /**
   * A 2xx body the converter could not decode: the error envelope (an error, whatever the status
   * said), or a {@link DecodeException} with the status and request ID the attempt recorded.
   */
  private Step undecodable(DecodeException e, @Nullable Attempt current) {
    int status = current == null ? 0 : current.status;
    Headers headers = current == null || current.headers == null ? Headers.of() : current.headers;
    byte[] json = e.undecodedBody;
    if (json == null) {
      json = new byte[0];
    }
    String text =
        new String(
            json,
            0,
            (int) Math.min(json.length, ErrorResponse.MAX_BODY_BYTES),
            StandardCharsets.UTF_8);
    ErrorResponse envelope = ErrorResponse.ifEnvelope(status, headers, text, redactor);
    if (envelope != null) {
      return Step.fail(envelope.toException(""));
    }
    return Step.fail(decodeFailure(status, headers, text, e, redactor));
  }

  private DecodeException decodeFailure(
      int status, Headers headers, String text, DecodeException e, Redactor redactor) {
    return e.inResponse(
        status,
        headers.get("request-id"),
        headers.get("Content-Type"),
        ErrorResponse.excerpt(redactor.redact(text)),
        redactor);
  }

  /** The converter's {@code e}, naming the call, its status and its request ID. */
  private ResponseTooLargeException tooLarge(
      ResponseTooLargeException e, @Nullable Attempt current) {
    int status = current == null ? 0 : current.status;
    String requestId =
        current == null || current.headers == null ? null : current.headers.get("request-id");
    return CallFailures.tooLarge(operation, e, status, requestId, redactor);
  }

  private Step redirect(okhttp3.Response response, Headers headers, Redactor redactor) {
    String location = headers.get("Location");
    HttpUrl target = location == null ? null : response.request().url().resolve(location);
    String why = Redirects.whyNotFollowed(operation, target, response.request().url(), redirects);
    if (why == null && target != null) {
      redirects++;
      redirectedTo = target;
      return Step.retry(Duration.ZERO);
    }
    ErrorResponse error = ErrorResponse.read(response.code(), headers, null, redactor);
    return Step.fail(
        error.toException(
            "; redirected to "
                + (location == null ? "nowhere" : redactor.redact(location))
                + ", not followed: "
                + why));
  }

  /**
   * Another attempt after the server's hinted wait or the backoff, or, when none may start, the
   * failure with the reason why not: the server's {@code error}, or else the network failure {@code
   * cause} ({@link #failure}).
   */
  private Step retryOrFail(
      @Nullable Duration hint,
      @Nullable ErrorResponse error,
      @Nullable IOException cause,
      String what,
      @Nullable Attempt current,
      boolean sent) {
    String reason = null; // the retries are used up: the note says how many attempts were made
    if (retries < maxRetries) {
      if (hint != null && hint.compareTo(RetryPolicy.MAX_HINT) > 0) {
        reason = CallFailures.hintTooLong(hint);
      } else {
        Duration wait = hint != null ? hint : transport.policy.backoff(retries + 1);
        long left = deadlineNanos - System.nanoTime();
        if (wait.toNanos() < left) {
          retries++;
          return Step.retry(wait);
        }
        reason = CallFailures.waitPastTimeout(wait, left);
      }
    }
    if (error != null) {
      return Step.fail(error.toException(note(reason)));
    }
    return Step.fail(failure(what, Objects.requireNonNull(cause), reason, current, sent));
  }

  /** What the caller should know of the attempts made: how many, and why they stopped. */
  String note(@Nullable String reason) {
    return CallFailures.note(attempts, retries, maxRetries, reason);
  }

  /**
   * A failure on the network of the call whose last attempt was {@code last}, and whose request may
   * have reached the server if {@code sent}.
   */
  ConnectionException failure(
      String what,
      IOException cause,
      @Nullable String reason,
      @Nullable Attempt last,
      boolean sent) {
    return CallFailures.connection(
        operation.method + " " + path + " " + what,
        cause,
        sent,
        last != null && last.refused,
        operation.idempotent,
        note(reason),
        redactor);
  }

  /** What to do after an attempt. */
  static final class Step {
    final @Nullable Object value;
    final @Nullable RuntimeException failure;
    final Duration wait;

    private Step(@Nullable Object value, @Nullable RuntimeException failure, Duration wait) {
      this.value = value;
      this.failure = failure;
      this.wait = wait;
    }

    static Step done(Object value) {
      return new Step(value, null, Duration.ZERO);
    }

    static Step fail(RuntimeException failure) {
      return new Step(null, failure, Duration.ZERO);
    }

    static Step retry(Duration wait) {
      return new Step(null, null, wait);
    }
  }
}
