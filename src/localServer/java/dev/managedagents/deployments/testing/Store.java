package dev.managedagents.deployments.testing;

import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.AgentReferenceParam;
import dev.managedagents.deployments.model.AgentReference;
import dev.managedagents.deployments.model.BudgetLimit;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronSchedule;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentRunPage;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.ErrorPausedReason;
import dev.managedagents.deployments.model.FileResourceConfig;
import dev.managedagents.deployments.model.FileResourceParam;
import dev.managedagents.deployments.model.GitHubRepositoryResourceConfig;
import dev.managedagents.deployments.model.GitHubRepositoryResourceParam;
import dev.managedagents.deployments.model.InitialEvent;
import dev.managedagents.deployments.model.InitialEventParam;
import dev.managedagents.deployments.model.ManualPausedReason;
import dev.managedagents.deployments.model.ManualTriggerContext;
import dev.managedagents.deployments.model.MemoryStoreResourceConfig;
import dev.managedagents.deployments.model.MemoryStoreResourceParam;
import dev.managedagents.deployments.model.PausedReason;
import dev.managedagents.deployments.model.PausedReasonError;
import dev.managedagents.deployments.model.ResourceConfig;
import dev.managedagents.deployments.model.ResourceParam;
import dev.managedagents.deployments.model.RunError;
import dev.managedagents.deployments.model.ScheduleParam;
import dev.managedagents.deployments.model.ScheduleTriggerContext;
import dev.managedagents.deployments.model.TriggerContext;
import dev.managedagents.deployments.model.TriggerType;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The server's state and the API's rules about it: deployments and their runs, the patch
 * semantics, pause and archive, schedules firing as the clock moves. Thread-safe (one lock).
 */
final class Store {
  /** The agent version an agent ID alone pins: this server knows no agents, so every one is at 1. */
  private static final int LATEST_AGENT_VERSION = 1;

  private static final int MAX_METADATA_KEYS = 16;
  private static final int UPCOMING_RUNS = 5;

  /** Bounds one clock move, so that advancing a minutely schedule by years fails fast. */
  static final int MAX_FIRES_PER_MOVE = 10_000;

  private static final Comparator<Entry> NEWEST_DEPLOYMENT_FIRST =
      Comparator.comparing((Entry e) -> e.createdAt).thenComparingLong(e -> e.sequence).reversed();
  private static final Comparator<RunEntry> NEWEST_RUN_FIRST =
      Comparator.comparing((RunEntry r) -> r.createdAt).thenComparingLong(r -> r.sequence).reversed();

  /** A deployment as stored; {@link #render} turns it into the model the API returns. */
  private static final class Entry {
    final long sequence;
    final String id;
    final Instant createdAt;
    String name;
    @Nullable String description;
    AgentReference agent;
    String environmentId;
    List<InitialEvent> initialEvents;
    List<ResourceConfig> resources;
    List<String> vaultIds;
    Map<String, String> metadata;
    @Nullable CronScheduleParam schedule;
    @Nullable BudgetLimit budget;
    DeploymentStatus status = DeploymentStatus.ACTIVE;
    @Nullable PausedReason pausedReason;
    Instant updatedAt;
    @Nullable Instant archivedAt;
    @Nullable Instant lastRunAt;
    /** The schedule has fired for every time up to here; later ones fire when the clock moves. */
    Instant firedThrough;

    Entry(long sequence, String id, Instant now, CreateDeploymentParams params) {
      this.sequence = sequence;
      this.id = id;
      this.createdAt = now;
      this.updatedAt = now;
      this.firedThrough = now;
      this.name = params.getName();
      this.description = params.getDescription();
      this.agent = agentReference(params.getAgent());
      this.environmentId = params.getEnvironmentId();
      this.initialEvents = initialEvents(params.getInitialEvents());
      this.resources = resources(params.getResources());
      this.vaultIds = copy(params.getVaultIds());
      this.metadata =
          params.getMetadata() == null
              ? Collections.<String, String>emptyMap()
              : Collections.unmodifiableMap(new LinkedHashMap<>(params.getMetadata()));
      this.schedule = cron(params.getSchedule());
      this.budget = params.getBudget();
    }
  }

  private static final class RunEntry {
    final long sequence;
    final Instant createdAt;
    final DeploymentRun run;

    RunEntry(long sequence, Instant createdAt, DeploymentRun run) {
      this.sequence = sequence;
      this.createdAt = createdAt;
      this.run = run;
    }
  }

  /** A scheduled fire found while moving the clock. */
  private static final class Fire {
    final Entry entry;
    final Instant at;

    Fire(Entry entry, Instant at) {
      this.entry = entry;
      this.at = at;
    }
  }

  private final Ids ids;
  private final Supplier<Instant> clock;
  private final Map<String, Entry> deployments = new HashMap<>();
  private final Map<String, RunEntry> runs = new HashMap<>();
  private final Deque<RunError> runFailures = new ArrayDeque<>();
  private long sequence;

  Store(Ids ids, Supplier<Instant> clock) {
    this.ids = ids;
    this.clock = clock;
  }

  synchronized Deployment create(CreateDeploymentParams params) {
    Instant now = clock.get();
    Entry entry = new Entry(++sequence, ids.next("depl_"), now, params);
    deployments.put(entry.id, entry);
    return render(entry, now);
  }

  synchronized Deployment retrieve(String id) {
    return render(find(id), clock.get());
  }

  synchronized Deployment update(String id, UpdateDeploymentParams patch) {
    Entry entry = modifiable(id);
    Instant now = clock.get();
    Map<String, String> metadata = entry.metadata;
    if (patch.getMetadata() != null) {
      Map<String, String> merged = new LinkedHashMap<>(entry.metadata);
      for (Map.Entry<String, @Nullable String> change : patch.getMetadata().entrySet()) {
        String value = change.getValue();
        if (value == null) {
          merged.remove(change.getKey());
        } else {
          merged.put(change.getKey(), value);
        }
      }
      if (merged.size() > MAX_METADATA_KEYS) {
        throw ApiFailure.invalid(
            "metadata",
            "the patch would leave " + merged.size() + " keys; a deployment keeps at most "
                + MAX_METADATA_KEYS);
      }
      metadata = Collections.unmodifiableMap(merged);
    }
    // Every check has passed: apply the whole patch at once.
    entry.metadata = metadata;
    if (patch.getAgent() != null) {
      entry.agent = agentReference(patch.getAgent());
    }
    if (patch.getEnvironmentId() != null) {
      entry.environmentId = patch.getEnvironmentId();
    }
    if (patch.getInitialEvents() != null) {
      entry.initialEvents = initialEvents(patch.getInitialEvents());
    }
    if (patch.getName() != null) {
      entry.name = patch.getName();
    }
    if (patch.hasDescription()) {
      String description = patch.getDescription();
      entry.description = description == null || description.isEmpty() ? null : description;
    }
    if (patch.hasResources()) {
      entry.resources = resources(patch.getResources());
    }
    if (patch.hasVaultIds()) {
      entry.vaultIds = copy(patch.getVaultIds());
    }
    if (patch.hasSchedule()) {
      entry.schedule = cron(patch.getSchedule());
      entry.firedThrough = now;
    }
    if (patch.hasBudget()) {
      entry.budget = patch.getBudget();
    }
    entry.updatedAt = now;
    return render(entry, now);
  }

  synchronized Deployment pause(String id) {
    return setStatus(id, DeploymentStatus.PAUSED);
  }

  synchronized Deployment unpause(String id) {
    return setStatus(id, DeploymentStatus.ACTIVE);
  }

  /** Pauses by hand or unpauses; times missed while paused do not fire afterwards. */
  private Deployment setStatus(String id, DeploymentStatus status) {
    Entry entry = modifiable(id);
    Instant now = clock.get();
    entry.status = status;
    boolean paused = status.equals(DeploymentStatus.PAUSED);
    entry.pausedReason = paused ? ManualPausedReason.builder().build() : null;
    if (!paused) {
      entry.firedThrough = now;
    }
    entry.updatedAt = now;
    return render(entry, now);
  }

  synchronized Deployment archive(String id) {
    Entry entry = find(id);
    Instant now = clock.get();
    if (entry.archivedAt == null) {
      entry.archivedAt = now;
      // Archived deployments report active, with archived_at set.
      entry.status = DeploymentStatus.ACTIVE;
      entry.pausedReason = null;
      entry.updatedAt = now;
    }
    return render(entry, now);
  }

  synchronized DeploymentRun run(String id) {
    Entry entry = modifiable(id);
    Instant now = clock.get();
    return newRun(entry, now, ManualTriggerContext.builder().build());
  }

  synchronized DeploymentRun retrieveRun(String id) {
    RunEntry run = runs.get(id);
    if (run == null) {
      throw ApiFailure.notFound("Deployment run " + id + " not found.");
    }
    return run.run;
  }

  synchronized DeploymentPage list(DeploymentFilter filter, int limit, @Nullable Cursor after) {
    Instant now = clock.get();
    List<Entry> matching = new ArrayList<>();
    for (Entry entry : deployments.values()) {
      if (filter.matches(entry.agent.getId(), entry.createdAt, entry.status, entry.archivedAt != null)
          && (after == null || after.isBefore(entry.createdAt, entry.sequence))) {
        matching.add(entry);
      }
    }
    Collections.sort(matching, NEWEST_DEPLOYMENT_FIRST);
    List<Deployment> data = new ArrayList<>();
    for (Entry entry : matching.subList(0, Math.min(limit, matching.size()))) {
      data.add(render(entry, now));
    }
    String next = null;
    if (matching.size() > limit) {
      Entry last = matching.get(limit - 1);
      next = new Cursor("deployments", last.createdAt, last.sequence).encode();
    }
    return DeploymentPage.builder().data(data).nextPage(next).build();
  }

  synchronized DeploymentRunPage listRuns(RunFilter filter, int limit, @Nullable Cursor after) {
    List<RunEntry> matching = new ArrayList<>();
    for (RunEntry run : runs.values()) {
      if (filter.matches(run.run, run.createdAt)
          && (after == null || after.isBefore(run.createdAt, run.sequence))) {
        matching.add(run);
      }
    }
    Collections.sort(matching, NEWEST_RUN_FIRST);
    List<DeploymentRun> data = new ArrayList<>();
    for (RunEntry run : matching.subList(0, Math.min(limit, matching.size()))) {
      data.add(run.run);
    }
    String next = null;
    if (matching.size() > limit) {
      RunEntry last = matching.get(limit - 1);
      next = new Cursor("deployment_runs", last.createdAt, last.sequence).encode();
    }
    return DeploymentRunPage.builder().data(data).nextPage(next).build();
  }

  synchronized void failNextRuns(int count, RunError error) {
    for (int i = 0; i < count; i++) {
      runFailures.add(error);
    }
  }

  /**
   * Fires every schedule for the times it has passed up to {@code now}, oldest first: an active,
   * unarchived deployment gets one run per fire time (trigger {@code schedule}).
   *
   * @throws IllegalArgumentException if that would be more than {@link #MAX_FIRES_PER_MOVE} runs;
   *     nothing is fired then
   */
  synchronized void fireDue(Instant now) {
    List<Fire> fires = new ArrayList<>();
    for (Entry entry : deployments.values()) {
      if (entry.schedule == null
          || entry.archivedAt != null
          || !entry.status.equals(DeploymentStatus.ACTIVE)
          || !entry.firedThrough.isBefore(now)) {
        continue;
      }
      CronClock cron = CronClock.of(entry.schedule.getExpression());
      ZoneId zone = ZoneId.of(entry.schedule.getTimezone());
      Instant after = entry.firedThrough;
      while (true) {
        List<OffsetDateTime> next = cron.nextFireTimes(after, zone, 100);
        boolean passed = next.isEmpty();
        for (OffsetDateTime time : next) {
          Instant at = time.toInstant();
          if (at.isAfter(now)) {
            passed = true;
            break;
          }
          fires.add(new Fire(entry, at));
          after = at;
        }
        if (fires.size() > MAX_FIRES_PER_MOVE) {
          throw new IllegalArgumentException(
              "moving the clock to " + now + " would fire more than " + MAX_FIRES_PER_MOVE
                  + " scheduled runs; move it in smaller steps");
        }
        if (passed) {
          break;
        }
      }
    }
    Collections.sort(
        fires,
        Comparator.comparing((Fire f) -> f.at).thenComparingLong(f -> f.entry.sequence));
    for (Fire fire : fires) {
      Entry entry = fire.entry;
      if (!entry.status.equals(DeploymentStatus.ACTIVE)) {
        continue; // An earlier fire of this move failed and paused it.
      }
      DeploymentRun run =
          newRun(entry, fire.at, ScheduleTriggerContext.builder().scheduledAt(utc(fire.at)).build());
      entry.lastRunAt = fire.at;
      if (run.getError() != null) {
        PausedReasonError reason = pausedReasonError(run.getError());
        if (reason != null) {
          entry.status = DeploymentStatus.PAUSED;
          entry.pausedReason = ErrorPausedReason.builder().error(reason).build();
          entry.updatedAt = fire.at;
        }
      }
    }
    for (Entry entry : deployments.values()) {
      if (entry.firedThrough.isBefore(now)) {
        entry.firedThrough = now;
      }
    }
  }

  private DeploymentRun newRun(Entry entry, Instant at, TriggerContext trigger) {
    RunError failure = runFailures.poll();
    DeploymentRun run =
        DeploymentRun.builder()
            .id(ids.next("drun_"))
            .deploymentId(entry.id)
            .agent(entry.agent)
            .createdAt(utc(at))
            .sessionId(failure == null ? ids.next("sesn_") : null)
            .error(failure)
            .triggerContext(trigger)
            .build();
    runs.put(run.getId(), new RunEntry(++sequence, at, run));
    return run;
  }

  private Entry find(String id) {
    Entry entry = deployments.get(id);
    if (entry == null) {
      throw ApiFailure.notFound("Deployment " + id + " not found.");
    }
    return entry;
  }

  private Entry modifiable(String id) {
    Entry entry = find(id);
    if (entry.archivedAt != null) {
      throw ApiFailure.conflict("Deployment " + id + " is archived and cannot be modified.");
    }
    return entry;
  }

  private static Deployment render(Entry entry, Instant now) {
    Deployment.Builder deployment =
        Deployment.builder()
            .id(entry.id)
            .name(entry.name)
            .description(entry.description)
            .agent(entry.agent)
            .environmentId(entry.environmentId)
            .initialEvents(entry.initialEvents)
            .resources(entry.resources)
            .vaultIds(entry.vaultIds)
            .metadata(entry.metadata)
            .schedule(entry.schedule == null ? null : schedule(entry, now))
            .status(entry.status)
            .pausedReason(entry.pausedReason)
            .createdAt(utc(entry.createdAt))
            .updatedAt(utc(entry.updatedAt))
            .archivedAt(entry.archivedAt == null ? null : utc(entry.archivedAt));
    if (entry.budget != null) {
      deployment.budget(entry.budget);
    }
    return deployment.build();
  }

  private static CronSchedule schedule(Entry entry, Instant now) {
    CronScheduleParam param = entry.schedule;
    if (param == null) {
      throw new IllegalStateException("no schedule");
    }
    List<OffsetDateTime> upcoming = new ArrayList<>();
    if (entry.archivedAt == null) {
      for (OffsetDateTime time :
          CronClock.of(param.getExpression())
              .nextFireTimes(now, ZoneId.of(param.getTimezone()), UPCOMING_RUNS)) {
        upcoming.add(time.withOffsetSameInstant(ZoneOffset.UTC));
      }
    }
    return CronSchedule.builder()
        .expression(param.getExpression())
        .timezone(param.getTimezone())
        .lastRunAt(entry.lastRunAt == null ? null : utc(entry.lastRunAt))
        .upcomingRunsAt(upcoming)
        .build();
  }

  static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static AgentReference agentReference(AgentParam agent) {
    String id;
    Integer version;
    if (agent instanceof AgentReferenceParam) {
      id = ((AgentReferenceParam) agent).getId();
      version = ((AgentReferenceParam) agent).getVersion();
    } else {
      id = ((AgentParam.Id) agent).getValue();
      version = null;
    }
    return AgentReference.builder()
        .id(id)
        .version(version == null ? LATEST_AGENT_VERSION : version)
        .build();
  }

  private static List<InitialEvent> initialEvents(List<InitialEventParam> params) {
    List<InitialEvent> events = new ArrayList<>();
    for (InitialEventParam param : params) {
      // Request and response events have the same JSON; the generated adapters do the mapping.
      events.add(WireJson.convert(param, InitialEventParam.class, InitialEvent.class));
    }
    return Collections.unmodifiableList(events);
  }

  /** The resources as reported: the params without the write-only repository token. */
  private static List<ResourceConfig> resources(@Nullable List<ResourceParam> params) {
    List<ResourceConfig> resources = new ArrayList<>();
    if (params == null) {
      return resources;
    }
    for (ResourceParam param : params) {
      if (param instanceof GitHubRepositoryResourceParam) {
        GitHubRepositoryResourceParam repo = (GitHubRepositoryResourceParam) param;
        resources.add(
            GitHubRepositoryResourceConfig.builder()
                .url(repo.getUrl())
                .checkout(repo.getCheckout())
                .mountPath(repo.getMountPath())
                .build());
      } else if (param instanceof FileResourceParam) {
        FileResourceParam file = (FileResourceParam) param;
        resources.add(
            FileResourceConfig.builder().fileId(file.getFileId()).mountPath(file.getMountPath()).build());
      } else if (param instanceof MemoryStoreResourceParam) {
        MemoryStoreResourceParam store = (MemoryStoreResourceParam) param;
        resources.add(
            MemoryStoreResourceConfig.builder()
                .memoryStoreId(store.getMemoryStoreId())
                .access(store.getAccess())
                .instructions(store.getInstructions())
                .build());
      } else {
        throw new IllegalStateException("unchecked resource type " + param.getType());
      }
    }
    return Collections.unmodifiableList(resources);
  }

  private static @Nullable CronScheduleParam cron(@Nullable ScheduleParam schedule) {
    return (CronScheduleParam) schedule;
  }

  private static List<String> copy(@Nullable List<String> list) {
    return list == null
        ? Collections.<String>emptyList()
        : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** The paused-reason error of the same type, for the run errors that pause a schedule. */
  private static @Nullable PausedReasonError pausedReasonError(RunError error) {
    PausedReasonError reason =
        WireJson.fromValue(
            Collections.singletonMap("type", error.getType()), PausedReasonError.class);
    return reason instanceof PausedReasonError.Unknown ? null : reason;
  }

  /** The filters of the deployment list. */
  static final class DeploymentFilter {
    @Nullable String agentId;
    @Nullable Instant createdAtGte;
    @Nullable Instant createdAtLte;
    boolean includeArchived;
    @Nullable DeploymentStatus status;

    boolean matches(String agent, Instant createdAt, DeploymentStatus state, boolean archived) {
      return (agentId == null || agentId.equals(agent))
          && (createdAtGte == null || !createdAt.isBefore(createdAtGte))
          && (createdAtLte == null || !createdAt.isAfter(createdAtLte))
          && (includeArchived || !archived)
          && (status == null || status.equals(state));
    }
  }

  /** The filters of the run list. */
  static final class RunFilter {
    @Nullable String deploymentId;
    @Nullable Instant createdAtGt;
    @Nullable Instant createdAtGte;
    @Nullable Instant createdAtLt;
    @Nullable Instant createdAtLte;
    @Nullable Boolean hasError;
    @Nullable TriggerType triggerType;

    boolean matches(DeploymentRun run, Instant createdAt) {
      return (deploymentId == null || deploymentId.equals(run.getDeploymentId()))
          && (createdAtGt == null || createdAt.isAfter(createdAtGt))
          && (createdAtGte == null || !createdAt.isBefore(createdAtGte))
          && (createdAtLt == null || createdAt.isBefore(createdAtLt))
          && (createdAtLte == null || !createdAt.isAfter(createdAtLte))
          && (hasError == null || hasError == (run.getError() != null))
          && (triggerType == null || triggerType.getValue().equals(run.getTriggerContext().getType()));
    }
  }
}
