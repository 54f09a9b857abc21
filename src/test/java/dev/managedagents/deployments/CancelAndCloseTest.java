package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.API_KEY;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.managedagents.deployments.FleetServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cancel cancels, close closes: a cancelled future stops its HTTP call and any wait at once, and
 * {@link DeploymentsClient#close()} leaves no call running, no connection pooled and no thread of
 * its own, while queued or waiting calls say that nothing was sent. Retry waits are real here. On
 * every {@link Wire}, over TLS a round trip of 20 ms away: a cancel then meets a request or an
 * answer on its way, and over HTTP/2 it resets one stream of a shared connection.
 */
class CancelAndCloseTest {
  private final AtomicReference<FleetServer.Handler> handler = new AtomicReference<>();
  private WireServer server;

  private void start(Wire wire) throws Exception {
    server =
        wire.start(
            Fleet.Options.defaults().roundTrip(wire.tls ? Duration.ofMillis(20) : Duration.ZERO),
            request -> handler.get().handle(request));
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private DeploymentsClient.Builder builder() {
    return new DeploymentsClient.Builder(Collections.emptyMap()).apiKey(API_KEY).baseUrl(server.baseUrl());
  }

  private static Reply slow(String fixture, long millis) {
    return Reply.json(200, fixture(fixture)).after(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void cancellingAListFuture_cancelsItsHttpCallAtOnce(Wire wire) throws Exception {
    start(wire);
    handler.set(r -> slow(r.route().contains("runs") ? "deployment-run-page.json" : "deployment-page.json", 3_000));
    try (DeploymentsClient client = builder().build()) {
      OkHttpClient http = TestSupport.httpClient(client);
      CompletableFuture<?> deployments = client.deployments().listAsync();
      CompletableFuture<?> runs = client.deploymentRuns().listAsync();
      assertTrue(FleetServer.await(() -> server.received().size() == 2, Duration.ofSeconds(5)));
      assertTrue(deployments.cancel(true));
      assertTrue(runs.cancel(true));
      assertTrue(
          FleetServer.await(() -> http.dispatcher().runningCallsCount() == 0, Duration.ofMillis(500)),
          "the HTTP calls stopped");
      assertThrows(CancellationException.class, deployments::join);
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void cancellingDuringARetryWait_freesEverythingAndSendsNoRetry(Wire wire) throws Exception {
    start(wire);
    handler.set(r -> Reply.json(500, fixture("error-envelope.json")).header("retry-after-ms", "700"));
    try (DeploymentsClient client = builder().build()) {
      CompletableFuture<?> call = client.deployments().retrieveAsync("depl_01");
      assertTrue(FleetServer.await(() -> server.received().size() == 1, Duration.ofSeconds(5)));
      Thread.sleep(100); // now in the wait before the retry
      assertTrue(call.cancel(true));
      Thread.sleep(1_200);
      assertEquals(1, server.received().size(), "no retry after the cancel");
      assertEquals(0, TestSupport.httpClient(client).dispatcher().runningCallsCount());
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aCancelNeverLosesItsRace_theFutureSaysCancelled(Wire wire) throws Exception {
    start(wire);
    handler.set(r -> slow("deployment-minimal.json", 5));
    try (DeploymentsClient client = builder().build()) {
      for (int i = 0; i < 200; i++) {
        CompletableFuture<?> call = client.deployments().createAsync(minimalCreate());
        Thread.sleep(i % 7);
        boolean cancelled = call.cancel(true);
        try {
          call.get(5, TimeUnit.SECONDS);
          assertFalse(cancelled, "a cancelled future completed normally");
        } catch (CancellationException e) {
          assertTrue(cancelled);
        } catch (ExecutionException e) {
          fail("call " + i + " failed instead of being cancelled: " + e.getCause());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void close_failsQueuedAndWaitingCallsAsNotSent_cancelsInFlightOnes_andLeavesNothingBehind(Wire wire) throws Exception {
    start(wire);
    CountDownLatch inFlight = new CountDownLatch(2);
    handler.set(
        r -> {
          if (r.target.contains("waits")) {
            return Reply.json(503, fixture("error-envelope.json")).header("retry-after-ms", "2000");
          }
          inFlight.countDown();
          return slow("deployment-minimal.json", 3_000);
        });
    java.util.Set<Thread> before = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
    DeploymentsClient client = builder().maxConcurrentRequests(2).build();
    OkHttpClient http = TestSupport.httpClient(client);
    // First a call that is answered 503 and waits 2 s to retry, holding no connection slot.
    CompletableFuture<?> waiting = client.deployments().retrieveAsync("depl_waits");
    assertTrue(FleetServer.await(() -> server.received().size() == 1, Duration.ofSeconds(5)));
    // Then two slow calls that take both slots.
    List<CompletableFuture<?>> running = new ArrayList<>();
    running.add(client.deployments().retrieveAsync("depl_running1"));
    running.add(client.deployments().createAsync(minimalCreate()));
    assertTrue(inFlight.await(5, TimeUnit.SECONDS));
    // The limit of 2 is reached: these wait in the queue.
    List<CompletableFuture<?>> queued = new ArrayList<>();
    queued.add(client.deployments().createAsync(minimalCreate()));
    queued.add(client.deployments().runAsync("depl_01"));
    AtomicReference<Throwable> sync = new AtomicReference<>();
    Thread syncWaiting =
        new Thread(
            () -> {
              try {
                client.deployments().retrieve("depl_waits_sync");
              } catch (Throwable t) {
                sync.set(t);
              }
            });
    syncWaiting.start();
    assertTrue(FleetServer.await(() -> server.received().size() == 4, Duration.ofSeconds(5)));
    Thread.sleep(200);

    long started = System.nanoTime();
    client.close();
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3), "close() does not wait for the server");

    for (CompletableFuture<?> call : queued) {
      ConnectionException e = failure(call);
      assertFalse(e.isPossiblySent(), e.getMessage());
      assertTrue(e.getMessage().contains("client was closed"), e.getMessage());
      assertTrue(e.getMessage().contains("nothing was sent"), e.getMessage());
    }
    ConnectionException waited = failure(waiting);
    assertTrue(waited.getMessage().contains("client was closed"), waited.getMessage());
    syncWaiting.join(2_000);
    assertInstanceOf(ConnectionException.class, sync.get());
    assertTrue(sync.get().getMessage().contains("client was closed"), sync.get().getMessage());
    for (CompletableFuture<?> call : running) {
      ConnectionException e = failure(call);
      assertTrue(e.getMessage().contains("client was closed"), e.getMessage());
    }
    Thread.sleep(2_500); // past every retry wait
    assertEquals(4, server.received().size(), "nothing was sent after close(): " + server.received());
    assertEquals(0, http.connectionPool().connectionCount(), "no pooled connection");
    assertEquals(0, http.dispatcher().runningCallsCount() + http.dispatcher().queuedCallsCount());
    assertTrue(
        FleetServer.await(() -> sdkThreads(before).isEmpty(), Duration.ofSeconds(5)),
        "threads left: " + sdkThreads(before));
    assertThrows(IllegalStateException.class, () -> client.deployments().retrieve("depl_01"));
  }

  /**
   * close() ends calls one after another, and a future's callbacks run on the thread that completes
   * it: here the first one holds close() for a second, while the other calls' retries come due. Those
   * retries must not start, and their calls must end like the others. Found by the soak over
   * HTTP/2, where retries without a wait (after a connection failed under its calls) come due at any
   * moment.
   */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void close_completesEveryFuture_evenWhenRetriesComeDueWhileItRuns(Wire wire) throws Exception {
    start(wire);
    handler.set(r -> Reply.json(429, fixture("error-envelope.json")).header("retry-after-ms", "500"));
    DeploymentsClient client = builder().build();
    List<CompletableFuture<?>> calls = new ArrayList<>();
    AtomicBoolean first = new AtomicBoolean(true);
    for (int i = 0; i < 8; i++) {
      CompletableFuture<?> call = client.deployments().retrieveAsync("depl_0" + i);
      call.whenComplete(
          (value, failure) -> {
            if (first.getAndSet(false)) {
              sleepQuietly(1_000);
            }
          });
      calls.add(call);
    }
    assertTrue(FleetServer.await(() -> server.received().size() == 8, Duration.ofSeconds(5)));
    Thread.sleep(100); // each answered 429, and waits 500 ms to retry

    client.close();

    assertTrue(
        FleetServer.await(() -> calls.stream().allMatch(CompletableFuture::isDone), Duration.ofSeconds(3)),
        calls.stream().filter(call -> !call.isDone()).count() + " of 8 futures left incomplete");
    for (CompletableFuture<?> call : calls) {
      ConnectionException e = failure(call);
      assertTrue(e.getMessage().contains("client was closed"), e.getMessage());
    }
    assertEquals(8, server.received().size(), "no retry was sent after close(): " + server.received());
  }

  /**
   * close() cancels the calls in flight, then closes the pooled connections. Over HTTP/2 a cancel
   * resets only the call's stream and leaves its connection fit for more: one that its cancelled
   * calls let go of only after the pool was closed must not stay open. Here a slow logger holds the
   * cancelled calls a little while (their failure is logged before OkHttp lets go of the
   * connection); without it they let go late now and then, and {@link
   * #close_failsQueuedAndWaitingCallsAsNotSent_cancelsInFlightOnes_andLeavesNothingBehind} fails
   * over HTTP/2.
   */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void close_leavesNoConnectionPooled_evenOneItsCancelledCallsLetGoOfLate(Wire wire) throws Exception {
    start(wire);
    CountDownLatch inFlight = new CountDownLatch(2);
    handler.set(
        r -> {
          inFlight.countDown();
          return slow("deployment-minimal.json", 3_000);
        });
    DeploymentsClient client =
        builder()
            .logger(
                line -> {
                  if (line.startsWith("<-- FAILED")) {
                    sleepQuietly(300);
                  }
                })
            .build();
    OkHttpClient http = TestSupport.httpClient(client);
    client.deployments().retrieveAsync("depl_01");
    client.deployments().createAsync(minimalCreate());
    assertTrue(inFlight.await(5, TimeUnit.SECONDS));

    client.close();

    assertTrue(
        FleetServer.await(() -> http.connectionPool().connectionCount() == 0, Duration.ofSeconds(1)),
        http.connectionPool().connectionCount() + " connection(s) left in the pool, "
            + http.connectionPool().idleConnectionCount() + " idle");
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aSyncCallWaitingToRetry_endsAtOnceWhenItsThreadIsInterrupted(Wire wire) throws Exception {
    start(wire);
    handler.set(r -> Reply.json(503, fixture("error-envelope.json")).header("retry-after-ms", "5000"));
    try (DeploymentsClient client = builder().build()) {
      AtomicReference<Throwable> thrown = new AtomicReference<>();
      Thread caller = new Thread(() -> {
        try {
          client.deployments().retrieve("depl_01");
        } catch (Throwable t) {
          thrown.set(t);
        }
      });
      caller.start();
      assertTrue(FleetServer.await(() -> server.received().size() == 1, Duration.ofSeconds(5)));
      Thread.sleep(100);
      long started = System.nanoTime();
      caller.interrupt();
      caller.join(2_000);
      assertFalse(caller.isAlive());
      assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1));
      ConnectionException e = assertInstanceOf(ConnectionException.class, thrown.get());
      assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The client's threads: OkHttp's dispatcher and the SDK's own, started after {@code before}. */
  static List<String> sdkThreads(java.util.Set<Thread> before) {
    List<String> names = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.isAlive() && !before.contains(t) && (t.getName().startsWith("OkHttp Dispatcher") || t.getName().startsWith("OkHttp http") || t.getName().startsWith("deployments-sdk"))) {
        names.add(t.getName());
      }
    }
    return names;
  }

  private static ConnectionException failure(CompletableFuture<?> call) throws Exception {
    try {
      call.get(3, TimeUnit.SECONDS);
      throw new AssertionError("completed normally");
    } catch (ExecutionException e) {
      return assertInstanceOf(ConnectionException.class, e.getCause());
    }
  }
}
