package dev.managedagents.deployments;

import static dev.managedagents.deployments.LocalServerFixture.minimalParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.LocalServerFixture.RawResponse;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.testing.LocalDeploymentsServer;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every refusal of the server, each with the documented envelope, a request ID and a message that
 * names the field. Raw HTTP sends what the client would refuse to send itself.
 */
class LocalServerRefusalsTest {
  private static final String EVENT =
      "{\"type\":\"user.message\",\"content\":[{\"type\":\"text\",\"text\":\"Go.\"}]}";
  private static final String MINIMAL =
      "\"agent\":\"agent_01A\",\"environment_id\":\"env_01E\",\"name\":\"n\",\"initial_events\":[" + EVENT + "]";

  private final LocalServerFixture f = new LocalServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private static String repeat(String text, int times) {
    return IntStream.range(0, times).mapToObj(i -> text).collect(Collectors.joining());
  }

  private static String list(String item, int times) {
    return IntStream.range(0, times).mapToObj(i -> item.replace("#", Integer.toString(i))).collect(Collectors.joining(","));
  }

  private static void assertInvalid(RawResponse response, String field) {
    assertEquals(400, response.status, response.body);
    assertEquals("invalid_request_error", response.errorType(), response.body);
    assertTrue(response.message().startsWith(field + ":"), "names " + field + ": " + response.message());
    assertRequestId(response);
  }

  private static void assertRequestId(RawResponse response) {
    String header = response.headers.get("request-id");
    assertNotNull(header, "request-id header");
    assertTrue(header.startsWith("req_"), header);
    assertEquals(header, response.envelope().getRequestId());
  }

  @ParameterizedTest(name = "create without {0}")
  @ValueSource(strings = {"agent", "environment_id", "name", "initial_events"})
  void createWithoutARequiredFieldIsRefusedNamingIt(String field) {
    String body =
        "{" + MINIMAL.replaceAll("\"" + field + "\":(\"[^\"]*\"|\\[.*\\])(,|$)", "").replaceAll(",$", "") + "}";

    assertInvalid(f.raw("POST", "/v1/deployments", body), field);
  }

  static Object[][] limitsExceeded() {
    return new Object[][] {
      {"initial_events", "\"initial_events\":[" + list(EVENT, 51) + "]"},
      {"initial_events", "\"initial_events\":[]"},
      {"name", "\"name\":\"\""},
      {"metadata", "\"metadata\":{" + list("\"k#\":\"v\"", 17) + "}"},
      {"metadata." + repeat("k", 65), "\"metadata\":{\"" + repeat("k", 65) + "\":\"v\"}"},
      {"metadata.k", "\"metadata\":{\"k\":\"" + repeat("v", 513) + "\"}"},
      {"resources", "\"resources\":[" + list("{\"type\":\"file\",\"file_id\":\"file_#\"}", 501) + "]"},
      {"vault_ids", "\"vault_ids\":[" + list("\"vlt_#\"", 51) + "]"},
      {
        "initial_events[0].rubric.content",
        "\"initial_events\":[{\"type\":\"user.define_outcome\",\"description\":\"d\","
            + "\"rubric\":{\"type\":\"text\",\"content\":\"" + repeat("r", 262145) + "\"}}]"
      },
      {
        "initial_events[0].max_iterations",
        "\"initial_events\":[{\"type\":\"user.define_outcome\",\"description\":\"d\","
            + "\"rubric\":{\"type\":\"file\",\"file_id\":\"file_1\"},\"max_iterations\":21}]"
      },
      {
        "resources[0].instructions",
        "\"resources\":[{\"type\":\"memory_store\",\"memory_store_id\":\"memstore_1\",\"instructions\":\""
            + repeat("i", 4097) + "\"}]"
      },
      {"schedule.expression", "\"schedule\":{\"type\":\"cron\",\"expression\":\"0 9 * *\",\"timezone\":\"UTC\"}"},
      {"schedule.expression", "\"schedule\":{\"type\":\"cron\",\"expression\":\"@daily\",\"timezone\":\"UTC\"}"},
      {"schedule.expression", "\"schedule\":{\"type\":\"cron\",\"expression\":\"0 9 L * *\",\"timezone\":\"UTC\"}"},
      {"schedule.timezone", "\"schedule\":{\"type\":\"cron\",\"expression\":\"0 9 * * *\",\"timezone\":\"Mars/Olympus\"}"},
      {"schedule.timezone", "\"schedule\":{\"type\":\"cron\",\"expression\":\"0 9 * * *\"}"},
      {"initial_events[0].type", "\"initial_events\":[{\"type\":\"user.shout\"}]"},
      {"initial_events[0].content[0].type", "\"initial_events\":[{\"type\":\"user.message\",\"content\":[{\"type\":\"video\"}]}]"},
      {"resources[0].type", "\"resources\":[{\"type\":\"s3_bucket\"}]"},
      {"initial_events[0]", "\"initial_events\":[{\"type\":\"system.message\",\"content\":[{\"type\":\"text\",\"text\":\"s\"}]}]"},
      {"budget.max_list_cost.currency", "\"budget\":{\"type\":\"limit\",\"max_list_cost\":{\"amount\":\"100\",\"currency\":\"EUR\"}}"},
      {"budget.max_list_cost.amount", "\"budget\":{\"type\":\"limit\",\"max_list_cost\":{\"amount\":\"lots\",\"currency\":\"USD\"}}"},
      {"surprise", "\"surprise\":true"},
    };
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitsExceeded")
  void createBreakingARuleIsRefusedNamingTheField(String field, String override) {
    String name = override.substring(1, override.indexOf('"', 1));
    String base = MINIMAL.replaceAll("\"" + name + "\":(\"[^\"]*\"|\\[.*\\])(,|$)", "").replaceAll(",$", "");
    String body = "{" + base + "," + override + "}";

    assertInvalid(f.raw("POST", "/v1/deployments", body), field);
    assertEquals(0, f.deployments().list().getData().size(), "nothing was created");
  }

  @ParameterizedTest(name = "update {0}")
  @CsvSource({
    "agent, {\"agent\":null}",
    "environment_id, {\"environment_id\":null}",
    "initial_events, {\"initial_events\":null}",
    "name, {\"name\":null}",
    "metadata, {\"metadata\":null}",
    "initial_events, {\"initial_events\":[]}",
    "schedule.expression, '{\"schedule\":{\"type\":\"cron\",\"expression\":\"61 * * * *\",\"timezone\":\"UTC\"}}'",
  })
  void updateBreakingARuleIsRefusedNamingTheField(String field, String body) {
    Deployment created = f.deployments().create(minimalParams("kept").build());

    assertInvalid(f.raw("POST", "/v1/deployments/" + created.getId(), body), field);
    assertEquals(created, f.deployments().retrieve(created.getId()), "nothing changed");
  }

  @Test
  void metadataPatchThatWouldLeaveMoreThanSixteenKeysIsRefused() {
    UpdateDeploymentParams.Builder sixteen = UpdateDeploymentParams.builder();
    for (int i = 0; i < 16; i++) {
      sixteen.putMetadata("k" + i, "v");
    }
    Deployment created = f.deployments().create(minimalParams("full").build());
    f.deployments().update(created.getId(), sixteen.build());

    BadRequestException refused =
        assertThrows(
            BadRequestException.class,
            () ->
                f.deployments()
                    .update(created.getId(), UpdateDeploymentParams.builder().putMetadata("one-more", "v").build()));

    assertTrue(refused.getMessage().contains("metadata:"), refused.getMessage());
    assertEquals(16, f.deployments().retrieve(created.getId()).getMetadata().size());
  }

  @Test
  void metadataPatchThatDeletesAsItAddsStaysWithinTheLimit() {
    UpdateDeploymentParams.Builder sixteen = UpdateDeploymentParams.builder();
    for (int i = 0; i < 16; i++) {
      sixteen.putMetadata("k" + i, "v");
    }
    Deployment created = f.deployments().create(minimalParams("full").build());
    f.deployments().update(created.getId(), sixteen.build());

    Deployment updated =
        f.deployments()
            .update(
                created.getId(),
                UpdateDeploymentParams.builder().putMetadata("k0", null).putMetadata("new", "v").build());

    assertEquals(16, updated.getMetadata().size());
  }

  @Test
  void clientRefusesWhatBreaksALimitBeforeSending() {
    int before = f.server.requestCount();

    ValidationException refused =
        assertThrows(
            ValidationException.class,
            () ->
                f.deployments()
                    .create(
                        minimalParams("bad-cron")
                            .schedule(LocalServerFixture.cron("0 9 * *", "UTC"))
                            .build()));

    assertTrue(refused.getMessage().contains("schedule.expression"), refused.getMessage());
    assertEquals(before, f.server.requestCount(), "nothing was sent");
  }

  @Test
  void unknownDeploymentIsNotFound() {
    NotFoundException missing =
        assertThrows(NotFoundException.class, () -> f.deployments().retrieve("depl_01Missing"));

    assertEquals("not_found_error", missing.getErrorType());
    assertTrue(missing.getMessage().contains("depl_01Missing"), missing.getMessage());
    assertTrue(missing.getRequestId().startsWith("req_"));
  }

  @Test
  void everyOperationOnAnUnknownDeploymentIsNotFound() {
    String id = "depl_01Missing";

    assertThrows(NotFoundException.class, () -> f.deployments().update(id, UpdateDeploymentParams.builder().build()));
    assertThrows(NotFoundException.class, () -> f.deployments().archive(id));
    assertThrows(NotFoundException.class, () -> f.deployments().pause(id));
    assertThrows(NotFoundException.class, () -> f.deployments().unpause(id));
    assertThrows(NotFoundException.class, () -> f.deployments().run(id));
  }

  @Test
  void unknownRunIsNotFound() {
    NotFoundException missing =
        assertThrows(NotFoundException.class, () -> f.runs().retrieve("drun_01Missing"));

    assertEquals(404, missing.getStatus());
  }

  @Test
  void idWithASlashStaysOneSegment() {
    NotFoundException missing =
        assertThrows(NotFoundException.class, () -> f.deployments().retrieve("depl_01/archive"));

    assertTrue(missing.getMessage().contains("depl_01/archive"), missing.getMessage());
  }

  @Test
  void runsOfAnUnknownDeploymentAreAnEmptyPage() {
    assertTrue(
        f.runs().list(ListDeploymentRunsParams.builder().deploymentId("depl_01Missing").build()).getData().isEmpty());
  }

  @Test
  void wrongApiKeyIsAnAuthenticationError() {
    try (DeploymentsClient stranger = f.clientBuilder().apiKey("sk-wrong").build()) {
      AuthenticationException refused =
          assertThrows(AuthenticationException.class, () -> stranger.deployments().list());

      assertEquals("authentication_error", refused.getErrorType());
      assertTrue(!refused.getMessage().contains("sk-wrong"), "the key is not echoed");
    }
  }

  @Test
  void serverBuiltWithAKeyRequiresThatKey() {
    try (LocalDeploymentsServer server = LocalDeploymentsServer.builder().apiKey("sk-mine").start();
        DeploymentsClient mine = DeploymentsClient.builder().baseUrl(server.baseUrl()).apiKey("sk-mine").build();
        DeploymentsClient defaultKey =
            DeploymentsClient.builder().baseUrl(server.baseUrl()).apiKey(LocalDeploymentsServer.DEFAULT_API_KEY).build()) {
      assertEquals("sk-mine", server.apiKey());
      assertTrue(mine.deployments().list().getData().isEmpty());
      assertThrows(AuthenticationException.class, () -> defaultKey.deployments().list());
    }
  }

  @Test
  void serverThatAcceptsAnyKeyStillNeedsOne() {
    try (LocalDeploymentsServer server = LocalDeploymentsServer.builder().acceptAnyApiKey().start();
        DeploymentsClient any = DeploymentsClient.builder().baseUrl(server.baseUrl()).apiKey("sk-whatever").build()) {
      assertTrue(any.deployments().list().getData().isEmpty());
      Request keyless =
          new Request.Builder()
              .url(server.baseUrl() + "/v1/deployments")
              .header("anthropic-version", "2026-10-21")
              .header("anthropic-beta", DeploymentsClient.MANAGED_AGENTS_BETA)
              .build();
      assertEquals(401, LocalServerFixture.send(keyless).status);
    }
  }

  @Test
  void closingTwiceIsHarmlessAndFreesThePort() {
    LocalDeploymentsServer server = LocalDeploymentsServer.start();
    String url = server.baseUrl();
    server.close();
    server.close();

    try (DeploymentsClient client =
        DeploymentsClient.builder().baseUrl(url).apiKey(server.apiKey()).maxRetries(0).build()) {
      assertThrows(ConnectionException.class, () -> client.deployments().list());
    }
  }

  @Test
  void missingApiKeyIsAnAuthenticationError() {
    Request request = f.rawRequest("GET", "/v1/deployments", "").removeHeader("Authorization").build();

    RawResponse response = LocalServerFixture.send(request);

    assertEquals(401, response.status);
    assertEquals("authentication_error", response.errorType());
    assertRequestId(response);
  }

  @Test
  void missingBetaHeaderIsRefused() {
    Request request = f.rawRequest("GET", "/v1/deployments", "").removeHeader("anthropic-beta").build();

    assertInvalid(LocalServerFixture.send(request), "anthropic-beta");
  }

  @Test
  void betaHeaderWithoutTheManagedAgentsBetaIsRefused() {
    Request request = f.rawRequest("GET", "/v1/deployments", "").header("anthropic-beta", "files-api-2025-04-14").build();

    assertInvalid(LocalServerFixture.send(request), "anthropic-beta");
  }

  @Test
  void betaHeaderListingOtherBetasToo() {
    Request request =
        f.rawRequest("GET", "/v1/deployments", "")
            .header("anthropic-beta", "files-api-2025-04-14, " + DeploymentsClient.MANAGED_AGENTS_BETA)
            .build();

    assertEquals(200, LocalServerFixture.send(request).status);
  }

  @Test
  void missingVersionHeaderIsRefused() {
    Request request = f.rawRequest("GET", "/v1/deployments", "").removeHeader("anthropic-version").build();

    assertInvalid(LocalServerFixture.send(request), "anthropic-version");
  }

  @Test
  void successfulResponsesCarryARequestIdToo() {
    RawResponse response = f.raw("GET", "/v1/deployments", "");

    assertEquals(200, response.status);
    assertTrue(response.headers.get("request-id").startsWith("req_"));
  }

  @Test
  void statusCombinedWithIncludeArchivedIsRefused() {
    assertInvalid(f.raw("GET", "/v1/deployments?status=active&include_archived=false", ""), "status");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "limit, /v1/deployments?limit=101",
    "limit, /v1/deployments?limit=0",
    "limit, /v1/deployments?limit=ten",
    "limit, /v1/deployment_runs?limit=1001",
    "status, /v1/deployments?status=archived",
    "include_archived, /v1/deployments?include_archived=yes",
    "created_at[gte], /v1/deployments?created_at%5Bgte%5D=yesterday",
    "has_error, /v1/deployment_runs?has_error=1",
    "trigger_type, /v1/deployment_runs?trigger_type=webhook",
    "created_at[lt], /v1/deployment_runs?created_at%5Blt%5D=2026-13-01T00:00:00Z",
  })
  void badQueryParameterIsRefusedNamingIt(String parameter, String pathAndQuery) {
    assertInvalid(f.raw("GET", pathAndQuery, ""), parameter);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'status: \"archived\" is not one of active, paused', /v1/deployments?status=archived",
    "'trigger_type: \"webhook\" is not one of schedule, manual',"
        + " /v1/deployment_runs?trigger_type=webhook",
  })
  void anEnumParameterListsTheSpecsValues(String message, String pathAndQuery) {
    assertEquals(message, f.raw("GET", pathAndQuery, "").message());
  }

  @Test
  void aVariantTheSpecDoesNotHaveIsRefusedListingThoseItHas() {
    String body = "{" + MINIMAL.replace("\"type\":\"user.message\"", "\"type\":\"user.new\"") + "}";

    RawResponse response = f.raw("POST", "/v1/deployments", body);

    assertInvalid(response, "initial_events[0].type");
    assertEquals(
        "initial_events[0].type: \"user.new\" is not one of system.message, user.define_outcome,"
            + " user.message",
        response.message());
  }

  @Test
  void aListWithoutALimitHasTheSpecsDefaultPageSize() {
    for (int i = 0; i < 21; i++) {
      f.deployments().create(minimalParams("d" + i).build());
    }

    assertEquals(20, f.deployments().list().getData().size());
  }

  @Test
  void invalidCursorIsABadRequest() {
    BadRequestException refused =
        assertThrows(
            BadRequestException.class,
            () -> f.runs().list(ListDeploymentRunsParams.builder().page("page_bogus").build()));

    assertTrue(refused.getMessage().contains("page:"), refused.getMessage());
  }

  @Test
  void cursorOfTheOtherListIsRefused() {
    for (int i = 0; i < 3; i++) {
      f.deployments().create(minimalParams("d" + i).build());
    }
    String deploymentsCursor =
        f.deployments().list(ListDeploymentsParams.builder().limit(1).build()).getNextPageCursor();

    assertThrows(
        BadRequestException.class,
        () -> f.runs().list(ListDeploymentRunsParams.builder().page(deploymentsCursor).build()));
  }

  @Test
  void malformedJsonIsRefused() {
    RawResponse response = f.raw("POST", "/v1/deployments", "{\"agent\":");

    assertEquals(400, response.status);
    assertEquals("invalid_request_error", response.errorType());
  }

  @Test
  void unknownEndpointIsNotFound() {
    RawResponse response = f.raw("GET", "/v1/agents", "");

    assertEquals(404, response.status);
    assertEquals("not_found_error", response.errorType());
  }

  @Test
  void errorEnvelopeDecodesWithTheSdkModel() {
    RawResponse response = f.raw("GET", "/v1/deployments/depl_01Missing", "");

    ErrorEnvelope envelope = response.envelope();
    assertEquals("error", envelope.getType());
    assertEquals(Collections.emptyMap(), envelope.getAdditionalProperties());
  }
}
