package dev.managedagents.deployments;

import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/** The generated Retrofit interface bound to one configured OkHttp client. */
final class Transport {
  final OkHttpClient http;
  final HttpUrl baseUrl;
  final DeploymentsApi api;

  Transport(OkHttpClient http, HttpUrl baseUrl) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.api =
        new Retrofit.Builder()
            .baseUrl(baseUrl)
            .client(http)
            .addConverterFactory(new JsonConverterFactory())
            // Complete futures on OkHttp's thread, never on a UI thread.
            .callbackExecutor(Runnable::run)
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
    return new Transport(builder.build(), baseUrl);
  }
}
