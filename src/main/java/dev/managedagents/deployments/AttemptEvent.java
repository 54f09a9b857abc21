package dev.managedagents.deployments;

import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a call as a {@link CallListener} sees it: its number, why it was sent again, what
 * the server answered, and where its time went. Durations are in nanoseconds, -1 when the step did
 * not happen (no new connection on a pooled one, no TLS over cleartext) or is not known; they come
 * from OkHttp's own {@code EventListener}, so they are known only when the client was built with a
 * listener. It holds no credential.
 */
public final class AttemptEvent {
  private final CallEvent call;
  private final int number;
  private final @Nullable String retryReason;
  private final long retryWaitNanos;
  private final long startNanos = System.nanoTime();
  final AttemptTimings timings;

  // Written once when the attempt ends, under CallEvents' lock.
  private volatile int status;
  private volatile @Nullable Headers headers;
  private volatile @Nullable String errorType;
  private volatile boolean possiblySent;
  private volatile boolean reusedConnection;
  private volatile long durationNanos = -1;

  AttemptEvent(
      CallEvent call,
      int number,
      @Nullable String retryReason,
      long retryWaitNanos,
      boolean timed) {
    this.call = call;
    this.number = number;
    this.retryReason = retryReason;
    this.retryWaitNanos = retryWaitNanos;
    this.timings = timed ? new AttemptTimings() : AttemptTimings.UNTIMED;
  }

  /** The call this attempt belongs to. */
  public CallEvent call() {
    return call;
  }

  /** 1 for the first attempt, 2 for the first retry, ... */
  public int number() {
    return number;
  }

  /**
   * Why the call sent this attempt, {@code null} for the first: {@code status_503} (or any retried
   * status), {@code redirect}, {@code connection_failed}, {@code read_failed}, {@code timeout},
   * {@code stale_connection}, {@code refused_stream}, {@code connection_turned_down}. Low
   * cardinality: fit for a metric tag.
   */
  public @Nullable String retryReason() {
    return retryReason;
  }

  /** How long the call waited before this attempt, in nanoseconds; 0 for the first. */
  public long retryWaitNanos() {
    return retryWaitNanos;
  }

  /** The answer's status, or 0 if none came. */
  public int status() {
    return status;
  }

  /** The answer's {@code request-id}, or {@code null}. */
  public @Nullable String requestId() {
    Headers answer = headers;
    return answer == null ? null : answer.get("request-id");
  }

  /**
   * The class name of what ended the attempt without a usable answer (an {@code IOException}, a
   * decoding failure), or {@code null}.
   */
  public @Nullable String errorType() {
    return errorType;
  }

  /** Whether this attempt's request may have reached the server. */
  public boolean possiblySent() {
    return possiblySent;
  }

  /** Whether it went out on a pooled connection that had carried requests before. */
  public boolean reusedConnection() {
    return reusedConnection;
  }

  /** From the attempt's start until OkHttp began to find it a connection. */
  public long queuedNanos() {
    return timings.since(startNanos, timings.connectionSearchStart);
  }

  /** Opening a new connection, TLS included; -1 on a pooled one. */
  public long connectNanos() {
    return timings.between(timings.connectStart, timings.connectEnd);
  }

  /** The TLS handshake of a new connection; -1 on a pooled or cleartext one. */
  public long tlsNanos() {
    return timings.between(timings.tlsStart, timings.tlsEnd);
  }

  /** From the start of sending the request to the answer's first header. */
  public long timeToFirstByteNanos() {
    return timings.between(timings.requestStart, timings.responseStart);
  }

  /** From the attempt's start to its end (body read), or -1 before it ended. */
  public long durationNanos() {
    return durationNanos;
  }

  /** Bytes of the request body written, or -1 if none was. */
  public long requestBodyBytes() {
    return timings.requestBodyBytes;
  }

  /** Bytes of the response body read (as they came on the wire), or -1 if none was. */
  public long responseBodyBytes() {
    return timings.responseBodyBytes;
  }

  /** Whether the attempt has ended. */
  public boolean isEnded() {
    return durationNanos >= 0;
  }

  void ended(
      int status,
      @Nullable Headers headers,
      @Nullable String errorType,
      boolean possiblySent,
      boolean reusedConnection) {
    this.status = status;
    this.headers = headers;
    this.errorType = errorType;
    this.possiblySent = possiblySent;
    this.reusedConnection = reusedConnection;
    this.durationNanos = System.nanoTime() - startNanos;
  }

  /** Number, retry reason, status, request ID, timings and bytes; no secret. */
  @Override
  public String toString() {
    return "AttemptEvent{"
        + call.operationId()
        + " #"
        + number
        + (retryReason == null ? "" : ", retryReason=" + retryReason)
        + ", retryWaitNanos="
        + retryWaitNanos
        + ", status="
        + status
        + ", requestId="
        + requestId()
        + (errorType == null ? "" : ", errorType=" + errorType)
        + ", possiblySent="
        + possiblySent
        + ", reusedConnection="
        + reusedConnection
        + ", queuedNanos="
        + queuedNanos()
        + ", connectNanos="
        + connectNanos()
        + ", tlsNanos="
        + tlsNanos()
        + ", timeToFirstByteNanos="
        + timeToFirstByteNanos()
        + ", durationNanos="
        + durationNanos
        + ", requestBodyBytes="
        + requestBodyBytes()
        + ", responseBodyBytes="
        + responseBodyBytes()
        + "}";
  }
}
