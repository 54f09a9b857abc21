package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.assertJsonBody;
import static dev.managedagents.deployments.TestSupport.assertNoBody;
import static dev.managedagents.deployments.TestSupport.assertStandardHeaders;
import static dev.managedagents.deployments.TestSupport.fixture;
import static dev.managedagents.deployments.TestSupport.onlyRequest;
import static dev.managedagents.deployments.TestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.AgentReferenceParam;
import dev.managedagents.deployments.model.Base64DocumentSource;
import dev.managedagents.deployments.model.Base64ImageSource;
import dev.managedagents.deployments.model.BranchCheckout;
import dev.managedagents.deployments.model.BudgetLimit;
import dev.managedagents.deployments.model.CommitCheckout;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronSchedule;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.DocumentBlock;
import dev.managedagents.deployments.model.ErrorPausedReason;
import dev.managedagents.deployments.model.FileDocumentSource;
import dev.managedagents.deployments.model.FileResourceConfig;
import dev.managedagents.deployments.model.FileResourceParam;
import dev.managedagents.deployments.model.FileRubric;
import dev.managedagents.deployments.model.GitHubRepositoryResourceConfig;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.ImageBlock;
import dev.managedagents.deployments.model.ManualPausedReason;
import dev.managedagents.deployments.model.MemoryStoreAccess;
import dev.managedagents.deployments.model.MemoryStoreResourceConfig;
import dev.managedagents.deployments.model.MemoryStoreResourceParam;
import dev.managedagents.deployments.model.Money;
import dev.managedagents.deployments.model.PlainTextDocumentSource;
import dev.managedagents.deployments.model.RedactedBlock;
import dev.managedagents.deployments.model.ScheduleTriggerContext;
import dev.managedagents.deployments.model.SystemMessageEvent;
import dev.managedagents.deployments.model.SystemMessageEventParam;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.TextRubric;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UrlDocumentSource;
import dev.managedagents.deployments.model.UrlImageSource;
import dev.managedagents.deployments.model.UserDefineOutcomeEvent;
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam;
import dev.managedagents.deployments.model.UserMessageEvent;
import dev.managedagents.deployments.model.UserMessageEventParam;
import dev.managedagents.deployments.model.VaultArchivedPausedReasonError;
import dev.managedagents.deployments.model.VaultArchivedRunError;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The eight deployment operations, synchronously: the exact request on the wire (method, path,
 * query, headers, body) and the response decoded field by field.
 */
class DeploymentsOperationsTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.withStandardHeaders();

  @Test
  void createSendsEveryFieldAsJsonAndDecodesTheDeployment() {
    respond(server, 200, fixture("deployment-active.json"));

    Deployment deployment = server.client().deployments().create(fullCreateParams());

    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/v1/deployments", request.getUrl());
    assertStandardHeaders(request);
    assertJsonBody(
        """
        {"agent":{"type":"agent","id":"agent_01Example9AgentId","version":3},
         "environment_id":"env_01Example9EnvId",
         "initial_events":[
           {"type":"user.message","content":[
             {"type":"text","text":"Triage the new issues."},
             {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},
             {"type":"image","source":{"type":"url","url":"https://example.com/board.png"}},
             {"type":"document","source":{"type":"text","media_type":"text/plain","data":"Labels: bug, feature"},
              "title":"Labels","context":null},
             {"type":"document","source":{"type":"base64","media_type":"application/pdf","data":"JVBERi0x"}},
             {"type":"document","source":{"type":"url","url":"https://example.com/guide.pdf"}}]},
           {"type":"user.define_outcome","description":"A labelled backlog.",
            "rubric":{"type":"file","file_id":"file_01ExampleRubric"},"max_iterations":5},
           {"type":"system.message","content":[{"type":"text","text":"Be terse."}]}],
         "name":"nightly-triage",
         "description":"Triage the issues filed overnight.",
         "metadata":{"team":"platform","tier":"1"},
         "resources":[
           {"type":"github_repository","url":"https://github.com/example/app",
            "authorization_token":"ghp_exampleToken","checkout":{"type":"branch","name":"main"},
            "mount_path":"/workspace/app"},
           {"type":"file","file_id":"file_01ExampleData","mount_path":"/mnt/session/uploads/data.csv"},
           {"type":"memory_store","memory_store_id":"memstore_01Example","access":"read_only",
            "instructions":"Past triage notes."}],
         "vault_ids":["vlt_01ExampleA","vlt_01ExampleB"],
         "schedule":{"type":"cron","expression":"30 2 * * 1-5","timezone":"America/Los_Angeles"},
         "budget":{"type":"limit","max_list_cost":{"amount":"2500","currency":"USD"}}}
        """,
        request);
    assertActiveFixture(deployment);
  }

  @Test
  void createWithOnlyRequiredFieldsSendsTheReferenceMinimalBody() {
    respond(server, 200, fixture("deployment-active.json"));

    server.client()
        .deployments()
        .create(
            CreateDeploymentParams.builder()
                .agent(AgentParam.id("agent_01Example9AgentId"))
                .environmentId("env_01Example9EnvId")
                .name("weekly-report")
                .initialEvents(Collections.singletonList(userMessage("Write the weekly report.")))
                .build());

    LoggedRequest request = onlyRequest(server);
    assertEquals(
        "{\"agent\":\"agent_01Example9AgentId\",\"environment_id\":\"env_01Example9EnvId\","
            + "\"initial_events\":[{\"type\":\"user.message\",\"content\":[{\"type\":\"text\","
            + "\"text\":\"Write the weekly report.\"}]}],\"name\":\"weekly-report\"}",
        request.getBodyAsString());
  }

  @Test
  void listWithoutParamsSendsNoQueryAndDecodesThePage() {
    respond(
        server,
        200,
        "{\"data\":[" + fixture("deployment-active.json") + "," + fixture("deployment-paused.json")
            + "],\"next_page\":\"page_02Example\"}");

    Page<Deployment> page = server.client().deployments().list();

    LoggedRequest request = onlyRequest(server);
    assertEquals("GET", request.getMethod().getName());
    assertEquals("/v1/deployments", request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
    assertEquals(2, page.getData().size());
    assertActiveFixture(page.getData().get(0));
    assertPausedFixture(page.getData().get(1));
    assertEquals("page_02Example", page.getNextPageCursor());
    assertTrue(page.hasNextPage());
  }

  @Test
  void listSendsEveryFilterUnderItsWireNameWithEncodedTimestamps() {
    respond(server, 200, "{\"data\":[],\"next_page\":null}");

    Page<Deployment> page =
        server.client()
            .deployments()
            .list(
                ListDeploymentsParams.builder()
                    .agentId("agent_01Example9AgentId")
                    .createdAtGte(OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)))
                    .createdAtLte(OffsetDateTime.of(2026, 11, 30, 23, 59, 59, 500_000_000, ZoneOffset.UTC))
                    .includeArchived(true)
                    .limit(100)
                    .page("page_02Example")
                    .build());

    assertEquals(
        "/v1/deployments?agent_id=agent_01Example9AgentId"
            + "&created_at%5Bgte%5D=2026-11-01T00%3A00%3A00%2B02%3A00"
            + "&created_at%5Blte%5D=2026-11-30T23%3A59%3A59.5Z"
            + "&include_archived=true&limit=100&page=page_02Example",
        onlyRequest(server).getUrl());
    assertTrue(page.getData().isEmpty());
    assertNull(page.getNextPageCursor());
    assertFalse(page.hasNextPage());
  }

  @Test
  void listSendsStatusAndNegativeOffsetTimestamp() {
    respond(server, 200, "{\"data\":[]}");

    Page<Deployment> page =
        server.client()
            .deployments()
            .list(
                ListDeploymentsParams.builder()
                    .status(DeploymentStatus.PAUSED)
                    .createdAtGte(
                        OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_789, ZoneOffset.ofHoursMinutes(-9, -30)))
                    .build());

    assertEquals(
        "/v1/deployments?created_at%5Bgte%5D=2026-01-02T03%3A04%3A05.123456789-09%3A30&status=paused",
        onlyRequest(server).getUrl());
    assertNull(page.getNextPageCursor());
  }

  @Test
  void listSendsIncludeArchivedFalseAsTheWordFalse() {
    respond(server, 200, "{\"data\":[]}");

    server.client().deployments().list(ListDeploymentsParams.builder().includeArchived(false).build());

    assertEquals("/v1/deployments?include_archived=false", onlyRequest(server).getUrl());
  }

  @Test
  void listSendsAStatusThisSdkDoesNotKnowAsGiven() {
    respond(server, 200, "{\"data\":[]}");

    server.client()
        .deployments()
        .list(ListDeploymentsParams.builder().status(DeploymentStatus.of("draining")).build());

    assertEquals("/v1/deployments?status=draining", onlyRequest(server).getUrl());
  }

  @Test
  void retrieveSendsGetAndDecodesThePausedDeployment() {
    respond(server, 200, fixture("deployment-paused.json"));

    Deployment deployment = server.client().deployments().retrieve("depl_01ExampleDeployment");

    LoggedRequest request = onlyRequest(server);
    assertEquals("GET", request.getMethod().getName());
    assertEquals("/v1/deployments/depl_01ExampleDeployment", request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
    assertPausedFixture(deployment);
  }

  @Test
  void updateSendsPostWithTheExactPatchAndDecodesTheDeployment() {
    respond(server, 200, fixture("deployment-active.json"));

    Deployment deployment =
        server.client()
            .deployments()
            .update(
                "depl_01ExampleActive",
                UpdateDeploymentParams.builder()
                    .agent(AgentReferenceParam.builder().id("agent_01Example9AgentId").version(3).build())
                    .description(null)
                    .putMetadata("team", null)
                    .putMetadata("tier", "1")
                    .schedule(null)
                    .build());

    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/v1/deployments/depl_01ExampleActive", request.getUrl());
    assertStandardHeaders(request);
    TestSupport.assertJsonContentType(request);
    assertEquals(
        "{\"agent\":{\"type\":\"agent\",\"id\":\"agent_01Example9AgentId\",\"version\":3},"
            + "\"description\":null,\"metadata\":{\"team\":null,\"tier\":\"1\"},\"schedule\":null}",
        request.getBodyAsString());
    assertActiveFixture(deployment);
  }

  @Test
  void archiveSendsBodilessPostAndDecodesArchivedAt() {
    respond(
        server,
        200,
        fixture("deployment-active.json")
            .replace("\"archived_at\": null", "\"archived_at\": \"2026-11-25T09:15:00Z\"")
            .replace(
                "[\"2026-11-25T02:30:00-08:00\", \"2026-11-26T02:30:00-08:00\"]", "[]"));

    Deployment deployment = server.client().deployments().archive("depl_01ExampleActive");

    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/v1/deployments/depl_01ExampleActive/archive", request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
    assertEquals(OffsetDateTime.parse("2026-11-25T09:15:00Z"), deployment.getArchivedAt());
    assertEquals(DeploymentStatus.ACTIVE, deployment.getStatus());
    assertEquals(
        Collections.emptyList(),
        ((CronSchedule) deployment.getSchedule()).getUpcomingRunsAt());
  }

  @Test
  void pauseSendsBodilessPostAndDecodesManualPausedReason() {
    respond(
        server,
        200,
        fixture("deployment-active.json")
            .replace("\"status\": \"active\"", "\"status\": \"paused\"")
            .replace("\"paused_reason\": null", "\"paused_reason\": {\"type\": \"manual\"}"));

    Deployment deployment = server.client().deployments().pause("depl_01ExampleActive");

    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/v1/deployments/depl_01ExampleActive/pause", request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
    assertEquals(DeploymentStatus.PAUSED, deployment.getStatus());
    assertEquals("manual", assertInstanceOf(ManualPausedReason.class, deployment.getPausedReason()).getType());
  }

  @Test
  void unpauseSendsBodilessPostAndDecodesActiveStatus() {
    respond(server, 200, fixture("deployment-active.json"));

    Deployment deployment = server.client().deployments().unpause("depl_01ExampleActive");

    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/v1/deployments/depl_01ExampleActive/unpause", request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
    assertEquals(DeploymentStatus.ACTIVE, deployment.getStatus());
    assertNull(deployment.getPausedReason());
  }

  @Test
  void runSendsBodilessPostAndDecodesTheFailedRun() {
    respond(server, 200, fixture("deployment-run-failed.json"));

    DeploymentRun run = server.client().deployments().run("depl_01ExampleDeployment");

    LoggedRequest request = onlyRequest(server);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/v1/deployments/depl_01ExampleDeployment/run", request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
    assertEquals("drun_01ExampleRunFail", run.getId());
    assertEquals("deployment_run", run.getType());
    assertEquals("depl_01ExampleDeployment", run.getDeploymentId());
    assertEquals("agent_01Example9AgentId", run.getAgent().getId());
    assertEquals(2, run.getAgent().getVersion());
    assertEquals(OffsetDateTime.parse("2026-11-23T08:00:03Z"), run.getCreatedAt());
    assertNull(run.getSessionId());
    VaultArchivedRunError error = assertInstanceOf(VaultArchivedRunError.class, run.getError());
    assertEquals("vault_archived_error", error.getType());
    assertEquals("Vault vlt_01Example is archived.", error.getMessage());
    ScheduleTriggerContext trigger =
        assertInstanceOf(ScheduleTriggerContext.class, run.getTriggerContext());
    assertEquals(OffsetDateTime.parse("2026-11-23T08:00:00Z"), trigger.getScheduledAt());
  }

  @Test
  void withoutWorkspaceTheWorkspaceHeaderIsNotSent() {
    respond(server, 200, fixture("deployment-paused.json"));

    try (DeploymentsClient plain = TestSupport.client(server)) {
      plain.deployments().retrieve("depl_01ExampleDeployment");
    }

    LoggedRequest request = onlyRequest(server);
    assertFalse(request.containsHeader("anthropic-workspace-id"));
    assertEquals("managed-agents-2026-04-01", TestSupport.single(request, "anthropic-beta"));
  }

  @Test
  void theUserAgentNamesTheVersionThatWasBuilt() {
    respond(server, 200, fixture("deployment-paused.json"));

    try (DeploymentsClient client = TestSupport.client(server)) {
      client.deployments().retrieve("depl_01ExampleDeployment");
    }

    // pom.xml's version, as the build passes it to the tests; a hard-coded one would drift.
    String version = System.getProperty("sdk.version");
    assertNotNull(version, "surefire passes sdk.version");
    assertEquals(
        "deployments-sdk-java/" + version, TestSupport.single(onlyRequest(server), "User-Agent"));
  }

  @Test
  void extraBetasAreCommaJoinedAndEachSentOnce() {
    respond(server, 200, fixture("deployment-paused.json"));

    try (DeploymentsClient betas =
        TestSupport.clientBuilder(server)
            .addBeta("files-api-2025-04-14")
            .addBeta(DeploymentsClient.MANAGED_AGENTS_BETA)
            .addBeta("skills-2025-10-02")
            .addBeta("files-api-2025-04-14")
            .build()) {
      betas.deployments().retrieve("depl_01ExampleDeployment");
    }

    assertEquals(
        "managed-agents-2026-04-01,files-api-2025-04-14,skills-2025-10-02",
        TestSupport.single(onlyRequest(server), "anthropic-beta"));
  }

  static CreateDeploymentParams fullCreateParams() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("team", "platform");
    metadata.put("tier", "1");
    return CreateDeploymentParams.builder()
        .agent(AgentReferenceParam.builder().id("agent_01Example9AgentId").version(3).build())
        .environmentId("env_01Example9EnvId")
        .initialEvents(
            Arrays.asList(
                UserMessageEventParam.builder()
                    .content(
                        Arrays.asList(
                            TextBlock.builder().text("Triage the new issues.").build(),
                            ImageBlock.builder()
                                .source(
                                    Base64ImageSource.builder()
                                        .mediaType("image/png")
                                        .data("iVBORw0KGgo=")
                                        .build())
                                .build(),
                            ImageBlock.builder()
                                .source(UrlImageSource.builder().url("https://example.com/board.png").build())
                                .build(),
                            DocumentBlock.builder()
                                .source(PlainTextDocumentSource.builder().data("Labels: bug, feature").build())
                                .title("Labels")
                                .context(null)
                                .build(),
                            DocumentBlock.builder()
                                .source(
                                    Base64DocumentSource.builder()
                                        .mediaType("application/pdf")
                                        .data("JVBERi0x")
                                        .build())
                                .build(),
                            DocumentBlock.builder()
                                .source(UrlDocumentSource.builder().url("https://example.com/guide.pdf").build())
                                .build()))
                    .build(),
                UserDefineOutcomeEventParam.builder()
                    .description("A labelled backlog.")
                    .rubric(FileRubric.builder().fileId("file_01ExampleRubric").build())
                    .maxIterations(5)
                    .build(),
                SystemMessageEventParam.builder()
                    .content(Collections.singletonList(TextBlock.builder().text("Be terse.").build()))
                    .build()))
        .name("nightly-triage")
        .description("Triage the issues filed overnight.")
        .metadata(metadata)
        .resources(
            Arrays.asList(
                GitHubRepositoryResourceParam.builder()
                    .url("https://github.com/example/app")
                    .authorizationToken("ghp_exampleToken")
                    .checkout(BranchCheckout.builder().name("main").build())
                    .mountPath("/workspace/app")
                    .build(),
                FileResourceParam.builder()
                    .fileId("file_01ExampleData")
                    .mountPath("/mnt/session/uploads/data.csv")
                    .build(),
                MemoryStoreResourceParam.builder()
                    .memoryStoreId("memstore_01Example")
                    .access(MemoryStoreAccess.READ_ONLY)
                    .instructions("Past triage notes.")
                    .build()))
        .vaultIds(Arrays.asList("vlt_01ExampleA", "vlt_01ExampleB"))
        .schedule(
            CronScheduleParam.builder()
                .expression("30 2 * * 1-5")
                .timezone("America/Los_Angeles")
                .build())
        .budget(
            BudgetLimit.builder()
                .maxListCost(Money.builder().amount("2500").currency("USD").build())
                .build())
        .build();
  }

  static UserMessageEventParam userMessage(String text) {
    return UserMessageEventParam.builder()
        .content(Collections.singletonList(TextBlock.builder().text(text).build()))
        .build();
  }

  /** Every field of fixtures/deployment-active.json. */
  static void assertActiveFixture(Deployment d) {
    assertEquals("depl_01ExampleActive", d.getId());
    assertEquals("deployment", d.getType());
    assertEquals("nightly-triage", d.getName());
    assertEquals("Triage the issues filed overnight.", d.getDescription());
    assertEquals("agent", d.getAgent().getType());
    assertEquals("agent_01Example9AgentId", d.getAgent().getId());
    assertEquals(3, d.getAgent().getVersion());
    assertEquals("env_01Example9EnvId", d.getEnvironmentId());

    assertEquals(3, d.getInitialEvents().size());
    UserMessageEvent message = assertInstanceOf(UserMessageEvent.class, d.getInitialEvents().get(0));
    assertEquals(4, message.getContent().size());
    assertEquals(
        "Triage the new issues.",
        assertInstanceOf(TextBlock.class, message.getContent().get(0)).getText());
    ImageBlock image = assertInstanceOf(ImageBlock.class, message.getContent().get(1));
    assertEquals(
        "https://example.com/board.png",
        assertInstanceOf(UrlImageSource.class, image.getSource()).getUrl());
    DocumentBlock document = assertInstanceOf(DocumentBlock.class, message.getContent().get(2));
    assertEquals(
        "file_01ExampleDoc",
        assertInstanceOf(FileDocumentSource.class, document.getSource()).getFileId());
    assertEquals("Guide", document.getTitle());
    assertNull(document.getContext());
    assertTrue(document.hasContext());
    assertInstanceOf(RedactedBlock.class, message.getContent().get(3));
    UserDefineOutcomeEvent outcome =
        assertInstanceOf(UserDefineOutcomeEvent.class, d.getInitialEvents().get(1));
    assertEquals("A labelled backlog.", outcome.getDescription());
    assertEquals(
        "Every issue has exactly one label.",
        assertInstanceOf(TextRubric.class, outcome.getRubric()).getContent());
    assertEquals(5, outcome.getMaxIterations());
    SystemMessageEvent system = assertInstanceOf(SystemMessageEvent.class, d.getInitialEvents().get(2));
    assertEquals("Be terse.", system.getContent().get(0).getText());

    assertEquals(3, d.getResources().size());
    GitHubRepositoryResourceConfig repo =
        assertInstanceOf(GitHubRepositoryResourceConfig.class, d.getResources().get(0));
    assertEquals("https://github.com/example/app", repo.getUrl());
    assertEquals(
        "0123456789abcdef0123456789abcdef01234567",
        assertInstanceOf(CommitCheckout.class, repo.getCheckout()).getSha());
    assertNull(repo.getMountPath());
    FileResourceConfig file = assertInstanceOf(FileResourceConfig.class, d.getResources().get(1));
    assertEquals("file_01ExampleData", file.getFileId());
    assertEquals("/mnt/session/uploads/data.csv", file.getMountPath());
    MemoryStoreResourceConfig memory =
        assertInstanceOf(MemoryStoreResourceConfig.class, d.getResources().get(2));
    assertEquals("memstore_01Example", memory.getMemoryStoreId());
    assertEquals(MemoryStoreAccess.READ_ONLY, memory.getAccess());
    assertEquals("Past triage notes.", memory.getInstructions());

    assertEquals(Arrays.asList("vlt_01ExampleA", "vlt_01ExampleB"), d.getVaultIds());
    assertEquals(Arrays.asList("team", "tier"), List.copyOf(d.getMetadata().keySet()));
    assertEquals("platform", d.getMetadata().get("team"));
    assertEquals("1", d.getMetadata().get("tier"));

    CronSchedule schedule = assertInstanceOf(CronSchedule.class, d.getSchedule());
    assertEquals("30 2 * * 1-5", schedule.getExpression());
    assertEquals("America/Los_Angeles", schedule.getTimezone());
    assertEquals(
        OffsetDateTime.of(2026, 11, 24, 10, 30, 4, 500_000_000, ZoneOffset.ofHours(-8)),
        schedule.getLastRunAt());
    assertEquals(
        Arrays.asList(
            OffsetDateTime.of(2026, 11, 25, 2, 30, 0, 0, ZoneOffset.ofHours(-8)),
            OffsetDateTime.of(2026, 11, 26, 2, 30, 0, 0, ZoneOffset.ofHours(-8))),
        schedule.getUpcomingRunsAt());

    BudgetLimit budget = d.getBudget();
    assertEquals("limit", budget.getType());
    assertEquals("2500", budget.getMaxListCost().getAmount());
    assertEquals("USD", budget.getMaxListCost().getCurrency());

    assertEquals(DeploymentStatus.ACTIVE, d.getStatus());
    assertNull(d.getPausedReason());
    assertEquals(OffsetDateTime.parse("2026-11-02T10:00:00Z"), d.getCreatedAt());
    assertEquals(
        OffsetDateTime.of(2026, 11, 20, 7, 59, 58, 412_345_678, ZoneOffset.ofHours(1)),
        d.getUpdatedAt());
    assertNull(d.getArchivedAt());
    assertTrue(d.getAdditionalProperties().isEmpty());
  }

  /** Every field of fixtures/deployment-paused.json (the reference's paused example). */
  static void assertPausedFixture(Deployment d) {
    assertEquals("depl_01ExampleDeployment", d.getId());
    assertEquals("weekly-report", d.getName());
    assertNull(d.getDescription());
    assertEquals("agent_01Example9AgentId", d.getAgent().getId());
    assertEquals(2, d.getAgent().getVersion());
    assertEquals("env_01Example9EnvId", d.getEnvironmentId());
    UserMessageEvent message = assertInstanceOf(UserMessageEvent.class, d.getInitialEvents().get(0));
    assertEquals(
        "Write the weekly report.",
        assertInstanceOf(TextBlock.class, message.getContent().get(0)).getText());
    GitHubRepositoryResourceConfig repo =
        assertInstanceOf(GitHubRepositoryResourceConfig.class, d.getResources().get(0));
    assertEquals("https://github.com/example/reports", repo.getUrl());
    assertEquals("main", assertInstanceOf(BranchCheckout.class, repo.getCheckout()).getName());
    assertEquals("/workspace/reports", repo.getMountPath());
    assertEquals(Collections.emptyList(), d.getVaultIds());
    assertEquals(Collections.singletonMap("team", "finance"), d.getMetadata());
    CronSchedule schedule = assertInstanceOf(CronSchedule.class, d.getSchedule());
    assertEquals("0 9 * * 1", schedule.getExpression());
    assertEquals("Europe/Berlin", schedule.getTimezone());
    assertNull(schedule.getLastRunAt());
    assertTrue(schedule.hasLastRunAt());
    assertEquals(
        Collections.singletonList(OffsetDateTime.parse("2026-12-07T08:00:00Z")),
        schedule.getUpcomingRunsAt());
    assertNull(d.getBudget());
    assertEquals(DeploymentStatus.PAUSED, d.getStatus());
    ErrorPausedReason reason = assertInstanceOf(ErrorPausedReason.class, d.getPausedReason());
    assertInstanceOf(VaultArchivedPausedReasonError.class, reason.getError());
    assertEquals(OffsetDateTime.parse("2026-11-02T10:00:00Z"), d.getCreatedAt());
    assertEquals(OffsetDateTime.parse("2026-11-20T07:59:58.412Z"), d.getUpdatedAt());
    assertNull(d.getArchivedAt());
  }
}
