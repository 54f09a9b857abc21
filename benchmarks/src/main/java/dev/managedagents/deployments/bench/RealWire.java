package dev.managedagents.deployments.bench;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.beta.deployments.DeploymentCreateParams;
import com.fasterxml.jackson.databind.JsonNode;
import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.DeploymentsException;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.HeldCertificate;

/**
 * (7) The real wire (issue 18): this SDK, the official client and plain OkHttp (the floor) against
 * {@link TlsServer} over TLS, with HTTP/2 and with HTTP/1.1, through a {@link DelayProxy} adding a
 * round trip of 0, 20 or 100 ms. Per wire: sequential create, run and retrieve (median and p90 of
 * each client's calls, measured in rounds that alternate the clients, so that the machine's noise
 * hits all alike), then 64 async retrieves kept in flight (throughput, p50, p99); for each phase the
 * TCP connections the server accepted and the requests it answered.
 *
 * <p>A failed call of the official client or the floor fails the run. The SDK's failures are
 * counted and reported instead: at commit 965eaeb some of its creates and runs over h2 fail although
 * the server answered them (issue 18), and the benchmark must show how often.
 *
 * <p>Arguments: OUT full|smoke. Writes the lines {@link RealWireReport} reads:
 *
 * <pre>
 * info KEY VALUE...
 * load PROTOCOL RTT LOAD_1 LOAD_5 LOAD_15 (as the wire starts)
 * seq PROTOCOL RTT OP CLIENT MEDIAN_MS P90_MS CALLS FAILED ANSWERED CONNECTIONS
 * async PROTOCOL RTT retrieve-64 CLIENT OPS_PER_S P50_MS P99_MS CALLS FAILED CONNECTIONS
 * failure PROTOCOL RTT OP CLIENT measured|warm-up COUNT MESSAGE...
 * </pre>
 */
public final class RealWire {
  private static final String[] CLIENTS = {"sdk", "official", "floor"};
  private static final String[] OPS = {"create", "run", "retrieve"};
  private static final int IN_FLIGHT = 64;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final String RUN_ID = "drun_011CZkZRb6Tq2Wn8Lx4Vd9Hs";

  /** How much of everything a run does. */
  private static final class Settings {
    final int[] roundTrips;
    final int jitWarmUp; // calls per client and operation at 0 ms, once per protocol
    final int warmUp; // calls per client and operation before each phase
    final int rounds;
    final int perRound;
    final long asyncWarmUpMillis;
    final long asyncMillis;

    Settings(int[] roundTrips, int jitWarmUp, int warmUp, int rounds, int perRound,
        long asyncWarmUpMillis, long asyncMillis) {
      this.roundTrips = roundTrips;
      this.jitWarmUp = jitWarmUp;
      this.warmUp = warmUp;
      this.rounds = rounds;
      this.perRound = perRound;
      this.asyncWarmUpMillis = asyncWarmUpMillis;
      this.asyncMillis = asyncMillis;
    }

    static Settings of(String mode) {
      switch (mode) {
        case "full":
          // The warm-up before a phase opens connections; the JIT warms at 0 ms, where calls are cheap.
          return new Settings(new int[] {0, 20, 100}, 200, 5, 3, 10, 1000, 3000);
        case "smoke":
          return new Settings(new int[] {0, 20}, 10, 2, 1, 5, 200, 300);
        default:
          throw new IllegalArgumentException("full or smoke, not " + mode);
      }
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "round trips %s ms; %d sequential calls per client and operation (%d × %d, clients"
              + " alternating) after %d warm-up calls (%d more at 0 ms, once per protocol);"
              + " async: %d in flight, %d ms warm-up, %d ms measured",
          Arrays.toString(roundTrips), rounds * perRound, rounds, perRound, warmUp, jitWarmUp,
          IN_FLIGHT, asyncWarmUpMillis, asyncMillis);
    }
  }

  private final Settings settings;
  private final HeldCertificate certificate;
  private final List<String> out = new ArrayList<>();
  private static final String TRUST_STORE_PASSWORD = "real-wire";

  private RealWire(Settings settings) {
    this.settings = settings;
    // For the address the clients call: an IP, so no name lookup (and no ::1 first) is involved.
    this.certificate =
        new HeldCertificate.Builder().addSubjectAlternativeName("127.0.0.1").duration(1, TimeUnit.DAYS).build();
    trustJvmWide(certificate);
  }

  /**
   * Makes this JVM's default trust store the JDK's roots plus {@code certificate}, so that both
   * clients are built with their builders only, as users build them, and still trust the server.
   */
  private static void trustJvmWide(HeldCertificate certificate) {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      TrustManagerFactory jdk = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      jdk.init((KeyStore) null);
      int n = 0;
      for (TrustManager manager : jdk.getTrustManagers()) {
        if (manager instanceof X509TrustManager) {
          for (X509Certificate root : ((X509TrustManager) manager).getAcceptedIssuers()) {
            store.setCertificateEntry("jdk-" + n++, root);
          }
        }
      }
      store.setCertificateEntry("benchmark-server", certificate.certificate());
      Path file = Files.createTempFile("real-wire-truststore", ".p12");
      file.toFile().deleteOnExit();
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, TRUST_STORE_PASSWORD.toCharArray());
      }
      System.setProperty("javax.net.ssl.trustStore", file.toString());
      System.setProperty("javax.net.ssl.trustStorePassword", TRUST_STORE_PASSWORD);
      System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot make a trust store for the benchmark server", e);
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.of(args[1]);
    RealWire realWire = new RealWire(settings);
    long start = System.nanoTime();
    realWire.info("started " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
    realWire.info("sdk " + System.getProperty("bench.sdk", "unknown"));
    realWire.info("settings " + settings);
    realWire.info("load-start " + load());
    for (boolean h2 : new boolean[] {true, false}) {
      for (int rtt : settings.roundTrips) {
        realWire.wire(h2, rtt);
      }
    }
    realWire.info("load-end " + load());
    realWire.info(String.format(Locale.ROOT, "seconds %.0f", (System.nanoTime() - start) / 1e9));
    Files.write(Paths.get(args[0]), (String.join("\n", realWire.out) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private void info(String line) {
    emit("info " + line);
  }

  private void emit(String line) {
    System.out.println(line);
    out.add(line);
  }

  static String load() {
    try {
      String[] loadavg =
          new String(Files.readAllBytes(Paths.get("/proc/loadavg")), StandardCharsets.US_ASCII).split(" ");
      return loadavg[0] + " " + loadavg[1] + " " + loadavg[2];
    } catch (IOException e) {
      return "? ? ?";
    }
  }

  /** Everything on one wire: a server offering h2 or not, and a round trip. */
  private void wire(boolean h2, int rtt) throws Exception {
    String protocol = h2 ? "h2" : "http/1.1";
    String where = protocol + " " + rtt;
    System.out.println("== " + protocol + ", " + rtt + " ms round trip");
    emit("load " + where + " " + load());
    try (TlsServer server = TlsServer.start(certificate, h2);
        DelayProxy proxy = rtt == 0 ? null : DelayProxy.start(server.port(), rtt);
        Wire wire = new Wire("https://127.0.0.1:" + (proxy == null ? server.port() : proxy.port()))) {
      Failures warmUpFailures = new Failures();
      wire.check(server, warmUpFailures);
      if (rtt == 0) {
        for (String op : OPS) {
          for (String client : CLIENTS) {
            repeat(wire.call(client, op), settings.jitWarmUp, client, warmUpFailures.of(op, client));
          }
        }
      }
      for (String op : OPS) {
        Map<String, Phase> phases = new LinkedHashMap<>();
        for (String client : CLIENTS) {
          repeat(wire.call(client, op), settings.warmUp, client, warmUpFailures.of(op, client));
          phases.put(client, new Phase());
        }
        for (int round = 0; round < settings.rounds; round++) {
          for (String client : CLIENTS) {
            phases.get(client).measure(server, wire.call(client, op), settings.perRound, client);
          }
        }
        for (String client : CLIENTS) {
          Phase phase = phases.get(client);
          if (phase.latencies.isEmpty()) {
            throw new IllegalStateException(
                "Every " + op + " of the SDK failed on " + where + ": " + phase.failures.kinds);
          }
          emit(String.format(Locale.ROOT, "seq %s %s %s %.3f %.3f %d %d %d %d", where, op, client,
              percentile(phase.latencies, 0.5), percentile(phase.latencies, 0.9), phase.calls, phase.failures.count,
              phase.answered, phase.connections));
          phase.failures.emit(this, where + " " + op + " " + client + " measured");
        }
      }
      for (String client : CLIENTS) {
        Supplier<CompletableFuture<?>> call = wire.asyncRetrieve(client);
        Async warmUp = async(call, settings.asyncWarmUpMillis, client);
        warmUp.failures.emit(this, where + " retrieve-64 " + client + " warm-up");
        int before = server.connections.get();
        Async measured = async(call, settings.asyncMillis, client);
        int connections = server.connections.get() - before;
        emit(String.format(Locale.ROOT, "async %s retrieve-64 %s %.1f %.3f %.3f %d %d %d", where, client,
            measured.perSecond(), percentile(measured.latencies, 0.5), percentile(measured.latencies, 0.99),
            measured.latencies.size(), measured.failures.count, connections));
        measured.failures.emit(this, where + " retrieve-64 " + client + " measured");
      }
      warmUpFailures.emitAll(this, where);
      // Every client spoke the protocol this wire is about.
      int other = h2 ? server.http1Connections.get() : server.h2Connections.get();
      Fixtures.require(other == 0, other + " connections on " + where + " negotiated the other protocol");
    }
  }

  /** A call that throws when it fails or gets a wrong answer. */
  @FunctionalInterface
  interface Blocking {
    void call() throws Exception;
  }

  /**
   * Calls {@code times} times; a failure of the SDK is counted in {@code failures}, any other
   * failure fails the run.
   */
  private static void repeat(Blocking call, int times, String client, Failures.Tally failures) throws Exception {
    for (int i = 0; i < times; i++) {
      try {
        call.call();
      } catch (DeploymentsException e) {
        if (!client.equals("sdk")) {
          throw e;
        }
        failures.add(e);
      }
    }
  }

  /** One client's sequential calls of one operation on one wire. */
  private static final class Phase {
    final List<Long> latencies = new ArrayList<>();
    final Failures failures = new Failures();
    int calls;
    int answered;
    int connections;

    void measure(TlsServer server, Blocking call, int times, String client) throws Exception {
      int connectionsBefore = server.connections.get();
      int answeredBefore = server.answered.get();
      for (int i = 0; i < times; i++) {
        calls++;
        long start = System.nanoTime();
        try {
          call.call();
          latencies.add(System.nanoTime() - start);
        } catch (DeploymentsException e) {
          if (!client.equals("sdk")) {
            throw e;
          }
          failures.of("", client).add(e);
        }
      }
      connections += server.connections.get() - connectionsBefore;
      answered += server.answered.get() - answeredBefore;
    }
  }

  /** The SDK's failed calls by message (up to its first ';': what failed and the cause). */
  static final class Failures {
    final Map<String, Tally> tallies = new LinkedHashMap<>();
    final Map<String, Integer> kinds = new LinkedHashMap<>();
    int count;

    final class Tally {
      final Map<String, Integer> kinds = new LinkedHashMap<>();

      synchronized void add(Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        int end = message.indexOf(';');
        String kind = (end < 0 ? message : message.substring(0, end)).replaceAll("\\s+", " ");
        kinds.merge(kind, 1, Integer::sum);
        synchronized (Failures.this) {
          Failures.this.kinds.merge(kind, 1, Integer::sum);
          count++;
        }
      }
    }

    synchronized Tally of(String op, String client) {
      return tallies.computeIfAbsent(op + " " + client, key -> new Tally());
    }

    /** One line per kind, for a phase whose tallies are all its own. */
    void emit(RealWire wire, String phase) {
      for (Map.Entry<String, Integer> kind : kinds.entrySet()) {
        wire.emit("failure " + phase + " " + kind.getValue() + " " + kind.getKey());
      }
    }

    /** One line per operation, client and kind, for warm-ups and checks. */
    void emitAll(RealWire wire, String where) {
      for (Map.Entry<String, Tally> tally : tallies.entrySet()) {
        for (Map.Entry<String, Integer> kind : tally.getValue().kinds.entrySet()) {
          wire.emit("failure " + where + " " + tally.getKey() + " warm-up " + kind.getValue() + " " + kind.getKey());
        }
      }
    }
  }

  /** 64 async calls kept in flight for a while: a new one starts as each completes. */
  private static final class Async {
    final List<Long> latencies = new ArrayList<>();
    final Failures failures = new Failures();
    final AtomicReference<Throwable> fatal = new AtomicReference<>();
    volatile long start;
    volatile long end = Long.MAX_VALUE;

    synchronized void record(long started, long completed) {
      if (completed <= end) {
        latencies.add(completed - started);
      }
    }

    synchronized double perSecond() {
      return latencies.size() / ((end - start) / 1e9);
    }
  }

  private static Async async(Supplier<CompletableFuture<?>> call, long millis, String client)
      throws InterruptedException {
    Async async = new Async();
    AtomicBoolean running = new AtomicBoolean(true);
    CountDownLatch stopped = new CountDownLatch(IN_FLIGHT);
    async.start = System.nanoTime();
    for (int i = 0; i < IN_FLIGHT; i++) {
      launch(call, async, running, stopped, client);
    }
    Thread.sleep(millis);
    async.end = System.nanoTime();
    running.set(false);
    if (!stopped.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Async calls of " + client + " still in flight 60 s after the end");
    }
    if (async.fatal.get() != null) {
      throw new IllegalStateException("An async retrieve of " + client + " failed", async.fatal.get());
    }
    return async;
  }

  private static void launch(Supplier<CompletableFuture<?>> call, Async async, AtomicBoolean running,
      CountDownLatch stopped, String client) {
    long started = System.nanoTime();
    call.get().whenComplete((result, failure) -> {
      long completed = System.nanoTime();
      Throwable cause =
          failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
      if (cause == null) {
        async.record(started, completed);
      } else if (client.equals("sdk") && cause instanceof DeploymentsException) {
        async.failures.of("", client).add(cause);
      } else {
        async.fatal.compareAndSet(null, cause);
      }
      if (running.get() && async.fatal.get() == null) {
        launch(call, async, running, stopped, client);
      } else {
        stopped.countDown();
      }
    });
  }

  /** In milliseconds; the nearest rank, as ServiceLoad computes it. */
  private static double percentile(List<Long> nanos, double p) {
    if (nanos.isEmpty()) {
      return Double.NaN;
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  /**
   * The three clients for one base URL, each trusting the certificate through its own builder and
   * with its own TLS context (no TLS session shared between clients).
   */
  private static final class Wire implements AutoCloseable {
    final String baseUrl;
    final DeploymentsClient sdk;
    final AnthropicClient official;
    final OkHttpClient floor;
    final CreateDeploymentParams sdkCreate = Codecs.sdkCreateParams();
    final DeploymentCreateParams officialCreate;
    final Request floorCreate;
    final Request floorRun;
    final Request floorRetrieve;

    Wire(String baseUrl) throws IOException {
      this.baseUrl = baseUrl;
      // Both clients as their users build them: builders only, defaults otherwise (the server's
      // certificate is trusted JVM-wide, see trustJvmWide).
      sdk = DeploymentsClient.builder().apiKey(Clients.API_KEY).baseUrl(baseUrl).timeout(TIMEOUT).build();
      official = AnthropicOkHttpClient.builder().apiKey(Clients.API_KEY).baseUrl(baseUrl).timeout(TIMEOUT).build();
      officialCreate = Codecs.officialCreateParams();
      // The floor may have as many calls in flight as the SDK (64; OkHttp's default is 5 per host).
      floor = pooled(new OkHttpClient.Builder()).callTimeout(TIMEOUT).build();
      // The requests the SDK sends: the create body as JSON, a run's body empty.
      floorCreate = Clients.apiRequest(baseUrl + TlsServer.CREATE_PATH).newBuilder()
          .post(RequestBody.create(Fixtures.CREATE_REQUEST, JSON)).build();
      floorRun = Clients.apiRequest(baseUrl + TlsServer.RUN_PATH).newBuilder()
          .post(RequestBody.create(new byte[0])).build();
      floorRetrieve = Clients.apiRequest(baseUrl + TlsServer.RETRIEVE_PATH);
    }

    private static OkHttpClient.Builder pooled(OkHttpClient.Builder builder) {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(IN_FLIGHT);
      dispatcher.setMaxRequestsPerHost(IN_FLIGHT);
      return builder.dispatcher(dispatcher).connectionPool(new ConnectionPool(IN_FLIGHT, 30, TimeUnit.SECONDS));
    }

    Blocking call(String client, String op) {
      switch (client + " " + op) {
        case "sdk create":
          return () -> expect(sdk.deployments().create(sdkCreate).getId(), Fixtures.DEPLOYMENT_ID);
        case "sdk run":
          return () -> expect(sdk.deployments().run(Fixtures.DEPLOYMENT_ID).getId(), RUN_ID);
        case "sdk retrieve":
          return () -> expect(sdk.deployments().retrieve(Fixtures.DEPLOYMENT_ID).getId(), Fixtures.DEPLOYMENT_ID);
        case "official create":
          return () -> expect(official.beta().deployments().create(officialCreate).id(), Fixtures.DEPLOYMENT_ID);
        case "official run":
          return () -> expect(official.beta().deployments().run(Fixtures.DEPLOYMENT_ID).id(), RUN_ID);
        case "official retrieve":
          return () ->
              expect(official.beta().deployments().retrieve(Fixtures.DEPLOYMENT_ID).id(), Fixtures.DEPLOYMENT_ID);
        case "floor create":
          return () -> expect(Clients.plainCall(floor, floorCreate), Fixtures.DEPLOYMENT.length);
        case "floor run":
          return () -> expect(Clients.plainCall(floor, floorRun), Fixtures.DEPLOYMENT_RUN.length);
        case "floor retrieve":
          return () -> expect(Clients.plainCall(floor, floorRetrieve), Fixtures.DEPLOYMENT.length);
        default:
          throw new IllegalArgumentException(client + " " + op);
      }
    }

    Supplier<CompletableFuture<?>> asyncRetrieve(String client) {
      switch (client) {
        case "sdk":
          return () -> sdk.deployments().retrieveAsync(Fixtures.DEPLOYMENT_ID)
              .thenAccept(d -> expect(d.getId(), Fixtures.DEPLOYMENT_ID));
        case "official":
          return () -> official.async().beta().deployments().retrieve(Fixtures.DEPLOYMENT_ID)
              .thenAccept(d -> expect(d.id(), Fixtures.DEPLOYMENT_ID));
        case "floor":
          return this::floorRetrieveAsync;
        default:
          throw new IllegalArgumentException(client);
      }
    }

    private CompletableFuture<?> floorRetrieveAsync() {
      CompletableFuture<Long> future = new CompletableFuture<>();
      floor.newCall(floorRetrieve).enqueue(new Callback() {
        @Override
        public void onFailure(Call call, IOException e) {
          future.completeExceptionally(e);
        }

        @Override
        public void onResponse(Call call, Response response) {
          try (response) {
            long length = Clients.skipBody(response);
            expect(length, Fixtures.DEPLOYMENT.length);
            future.complete(length);
          } catch (IOException | RuntimeException e) {
            future.completeExceptionally(e);
          }
        }
      });
      return future;
    }

    private static void expect(long length, int expected) {
      expect((Object) length, (long) expected);
    }

    private static void expect(Object actual, Object expected) {
      if (!actual.equals(expected)) {
        throw new IllegalStateException("Expected " + expected + ", got " + actual);
      }
    }

    /**
     * Each client's first call of each operation succeeds, answers right, and (create) sends the
     * fixture's body: what the phases then measure is real work. The SDK may meet its known
     * failure here too, so it gets a few tries.
     */
    void check(TlsServer server, Failures failures) throws Exception {
      JsonNode expected = Codecs.OFFICIAL_MAPPER.readTree(Fixtures.CREATE_REQUEST);
      for (String client : CLIENTS) {
        for (String op : OPS) {
          server.lastCreateBody = new byte[0];
          for (int attempt = 1; ; attempt++) {
            try {
              call(client, op).call();
              break;
            } catch (DeploymentsException e) {
              if (!client.equals("sdk") || attempt == 5) {
                throw e;
              }
              failures.of(op, client).add(e);
            }
          }
          if (op.equals("create")) {
            Fixtures.require(Codecs.OFFICIAL_MAPPER.readTree(server.lastCreateBody).equals(expected),
                client + " sends the create request of the fixture");
          }
        }
      }
    }

    @Override
    public void close() {
      sdk.close();
      official.close();
      floor.dispatcher().executorService().shutdown();
      floor.connectionPool().evictAll();
    }
  }
}
