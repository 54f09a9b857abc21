package dev.managedagents.deployments;

import java.util.function.BiConsumer;

/**
 * Receives what each call of a client does: its start, each attempt with its timings, status and
 * request ID, and its end. Set with {@link DeploymentsClient.Builder#addCallListener}; the
 * OpenTelemetry and Micrometer artifacts are listeners too.
 *
 * <p>A call is one method of {@link Deployments} or {@link DeploymentRuns}; its attempts are the
 * HTTP requests it sends (the first, and each retry). {@link #callStarted} runs on the thread that
 * made the call, async calls included, so a listener can read that thread's context there (a trace,
 * a logging context); the other methods run on that thread, on OkHttp's, or on the client's timer.
 * Each call ends exactly once, after every attempt it started has ended, and before an async call's
 * future completes. A call refused before sending (a {@link ValidationException}) starts and ends
 * with no attempt.
 *
 * <p>Listeners see no request header, body or URL, so never the API key or a secret property such
 * as {@code authorization_token}: an operation is named by its route template. Methods must be
 * quick and thread-safe; an exception one throws is ignored. With no listener, calls allocate
 * nothing for them.
 */
public interface CallListener {
  /** A call starts, on the thread that made it. */
  default void callStarted(CallEvent call) {}

  /**
   * An attempt is about to be sent. {@code addHeader} adds a header to this attempt's request, for
   * trace context such as {@code traceparent}; a header the client sets itself (credentials,
   * version, betas) is ignored.
   */
  default void attemptStarted(AttemptEvent attempt, BiConsumer<String, String> addHeader) {}

  /** An attempt ended: answered, failed, or ended with its call. */
  default void attemptEnded(AttemptEvent attempt) {}

  /** The call ended with a value or {@link CallEvent#failure()}; its last attempt has ended. */
  default void callEnded(CallEvent call) {}
}
