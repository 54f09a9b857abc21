package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static dev.managedagents.deployments.RetryTest.deployment;
import static dev.managedagents.deployments.RetryTest.inTurn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A broken network or a slow server: every call ends, in time, with a typed exception or, after
 * retries, the answer.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FaultInjectionTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.retrying();

  private static final String DEPLOYMENT_PATH = "/v1/deployments/depl_01ExampleMin";

  private static int attempts() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  /** All ten operations, each as blocking and as async call. */
  static Stream<Named<Function<DeploymentsClient, Object>>> operations() {
    UpdateDeploymentParams patch = UpdateDeploymentParams.builder().name("n").build();
    return Stream.of(
        op("create", c -> c.deployments().create(minimalCreate())),
        op("list", c -> c.deployments().list()),
        op("retrieve", c -> c.deployments().retrieve("depl_01")),
        op("update", c -> c.deployments().update("depl_01", patch)),
        op("archive", c -> c.deployments().archive("depl_01")),
        op("pause", c -> c.deployments().pause("depl_01")),
        op("unpause", c -> c.deployments().unpause("depl_01")),
        op("run", c -> c.deployments().run("depl_01")),
        op("listRuns", c -> c.deploymentRuns().list()),
        op("retrieveRun", c -> c.deploymentRuns().retrieve("drun_01")),
        op("createAsync", c -> join(c.deployments().createAsync(minimalCreate()))),
        op("listAsync", c -> join(c.deployments().listAsync(ListDeploymentsParams.builder().build()))),
        op("retrieveAsync", c -> join(c.deployments().retrieveAsync("depl_01"))),
        op("updateAsync", c -> join(c.deployments().updateAsync("depl_01", patch))),
        op("archiveAsync", c -> join(c.deployments().archiveAsync("depl_01"))),
        op("pauseAsync", c -> join(c.deployments().pauseAsync("depl_01"))),
        op("unpauseAsync", c -> join(c.deployments().unpauseAsync("depl_01"))),
        op("runAsync", c -> join(c.deployments().runAsync("depl_01"))),
        op(
            "listRunsAsync",
            c -> join(c.deploymentRuns().listAsync(ListDeploymentRunsParams.builder().build()))),
        op("retrieveRunAsync", c -> join(c.deploymentRuns().retrieveAsync("drun_01"))));
  }

  private static Named<Function<DeploymentsClient, Object>> op(
      String name, Function<DeploymentsClient, Object> call) {
    return Named.of(name, call);
  }

  /** The future's value, or its failure as it was raised. */
  static <T> T join(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Arguments> operationsAndFaults() {
    return operations()
        .flatMap(
            op ->
                Stream.of(Fault.values())
                    .map(fault -> Arguments.of(op, fault)));
  }

  @ParameterizedTest(name = "{0} against {1}")
  @MethodSource("operationsAndFaults")
  void everyOperationAgainstEveryFault_endsWithAConnectionException(
      Function<DeploymentsClient, Object> operation, Fault fault) {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));
    long started = System.nanoTime();

    try (DeploymentsClient once = server.builder().maxRetries(0).build()) {
      ConnectionException e = assertThrows(ConnectionException.class, () -> operation.apply(once));
      assertTrue(e.isPossiblySent(), "the request was written before the fault");
      assertTrue(e.getMessage().contains("the request may have reached the server"), e.getMessage());
    }

    assertEquals(1, attempts());
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void faultThenFaultThenSuccess_anIdempotentCallSucceedsOnTheThirdAttempt(Fault fault) {
    inTurn(
        server,
        "GET",
        DEPLOYMENT_PATH,
        aResponse().withFault(fault),
        aResponse().withFault(fault),
        deployment());

    assertEquals("depl_01ExampleMin", server.client().deployments().retrieve("depl_01ExampleMin").getId());

    assertEquals(3, attempts());
    assertEquals(java.util.Arrays.asList(500L, 1000L), server.sleeper().millis());
  }

  @ParameterizedTest
  @EnumSource(Fault.class)
  void faultPastTheRetryBudget_throwsAfterThreeAttempts(Fault fault) {
    inTurn(server, "GET", DEPLOYMENT_PATH, aResponse().withFault(fault));

    assertThrows(
        ConnectionException.class, () -> server.client().deployments().retrieve("depl_01ExampleMin"));

    assertEquals(3, attempts());
  }

  @Test
  void aServerSlowerThanTheClientTimeout_failsAtTheTimeout() {
    inTurn(server, "GET", DEPLOYMENT_PATH, deployment().withFixedDelay(5_000));
    long started = System.nanoTime();

    try (DeploymentsClient quick =
        server.builder().timeout(Duration.ofMillis(500)).build()) {
      ConnectionException e =
          assertThrows(
              ConnectionException.class, () -> quick.deployments().retrieve("depl_01ExampleMin"));
      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }

    assertBetween(started, 400, 2_000);
  }

  @Test
  void aServerSlowerThanThePerCallTimeout_failsAtThatTimeout() {
    inTurn(server, "GET", DEPLOYMENT_PATH, deployment().withFixedDelay(5_000));
    long started = System.nanoTime();

    assertThrows(
        ConnectionException.class,
        () ->
            server.client()
                .deployments()
                .withOptions(RequestOptions.defaults().withTimeout(Duration.ofMillis(300)))
                .retrieve("depl_01ExampleMin"));

    assertBetween(started, 250, 2_000);
  }

  @Test
  void theTimeoutCoversRetriesAndTheirWaits() {
    inTurn(server, "GET", DEPLOYMENT_PATH, RetryTest.status(500).withFixedDelay(600));
    long started = System.nanoTime();

    // Real waits here: a 600 ms answer, a 375-500 ms wait (the first backoff with its jitter), then
    // the second attempt starts before 1.5 s and cannot be answered before it: exactly two attempts,
    // with 400 ms to spare for a loaded machine.
    try (DeploymentsClient quick =
        server.builder()
            .sleeper(null)
            .timeout(Duration.ofMillis(1_500))
            .maxRetries(5)
            .build()) {
      ConnectionException e =
          assertThrows(
              ConnectionException.class, () -> quick.deployments().retrieve("depl_01ExampleMin"));
      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }

    assertBetween(started, 1_400, 3_000);
    assertEquals(2, attempts());
  }

  @Test
  void aReadTimeout_failsTheAttemptWithASocketTimeout() {
    inTurn(server, "GET", DEPLOYMENT_PATH, deployment().withFixedDelay(5_000));
    long started = System.nanoTime();

    try (DeploymentsClient quick =
        server.builder().readTimeout(Duration.ofMillis(300)).maxRetries(0).build()) {
      ConnectionException e =
          assertThrows(
              ConnectionException.class, () -> quick.deployments().retrieve("depl_01ExampleMin"));
      assertInstanceOf(SocketTimeoutException.class, e.getCause());
    }

    assertBetween(started, 250, 2_000);
  }

  @Test
  void aBodyDribbledSlowerThanTheTimeout_failsAtTheTimeout() {
    inTurn(server, "GET", DEPLOYMENT_PATH, deployment().withChunkedDribbleDelay(50, 10_000));
    long started = System.nanoTime();

    try (DeploymentsClient quick =
        server.builder().timeout(Duration.ofMillis(700)).build()) {
      assertThrows(
          ConnectionException.class, () -> quick.deployments().retrieve("depl_01ExampleMin"));
    }

    assertBetween(started, 600, 2_500);
  }

  @Test
  void anAsyncCallPastItsTimeout_failsItsFutureAtTheTimeout() {
    inTurn(server, "GET", DEPLOYMENT_PATH, deployment().withFixedDelay(5_000));
    long started = System.nanoTime();

    try (DeploymentsClient quick =
        server.builder().timeout(Duration.ofMillis(400)).build()) {
      CompletableFuture<?> future = quick.deployments().retrieveAsync("depl_01ExampleMin");
      try {
        future.get(3, TimeUnit.SECONDS);
        fail("expected a timeout");
      } catch (ExecutionException e) {
        assertInstanceOf(ConnectionException.class, e.getCause());
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    assertBetween(started, 300, 2_000);
  }

  @Test
  void aCancelledAsyncCall_stopsWaitingAtOnce() throws Exception {
    inTurn(server, "GET", DEPLOYMENT_PATH, deployment().withFixedDelay(5_000));
    CompletableFuture<?> future = server.client().deployments().retrieveAsync("depl_01ExampleMin");
    long started = System.nanoTime();

    future.cancel(true);

    assertTrue(future.isCancelled());
    assertBetween(started, 0, 500);
  }

  @Test
  void timeoutDefaults_andBuilderSettings() {
    assertEquals(10_000, TestSupport.httpClient(server.client()).connectTimeoutMillis());
    assertEquals(60_000, TestSupport.httpClient(server.client()).readTimeoutMillis());
    assertEquals(60_000, TestSupport.httpClient(server.client()).writeTimeoutMillis());
    // The whole call's deadline is the SDK's, counted from the call (queue time included), so
    // OkHttp's own call timeout, which starts only when a call leaves the queue, is off.
    assertEquals(0, TestSupport.httpClient(server.client()).callTimeoutMillis());
    assertEquals(Duration.ofMinutes(3), TestSupport.timeout(server.client()));
    try (DeploymentsClient custom =
        server.builder()
            .connectTimeout(Duration.ofSeconds(1))
            .readTimeout(Duration.ofSeconds(2))
            .writeTimeout(Duration.ofSeconds(3))
            .timeout(Duration.ofSeconds(4))
            .build()) {
      assertEquals(1_000, TestSupport.httpClient(custom).connectTimeoutMillis());
      assertEquals(2_000, TestSupport.httpClient(custom).readTimeoutMillis());
      assertEquals(3_000, TestSupport.httpClient(custom).writeTimeoutMillis());
      assertEquals(Duration.ofSeconds(4), TestSupport.timeout(custom));
    }
  }

  private static void assertBetween(long startedNanos, long minMillis, long maxMillis) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    assertTrue(
        millis >= minMillis && millis <= maxMillis,
        "took " + millis + " ms; expected " + minMillis + " to " + maxMillis);
  }
}
