package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.Fleet.IdleClose;
import dev.managedagents.deployments.FleetServer.Received;
import dev.managedagents.deployments.FleetServer.Reply;
import dev.managedagents.deployments.FleetServer.Reply.LastStream;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import io.netty.handler.codec.http2.Http2Error;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Creates and runs on the wire the real API uses: TLS with HTTP/2 or HTTP/1.1, a round trip away. A
 * write reuses a pooled connection where the protocol makes it safe, a write the server answered is
 * never reported as failed, HTTP/2's proof that a stream was not processed ({@code REFUSED_STREAM},
 * a {@code GOAWAY} below it) is a free retry for every operation, and anything else that may have
 * reached the server is not sent again.
 */
class RealWireTest {
  private static final String CREATE = "POST /v1/deployments";
  private static final String RUN = "POST /v1/deployments/depl_01/run";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Map<String, AtomicInteger> answered = new ConcurrentHashMap<>();
  private WireServer server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  // ---------------------------------------------------------------- connections reused

  @ParameterizedTest
  @EnumSource(Wire.class)
  void thirtyWritesInARow_atATwentyMillisecondRoundTrip_openNoNewConnection(Wire wire)
      throws Exception {
    start(wire, Fleet.Options.defaults().roundTrip(Duration.ofMillis(20)), answeringAll());
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      client.deployments().retrieve("depl_01"); // the one connection
      for (int i = 0; i < 15; i++) {
        client.deployments().create(named("in-a-row-" + i));
        client.deployments().run("depl_01");
      }
    }
    assertEquals(1, server.connectionsAccepted(), "connections for 1 retrieve and 30 writes");
    assertEquals(15, server.processedCount(CREATE));
    assertEquals(15, server.processedCount(RUN));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void writesSideBySide_shareTheConnectionsOfReads(Wire wire) throws Exception {
    start(wire, Fleet.Options.defaults(), answeringAll());
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(client.deployments().retrieveAsync("depl_01"));
      }
      join(calls);
      int afterReads = server.connectionsAccepted();
      calls.clear();
      for (int i = 0; i < 8; i++) {
        calls.add(client.deployments().createAsync(named("side-by-side-" + i)));
      }
      join(calls);
      if (wire.isHttp2()) {
        assertEquals(
            afterReads, server.connectionsAccepted(), "the writes took the reads' connection");
      } else { // one call per connection at a time: 8 at once need 8
        assertTrue(
            server.connectionsAccepted() <= 8, server.connectionsAccepted() + " connections");
      }
    }
    assertEquals(8, server.processedCount(CREATE));
  }

  /**
   * A write takes a pooled connection only if it answered in the last 500 ms. Here the server
   * closes idle connections after 600 ms, without a GOAWAY, and the write starts 580 ms after the
   * last answer arrived, a round trip of 100 ms away: the server's close is on its way, and a write
   * on that connection would be lost on any protocol. The write takes a new connection instead.
   */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void aWriteJustBeforeTheServersIdleTimeout_isNotLostOnTheClosingConnection(Wire wire)
      throws Exception {
    start(
        wire,
        Fleet.Options.defaults()
            .idleTimeout(Duration.ofMillis(600))
            .roundTrip(Duration.ofMillis(100)),
        answeringAll());
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      client.deployments().retrieve("depl_01");
      Thread.sleep(580);
      client.deployments().create(named("just-before-idle-close"));
    }
    assertEquals(1, server.processedCount(CREATE));
    assertTrue(sleeper.waits().isEmpty(), "no retry was spent: " + sleeper.millis());
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aWriteAfterTheServerClosedTheIdleConnection_inEveryWay_isSentOnceAndSucceeds(Wire wire)
      throws Exception {
    for (IdleClose close : IdleClose.values()) {
      start(
          wire,
          Fleet.Options.defaults()
              .idleTimeout(Duration.ofMillis(300))
              .idleClose(close)
              .roundTrip(Duration.ofMillis(20)),
          answeringAll());
      try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
        client.deployments().retrieve("depl_01");
        Thread.sleep(500);
        client.deployments().create(named("after-" + close));
        Thread.sleep(500);
        client.deployments().runAsync("depl_01").get(10, TimeUnit.SECONDS);
      }
      assertEquals(1, server.processedCount(CREATE), close.toString());
      assertEquals(1, server.processedCount(RUN), close.toString());
      server.close();
    }
    server = null;
    assertTrue(sleeper.waits().isEmpty(), "no retry was spent: " + sleeper.millis());
  }

  // ---------------------------------------------------------------- answered writes succeed

  /**
   * Issue 18's defect: over HTTP/2 a write the server answered in full failed with "stream was
   * reset: CANCEL" or "Socket closed" and said it may have happened. OkHttp releases an HTTP/2
   * connection when the declared length of the body has arrived, before the stream's end; a read
   * that waited for that end failed when the connection was closed meanwhile. The answer is whole
   * at its declared length: whatever the stream does next cannot fail it.
   */
  @Test
  void anAnswerIsWholeAtItsDeclaredLength_evenIfTheStreamIsResetAfterIt() throws Exception {
    start(
        Wire.TLS_HTTP_2,
        Fleet.Options.defaults(),
        request -> {
          answered(request);
          return json(request).thenReset(Http2Error.CANCEL);
        });
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      assertEquals("depl_01ExampleMin", client.deployments().create(named("whole")).getId());
      assertEquals("drun_01ExampleRunOk", client.deployments().runAsync("depl_01").get().getId());
      assertEquals("depl_01ExampleMin", client.deployments().retrieve("depl_01").getId());
    }
    assertEquals(1, server.processedCount(CREATE));
    assertEquals(1, server.processedCount(RUN));
  }

  /**
   * Half the writes sync and half async, eight at a time, over each wire: every one the server
   * answered succeeds, and each is performed once. 2,000 in the suite; {@code -Drealwire.writes}
   * and {@code -Drealwire.roundTripMillis} run more, further away (issue 18 asks for 0 failures in
   * 10,000).
   */
  @ParameterizedTest
  @EnumSource(Wire.class)
  void manyCreatesAndRuns_syncAndAsync_noneFailsAndNoneIsPerformedTwice(Wire wire)
      throws Exception {
    int calls = Integer.getInteger("realwire.writes", 2_000);
    Duration roundTrip = Duration.ofMillis(Integer.getInteger("realwire.roundTripMillis", 0));
    start(wire, Fleet.Options.defaults().roundTrip(roundTrip), answeringAll());
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      List<CompletableFuture<?>> inFlight = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        boolean create = i % 2 == 0;
        String name = "soak-" + i;
        if (i % 4 < 2) {
          try {
            if (create) {
              client.deployments().create(named(name));
            } else {
              client.deployments().run("depl_01");
            }
          } catch (RuntimeException e) {
            failures.add(e);
          }
        } else {
          CompletableFuture<?> call =
              create
                  ? client.deployments().createAsync(named(name))
                  : client.deployments().runAsync("depl_01");
          inFlight.add(
              call.whenComplete(
                  (ok, e) -> {
                    if (e != null) {
                      failures.add(e);
                    }
                  }));
          if (inFlight.size() == 8) {
            CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0]))
                .handle((ok, e) -> null)
                .get(30, TimeUnit.SECONDS);
            inFlight.clear();
          }
        }
      }
      CompletableFuture.allOf(inFlight.toArray(new CompletableFuture<?>[0]))
          .handle((ok, e) -> null)
          .get(30, TimeUnit.SECONDS);
    }
    assertTrue(
        failures.isEmpty(),
        failures.size()
            + " of "
            + calls
            + " failed, first: "
            + (failures.isEmpty() ? "" : failures.get(0)));
    assertEquals(calls / 2, server.processedCount(CREATE));
    assertEquals(calls / 2, server.processedCount(RUN));
    answered.forEach(
        (name, count) -> assertEquals(1, count.get(), name + " was created " + count + " times"));
    // Eight at a time need eight HTTP/1.1 connections, and those left idle past the write window
    // while sync calls run are replaced (more often the longer the round trip): far fewer than one
    // per write all the same. HTTP/2 carries everything on one.
    int most = wire.isHttp2() ? 2 : Math.max(8, calls / 10);
    assertTrue(server.connectionsAccepted() <= most, server.connectionsAccepted() + " connections");
  }

  // ---------------------------------------------------------------- HTTP/2's own signals

  @Test
  void aCreateAndARunRefusedWithRefusedStream_areSentAgainAtOnce_andPerformedOnce()
      throws Exception {
    AtomicInteger refusals = new AtomicInteger();
    start(
        Wire.TLS_HTTP_2,
        Fleet.Options.defaults().roundTrip(Duration.ofMillis(20)),
        request -> {
          if (request.route().startsWith("POST") && refusals.getAndIncrement() % 2 == 0) {
            return Reply.resetStream(Http2Error.REFUSED_STREAM);
          }
          return json(request);
        });
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(0).build()) {
      client.deployments().create(named("refused-once"));
      client.deployments().runAsync("depl_01").get(10, TimeUnit.SECONDS);
    }
    assertEquals(2, server.count(CREATE), "sent twice");
    assertEquals(1, server.processedCount(CREATE), "performed once");
    assertEquals(2, server.count(RUN), "sent twice");
    assertEquals(1, server.processedCount(RUN), "performed once");
    assertTrue(sleeper.waits().isEmpty(), "no backoff for a refused stream: " + sleeper.millis());
  }

  @Test
  void aCreateTheServerKeepsRefusing_failsSayingItWasNotProcessed() throws Exception {
    start(
        Wire.TLS_HTTP_2,
        Fleet.Options.defaults(),
        request -> Reply.resetStream(Http2Error.REFUSED_STREAM));
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(2).build()) {
      ConnectionException e =
          assertThrows(
              ConnectionException.class, () -> client.deployments().create(named("refused")));

      assertFalse(e.isPossiblySent(), e.getMessage());
      assertTrue(e.getMessage().contains("REFUSED_STREAM"), e.getMessage());
      assertTrue(e.getMessage().contains("the server did not process it"), e.getMessage());
    }
    assertEquals(0, server.processedCount(CREATE));
    // 16 free replays, pausing from the third refusal on, then the 2 retries with their backoff.
    assertEquals(
        Arrays.asList(
            10L, 20L, 40L, 80L, 160L, 320L, 320L, 320L, 320L, 320L, 320L, 320L, 320L, 320L, 500L,
            1000L),
        sleeper.millis());
  }

  @ParameterizedTest
  @EnumSource(names = {"BELOW", "AT"})
  void aGoAwayAroundAnInFlightCreate_isRetriedOnlyWhenItSaysTheCreateWasNotProcessed(
      LastStream last) throws Exception {
    for (boolean thenClose : new boolean[] {false, true}) {
      AtomicInteger creates = new AtomicInteger();
      start(
          Wire.TLS_HTTP_2,
          Fleet.Options.defaults().roundTrip(Duration.ofMillis(20)),
          request -> {
            if (request.route().equals(CREATE) && creates.getAndIncrement() == 0) {
              return Reply.goAway(last, thenClose);
            }
            return json(request);
          });
      String what = last + (thenClose ? ", then closed" : "");
      try (DeploymentsClient client = server.builder(sleeper).maxRetries(2).build()) {
        client.deployments().retrieve("depl_01");
        if (last == LastStream.BELOW) {
          client.deployments().create(named("goaway"));
          assertEquals(2, server.count(CREATE), what);
          assertEquals(1, server.processedCount(CREATE), what);
          assertEquals(2, server.connectionsAccepted(), what + ": the retry took a new connection");
        } else if (thenClose) {
          ConnectionException e =
              assertThrows(
                  ConnectionException.class, () -> client.deployments().create(named("goaway")));
          assertTrue(e.isPossiblySent(), what + ": " + e.getMessage());
          assertTrue(e.getMessage().contains("may have happened"), e.getMessage());
          assertEquals(1, server.count(CREATE), what + ": not sent again");
        } else {
          // The stream is below the GOAWAY's last ID, unanswered, on a connection left open: only
          // the call's timeout ends it, and it must not be sent again.
          ConnectionException e =
              assertThrows(
                  ConnectionException.class,
                  () ->
                      client
                          .deployments()
                          .withOptions(
                              RequestOptions.defaults().withTimeout(Duration.ofMillis(800)))
                          .create(named("goaway")));
          assertTrue(e.getMessage().contains("timed out"), e.getMessage());
          assertEquals(1, server.count(CREATE), what + ": not sent again");
        }
      }
      server.close();
    }
    server = null;
    assertTrue(sleeper.waits().isEmpty(), "no backoff: " + sleeper.millis());
  }

  @Test
  void aCreateResetWithInternalError_isNotSentAgain_andTheMessageNamesTheCode() throws Exception {
    start(
        Wire.TLS_HTTP_2,
        Fleet.Options.defaults(),
        request -> Reply.resetStream(Http2Error.INTERNAL_ERROR));
    try (DeploymentsClient client = server.builder(sleeper).maxRetries(2).build()) {
      ConnectionException e =
          assertThrows(
              ConnectionException.class, () -> client.deployments().create(named("reset")));

      assertTrue(e.isPossiblySent(), e.getMessage());
      assertTrue(e.getMessage().contains("INTERNAL_ERROR"), e.getMessage());
      assertTrue(e.getMessage().contains("may have happened"), e.getMessage());
      assertInstanceOf(okhttp3.internal.http2.StreamResetException.class, e.getCause());
    }
    assertEquals(1, server.count(CREATE), "not sent again");
  }

  /**
   * OkHttp starts streams on a new connection before the server's SETTINGS arrive, so a server
   * allowing four streams at once refuses many of them. Each refused call is sent again, pausing
   * from its third refusal on, until the server takes it.
   */
  @Test
  void aServerAllowingFourStreams_stillCompletes64AsyncCallsOfEachKind_eachWriteOnce()
      throws Exception {
    start(
        Wire.TLS_HTTP_2,
        Fleet.Options.defaults().maxConcurrentStreams(4).roundTrip(Duration.ofMillis(20)),
        request -> json(request).after(Duration.ofMillis(50)));
    RecordingSleeper pauses = RecordingSleeper.thatSleeps();
    try (DeploymentsClient client = server.builder(pauses).maxRetries(0).build()) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        calls.add(client.deployments().retrieveAsync("depl_01"));
        calls.add(client.deployments().createAsync(named("limited-" + i)));
        calls.add(client.deployments().runAsync("depl_01"));
      }
      join(calls);
    }
    assertEquals(64, server.processedCount(CREATE));
    assertEquals(64, server.processedCount(RUN));
    answered.forEach((name, count) -> assertEquals(1, count.get(), name));
    // No retry was spent (none is allowed): each wait is a pause after a repeated refusal.
    pauses.millis().forEach(wait -> assertTrue(wait >= 10 && wait <= 320, "pause: " + wait));
  }

  @Test
  void theClientsOwnSocketsSendSmallWritesAtOnce_aCallersClientKeepsItsOwn() throws Exception {
    try (DeploymentsClient client =
            ReliabilitySupport.builder("https://127.0.0.1:1", sleeper).build();
        Socket socket = TestSupport.httpClient(client).socketFactory().createSocket()) {
      assertTrue(socket.getTcpNoDelay(), "Nagle's algorithm is off");
    }
    OkHttpClient own = new OkHttpClient();
    try (DeploymentsClient client =
        ReliabilitySupport.builder("https://127.0.0.1:1", sleeper).okHttpClient(own).build()) {
      assertSame(own.socketFactory(), TestSupport.httpClient(client).socketFactory());
    }
  }

  // ---------------------------------------------------------------- helpers

  private void start(Wire wire, Fleet.Options options, FleetServer.Handler handler)
      throws Exception {
    server = wire.start(options, handler);
  }

  /** Answers every route with its fixture, counting each create by name. */
  private FleetServer.Handler answeringAll() {
    return request -> json(request);
  }

  private Reply json(Received request) {
    answered(request);
    if (request.route().endsWith("/run")) {
      return Reply.json(200, fixture("deployment-run-ok.json"));
    }
    return Reply.json(200, fixture("deployment-minimal.json"));
  }

  private void answered(Received request) {
    if (request.route().equals(CREATE)) {
      String name = request.body().replaceAll("(?s).*\"name\":\"([^\"]*)\".*", "$1");
      answered.computeIfAbsent(name, n -> new AtomicInteger()).incrementAndGet();
    }
  }

  private static CreateDeploymentParams named(String name) {
    return minimalCreate().toBuilder().name(name).build();
  }

  private static void join(List<CompletableFuture<?>> calls) throws Exception {
    try {
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw new AssertionError("a call failed: " + e.getCause(), e.getCause());
    }
  }
}
