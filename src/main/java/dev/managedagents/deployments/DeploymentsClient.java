package dev.managedagents.deployments;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
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
 * <p><b>Retries.</b> A call that fails on the network, or is answered 408, 409, 429 or 5xx, is sent
 * again, byte for byte, up to {@link Builder#maxRetries} times (2 by default; per call with {@link
 * RequestOptions#withMaxRetries}), after about 0.5 s, 1 s, 2 s ... (at most 8 s, less up to a
 * quarter at random) or as long as the server's {@code retry-after-ms} or {@code retry-after} asks.
 * {@code x-should-retry} (in any case) overrides the rule. A server that asks for more than 60 s,
 * or for more than the call has left, is not waited for: the call fails at once and {@link
 * ApiException#getRetryAfter()} says how long the server asked for. Other 4xx are final. A pooled
 * connection that the server had closed while idle is replaced without counting as a retry.
 *
 * <p><b>Create and run are not idempotent.</b> Each is sent again only when the server certainly
 * did not act on it: nothing of it was sent, the server refused its HTTP/2 stream unprocessed
 * ({@code REFUSED_STREAM}, or a {@code GOAWAY} below it), answered 408 or 429, or said {@code
 * x-should-retry: true}. Otherwise the failure says that the operation may have happened ({@link
 * ConnectionException#isPossiblySent()}, or a 5xx {@link ApiException}): list before you try again.
 * They take a pooled connection only where they cannot be lost on one the server is closing: one
 * that answered within the last half second (servers close idle connections after seconds), or over
 * HTTP/2 one that other calls are using; over HTTP/1.1 it must also show no sign of a close just
 * before the request goes out. Writes in a row reuse their connection; a write after a pause may
 * open a new one.
 *
 * <p><b>Redirects</b> are followed only for reads, and only on the same origin; a redirected write
 * fails with an {@link ApiException} that says where it pointed, so that no write is lost or sent
 * with its credentials to another host.
 *
 * <p><b>Timeouts.</b> Connect 10 s, each read and write 60 s, the whole call 3 minutes, counted
 * from the moment it is made (time waiting for a free connection slot and retries included); set
 * them on the builder, or per call with {@link RequestOptions#withTimeout}.
 *
 * <p><b>In a service.</b> Up to 64 calls run at once ({@link Builder#maxConcurrentRequests}); idle
 * connections are kept 30 s; a response body larger than {@link Builder#maxResponseSize} (32 MiB)
 * fails the call; cancelling an async call's future stops its HTTP call and any wait at once.
 */
public final class DeploymentsClient implements AutoCloseable {
  /** The API's own address. */
  public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";

  /** The beta every request of these endpoints must name (the spec's {@code x-required-beta}). */
  public static final String MANAGED_AGENTS_BETA = RequiredBeta.VALUE;

  static final String USER_AGENT = "deployments-sdk-java/" + SdkVersion.VALUE;

  /** The default of {@link Builder#maxResponseSize}: 32 MiB, far above any page the API returns. */
  public static final long DEFAULT_MAX_RESPONSE_SIZE = 32L * 1024 * 1024;

  private final HttpUrl baseUrl;
  private final Transport transport;
  private final Deployments deployments;
  private final DeploymentRuns deploymentRuns;

  private DeploymentsClient(HttpUrl baseUrl, Transport transport) {
    this.baseUrl = baseUrl;
    this.transport = transport;
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
   * Ends every call of this client and releases its threads and connections. Calls waiting for a
   * connection slot or to retry fail at once with a {@link ConnectionException} that says the
   * client was closed and nothing was sent; calls in flight are cancelled and fail the same way,
   * saying the request may have reached the server. No attempt starts after this, and later calls
   * throw {@link IllegalStateException}.
   *
   * <p>It waits up to 2 seconds for the cancelled calls' threads to let go of their connections
   * (they do so at once unless a thread is busy elsewhere), then closes every pooled connection and
   * stops the threads this client started. A caller-supplied {@link OkHttpClient} keeps its
   * dispatcher and pool running: they belong to the caller. Closing twice does nothing.
   */
  @Override
  public void close() {
    transport.close(Duration.ofSeconds(2));
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
    private int maxConcurrentRequests = 64;
    private long maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
    private Transport.@Nullable Sleeper sleeper;
    private Random random = new Random();
    private @Nullable Consumer<String> logger;
    private boolean allowInsecureHttp;
    private final List<CallListener> callListeners = new ArrayList<>();
    private CallHooks.@Nullable Observer observer;
    private @Nullable Executor completionExecutor;
    private @Nullable UnaryOperator<Runnable> asyncContext;

    Builder(Map<String, String> environment) {
      this.environment = environment;
    }

    /**
     * The API key, sent as {@code Authorization: Bearer}. Defaults to {@code ANTHROPIC_API_KEY}.
     */
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
     * Allows an {@code http://} base URL on a host other than this machine, which sends the API key
     * and every request unencrypted: only for a server you trust on a network you trust, such as a
     * proxy beside your service. Off by default: such a URL fails {@link #build()}. {@code
     * http://localhost} and other loopback addresses are always allowed.
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
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
     * How many calls of this client may be in flight at once, to the API's host and in all; more
     * wait in a queue, and their timeout counts while they wait. Default 64. Applies to the
     * client's own connections; with {@link #okHttpClient} the limits of that client's dispatcher
     * apply.
     */
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      if (maxConcurrentRequests < 1 || maxConcurrentRequests > 1024) {
        throw new ValidationException(
            "maxConcurrentRequests", "is " + maxConcurrentRequests + "; it must be from 1 to 1024");
      }
      this.maxConcurrentRequests = maxConcurrentRequests;
      return this;
    }

    /**
     * The most bytes the client reads of one response body, counted after decompression; a larger
     * answer fails the call with a {@link ResponseTooLargeException} instead of filling the heap.
     * Default {@value DeploymentsClient#DEFAULT_MAX_RESPONSE_SIZE} (32 MiB). Error bodies are read
     * only as far as their message needs (64 KB).
     */
    public Builder maxResponseSize(long bytes) {
      if (bytes < 1) {
        throw new ValidationException(
            "maxResponseSize", "is " + bytes + "; it must be at least 1 byte");
      }
      this.maxResponseSize = bytes;
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

    /**
     * Adds a listener that hears each call's start, attempts (with timings from OkHttp's events,
     * status and request ID) and end; see {@link CallListener}. The OpenTelemetry and Micrometer
     * artifacts provide listeners. With {@link #okHttpClient}, that client's own {@code
     * EventListener} still hears every event.
     */
    public Builder addCallListener(CallListener listener) {
      if (listener == null) {
        throw new ValidationException("listener", "is null");
      }
      callListeners.add(listener);
      observer = new CallEvents.Observer(); // made here only: see CallHooks.observer
      return this;
    }

    /**
     * Where the futures of async calls complete, so that what the caller chains on them runs there
     * (an application's executor, a UI thread). Default: on the thread that ends the call, one of
     * OkHttp's or the client's timer. A call ended by its caller's {@code cancel} completes at
     * once, on the caller's thread.
     */
    public Builder completionExecutor(@Nullable Executor executor) {
      this.completionExecutor = executor;
      return this;
    }

    /**
     * Carries the caller's context (a logging MDC, a trace) to where an async call completes:
     * called on the caller's thread when the call is made, with the task that completes its future,
     * it returns a task that runs that one in the captured context, and restores what was there
     * after.
     *
     * <pre>{@code
     * DeploymentsClient.builder().asyncContext(task -> {
     *   Map<String, String> mdc = MDC.getCopyOfContextMap();
     *   return () -> { MDC.setContextMap(mdc); try { task.run(); } finally { MDC.clear(); } };
     * })
     * }</pre>
     */
    public Builder asyncContext(@Nullable UnaryOperator<Runnable> carrier) {
      this.asyncContext = carrier;
      return this;
    }

    /** Tests record retry waits instead of waiting; {@code null} waits for real. */
    Builder sleeper(Transport.@Nullable Sleeper sleeper) {
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
     *     URL, or is {@code http://} on a host other than this machine without {@link
     *     #allowInsecureHttp}
     */
    public DeploymentsClient build() {
      String key =
          Validation.apiKey(apiKey != null ? apiKey : environment.get("ANTHROPIC_API_KEY"));
      String argument = baseUrl != null ? "baseUrl" : "ANTHROPIC_BASE_URL";
      HttpUrl url =
          Validation.baseUrl(
              baseUrl != null
                  ? baseUrl
                  : environment.getOrDefault("ANTHROPIC_BASE_URL", DEFAULT_BASE_URL),
              argument,
              allowInsecureHttp);
      Redactor redactor = new Redactor(Collections.singletonList(key));
      OkHttpClient.Builder http =
          HttpStack.intercept(
              HttpStack.of(
                  okHttpClient, maxConcurrentRequests, connectTimeout, readTimeout, writeTimeout),
              new HeadersInterceptor(key, betas, workspaceId),
              logger == null ? null : new LoggingInterceptor(logger, redactor));
      if (observer != null) {
        observer.timeAttempts(
            http, okHttpClient == null ? null : okHttpClient.eventListenerFactory());
      }
      CallHooks hooks =
          new CallHooks(
              url.host(),
              url.port(),
              callListeners.toArray(new CallListener[0]),
              observer,
              observer != null,
              completionExecutor,
              asyncContext);
      Transport transport =
          new Transport(
              http,
              okHttpClient == null,
              url,
              redactor,
              new RetryPolicy(random),
              sleeper,
              maxRetries,
              callTimeout,
              maxResponseSize,
              hooks);
      return new DeploymentsClient(url, transport);
    }

    /** Never shows the API key. */
    @Override
    public String toString() {
      return "DeploymentsClient.Builder{baseUrl="
          + baseUrl
          + ", apiKey="
          + (apiKey == null ? "unset" : Redactor.MASK)
          + ", logger="
          + (logger == null ? "off" : "on")
          + (allowInsecureHttp ? ", allowInsecureHttp=true" : "")
          + "}";
    }
  }
}
