package dev.managedagents.deployments;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * One call of the SDK from start to end: its attempts, the waits between them, its deadline, and
 * how it ends. The same decisions serve both forms: {@link #execute} runs the attempts on the
 * caller's thread; {@link #enqueue} runs them on OkHttp's threads and schedules each wait, so that
 * no thread is held while a call waits, and a cancel, a close or the deadline ends it at once.
 *
 * <p>Every attempt is a new OkHttp call; OkHttp never retries or follows redirects by itself (the
 * client turns that off), so that everything sent is decided here, knowing the {@link Operation}.
 *
 * @param <M> the model the response decodes to
 */
final class Exchange<M> implements Callback {
  /** How many times a call may replace a pooled connection the server had closed, for free. */
  private static final int MAX_STALE_CONNECTIONS = 16;

  /** How many same-origin redirects a GET follows. */
  private static final int MAX_REDIRECTS = 5;

  private final Transport transport;
  private final Operation operation;
  private final Class<M> type;
  private final Redactor redactor;
  private final long deadlineNanos;
  private final int maxRetries;
  private final @Nullable Outcome<?> future;
  /** Changes only on a redirect, between attempts. */
  private volatile Request request;

  // Attempts run one after another; these change only between them.
  private int attempts;
  private int retries;
  private int staleConnections;
  private int redirects;

  // Guarded by this: a cancel, a close or the deadline can end the call from another thread.
  private boolean possiblySent;
  private boolean finished;
  private @Nullable Call call;
  private @Nullable Attempt attempt;
  private @Nullable Future<?> scheduled;
  private @Nullable Future<?> deadline;
  private @Nullable RuntimeException abortedWith;

  private Exchange(
      Transport transport,
      Operation operation,
      Request request,
      Class<M> type,
      @Nullable Outcome<?> future) {
    this.transport = transport;
    this.operation = operation;
    this.request = Extras.apply(request, transport.extras, operation);
    this.type = type;
    this.future = future;
    this.redactor = transport.redactor.with(secretValues(request));
    this.maxRetries = transport.maxRetries;
    this.deadlineNanos = System.nanoTime() + transport.timeout.toNanos();
  }

  /**
   * Runs the call on this thread and returns its model, or throws a {@link DeploymentsException}.
   */
  static <M> M execute(
      Transport transport, Operation operation, retrofit2.Call<M> call, Class<M> type) {
    requireOpen(transport);
    Exchange<M> exchange = new Exchange<>(transport, operation, call.request(), type, null);
    return exchange.runHere();
  }

  /**
   * Starts the call that {@code prepare} builds and returns its result, mapped by {@code map}, as a
   * future whose {@code cancel} stops the call. An argument that {@code prepare} refuses, or a
   * closed client, fails the future rather than throwing, so async callers handle every failure in
   * one place.
   */
  static <M, T> CompletableFuture<T> enqueue(
      Transport transport,
      Operation operation,
      Supplier<retrofit2.Call<M>> prepare,
      Class<M> type,
      Function<M, T> map) {
    Outcome<T> outcome = new Outcome<>(map);
    Exchange<M> exchange;
    try {
      requireOpen(transport);
      exchange = new Exchange<>(transport, operation, prepare.get().request(), type, outcome);
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
        Call next = newAttempt();
        Step step;
        try {
          next.timeout()
              .timeout(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
          step = read(next.execute());
        } catch (IOException e) {
          step = failed(e);
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

  private void sendAsync() {
    Call next;
    try {
      next = newAttempt();
    } catch (RuntimeException aborted) {
      return; // already completed by whoever ended the call
    }
    next.timeout().timeout(Math.max(1, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
    next.enqueue(this);
  }

  @Override
  public void onResponse(Call call, Response response) {
    continueAsync(() -> read(response));
  }

  @Override
  public void onFailure(Call call, IOException e) {
    continueAsync(() -> failed(e));
  }

  /** What an attempt's outcome means; may throw anything, which then ends the call. */
  private interface Decision {
    Step decide() throws IOException;
  }

  private void continueAsync(Decision decision) {
    Step step;
    try {
      step = decision.decide();
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
      Future<?> next = schedule(this::sendAsync, step.wait.toNanos());
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
    Call running;
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
    return failure(
        "timed out after "
            + RetryPolicy.describe(transport.timeout)
            + " (the call's timeout, queue time and retries included)",
        cause);
  }

  // ---------------------------------------------------------------- one attempt

  private synchronized Call newAttempt() {
    if (finished) {
      throw abortedWith != null ? abortedWith : new CancellationException();
    }
    if (transport.isClosed()) {
      finished = true;
      throw closedFailure();
    }
    attempts++;
    attempt = new Attempt(this);
    call = transport.client(operation).newCall(attempt.tag(request, !operation.idempotent));
    return call;
  }

  /** What an attempt that failed without an answer means. */
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
      possiblySent |= current != null && current.possiblySent(request);
    }
    boolean sent = current != null && current.possiblySent(request);
    boolean safe = operation.idempotent || !sent;
    if (current != null
        && current.failedOnStaleConnection()
        && safe
        && staleConnections < MAX_STALE_CONNECTIONS) {
      // The server closed this pooled connection while it sat idle; the next attempt takes a fresh
      // one. Not a retry: nothing reached a server that was listening.
      staleConnections++;
      transport.evictIdleConnections();
      return Step.retry(Duration.ZERO);
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
              "not retried: "
                  + operation.id
                  + " is not idempotent and the request may have reached the server"));
    }
    return retryOrFail(null, reason -> failure("failed on the network", e, reason));
  }

  /** What an answer means: a value, a failure, or another attempt. */
  private Step read(Response response) throws IOException {
    Attempt current;
    synchronized (this) {
      current = attempt;
      possiblySent = true;
    }
    if (current != null && current.retryAfter != null) {
      response = response.newBuilder().header("Retry-After", current.retryAfter).build();
    }
    try (ResponseBody body = response.body()) {
      if (response.isRedirect()) {
        return redirect(response);
      }
      if (!response.isSuccessful()) {
        ErrorResponse error =
            ErrorResponse.read(response.code(), response.headers(), body, redactor);
        boolean retryable =
            RetryPolicy.retryable(response.code(), response.headers(), operation.idempotent);
        if (!retryable) {
          String reason = null;
          if (response.code() >= 500 && !operation.idempotent) {
            reason =
                "not retried: "
                    + operation.id
                    + " is not idempotent and the request reached the server, so the operation may have happened";
          } else if (response.header("x-should-retry") != null && response.code() >= 500) {
            reason =
                "not retried: the server said x-should-retry: " + response.header("x-should-retry");
          }
          return Step.fail(error.toException(note(reason)));
        }
        return retryOrFail(error.retryAfter, reason -> error.toException(note(reason)));
      }
      if (body == null) {
        return Step.fail(
            decodeFailure(
                response,
                null,
                "",
                new DecodeException(type.getSimpleName(), null, "the response has no body", null)));
      }
      byte[] json;
      try {
        json = readBounded(response, body);
      } catch (ResponseTooLargeException e) {
        return Step.fail(e);
      } catch (IOException e) {
        // The answer was cut off: the server did act on it.
        if (!operation.idempotent) {
          return Step.fail(
              failure(
                  "failed on the network while reading the answer",
                  e,
                  "not retried: "
                      + operation.id
                      + " is not idempotent and the server answered "
                      + response.code()));
        }
        return retryOrFail(
            null, reason -> failure("failed on the network while reading the answer", e, reason));
      }
      return decode(response, body, json);
    }
  }

  private Step decode(Response response, ResponseBody body, byte[] json) {
    JsonAdapter<M> adapter = Json.modelAdapter(type);
    if (adapter == null) {
      throw new AssertionError(type + " is not a model");
    }
    try {
      return Step.done(Json.decode(adapter, type.getSimpleName(), json));
    } catch (DecodeException | IOException e) {
      String text =
          new String(
              json, 0, (int) Math.min(json.length, ErrorResponse.MAX_BODY_BYTES), StandardCharsets.UTF_8);
      ErrorResponse envelope =
          ErrorResponse.ifEnvelope(response.code(), response.headers(), text, redactor);
      if (envelope != null) {
        return Step.fail(envelope.toException(""));
      }
      DecodeException failure =
          e instanceof DecodeException
              ? (DecodeException) e
              : new DecodeException(type.getSimpleName(), null, String.valueOf(e.getMessage()), e);
      return Step.fail(decodeFailure(response, body.contentType(), text, failure));
    }
  }

  private DecodeException decodeFailure(
      Response response, @Nullable MediaType contentType, String text, DecodeException e) {
    return e.inResponse(
        response.code(),
        response.header("request-id"),
        contentType == null ? null : contentType.toString(),
        ErrorResponse.excerpt(redactor.redact(text)),
        redactor);
  }

  /**
   * The body, read while counting: more than the client's limit ends the read (after gzip is
   * undone, since that is what is counted), so no answer can exhaust the heap.
   */
  private byte[] readBounded(Response response, ResponseBody body) throws IOException {
    long limit = transport.maxResponseBytes;
    if (body.contentLength() > limit) {
      throw tooLarge(response, limit, "declares " + body.contentLength() + " bytes");
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, 64 * 1024) != -1) {
      if (buffer.size() > limit) {
        throw tooLarge(response, limit, "has more than that");
      }
    }
    return buffer.readByteArray();
  }

  private ResponseTooLargeException tooLarge(Response response, long limit, String what) {
    return new ResponseTooLargeException(
        redactor.redact(
            operation.id
                + ": the response body "
                + what
                + "; the client reads at most "
                + limit
                + " bytes (maxResponseSize)"
                + requestIdSuffix(response.header("request-id"))),
        limit,
        response.code(),
        response.header("request-id"));
  }

  private static String requestIdSuffix(@Nullable String requestId) {
    return requestId == null ? "" : " (request " + requestId + ")";
  }

  private Step redirect(Response response) {
    String location = response.header("Location");
    HttpUrl target = location == null ? null : response.request().url().resolve(location);
    String why;
    if (target == null) {
      why = "it named no usable location";
    } else if (!operation.method.equals("GET")) {
      why = "a write is never sent again to another address, nor turned into a GET";
    } else if (!sameOrigin(target, response.request().url())) {
      why = "it points to another origin, which must not receive the API key";
    } else if (redirects >= MAX_REDIRECTS) {
      why =
          "it is redirect number "
              + (redirects + 1)
              + ", past the "
              + MAX_REDIRECTS
              + " the client follows";
    } else {
      redirects++;
      request = request.newBuilder().url(target).build();
      return Step.retry(Duration.ZERO);
    }
    ErrorResponse error = ErrorResponse.read(response.code(), response.headers(), null, redactor);
    return Step.fail(
        error.toException(
            "; redirected to "
                + (location == null ? "nowhere" : redactor.redact(location))
                + ", not followed: "
                + why));
  }

  private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
    return a.scheme().equals(b.scheme()) && a.host().equals(b.host()) && a.port() == b.port();
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
      return Step.fail(
          failure.apply(
              "not retried: the server asked to wait "
                  + RetryPolicy.describe(hint)
                  + ", longer than the "
                  + RetryPolicy.describe(RetryPolicy.MAX_HINT)
                  + " the client waits"));
    }
    Duration wait = hint != null ? hint : transport.policy.backoff(retries + 1);
    long left = deadlineNanos - System.nanoTime();
    if (wait.toNanos() >= left) {
      return Step.fail(
          failure.apply(
              "not retried: waiting "
                  + RetryPolicy.describe(wait)
                  + " would pass the call's timeout (time left: "
                  + RetryPolicy.describe(Duration.ofNanos(Math.max(0, left)))
                  + ")"));
    }
    retries++;
    return Step.retry(wait);
  }

  /** What the caller should know of the attempts made: how many, and why they stopped. */
  private String note(@Nullable String reason) {
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

  // ---------------------------------------------------------------- failures

  private ConnectionException failure(String what, IOException cause) {
    return failure(what, cause, null);
  }

  private ConnectionException failure(String what, IOException cause, @Nullable String reason) {
    boolean sent;
    synchronized (this) {
      sent = possiblySent || (attempt != null && attempt.possiblySent(request));
    }
    String effect;
    if (!sent) {
      effect = "; nothing was sent";
    } else if (operation.idempotent) {
      effect = "; the request may have reached the server";
    } else {
      effect = "; the request may have reached the server, so the operation may have happened";
    }
    String detail =
        cause instanceof InterruptedIOException || cause.getMessage() == null
            ? ""
            : " (" + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")";
    return new ConnectionException(
        redactor.redact(
            operation.method
                + " "
                + request.url().encodedPath()
                + " "
                + what
                + detail
                + effect
                + note(reason)),
        redactor.safeCause(cause),
        sent);
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

  private static List<String> secretValues(Request request) {
    RequestBody body = request.body();
    try {
      if (body == null || body.contentLength() == 0) {
        return Collections.emptyList();
      }
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      return Redactor.secretValues(buffer.readUtf8());
    } catch (IOException e) {
      return Collections.emptyList();
    }
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

  /**
   * The future an async call returns: its {@code cancel} ends the call (HTTP call, wait and
   * deadline) after marking itself cancelled, and it maps the model to what the caller asked for.
   */
  static final class Outcome<T> extends CompletableFuture<T> {
    private final Function<Object, T> map;
    volatile @Nullable Exchange<?> exchange;

    @SuppressWarnings("unchecked")
    Outcome(Function<?, T> map) {
      this.map = (Function<Object, T>) map;
    }

    void completeWith(@Nullable Object value) {
      try {
        complete(map.apply(value));
      } catch (RuntimeException e) {
        completeExceptionally(e);
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      Exchange<?> running = exchange;
      if (cancelled && running != null) {
        running.abort(null);
      }
      return cancelled;
    }
  }
}
