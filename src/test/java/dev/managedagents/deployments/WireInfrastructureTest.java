package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.Fleet.IdleClose;
import dev.managedagents.deployments.FleetServer.Received;
import dev.managedagents.deployments.FleetServer.Reply;
import dev.managedagents.deployments.FleetServer.Reply.LastStream;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import io.netty.handler.codec.http2.Http2Error;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.internal.http2.ErrorCode;
import okhttp3.internal.http2.StreamResetException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The test infrastructure for the real wire (issue 18) does what it says, checked with plain
 * OkHttp: each {@link Wire} negotiates its protocol, the {@link LatencyProxy} adds its round trip
 * and nothing else, and {@link H2FleetServer}'s frames (RST_STREAM, GOAWAY, SETTINGS, idle closes)
 * reach OkHttp as HTTP/2 defines them, while the server records what it processed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WireInfrastructureTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String DEPLOYMENT = fixture("deployment-minimal.json");

  private static Reply ok() {
    return Reply.json(200, DEPLOYMENT);
  }

  private static Request get(WireServer server, String path) {
    return new Request.Builder().url(server.baseUrl() + path).build();
  }

  private static Request post(WireServer server, String path, String body) {
    return new Request.Builder().url(server.baseUrl() + path).post(RequestBody.create(body, JSON)).build();
  }

  private static Response execute(OkHttpClient client, Request request) throws IOException {
    return client.newCall(request).execute();
  }

  /** Calls, and returns the body as text. */
  private static String fetch(OkHttpClient client, Request request) throws IOException {
    try (Response response = execute(client, request)) {
      return response.body().string();
    }
  }

  private static long millisSince(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  // ---- Every wire ----

  @ParameterizedTest
  @EnumSource(Wire.class)
  void eachWireNegotiatesItsProtocol_andRecordsTheRequestAsTheTestsReadIt(Wire wire) throws Exception {
    try (WireServer server = wire.start(r -> ok().header("X-Seen", r.header("x-probe")))) {
      Request request =
          new Request.Builder()
              .url(server.baseUrl() + "/v1/deployments?limit=2")
              .header("X-Probe", "probe-1")
              .post(RequestBody.create("{\"name\":\"n\"}", JSON))
              .build();
      try (Response response = execute(server.okHttp(), request)) {
        assertEquals(wire.protocol, response.protocol());
        assertEquals(200, response.code());
        assertEquals("probe-1", response.header("x-seen"));
        assertEquals(DEPLOYMENT, response.body().string());
        if (wire.tls) {
          assertNotNull(response.handshake(), "TLS");
        } else {
          assertEquals(null, response.handshake());
        }
      }
      Received received = server.received().get(0);
      assertEquals("POST /v1/deployments", received.route());
      assertEquals("/v1/deployments?limit=2", received.target);
      assertEquals("{\"name\":\"n\"}", received.body());
      assertEquals("probe-1", received.header("X-Probe"));
      assertEquals(1, received.connection);
      assertEquals(1, received.indexOnConnection);
      assertEquals(wire.isHttp2() ? 3 : 0, received.streamId, "OkHttp opens its streams from 3");
      assertTrue(received.processed());
      assertEquals(1, server.processedCount("POST /v1/deployments"));
      assertEquals(1, server.connectionsAccepted());
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void theSdkBuiltAsUsersBuildIt_reachesEachWire_andSoDoesItOnACallersOkHttpClient(Wire wire) throws Exception {
    try (WireServer server = wire.start(r -> ok())) {
      try (DeploymentsClient client = server.builder(new RecordingSleeper()).build()) {
        assertEquals("depl_01ExampleMin", client.deployments().retrieve("depl_01").getId());
        assertEquals("depl_01ExampleMin", client.deployments().retrieveAsync("depl_01").get(10, TimeUnit.SECONDS).getId());
      }
      try (DeploymentsClient client = server.builder(new RecordingSleeper()).okHttpClient(server.okHttp()).build()) {
        assertEquals("depl_01ExampleMin", client.deployments().retrieve("depl_01").getId());
      }
      assertEquals(3, server.processedCount("GET /v1/deployments/depl_01"));
      if (wire.isHttp2()) {
        assertTrue(server.received().stream().allMatch(r -> r.streamId > 0), "every request came on an HTTP/2 stream");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void slowRepliesRedirectsAndConnectionFailures_behaveAlikeOnEveryWire(Wire wire) throws Exception {
    Map<String, Reply> replies = new ConcurrentHashMap<>();
    replies.put("/slow", ok().after(Duration.ofMillis(300)));
    replies.put("/moved", Reply.redirect(302, "/v1/deployments/depl_moved"));
    replies.put("/reset", Reply.reset());
    replies.put("/close", Reply.close());
    replies.put("/cut", Reply.resetMidBody(503, fixture("error-envelope.json")));
    try (WireServer server = wire.start(r -> replies.get(r.target))) {
      OkHttpClient http = server.okHttp();
      long started = System.nanoTime();
      assertEquals(DEPLOYMENT, fetch(http, get(server, "/slow")));
      assertTrue(millisSince(started) >= 300, "slow: " + millisSince(started) + " ms");

      try (Response moved = execute(http, get(server, "/moved"))) {
        assertEquals(302, moved.code());
        assertEquals("/v1/deployments/depl_moved", moved.header("Location"));
      }

      IOException reset = assertThrows(IOException.class, () -> fetch(http, post(server, "/reset", "{}")));
      assertFalse(isRefused(reset), "a reset connection proves nothing: " + reset);
      IOException closed = assertThrows(IOException.class, () -> fetch(http, post(server, "/close", "{}")));
      assertFalse(isRefused(closed), "a closed connection proves nothing: " + closed);
      try (Response cut = execute(http, get(server, "/cut"))) {
        assertEquals(503, cut.code());
        assertThrows(IOException.class, () -> cut.body().string());
      }
      assertEquals(5, server.processed().size(), "every one of them was processed: " + server.received());
    }
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void endlessBodiesAndGzipBombs_areServedForAsLongAsTheClientReads(Wire wire) throws Exception {
    String prefix = "{\"id\":\"depl_01\",\"name\":\"";
    Map<String, Reply> replies = new ConcurrentHashMap<>();
    replies.put("/endless", Reply.endless(200, prefix, -1));
    replies.put("/declared", Reply.endless(200, prefix, 1L << 30));
    replies.put("/bomb", Reply.gzipBomb(prefix, 64L << 20));
    try (WireServer server = wire.start(r -> replies.get(r.target))) {
      for (String path : new String[] {"/endless", "/declared", "/bomb"}) {
        try (Response response = execute(server.okHttp(), get(server, path))) {
          InputStream body = response.body().byteStream();
          byte[] start = new byte[prefix.length()];
          readFully(body, start);
          assertEquals(prefix, new String(start, StandardCharsets.UTF_8), path);
          long read = skip(body, 8L << 20);
          assertEquals(8L << 20, read, path + " kept coming");
        }
      }
      // The client's close ended each answer: nothing is left streaming.
      assertEquals(3, server.processed().size());
    }
  }

  // ---- The latency proxy ----

  @ParameterizedTest
  @EnumSource(Wire.class)
  void theProxyAddsItsRoundTripToEachExchange_andANewConnectionCostsMore(Wire wire) throws Exception {
    long rtt = 60;
    try (WireServer server = wire.start(Fleet.Options.defaults().roundTrip(Duration.ofMillis(rtt)), r -> ok())) {
      long started = System.nanoTime();
      fetch(server.okHttp(), get(server, "/first"));
      long first = millisSince(started);
      started = System.nanoTime();
      fetch(server.okHttp(), get(server, "/second"));
      long second = millisSince(started);
      assertEquals(1, server.connectionsAccepted(), "the second call reused the connection");
      assertTrue(second >= rtt, "a call on a warm connection takes a round trip: " + second + " ms");
      assertTrue(second < rtt + 150, "and not much more: " + second + " ms");
      // Cleartext: the request; TLS 1.3 adds its handshake's round trip.
      long rounds = wire.tls ? 2 : 1;
      assertTrue(first >= rounds * rtt, "a new connection: " + first + " ms, " + rounds + " round trips at least");
    }
  }

  @Test
  void chargingTheTcpHandshake_addsARoundTripToEachNewConnection() throws Exception {
    Fleet.Options options = Fleet.Options.defaults().roundTrip(Duration.ofMillis(60)).chargeTcpHandshake(true);
    try (WireServer server = Wire.TLS_HTTP_2.start(options, r -> ok())) {
      long started = System.nanoTime();
      fetch(server.okHttp(), get(server, "/first"));
      long first = millisSince(started);
      assertTrue(first >= 3 * 60, "connect, TLS and the request: " + first + " ms");
    }
  }

  @Test
  void theProxyDelaysButNeitherThrottlesNorReorders() throws Exception {
    byte[] large = new byte[2 << 20];
    new Random(7).nextBytes(large);
    String body = Base64.getEncoder().encodeToString(large);
    Fleet.Options options = Fleet.Options.defaults().roundTrip(Duration.ofMillis(40));
    try (WireServer server = Wire.TLS_HTTP_2.start(options, r -> r.target.equals("/large") ? Reply.json(200, body) : ok())) {
      fetch(server.okHttp(), get(server, "/warm"));
      long started = System.nanoTime();
      String received = fetch(server.okHttp(), get(server, "/large"));
      long millis = millisSince(started);
      assertArrayEquals(sha256(body), sha256(received), "2.8 MB arrived intact, in order");
      // Without a throttle, 2.8 MB take one round trip plus what HTTP/2's flow control needs
      // (OkHttp's windows are 16 MiB): far less than a second.
      assertTrue(millis < 1_000, "took " + millis + " ms");
    }
  }

  // ---- HTTP/2's signals, as OkHttp reports them ----

  @Test
  void refusedStream_isAStreamResetExceptionWithRefusedStream_andNotProcessed() throws Exception {
    try (WireServer server = Wire.TLS_HTTP_2.start(r -> Reply.resetStream(Http2Error.REFUSED_STREAM))) {
      StreamResetException e =
          assertThrows(StreamResetException.class, () -> fetch(server.okHttp(), post(server, "/v1/deployments", "{}")));
      assertEquals(ErrorCode.REFUSED_STREAM, e.errorCode);
      assertEquals(1, server.count("POST /v1/deployments"), "it arrived");
      assertEquals(0, server.processedCount("POST /v1/deployments"), "and was not processed");
    }
  }

  @Test
  void otherStreamResets_carryTheirCode_andCountAsProcessed() throws Exception {
    Map<String, Reply> replies = new ConcurrentHashMap<>();
    replies.put("/internal", Reply.resetStream(Http2Error.INTERNAL_ERROR));
    replies.put("/cancel", Reply.resetStream(Http2Error.CANCEL));
    replies.put("/after-headers", Reply.resetStreamMidBody(200, "", Http2Error.INTERNAL_ERROR));
    replies.put("/mid-body", Reply.resetStreamMidBody(200, DEPLOYMENT, Http2Error.CANCEL));
    try (WireServer server = Wire.TLS_HTTP_2.start(r -> replies.get(r.target))) {
      OkHttpClient http = server.okHttp();
      assertEquals(ErrorCode.INTERNAL_ERROR, assertThrows(StreamResetException.class, () -> fetch(http, post(server, "/internal", "{}"))).errorCode);
      assertEquals(ErrorCode.CANCEL, assertThrows(StreamResetException.class, () -> fetch(http, post(server, "/cancel", "{}"))).errorCode);
      for (String path : new String[] {"/after-headers", "/mid-body"}) {
        try (Response response = execute(http, post(server, path, "{}"))) {
          assertEquals(200, response.code(), "the headers came first");
          StreamResetException e = assertThrows(StreamResetException.class, () -> response.body().string());
          assertNotEquals(ErrorCode.REFUSED_STREAM, e.errorCode);
        }
      }
      assertEquals(4, server.processed().size());
      // (OkHttp 4.12 takes no new stream on a connection after a reset other than REFUSED_STREAM,
      // or after a second REFUSED_STREAM: so these took more than one connection.)
    }
  }

  @Test
  void goAwayBelowAStream_makesOkHttpRefuseIt_whileTheStreamBelowIsAnswered() throws Exception {
    try (WireServer server =
        Wire.TLS_HTTP_2.start(
            r -> r.target.equals("/slow")
                ? ok().after(Duration.ofMillis(500))
                : r.target.equals("/go-away") ? Reply.goAway(LastStream.BELOW, false) : ok())) {
      OkHttpClient http = server.okHttp();
      fetch(http, get(server, "/warm"));
      Call slow = http.newCall(get(server, "/slow")); // in flight while the next one is refused
      CompletableFuture<String> slowBody =
          CompletableFuture.supplyAsync(
              () -> {
                try (Response response = slow.execute()) {
                  return response.body().string();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      assertTrue(Fleet.await(() -> server.received().size() == 2, Duration.ofSeconds(5)));
      // The next stream, answered GOAWAY naming the slow one: OkHttp 4.12 fails it as REFUSED_STREAM.
      StreamResetException e =
          assertThrows(StreamResetException.class, () -> fetch(http, post(server, "/go-away", "{}")));
      assertEquals(ErrorCode.REFUSED_STREAM, e.errorCode);
      assertEquals(DEPLOYMENT, slowBody.get(5, TimeUnit.SECONDS), "stream 3, below the last stream ID, was answered");
      List<Received> received = server.received();
      assertEquals(received.get(1).streamId + 2, received.get(2).streamId);
      assertFalse(received.get(2).processed());
      assertTrue(received.get(1).processed());
      assertEquals(1, ((H2FleetServer) server.server()).goAwaysSent());
      // The connection said it takes no new stream: the next call opens another.
      fetch(http, get(server, "/after"));
      assertEquals(2, server.connectionsAccepted());
    }
  }

  @Test
  void goAwayBelowThenClose_isRefusedAsWell() throws Exception {
    try (WireServer server = Wire.TLS_HTTP_2.start(r -> Reply.goAway(LastStream.BELOW, true))) {
      StreamResetException e =
          assertThrows(StreamResetException.class, () -> fetch(server.okHttp(), post(server, "/v1/deployments", "{}")));
      assertEquals(ErrorCode.REFUSED_STREAM, e.errorCode);
      assertEquals(0, server.processedCount("POST /v1/deployments"));
      assertTrue(Fleet.await(() -> server.openConnections() == 0, Duration.ofSeconds(5)), "closed");
    }
  }

  @Test
  void goAwayAtAStreamThenClose_failsItWithoutProvingAnything_andCountsItProcessed() throws Exception {
    try (WireServer server = Wire.TLS_HTTP_2.start(r -> Reply.goAway(LastStream.AT, true))) {
      IOException e = assertThrows(IOException.class, () -> fetch(server.okHttp(), post(server, "/v1/deployments", "{}")));
      assertFalse(isRefused(e), "at or below the last stream ID, it may have been processed: " + e);
      assertEquals(1, server.processedCount("POST /v1/deployments"));
    }
  }

  @Test
  void goingAway_answersTheStreamAfterAGoAwayThenCloses_andTheNextCallTakesANewConnection() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (WireServer server = Wire.TLS_HTTP_2.start(r -> calls.incrementAndGet() == 2 ? ok().after(Duration.ofMillis(200)).goingAway() : ok())) {
      OkHttpClient http = server.okHttp();
      fetch(http, get(server, "/one"));
      assertEquals(DEPLOYMENT, fetch(http, get(server, "/two")), "answered despite the GOAWAY before it");
      assertEquals(1, ((H2FleetServer) server.server()).goAwaysSent());
      fetch(http, get(server, "/three"));
      assertEquals(2, server.connectionsAccepted());
      assertTrue(Fleet.await(() -> server.openConnections() == 1, Duration.ofSeconds(5)), "the first connection closed");
    }
  }

  @Test
  void maxRequestsPerConnection_endsEachConnectionWithAGoAway_andNoCallFails() throws Exception {
    try (WireServer server = Wire.TLS_HTTP_2.start(Fleet.Options.defaults().maxRequestsPerConnection(2), r -> ok())) {
      for (int i = 0; i < 6; i++) {
        fetch(server.okHttp(), get(server, "/v1/deployments/depl_0" + i));
      }
      assertEquals(3, server.connectionsAccepted());
      assertEquals(3, ((H2FleetServer) server.server()).goAwaysSent());
      Map<Integer, Long> perConnection =
          server.received().stream().collect(Collectors.groupingBy(r -> r.connection, Collectors.counting()));
      assertEquals(Map.of(1, 2L, 2, 2L, 3, 2L), perConnection);
    }
  }

  @Test
  void maxConcurrentStreams_isEnforced_streamsOverItAreRefused_andOkHttpOpensMoreConnections() throws Exception {
    Map<Integer, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    AtomicInteger most = new AtomicInteger();
    FleetServer.Handler slow =
        r -> {
          AtomicInteger n = inFlight.computeIfAbsent(r.connection, c -> new AtomicInteger());
          most.accumulateAndGet(n.incrementAndGet(), Math::max);
          try {
            Thread.sleep(300);
          } finally {
            n.decrementAndGet();
          }
          return ok();
        };
    AtomicInteger refused = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try (WireServer server = Wire.TLS_HTTP_2.start(Fleet.Options.defaults().maxConcurrentStreams(2), slow)) {
      OkHttpClient http = server.okHttp();
      fetch(http, get(server, "/warm"));
      List<CompletableFuture<String>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Request request = get(server, "/v1/deployments/depl_0" + i);
        calls.add(CompletableFuture.supplyAsync(() -> fetchRetryingRefused(http, request, refused), callers));
      }
      for (CompletableFuture<String> call : calls) {
        assertEquals(DEPLOYMENT, call.get(10, TimeUnit.SECONDS));
      }
      assertEquals(2, most.get(), "never more than 2 streams at once on a connection");
      assertTrue(server.connectionsAccepted() >= 4, server.connectionsAccepted() + " connections");
      // OkHttp 4.12 puts streams on a new connection before its SETTINGS arrive: the server
      // refuses those over the limit, unprocessed, and the client can tell.
      assertEquals(refused.get(), ((H2FleetServer) server.server()).streamsRefusedOverLimit());
      assertEquals(9, server.processed().size());
      assertEquals(9, server.received().size(), "a stream refused by the limit never arrives");
    } finally {
      callers.shutdownNow();
    }
  }

  @ParameterizedTest
  @EnumSource(IdleClose.class)
  void anIdleHttp2Connection_isClosedAsAsked_andOkHttpSeesItAtOnce(IdleClose how) throws Exception {
    Fleet.Options options = Fleet.Options.defaults().idleTimeout(Duration.ofMillis(300)).idleClose(how);
    try (WireServer server = Wire.TLS_HTTP_2.start(options, r -> ok())) {
      OkHttpClient http = server.okHttp();
      fetch(http, get(server, "/one"));
      assertTrue(Fleet.await(() -> server.openConnections() == 0, Duration.ofSeconds(3)), "closed when idle");
      assertEquals(how == IdleClose.GOAWAY ? 1 : 0, ((H2FleetServer) server.server()).goAwaysSent());
      // HTTP/2's reader saw the GOAWAY, close or reset: the pooled connection is not reused.
      Thread.sleep(100);
      assertEquals(DEPLOYMENT, fetch(http, get(server, "/two")));
      assertEquals(2, server.connectionsAccepted());
    }
  }

  @ParameterizedTest
  @EnumSource(IdleClose.class)
  void anIdleHttp11TlsConnection_isClosed(IdleClose how) throws Exception {
    Fleet.Options options = Fleet.Options.defaults().idleTimeout(Duration.ofMillis(300)).idleClose(how);
    try (WireServer server = Wire.TLS_HTTP_1_1.start(options, r -> ok())) {
      fetch(server.okHttp(), get(server, "/one"));
      assertTrue(Fleet.await(() -> server.openConnections() == 0, Duration.ofSeconds(3)), "closed when idle");
    }
  }

  @Test
  void http11OverTls_closesAfterMaxRequests_andTranslatesHttp2OnlyReplies() throws Exception {
    Map<String, Reply> replies = new ConcurrentHashMap<>();
    replies.put("/refused", Reply.resetStream(Http2Error.REFUSED_STREAM));
    replies.put("/go-away", Reply.goAway(LastStream.BELOW, false));
    replies.put("/going-away", ok().goingAway());
    try (WireServer server = Wire.TLS_HTTP_1_1.start(Fleet.Options.defaults().maxRequestsPerConnection(3), r -> replies.getOrDefault(r.target, ok()))) {
      OkHttpClient http = server.okHttp();
      // HTTP/1.1 cannot say "not processed": the client sees a failed connection either way.
      assertThrows(IOException.class, () -> fetch(http, post(server, "/refused", "{}")));
      assertThrows(IOException.class, () -> fetch(http, post(server, "/go-away", "{}")));
      assertEquals(0, server.processed().size(), "yet the server knows it processed neither");
      try (Response response = execute(http, get(server, "/going-away"))) {
        assertEquals("close", response.header("Connection"));
      }
      for (int i = 0; i < 3; i++) {
        fetch(http, get(server, "/v1/deployments/depl_0" + i));
      }
      assertEquals(4, server.connectionsAccepted(), "refused, go-away, going-away, then 3 on one");
    }
  }

  // ---- helpers ----

  /** Calls, sending again each time the stream is refused (as OkHttp would with its retries on). */
  private static String fetchRetryingRefused(OkHttpClient client, Request request, AtomicInteger refused) {
    for (int attempt = 0; ; attempt++) {
      try {
        return fetch(client, request);
      } catch (IOException e) {
        if (!isRefused(e) || attempt == 5) {
          throw new UncheckedIOException(e);
        }
        refused.incrementAndGet();
      }
    }
  }

  private static boolean isRefused(IOException e) {
    return e instanceof StreamResetException && ((StreamResetException) e).errorCode == ErrorCode.REFUSED_STREAM;
  }

  private static void readFully(InputStream in, byte[] into) throws IOException {
    for (int read = 0; read < into.length; ) {
      int n = in.read(into, read, into.length - read);
      if (n < 0) {
        throw new IOException("ended after " + read);
      }
      read += n;
    }
  }

  private static long skip(InputStream in, long bytes) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    while (read < bytes) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, bytes - read));
      if (n < 0) {
        break;
      }
      read += n;
    }
    return read;
  }

  private static byte[] sha256(String text) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
