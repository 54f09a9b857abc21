package dev.managedagents.deployments;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The entry point: a configured connection to the Deployments API. Build one, share it across
 * threads, and close it when done.
 *
 * <pre>{@code
 * try (DeploymentsClient client = DeploymentsClient.builder().apiKey(key).build()) {
 *   Deployment deployment = client.deployments().retrieve("depl_...");
 * }
 * }</pre>
 *
 * <p><b>Retries.</b> A call that fails on the network, or is answered 408, 409, 429 or 5xx, is
 * sent again, byte for byte, up to {@link Builder#maxRetries} times (2 by default; per call with
 * {@link RequestOptions#withMaxRetries}), after about 0.5 s, 1 s, 2 s ... (at most 8 s, less up to
 * a quarter at random) or as long as the server's {@code retry-after-ms} or {@code retry-after}
 * asks (up to 60 s); {@code x-should-retry} overrides the rule. Other 4xx are final. A wait that
 * would end after the call's timeout is not started.
 *
 * <p><b>Create and run are not idempotent.</b> They are sent again only when the first attempt
 * certainly had no effect: no connection could be made, the server answered 429, or it said {@code
 * x-should-retry: true}. Otherwise the failure is thrown and says that the operation may have
 * happened ({@link ConnectionException#isPossiblySent()}, or a 5xx {@link ApiException}): list
 * before you try again.
 *
 * <p><b>Timeouts.</b> Connect 10 s, each read and write 60 s, the whole call with its retries 3
 * minutes; set them on the builder, or per call with {@link RequestOptions#withTimeout}.
 */
public final class DeploymentsClient implements AutoCloseable {
  /** The API's own address. */
  public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";

  /** The beta every request of these endpoints must name. */
  public static final String MANAGED_AGENTS_BETA = "managed-agents-2026-04-01";

  static final String USER_AGENT = "deployments-sdk-java/0.1.0";

  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final HttpUrl baseUrl;
  private final Deployments deployments;
  private final DeploymentRuns deploymentRuns;

  private final Transport transport;

  private DeploymentsClient(OkHttpClient http, boolean ownsHttp, HttpUrl baseUrl, Redactor redactor) {
    this.http = http;
    this.ownsHttp = ownsHttp;
    this.baseUrl = baseUrl;
    this.transport = new Transport(http, baseUrl, redactor);
    this.deployments = new Deployments(transport);
    this.deploymentRuns = new DeploymentRuns(transport);
  }

  /** Returns a builder; without {@link Builder#apiKey} it reads {@code ANTHROPIC_API_KEY}. */
  public static Builder builder() {
    return new Builder(System.getenv());
  }

  /** Create, list, retrieve, update, archive, pause, unpause and run deployments. */
  public Deployments deployments() {
    return deployments;
  }

  /** List and retrieve deployment runs. */
  public DeploymentRuns deploymentRuns() {
    return deploymentRuns;
  }

  /**
   * Releases the threads and connections this client created; later calls throw {@link
   * IllegalStateException}. Calls in flight may finish. A caller-supplied {@link OkHttpClient} is
   * left running: it belongs to the caller. Closing twice does nothing.
   */
  @Override
  public void close() {
    if (transport.close() && ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /** The OkHttp client calls go through, for tests. */
  OkHttpClient httpClient() {
    return http;
  }

  /** Names the base URL; never the API key. */
  @Override
  public String toString() {
    return "DeploymentsClient{baseUrl=" + baseUrl + "}";
  }

  /** Configures a {@link DeploymentsClient}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> environment;
    private @Nullable String apiKey;
    private @Nullable String baseUrl;
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable String workspaceId;
    private final Set<String> betas = new LinkedHashSet<>();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration writeTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofMinutes(3);
    private int maxRetries = 2;
    private RetryInterceptor.Sleeper sleeper = RetryInterceptor.THREAD_SLEEPER;
    private Random random = new Random();
    private @Nullable Consumer<String> logger;

    Builder(Map<String, String> environment) {
      this.environment = environment;
    }

    /** The API key, sent as {@code Authorization: Bearer}. Defaults to {@code ANTHROPIC_API_KEY}. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Where the API is, for example a local server or a proxy (a path prefix is kept). Defaults to
     * {@code ANTHROPIC_BASE_URL}, then {@link #DEFAULT_BASE_URL}.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * An OkHttp client to share its connection pool, threads and interceptors. The SDK adds its own
     * interceptors and timeouts to a derived client; {@link DeploymentsClient#close()} leaves this
     * one running.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = okHttpClient;
      return this;
    }

    /** Sent as {@code anthropic-workspace-id}; only for keys that can act in several workspaces. */
    public Builder workspaceId(@Nullable String workspaceId) {
      this.workspaceId = workspaceId;
      return this;
    }

    /** Adds a beta value to {@code anthropic-beta}, besides {@value #MANAGED_AGENTS_BETA}. */
    public Builder addBeta(String beta) {
      this.betas.add(Validation.header(beta, "beta"));
      return this;
    }

    /** How long to wait for a connection. Default 10 seconds. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Validation.positive(timeout, "connectTimeout");
      return this;
    }

    /** How long to wait for each read from the server. Default 60 seconds. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Validation.positive(timeout, "readTimeout");
      return this;
    }

    /** How long to wait for each write to the server. Default 60 seconds. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = Validation.positive(timeout, "writeTimeout");
      return this;
    }

    /** The most one whole call may take, retries and their waits included. Default 3 minutes. */
    public Builder timeout(Duration timeout) {
      this.callTimeout = Validation.positive(timeout, "timeout");
      return this;
    }

    /**
     * How many times a failed call is retried, 0 to 10. Default 2. See the class documentation for
     * what is retried, and why a create or run usually is not.
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Validation.maxRetries(maxRetries);
      return this;
    }

    /**
     * Logs each request and response, every attempt, as one message each: method, URL, status,
     * time, headers and the first 8 KB of the body. Off by default. The API key, other credential
     * headers and secret properties such as {@code authorization_token} are masked; bodies may
     * still hold what you sent, such as prompts. The logger is called on the calling or an OkHttp
     * thread and must be thread-safe; an exception it throws is ignored.
     *
     * <pre>{@code
     * DeploymentsClient.builder().logger(line -> log.debug(line))
     * }</pre>
     */
    public Builder logger(@Nullable Consumer<String> logger) {
      this.logger = logger;
      return this;
    }

    Builder sleeper(RetryInterceptor.Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder random(Random random) {
      this.random = random;
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws ValidationException if no API key was given or found, or the base URL is not an HTTP
     *     URL
     */
    public DeploymentsClient build() {
      String key = apiKey != null ? apiKey : environment.get("ANTHROPIC_API_KEY");
      if (key == null || key.trim().isEmpty()) {
        throw new ValidationException(
            "apiKey", "is missing; call apiKey(...) or set ANTHROPIC_API_KEY");
      }
      Validation.header(key, "apiKey");
      HttpUrl url = Validation.baseUrl(baseUrl != null ? baseUrl : environment.getOrDefault("ANTHROPIC_BASE_URL", DEFAULT_BASE_URL));
      Redactor redactor = new Redactor(Collections.singletonList(key));
      Set<String> allBetas = new LinkedHashSet<>();
      allBetas.add(MANAGED_AGENTS_BETA);
      allBetas.addAll(betas);
      OkHttpClient.Builder http =
          (okHttpClient != null ? okHttpClient.newBuilder() : new OkHttpClient.Builder())
              .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
              .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
              .writeTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS)
              .callTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS)
              // OkHttp would silently resend a request whose connection broke, even a create: the
              // RetryInterceptor decides instead, knowing which operations are safe to resend.
              .retryOnConnectionFailure(false)
              .addInterceptor(
                  new RetryInterceptor(maxRetries, new RetryPolicy(random), url, sleeper, Clock.systemUTC()))
              .addInterceptor(
                  new HeadersInterceptor(
                      key, String.join(",", allBetas), workspaceId == null ? null : Validation.header(workspaceId, "workspaceId")));
      if (logger != null) {
        http.addInterceptor(new LoggingInterceptor(logger, redactor));
      }
      // Marks when an attempt has a connection: a failure before it sent nothing, even a create.
      http.addNetworkInterceptor(RetryInterceptor.NETWORK_MARKER);
      return new DeploymentsClient(http.build(), okHttpClient == null, url, redactor);
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
      return "DeploymentsClient.Builder{baseUrl="
          + baseUrl
          + ", apiKey="
          + (apiKey == null ? "unset" : "***")
          + ", logger="
          + (logger == null ? "off" : "on")
          + "}";
    }
  }
}
