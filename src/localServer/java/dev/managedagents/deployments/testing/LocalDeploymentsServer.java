package dev.managedagents.deployments.testing;

import com.sun.net.httpserver.HttpServer;
import dev.managedagents.deployments.model.RunError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * An in-process Deployments server on a loopback port that behaves like the real service, for
 * tests and demos: all ten operations on the spec's wire format, state kept in memory, the same
 * validation and refusals (with the documented error envelope and a request ID), cursor pagination,
 * schedules that fire when a test moves the server's clock, and faults on demand.
 *
 * <pre>{@code
 * try (LocalDeploymentsServer server = LocalDeploymentsServer.start();
 *     DeploymentsClient client =
 *         DeploymentsClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey()).build()) {
 *   Deployment deployment = client.deployments().create(params);
 *   server.advanceTime(Duration.ofDays(1)); // its schedule fires for the day
 * }
 * }</pre>
 *
 * <p>The server knows no agents, environments or files: any ID is accepted, and an agent ID alone
 * pins version 1. Thread-safe.
 */
public final class LocalDeploymentsServer implements AutoCloseable {
  /** The API key {@link #start()} expects. */
  public static final String DEFAULT_API_KEY = "sk-local-deployments-test-key";

  static {
    // Without it every response waits for the client's delayed ACK (about 40 ms). It is read once,
    // when the JDK's server classes load, so it must be set before the first server is created.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer http;
  private final ExecutorService executor;
  private final Store store;
  private final @Nullable String apiKey;
  private final Deque<Fault> faults;
  private final AtomicInteger requests;
  private final Object clockLock = new Object();
  /** Set: the clock stands still there. Null: it follows the system clock plus {@link #offset}. */
  private volatile @Nullable Instant frozenAt;
  private volatile Duration offset = Duration.ZERO;

  private LocalDeploymentsServer(Builder builder) {
    this.apiKey = builder.acceptAnyKey ? null : builder.apiKey;
    this.frozenAt = builder.startTime;
    this.faults = new ArrayDeque<>();
    this.requests = new AtomicInteger();
    Ids ids = new Ids();
    this.store = new Store(ids, this::now);
    AtomicInteger threads = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread =
                  new Thread(runnable, "LocalDeploymentsServer-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      this.http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("Could not open a loopback port", e);
    }
    http.createContext("/", new ApiHandler(store, ids, apiKey, faults, requests));
    http.setExecutor(executor);
    http.start();
  }

  /** Starts a server on a free loopback port that expects {@link #DEFAULT_API_KEY}. */
  public static LocalDeploymentsServer start() {
    return builder().start();
  }

  /** Returns a builder for a server with a chosen key or a fixed start time. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where the server listens, such as {@code http://127.0.0.1:50123}; pass it to the client. */
  public String baseUrl() {
    InetSocketAddress address = http.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** The API key the server expects (any non-empty key if built with {@link Builder#acceptAnyApiKey()}). */
  public String apiKey() {
    return apiKey == null ? DEFAULT_API_KEY : apiKey;
  }

  /** The server's clock, which stamps everything it creates (milliseconds precision). */
  public Instant now() {
    // No lock: the store asks for the time while holding its own, and a clock move takes both.
    Instant frozen = frozenAt;
    Instant now = frozen != null ? frozen : Instant.now().plus(offset);
    return now.truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Moves the clock forward and fires every schedule for each time it passed: each active,
   * unarchived deployment with a schedule gets one run per fire time (trigger {@code schedule},
   * {@code created_at} the fire time), oldest first. Paused deployments skip their fires.
   *
   * @throws IllegalArgumentException if {@code duration} is negative, or the move would fire more
   *     than 10,000 runs (move in smaller steps)
   */
  public void advanceTime(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative; use setTime to go back");
    }
    synchronized (clockLock) {
      // Fire first: if there are too many fires, it throws and the clock stays where it was.
      store.fireDue(now().plus(duration));
      Instant frozen = frozenAt;
      if (frozen != null) {
        frozenAt = frozen.plus(duration);
      } else {
        offset = offset.plus(duration);
      }
    }
  }

  /**
   * Sets the clock, which then stands still until it is moved again. Moving it forward fires the
   * schedules as {@link #advanceTime} does; moving it back fires nothing, and times already passed
   * do not fire twice.
   *
   * @throws IllegalArgumentException if the move would fire more than 10,000 runs
   */
  public void setTime(Instant time) {
    synchronized (clockLock) {
      store.fireDue(time);
      frozenAt = time;
    }
  }

  /**
   * Makes the next {@code count} requests, whatever they are, fail with {@code fault} instead of
   * being answered; faults queue up in the order given.
   */
  public void failNext(int count, Fault fault) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    synchronized (faults) {
      for (int i = 0; i < count; i++) {
        faults.add(fault);
      }
    }
  }

  /**
   * Makes the next {@code count} runs, manual or scheduled, record {@code error} instead of
   * creating a session. A scheduled run that fails with an error that pauses schedules (all but
   * {@code session_rate_limited_error} and {@code session_creation_rejected_error}) pauses its
   * deployment with {@code paused_reason} {@code error}.
   */
  public void failNextRuns(int count, RunError error) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative");
    }
    store.failNextRuns(count, error);
  }

  /** How many requests arrived so far, faulted ones and retries included. */
  public int requestCount() {
    return requests.get();
  }

  /** Stops listening and releases the port; safe to call twice. */
  @Override
  public void close() {
    http.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "LocalDeploymentsServer{" + baseUrl() + "}";
  }

  /** Configures a {@link LocalDeploymentsServer}. */
  public static final class Builder {
    private String apiKey = DEFAULT_API_KEY;
    private boolean acceptAnyKey;
    private @Nullable Instant startTime;

    private Builder() {}

    /** The API key requests must carry; others get {@code 401 authentication_error}. */
    public Builder apiKey(String apiKey) {
      if (apiKey.trim().isEmpty()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.apiKey = apiKey;
      this.acceptAnyKey = false;
      return this;
    }

    /** Accepts any non-empty key; a request without one still gets {@code 401}. */
    public Builder acceptAnyApiKey() {
      this.acceptAnyKey = true;
      return this;
    }

    /**
     * Starts the clock standing still at {@code time}, so that timestamps are predictable; it moves
     * only with {@link #advanceTime} and {@link #setTime}. By default it follows the system clock.
     */
    public Builder startTime(Instant time) {
      this.startTime = time;
      return this;
    }

    /** Starts the server on a free loopback port. */
    public LocalDeploymentsServer start() {
      return new LocalDeploymentsServer(this);
    }
  }
}
