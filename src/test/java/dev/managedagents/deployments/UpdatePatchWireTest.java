package dev.managedagents.deployments;

import static dev.managedagents.deployments.TestSupport.fixture;
import static dev.managedagents.deployments.TestSupport.onlyRequest;
import static dev.managedagents.deployments.TestSupport.respond;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.AgentReferenceParam;
import dev.managedagents.deployments.model.BudgetLimit;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.FileResourceParam;
import dev.managedagents.deployments.model.Money;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each update case of the reference (§3.2) as the exact bytes the server receives: a field left
 * out, set, or cleared, the metadata patch, and both agent forms.
 */
class UpdatePatchWireTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.create();

  @BeforeEach
  void answerWithADeployment() {
    respond(server, 200, fixture("deployment-active.json"));
  }

  /** Sends the patch and returns the body the server received. */
  private static String sent(UpdateDeploymentParams patch) {
    server.client().deployments().update("depl_01ExampleActive", patch);
    return onlyRequest(server).getBodyAsString();
  }

  @Test
  void emptyPatchIsTheNoOpBody() {
    assertEquals("{}", sent(UpdateDeploymentParams.builder().build()));
  }

  @Test
  void referenceExampleClearsDescriptionAndScheduleAndDeletesOneMetadataKey() {
    String body =
        sent(
            UpdateDeploymentParams.builder()
                .description(null)
                .schedule(null)
                .putMetadata("team", null)
                .build());

    assertEquals("{\"description\":null,\"metadata\":{\"team\":null},\"schedule\":null}", body);
    TestSupport.assertJsonEquals("{\"description\":null,\"schedule\":null,\"metadata\":{\"team\":null}}", body);
  }

  @Test
  void descriptionSet() {
    assertEquals(
        "{\"description\":\"Runs every Monday.\"}",
        sent(UpdateDeploymentParams.builder().description("Runs every Monday.").build()));
  }

  @Test
  void descriptionClearedWithNull() {
    assertEquals("{\"description\":null}", sent(UpdateDeploymentParams.builder().description(null).build()));
  }

  @Test
  void aPropertyThatCannotBeClearedRefusesNullInsteadOfSendingNothing() {
    // name(null) used to leave the property out, so it did nothing while description(null) cleared.
    UpdateDeploymentParams.Builder patch = UpdateDeploymentParams.builder();
    NullPointerException refused = assertThrows(NullPointerException.class, () -> patch.name(null));
    assertEquals("name must not be null", refused.getMessage());
    assertThrows(NullPointerException.class, () -> patch.environmentId(null));
    assertThrows(NullPointerException.class, () -> patch.initialEvents(null));
    assertThrows(NullPointerException.class, () -> patch.metadata(null));
    assertThrows(NullPointerException.class, () -> patch.agent(null));
    assertEquals("{}", sent(patch.build()));
  }

  @Test
  void descriptionClearedWithEmptyString() {
    assertEquals("{\"description\":\"\"}", sent(UpdateDeploymentParams.builder().description("").build()));
  }

  @Test
  void agentByIdStringRepinsToLatest() {
    assertEquals(
        "{\"agent\":\"agent_01Example9AgentId\"}",
        sent(UpdateDeploymentParams.builder().agent(AgentParam.id("agent_01Example9AgentId")).build()));
  }

  @Test
  void agentByObjectWithVersion() {
    assertEquals(
        "{\"agent\":{\"type\":\"agent\",\"id\":\"agent_01Example9AgentId\",\"version\":4}}",
        sent(
            UpdateDeploymentParams.builder()
                .agent(AgentReferenceParam.builder().id("agent_01Example9AgentId").version(4).build())
                .build()));
  }

  @Test
  void environmentNameAndInitialEventsSet() {
    assertEquals(
        "{\"environment_id\":\"env_02\",\"initial_events\":[{\"type\":\"user.message\",\"content\":"
            + "[{\"type\":\"text\",\"text\":\"Again.\"}]}],\"name\":\"renamed\"}",
        sent(
            UpdateDeploymentParams.builder()
                .name("renamed")
                .environmentId("env_02")
                .initialEvents(Collections.singletonList(DeploymentsOperationsTest.userMessage("Again.")))
                .build()));
  }

  @Test
  void metadataUpsertsAndDeletesInOnePatch() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("owner", "ana");
    metadata.put("team", null);
    metadata.put("tier", "2");

    assertEquals(
        "{\"metadata\":{\"owner\":\"ana\",\"team\":null,\"tier\":\"2\"}}",
        sent(UpdateDeploymentParams.builder().metadata(metadata).build()));
  }

  @Test
  void resourcesReplacedWhole() {
    assertEquals(
        "{\"resources\":[{\"type\":\"file\",\"file_id\":\"file_1\"}]}",
        sent(
            UpdateDeploymentParams.builder()
                .resources(Collections.singletonList(FileResourceParam.builder().fileId("file_1").build()))
                .build()));
  }

  @Test
  void resourcesAddedOneAtATimeReplaceTheStoredOnesInThatOrder() {
    assertEquals(
        "{\"resources\":[{\"type\":\"file\",\"file_id\":\"file_1\"},{\"type\":\"file\",\"file_id\":\"file_2\"}]}",
        sent(
            UpdateDeploymentParams.builder()
                .addResourcesItem(FileResourceParam.builder().fileId("file_1").build())
                .addResourcesItem(FileResourceParam.builder().fileId("file_2").build())
                .build()));
  }

  @Test
  void resourcesClearedWithNull() {
    assertEquals("{\"resources\":null}", sent(UpdateDeploymentParams.builder().resources(null).build()));
  }

  @Test
  void resourcesClearedWithEmptyList() {
    assertEquals(
        "{\"resources\":[]}", sent(UpdateDeploymentParams.builder().resources(Collections.emptyList()).build()));
  }

  @Test
  void vaultIdsReplacedWhole() {
    assertEquals(
        "{\"vault_ids\":[\"vlt_1\",\"vlt_2\"]}",
        sent(UpdateDeploymentParams.builder().vaultIds(Arrays.asList("vlt_1", "vlt_2")).build()));
  }

  @Test
  void vaultIdsClearedWithNull() {
    assertEquals("{\"vault_ids\":null}", sent(UpdateDeploymentParams.builder().vaultIds(null).build()));
  }

  @Test
  void vaultIdsClearedWithEmptyList() {
    assertEquals(
        "{\"vault_ids\":[]}", sent(UpdateDeploymentParams.builder().vaultIds(Collections.emptyList()).build()));
  }

  @Test
  void scheduleReplaced() {
    assertEquals(
        "{\"schedule\":{\"type\":\"cron\",\"expression\":\"0 7 * * *\",\"timezone\":\"Asia/Tokyo\"}}",
        sent(
            UpdateDeploymentParams.builder()
                .schedule(CronScheduleParam.builder().expression("0 7 * * *").timezone("Asia/Tokyo").build())
                .build()));
  }

  @Test
  void scheduleClearedMakesItManualOnly() {
    assertEquals("{\"schedule\":null}", sent(UpdateDeploymentParams.builder().schedule(null).build()));
  }

  @Test
  void budgetReplaced() {
    assertEquals(
        "{\"budget\":{\"type\":\"limit\",\"max_list_cost\":{\"amount\":\"50\",\"currency\":\"USD\"}}}",
        sent(
            UpdateDeploymentParams.builder()
                .budget(
                    BudgetLimit.builder()
                        .maxListCost(Money.builder().amount("50").currency("USD").build())
                        .build())
                .build()));
  }

  @Test
  void budgetClearedLeavesLaterSessionsUncapped() {
    assertEquals("{\"budget\":null}", sent(UpdateDeploymentParams.builder().budget(null).build()));
  }

  @Test
  void clearingThenSettingAFieldSendsTheValue() {
    assertEquals(
        "{\"description\":\"back\"}",
        sent(UpdateDeploymentParams.builder().description(null).description("back").build()));
  }

  @Test
  void toBuilderKeepsWhichFieldsWereCleared() {
    UpdateDeploymentParams cleared = UpdateDeploymentParams.builder().budget(null).vaultIds(null).build();

    assertEquals(
        "{\"name\":\"n\",\"vault_ids\":null,\"budget\":null}",
        sent(cleared.toBuilder().name("n").build()));
  }
}
