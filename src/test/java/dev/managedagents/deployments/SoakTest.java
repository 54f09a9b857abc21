package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.API_KEY;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.FleetServer.Reply;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 32 threads for 20 s on each {@link Wire} (system property {@code soak.seconds}), over TLS a round
 * trip of 20 ms away, share one client against a server that closes idle connections, resets,
 * fails, rate-limits and answers slowly at random; callers mix sync and async calls, cancel some and
 * give some short timeouts; the client is closed while calls are in flight. Afterwards: no write
 * performed twice, no future left incomplete, no connection or SDK thread left, no write that says
 * nothing was sent was performed, and every failed write that never reached the server says so,
 * unless the client stopped it on its way or (HTTP/2) its connection failed under it.
 *
 * <p>The server closes connections idle for 600 ms: longer than a write's window for a pooled
 * connection (500 ms) plus the round trip, as real servers' idle timeouts of seconds are. With a
 * shorter one a write could leave on a connection whose close is already on its way, which no
 * client can tell from a live one. A quarter of the callers' pauses outlast it, so that reads meet
 * stale connections.
 */
class SoakTest {
  private static final int THREADS = 32;
  private static final Duration IDLE_TIMEOUT = Duration.ofMillis(600);

  private final Map<String, AtomicInteger> performed = new ConcurrentHashMap<>();
  private final Set<String> received = ConcurrentHashMap.newKeySet();
  private final AtomicLong seeds = new AtomicLong(0x50A4);

  private Reply answer(FleetServer.Received request) {
    Random random = new Random(seeds.incrementAndGet());
    String name = null;
    if (request.route().equals("POST /v1/deployments")) {
      name = request.body().replaceAll("(?s).*\"name\":\"([^\"]*)\".*", "$1");
      received.add(name);
    }
    int roll = random.nextInt(100);
    if (roll < 4) {
      return Reply.json(429, fixture("error-envelope.json")).header("retry-after-ms", "20");
    }
    // From here on the server acts on the request (or might have, as far as the client can tell).
    if (name != null) {
      performed.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }
    if (roll < 8) {
      return Reply.reset();
    }
    if (roll < 12) {
      return Reply.json(500, fixture("error-envelope.json"));
    }
    if (roll < 15) {
      return Reply.close();
    }
    if (roll < 20) {
      return ok(request).after(Duration.ofMillis(150 + random.nextInt(250)));
    }
    return ok(request);
  }

  private static Reply ok(FleetServer.Received request) {
    String route = request.route();
    if (route.endsWith("/run")) {
      return Reply.json(200, fixture("deployment-run-ok.json"));
    }
    if (route.equals("GET /v1/deployments")) {
      return Reply.json(200, fixture("deployment-page.json"));
    }
    return Reply.json(200, fixture("deployment-minimal.json"));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void thirtyTwoThreadsOfFaultsCancelsAndStaleConnections_thenClose(Wire wire) throws Exception {
    long seconds = Long.getLong("soak.seconds", 20);
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    List<CompletableFuture<?>> futures = Collections.synchronizedList(new ArrayList<>());
    Map<String, Throwable> failedCreates = new ConcurrentHashMap<>();
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger cancelled = new AtomicInteger();
    List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());

    Fleet.Options options =
        Fleet.Options.defaults()
            .idleTimeout(IDLE_TIMEOUT)
            .roundTrip(wire.tls ? Duration.ofMillis(20) : Duration.ZERO);
    try (WireServer server = wire.start(options, this::answer)) {
      DeploymentsClient client =
          new DeploymentsClient.Builder(Collections.emptyMap())
              .apiKey(API_KEY)
              .baseUrl(server.baseUrl())
              .maxRetries(2)
              .timeout(Duration.ofSeconds(5))
              .build();
      OkHttpClient http = TestSupport.httpClient(client);
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(t);
        int thread = t;
        threads.execute(
            () -> {
              for (int i = 0; System.nanoTime() < end; i++) {
                String name = "soak-" + thread + "-" + i;
                try {
                  step(client, random, name, futures, failedCreates, cancelled);
                  calls.incrementAndGet();
                  Thread.sleep(random.nextInt(4) == 0 ? 650 + random.nextInt(300) : random.nextInt(20));
                } catch (IllegalStateException closed) {
                  return; // the client was closed under this thread: no call was made
                } catch (InterruptedException e) {
                  return;
                } catch (Throwable e) {
                  unexpected.add(e);
                }
              }
            });
      }
      threads.shutdown();
      // Close while calls are in flight, a little before the threads would stop by themselves.
      Thread.sleep(TimeUnit.SECONDS.toMillis(seconds) - 500);
      client.close();
      assertTrue(threads.awaitTermination(30, TimeUnit.SECONDS), "the callers ended");

      long incomplete = futures.stream().filter(f -> !completes(f)).count();
      assertEquals(0, incomplete, "futures left incomplete");
      assertTrue(unexpected.isEmpty(), "undocumented failures: " + unexpected.subList(0, Math.min(5, unexpected.size())));
      for (Map.Entry<String, AtomicInteger> write : performed.entrySet()) {
        assertEquals(1, write.getValue().get(), write.getKey() + " was performed more than once");
      }
      int stoppedOnTheWay = 0;
      int lostWithConnection = 0;
      for (Map.Entry<String, Throwable> failed : failedCreates.entrySet()) {
        Throwable e = failed.getValue();
        if (e instanceof ConnectionException && !((ConnectionException) e).isPossiblySent()) {
          assertFalse(performed.containsKey(failed.getKey()), failed.getKey() + " was performed, yet: " + e);
        }
        if (!received.contains(failed.getKey())) {
          // Timed out or closed by the client as it went out: nobody can know whether it arrived.
          if (stoppedOnItsWay(e)) {
            stoppedOnTheWay++;
            continue;
          }
          // Over HTTP/2 a connection that the server resets or closes ends the other calls' streams
          // on it too: a write on its way may have been read, and the client cannot tell.
          if (wire.isHttp2() && lostWithItsConnection(e)) {
            lostWithConnection++;
            continue;
          }
          assertTrue(
              e instanceof ConnectionException
                  && !((ConnectionException) e).isPossiblySent()
                  && e.getMessage().contains("nothing was sent"),
              failed.getKey() + " never reached the server, yet: " + e);
        }
      }
      assertTrue(FleetServer.await(() -> server.openConnections() == 0, Duration.ofSeconds(5)), "open: " + server.openConnections());
      assertEquals(0, http.connectionPool().connectionCount());
      assertTrue(
          FleetServer.await(() -> CancelAndCloseTest.sdkThreads(before).isEmpty(), Duration.ofSeconds(5)),
          "threads left: " + CancelAndCloseTest.sdkThreads(before));
      System.out.printf(
          "Soak over %s: %d s, %d calls, %d creates performed, %d failed creates (%d stopped and %d lost with their connection on their way), %d cancelled, %d requests, %d connections%n",
          wire, seconds, calls.get(), performed.size(), failedCreates.size(), stoppedOnTheWay, lostWithConnection, cancelled.get(), server.received().size(), server.connectionsAccepted());
      assertTrue(calls.get() > THREADS * seconds, "the soak made calls: " + calls.get());
    }
  }

  private static void step(
      DeploymentsClient client,
      Random random,
      String name,
      List<CompletableFuture<?>> futures,
      Map<String, Throwable> failedCreates,
      AtomicInteger cancelled)
      throws InterruptedException {
    Deployments deployments =
        random.nextInt(5) == 0
            ? client.deployments().withOptions(RequestOptions.defaults().withTimeout(Duration.ofMillis(250)))
            : client.deployments();
    int kind = random.nextInt(6);
    boolean async = random.nextBoolean();
    if (!async) {
      try {
        switch (kind) {
          case 0:
            deployments.create(minimalCreate().toBuilder().name(name).build());
            break;
          case 1:
            deployments.run("depl_01");
            break;
          case 2:
            deployments.list();
            break;
          default:
            deployments.retrieve("depl_01");
        }
      } catch (DeploymentsException e) {
        if (kind == 0) {
          failedCreates.put(name, e);
        }
      }
      return;
    }
    CompletableFuture<?> future;
    switch (kind) {
      case 0:
        future = deployments.createAsync(minimalCreate().toBuilder().name(name).build());
        break;
      case 1:
        future = deployments.runAsync("depl_01");
        break;
      case 2:
        future = deployments.listAsync();
        break;
      default:
        future = deployments.retrieveAsync("depl_01");
    }
    futures.add(future);
    if (random.nextInt(8) == 0) {
      Thread.sleep(random.nextInt(30));
      if (future.cancel(true)) {
        cancelled.incrementAndGet();
      }
    }
    future.whenComplete(
        (value, failure) -> {
          Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
          // A call made as close() ran was refused before anything started: no write failed.
          boolean refused = cause instanceof IllegalStateException;
          if (kind == 0 && cause != null && !(cause instanceof CancellationException) && !refused) {
            failedCreates.put(name, cause);
          }
        });
  }

  /**
   * Whether the client itself stopped a write, by its timeout or by {@code close()}, once the
   * request may have been on its way: whether it arrived, the client cannot tell, the less so a
   * round trip away.
   */
  private static boolean stoppedOnItsWay(Throwable e) {
    return e instanceof ConnectionException
        && ((ConnectionException) e).isPossiblySent()
        && (e.getMessage().contains("timed out") || e.getMessage().contains("the client was closed"));
  }

  /**
   * Whether a write failed because its connection failed under it (a reset, a close, a connection
   * that ended before its first frame was read) rather than by anything said about its own stream.
   * OkHttp 4.12 ends the streams of a connection that reached its end with {@code CANCEL}.
   */
  private static boolean lostWithItsConnection(Throwable e) {
    Throwable cause = e.getCause();
    if (!(e instanceof ConnectionException)
        || !((ConnectionException) e).isPossiblySent()
        || !(cause instanceof IOException)
        || cause instanceof InterruptedIOException) {
      return false;
    }
    return !(cause instanceof StreamResetException)
        || ((StreamResetException) cause).errorCode == ErrorCode.CANCEL;
  }

  /** Whether a future completes within a few seconds. */
  private static boolean completes(CompletableFuture<?> future) {
    try {
      return FleetServer.await(future::isDone, Duration.ofSeconds(5));
    } catch (InterruptedException e) {
      return false;
    }
  }
}
