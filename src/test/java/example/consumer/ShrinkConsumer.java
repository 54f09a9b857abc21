package example.consumer;

import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.ListDeploymentRunsParams;
import dev.managedagents.deployments.ListDeploymentsParams;
import dev.managedagents.deployments.NotFoundException;
import dev.managedagents.deployments.Page;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.BranchCheckout;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.ErrorPausedReason;
import dev.managedagents.deployments.model.GitHubRepositoryResourceConfig;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.ManualPausedReason;
import dev.managedagents.deployments.model.ManualTriggerContext;
import dev.managedagents.deployments.model.RunError;
import dev.managedagents.deployments.model.ScheduleTriggerContext;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UserMessageEvent;
import dev.managedagents.deployments.model.UserMessageEventParam;
import dev.managedagents.deployments.model.VaultArchivedPausedReasonError;
import dev.managedagents.deployments.model.VaultArchivedRunError;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A small app that uses the SDK the ordinary way. ShrunkConsumerIT shrinks and obfuscates it with
 * ProGuard, keeping only this class's main and applying the rules the jars ship, then runs it
 * against a local server that answers with the responses below. Each check that holds prints
 * "ok ..."; the first that does not ends the program with a non-zero status.
 */
public final class ShrinkConsumer {
  private ShrinkConsumer() {}

  public static void main(String[] args) throws Exception {
    String id = "depl_01ExampleDeployment";
    try (DeploymentsClient client =
        DeploymentsClient.builder().apiKey("sk-shrink").baseUrl(args[0]).maxRetries(0).build()) {
      Deployment created = client.deployments().create(createParams());
      check(created.getId().equals(id), "create decodes the id");
      check(created.getAgent().getVersion() == 2, "create decodes the agent version");
      check(created.getInitialEvents().get(0) instanceof UserMessageEvent, "create decodes the event union");
      GitHubRepositoryResourceConfig repo = (GitHubRepositoryResourceConfig) created.getResources().get(0);
      check(((BranchCheckout) repo.getCheckout()).getName().equals("main"), "create decodes the checkout union");
      check(created.getBudget().getMaxListCost().getAmount().equals("2500"), "create decodes the budget");
      ok("create");

      List<String> listed = new ArrayList<>();
      for (Deployment deployment :
          client.deployments().list(ListDeploymentsParams.builder().limit(1).build()).autoPager()) {
        listed.add(deployment.getId());
      }
      check(listed.equals(Arrays.asList("depl_1", "depl_2")), "list walks two pages: " + listed);
      ok("list");

      Deployment paused = client.deployments().retrieve(id);
      check(paused.getDescription() == null, "retrieve decodes a null description");
      check(paused.getStatus().equals(DeploymentStatus.PAUSED), "retrieve decodes the status");
      ErrorPausedReason reason = (ErrorPausedReason) paused.getPausedReason();
      check(reason.getError() instanceof VaultArchivedPausedReasonError, "retrieve decodes the paused reason");
      check(paused.getUpdatedAt().equals(OffsetDateTime.parse("2026-11-20T07:59:58.412Z")), "retrieve decodes timestamps");
      check(paused.getAdditionalProperties().containsKey("future_field"), "retrieve keeps unknown fields");
      ok("retrieve");

      Deployment updated =
          client
              .deployments()
              .update(id, UpdateDeploymentParams.builder().description(null).putMetadata("team", null).build());
      check(updated.getMetadata().isEmpty(), "update decodes the metadata");
      ok("update");

      check(client.deployments().archive(id).getArchivedAt() != null, "archive decodes archived_at");
      ok("archive");

      Deployment pausedNow = client.deployments().pause(id);
      check(pausedNow.getPausedReason() instanceof ManualPausedReason, "pause decodes the manual reason");
      ok("pause");

      check(client.deployments().unpause(id).getStatus().equals(DeploymentStatus.ACTIVE), "unpause decodes the status");
      ok("unpause");

      DeploymentRun run = client.deployments().run(id);
      check("sesn_01ExampleSession".equals(run.getSessionId()), "run decodes the session id");
      check(run.getTriggerContext() instanceof ManualTriggerContext, "run decodes the trigger union");
      ok("run");

      Page<DeploymentRun> runs =
          client.deploymentRuns().list(ListDeploymentRunsParams.builder().deploymentId(id).hasError(true).build());
      RunError future = runs.getData().get(1).getError();
      check(future instanceof RunError.Unknown, "list runs keeps an unknown error type");
      check(((RunError.Unknown) future).getJson().getJson().contains("quota_exhausted_error"), "list runs keeps its JSON");
      ok("list runs");

      DeploymentRun failed = client.deploymentRuns().retrieve("drun_01ExampleRunFail");
      check(((VaultArchivedRunError) failed.getError()).getMessage().startsWith("Vault"), "retrieve run decodes the error");
      check(failed.getTriggerContext() instanceof ScheduleTriggerContext, "retrieve run decodes the trigger union");
      ok("retrieve run");

      Deployment async = client.deployments().retrieveAsync(id).get();
      check(async.getId().equals(id), "retrieveAsync decodes");
      ok("retrieve async");

      try {
        client.deployments().retrieve("depl_missing");
        check(false, "a 404 throws");
      } catch (NotFoundException e) {
        check("not_found_error".equals(e.getErrorType()), "a 404 decodes the error envelope: " + e.getErrorType());
      }
      ok("not found");
    }
    System.out.println("all operations decoded");
  }

  private static CreateDeploymentParams createParams() {
    return CreateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01Example9AgentId"))
        .environmentId("env_01Example9EnvId")
        .name("weekly-report")
        .initialEvents(
            Collections.singletonList(
                UserMessageEventParam.builder()
                    .content(Collections.singletonList(TextBlock.builder().text("Write the weekly report.").build()))
                    .build()))
        .resources(
            Collections.singletonList(
                GitHubRepositoryResourceParam.builder()
                    .url("https://github.com/example/reports")
                    .authorizationToken("ghp_example")
                    .checkout(BranchCheckout.builder().name("main").build())
                    .build()))
        .build();
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("FAILED: " + what);
    }
  }

  private static void ok(String operation) {
    System.out.println("ok " + operation);
  }
}
