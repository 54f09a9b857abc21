package dev.managedagents.deployments;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * What every call of one client shares: the Retrofit instance its calls start from, the OkHttp
 * client that sends them, the settings calls start with, the calls under way, and the timer their
 * waits and deadlines run on. {@link #withOptions} gives a view with other settings over the same
 * parts; {@link #close} ends them all.
 */
final class Transport {
  /** How long the client keeps an idle connection: below the idle timeouts of common servers. */
  static final Duration KEEP_ALIVE = Duration.ofSeconds(30);

  final Redactor redactor;
  final RetryPolicy policy;
  final @Nullable Sleeper sleeper;
  final int maxRetries;
  final Duration timeout;
  final long maxResponseBytes;

  /** Extra headers, query parameters and body properties every call of this view sends. */
  final RequestOptions extras;

  /** The listeners calls report to, and where async calls complete. */
  final CallHooks hooks;

  private final Shared shared;

  /** Replaces the waits between attempts in tests, which record them instead of waiting. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * @param http the client every call goes through, with its connection pool, to be built here
   * @param ownsHttp whether the client's dispatcher and pool were made for this client (and are
   *     shut down by {@link #close}); its sockets are then made here too
   */
  Transport(
      OkHttpClient.Builder http,
      boolean ownsHttp,
      okhttp3.HttpUrl baseUrl,
      Redactor redactor,
      RetryPolicy policy,
      @Nullable Sleeper sleeper,
      int maxRetries,
      Duration timeout,
      long maxResponseBytes,
      CallHooks hooks) {
    this.shared = new Shared(http, ownsHttp, baseUrl, maxResponseBytes);
    this.redactor = redactor;
    this.policy = policy;
    this.sleeper = sleeper;
    this.maxRetries = maxRetries;
    this.timeout = timeout;
    this.maxResponseBytes = maxResponseBytes;
    this.extras = RequestOptions.defaults();
    this.hooks = hooks;
  }

  /** A view of {@code base} with {@code options} and {@code hooks}; it shares everything else. */
  private Transport(Transport base, RequestOptions options, CallHooks hooks) {
    this.shared = base.shared;
    this.redactor = base.redactor;
    this.policy = base.policy;
    this.sleeper = base.sleeper;
    this.maxRetries = options.maxRetries != null ? options.maxRetries : base.maxRetries;
    this.timeout = options.timeout != null ? options.timeout : base.timeout;
    this.maxResponseBytes = base.maxResponseBytes;
    this.extras = base.extras.then(options);
    this.hooks = hooks;
  }

  /** A view of this transport with {@code options} applied; it shares everything else. */
  Transport withOptions(RequestOptions options) {
    return new Transport(this, options, hooks);
  }

  /** A view of this transport whose calls also report to {@code listener}. */
  Transport withListener(CallListener listener) {
    return new Transport(this, RequestOptions.defaults(), hooks.with(listener));
  }

  /** The client's implementation of a generated Retrofit interface, for a service of the facade. */
  <T> T api(Class<T> service) {
    return shared.retrofit.create(service);
  }

  /**
   * The OkHttp client every call goes through. Writes share its pooled connections too, where
   * {@link ConnectionRules} allows.
   */
  OkHttpClient http() {
    return shared.pooled;
  }

  /** After one pooled connection proved stale, the others idle as long are likely stale too. */
  void evictIdleConnections() {
    shared.pooled.connectionPool().evictAll();
  }

  ScheduledExecutorService scheduler() {
    return shared.scheduler();
  }

  boolean isClosed() {
    return shared.closed.get();
  }

  /** Tracks a call until it ends; a call registered after close is ended at once. */
  void register(Exchange<?> exchange) {
    shared.live.add(exchange);
    if (shared.closed.get()) {
      exchange.closed();
    }
  }

  void unregister(Exchange<?> exchange) {
    shared.live.remove(exchange);
  }

  /**
   * Ends every call (queued and waiting ones say nothing was sent, in-flight ones are cancelled),
   * waits up to {@code grace} for their threads to let go of their connections, then closes the
   * pool and stops the threads this client started. Returns whether it was open.
   */
  boolean close(Duration grace) {
    if (!shared.closed.compareAndSet(false, true)) {
      return false;
    }
    for (Exchange<?> exchange : shared.live) {
      exchange.closed();
    }
    long until = System.nanoTime() + grace.toNanos();
    // A call's exchange ends before OkHttp's thread lets go of its connection: over HTTP/2 a
    // cancelled call leaves its connection fit for more, so it must be idle before the pool closes.
    while ((!shared.live.isEmpty() || shared.runningOwnCalls() > 0) && System.nanoTime() < until) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    shared.stopScheduler();
    if (shared.ownsHttp) {
      shared.pooled.dispatcher().cancelAll();
      shared.pooled.dispatcher().executorService().shutdown();
      shared.pooled.connectionPool().evictAll();
    }
    return true;
  }

  /**
   * The parts every view of one client shares. It is also Retrofit's call factory (each attempt's
   * OkHttp call is made by the {@link Exchange} its request is tagged with), and it makes the
   * timer's thread and, for a client of its own, the sockets.
   */
  private static final class Shared extends SocketFactory
      implements okhttp3.Call.Factory, ThreadFactory {
    private static final SocketFactory SOCKETS = SocketFactory.getDefault();

    final OkHttpClient pooled;
    final boolean ownsHttp;
    final Retrofit retrofit;
    final Set<Exchange<?>> live = ConcurrentHashMap.newKeySet();
    final AtomicBoolean closed = new AtomicBoolean();
    private @Nullable ScheduledThreadPoolExecutor scheduler;

    Shared(
        OkHttpClient.Builder http,
        boolean ownsHttp,
        okhttp3.HttpUrl baseUrl,
        long maxResponseBytes) {
      if (ownsHttp) {
        http.socketFactory(this);
      }
      this.pooled = http.build();
      this.ownsHttp = ownsHttp;
      this.retrofit =
          new Retrofit.Builder()
              .baseUrl(baseUrl)
              .callFactory(this)
              .addConverterFactory(new JsonConverterFactory(maxResponseBytes))
              .build();
    }

    /** OkHttp calls still running on this client's own dispatcher; 0 for a caller's client. */
    int runningOwnCalls() {
      return ownsHttp ? pooled.dispatcher().runningCallsCount() : 0;
    }

    /** Each attempt's OkHttp call, made by the exchange the request is tagged with. */
    @Override
    public okhttp3.Call newCall(okhttp3.Request request) {
      Exchange<?> exchange = request.tag(Exchange.class);
      if (exchange == null) {
        throw new IllegalStateException("DeploymentsApi requests are made only for an Exchange");
      }
      return exchange.newCall(request);
    }

    /**
     * A socket with Nagle's algorithm off ({@code TCP_NODELAY}), as browsers, curl and Go's HTTP
     * client have them. OkHttp leaves it on, and a small write that follows another unacknowledged
     * one, as the request after a TLS handshake or an HTTP/2 preface does, then waits for the
     * server's delayed acknowledgement: 40 ms on Linux servers, on every new connection. OkHttp
     * asks only for unconnected sockets; the other forms are SocketFactory's contract.
     */
    @Override
    public Socket createSocket() throws IOException {
      return noDelay(SOCKETS.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return noDelay(SOCKETS.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      return noDelay(SOCKETS.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return noDelay(SOCKETS.createSocket(host, port));
    }

    @Override
    public Socket createSocket(
        InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
      return noDelay(SOCKETS.createSocket(address, port, localAddress, localPort));
    }

    private static Socket noDelay(Socket socket) throws IOException {
      socket.setTcpNoDelay(true);
      return socket;
    }

    /** The timer's thread: a daemon, so that a client never left open holds the JVM. */
    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "deployments-sdk-timer");
      thread.setDaemon(true);
      return thread;
    }

    /** The timer of async waits and deadlines: one daemon thread, started on first use. */
    synchronized ScheduledExecutorService scheduler() {
      if (scheduler == null) {
        scheduler = new ScheduledThreadPoolExecutor(1, this);
        scheduler.setRemoveOnCancelPolicy(true);
        if (closed.get()) {
          scheduler.shutdown();
        }
      }
      return scheduler;
    }

    synchronized void stopScheduler() {
      if (scheduler != null) {
        scheduler.shutdownNow();
      }
    }
  }
}
