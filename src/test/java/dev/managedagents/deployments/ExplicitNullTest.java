package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.assertJsonEquals;
import static dev.managedagents.deployments.TestSupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.BudgetLimit;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.ErrorEnvelope;
import org.junit.jupiter.api.Test;

/**
 * An explicit {@code null} on an optional property of a response survives decoding and encoding, so
 * a document read and written back is the same document.
 */
class ExplicitNullTest {
  private static final String BUDGET = "\"budget\": {\"type\": \"limit\", \"max_list_cost\": {\"amount\": \"2500\", \"currency\": \"USD\"}}";

  private static String deployment(String budget) {
    String json = fixture("deployment-active.json");
    assertTrue(json.contains(BUDGET), "the fixture's budget");
    return json.replace(BUDGET, budget);
  }

  @Test
  void nullBudgetIsWrittenBackAsNull() {
    String json = deployment("\"budget\": null");

    Deployment decoded = DeploymentsJson.fromJson(json, Deployment.class);

    assertNull(decoded.getBudget());
    assertJsonEquals(json, DeploymentsJson.toJson(decoded));
  }

  @Test
  void absentBudgetStaysAbsent() {
    String json = deployment("").replace("\n  ,\n", "\n");
    assertFalse(json.contains("budget"), json);

    String written = DeploymentsJson.toJson(DeploymentsJson.fromJson(json, Deployment.class));

    assertFalse(written.contains("\"budget\""), written);
  }

  @Test
  void nullBudgetIsKeptByToBuilderAndReplacedBySettingIt() {
    Deployment decoded = DeploymentsJson.fromJson(deployment("\"budget\": null"), Deployment.class);
    BudgetLimit budget = DeploymentsJson.fromJson(deployment(BUDGET), Deployment.class).getBudget();

    assertTrue(DeploymentsJson.toJson(decoded.toBuilder().build()).contains("\"budget\":null"));
    assertTrue(DeploymentsJson.toJson(decoded.toBuilder().budget(budget).build()).contains("\"budget\":{"));
    // null means "not set" on this setter: the property is left out.
    assertFalse(DeploymentsJson.toJson(decoded.toBuilder().budget(null).build()).contains("\"budget\""));
  }

  @Test
  void nullBudgetEqualsAbsentBudget() {
    Deployment withNull = DeploymentsJson.fromJson(deployment("\"budget\": null"), Deployment.class);

    assertEquals(withNull, withNull.toBuilder().budget(null).build());
  }

  @Test
  void nullErrorDetailsAreWrittenBackAsNull() {
    String json =
        "{\"type\": \"error\", \"error\": {\"type\": \"not_found_error\", \"message\": \"No such deployment\", \"details\": null}, \"request_id\": \"req_1\"}";

    assertJsonEquals(json, DeploymentsJson.toJson(DeploymentsJson.fromJson(json, ErrorEnvelope.class)));
  }
}
