package dev.managedagents.deployments;

import static dev.managedagents.deployments.ReliabilitySupport.builder;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.FleetServer.Reply;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the server says besides the body: retry hints of any size and case, 408s, a concurrency
 * limit fit for services, and settings that could never be sent. Redirects: {@link RedirectsTest}.
 */
class ServerSignalsTest {
  private final AtomicReference<FleetServer.Handler> handler = new AtomicReference<>();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final FleetServer server;
  private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
  private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();

  ServerSignalsTest() throws Exception {
    server = new FleetServer(Duration.ZERO, 0, request -> handler.get().handle(request));
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    Thread.setDefaultUncaughtExceptionHandler(previous);
    assertTrue(uncaught.isEmpty(), "nothing may escape on an OkHttp thread: " + uncaught);
  }

  private DeploymentsClient client() {
    return builder(server.baseUrl(), sleeper).build();
  }

  private static Reply error(int status) {
    return Reply.json(status, fixture("error-envelope.json"));
  }

  @Test
  void aRetryAfterTooLargeForAnInt_neverThrowsARawException_syncOrAsync() throws Exception {
    handler.set(r -> error(503).header("Retry-After", "2147483648"));
    try (DeploymentsClient client = client()) {
      InternalServerException e =
          assertThrows(InternalServerException.class, () -> client.deployments().retrieve("depl_01"));
      assertNotNull(e.getRetryAfter());
      assertTrue(e.getRetryAfter().getSeconds() >= 2147483648L);
      ExecutionException async =
          assertThrows(ExecutionException.class, () -> client.deployments().retrieveAsync("depl_01").get(10, TimeUnit.SECONDS));
      assertInstanceOf(InternalServerException.class, async.getCause());
    }
    assertEquals(2, server.received().size(), "a hint past the 60 s cap means: do not retry now");
    assertTrue(sleeper.waits().isEmpty());
  }

  @Test
  void anErrorThrownWhileAnAsyncCallRuns_completesItsFuture_andNothingEscapesOnOkHttpThreads()
      throws Exception {
    handler.set(r -> Reply.json(200, fixture("deployment-minimal.json")));
    try (DeploymentsClient client =
        builder(server.baseUrl(), sleeper)
            .logger(
                line -> {
                  throw new StackOverflowError("a logger that fails badly");
                })
            .build()) {
      ExecutionException e =
          assertThrows(
              ExecutionException.class,
              () -> client.deployments().createAsync(minimalCreate()).get(10, TimeUnit.SECONDS));
      ConnectionException failure = assertInstanceOf(ConnectionException.class, e.getCause());
      assertFalse(failure.isPossiblySent(), "it failed before anything was sent");
      assertInstanceOf(StackOverflowError.class, failure.getCause().getCause());
      // A blocking call's thread gets the Error itself.
      assertThrows(StackOverflowError.class, () -> client.deployments().retrieve("depl_01"));
    }
  }

  @Test
  void aHintLongerThanTheCap_failsAtOnceExposingIt() throws Exception {
    handler.set(r -> error(429).header("retry-after", "120"));
    try (DeploymentsClient client = client()) {
      RateLimitException e =
          assertThrows(RateLimitException.class, () -> client.deployments().create(minimalCreate()));
      assertEquals(Duration.ofSeconds(120), e.getRetryAfter());
      assertTrue(e.getMessage().contains("120"), e.getMessage());
    }
    assertEquals(1, server.received().size());
    assertTrue(sleeper.waits().isEmpty());
  }

  @Test
  void aHintLongerThanTheTimeLeft_failsAtOnce() throws Exception {
    handler.set(r -> error(429).header("retry-after", "5"));
    try (DeploymentsClient client = builder(server.baseUrl(), sleeper).timeout(Duration.ofSeconds(3)).build()) {
      RateLimitException e =
          assertThrows(RateLimitException.class, () -> client.deployments().retrieve("depl_01"));
      assertEquals(Duration.ofSeconds(5), e.getRetryAfter());
      assertTrue(e.getMessage().contains("time left"), e.getMessage());
    }
    assertEquals(1, server.received().size());
  }

  @Test
  void retryAfterOfAnyShape_neverThrows() throws Exception {
    String[] shapes = {"-1", "1e400", "99999999999999999999999", "abc", "", "Wed, 21 Oct 2015 07:28:00 GMT", "0.5"};
    for (String shape : shapes) {
      handler.set(r -> error(503).header("retry-after", shape).header("retry-after-ms", shape));
      try (DeploymentsClient client = builder(server.baseUrl(), sleeper).maxRetries(1).build()) {
        assertThrows(InternalServerException.class, () -> client.deployments().retrieve("depl_01"), shape);
      }
    }
  }

  @Test
  void xShouldRetry_isReadWhateverItsCase() throws Exception {
    handler.set(r -> error(500).header("x-should-retry", "False"));
    try (DeploymentsClient client = client()) {
      assertThrows(InternalServerException.class, () -> client.deployments().retrieve("depl_01"));
    }
    assertEquals(1, server.received().size(), "False means no retry");

    AtomicInteger calls = new AtomicInteger();
    handler.set(
        r -> calls.incrementAndGet() == 1
            ? error(500).header("X-Should-Retry", "TRUE")
            : Reply.json(200, fixture("deployment-minimal.json")));
    try (DeploymentsClient client = client()) {
      client.deployments().create(minimalCreate());
    }
    assertEquals(2, calls.get(), "TRUE means retry, even a create");
  }

  @Test
  void aCreateRetriedOnTheServersWord_saysHowManyAttemptsWereMade() throws Exception {
    handler.set(r -> error(500).header("x-should-retry", "true"));
    try (DeploymentsClient client = client()) {
      InternalServerException e =
          assertThrows(InternalServerException.class, () -> client.deployments().create(minimalCreate()));
      assertTrue(e.getMessage().contains("3 attempts"), e.getMessage());
      assertFalse(e.getMessage().contains("not idempotent"), e.getMessage());
    }
    assertEquals(3, server.received().size());
  }

  @Test
  void a408OnCreateOrRun_isRetried_theServerSaysItReceivedNothing() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    handler.set(
        r -> calls.incrementAndGet() % 2 == 1
            ? error(408)
            : Reply.json(200, fixture(r.route().endsWith("/run") ? "deployment-run-ok.json" : "deployment-minimal.json")));
    try (DeploymentsClient client = client()) {
      client.deployments().create(minimalCreate());
      client.deployments().run("depl_01");
    }
    assertEquals(4, calls.get());
  }

  @Test
  void anErrorEnvelopeCutOffByAReset_isStillReported() throws Exception {
    String envelope = fixture("error-envelope.json").trim();
    handler.set(r -> Reply.resetMidBody(503, envelope + envelope));
    try (DeploymentsClient client = builder(server.baseUrl(), sleeper).maxRetries(0).build()) {
      InternalServerException e =
          assertThrows(InternalServerException.class, () -> client.deployments().retrieve("depl_01"));
      assertFalse(e.getMessage().contains("(empty body)"), e.getMessage());
      assertTrue(e.getBodyExcerpt().contains("not_found_error"), e.getBodyExcerpt());
    }
  }

  @Test
  void sixtyFourAsyncCalls_runAtOnce() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    handler.set(
        r -> {
          most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            Thread.sleep(500);
          } finally {
            inFlight.decrementAndGet();
          }
          return Reply.json(200, fixture("deployment-minimal.json"));
        });
    try (DeploymentsClient client = client()) {
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        calls.add(client.deployments().retrieveAsync("depl_" + i));
      }
      CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).get(30, TimeUnit.SECONDS);
    }
    assertEquals(64, most.get(), "all 64 were at the server at the same time");
  }

  @Test
  void theTimeoutCountsFromTheCall_queueTimeIncluded() throws Exception {
    handler.set(r -> Reply.json(200, fixture("deployment-minimal.json")).after(Duration.ofSeconds(3)));
    try (DeploymentsClient client = builder(server.baseUrl(), sleeper).maxConcurrentRequests(1).build()) {
      CompletableFuture<?> first = client.deployments().retrieveAsync("depl_first");
      assertTrue(FleetServer.await(() -> server.received().size() == 1, Duration.ofSeconds(5)));
      long started = System.nanoTime();
      CompletableFuture<?> queued =
          client.deployments().withOptions(RequestOptions.defaults().withTimeout(Duration.ofSeconds(1))).retrieveAsync("depl_queued");
      ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS));
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      assertTrue(millis < 1_800, "timed out after " + millis + " ms");
      ConnectionException timeout = assertInstanceOf(ConnectionException.class, e.getCause());
      assertFalse(timeout.isPossiblySent(), timeout.getMessage());
      first.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void headerSettingsThatCouldNeverBeSent_areRefusedAtBuild() {
    ValidationException key =
        assertThrows(ValidationException.class, () -> builder(server.baseUrl(), sleeper).apiKey("sk-ant-abc\u00a0def").build());
    assertEquals("apiKey", key.getArgument());
    assertFalse(key.getMessage().contains("sk-ant-abc"), "the key is not shown");
    ValidationException workspace =
        assertThrows(ValidationException.class, () -> builder(server.baseUrl(), sleeper).workspaceId("wrkspc_é").build());
    assertEquals("workspaceId", workspace.getArgument());
    ValidationException beta =
        assertThrows(ValidationException.class, () -> builder(server.baseUrl(), sleeper).addBeta("beta\u2028").build());
    assertEquals("beta", beta.getArgument());
    assertThrows(ValidationException.class, () -> builder(server.baseUrl(), sleeper).maxConcurrentRequests(0));
  }
}
