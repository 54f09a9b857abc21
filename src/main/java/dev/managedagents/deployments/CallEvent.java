package dev.managedagents.deployments;

import java.util.concurrent.CancellationException;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * One call as a {@link CallListener} sees it: which operation, how many attempts, and how it ended.
 * The same object is given to every method of one call, so a listener may use it as a key; what it
 * says grows as the call goes on. It holds no credential: no header, body or URL of the request.
 */
public final class CallEvent {
  private final Operation operation;
  private final String serverAddress;
  private final int serverPort;
  private final boolean async;
  private final long startNanos = System.nanoTime();

  // Written by the thread that ends an attempt or the call, under CallEvents' lock.
  private volatile int attempts;
  private volatile int status;
  private volatile @Nullable Headers headers;
  private volatile boolean possiblySent;
  private volatile long durationNanos = -1;
  private volatile @Nullable Throwable failure;

  CallEvent(Operation operation, String serverAddress, int serverPort, boolean async) {
    this.operation = operation;
    this.serverAddress = serverAddress;
    this.serverPort = serverPort;
    this.async = async;
  }

  /** The spec's {@code operationId}, such as {@code retrieveDeployment}. */
  public String operationId() {
    return operation.id;
  }

  /** The HTTP method, such as {@code GET}. */
  public String httpMethod() {
    return operation.method;
  }

  /**
   * The path template, such as {@code /v1/deployments/{deployment_id}}: low cardinality, never an
   * ID.
   */
  public String routeTemplate() {
    return "/" + operation.path;
  }

  /** The host of the client's base URL. */
  public String serverAddress() {
    return serverAddress;
  }

  /** The port of the client's base URL. */
  public int serverPort() {
    return serverPort;
  }

  /** Whether the call was made with an {@code ...Async} method. */
  public boolean isAsync() {
    return async;
  }

  /** The attempts started so far; 0 for a call refused before sending. */
  public int attempts() {
    return attempts;
  }

  /** The status of the last answer, or 0 if no attempt was answered. */
  public int status() {
    return status;
  }

  /** The {@code request-id} of the last answer, or {@code null}. */
  public @Nullable String requestId() {
    Headers last = headers;
    return last == null ? null : last.get("request-id");
  }

  /**
   * Whether the request may have reached the server: some attempt was answered, or went out and
   * failed without an answer that proves otherwise.
   */
  public boolean possiblySent() {
    return possiblySent;
  }

  /** Nanoseconds from the call's start to its end, or -1 before it ended. */
  public long durationNanos() {
    return durationNanos;
  }

  /**
   * What the call failed with (a {@link DeploymentsException}, or a {@link CancellationException}
   * for a cancelled async call), or {@code null} once it ended with a value, or before its end. Its
   * message never shows a secret.
   */
  public @Nullable Throwable failure() {
    return failure;
  }

  /** Whether the call has ended. */
  public boolean isEnded() {
    return durationNanos >= 0;
  }

  Operation operation() {
    return operation;
  }

  /** The last answer's headers, for {@link ApiResponse}; {@code null} if none. */
  @Nullable Headers headers() {
    return headers;
  }

  void attemptStarted() {
    attempts++;
  }

  void answered(int status, @Nullable Headers headers) {
    this.status = status;
    this.headers = headers;
  }

  void mayHaveBeenSent() {
    possiblySent = true;
  }

  void ended(@Nullable Throwable failure) {
    this.failure = failure;
    this.durationNanos = System.nanoTime() - startNanos;
  }

  /** Operation, attempts, status, request ID, duration and outcome; no secret. */
  @Override
  public String toString() {
    Throwable failed = failure;
    return "CallEvent{"
        + operation.id
        + " "
        + operation.method
        + " "
        + routeTemplate()
        + ", attempts="
        + attempts
        + ", status="
        + status
        + ", requestId="
        + requestId()
        + ", durationNanos="
        + durationNanos
        + (failed == null ? "" : ", failure=" + failed.getClass().getName())
        + ", possiblySent="
        + possiblySent
        + "}";
  }
}
