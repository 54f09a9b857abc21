package dev.managedagents.deployments;

import dev.managedagents.deployments.JsonConverterFactory.JsonBody;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import okhttp3.Headers;
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
 * <p>Every attempt is a clone of the Retrofit call the generated interface made ({@link ApiCall}),
 * executed by Retrofit and decoded by the client's {@link JsonConverterFactory}. Retrofit asks
 * {@link #attemptCall} for each attempt's OkHttp call, which this exchange makes: on the client its
 * {@link Operation} needs, with the view's extras and the attempt's tag. OkHttp never retries or
 * follows redirects by itself (the client turns that off), so that everything sent is decided here.
 *
 * <p>Here: both drivers, the attempts and what each one's end means, cancel, close and the
 * deadline. Elsewhere: the words of each failure ({@link CallFailures}), which redirects are
 * followed ({@link Redirects}), the waits ({@link RetryPolicy}), which connection a write may take
 * ({@link ConnectionRules}), and the future an async call returns ({@link Outcome}).
 *
 * @param <M> the model the response decodes to
 */
final class Exchange<M> implements Callback<M>, Runnable {
  /** The exchange whose attempt Retrofit is building on this thread, for {@link #attemptCall}. */
  private static final ThreadLocal<Exchange<?>> MAKING = new ThreadLocal<>();

  /**
   * The OkHttp call for {@code request}, which Retrofit built for the attempt that the exchange
   * bound to this thread is making: Retrofit asks its call factory ({@link Transport}) for it while
   * {@link #newAttempt} has Retrofit build the request.
   */
  static okhttp3.Call attemptCall(Request request) {
    Exchange<?> exchange = MAKING.get();
    if (exchange == null) {
      throw new IllegalStateException("DeploymentsApi calls run only through an Exchange");
    }
    return exchange.newCall(request);
  }

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

  /** The call the generated interface made; never executed itself, only cloned per attempt. */
  private final Call<M> template;

  private final long deadlineNanos;
  private final int maxRetries;
  private final @Nullable Outcome<?> future;

  /** The client's redactor, and from the first attempt on also the request body's secrets. */
  private volatile Redactor redactor;

  /** The last request made, extras included; {@code null} before the first attempt. */
  private volatile @Nullable Request request;

  /** Where a followed redirect pointed; changes only between attempts. */
  private volatile @Nullable HttpUrl redirectedTo;

  // Attempts run one after another; these change only between them.
  private int attempts;
  private int retries;
  private int unprocessed;
  private int refusals;
  private int unusedConnections;
  private okhttp3.@Nullable Connection turnedDown;
  private int redirects;

  // Guarded by this: a cancel, a close or the deadline can end the call from another thread.
  private boolean possiblySent;
  private boolean finished;
  private @Nullable Call<M> call;
  private @Nullable Attempt attempt;
  private @Nullable Future<?> scheduled;
  private @Nullable Future<?> deadline;
  private @Nullable RuntimeException abortedWith;

  private Exchange(Transport transport, ApiCall<M> call, @Nullable Outcome<?> future) {
    this.transport = transport;
    this.operation = call.operation;
    this.template = call.call;
    this.future = future;
    this.redactor = transport.redactor;
    this.maxRetries = transport.maxRetries;
    this.deadlineNanos = System.nanoTime() + transport.timeout.toNanos();
  }

  /**
   * Runs the call on this thread and returns its model, or throws a {@link DeploymentsException}.
   */
  static <M> M execute(Transport transport, ApiCall<M> call) {
    requireOpen(transport);
    return new Exchange<>(transport, call, null).runHere();
  }

  /**
   * Starts the call that {@code prepare} builds and returns its result, mapped by {@code map}, as a
   * future whose {@code cancel} stops the call. An argument that {@code prepare} refuses, or a
   * closed client, fails the future rather than throwing, so async callers handle every failure in
   * one place.
   */
  static <M, T> CompletableFuture<T> enqueue(
      Transport transport, ApiCall.Preparation<M> prepare, Function<M, T> map) {
    Outcome<T> outcome = new Outcome<>(map);
    Exchange<M> exchange;
    try {
      requireOpen(transport);
      exchange = new Exchange<>(transport, prepare.prepare(), outcome);
    } catch (RuntimeException e) {
      outcome.completeExceptionally(e);
      return outcome;
    }
    outcome.exchange = exchange;
    exchange.start();
    return outcome;
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
        } catch (IOException | RuntimeException e) {
          step = afterFailure(e);
        }
        if (step.value != null) {
          @SuppressWarnings("unchecked") // Step.done is only ever given this exchange's model
          M value = (M) step.value;
          return value;
        }
        if (step.failure != null) {
          throw step.failure;
        }
        awaitHere(step.wait);
      }
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
    Outcome<?> outcome = future;
    if (outcome != null) {
      if (failure != null) {
        outcome.completeExceptionally(failure);
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
    if (outcome != null && failure != null) {
      outcome.completeExceptionally(failure);
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
    attempts++;
    attempt = new Attempt(this, turnedDown);
    Call<M> next = template.clone();
    MAKING.set(this);
    try {
      next.request();
    } finally {
      MAKING.remove();
    }
    next.timeout().timeout(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    call = next;
    return next;
  }

  /**
   * The OkHttp call for the request Retrofit built: with the view's extras, any redirect followed,
   * tagged with the attempt, on the client the operation needs. The first one also gives this call
   * its redactor: the body's secret values were found when the converter wrote it.
   */
  private okhttp3.Call newCall(Request built) {
    RequestBody body = built.body();
    if (request == null && body instanceof JsonBody) {
      redactor = transport.redactor.with(((JsonBody) body).secretValues);
    }
    Request next = Extras.apply(built, transport.extras, operation);
    HttpUrl target = redirectedTo;
    if (target != null) {
      next = next.newBuilder().url(target).build();
    }
    request = next;
    Attempt current = attempt;
    if (current == null) {
      throw new IllegalStateException("no attempt under way");
    }
    return transport.http().newCall(current.tag(next, !operation.idempotent));
  }

  /**
   * What an attempt that ended without a model means. Retrofit reports the network's failures as
   * {@link IOException}s and the converter's as the runtime exceptions it threw; an {@link Error}
   * from decoding is thrown as it is.
   */
  private Step afterFailure(Throwable t) {
    if (t instanceof IOException) {
      return failed((IOException) t);
    }
    if (t instanceof DecodeException && t.getCause() instanceof Error) {
      throw (Error) t.getCause(); // see JsonConverterFactory.decode
    }
    if (t instanceof DecodeException && ((DecodeException) t).undecodedBody != null) {
      return undecodable((DecodeException) t);
    }
    if (t instanceof ResponseTooLargeException) {
      return Step.fail(tooLarge((ResponseTooLargeException) t));
    }
    if (t instanceof RuntimeException) {
      throw (RuntimeException) t;
    }
    throw (Error) t;
  }

  /** What an attempt that failed on the network, before or while its answer was read, means. */
  private Step failed(IOException e) {
    Attempt current;
    boolean cancelledByOkHttp;
    synchronized (this) {
      current = attempt;
      // Nobody here cancelled it (the call is not finished): OkHttp's timeout, set to the deadline.
      cancelledByOkHttp = call != null && call.isCanceled();
      if (finished) {
        return Step.fail(abortedWith != null ? abortedWith : new CancellationException());
      }
      possiblySent |= current != null && current.possiblySent();
    }
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
    if (e instanceof InterruptedIOException
        && (cancelledByOkHttp || System.nanoTime() >= deadlineNanos)) {
      return Step.fail(timedOut(e));
    }
    if (!safe) {
      return Step.fail(
          failure(
              "failed on the network",
              e,
              CallFailures.notIdempotent(operation, "the request may have reached the server")));
    }
    return retryOrFail(null, reason -> failure("failed on the network", e, reason));
  }

  /** The answer was cut off while its body was read: the server did act on the request. */
  private Step failedReading(Attempt current, IOException e) {
    synchronized (this) {
      possiblySent = true;
    }
    String what = "failed on the network while reading the answer";
    if (!operation.idempotent) {
      return Step.fail(
          failure(
              what,
              e,
              CallFailures.notIdempotent(operation, "the server answered " + current.status)));
    }
    return retryOrFail(null, reason -> failure(what, e, reason));
  }

  /** What an answer means: a value, a failure, or another attempt. */
  private Step answered(Response<M> response) {
    Attempt current;
    synchronized (this) {
      current = attempt;
      possiblySent = true;
    }
    okhttp3.Response raw = response.raw();
    Headers headers = raw.headers();
    if (current != null && current.retryAfter != null) {
      headers = headers.newBuilder().set("Retry-After", current.retryAfter).build();
    }
    if (raw.isRedirect()) {
      return redirect(raw, headers);
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
      return retryOrFail(error.retryAfter, reason -> error.toException(note(reason)));
    }
    M model = response.body();
    if (model == null) { // 204 or 205: Retrofit does not ask the converter
      DecodeException noBody =
          new DecodeException(operation.id, null, "the response has no body", null);
      return Step.fail(decodeFailure(status, headers, "", noBody));
    }
    return Step.done(model);
  }

  /**
   * A 2xx body the converter could not decode: the error envelope (an error, whatever the status
   * said), or a {@link DecodeException} with the status and request ID the attempt recorded.
   */
  private Step undecodable(DecodeException e) {
    Attempt current;
    synchronized (this) {
      current = attempt;
      possiblySent = true;
    }
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
    return Step.fail(decodeFailure(status, headers, text, e));
  }

  private DecodeException decodeFailure(
      int status, Headers headers, String text, DecodeException e) {
    return e.inResponse(
        status,
        headers.get("request-id"),
        headers.get("Content-Type"),
        ErrorResponse.excerpt(redactor.redact(text)),
        redactor);
  }

  /** The converter's {@code e}, naming the call, its status and its request ID. */
  private ResponseTooLargeException tooLarge(ResponseTooLargeException e) {
    Attempt current;
    synchronized (this) {
      current = attempt;
    }
    int status = current == null ? 0 : current.status;
    String requestId =
        current == null || current.headers == null ? null : current.headers.get("request-id");
    return CallFailures.tooLarge(operation, e, status, requestId, redactor);
  }

  private Step redirect(okhttp3.Response response, Headers headers) {
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

  // ---------------------------------------------------------------- retry decisions

  /**
   * Another attempt after the server's hinted wait or the backoff, or, when none may start, the
   * failure that {@code failure} makes of the reason why not.
   */
  private Step retryOrFail(
      @Nullable Duration hint, Function<@Nullable String, RuntimeException> failure) {
    if (retries >= maxRetries) {
      return Step.fail(failure.apply(null)); // the note says how many attempts were made
    }
    if (hint != null && hint.compareTo(RetryPolicy.MAX_HINT) > 0) {
      return Step.fail(failure.apply(CallFailures.hintTooLong(hint)));
    }
    Duration wait = hint != null ? hint : transport.policy.backoff(retries + 1);
    long left = deadlineNanos - System.nanoTime();
    if (wait.toNanos() >= left) {
      return Step.fail(failure.apply(CallFailures.waitPastTimeout(wait, left)));
    }
    retries++;
    return Step.retry(wait);
  }

  /** What the caller should know of the attempts made: how many, and why they stopped. */
  private String note(@Nullable String reason) {
    return CallFailures.note(attempts, retries, maxRetries, reason);
  }

  // ---------------------------------------------------------------- failures

  private ConnectionException failure(String what, IOException cause) {
    return failure(what, cause, null);
  }

  private ConnectionException failure(String what, IOException cause, @Nullable String reason) {
    boolean sent;
    Attempt last;
    synchronized (this) {
      last = attempt;
      sent = possiblySent || (last != null && last.possiblySent());
    }
    return CallFailures.connection(
        operation.method + " " + path() + " " + what,
        cause,
        sent,
        last != null && last.refused,
        operation.idempotent,
        note(reason),
        redactor);
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

  /** The path the call was sent to, or its template when no attempt was made. */
  private String path() {
    Request sent = request;
    return sent != null ? sent.url().encodedPath() : "/" + operation.path;
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
    return redactor;
  }

  /** What to do after an attempt. */
  private static final class Step {
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
