package dev.managedagents.deployments;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The OkHttp client every call of a {@link DeploymentsClient} goes through: its dispatcher and pool
 * (unless the caller brought an {@link OkHttpClient}), its timeouts, and its interceptors in the
 * order a request meets them.
 */
final class HttpStack {
  private HttpStack() {}

  /**
   * A builder of the client's OkHttp client: a copy of {@code own} when the caller gave one, or a
   * new one whose dispatcher and pool allow {@code maxConcurrentRequests}.
   */
  static OkHttpClient.Builder of(
      @Nullable OkHttpClient own,
      int maxConcurrentRequests,
      Duration connectTimeout,
      Duration readTimeout,
      Duration writeTimeout) {
    OkHttpClient.Builder http;
    if (own != null) {
      http = own.newBuilder();
    } else {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(maxConcurrentRequests);
      dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
      http =
          new OkHttpClient.Builder()
              .dispatcher(dispatcher)
              .connectionPool(
                  new ConnectionPool(
                      maxConcurrentRequests, Transport.KEEP_ALIVE.getSeconds(), TimeUnit.SECONDS));
    }
    return http.connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS)
        // Each call keeps its own deadline from the moment it is made, queue time included.
        .callTimeout(0, TimeUnit.MILLISECONDS)
        // OkHttp would silently resend a request whose connection broke, even a create, and
        // follow a redirect of a write as a GET: every attempt is decided by Exchange instead,
        // knowing which operations are safe to resend.
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false);
  }

  /**
   * Adds the client's interceptors, in the order a request meets them: the one that reports a
   * runtime exception to its call (and refuses attempts once the client is closed), headers, the
   * optional logger, bounded error bodies, and on the network the marker of what each connection
   * carried.
   */
  static OkHttpClient.Builder intercept(
      OkHttpClient.Builder http, Interceptor headers, @Nullable Interceptor logging) {
    http.interceptors().add(0, Attempt.NO_RAW_EXCEPTIONS);
    http.addInterceptor(headers);
    if (logging != null) {
      http.addInterceptor(logging);
    }
    http.addInterceptor(ErrorResponse.BOUNDED);
    http.addNetworkInterceptor(Attempt.MARKER);
    return http;
  }
}
