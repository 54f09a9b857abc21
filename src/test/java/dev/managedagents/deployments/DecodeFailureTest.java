package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static dev.managedagents.deployments.TestSupport.fixture;
import static dev.managedagents.deployments.TestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 2xx answer whose body is not the model raises {@link DecodeException} naming the model and
 * where in the JSON reading stopped; never a bare NullPointerException or ClassCastException.
 */
class DecodeFailureTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.create();

  private static DecodeException retrieveFails() {
    return assertThrows(DecodeException.class, () -> server.client().deployments().retrieve("depl_1"));
  }

  @Test
  void wrongShapeNamesTheModelAndThePath() {
    respond(server, 200, fixture("deployment-paused.json").replace(
        "\"agent\":{\"type\":\"agent\",\"id\":\"agent_01Example9AgentId\",\"version\":2}",
        "\"agent\":\"agent_01Example9AgentId\""));

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
    assertEquals("$.agent", e.getJsonPath());
    assertTrue(e.getMessage().startsWith("Cannot decode Deployment at $.agent: "), e.getMessage());
  }

  @Test
  void deepFailureInAPageNamesTheFullPath() {
    String broken = fixture("deployment-active.json").replace("\"max_iterations\": 5", "\"max_iterations\": \"five\"");
    respond(server, 200, "{\"data\":[" + fixture("deployment-paused.json") + "," + broken + "]}");

    DecodeException e = assertThrows(DecodeException.class, () -> server.client().deployments().list());

    assertEquals("DeploymentPage", e.getModel());
    assertEquals("$.data[1].initial_events[1].max_iterations", e.getJsonPath());
  }

  @Test
  void missingRequiredPropertyIsNamed() {
    respond(server, 200, fixture("deployment-paused.json").replace("\"environment_id\":\"env_01Example9EnvId\",", ""));

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
    assertTrue(e.getMessage().contains("'environment_id'"), e.getMessage());
  }

  @Test
  void emptyBodyOn200() {
    respond(server, 200, "");

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
    assertTrue(e.getMessage().contains("ends early"), e.getMessage());
  }

  @Test
  void noContentStatusHasNoBodyToDecode() {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

    DecodeException e = retrieveFails();

    assertTrue(e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void truncatedJson() {
    String json = fixture("deployment-paused.json");
    respond(server, 200, json.substring(0, json.indexOf("\"status\"")));

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
    assertTrue(e.getMessage().contains("ends early"), e.getMessage());
  }

  @Test
  void trailingGarbageAfterTheDocument() {
    respond(server, 200, fixture("deployment-paused.json") + " {\"more\":true}");

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
    assertTrue(e.getMessage().contains("more data after the JSON value"), e.getMessage());
  }

  @Test
  void trailingWhitespaceIsFine() {
    respond(server, 200, fixture("deployment-paused.json") + "\n\r\n\t  ");

    assertEquals("depl_01ExampleDeployment", server.client().deployments().retrieve("depl_1").getId());
  }

  @Test
  void malformedJson() {
    respond(server, 200, "{\"id\": depl_1}");

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
    assertEquals("$.id", e.getJsonPath());
  }

  @Test
  void jsonNullInsteadOfTheModel() {
    respond(server, 200, "null");

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
  }

  @Test
  void htmlPageWithStatus200() {
    server.stubFor(
        any(anyUrl())
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>ok</html>")));

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
  }

  @Test
  void unionElementThatIsNotAnObject() {
    respond(server, 200, fixture("deployment-paused.json").replace(
        "\"paused_reason\":{\"type\":\"error\",\"error\":{\"type\":\"vault_archived_error\"}}",
        "\"paused_reason\":\"vault_archived_error\""));

    DecodeException e = retrieveFails();

    assertEquals("Deployment", e.getModel());
    assertEquals("$.paused_reason", e.getJsonPath());
  }

  @Test
  void nullInsideAListIsRefused() {
    respond(server, 200, fixture("deployment-paused.json").replace("\"vault_ids\":[]", "\"vault_ids\":[null]"));

    DecodeException e = retrieveFails();

    assertEquals("$.vault_ids[0]", e.getJsonPath());
  }

  @Test
  void deploymentsJsonRaisesTheSameDecodeException() {
    DecodeException e =
        assertThrows(DecodeException.class, () -> DeploymentsJson.fromJson("{\"id\":1,", Deployment.class));

    assertEquals("Deployment", e.getModel());
  }
}
