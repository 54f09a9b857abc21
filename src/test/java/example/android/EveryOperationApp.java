package example.android;

import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.ListDeploymentRunsParams;
import dev.managedagents.deployments.ListDeploymentsParams;
import dev.managedagents.deployments.NotFoundException;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.BranchCheckout;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.PausedReason;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UserMessageEventParam;
import java.util.Collections;

/**
 * An app that calls every operation, for AndroidToolsIT: R8 shrinks it in full mode with only the
 * rules the jars ship, and its output against the local server must equal the unshrunk app's. It
 * prints what it decoded, minus the server-made IDs, so two runs can be compared line by line.
 */
public final class EveryOperationApp {
  private EveryOperationApp() {}

  public static void main(String[] args) throws Exception {
    try (DeploymentsClient client =
        DeploymentsClient.builder().apiKey(args[1]).baseUrl(args[0]).maxRetries(0).build()) {
      Deployment created = client.deployments().create(params("weekly-report"));
      String id = created.getId();
      print("create", describe(created));
      client.deployments().create(params("daily-report"));

      StringBuilder names = new StringBuilder();
      for (Deployment d : client.deployments().list(ListDeploymentsParams.builder().limit(1).build()).autoPager()) {
        names.append(d.getName()).append(' ');
      }
      print("list", names.toString().trim());
      print("retrieve", describe(client.deployments().retrieve(id)));
      print(
          "update",
          describe(
              client
                  .deployments()
                  .update(id, UpdateDeploymentParams.builder().description(null).putMetadata("team", null).build())));
      print("pause", describe(client.deployments().pause(id)));
      print("unpause", describe(client.deployments().unpause(id)));
      DeploymentRun run = client.deployments().run(id);
      print("run", describe(run));
      for (DeploymentRun listed :
          client.deploymentRuns().list(ListDeploymentRunsParams.builder().deploymentId(id).build()).autoPager()) {
        print("list runs", describe(listed));
      }
      print("retrieve run", describe(client.deploymentRuns().retrieve(run.getId())));
      print("retrieve async", describe(client.deployments().retrieveAsync(id).get()));
      print("archive", describe(client.deployments().archive(id)));
      try {
        client.deployments().retrieve("depl_01Missing");
      } catch (NotFoundException e) {
        print("not found", e.getStatus() + " " + e.getErrorType());
      }
    }
    System.out.println("done");
  }

  private static CreateDeploymentParams params(String name) {
    return CreateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01Example9AgentId"))
        .environmentId("env_01Example9EnvId")
        .name(name)
        .description("Writes the report")
        .putMetadata("team", "finance")
        .initialEvents(
            Collections.singletonList(
                UserMessageEventParam.builder()
                    .content(Collections.singletonList(TextBlock.builder().text("Write the " + name + ".").build()))
                    .build()))
        .resources(
            Collections.singletonList(
                GitHubRepositoryResourceParam.builder()
                    .url("https://github.com/example/reports")
                    .authorizationToken("ghp_example")
                    .checkout(BranchCheckout.builder().name("main").build())
                    .build()))
        .schedule(CronScheduleParam.builder().expression("0 9 * * 1").timezone("Europe/Berlin").build())
        .build();
  }

  private static String describe(Deployment d) {
    PausedReason reason = d.getPausedReason();
    return d.getName()
        + " status=" + d.getStatus()
        + " description=" + d.getDescription()
        + " metadata=" + d.getMetadata()
        + " agent=" + d.getAgent().getId() + "@" + d.getAgent().getVersion()
        + " events=" + d.getInitialEvents().size() + ":" + d.getInitialEvents().get(0).getType()
        + " resource=" + d.getResources().get(0).getType()
        + " schedule=" + (d.getSchedule() == null ? null : d.getSchedule().getType())
        + " paused=" + (reason == null ? null : reason.getType())
        + " archived=" + (d.getArchivedAt() != null)
        + " created=" + d.getCreatedAt()
        + " models=" + models(d);
  }

  /** Equality, hashing and toString of models whose classes R8 may have merged. */
  private static String models(Deployment d) {
    Deployment copy = d.toBuilder().build();
    return d.equals(copy)
        + "," + (d.hashCode() == copy.hashCode())
        + "," + d.getAgent().equals(d.getInitialEvents().get(0))
        + "," + d.getResources().get(0).equals(copy.getResources().get(0))
        + "," + d.getInitialEvents().get(0).toString()
        + "," + d.getResources().get(0).toString();
  }

  private static String describe(DeploymentRun run) {
    return "run trigger=" + run.getTriggerContext().getType()
        + " error=" + (run.getError() == null ? null : run.getError().getType())
        + " session=" + (run.getSessionId() != null)
        + " created=" + run.getCreatedAt();
  }

  private static void print(String operation, String what) {
    System.out.println(operation + ": " + what);
  }
}
