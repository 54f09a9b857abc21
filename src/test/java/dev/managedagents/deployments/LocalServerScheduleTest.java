package dev.managedagents.deployments;

import static dev.managedagents.deployments.LocalServerFixture.START;
import static dev.managedagents.deployments.LocalServerFixture.cron;
import static dev.managedagents.deployments.LocalServerFixture.minimalParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.managedagents.deployments.model.CronSchedule;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.ErrorPausedReason;
import dev.managedagents.deployments.model.ScheduleTriggerContext;
import dev.managedagents.deployments.model.SessionRateLimitedRunError;
import dev.managedagents.deployments.model.TriggerType;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import dev.managedagents.deployments.model.VaultArchivedPausedReasonError;
import dev.managedagents.deployments.model.VaultArchivedRunError;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Schedules: upcoming runs, and fires only when the test moves the server's clock. */
class LocalServerScheduleTest {
  private final LocalServerFixture f = new LocalServerFixture();

  @AfterEach
  void close() {
    f.close();
  }

  private Deployment hourly() {
    return f.deployments().create(minimalParams("hourly").schedule(cron("0 * * * *", "UTC")).build());
  }

  private List<DeploymentRun> runsOf(String id) {
    List<DeploymentRun> runs = new ArrayList<>();
    for (DeploymentRun run :
        f.runs().list(ListDeploymentRunsParams.builder().deploymentId(id).limit(1000).build()).autoPager()) {
      runs.add(run);
    }
    return runs;
  }

  @Test
  void nothingFiresUntilTheClockMoves() {
    Deployment deployment = hourly();

    assertTrue(runsOf(deployment.getId()).isEmpty());
  }

  @Test
  void movingTheClockFiresEachPassedTimeOnceNewestFirstInTheList() {
    Deployment deployment = hourly();

    f.server.advanceTime(Duration.ofHours(3));

    List<DeploymentRun> runs = runsOf(deployment.getId());
    assertEquals(3, runs.size());
    List<OffsetDateTime> scheduled = new ArrayList<>();
    for (DeploymentRun run : runs) {
      ScheduleTriggerContext trigger = assertInstanceOf(ScheduleTriggerContext.class, run.getTriggerContext());
      assertEquals(trigger.getScheduledAt(), run.getCreatedAt());
      assertTrue(run.getSessionId().startsWith("sesn_"));
      scheduled.add(trigger.getScheduledAt());
    }
    assertEquals(
        Arrays.asList(
            OffsetDateTime.parse("2026-11-02T13:00:00Z"),
            OffsetDateTime.parse("2026-11-02T12:00:00Z"),
            OffsetDateTime.parse("2026-11-02T11:00:00Z")),
        scheduled);
  }

  @Test
  void lastRunAtAndUpcomingRunsFollowTheClock() {
    Deployment deployment = hourly();

    f.server.advanceTime(Duration.ofMinutes(90));

    CronSchedule schedule = (CronSchedule) f.deployments().retrieve(deployment.getId()).getSchedule();
    assertEquals(OffsetDateTime.parse("2026-11-02T11:00:00Z"), schedule.getLastRunAt());
    assertEquals(OffsetDateTime.parse("2026-11-02T12:00:00Z"), schedule.getUpcomingRunsAt().get(0));
    assertEquals(5, schedule.getUpcomingRunsAt().size());
  }

  @Test
  void settingTheClockForwardFiresAndBackFiresNothingTwice() {
    Deployment deployment = hourly();

    f.server.setTime(START.plus(Duration.ofHours(2)));
    f.server.setTime(START);
    f.server.setTime(START.plus(Duration.ofHours(2)));

    assertEquals(2, runsOf(deployment.getId()).size());
    assertEquals(START.plus(Duration.ofHours(2)), f.server.now());
  }

  @Test
  void pausedDeploymentSkipsItsFiresAndUnpausingDoesNotCatchUp() {
    Deployment deployment = hourly();
    f.deployments().pause(deployment.getId());

    f.server.advanceTime(Duration.ofHours(5));
    f.deployments().unpause(deployment.getId());
    f.server.advanceTime(Duration.ofMinutes(30));

    assertTrue(runsOf(deployment.getId()).isEmpty());
  }

  @Test
  void archivedDeploymentDoesNotFire() {
    Deployment deployment = hourly();
    f.deployments().archive(deployment.getId());

    f.server.advanceTime(Duration.ofHours(5));

    assertTrue(runsOf(deployment.getId()).isEmpty());
  }

  @Test
  void clearedScheduleStopsFiring() {
    Deployment deployment = hourly();
    f.deployments().update(deployment.getId(), UpdateDeploymentParams.builder().schedule(null).build());

    f.server.advanceTime(Duration.ofHours(5));

    assertTrue(runsOf(deployment.getId()).isEmpty());
  }

  @Test
  void scheduleFiresInItsOwnTimezoneAcrossADaylightSavingChange() {
    // Berlin leaves summer time on 2026-10-25: 09:00 is 07:00Z before and 08:00Z after.
    f.server.setTime(Instant.parse("2026-10-23T12:00:00Z"));
    Deployment deployment =
        f.deployments().create(minimalParams("daily").schedule(cron("0 9 * * *", "Europe/Berlin")).build());

    f.server.advanceTime(Duration.ofDays(3));

    List<OffsetDateTime> scheduled = new ArrayList<>();
    for (DeploymentRun run : runsOf(deployment.getId())) {
      scheduled.add(((ScheduleTriggerContext) run.getTriggerContext()).getScheduledAt());
    }
    assertEquals(
        Arrays.asList(
            OffsetDateTime.parse("2026-10-26T08:00:00Z"),
            OffsetDateTime.parse("2026-10-25T08:00:00Z"),
            OffsetDateTime.parse("2026-10-24T07:00:00Z")),
        scheduled);
  }

  @Test
  void failedScheduledRunPausesTheDeploymentWithThatError() {
    Deployment deployment = hourly();
    f.server.failNextRuns(
        1, VaultArchivedRunError.builder().message("Vault vlt_01 is archived.").build());

    f.server.advanceTime(Duration.ofHours(3));

    List<DeploymentRun> runs = runsOf(deployment.getId());
    assertEquals(1, runs.size(), "paused after the first failure, so no more fires");
    assertNull(runs.get(0).getSessionId());
    assertInstanceOf(VaultArchivedRunError.class, runs.get(0).getError());
    Deployment paused = f.deployments().retrieve(deployment.getId());
    assertEquals(DeploymentStatus.PAUSED, paused.getStatus());
    ErrorPausedReason reason = assertInstanceOf(ErrorPausedReason.class, paused.getPausedReason());
    assertInstanceOf(VaultArchivedPausedReasonError.class, reason.getError());
  }

  @Test
  void rateLimitedRunsDoNotPauseTheSchedule() {
    Deployment deployment = hourly();
    f.server.failNextRuns(1, SessionRateLimitedRunError.builder().message("Slow down.").build());

    f.server.advanceTime(Duration.ofHours(3));

    assertEquals(3, runsOf(deployment.getId()).size());
    assertEquals(DeploymentStatus.ACTIVE, f.deployments().retrieve(deployment.getId()).getStatus());
  }

  @Test
  void runListFiltersByErrorAndTrigger() {
    Deployment deployment = hourly();
    f.server.failNextRuns(1, SessionRateLimitedRunError.builder().message("Slow down.").build());
    f.server.advanceTime(Duration.ofHours(2));
    DeploymentRun manual = f.deployments().run(deployment.getId());

    List<DeploymentRun> failed = f.runs().list(ListDeploymentRunsParams.builder().hasError(true).build()).getData();
    List<DeploymentRun> succeeded = f.runs().list(ListDeploymentRunsParams.builder().hasError(false).build()).getData();
    List<DeploymentRun> manualOnly =
        f.runs().list(ListDeploymentRunsParams.builder().triggerType(TriggerType.MANUAL).build()).getData();
    List<DeploymentRun> scheduledOnly =
        f.runs().list(ListDeploymentRunsParams.builder().triggerType(TriggerType.SCHEDULE).build()).getData();

    assertEquals(1, failed.size());
    assertInstanceOf(SessionRateLimitedRunError.class, failed.get(0).getError());
    assertEquals(2, succeeded.size());
    assertEquals(java.util.Collections.singletonList(manual), manualOnly);
    assertEquals(2, scheduledOnly.size());
  }

  @Test
  void runListFiltersByCreationTimeBounds() {
    Deployment deployment = hourly();
    f.server.advanceTime(Duration.ofHours(4)); // fires at 11:00, 12:00, 13:00, 14:00
    OffsetDateTime noon = OffsetDateTime.parse("2026-11-02T12:00:00Z");
    OffsetDateTime one = OffsetDateTime.parse("2026-11-02T13:00:00Z");
    OffsetDateTime two = OffsetDateTime.parse("2026-11-02T14:00:00Z");

    assertEquals(1, count(ListDeploymentRunsParams.builder().createdAtGt(noon).createdAtLt(two)), "13:00 only");
    assertEquals(2, count(ListDeploymentRunsParams.builder().createdAtGte(noon).createdAtLte(one)));
    assertEquals(2, count(ListDeploymentRunsParams.builder().createdAtGt(noon)));
    assertEquals(1, count(ListDeploymentRunsParams.builder().createdAtLt(noon)));
    assertEquals(4, count(ListDeploymentRunsParams.builder().deploymentId(deployment.getId())));
  }

  private int count(ListDeploymentRunsParams.Builder params) {
    return f.runs().list(params.build()).getData().size();
  }

  @Test
  void movingTooFarForAMinutelyScheduleFailsAndKeepsTheClock() {
    f.deployments().create(minimalParams("minutely").schedule(cron("* * * * *", "UTC")).build());

    assertThrows(IllegalArgumentException.class, () -> f.server.advanceTime(Duration.ofDays(30)));

    assertEquals(START, f.server.now());
  }
}
