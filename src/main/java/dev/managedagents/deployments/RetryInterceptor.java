package dev.managedagents.deployments;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * Sends a request again, byte for byte, when {@link RetryPolicy} says so, up to {@code maxRetries}
 * times, and never starts a wait that would end after the call's timeout.
 */
final class RetryInterceptor implements Interceptor {
  /** Waits between attempts; tests replace it to record waits instead of sleeping. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  static final Sleeper THREAD_SLEEPER = duration -> Thread.sleep(duration.toMillis());

  /** Set by {@link #NETWORK_MARKER} once an attempt has a connection and its bytes may go out. */
  static final class Attempt {
    volatile boolean reachedNetwork;
  }

  /**
   * The network interceptor that marks the {@link Attempt}: OkHttp calls it only after a connection
   * is made, so a failure before it certainly sent nothing. It also drops a zero {@code
   * Retry-After} from a 503: OkHttp would resend such a request at once by itself, even a create,
   * past {@code maxRetries}; to {@link RetryPolicy} a zero hint means nothing.
   */
  static final Interceptor NETWORK_MARKER =
      chain -> {
        Attempt attempt = chain.request().tag(Attempt.class);
        if (attempt != null) {
          attempt.reachedNetwork = true;
        }
        Response response = chain.proceed(chain.request());
        String retryAfter = response.header("Retry-After");
        if (response.code() == 503 && retryAfter != null && retryAfter.matches("\\s*0+\\s*")) {
          return response.newBuilder().removeHeader("Retry-After").build();
        }
        return response;
      };

  /**
   * A non-idempotent request's body, marked one-shot so that OkHttp never sends it again by itself
   * (after a failure, a redirect or an authentication challenge): only this interceptor decides.
   */
  private static final class OneShotBody extends RequestBody {
    private final RequestBody body;

    OneShotBody(RequestBody body) {
      this.body = body;
    }

    @Override
    public @Nullable MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      body.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }

  /** A failure before any byte of the request was written; the cause is the real failure. */
  static final class NotSentException extends IOException {
    private static final long serialVersionUID = 1L;

    NotSentException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private final int maxRetries;
  private final RetryPolicy policy;
  private final HttpUrl baseUrl;
  private final Sleeper sleeper;
  private final Clock clock;

  RetryInterceptor(int maxRetries, RetryPolicy policy, HttpUrl baseUrl, Sleeper sleeper, Clock clock) {
    this.maxRetries = maxRetries;
    this.policy = policy;
    this.baseUrl = baseUrl;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  int maxRetries() {
    return maxRetries;
  }

  RetryInterceptor withMaxRetries(int retries) {
    return new RetryInterceptor(retries, policy, baseUrl, sleeper, clock);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = RetryPolicy.isIdempotent(request, baseUrl);
    RequestBody body = request.body();
    if (!idempotent && body != null) {
      request = request.newBuilder().method(request.method(), new OneShotBody(body)).build();
    }
    long started = System.nanoTime();
    long budgetNanos = chain.call().timeout().timeoutNanos();
    for (int retry = 1; ; retry++) {
      Attempt attempt = new Attempt();
      Response response;
      try {
        // The tag is not sent: every attempt's bytes are the same.
        response = chain.proceed(request.newBuilder().tag(Attempt.class, attempt).build());
        if (idempotent && retry <= maxRetries && response.isSuccessful()) {
          readWholeBody(response);
        }
      } catch (IOException e) {
        IOException failure =
            attempt.reachedNetwork || RetryPolicy.certainlyNotSent(e) ? e : new NotSentException(e);
        boolean possiblySent = !RetryPolicy.certainlyNotSent(failure);
        if (retry > maxRetries
            || chain.call().isCanceled()
            || !policy.shouldRetry(possiblySent, idempotent)) {
          throw failure;
        }
        Duration delay = policy.delay(retry, null, clock.instant());
        if (!fits(delay, started, budgetNanos)) {
          throw failure;
        }
        pause(delay);
        continue;
      }
      if (retry > maxRetries || !policy.shouldRetry(response, idempotent)) {
        return response;
      }
      Duration delay = policy.delay(retry, response, clock.instant());
      if (!fits(delay, started, budgetNanos)) {
        return response; // The caller gets the server's answer rather than a timeout.
      }
      response.close();
      pause(delay);
    }
  }

  /**
   * Reads a success body into memory while a retry is still possible, so that a body cut off by the
   * network is retried like any connection failure.
   */
  private static void readWholeBody(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return;
    }
    try {
      body.source().request(Long.MAX_VALUE);
    } catch (IOException e) {
      response.close();
      throw e;
    }
  }

  /** Whether waiting {@code delay} still leaves time before the call's timeout (0: none). */
  private static boolean fits(Duration delay, long started, long budgetNanos) {
    return budgetNanos == 0 || System.nanoTime() - started + delay.toNanos() < budgetNanos;
  }

  private void pause(Duration delay) throws InterruptedIOException {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting to retry");
    }
  }
}
