package dev.managedagents.deployments;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The generated Retrofit interface bound to one configured OkHttp client, with what every call of
 * the client shares: the redactor for anything shown and whether the client is closed.
 */
final class Transport {
  final OkHttpClient http;
  final HttpUrl baseUrl;
  final DeploymentsApi api;
  final Redactor redactor;
  private final AtomicBoolean closed;

  Transport(OkHttpClient http, HttpUrl baseUrl, Redactor redactor) {
    this(http, baseUrl, redactor, new AtomicBoolean());
  }

  private Transport(OkHttpClient http, HttpUrl baseUrl, Redactor redactor, AtomicBoolean closed) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.redactor = redactor;
    this.closed = closed;
    this.api =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(http)
            // Retrofit needs a converter to build each call; Calls reads the responses itself.
            .addConverterFactory(new JsonConverterFactory())
            .build()
            .create(DeploymentsApi.class);
  }

  /** A transport sharing this one's connections and threads, with {@code options} applied. */
  Transport withOptions(RequestOptions options) {
    OkHttpClient.Builder builder = http.newBuilder();
    if (options.maxRetries != null) {
      int retries = options.maxRetries;
      builder
          .interceptors()
          .replaceAll(
              interceptor ->
                  interceptor instanceof RetryInterceptor
                      ? ((RetryInterceptor) interceptor).withMaxRetries(retries)
                      : interceptor);
    }
    if (options.timeout != null) {
      builder.callTimeout(options.timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    return new Transport(builder.build(), baseUrl, redactor, closed);
  }

  /** Marks the client closed; returns whether it was open. */
  boolean close() {
    return closed.compareAndSet(false, true);
  }

  boolean isClosed() {
    return closed.get();
  }
}
