package dev.managedagents.deployments;

import dev.managedagents.deployments.Decisions.Step;
import dev.managedagents.deployments.JsonConverterFactory.JsonBody;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * One call of the SDK from start to end: its attempts, the waits between them, its deadline, and
 * how it ends. The same decisions serve both forms, each a subclass that drives the attempts: a
 * {@link BlockingExchange} on the caller's thread, an {@link AsyncExchange} on OkHttp's threads
 * with each wait scheduled, so that no thread is held while a call waits; a cancel, a close or the
 * deadline ends either at once.
 *
 * <p>An exchange is its call's one context, from the facade to the socket. The facade makes it
 * first, for its {@link Operation}, and passes it to the generated interface, which tags the
 * request with it (a Retrofit {@code @Tag}); every attempt is a clone of that Retrofit call,
 * executed by Retrofit and decoded by the client's {@link JsonConverterFactory}. The call factory
 * ({@link Transport}) and the interceptors find the exchange on the request: {@link #newCall} makes
 * each attempt's OkHttp call, with the view's extras and the {@link Attempt} as a second tag.
 * OkHttp never retries or follows redirects by itself (the client turns that off), so that
 * everything sent is decided here and in {@link Decisions}.
 *
 * <p>Here: the attempts, cancel, close and the deadline, and what the call knows under its lock
 * when an attempt ends. Elsewhere: the two drivers (the subclasses), what that end means ({@link
 * Decisions}), the words of each failure ({@link CallFailures}), which redirects are followed
 * ({@link Redirects}), the waits ({@link RetryPolicy}), which connection a write may take ({@link
 * ConnectionRules}), and the future an async call returns ({@link Outcome}).
 *
 * @param <M> the model the response decodes to
 */
abstract class Exchange<M> {
  final Transport transport;
  private final Operation operation;

  /**
   * The call the generated interface made for this exchange; never executed itself, only cloned per
   * attempt. Set before the first attempt.
   */
  @Nullable Call<M> template;

  final long deadlineNanos;
  final @Nullable Outcome<?> future;

  /** What each attempt's end means, and what the attempts have spent. */
  private final Decisions<M> decisions;

  /** What the client's {@link CallListener}s hear of this call; null when it has none. */
  private final @Nullable CallEvents events;

  /** The last request made, extras included; {@code null} before the first attempt. */
  private volatile @Nullable Request request;

  // Guarded by this: a cancel, a close or the deadline can end the call from another thread.
  private boolean possiblySent;
  boolean finished;
  private @Nullable Call<M> call;
  private @Nullable Attempt attempt;
  @Nullable Future<?> scheduled;
  @Nullable Future<?> deadline;
  @Nullable RuntimeException abortedWith;

  Exchange(Transport transport, Operation operation, @Nullable Outcome<?> future) {
    this.transport = transport;
    this.operation = operation;
    this.future = future;
    this.deadlineNanos = System.nanoTime() + transport.timeout.toNanos();
    this.decisions = new Decisions<>(transport, operation, deadlineNanos);
    this.events = transport.hooks.start(operation, future != null); // listener hook
  }

  /** {@link Validation#pathId} of an argument of this call; a refused one ends the call. */
  String pathId(@Nullable String id, String name) {
    try {
      return Validation.pathId(id, name);
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** {@link Validation#body} of this call's request body; a refused one ends the call. */
  <B> B body(@Nullable B params) {
    try {
      return Validation.body(params, "params");
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** Ends the call, which sent nothing, with {@code failure}, and answers it for throwing. */
  RuntimeException refused(RuntimeException failure) {
    callEnded(failure); // listener hook
    return failure;
  }

  static void requireOpen(Transport transport) {
    if (transport.isClosed()) {
      throw new IllegalStateException("This DeploymentsClient is closed");
    }
  }

  // ---------------------------------------------------------------- ending early

  /**
   * Ends the call now with {@code failure} (null: cancelled by its caller): cancel, close,
   * deadline.
   */
  void abort(@Nullable RuntimeException failure) {
    Call<M> running;
    Future<?> waiting;
    Future<?> timer;
    synchronized (this) {
      if (finished) {
        return;
      }
      finished = true;
      abortedWith = failure;
      running = call;
      waiting = scheduled;
      timer = deadline;
      notifyAll();
    }
    // The future says how the call ended before the HTTP call is cancelled, so that the failure the
    // cancelled HTTP call reports can never complete it first.
    Outcome<?> outcome = future;
    if (outcome != null) {
      callEnded(failure != null ? failure : new CancellationException()); // listener hook
    }
    if (outcome != null && failure != null) {
      outcome.failWith(failure);
    }
    if (running != null) {
      running.cancel();
    }
    if (waiting != null) {
      waiting.cancel(false);
    }
    if (timer != null) {
      timer.cancel(false);
    }
    if (outcome != null) {
      transport.unregister(this);
    }
  }

  /** Ends the call because its client was closed. */
  void closed() {
    abort(closedFailure());
  }

  private ConnectionException closedFailure() {
    return failure("was stopped: the client was closed", new IOException("client closed"));
  }

  void onDeadline() {
    abort(timedOut(new InterruptedIOException("timeout")));
  }

  private ConnectionException timedOut(IOException cause) {
    return failure(CallFailures.timedOut(transport.timeout), cause);
  }

  // ---------------------------------------------------------------- one attempt

  /**
   * A clone of the template, whose request Retrofit builds now and whose OkHttp call {@link
   * #newCall} makes, bounded by the time left.
   */
  synchronized Call<M> newAttempt() {
    if (finished) {
      throw abortedWith != null ? abortedWith : new CancellationException();
    }
    if (transport.isClosed()) {
      // Not finished here: an async call's finish() must still complete its future, and close()
      // may have passed this call already while a retry came due.
      throw closedFailure();
    }
    attempt = new Attempt(decisions.attemptStarts());
    Call<M> next = Objects.requireNonNull(template, "template").clone();
    next.request(); // Retrofit builds it now, and asks Transport for the OkHttp call: newCall
    next.timeout().timeout(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    call = next;
    return next;
  }

  /**
   * The OkHttp call for the request Retrofit built for this exchange: with the view's extras, any
   * redirect followed, tagged with the attempt, on the client the operation needs. The first one
   * also gives this call its redactor, with the secret values the body carries.
   */
  okhttp3.Call newCall(Request built) {
    RequestBody body = built.body();
    Redactor redactor = decisions.redactor();
    if (request == null && body instanceof JsonBody) {
      redactor = transport.redactor.with(((JsonBody) body).secrets);
    }
    Request next = Extras.apply(built, transport.extras, operation);
    HttpUrl target = decisions.redirectedTo();
    if (target != null) {
      next = next.newBuilder().url(target).build();
    }
    request = next;
    decisions.sending(next.url().encodedPath(), redactor);
    Attempt current = attempt;
    if (current == null) {
      throw new IllegalStateException("no attempt under way");
    }
    Request tagged = current.tag(next, !operation.idempotent);
    if (events != null) {
      tagged = events.attemptStarts(tagged, current); // listener hook
    }
    return transport.http().newCall(tagged);
  }

  // ---------------------------------------------------------------- an attempt's end

  /** What an answer means, once the answer has shown the request reached the server. */
  Step answered(Response<M> response) {
    Attempt current;
    synchronized (this) {
      possiblySent = true;
      current = attempt;
    }
    return decisions.answered(response, current);
  }

  /**
   * What an attempt that ended without a model means. A call that was ended meanwhile (cancel,
   * close, deadline) ends as it was ended; an attempt the server answered, or whose request may
   * have reached it, marks the call as possibly sent first.
   */
  Step afterFailure(Throwable t) {
    Attempt current;
    boolean sent;
    boolean cancelledByOkHttp;
    synchronized (this) {
      current = attempt;
      if (t instanceof IOException) {
        if (finished) {
          return Step.fail(abortedWith != null ? abortedWith : new CancellationException());
        }
        possiblySent |= current != null && (current.possiblySent() || current.answered);
      } else if (t instanceof DecodeException && ((DecodeException) t).undecodedBody != null) {
        possiblySent = true;
      }
      sent = sentSoFar();
      // Nobody here cancelled it (the call is not finished): OkHttp's timeout, at the deadline.
      cancelledByOkHttp = call != null && call.isCanceled();
    }
    return decisions.afterFailure(t, current, sent, cancelledByOkHttp);
  }

  /** Whether the request may have reached the server, on an attempt so far or the current one. */
  private synchronized boolean sentSoFar() {
    Attempt last = attempt;
    return possiblySent || (last != null && last.possiblySent());
  }

  // ---------------------------------------------------------------- failures

  ConnectionException failure(String what, IOException cause) {
    return failure(what, cause, null);
  }

  private ConnectionException failure(String what, IOException cause, @Nullable String reason) {
    Attempt last;
    boolean sent;
    synchronized (this) {
      last = attempt;
      sent = sentSoFar();
    }
    return decisions.failure(what, cause, reason, last, sent);
  }

  /**
   * Something no part of an async call should throw, as the failure its future completes with: an
   * {@link Error} as it is, anything else as a {@link DeploymentsException}; never lost on an
   * OkHttp thread.
   */
  Throwable unexpected(Throwable t) {
    if (t instanceof Error || t instanceof DeploymentsException) {
      return t;
    }
    return failure("failed unexpectedly", new IOException(t.getClass().getName(), t));
  }

  void sleepFor(Duration wait) {
    try {
      transport.sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- listener hooks (CallEvents)

  void attemptEnded(Step step, @Nullable Throwable thrown) {
    if (events != null) {
      events.attemptEnded(step, thrown);
    }
  }

  void callEnded(@Nullable Throwable failure) {
    if (events != null) {
      events.callEnded(failure);
    }
  }

  /** Whether this call's client was closed: no attempt may start then. */
  boolean clientClosed() {
    return transport.isClosed();
  }

  /** Whether this call runs on OkHttp's threads, with a future, rather than on its caller's. */
  boolean isAsync() {
    return future != null;
  }

  /** The request's redactor: the client's secrets and those this request carries. */
  Redactor redactor() {
    return decisions.redactor();
  }
}
