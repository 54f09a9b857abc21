package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.assertNoBody;
import static dev.managedagents.deployments.TestSupport.assertStandardHeaders;
import static dev.managedagents.deployments.TestSupport.fixture;
import static dev.managedagents.deployments.TestSupport.onlyRequest;
import static dev.managedagents.deployments.TestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.ManualTriggerContext;
import dev.managedagents.deployments.model.ScheduleTriggerContext;
import dev.managedagents.deployments.model.TriggerType;
import dev.managedagents.deployments.model.VaultArchivedRunError;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two deployment-run operations, synchronously: exact request and decoded response. */
class DeploymentRunsOperationsTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.withStandardHeaders();

  @Test
  void listWithoutParamsSendsNoQueryAndDecodesBothRunShapes() {
    respond(
        server,
        200,
        "{\"data\":[" + fixture("deployment-run-failed.json") + ","
            + fixture("deployment-run-ok.json") + "],\"next_page\":\"page_02Runs\"}");

    Page<DeploymentRun> page = server.client().deploymentRuns().list();

    LoggedRequest request = onlyRequest(server);
    assertEquals("GET", request.getMethod().getName());
    assertEquals("/v1/deployment_runs", request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
    assertEquals(2, page.getData().size());
    DeploymentRun failed = page.getData().get(0);
    assertEquals("drun_01ExampleRunFail", failed.getId());
    assertNull(failed.getSessionId());
    assertEquals(
        "Vault vlt_01Example is archived.",
        assertInstanceOf(VaultArchivedRunError.class, failed.getError()).getMessage());
    assertEquals(
        OffsetDateTime.parse("2026-11-23T08:00:00Z"),
        assertInstanceOf(ScheduleTriggerContext.class, failed.getTriggerContext()).getScheduledAt());
    assertOkRunFixture(page.getData().get(1));
    assertEquals("page_02Runs", page.getNextPageCursor());
  }

  @Test
  void listSendsEveryFilterUnderItsWireName() {
    respond(server, 200, "{\"data\":[],\"next_page\":null}");

    server.client()
        .deploymentRuns()
        .list(
            ListDeploymentRunsParams.builder()
                .deploymentId("depl_01ExampleDeployment")
                .createdAtGt(OffsetDateTime.of(2026, 11, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .createdAtGte(OffsetDateTime.of(2026, 11, 2, 8, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)))
                .createdAtLt(OffsetDateTime.of(2026, 11, 30, 0, 0, 0, 1, ZoneOffset.UTC))
                .createdAtLte(OffsetDateTime.of(2026, 11, 29, 23, 0, 0, 0, ZoneOffset.ofHours(-5)))
                .hasError(false)
                .triggerType(TriggerType.MANUAL)
                .limit(1000)
                .page("page_02Runs")
                .build());

    assertEquals(
        "/v1/deployment_runs?deployment_id=depl_01ExampleDeployment"
            + "&created_at%5Bgt%5D=2026-11-01T00%3A00%3A00Z"
            + "&created_at%5Bgte%5D=2026-11-02T08%3A30%3A00%2B05%3A30"
            + "&created_at%5Blt%5D=2026-11-30T00%3A00%3A00.000000001Z"
            + "&created_at%5Blte%5D=2026-11-29T23%3A00%3A00-05%3A00"
            + "&has_error=false&trigger_type=manual&limit=1000&page=page_02Runs",
        onlyRequest(server).getUrl());
  }

  @Test
  void listSendsHasErrorTrueAndScheduleTrigger() {
    respond(server, 200, "{\"data\":[]}");

    server.client()
        .deploymentRuns()
        .list(ListDeploymentRunsParams.builder().hasError(true).triggerType(TriggerType.SCHEDULE).build());

    assertEquals("/v1/deployment_runs?has_error=true&trigger_type=schedule", onlyRequest(server).getUrl());
  }

  @Test
  void listSendsATriggerTypeThisSdkDoesNotKnowAsGiven() {
    respond(server, 200, "{\"data\":[]}");

    server.client()
        .deploymentRuns()
        .list(ListDeploymentRunsParams.builder().triggerType(TriggerType.of("webhook")).build());

    assertEquals("/v1/deployment_runs?trigger_type=webhook", onlyRequest(server).getUrl());
  }

  @Test
  void retrieveSendsGetAndDecodesTheSuccessfulRun() {
    respond(server, 200, fixture("deployment-run-ok.json"));

    DeploymentRun run = server.client().deploymentRuns().retrieve("drun_01ExampleRunOk");

    LoggedRequest request = onlyRequest(server);
    assertEquals("GET", request.getMethod().getName());
    assertEquals("/v1/deployment_runs/drun_01ExampleRunOk", request.getUrl());
    assertStandardHeaders(request);
    assertNoBody(request);
    assertOkRunFixture(run);
  }

  /** Every field of fixtures/deployment-run-ok.json. */
  static void assertOkRunFixture(DeploymentRun run) {
    assertEquals("drun_01ExampleRunOk", run.getId());
    assertEquals("deployment_run", run.getType());
    assertEquals("depl_01ExampleDeployment", run.getDeploymentId());
    assertEquals("agent", run.getAgent().getType());
    assertEquals("agent_01Example9AgentId", run.getAgent().getId());
    assertEquals(2, run.getAgent().getVersion());
    assertEquals(OffsetDateTime.parse("2026-11-24T12:31:40Z"), run.getCreatedAt());
    assertEquals("sesn_01ExampleSession", run.getSessionId());
    assertNull(run.getError());
    assertEquals("manual", assertInstanceOf(ManualTriggerContext.class, run.getTriggerContext()).getType());
  }
}
