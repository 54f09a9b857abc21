package dev.managedagents.deployments.readme;

import dev.managedagents.deployments.ConflictException;
import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.ListDeploymentRunsParams;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UserMessageEventParam;
import java.util.Collections;

/**
 * The README's Java quick start, compiled so that it cannot rot; ReadmeSnippetTest checks that the
 * README shows exactly the lines between the markers.
 */
final class ReadmeJavaSnippet {
  private ReadmeJavaSnippet() {}

  static void quickStart() {
    // README-BEGIN
    try (DeploymentsClient client = DeploymentsClient.builder().build()) { // reads ANTHROPIC_API_KEY
      Deployment deployment = client.deployments().create(
          CreateDeploymentParams.builder()
              .agent(AgentParam.id("agent_01..."))
              .environmentId("env_01...")
              .name("weekly-report")
              .initialEvents(Collections.singletonList(
                  UserMessageEventParam.builder()
                      .content(Collections.singletonList(TextBlock.builder().text("Write the weekly report.").build()))
                      .build()))
              .schedule(CronScheduleParam.builder().expression("0 9 * * 1").timezone("Europe/Berlin").build())
              .build());

      // A patch: clear the description, delete one metadata key, keep everything else.
      client.deployments().update(deployment.getId(),
          UpdateDeploymentParams.builder().description(null).putMetadata("team", null).build());

      for (DeploymentRun run : client.deploymentRuns()
          .list(ListDeploymentRunsParams.builder().deploymentId(deployment.getId()).build())
          .autoPager()) {
        System.out.println(run.getId() + " " + (run.getError() == null ? run.getSessionId() : run.getError().getType()));
      }
    } catch (ConflictException e) {            // 409, e.g. the deployment is archived
      System.err.println(e.getMessage() + " " + e.getRequestId());
    }
    // README-END
  }
}
