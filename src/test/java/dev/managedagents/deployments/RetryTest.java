package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.managedagents.deployments.ReliabilitySupport.FixedRandom;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** When calls are sent again, how long the client waits first, and that every attempt is the same. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class RetryTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.retrying();

  private static final String DEPLOYMENT_PATH = "/v1/deployments/depl_01ExampleMin";

  /** Stubs {@code method path} to answer {@code responses} in turn; the last one then repeats. */
  static void inTurn(
      WireMockExtension server, String method, String path, ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      ScenarioMappingBuilder mapping =
          request(method, urlPathEqualTo(path))
              .inScenario(method + path)
              .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "turn " + i)
              .willReturn(responses[i]);
      if (i < responses.length - 1) {
        mapping = mapping.willSetStateTo("turn " + (i + 1));
      }
      server.stubFor(mapping);
    }
  }

  static ResponseDefinitionBuilder status(int status) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withHeader("request-id", "req_" + status)
        .withBody(
            "{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"status "
                + status
                + "\"},\"request_id\":\"req_"
                + status
                + "\"}");
  }

  static ResponseDefinitionBuilder deployment() {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(fixture("deployment-minimal.json"));
  }

  private static int attempts() {
    return server.findAll(anyRequestedFor(anyUrl())).size();
  }

  @Test
  void serverErrors500Then500Then200_succeedOnTheThirdAttemptAfterTwoBackoffWaits() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(500), status(500), deployment());

    assertEquals("depl_01ExampleMin", server.client().deployments().retrieve("depl_01ExampleMin").getId());

    assertEquals(3, attempts());
    assertEquals(Arrays.asList(500L, 1000L), server.sleeper().millis());
  }

  @Test
  void rateLimited429WithRetryAfterSecondsThen200_waitsTheHintedSeconds() {
    inTurn(
        server, "GET", DEPLOYMENT_PATH, status(429).withHeader("retry-after", "3"), deployment());

    server.client().deployments().retrieve("depl_01ExampleMin");

    assertEquals(2, attempts());
    assertEquals(Arrays.asList(3000L), server.sleeper().millis());
  }

  @Test
  void retryAfterMsIsPreferredOverRetryAfter() {
    inTurn(
        server,
        "GET",
        DEPLOYMENT_PATH,
        status(429).withHeader("retry-after-ms", "1500").withHeader("retry-after", "10"),
        deployment());

    server.client().deployments().retrieve("depl_01ExampleMin");

    assertEquals(Arrays.asList(1500L), server.sleeper().millis());
  }

  @Test
  void retryAfterAsAnHttpDate_waitsUntilThatDate() {
    String in20Seconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(20));
    inTurn(
        server, "GET", DEPLOYMENT_PATH, status(503).withHeader("retry-after", in20Seconds), deployment());

    server.client().deployments().retrieve("depl_01ExampleMin");

    long waited = server.sleeper().millis().get(0);
    assertTrue(waited > 15_000 && waited <= 20_000, "waited " + waited + " ms");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "retry-after, soon",
    "retry-after, -3",
    "retry-after, 0",
    "retry-after, 'Wed, 21 Oct 2015 07:28:00 GMT'",
    "retry-after-ms, abc",
    "retry-after-ms, -1",
    "retry-after-ms, NaN",
  })
  // A hint past the 60 s cap is not unusable: it means "not now" (ServerSignalsTest).
  void unusableRetryHints_fallBackToTheBackoff(String header, String value) {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(503).withHeader(header, value), deployment());

    server.client().deployments().retrieve("depl_01ExampleMin");

    assertEquals(Arrays.asList(500L), server.sleeper().millis());
  }

  @Test
  void serviceUnavailablePastTheRetryBudget_throwsAfterThreeAttempts() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(503));

    InternalServerException e =
        assertThrows(
            InternalServerException.class,
            () -> server.client().deployments().retrieve("depl_01ExampleMin"));

    assertEquals(503, e.getStatus());
    assertEquals("req_503", e.getRequestId());
    assertEquals(3, attempts());
    assertEquals(Arrays.asList(500L, 1000L), server.sleeper().millis());
  }

  @Test
  void maxRetriesPerClient_backoffDoublesUpToTheEightSecondCap() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(500));
    try (DeploymentsClient six = server.builder().maxRetries(6).build()) {
      assertThrows(
          InternalServerException.class, () -> six.deployments().retrieve("depl_01ExampleMin"));
    }

    assertEquals(7, attempts());
    assertEquals(Arrays.asList(500L, 1000L, 2000L, 4000L, 8000L, 8000L), server.sleeper().millis());
  }

  @Test
  void maxRetriesZeroPerClient_sendsOnce() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(500));
    try (DeploymentsClient none = server.builder().maxRetries(0).build()) {
      assertThrows(
          InternalServerException.class, () -> none.deployments().retrieve("depl_01ExampleMin"));
    }

    assertEquals(1, attempts());
    assertTrue(server.sleeper().waits().isEmpty());
  }

  @Test
  void maxRetriesZeroPerCall_sendsOnceAndLeavesTheClientAsItWas() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(500));

    assertThrows(
        InternalServerException.class,
        () ->
            server.client()
                .deployments()
                .withOptions(RequestOptions.defaults().withMaxRetries(0))
                .retrieve("depl_01ExampleMin"));
    assertEquals(1, attempts());

    assertThrows(
        InternalServerException.class, () -> server.client().deployments().retrieve("depl_01ExampleMin"));
    assertEquals(4, attempts());
  }

  @Test
  void maxRetriesPerCallForRuns_appliesToDeploymentRunsToo() {
    inTurn(server, "GET", "/v1/deployment_runs/drun_01", status(502));

    assertThrows(
        InternalServerException.class,
        () ->
            server.client()
                .deploymentRuns()
                .withOptions(RequestOptions.defaults().withMaxRetries(1))
                .retrieve("drun_01"));

    assertEquals(2, attempts());
  }

  @Test
  void jitterTakesUpToAQuarterOffEachWait() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(500));
    try (DeploymentsClient jittery =
        server.builder().random(new FixedRandom(0.999_999)).maxRetries(4).build()) {
      assertThrows(
          InternalServerException.class,
          () -> jittery.deployments().retrieve("depl_01ExampleMin"));
    }

    List<Long> waits = server.sleeper().millis();
    long[] base = {500, 1000, 2000, 4000};
    assertEquals(base.length, waits.size());
    for (int i = 0; i < base.length; i++) {
      assertTrue(
          waits.get(i) >= base[i] * 3 / 4 && waits.get(i) < base[i],
          "wait " + i + " was " + waits.get(i) + " ms");
    }
  }

  @Test
  void realRandomJitter_staysWithinTheBackoffBounds() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(500));
    try (DeploymentsClient random =
        new DeploymentsClient.Builder(java.util.Collections.emptyMap())
            .apiKey(ReliabilitySupport.API_KEY)
            .baseUrl(server.ipBaseUrl())
            .sleeper(server.sleeper())
            .maxRetries(10)
            .build()) {
      assertThrows(
          InternalServerException.class, () -> random.deployments().retrieve("depl_01ExampleMin"));
    }

    List<Long> waits = server.sleeper().millis();
    assertEquals(10, waits.size());
    for (int i = 0; i < waits.size(); i++) {
      long cap = Math.min(500L << i, 8000L);
      assertTrue(
          waits.get(i) >= cap * 3 / 4 && waits.get(i) <= cap, "wait " + i + ": " + waits.get(i));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 413, 422})
  void otherClientErrors_areNeverRetried(int status) {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(status), deployment());

    ApiException e =
        assertThrows(ApiException.class, () -> server.client().deployments().retrieve("depl_01ExampleMin"));

    assertEquals(status, e.getStatus());
    assertEquals(1, attempts());
    assertTrue(server.sleeper().waits().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 409, 429, 500, 502, 503, 504, 529})
  void retryableStatuses_areRetried(int status) {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(status), deployment());

    server.client().deployments().retrieve("depl_01ExampleMin");

    assertEquals(2, attempts());
  }

  @Test
  void shouldRetryFalse_stopsARetryableStatus() {
    inTurn(
        server, "GET", DEPLOYMENT_PATH, status(503).withHeader("x-should-retry", "false"), deployment());

    assertThrows(
        InternalServerException.class, () -> server.client().deployments().retrieve("depl_01ExampleMin"));
    assertEquals(1, attempts());
  }

  @Test
  void shouldRetryTrue_retriesAnOtherwiseFinalStatus() {
    inTurn(
        server, "GET", DEPLOYMENT_PATH, status(400).withHeader("x-should-retry", "true"), deployment());

    server.client().deployments().retrieve("depl_01ExampleMin");

    assertEquals(2, attempts());
  }

  @Test
  void aRetriedRequest_isByteIdenticalToTheFirst() {
    inTurn(server, "POST", DEPLOYMENT_PATH, status(500), status(502), deployment());
    UpdateDeploymentParams patch =
        UpdateDeploymentParams.builder()
            .name("renamed")
            .description(null)
            .putMetadata("team", null)
            .putMetadata("owner", "ops")
            .build();
    try (DeploymentsClient withBeta =
        server.builder().addBeta("extra-2026-01-01").workspaceId("wrkspc_01").build()) {
      withBeta.deployments().update("depl_01ExampleMin", patch);
    }

    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertEquals(3, requests.size());
    LoggedRequest first = requests.get(0);
    assertEquals(
        "{\"name\":\"renamed\",\"description\":null,\"metadata\":{\"team\":null,\"owner\":\"ops\"}}",
        first.getBodyAsString());
    for (LoggedRequest retry : requests.subList(1, 3)) {
      assertEquals(first.getMethod(), retry.getMethod());
      assertEquals(first.getUrl(), retry.getUrl());
      assertArrayEquals(first.getBody(), retry.getBody());
      assertEquals(headers(first), headers(retry));
    }
    assertEquals("Bearer " + ReliabilitySupport.API_KEY, first.getHeader("Authorization"));
    assertEquals("managed-agents-2026-04-01,extra-2026-01-01", first.getHeader("anthropic-beta"));
  }

  @Test
  void aRetriedListRequest_keepsItsQuery() {
    inTurn(server, "GET", "/v1/deployments", status(500), aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(fixture("deployment-page.json")));

    server.client()
        .deployments()
        .list(ListDeploymentsParams.builder().status(DeploymentStatus.PAUSED).limit(7).build());

    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertEquals(2, requests.size());
    assertEquals("/v1/deployments?status=paused&limit=7", requests.get(0).getUrl());
    assertEquals(requests.get(0).getUrl(), requests.get(1).getUrl());
    assertEquals(headers(requests.get(0)), headers(requests.get(1)));
  }

  private static Map<String, List<String>> headers(LoggedRequest request) {
    Map<String, List<String>> out = new TreeMap<>();
    for (String name : request.getAllHeaderKeys()) {
      out.put(name.toLowerCase(java.util.Locale.ROOT), request.header(name).values());
    }
    return out;
  }

  @Test
  void aWaitThatWouldOutlastTheCallTimeout_isNotStarted() {
    inTurn(
        server, "GET", DEPLOYMENT_PATH, status(503).withHeader("retry-after-ms", "5000"), deployment());
    long started = System.nanoTime();

    InternalServerException e =
        assertThrows(
            InternalServerException.class,
            () ->
                server.client()
                    .deployments()
                    .withOptions(RequestOptions.defaults().withTimeout(Duration.ofSeconds(1)))
                    .retrieve("depl_01ExampleMin"));

    assertEquals(503, e.getStatus());
    assertEquals(1, attempts());
    assertTrue(server.sleeper().waits().isEmpty());
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1));
  }

  @Test
  void asyncCalls_areRetriedTheSameWay() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(500), status(529), deployment());

    assertEquals(
        "depl_01ExampleMin",
        server.client().deployments().retrieveAsync("depl_01ExampleMin").join().getId());
    assertEquals(3, attempts());
    assertEquals(Arrays.asList(500L, 1000L), server.sleeper().millis());
  }

  @Test
  void asyncCallsPastTheBudget_failTheFutureWithTheTypedException() {
    inTurn(server, "GET", DEPLOYMENT_PATH, status(503));

    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> server.client().deployments().retrieveAsync("depl_01ExampleMin").join());

    assertInstanceOf(InternalServerException.class, e.getCause());
    assertEquals(3, attempts());
  }

  @Test
  void connectionRefused_isRetriedAndSaysNothingWasSent() throws Exception {
    try (DeploymentsClient refused = server.builderForClosedPort().build()) {
      ConnectionException e =
          assertThrows(
              ConnectionException.class,
              () -> refused.deployments().retrieve("depl_01ExampleMin"));

      assertFalse(e.isPossiblySent());
      assertTrue(e.getMessage().contains("nothing was sent"), e.getMessage());
      assertInstanceOf(java.net.ConnectException.class, e.getCause());
    }
    assertEquals(Arrays.asList(500L, 1000L), server.sleeper().millis());
  }
}
