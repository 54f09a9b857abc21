package dev.managedagents.deployments;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a request again, byte for byte, when {@link RetryPolicy} says so, up to {@code maxRetries}
 * times.
 */
final class RetryInterceptor implements Interceptor {
  /** Waits between attempts; tests replace it to record waits instead of sleeping. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  static final Sleeper THREAD_SLEEPER = duration -> Thread.sleep(duration.toMillis());

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
    for (int retry = 1; ; retry++) {
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (retry > maxRetries || chain.call().isCanceled() || !policy.shouldRetry(e, idempotent)) {
          throw e;
        }
        pause(policy.delay(retry, null, clock.instant()));
        continue;
      }
      if (retry > maxRetries || !policy.shouldRetry(response, idempotent)) {
        return response;
      }
      Duration delay = policy.delay(retry, response, clock.instant());
      response.close();
      pause(delay);
    }
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
