package dev.managedagents.deployments.example;

import dev.managedagents.deployments.ApiException;
import dev.managedagents.deployments.ConflictException;
import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.ListDeploymentRunsParams;
import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.BranchCheckout;
import dev.managedagents.deployments.model.ContentBlock;
import dev.managedagents.deployments.model.ContentBlockParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronSchedule;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DocumentBlock;
import dev.managedagents.deployments.model.FileResourceConfig;
import dev.managedagents.deployments.model.FileResourceParam;
import dev.managedagents.deployments.model.GitHubRepositoryResourceConfig;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.ImageBlock;
import dev.managedagents.deployments.model.InitialEvent;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.MemoryStoreAccess;
import dev.managedagents.deployments.model.MemoryStoreResourceConfig;
import dev.managedagents.deployments.model.MemoryStoreResourceParam;
import dev.managedagents.deployments.model.PlainTextDocumentSource;
import dev.managedagents.deployments.model.ResourceConfig;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.Schedule;
import dev.managedagents.deployments.model.SystemMessageEventParam;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.TextRubric;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UrlImageSource;
import dev.managedagents.deployments.model.UserDefineOutcomeEvent;
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam;
import dev.managedagents.deployments.model.UserMessageEvent;
import dev.managedagents.deployments.model.UserMessageEventParam;
import dev.managedagents.deployments.testing.LocalDeploymentsServer;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The whole life of a deployment, step by step: create it with a schedule, every kind of initial
 * event and resource; list; update; run now; pause; list runs; unpause; archive; and handle the
 * error that changing an archived deployment gives.
 *
 * <p>It talks to a {@link LocalDeploymentsServer} started in this process, unless {@code
 * ANTHROPIC_API_KEY} is set: then it talks to the real API ({@code ANTHROPIC_BASE_URL} overrides
 * where), and the IDs it uses must name real objects of your workspace: set {@code
 * EXAMPLE_AGENT_ID}, {@code EXAMPLE_ENVIRONMENT_ID}, {@code EXAMPLE_FILE_ID}, {@code
 * EXAMPLE_MEMORY_STORE_ID}, {@code EXAMPLE_REPOSITORY_URL} and {@code EXAMPLE_REPOSITORY_TOKEN}.
 * It archives what it creates. It never prints the API key or the repository token.
 */
public final class DeploymentLifecycleExample {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private DeploymentLifecycleExample() {}

  public static void main(String[] args) {
    run(System.getenv(), System.out);
  }

  /** Runs the example with these environment variables, printing to {@code out}. */
  public static void run(Map<String, String> env, PrintStream out) {
    out.println("Deployments SDK example: the whole life of a deployment");
    if (env.get("ANTHROPIC_API_KEY") != null) {
      // The builder reads ANTHROPIC_API_KEY and ANTHROPIC_BASE_URL itself.
      try (DeploymentsClient client = DeploymentsClient.builder().build()) {
        out.println("Talking to the real API (" + client + ")");
        walkThrough(client, env, out);
      }
      return;
    }
    try (LocalDeploymentsServer server = LocalDeploymentsServer.start();
        DeploymentsClient client =
            DeploymentsClient.builder().baseUrl(server.baseUrl()).apiKey(server.apiKey()).build()) {
      out.println(
          "Talking to a local Deployments server at " + server.baseUrl()
              + " (set ANTHROPIC_API_KEY to use the real API)");
      walkThrough(client, env, out);
    }
  }

  private static void walkThrough(DeploymentsClient client, Map<String, String> env, PrintStream out) {
    step(out, 1, "Create a deployment that runs on weekday mornings");
    Deployment deployment = client.deployments().create(createParams(env));
    String id = deployment.getId();
    out.println("   created " + summary(deployment));
    out.println("   description: " + deployment.getDescription());
    out.println("   schedule: " + schedule(deployment.getSchedule()));
    out.println("   initial events: " + events(deployment.getInitialEvents()));
    out.println("   resources: " + resources(deployment.getResources()));
    out.println("   metadata: " + deployment.getMetadata());

    step(out, 2, "List deployments");
    for (Deployment listed : client.deployments().list().getData()) {
      out.println("   " + summary(listed));
    }

    step(out, 3, "Update: clear the description, delete metadata key \"ticket\", run on Saturdays");
    Deployment updated =
        client
            .deployments()
            .update(
                id,
                UpdateDeploymentParams.builder()
                    .description(null)
                    .putMetadata("ticket", null)
                    .schedule(
                        CronScheduleParam.builder().expression("0 10 * * 6").timezone("Europe/Berlin").build())
                    .build());
    out.println("   description: " + orNone(updated.getDescription()));
    out.println("   metadata: " + updated.getMetadata());
    out.println("   schedule: " + schedule(updated.getSchedule()));

    step(out, 4, "Run it now");
    DeploymentRun run = client.deployments().run(id);
    out.println("   " + run(run));

    step(out, 5, "Pause it");
    Deployment paused = client.deployments().pause(id);
    out.println("   status: " + paused.getStatus() + ", reason: " + paused.getPausedReason().getType());

    step(out, 6, "List its runs");
    for (DeploymentRun listed :
        client.deploymentRuns().list(ListDeploymentRunsParams.builder().deploymentId(id).build()).getData()) {
      out.println("   " + run(listed));
    }

    step(out, 7, "Unpause it");
    Deployment unpaused = client.deployments().unpause(id);
    out.println(
        "   status: " + unpaused.getStatus() + ", reason: "
            + (unpaused.getPausedReason() == null ? "(none)" : unpaused.getPausedReason().getType()));

    step(out, 8, "Archive it");
    Deployment archived = client.deployments().archive(id);
    out.println("   archived at " + TIME.format(archived.getArchivedAt()));
    out.println("   schedule: " + schedule(archived.getSchedule()));

    step(out, 9, "Handle an error: try to rename the archived deployment");
    try {
      client.deployments().update(id, UpdateDeploymentParams.builder().name("renamed").build());
      out.println("   unexpected: the update went through");
    } catch (ConflictException e) {
      out.println("   refused as expected: " + describe(e));
    }
    out.println();
    out.println("Done.");
  }

  private static CreateDeploymentParams createParams(Map<String, String> env) {
    List<ContentBlockParam> message =
        Arrays.<ContentBlockParam>asList(
            TextBlock.builder().text("Triage the issues opened since yesterday.").build(),
            ImageBlock.builder()
                .source(UrlImageSource.builder().url("https://example.com/architecture.png").build())
                .build(),
            DocumentBlock.builder()
                .source(PlainTextDocumentSource.builder().data("Label bugs, close duplicates.").build())
                .title("Triage runbook")
                .build());
    List<InitialEventParam> events =
        Arrays.<InitialEventParam>asList(
            UserMessageEventParam.builder().content(message).build(),
            // A system message directly follows the user event it accompanies.
            SystemMessageEventParam.builder()
                .content(Arrays.asList(TextBlock.builder().text("Answer in English.").build()))
                .build(),
            UserDefineOutcomeEventParam.builder()
                .description("A triage report in triage.md")
                .rubric(TextRubric.builder().content("Every new issue is labelled or closed.").build())
                .maxIterations(5)
                .build());
    List<ResourceParam> resources =
        Arrays.<ResourceParam>asList(
            GitHubRepositoryResourceParam.builder()
                .url(setting(env, "EXAMPLE_REPOSITORY_URL", "https://github.com/example/app"))
                .authorizationToken(setting(env, "EXAMPLE_REPOSITORY_TOKEN", "ghp_exampleTokenNeverPrinted"))
                .checkout(BranchCheckout.builder().name("main").build())
                .build(),
            FileResourceParam.builder().fileId(setting(env, "EXAMPLE_FILE_ID", "file_01ExampleLabels")).build(),
            MemoryStoreResourceParam.builder()
                .memoryStoreId(setting(env, "EXAMPLE_MEMORY_STORE_ID", "memstore_01ExampleNotes"))
                .access(MemoryStoreAccess.READ_ONLY)
                .build());
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("team", "platform");
    metadata.put("ticket", "OPS-42");
    return CreateDeploymentParams.builder()
        .agent(AgentParam.id(setting(env, "EXAMPLE_AGENT_ID", "agent_01ExampleTriage")))
        .environmentId(setting(env, "EXAMPLE_ENVIRONMENT_ID", "env_01ExampleSandbox"))
        .name("nightly-triage")
        .description("Triages new issues every weekday morning")
        .initialEvents(events)
        .resources(resources)
        .metadata(metadata)
        .schedule(CronScheduleParam.builder().expression("0 9 * * 1-5").timezone("Europe/Berlin").build())
        .build();
  }

  private static String setting(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static void step(PrintStream out, int number, String title) {
    out.println();
    out.println(number + ". " + title);
  }

  private static String summary(Deployment deployment) {
    return deployment.getId() + " \"" + deployment.getName() + "\" (" + deployment.getStatus()
        + (deployment.getArchivedAt() == null ? "" : ", archived") + ")";
  }

  private static String schedule(@Nullable Schedule schedule) {
    if (!(schedule instanceof CronSchedule)) {
      return "none (runs only when asked)";
    }
    CronSchedule cron = (CronSchedule) schedule;
    List<String> next = new ArrayList<>();
    if (cron.getUpcomingRunsAt() != null) {
      for (OffsetDateTime time : cron.getUpcomingRunsAt()) {
        next.add(TIME.format(time));
      }
    }
    return "\"" + cron.getExpression() + "\" in " + cron.getTimezone() + "; next runs: "
        + (next.isEmpty() ? "none" : String.join(", ", next));
  }

  private static String events(List<InitialEvent> events) {
    List<String> names = new ArrayList<>();
    for (InitialEvent event : events) {
      if (event instanceof UserMessageEvent) {
        List<String> blocks = new ArrayList<>();
        for (ContentBlock block : ((UserMessageEvent) event).getContent()) {
          blocks.add(block.getType());
        }
        names.add(event.getType() + " " + blocks);
      } else if (event instanceof UserDefineOutcomeEvent) {
        UserDefineOutcomeEvent outcome = (UserDefineOutcomeEvent) event;
        names.add(
            event.getType() + " (" + outcome.getRubric().getType() + " rubric, up to "
                + outcome.getMaxIterations() + " iterations)");
      } else {
        names.add(event.getType());
      }
    }
    return String.join(", ", names);
  }

  /** The resources as the API reports them: the repository token is write-only and never returned. */
  private static String resources(List<ResourceConfig> resources) {
    List<String> names = new ArrayList<>();
    for (ResourceConfig resource : resources) {
      if (resource instanceof GitHubRepositoryResourceConfig) {
        GitHubRepositoryResourceConfig repo = (GitHubRepositoryResourceConfig) resource;
        names.add("github_repository " + repo.getUrl());
      } else if (resource instanceof FileResourceConfig) {
        names.add("file " + ((FileResourceConfig) resource).getFileId());
      } else if (resource instanceof MemoryStoreResourceConfig) {
        MemoryStoreResourceConfig store = (MemoryStoreResourceConfig) resource;
        names.add("memory_store " + store.getMemoryStoreId() + " (" + store.getAccess() + ")");
      } else {
        names.add(resource.getType());
      }
    }
    return String.join("; ", names);
  }

  private static String run(DeploymentRun run) {
    String outcome =
        run.getSessionId() != null
            ? "started session " + run.getSessionId()
            : "failed: " + (run.getError() == null ? "unknown" : run.getError().getType());
    return run.getId() + " (" + run.getTriggerContext().getType() + ", " + TIME.format(run.getCreatedAt())
        + ") " + outcome;
  }

  /** The message names status, error type, what the server said and the request ID. */
  private static String describe(ApiException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  private static String orNone(@Nullable String value) {
    return value == null ? "(none)" : value;
  }
}
