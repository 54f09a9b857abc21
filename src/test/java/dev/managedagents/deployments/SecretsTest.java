package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static dev.managedagents.deployments.ReliabilitySupport.minimalCreate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import dev.managedagents.deployments.model.BranchCheckout;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.RawJson;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A canary API key and a canary repository token go through every operation, error path and the
 * logger; neither may appear in any toString, exception message (causes included) or log line.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SecretsTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String KEY = "sk-ant-CANARY-key-4f1d9c2e7b";
  private static final String TOKEN = "ghp_CANARYtoken8c3a5e0d9f1b";

  private final List<String> logs = new CopyOnWriteArrayList<>();
  /** Every string the caller could see: messages, toStrings, excerpts. */
  private final List<String> shown = new ArrayList<>();

  private DeploymentsClient client;

  @BeforeEach
  void setUp() {
    client =
        new DeploymentsClient.Builder(Collections.emptyMap())
            .apiKey(KEY)
            .baseUrl("http://127.0.0.1:" + server.getPort())
            .sleeper(new RecordingSleeper())
            .maxRetries(1)
            .logger(logs::add)
            .build();
    ok(any(anyUrl()), "deployment-minimal.json");
    ok(get(urlPathEqualTo("/v1/deployments")), "deployment-page.json");
    ok(get(urlPathEqualTo("/v1/deployment_runs")), "deployment-run-page.json");
    ok(get(urlPathEqualTo("/v1/deployment_runs/drun_01")), "deployment-run-ok.json");
    ok(post(urlPathEqualTo("/v1/deployments/depl_01/run")), "deployment-run-ok.json");
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static void ok(com.github.tomakehurst.wiremock.client.MappingBuilder request, String body) {
    server.stubFor(
        request.willReturn(
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("request-id", "req_01")
                .withBody(fixture(body))));
  }

  private static void answerCreate(ResponseDefinitionBuilder response) {
    server.stubFor(post(urlPathEqualTo("/v1/deployments")).willReturn(response));
  }

  private static GitHubRepositoryResourceParam repository() {
    return GitHubRepositoryResourceParam.builder()
        .url("https://github.com/example/private")
        .authorizationToken(TOKEN)
        .checkout(BranchCheckout.builder().name("main").build())
        .build();
  }

  private static CreateDeploymentParams createWithToken() {
    return minimalCreate().toBuilder()
        .resources(
            Arrays.<ResourceParam>asList(
                repository(),
                // A variant this SDK does not know yet, carrying a token too.
                ResourceParam.Unknown.of(
                    RawJson.of(
                        "{\"type\":\"gitlab_repository\",\"authorization_token\":\""
                            + TOKEN
                            + "\"}"))))
        .build();
  }

  private static UpdateDeploymentParams updateWithToken() {
    return UpdateDeploymentParams.builder()
        .resources(Collections.<ResourceParam>singletonList(repository()))
        .build();
  }

  /** Runs a call expected to fail and records everything its exception shows. */
  private void failing(Runnable call) {
    DeploymentsException e = assertThrows(DeploymentsException.class, call::run);
    record(e);
  }

  private void record(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      shown.add(t.toString());
      shown.add(String.valueOf(t.getMessage()));
      shown.add(String.valueOf(t.getLocalizedMessage()));
      for (Throwable suppressed : t.getSuppressed()) {
        record(suppressed);
      }
      if (t instanceof ApiException) {
        ApiException api = (ApiException) t;
        shown.add(api.getBodyExcerpt());
        shown.add(api.getHeaders().toString());
        shown.add(String.valueOf(api.getError()));
      }
      if (t instanceof DecodeException) {
        shown.add(((DecodeException) t).getBodyExcerpt());
      }
    }
  }

  private void assertNoCanary() {
    assertFalse(logs.isEmpty(), "the logger saw the calls");
    List<String> everything = new ArrayList<>(shown);
    everything.addAll(logs);
    for (String text : everything) {
      assertFalse(text.contains(KEY), "the API key leaked: " + text);
      assertFalse(text.contains(TOKEN), "the token leaked: " + text);
      // Not even in part: the key's and the token's distinctive middles.
      assertFalse(text.contains("CANARY"), "a canary leaked: " + text);
    }
  }

  @Test
  void everyOperationAndItsLogs_neverShowTheKeyOrTheToken() {
    shown.add(client.deployments().create(createWithToken()).toString());
    shown.add(client.deployments().createAsync(createWithToken()).join().toString());
    shown.add(client.deployments().update("depl_01", updateWithToken()).toString());
    shown.add(client.deployments().updateAsync("depl_01", updateWithToken()).join().toString());
    shown.add(client.deployments().list().getData().toString());
    shown.add(client.deployments().retrieve("depl_01").toString());
    shown.add(client.deployments().archive("depl_01").toString());
    shown.add(client.deployments().pause("depl_01").toString());
    shown.add(client.deployments().unpause("depl_01").toString());
    shown.add(client.deployments().run("depl_01").toString());
    shown.add(client.deploymentRuns().list().getData().toString());
    shown.add(client.deploymentRuns().retrieve("drun_01").toString());

    assertNoCanary();
    // The secrets did go where they belong: to the server.
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertEquals(12, requests.size());
    assertEquals("Bearer " + KEY, requests.get(0).getHeader("Authorization"));
    assertTrue(requests.get(0).getBodyAsString().contains("\"authorization_token\":\"" + TOKEN + "\""));
    // And the logs say what was masked.
    String firstRequestLog = logs.get(0);
    assertTrue(firstRequestLog.startsWith("--> POST http://127.0.0.1:"), firstRequestLog);
    assertTrue(firstRequestLog.contains("\nAuthorization: [redacted]"), firstRequestLog);
    assertTrue(firstRequestLog.contains("\"authorization_token\":\"[redacted]\""), firstRequestLog);
    assertTrue(logs.get(1).startsWith("<-- 200 POST"), logs.get(1));
    assertTrue(logs.get(1).contains("depl_01ExampleMin"), logs.get(1));
  }

  @Test
  void errorsThatEchoTheSecrets_neverShowThem() {
    String echo = "key " + KEY + " and token " + TOKEN;
    // An error envelope repeating both.
    answerCreate(
        aResponse()
            .withStatus(400)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\""
                    + echo
                    + "\"},\"request_id\":\"req_01\"}"));
    failing(() -> client.deployments().create(createWithToken()));
    // A proxy page that prints the request.
    answerCreate(
        aResponse()
            .withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<pre>Authorization: Bearer " + KEY + "\n{\"authorization_token\":\"" + TOKEN + "\"}</pre>"));
    failing(() -> client.deployments().create(createWithToken()));
    // A 200 that is not a deployment and repeats them.
    answerCreate(aResponse().withStatus(200).withBody("<html>" + echo + "</html>"));
    failing(() -> client.deployments().create(createWithToken()));
    // A 200 carrying the error envelope.
    answerCreate(
        aResponse()
            .withStatus(200)
            .withBody("{\"type\":\"error\",\"error\":{\"type\":\"api_error\",\"message\":\"" + echo + "\"}}"));
    failing(() -> join(client.deployments().createAsync(createWithToken())));
    // JSON cut off inside an echoed token.
    answerCreate(
        aResponse()
            .withStatus(200)
            .withBody("{\"id\":\"depl_01\",\"resources\":[{\"authorization_token\":\"" + TOKEN));
    failing(() -> client.deployments().create(createWithToken()));
    // The network.
    answerCreate(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    failing(() -> client.deployments().create(createWithToken()));
    answerCreate(aResponse().withFixedDelay(3_000));
    failing(
        () ->
            client
                .deployments()
                .withOptions(RequestOptions.defaults().withTimeout(Duration.ofMillis(200)))
                .create(createWithToken()));
    // Refused before sending.
    failing(
        () ->
            client
                .deployments()
                .create(createWithToken().toBuilder().initialEvents(Collections.emptyList()).build()));
    failing(() -> client.deployments().update("..", updateWithToken()));

    assertNoCanary();
    assertTrue(shown.stream().anyMatch(s -> s.contains("key [redacted] and token [redacted]")));
  }

  @Test
  void toStringOfEveryObjectHoldingASecret_masksIt() {
    shown.add(client.toString());
    shown.add(
        new DeploymentsClient.Builder(Collections.emptyMap()).apiKey(KEY).logger(logs::add).toString());
    shown.add(TestSupport.httpClient(client).interceptors().toString());
    shown.add(TestSupport.httpClient(client).networkInterceptors().toString());
    shown.add(createWithToken().toString());
    shown.add(updateWithToken().toString());
    shown.add(repository().toString());
    shown.add(createWithToken().getResources().toString());
    shown.add(RequestOptions.defaults().withMaxRetries(0).toString());
    shown.add(client.deployments().toString());
    logs.add("(the logger is not under test here)");

    assertNoCanary();
    // One mask everywhere: a model's toString shows the messages' and logs' mask.
    assertTrue(
        repository().toString().contains("authorizationToken=" + Redactor.MASK),
        repository().toString());
  }

  @Test
  void aLoggerThatThrows_doesNotFailTheCall() {
    Consumer<String> broken =
        line -> {
          throw new IllegalStateException("logger down");
        };
    try (DeploymentsClient withBrokenLogger =
        new DeploymentsClient.Builder(Collections.emptyMap())
            .apiKey(KEY)
            .baseUrl("http://127.0.0.1:" + server.getPort())
            .logger(broken)
            .build()) {
      assertEquals("depl_01ExampleMin", withBrokenLogger.deployments().retrieve("depl_01").getId());
    }
  }

  @Test
  void withoutALogger_nothingIsLogged() {
    try (DeploymentsClient quiet =
        new DeploymentsClient.Builder(Collections.emptyMap())
            .apiKey(KEY)
            .baseUrl("http://127.0.0.1:" + server.getPort())
            .build()) {
      quiet.deployments().retrieve("depl_01");
      assertFalse(
          TestSupport.httpClient(quiet).interceptors().stream()
              .anyMatch(i -> i instanceof LoggingInterceptor));
    }
    assertTrue(logs.isEmpty());
  }

  @Test
  void everyRetryAttemptIsLogged() {
    server.stubFor(
        get(urlPathEqualTo("/v1/deployments/depl_02"))
            .willReturn(aResponse().withStatus(503).withHeader("request-id", "req_503")));

    assertThrows(InternalServerException.class, () -> client.deployments().retrieve("depl_02"));

    assertEquals(4, logs.size(), String.join("\n---\n", logs));
    assertTrue(logs.get(1).startsWith("<-- 503 GET"), logs.get(1));
    assertTrue(logs.get(3).startsWith("<-- 503 GET"), logs.get(3));
    assertTrue(logs.get(3).contains("request-id: req_503"), logs.get(3));
  }

  private static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
    return FaultInjectionTest.join(future);
  }
}
