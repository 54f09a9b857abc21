package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.TextRubric;
import dev.managedagents.deployments.model.UserDefineOutcomeEvent;
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * A request model that breaks a documented limit cannot be encoded, wherever it is written; a
 * response model is written as received, whatever it holds.
 */
class RequestEncodingTest {
  private static final String LONG_RUBRIC = "r".repeat(262_145);

  private static CreateDeploymentParams.Builder validCreate() {
    return CreateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01Example9AgentId"))
        .environmentId("env_01Example9EnvId")
        .name("weekly-report")
        .initialEvents(Collections.singletonList(DeploymentsOperationsTest.userMessage("Go.")));
  }

  @Test
  void aRequestModelBreakingALimitIsRefusedWithThePathAndTheRule() {
    CreateDeploymentParams params = validCreate().initialEvents(Collections.emptyList()).build();

    ValidationException e =
        assertThrows(ValidationException.class, () -> DeploymentsJson.toJson(params));

    assertEquals("model", e.getArgument());
    assertEquals("$.initial_events", e.getJsonPath());
    assertEquals("$.initial_events: has 0 items; it must have from 1 to 50", e.getMessage());
  }

  @Test
  void everyBrokenLimitOfARequestModelIsCounted() {
    CreateDeploymentParams params =
        validCreate().name("").initialEvents(Collections.emptyList()).build();

    ValidationException e =
        assertThrows(ValidationException.class, () -> DeploymentsJson.toJson(params));

    assertEquals("$.initial_events", e.getJsonPath());
    assertEquals(
        "$.initial_events: has 0 items; it must have from 1 to 50 (and 1 more: [$.name: must not be"
            + " empty])",
        e.getMessage());
  }

  @Test
  void aBodysNestedModelIsCheckedFromTheBodysRoot() {
    TextRubric rubric = TextRubric.builder().content(LONG_RUBRIC).build();
    CreateDeploymentParams params =
        validCreate()
            .initialEvents(
                Collections.singletonList(
                    UserDefineOutcomeEventParam.builder()
                        .description("outcome")
                        .rubric(rubric)
                        .build()))
            .build();

    ValidationException e =
        assertThrows(ValidationException.class, () -> DeploymentsJson.toJson(params));

    assertEquals("$.initial_events[0].rubric.content", e.getJsonPath());
    assertTrue(
        e.getMessage().endsWith("has 262145 characters; the maximum is 262144"), e.getMessage());
    // Written on its own, the model is not a body: a response can hold it too, and is never refused.
    assertTrue(DeploymentsJson.toJson(rubric).contains("\"content\""));
  }

  @Test
  void aRequestModelWithinItsLimitsIsWritten() {
    String json = DeploymentsJson.toJson(validCreate().build());

    assertTrue(json.contains("\"name\":\"weekly-report\""), json);
  }

  @Test
  void aResponseModelBeyondTheClientsLimitsIsStillWritten() {
    String received =
        fixture("deployment-active.json")
            .replace("Every issue has exactly one label.", LONG_RUBRIC);
    Deployment deployment = DeploymentsJson.fromJson(received, Deployment.class);

    String written = DeploymentsJson.toJson(deployment);

    assertEquals(deployment, DeploymentsJson.fromJson(written, Deployment.class));
    UserDefineOutcomeEvent outcome = (UserDefineOutcomeEvent) deployment.getInitialEvents().get(1);
    assertEquals(LONG_RUBRIC, ((TextRubric) outcome.getRubric()).getContent());
  }
}
