package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.FleetServer.Reply;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keep-alive connections that the server closes: when idle for a second, as load balancers do, or
 * after a number of requests. A pooled connection that went stale must never fail a call, never
 * cost a retry or a backoff, and never make a create or a run happen twice. On every {@link Wire};
 * over TLS a round trip of 20 ms away, so that a server's close takes time to reach the client.
 */
class StaleConnectionTest {
  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(1);
  private static final Duration PAST_IDLE = Duration.ofMillis(1_500);
  private static final Duration ROUND_TRIP = Duration.ofMillis(20);

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Map<String, AtomicInteger> createsByName = new ConcurrentHashMap<>();
  private WireServer server;

  /** Every answer says the connection ends with it (HTTP/1.1's {@code Connection: close}). */
  private boolean sayClosing;

  private WireServer start(Wire wire, Duration idleTimeout, int maxRequestsPerConnection)
      throws Exception {
    return start(
        wire,
        Fleet.Options.defaults()
            .idleTimeout(idleTimeout)
            .maxRequestsPerConnection(maxRequestsPerConnection));
  }

  private WireServer start(Wire wire, Fleet.Options options) throws Exception {
    server =
        wire.start(
            options.roundTrip(wire.tls ? ROUND_TRIP : Duration.ZERO),
            request -> {
              Reply reply = answer(request);
              return sayClosing ? reply.goingAway() : reply;
            });
    return server;
  }

  private Reply answer(FleetServer.Received request) {
    if (request.route().equals("POST /v1/deployments")) {
      String name = request.body().replaceAll("(?s).*\"name\":\"([^\"]*)\".*", "$1");
      createsByName.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
      return Reply.json(200, fixture("deployment-minimal.json"));
    }
    if (request.route().endsWith("/run")) {
      return Reply.json(200, fixture("deployment-run-ok.json"));
    }
    if (request.route().startsWith("GET /v1/deployment_runs")) {
      return Reply.json(200, fixture("deployment-run-page.json"));
    }
    return Reply.json(200, fixture("deployment-minimal.json"));
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aCreateAfterTheServerClosedTheIdleConnection_isSentOnceAndSucceeds(Wire wire)
      throws Exception {
    start(wire, IDLE_TIMEOUT, 0);
    try (DeploymentsClient client = server.builder(sleeper).build()) {
      client.deployments().retrieve("depl_01"); // leaves a pooled connection behind
      Thread.sleep(PAST_IDLE.toMillis());
      client.deployments().create(named("after-idle"));
      Thread.sleep(PAST_IDLE.toMillis());
      client.deployments().createAsync(named("after-idle-async")).get(10, TimeUnit.SECONDS);
    }
    assertEquals(1, createsByName.get("after-idle").get());
    assertEquals(1, createsByName.get("after-idle-async").get());
    assertTrue(sleeper.waits().isEmpty(), "no retry was needed: " + sleeper.millis());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aRunAfterTheServerClosedTheIdleConnection_isSentOnceAndSucceeds(Wire wire) throws Exception {
    start(wire, IDLE_TIMEOUT, 0);
    try (DeploymentsClient client = server.builder(sleeper).build()) {
      client.deployments().retrieve("depl_01");
      Thread.sleep(PAST_IDLE.toMillis());
      client.deployments().run("depl_01");
      Thread.sleep(PAST_IDLE.toMillis());
      client.deployments().runAsync("depl_01").get(10, TimeUnit.SECONDS);
    }
    assertEquals(2, server.count("POST /v1/deployments/depl_01/run"));
    assertTrue(sleeper.waits().isEmpty(), "no retry was needed: " + sleeper.millis());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aGetOnAStaleConnection_succeedsWithoutARetryEvenWithMaxRetriesZero(Wire wire)
      throws Exception {
    start(wire, IDLE_TIMEOUT, 0);
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      client.deployments().retrieve("depl_01");
      Thread.sleep(PAST_IDLE.toMillis());
      client.deployments().retrieve("depl_01");
      Thread.sleep(PAST_IDLE.toMillis());
      client.deployments().retrieveAsync("depl_01").get(10, TimeUnit.SECONDS);
    }
    assertTrue(sleeper.waits().isEmpty(), "no backoff was spent: " + sleeper.millis());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void afterABurst_everyStaleConnectionIsRecoveredWithoutSpendingRetries(Wire wire)
      throws Exception {
    // One stream per connection: over HTTP/2 too, the burst needs several connections.
    start(wire, Fleet.Options.defaults().idleTimeout(IDLE_TIMEOUT).maxConcurrentStreams(1));
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      // A burst leaves several connections in the pool, all of which go stale together.
      List<CompletableFuture<?>> burst = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        burst.add(client.deployments().retrieveAsync("depl_0" + i));
      }
      CompletableFuture.allOf(burst.toArray(new CompletableFuture<?>[0])).get(10, TimeUnit.SECONDS);
      assertTrue(server.connectionsAccepted() > 1, "the burst used several connections");
      Thread.sleep(PAST_IDLE.toMillis());
      for (int i = 0; i < 6; i++) {
        client.deployments().retrieve("depl_1" + i);
      }
    }
    assertTrue(sleeper.waits().isEmpty(), "no backoff was spent: " + sleeper.millis());
  }

  /**
   * A server that ends each connection after one answer, and says so in it as servers do
   * (HTTP/1.1's {@code Connection: close}; over HTTP/2 a {@code GOAWAY} naming the last stream).
   */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void aServerThatClosesAfterEveryAnswer_sayingSo_neverFailsACallOrDuplicatesAWrite(Wire wire)
      throws Exception {
    sayClosing = true;
    start(wire, Duration.ZERO, 1);
    callsOfEachKind();
  }

  /**
   * Over HTTP/1.1 a server may also close after an answer without a word. The read of at most 1 ms
   * before a write sees that close when it follows right behind the answer, as it does on loopback.
   * Where it lags behind the answer (a server busy between the two, or a proxy between them), the
   * client cannot tell it from a live connection: a write sent there may be lost, and is then
   * reported as possibly sent, never sent again (see {@link SoakTest}).
   */
  @Test
  void aServerThatClosesAfterEveryAnswerWithoutAWord_onLoopback_neverFailsACallOrDuplicatesAWrite()
      throws Exception {
    start(Wire.CLEARTEXT_HTTP_1_1, Duration.ZERO, 1);
    callsOfEachKind();
  }

  private void callsOfEachKind() throws Exception {
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      for (int i = 0; i < 10; i++) {
        client.deployments().retrieve("depl_01");
        client.deployments().create(named("closing-" + i));
        client.deployments().run("depl_01");
        client.deploymentRuns().list();
      }
    }
    for (int i = 0; i < 10; i++) {
      assertEquals(1, createsByName.get("closing-" + i).get(), "closing-" + i);
    }
    assertEquals(10, server.count("POST /v1/deployments/depl_01/run"));
  }

  /**
   * The load: 200 creates, 200 runs and 200 GETs (with no retries allowed), each after a
   * random pause of 0 to 3 s, against a server that closes connections idle for 1 s. Lanes run side
   * by side so that the test takes seconds, not minutes; each lane keeps the random gaps. 40 lanes
   * of 5 rather than 20 of 10: as many calls and gaps, in half the time per wire, and about as many
   * connections replaced (stale or turned down for a write).
   */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void twoHundredOfEachAtRandomGaps_noFailureNoDuplicate(Wire wire) throws Exception {
    start(wire, IDLE_TIMEOUT, 0);
    int lanes = 40;
    int perLane = 5;
    ExecutorService threads = Executors.newFixedThreadPool(lanes * 3);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      List<Future<?>> done = new ArrayList<>();
      for (int lane = 0; lane < lanes; lane++) {
        for (String kind : new String[] {"create", "run", "get"}) {
          Random random = new Random(lane * 31L + kind.hashCode());
          int laneId = lane;
          done.add(
              threads.submit(
                  () -> {
                    for (int i = 0; i < perLane; i++) {
                      sleepQuietly(random.nextInt(3_000));
                      try {
                        if (kind.equals("create")) {
                          client.deployments().create(named("load-" + laneId + "-" + i));
                        } else if (kind.equals("run")) {
                          client.deployments().run("depl_01");
                        } else {
                          client.deployments().retrieve("depl_01");
                        }
                      } catch (RuntimeException e) {
                        failures.add(e);
                      }
                    }
                  }));
        }
      }
      for (Future<?> f : done) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }
    assertTrue(
        failures.isEmpty(),
        failures.size() + " failed, first: " + (failures.isEmpty() ? "" : failures.get(0)));
    assertEquals(lanes * perLane, createsByName.size());
    createsByName.forEach(
        (name, count) -> assertEquals(1, count.get(), name + " was created " + count + " times"));
    assertEquals(lanes * perLane, server.count("POST /v1/deployments/depl_01/run"));
    assertEquals(lanes * perLane, server.count("GET /v1/deployments/depl_01"));
    assertTrue(sleeper.waits().isEmpty(), "no backoff was spent: " + sleeper.millis());
  }

  private static CreateDeploymentParams named(String name) {
    return minimalCreate().toBuilder().name(name).build();
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
