package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.fixture;
import static dev.managedagents.deployments.TestSupport.requests;
import static dev.managedagents.deployments.TestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.AgentReferenceParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.TextRubric;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Requests that break a documented limit fail with {@link ValidationException} naming the field,
 * before anything is sent; the limit itself is still accepted.
 */
class ValidationTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.create();

  /** Whether the test expects the request to reach the server. */
  private boolean expectSent;

  @BeforeEach
  void answerEverything() {
    respond(server, 200, fixture("deployment-active.json"));
  }

  @AfterEach
  void checkWhatReachedTheServer() {
    assertEquals(expectSent ? 1 : 0, requests(server).size(), "requests that reached the server");
  }

  private static CreateDeploymentParams.Builder validCreate() {
    return CreateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01Example9AgentId"))
        .environmentId("env_01Example9EnvId")
        .name("weekly-report")
        .initialEvents(events(1));
  }

  private static List<InitialEventParam> events(int count) {
    return Collections.nCopies(count, DeploymentsOperationsTest.userMessage("Go."));
  }

  private static Map<String, String> metadata(int keys) {
    Map<String, String> metadata = new LinkedHashMap<>();
    for (int i = 0; i < keys; i++) {
      metadata.put("key" + i, "value");
    }
    return metadata;
  }

  private static List<InitialEventParam> outcomeWithRubric(int characters) {
    return Collections.singletonList(
        UserDefineOutcomeEventParam.builder()
            .description("A report")
            .rubric(TextRubric.builder().content("r".repeat(characters)).build())
            .build());
  }

  private static ValidationException refused(Executable call) {
    return assertThrows(ValidationException.class, call);
  }

  @Test
  void createWithNoInitialEventsIsRefused() {
    ValidationException e =
        refused(() -> server.client().deployments().create(validCreate().initialEvents(events(0)).build()));

    assertEquals("$.initial_events", e.getJsonPath());
    assertEquals("$.initial_events: has 0 items; it must have from 1 to 50", e.getMessage());
  }

  @Test
  void createWith51InitialEventsIsRefused() {
    ValidationException e =
        refused(() -> server.client().deployments().create(validCreate().initialEvents(events(51)).build()));

    assertEquals("$.initial_events", e.getJsonPath());
    assertTrue(e.getMessage().contains("has 51 items"), e.getMessage());
  }

  @Test
  void createWith50InitialEventsIsSent() {
    expectSent = true;

    server.client().deployments().create(validCreate().initialEvents(events(50)).build());
  }

  @Test
  void createWith17MetadataKeysIsRefused() {
    ValidationException e =
        refused(() -> server.client().deployments().create(validCreate().metadata(metadata(17)).build()));

    assertEquals("$.metadata", e.getJsonPath());
    assertTrue(e.getMessage().contains("has 17 keys; it must have at most 16"), e.getMessage());
  }

  @Test
  void createWith16MetadataKeysIsSent() {
    expectSent = true;

    server.client().deployments().create(validCreate().metadata(metadata(16)).build());
  }

  @Test
  void metadataKeyLongerThan64CharactersIsRefused() {
    String key = "k".repeat(65);

    ValidationException e =
        refused(
            () ->
                server.client()
                    .deployments()
                    .create(validCreate().metadata(Collections.singletonMap(key, "v")).build()));

    assertEquals("$.metadata." + key, e.getJsonPath());
  }

  @Test
  void rubricLongerThan262144CharactersIsRefusedWithItsPath() {
    ValidationException e =
        refused(
            () -> server.client().deployments().create(validCreate().initialEvents(outcomeWithRubric(262_145)).build()));

    assertEquals("$.initial_events[0].rubric.content", e.getJsonPath());
    assertTrue(e.getMessage().contains("has 262145 characters; the maximum is 262144"), e.getMessage());
  }

  @Test
  void rubricOfExactly262144CharactersIsSent() {
    expectSent = true;

    server.client().deployments().create(validCreate().initialEvents(outcomeWithRubric(262_144)).build());
  }

  @Test
  void emptyNameIsRefused() {
    ValidationException e = refused(() -> server.client().deployments().create(validCreate().name("").build()));

    assertEquals("$.name", e.getJsonPath());
    assertEquals("$.name: must not be empty", e.getMessage());
  }

  @Test
  void updateWithEmptyInitialEventsIsRefused() {
    ValidationException e =
        refused(
            () ->
                server.client()
                    .deployments()
                    .update("depl_1", UpdateDeploymentParams.builder().initialEvents(events(0)).build()));

    assertEquals("$.initial_events", e.getJsonPath());
  }

  @Test
  void updateWithEmptyNameIsRefused() {
    ValidationException e =
        refused(() -> server.client().deployments().update("depl_1", UpdateDeploymentParams.builder().name("").build()));

    assertEquals("$.name", e.getJsonPath());
  }

  @Test
  void agentVersionBelowOneIsRefused() {
    ValidationException e =
        refused(
            () ->
                server.client()
                    .deployments()
                    .update(
                        "depl_1",
                        UpdateDeploymentParams.builder()
                            .agent(AgentReferenceParam.builder().id("agent_1").version(0).build())
                            .build()));

    assertEquals("$.agent.version", e.getJsonPath());
  }

  @Test
  void maxIterationsAbove20IsRefused() {
    ValidationException e =
        refused(
            () ->
                server.client()
                    .deployments()
                    .create(
                        validCreate()
                            .initialEvents(
                                Collections.singletonList(
                                    UserDefineOutcomeEventParam.builder()
                                        .description("A report")
                                        .rubric(TextRubric.builder().content("ok").build())
                                        .maxIterations(21)
                                        .build()))
                            .build()));

    assertEquals("$.initial_events[0].max_iterations", e.getJsonPath());
  }

  @Test
  void everyBrokenLimitIsCountedInTheMessage() {
    ValidationException e =
        refused(
            () ->
                server.client()
                    .deployments()
                    .create(validCreate().name("").initialEvents(events(0)).metadata(metadata(17)).build()));

    assertTrue(e.getMessage().contains("(and 2 more"), e.getMessage());
  }

  @Test
  void asyncCreateBreakingALimitFailsItsFutureWithoutSending() {
    ExecutionException failure =
        assertThrows(
            ExecutionException.class,
            () -> server.client().deployments().createAsync(validCreate().name("").build()).get());

    ValidationException e = assertInstanceOf(ValidationException.class, failure.getCause());
    assertEquals("params", e.getArgument());
    assertEquals("$.name: must not be empty", e.getMessage());
  }

  @Test
  void asyncUpdateBreakingALimitFailsItsFutureWithoutSending() {
    UpdateDeploymentParams patch =
        UpdateDeploymentParams.builder().initialEvents(events(0)).build();

    ExecutionException failure =
        assertThrows(
            ExecutionException.class,
            () -> server.client().deployments().updateAsync("depl_01Example", patch).get());

    ValidationException e = assertInstanceOf(ValidationException.class, failure.getCause());
    assertEquals("$.initial_events", e.getJsonPath());
  }

  @Test
  void nullParamsAreRefused() {
    ValidationException e = refused(() -> server.client().deployments().create(null));

    assertEquals("params", e.getArgument());
    assertNull(e.getJsonPath());
  }

  @Test
  void listLimitAbove100IsRefused() {
    ValidationException e = refused(() -> ListDeploymentsParams.builder().limit(101).build());

    assertEquals("limit", e.getArgument());
    assertNull(e.getJsonPath());
  }

  @Test
  void runListLimitAbove1000IsRefused() {
    ValidationException e = refused(() -> ListDeploymentRunsParams.builder().limit(1001).build());

    assertEquals("limit", e.getArgument());
    assertNull(e.getJsonPath());
  }

  @Test
  void statusCombinedWithIncludeArchivedIsRefused() {
    ValidationException e =
        refused(
            () ->
                ListDeploymentsParams.builder()
                    .status(DeploymentStatus.ACTIVE)
                    .includeArchived(true)
                    .build());

    assertEquals("status", e.getArgument());
  }
}
