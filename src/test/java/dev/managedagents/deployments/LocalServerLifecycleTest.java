package dev.managedagents.deployments;

import static dev.managedagents.deployments.LocalServerFixture.START;
import static dev.managedagents.deployments.LocalServerFixture.cron;
import static dev.managedagents.deployments.LocalServerFixture.minimalParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.AgentReferenceParam;
import dev.managedagents.deployments.model.BranchCheckout;
import dev.managedagents.deployments.model.BudgetLimit;
import dev.managedagents.deployments.model.CronSchedule;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.FileResourceParam;
import dev.managedagents.deployments.model.GitHubRepositoryResourceConfig;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.ManualPausedReason;
import dev.managedagents.deployments.model.ManualTriggerContext;
import dev.managedagents.deployments.model.MemoryStoreAccess;
import dev.managedagents.deployments.model.MemoryStoreResourceParam;
import dev.managedagents.deployments.model.Money;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.SystemMessageEvent;
import dev.managedagents.deployments.model.SystemMessageEventParam;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.TextRubric;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.UserDefineOutcomeEvent;
import dev.managedagents.deployments.model.UserDefineOutcomeEventParam;
import dev.managedagents.deployments.model.UserMessageEvent;
import dev.managedagents.deployments.model.UserMessageEventParam;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** Whole lifecycles through the SDK facade against the local server. */
class LocalServerLifecycleTest {
  private static final String REPO_TOKEN = "ghp_secretRepoToken123";

  private final LocalServerFixture f = new LocalServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private static BudgetLimit budget(String amount) {
    return BudgetLimit.builder()
        .maxListCost(Money.builder().amount(amount).currency("USD").build())
        .build();
  }

  private Deployment createFull() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("team", "platform");
    metadata.put("owner", "alice");
    return f.deployments()
        .create(
            minimalParams("nightly")
                .description("Nightly triage")
                .initialEvents(
                    Arrays.asList(
                        UserMessageEventParam.builder()
                            .content(Collections.singletonList(TextBlock.builder().text("Triage.").build()))
                            .build(),
                        SystemMessageEventParam.builder()
                            .content(Collections.singletonList(TextBlock.builder().text("Be brief.").build()))
                            .build(),
                        UserDefineOutcomeEventParam.builder()
                            .description("A report")
                            .rubric(TextRubric.builder().content("Lists every issue.").build())
                            .maxIterations(5)
                            .build()))
                .resources(
                    Arrays.<ResourceParam>asList(
                        GitHubRepositoryResourceParam.builder()
                            .url("https://github.com/example/app")
                            .authorizationToken(REPO_TOKEN)
                            .checkout(BranchCheckout.builder().name("main").build())
                            .build(),
                        FileResourceParam.builder().fileId("file_01Spec").build(),
                        MemoryStoreResourceParam.builder()
                            .memoryStoreId("memstore_01Notes")
                            .access(MemoryStoreAccess.READ_ONLY)
                            .build()))
                .vaultIds(Collections.singletonList("vlt_01Secrets"))
                .metadata(metadata)
                .schedule(cron("0 9 * * 1-5", "Europe/Berlin"))
                .budget(budget("2500"))
                .build());
  }

  /** What the server answers to {@code patch} of a deployment made by {@link #createFull()}. */
  private Deployment updatedFull(UnaryOperator<UpdateDeploymentParams.Builder> patch) {
    Deployment created = createFull();
    return f.deployments()
        .update(created.getId(), patch.apply(UpdateDeploymentParams.builder()).build());
  }

  @Test
  void createStoresEveryFieldWithIdsAndServerTimestamps() {
    Deployment created = createFull();

    assertTrue(created.getId().startsWith("depl_"), created.getId());
    assertEquals("nightly", created.getName());
    assertEquals("Nightly triage", created.getDescription());
    assertEquals("agent_01Example", created.getAgent().getId());
    assertEquals(1, created.getAgent().getVersion(), "an agent ID alone pins the latest version");
    assertInstanceOf(UserMessageEvent.class, created.getInitialEvents().get(0));
    assertInstanceOf(SystemMessageEvent.class, created.getInitialEvents().get(1));
    UserDefineOutcomeEvent outcome =
        assertInstanceOf(UserDefineOutcomeEvent.class, created.getInitialEvents().get(2));
    assertEquals(5, outcome.getMaxIterations());
    assertEquals(3, created.getResources().size());
    assertEquals(Collections.singletonList("vlt_01Secrets"), created.getVaultIds());
    assertEquals("platform", created.getMetadata().get("team"));
    assertEquals("2500", created.getBudget().getMaxListCost().getAmount());
    assertEquals(DeploymentStatus.ACTIVE, created.getStatus());
    assertNull(created.getPausedReason());
    assertEquals(START.atOffset(ZoneOffset.UTC), created.getCreatedAt());
    assertEquals(created.getCreatedAt(), created.getUpdatedAt());
    assertNull(created.getArchivedAt());
    assertEquals(created, f.deployments().retrieve(created.getId()));
  }

  @Test
  void repositoryTokenIsWriteOnly() {
    Deployment created = createFull();

    GitHubRepositoryResourceConfig repo =
        assertInstanceOf(GitHubRepositoryResourceConfig.class, created.getResources().get(0));
    assertEquals("https://github.com/example/app", repo.getUrl());
    assertFalse(DeploymentsJson.toJson(f.deployments().retrieve(created.getId())).contains(REPO_TOKEN));
  }

  @Test
  void createWithScheduleReportsFiveUpcomingRunsInItsTimezone() {
    Deployment created = createFull();

    CronSchedule schedule = assertInstanceOf(CronSchedule.class, created.getSchedule());
    // 09:00 in Berlin on weekdays is 08:00Z in November; START is Monday 10:00Z, after Monday's run.
    List<OffsetDateTime> expected =
        Arrays.asList(
            OffsetDateTime.parse("2026-11-03T08:00:00Z"),
            OffsetDateTime.parse("2026-11-04T08:00:00Z"),
            OffsetDateTime.parse("2026-11-05T08:00:00Z"),
            OffsetDateTime.parse("2026-11-06T08:00:00Z"),
            OffsetDateTime.parse("2026-11-09T08:00:00Z"));
    assertEquals(expected, schedule.getUpcomingRunsAt());
    assertNull(schedule.getLastRunAt());
  }

  @Test
  void emptyPatchKeepsEverythingButUpdatedAt() {
    Deployment created = createFull();
    f.server.advanceTime(Duration.ofMinutes(1));

    Deployment updated =
        f.deployments().update(created.getId(), UpdateDeploymentParams.builder().build());

    assertEquals(
        created.toBuilder().updatedAt(updated.getUpdatedAt()).build(), updated);
    assertEquals(created.getUpdatedAt().plusMinutes(1), updated.getUpdatedAt());
  }

  @Test
  void patchSetsOnlyTheFieldsItNames() {
    Deployment created = createFull();

    Deployment updated =
        f.deployments()
            .update(
                created.getId(),
                UpdateDeploymentParams.builder().name("renamed").environmentId("env_02Other").build());

    assertEquals("renamed", updated.getName());
    assertEquals("env_02Other", updated.getEnvironmentId());
    assertEquals(created.getDescription(), updated.getDescription());
    assertEquals(created.getResources(), updated.getResources());
    assertEquals(created.getMetadata(), updated.getMetadata());
    assertEquals(created.getSchedule(), updated.getSchedule());
    assertEquals(created.getBudget(), updated.getBudget());
  }

  @ParameterizedTest(name = "description {0}")
  @NullAndEmptySource
  void nullOrEmptyDescriptionClearsIt(String description) {
    Deployment updated = updatedFull(patch -> patch.description(description));

    assertNull(updated.getDescription());
  }

  @Test
  void emptyListsClearResourcesAndVaultIds() {
    Deployment created = createFull();

    Deployment updated =
        f.deployments()
            .update(
                created.getId(),
                UpdateDeploymentParams.builder()
                    .resources(Collections.<ResourceParam>emptyList())
                    .vaultIds(Collections.<String>emptyList())
                    .build());

    assertTrue(updated.getResources().isEmpty());
    assertTrue(updated.getVaultIds().isEmpty());
  }

  @Test
  void nullListsClearResourcesAndVaultIds() {
    Deployment updated = updatedFull(patch -> patch.resources(null).vaultIds(null));

    assertTrue(updated.getResources().isEmpty());
    assertTrue(updated.getVaultIds().isEmpty());
  }

  @Test
  void resourcesAreReplacedWhole() {
    Deployment created = createFull();

    Deployment updated =
        f.deployments()
            .update(
                created.getId(),
                UpdateDeploymentParams.builder()
                    .resources(
                        Collections.<ResourceParam>singletonList(
                            FileResourceParam.builder().fileId("file_02New").mountPath("/data/new").build()))
                    .build());

    assertEquals(1, updated.getResources().size());
    assertEquals("file", updated.getResources().get(0).getType());
  }

  @Test
  void metadataNullDeletesItsKeyAndKeepsTheOthers() {
    Deployment created = createFull();

    Deployment updated =
        f.deployments()
            .update(
                created.getId(),
                UpdateDeploymentParams.builder().putMetadata("owner", null).putMetadata("tier", "gold").build());

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("team", "platform");
    expected.put("tier", "gold");
    assertEquals(expected, updated.getMetadata());
  }

  @Test
  void nullScheduleMakesTheDeploymentManualOnly() {
    Deployment updated = updatedFull(patch -> patch.schedule(null));

    assertNull(updated.getSchedule());
  }

  @Test
  void newScheduleReplacesTheOldOne() {
    Deployment updated = updatedFull(patch -> patch.schedule(cron("30 6 * * *", "UTC")));

    CronSchedule schedule = assertInstanceOf(CronSchedule.class, updated.getSchedule());
    assertEquals("30 6 * * *", schedule.getExpression());
    assertEquals(OffsetDateTime.parse("2026-11-03T06:30:00Z"), schedule.getUpcomingRunsAt().get(0));
  }

  @Test
  void nullBudgetRemovesItAndABudgetReplacesIt() {
    Deployment created = createFull();

    Deployment cleared =
        f.deployments().update(created.getId(), UpdateDeploymentParams.builder().budget(null).build());
    Deployment replaced =
        f.deployments().update(created.getId(), UpdateDeploymentParams.builder().budget(budget("50")).build());

    assertNull(cleared.getBudget());
    assertFalse(DeploymentsJson.toJson(cleared).contains("\"budget\""), "budget is absent, not null");
    assertEquals("50", replaced.getBudget().getMaxListCost().getAmount());
  }

  @Test
  void agentObjectPinsItsVersionAndAnIdRepinsTheLatest() {
    Deployment created = createFull();

    Deployment pinned =
        f.deployments()
            .update(
                created.getId(),
                UpdateDeploymentParams.builder()
                    .agent(AgentReferenceParam.builder().id("agent_02Other").version(7).build())
                    .build());
    Deployment repinned =
        f.deployments()
            .update(created.getId(), UpdateDeploymentParams.builder().agent(AgentParam.id("agent_02Other")).build());

    assertEquals(7, pinned.getAgent().getVersion());
    assertEquals("agent_02Other", repinned.getAgent().getId());
    assertEquals(1, repinned.getAgent().getVersion());
  }

  @Test
  void pauseSetsAManualReasonAndUnpauseClearsIt() {
    Deployment created = createFull();

    Deployment paused = f.deployments().pause(created.getId());
    Deployment unpaused = f.deployments().unpause(created.getId());

    assertEquals(DeploymentStatus.PAUSED, paused.getStatus());
    assertInstanceOf(ManualPausedReason.class, paused.getPausedReason());
    assertEquals(DeploymentStatus.ACTIVE, unpaused.getStatus());
    assertNull(unpaused.getPausedReason());
  }

  @Test
  void pausedDeploymentStillReportsUpcomingRuns() {
    Deployment created = createFull();

    Deployment paused = f.deployments().pause(created.getId());

    assertEquals(5, ((CronSchedule) paused.getSchedule()).getUpcomingRunsAt().size());
  }

  @Test
  void archiveSetsArchivedAtAndEmptiesUpcomingRuns() {
    Deployment created = createFull();
    f.server.advanceTime(Duration.ofSeconds(5));

    Deployment archived = f.deployments().archive(created.getId());

    assertEquals(START.plusSeconds(5).atOffset(ZoneOffset.UTC), archived.getArchivedAt());
    assertTrue(((CronSchedule) archived.getSchedule()).getUpcomingRunsAt().isEmpty());
  }

  @Test
  void archiveIsIdempotent() {
    Deployment created = createFull();
    Deployment first = f.deployments().archive(created.getId());
    f.server.advanceTime(Duration.ofMinutes(1));

    Deployment second = f.deployments().archive(created.getId());

    assertEquals(first, second);
  }

  @Test
  void archivingAPausedDeploymentReportsActiveWithArchivedAt() {
    Deployment created = createFull();
    f.deployments().pause(created.getId());

    Deployment archived = f.deployments().archive(created.getId());

    assertEquals(DeploymentStatus.ACTIVE, archived.getStatus());
    assertNull(archived.getPausedReason());
    assertNotNull(archived.getArchivedAt());
  }

  @Test
  void archivedDeploymentRefusesUpdatePauseUnpauseAndRunWithConflict() {
    String id = createFull().getId();
    f.deployments().archive(id);

    List<ConflictException> refusals =
        Arrays.asList(
            assertThrows(
                ConflictException.class,
                () -> f.deployments().update(id, UpdateDeploymentParams.builder().name("x").build())),
            assertThrows(ConflictException.class, () -> f.deployments().pause(id)),
            assertThrows(ConflictException.class, () -> f.deployments().unpause(id)),
            assertThrows(ConflictException.class, () -> f.deployments().run(id)));

    for (ConflictException refusal : refusals) {
      assertEquals(409, refusal.getStatus());
      assertEquals("conflict_error", refusal.getErrorType());
      assertTrue(refusal.getRequestId().startsWith("req_"), refusal.getRequestId());
    }
    assertEquals("nightly", f.deployments().retrieve(id).getName(), "nothing changed");
  }

  @Test
  void runCreatesAManualRunWithASession() {
    Deployment created = createFull();

    DeploymentRun run = f.deployments().run(created.getId());

    assertTrue(run.getId().startsWith("drun_"), run.getId());
    assertEquals(created.getId(), run.getDeploymentId());
    assertEquals(created.getAgent(), run.getAgent());
    assertTrue(run.getSessionId().startsWith("sesn_"), run.getSessionId());
    assertNull(run.getError());
    assertInstanceOf(ManualTriggerContext.class, run.getTriggerContext());
    assertEquals(START.atOffset(ZoneOffset.UTC), run.getCreatedAt());
    assertEquals(run, f.runs().retrieve(run.getId()));
    assertEquals(
        Collections.singletonList(run),
        f.runs().list(ListDeploymentRunsParams.builder().deploymentId(created.getId()).build()).getData());
  }

  @Test
  void manualRunDoesNotChangeLastRunAt() {
    Deployment created = createFull();

    f.deployments().run(created.getId());

    assertNull(((CronSchedule) f.deployments().retrieve(created.getId()).getSchedule()).getLastRunAt());
  }

  @Test
  void pausedDeploymentCanStillRunNow() {
    Deployment created = createFull();
    f.deployments().pause(created.getId());

    DeploymentRun run = f.deployments().run(created.getId());

    assertNotNull(run.getSessionId());
  }

  @Test
  void listHidesArchivedDeploymentsUnlessIncludeArchived() {
    Deployment kept = f.deployments().create(minimalParams("kept").build());
    Deployment archived = f.deployments().create(minimalParams("archived").build());
    f.deployments().archive(archived.getId());

    List<Deployment> visible = f.deployments().list().getData();
    List<Deployment> all =
        f.deployments().list(ListDeploymentsParams.builder().includeArchived(true).build()).getData();

    assertEquals(Collections.singletonList(kept.getId()), ids(visible));
    assertEquals(Arrays.asList(archived.getId(), kept.getId()), ids(all));
  }

  @Test
  void listFiltersByStatus() {
    Deployment active = f.deployments().create(minimalParams("active").build());
    Deployment paused = f.deployments().create(minimalParams("paused").build());
    f.deployments().pause(paused.getId());

    assertEquals(
        Collections.singletonList(paused.getId()),
        ids(f.deployments().list(ListDeploymentsParams.builder().status(DeploymentStatus.PAUSED).build()).getData()));
    assertEquals(
        Collections.singletonList(active.getId()),
        ids(f.deployments().list(ListDeploymentsParams.builder().status(DeploymentStatus.ACTIVE).build()).getData()));
  }

  @Test
  void listFiltersByAgent() {
    f.deployments().create(minimalParams("one").build());
    Deployment other =
        f.deployments().create(minimalParams("two").agent(AgentParam.id("agent_02Other")).build());

    List<Deployment> found =
        f.deployments().list(ListDeploymentsParams.builder().agentId("agent_02Other").build()).getData();

    assertEquals(Collections.singletonList(other.getId()), ids(found));
  }

  @Test
  void listFiltersByCreationTimeInclusively() {
    Deployment first = f.deployments().create(minimalParams("first").build());
    f.server.advanceTime(Duration.ofHours(1));
    Deployment second = f.deployments().create(minimalParams("second").build());
    f.server.advanceTime(Duration.ofHours(1));
    Deployment third = f.deployments().create(minimalParams("third").build());

    List<Deployment> found =
        f.deployments()
            .list(
                ListDeploymentsParams.builder()
                    .createdAtGte(second.getCreatedAt())
                    .createdAtLte(third.getCreatedAt())
                    .build())
            .getData();
    List<Deployment> upToFirst =
        f.deployments().list(ListDeploymentsParams.builder().createdAtLte(first.getCreatedAt()).build()).getData();

    assertEquals(Arrays.asList(third.getId(), second.getId()), ids(found));
    assertEquals(Collections.singletonList(first.getId()), ids(upToFirst));
  }

  @Test
  void listIsNewestFirst() {
    Deployment first = f.deployments().create(minimalParams("first").build());
    Deployment second = f.deployments().create(minimalParams("second").build());
    f.server.advanceTime(Duration.ofSeconds(1));
    Deployment third = f.deployments().create(minimalParams("third").build());

    assertEquals(Arrays.asList(third.getId(), second.getId(), first.getId()), ids(f.deployments().list().getData()));
  }

  @Test
  void wholeLifecycleFromCreateToArchive() {
    Deployment created = createFull();
    String id = created.getId();

    f.deployments()
        .update(
            id,
            UpdateDeploymentParams.builder()
                .description(null)
                .putMetadata("owner", null)
                .schedule(cron("0 18 * * 5", "America/New_York"))
                .build());
    DeploymentRun manual = f.deployments().run(id);
    f.deployments().pause(id);
    f.server.advanceTime(Duration.ofDays(7));
    f.deployments().unpause(id);
    f.server.advanceTime(Duration.ofDays(7));
    Deployment archived = f.deployments().archive(id);
    f.server.advanceTime(Duration.ofDays(7));

    List<DeploymentRun> runs =
        f.runs().list(ListDeploymentRunsParams.builder().deploymentId(id).build()).getData();
    assertEquals(2, runs.size(), "the manual run, and one Friday fire after unpausing");
    assertEquals(manual, runs.get(1));
    assertEquals("schedule", runs.get(0).getTriggerContext().getType());
    assertEquals(OffsetDateTime.parse("2026-11-13T23:00:00Z"), ((CronSchedule) archived.getSchedule()).getLastRunAt());
    assertNull(archived.getDescription());
    assertFalse(archived.getMetadata().containsKey("owner"));
  }

  static List<String> ids(List<Deployment> deployments) {
    String[] ids = new String[deployments.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = deployments.get(i).getId();
    }
    return Arrays.asList(ids);
  }
}
