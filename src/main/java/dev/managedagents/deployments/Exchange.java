package dev.managedagents.deployments;

import dev.managedagents.deployments.Decisions.Step;
import dev.managedagents.deployments.JsonConverterFactory.JsonBody;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * One call of the SDK from start to end: its attempts, the waits between them, its deadline, and
 * how it ends. The same decisions serve both forms: {@link #execute} runs the attempts on the
 * caller's thread; {@link #enqueue} runs them on OkHttp's threads and schedules each wait, so that
 * no thread is held while a call waits, and a cancel, a close or the deadline ends it at once.
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
 * <p>Here: both drivers, the attempts, cancel, close and the deadline, and what the call knows
 * under its lock when an attempt ends. Elsewhere: what that end means ({@link Decisions}), the
 * words of each failure ({@link CallFailures}), which redirects are followed ({@link Redirects}),
 * the waits ({@link RetryPolicy}), which connection a write may take ({@link ConnectionRules}), and
 * the future an async call returns ({@link Outcome}).
 *
 * @param <M> the model the response decodes to
 */
final class Exchange<M> implements Callback<M>, Runnable {
  private final Transport transport;
  private final Operation operation;

  /**
   * The call the generated interface made for this exchange; never executed itself, only cloned per
   * attempt. Set before the first attempt.
   */
  private @Nullable Call<M> template;

  private final long deadlineNanos;
  private final @Nullable Outcome<?> future;

  /** What each attempt's end means, and what the attempts have spent. */
  private final Decisions<M> decisions;

  /** What the client's {@link CallListener}s hear of this call; null when it has none. */
  private final @Nullable CallEvents events;

  /** The last request made, extras included; {@code null} before the first attempt. */
  private volatile @Nullable Request request;

  // Guarded by this: a cancel, a close or the deadline can end the call from another thread.
  private boolean possiblySent;
  private boolean finished;
  private @Nullable Call<M> call;
  private @Nullable Attempt attempt;
  private @Nullable Future<?> scheduled;
  private @Nullable Future<?> deadline;
  private @Nullable RuntimeException abortedWith;

  private Exchange(Transport transport, Operation operation, @Nullable Outcome<?> future) {
    this.transport = transport;
    this.operation = operation;
    this.future = future;
    this.deadlineNanos = System.nanoTime() + transport.timeout.toNanos();
    this.decisions = new Decisions<>(transport, operation, deadlineNanos);
    this.events = transport.hooks.start(operation, future != null); // listener hook
  }

  /**
   * A blocking call of {@code operation} with {@code transport}'s settings: the context its request
   * is built for (the generated interface's {@code @Tag}), then run by {@link #execute}.
   */
  static <M> Exchange<M> blocking(Transport transport, Operation operation) {
    return new Exchange<>(transport, operation, null);
  }

  /**
   * Runs {@code template}, which the generated interface made for this exchange, on this thread and
   * returns its model, or throws a {@link DeploymentsException}.
   */
  M execute(Call<M> template) {
    try {
      requireOpen(transport);
    } catch (RuntimeException e) {
      throw refused(e);
    }
    this.template = template;
    return runHere();
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
  private RuntimeException refused(RuntimeException failure) {
    callEnded(failure); // listener hook
    return failure;
  }

  /** Makes the request of an async call, once its exchange exists; may refuse an argument. */
  interface Preparation<M> {
    Call<M> prepare(Exchange<M> call);
  }

  /**
   * Starts an async call of {@code operation}, whose request {@code prepare} makes, and returns its
   * result, mapped by {@code map}, as a future whose {@code cancel} stops the call. An argument
   * that {@code prepare} refuses, or a closed client, fails the future rather than throwing, so
   * async callers handle every failure in one place.
   */
  static <M, T> CompletableFuture<T> enqueue(
      Transport transport, Operation operation, Preparation<M> prepare, Function<M, T> map) {
    Outcome<T> outcome = new Outcome<>(map, transport.hooks);
    Exchange<M> exchange = null;
    try {
      requireOpen(transport);
      exchange = new Exchange<>(transport, operation, outcome);
      exchange.template = prepare.prepare(exchange);
    } catch (RuntimeException e) {
      if (exchange != null) {
        exchange.refused(e);
      } else {
        transport.hooks.refused(operation, true, e); // listener hook
      }
      outcome.failWith(e);
      return outcome;
    }
    outcome.exchange = exchange;
    exchange.start();
    return outcome;
  }

  /** {@link #enqueue(Transport, Operation, Preparation, Function)} of the model itself. */
  static <M> CompletableFuture<M> enqueue(
      Transport transport, Operation operation, Preparation<M> prepare) {
    return enqueue(transport, operation, prepare, Function.identity());
  }

  private static void requireOpen(Transport transport) {
    if (transport.isClosed()) {
      throw new IllegalStateException("This DeploymentsClient is closed");
    }
  }

  // ---------------------------------------------------------------- the two drivers

  private M runHere() {
    transport.register(this);
    try {
      while (true) {
        Call<M> next = newAttempt();
        Step step;
        try {
          step = answered(next.execute());
          attemptEnded(step, null); // listener hook
        } catch (IOException | RuntimeException e) {
          step = afterFailure(e);
          attemptEnded(step, e); // listener hook
        }
        if (step.value != null) {
          @SuppressWarnings("unchecked") // Step.done is only ever given this exchange's model
          M value = (M) step.value;
          callEnded(null); // listener hook
          return value;
        }
        if (step.failure != null) {
          throw step.failure;
        }
        awaitHere(step.wait);
      }
    } catch (RuntimeException | Error e) {
      callEnded(e); // listener hook
      throw e;
    } finally {
      transport.unregister(this);
    }
  }

  /** Waits on this thread before the next attempt; a close or an interrupt ends the wait. */
  private synchronized void awaitHere(Duration wait) {
    if (transport.sleeper != null && !wait.isZero()) {
      sleepFor(wait);
      return;
    }
    long until = System.nanoTime() + wait.toNanos();
    try {
      for (long left = wait.toNanos(); left > 0 && !finished; left = until - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finished = true;
      throw failure(
          "was interrupted while waiting to retry", new InterruptedIOException("interrupted"));
    }
    if (abortedWith != null) {
      throw abortedWith;
    }
  }

  private void start() {
    transport.register(this);
    synchronized (this) {
      if (finished) {
        return; // closed before it started
      }
    }
    Future<?> timer = schedule(this::onDeadline, deadlineNanos - System.nanoTime());
    synchronized (this) {
      deadline = timer;
    }
    sendAsync();
  }

  /** The next attempt of an async call, when the client's timer has waited for it. */
  @Override
  public void run() {
    sendAsync();
  }

  private void sendAsync() {
    Call<M> next;
    try {
      next = newAttempt();
    } catch (RuntimeException e) {
      finish(null, e); // a no-op when whoever ended the call has completed it already
      return;
    }
    next.enqueue(this);
  }

  @Override
  public void onResponse(Call<M> call, Response<M> response) {
    continueAsync(response, null);
  }

  @Override
  public void onFailure(Call<M> call, Throwable failure) {
    continueAsync(null, failure);
  }

  /** Decides what the attempt means and acts on it; anything thrown deciding ends the call. */
  private void continueAsync(@Nullable Response<M> response, @Nullable Throwable failure) {
    Step step;
    try {
      step = response != null ? answered(response) : afterFailure(Objects.requireNonNull(failure));
    } catch (Throwable t) {
      finish(null, unexpected(t));
      return;
    }
    attemptEnded(step, failure); // listener hook
    if (step.value != null) {
      finish(step.value, null);
    } else if (step.failure != null) {
      finish(null, step.failure);
    } else if (step.wait.isZero()) {
      sendAsync();
    } else if (transport.sleeper != null) {
      sleepFor(step.wait);
      sendAsync();
    } else {
      Future<?> next = schedule(this, step.wait.toNanos());
      synchronized (this) {
        scheduled = next;
        if (finished && next != null) {
          next.cancel(false); // ended while it was being scheduled
        }
      }
    }
  }

  /** Runs {@code task} on the client's timer; a client closed meanwhile ends the call instead. */
  private @Nullable Future<?> schedule(Runnable task, long delayNanos) {
    try {
      return transport.scheduler().schedule(task, delayNanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException closedMeanwhile) {
      closed();
      return null;
    }
  }

  private void finish(@Nullable Object value, @Nullable Throwable failure) {
    Future<?> timer;
    synchronized (this) {
      if (finished) {
        return;
      }
      finished = true;
      timer = deadline;
    }
    if (timer != null) {
      timer.cancel(false);
    }
    transport.unregister(this);
    callEnded(failure); // listener hook
    Outcome<?> outcome = future;
    if (outcome != null) {
      if (failure != null) {
        outcome.failWith(failure);
      } else {
        outcome.completeWith(value);
      }
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

  private void onDeadline() {
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
  private synchronized Call<M> newAttempt() {
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
    if (request == null && body instanceof JsonBody && !operation.secretProperties.isEmpty()) {
      redactor =
          transport.redactor.with(
              Redactor.secretValues(((JsonBody) body).text(), operation.secretProperties));
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
  private Step answered(Response<M> response) {
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
  private Step afterFailure(Throwable t) {
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

  private ConnectionException failure(String what, IOException cause) {
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
  private Throwable unexpected(Throwable t) {
    if (t instanceof Error || t instanceof DeploymentsException) {
      return t;
    }
    return failure("failed unexpectedly", new IOException(t.getClass().getName(), t));
  }

  private void sleepFor(Duration wait) {
    try {
      transport.sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---------------------------------------------------------------- listener hooks (CallEvents)

  private void attemptEnded(Step step, @Nullable Throwable thrown) {
    if (events != null) {
      events.attemptEnded(step, thrown);
    }
  }

  private void callEnded(@Nullable Throwable failure) {
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
