package dev.managedagents.deployments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.TriggerType;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The list parameter classes generated from the spec's query parameters. */
class ListParamsTest {
  @Test
  void toBuilderKeepsEveryParameterAndParamsCompareByValue() {
    ListDeploymentRunsParams params =
        ListDeploymentRunsParams.builder()
            .deploymentId("depl_1")
            .createdAtGt(OffsetDateTime.parse("2026-01-01T00:00:00Z"))
            .hasError(true)
            .triggerType(TriggerType.SCHEDULE)
            .limit(1000)
            .page("cursor")
            .build();
    assertEquals(params, params.toBuilder().build());
    assertEquals(params.hashCode(), params.toBuilder().build().hashCode());
    assertNotEquals(params, params.toBuilder().limit(999).build());
    assertEquals(params.toBuilder().page("next").build(), params.withPage("next"));
  }

  @Test
  void rangesComeFromTheSpec() {
    ValidationException runs =
        assertThrows(
            ValidationException.class, () -> ListDeploymentRunsParams.builder().limit(1001).build());
    assertEquals("limit", runs.getArgument());
    assertEquals("limit: is 1001; it must be from 1 to 1000", runs.getMessage());
    ValidationException deployments =
        assertThrows(
            ValidationException.class, () -> ListDeploymentsParams.builder().limit(101).build());
    assertEquals("limit: is 101; it must be from 1 to 100", deployments.getMessage());
    assertThrows(ValidationException.class, () -> ListDeploymentsParams.builder().limit(0).build());
  }

  @Test
  void anIdWithALoneSurrogateIsRefusedNotSentAsAQuestionMark() {
    ValidationException runs =
        assertThrows(
            ValidationException.class,
            () -> ListDeploymentRunsParams.builder().deploymentId("depl_01\uD800").build());
    assertEquals(
        "deployment_id: must not contain a lone UTF-16 surrogate; found U+D800 at index 7, which"
            + " UTF-8 cannot encode",
        runs.getMessage());
    ValidationException deployments =
        assertThrows(
            ValidationException.class, () -> ListDeploymentsParams.builder().agentId("\uDC00agent").build());
    assertEquals("agent_id", deployments.getArgument());
    // A pair is one character, and fine.
    ListDeploymentsParams.builder().agentId("agent_\uD83D\uDE00").page("cursor").build();
  }

  @Test
  void statusAndIncludeArchivedAreNotAllowedTogether() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                ListDeploymentsParams.builder()
                    .status(DeploymentStatus.ACTIVE)
                    .includeArchived(false)
                    .build());
    assertEquals("status", e.getArgument());
    // Either alone is fine, and unsetting one makes the pair fine.
    ListDeploymentsParams.builder().status(DeploymentStatus.ACTIVE).build();
    ListDeploymentsParams.builder()
        .status(DeploymentStatus.ACTIVE)
        .includeArchived(true)
        .includeArchived(null)
        .build();
  }
}
