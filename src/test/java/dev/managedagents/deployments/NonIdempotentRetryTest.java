package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static dev.managedagents.deployments.RetryTest.deployment;
import static dev.managedagents.deployments.RetryTest.inTurn;
import static dev.managedagents.deployments.RetryTest.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Create and run-now are not idempotent: a retry must never make a second deployment or run. They
 * are sent again only when the first attempt certainly had no effect.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NonIdempotentRetryTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.retrying();

  private static final String CREATE = "/v1/deployments";
  private static final String RUN = "/v1/deployments/depl_01ExampleMin/run";

  private static int posts(String path) {
    return server.findAll(postRequestedFor(urlPathEqualTo(path))).size();
  }

  private static ResponseDefinitionBuilder run() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(fixture("deployment-run-ok.json"));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504, 529})
  void createFailingWithARetryableStatus_isSentOnceAndSaysItMayHaveHappened(int status) {
    inTurn(server, "POST", CREATE, status(status), deployment());

    ApiException e = assertThrows(ApiException.class, () -> server.client().deployments().create(minimalCreate()));

    assertEquals(status, e.getStatus());
    assertEquals(1, posts(CREATE));
    assertTrue(e.getMessage().contains("the operation may have happened"), e.getMessage());
    assertTrue(server.sleeper().waits().isEmpty());
  }

  @Test
  void runFailingWith500_isSentOnceAndSaysItMayHaveHappened() {
    inTurn(server, "POST", RUN, status(500), run());

    InternalServerException e =
        assertThrows(
            InternalServerException.class, () -> server.client().deployments().run("depl_01ExampleMin"));

    assertEquals(1, posts(RUN));
    assertTrue(e.getMessage().contains("not idempotent"), e.getMessage());
  }

  @Test
  void createAnswered503WithRetryAfterZero_isNotResentByOkHttp() {
    inTurn(server, "POST", CREATE, status(503).withHeader("Retry-After", "0"), deployment());

    assertThrows(InternalServerException.class, () -> server.client().deployments().create(minimalCreate()));

    assertEquals(1, posts(CREATE));
  }

  @Test
  void createAnswered429_isRetriedBecauseTheServerRefusedIt() {
    inTurn(server, "POST", CREATE, status(429).withHeader("retry-after", "2"), deployment());

    server.client().deployments().create(minimalCreate());

    assertEquals(2, posts(CREATE));
    assertEquals(java.util.Arrays.asList(2000L), server.sleeper().millis());
  }

  @Test
  void runAnsweredWithShouldRetryTrue_isRetried() {
    inTurn(server, "POST", RUN, status(503).withHeader("x-should-retry", "true"), run());

    server.client().deployments().run("depl_01ExampleMin");

    assertEquals(2, posts(RUN));
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void createWhoseConnectionDropsAfterTheBodyWasSent_isSentOnce(Fault fault) {
    inTurn(server, "POST", CREATE, aResponse().withFault(fault), deployment());

    ConnectionException e =
        assertThrows(ConnectionException.class, () -> server.client().deployments().create(minimalCreate()));

    assertEquals(1, posts(CREATE));
    assertTrue(e.isPossiblySent());
    assertTrue(e.getMessage().contains("the operation may have happened"), e.getMessage());
    assertTrue(server.sleeper().waits().isEmpty());
  }

  @ParameterizedTest
  @EnumSource(
      value = Fault.class,
      names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void runWhoseConnectionDropsAfterItWasSent_isSentOnce(Fault fault) {
    inTurn(server, "POST", RUN, aResponse().withFault(fault), run());

    ConnectionException e =
        assertThrows(ConnectionException.class, () -> server.client().deployments().run("depl_01ExampleMin"));

    assertEquals(1, posts(RUN));
    assertTrue(e.isPossiblySent());
  }

  @Test
  void createThatTimesOutWaitingForTheAnswer_isSentOnce() {
    inTurn(server, "POST", CREATE, deployment().withFixedDelay(2_000), deployment());

    ConnectionException e =
        assertThrows(
            ConnectionException.class,
            () ->
                server.client()
                    .deployments()
                    .withOptions(RequestOptions.defaults().withTimeout(Duration.ofMillis(400)))
                    .create(minimalCreate()));

    assertTrue(e.isPossiblySent());
    assertEquals(1, posts(CREATE));
  }

  @Test
  void createWhoseConnectionIsRefused_isRetriedBecauseNothingWasSent() throws Exception {
    try (DeploymentsClient refused = server.builderForClosedPort().build()) {
      ConnectionException e =
          assertThrows(
              ConnectionException.class, () -> refused.deployments().create(minimalCreate()));

      assertFalse(e.isPossiblySent());
    }
    assertEquals(java.util.Arrays.asList(500L, 1000L), server.sleeper().millis());
  }

  @Test
  void idempotentRetrieveWhoseConnectionResets_isRetried() {
    inTurn(
        server,
        "GET",
        "/v1/deployments/depl_01ExampleMin",
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.EMPTY_RESPONSE),
        deployment());

    server.client().deployments().retrieve("depl_01ExampleMin");

    assertEquals(3, server.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void okHttpsOwnRetryOnConnectionFailure_isOff_evenWhenTheCallersClientHasItOn() {
    OkHttpClient callers = new OkHttpClient.Builder().build();
    assertTrue(callers.retryOnConnectionFailure());
    try (DeploymentsClient shared = server.builder().okHttpClient(callers).build()) {
      assertFalse(TestSupport.httpClient(shared).retryOnConnectionFailure());
    } finally {
      callers.dispatcher().executorService().shutdown();
      callers.connectionPool().evictAll();
    }
  }

  @Test
  void aDroppedConnectionOnAPooledConnection_doesNotMakeOkHttpResendTheCreate() {
    // A first call leaves a pooled connection; the create then finds the server gone silent on it.
    OkHttpClient callers = new OkHttpClient.Builder().build();
    inTurn(server, "GET", "/v1/deployments/depl_01ExampleMin", deployment());
    inTurn(server, "POST", CREATE, aResponse().withFault(Fault.EMPTY_RESPONSE), deployment());
    try (DeploymentsClient shared =
        server.builder().okHttpClient(callers).maxRetries(2).build()) {
      shared.deployments().retrieve("depl_01ExampleMin");

      assertThrows(ConnectionException.class, () -> shared.deployments().create(minimalCreate()));
    } finally {
      callers.dispatcher().executorService().shutdown();
      callers.connectionPool().evictAll();
    }

    assertEquals(1, posts(CREATE));
  }

  @Test
  void aPooledConnectionThatFailsBeforeAnswering_isReplacedForAGet_notCountedAsARetry() {
    // A pooled connection that fails before any answer is what a server's idle close looks like:
    // a GET takes a new connection at once, even with no retries allowed; OkHttp itself resends
    // nothing (its own retry is off), so exactly one more request is made.
    inTurn(
        server,
        "GET",
        "/v1/deployments/depl_01ExampleMin",
        deployment(),
        aResponse().withFault(Fault.EMPTY_RESPONSE),
        deployment());
    try (DeploymentsClient once = server.builder().maxRetries(0).build()) {
      once.deployments().retrieve("depl_01ExampleMin");
      once.deployments().retrieve("depl_01ExampleMin");
    }

    assertEquals(3, server.findAll(anyRequestedFor(anyUrl())).size());
    assertTrue(server.sleeper().waits().isEmpty());
  }
}
