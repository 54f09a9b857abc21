// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * An agent bound to everything it needs to run on its own: an environment, credentials, initial
 * events and an optional schedule.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
@ModelJsonAdapters.Registered
public final class Deployment extends ModelJsonAdapters.Model {
  final String id;
  final String name;
  final @Nullable String description;
  final AgentReference agent;
  final String environmentId;
  final List<InitialEvent> initialEvents;
  final List<ResourceConfig> resources;
  final List<String> vaultIds;
  final Map<String, String> metadata;
  final @Nullable Schedule schedule;
  final @Nullable BudgetLimit budget;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean budgetNull;

  final DeploymentStatus status;
  final @Nullable PausedReason pausedReason;
  final OffsetDateTime createdAt;
  final OffsetDateTime updatedAt;
  final @Nullable OffsetDateTime archivedAt;
  final Map<String, RawJson> additionalProperties;

  // A response body: the client looks its adapter up by class, so the class registers it when
  // initialized. Other models have no static initializer (R8 may merge them) and are found by
  // ModelJsonAdapters.factory().
  static {
    ModelJsonAdapters.register(
        Deployment.class,
        new JsonSupport.ModelAdapter<>("Deployment", Deployment::read, Deployment::write));
  }

  Deployment(
      String id,
      String name,
      @Nullable String description,
      AgentReference agent,
      String environmentId,
      List<InitialEvent> initialEvents,
      List<ResourceConfig> resources,
      List<String> vaultIds,
      Map<String, String> metadata,
      @Nullable Schedule schedule,
      @Nullable BudgetLimit budget,
      boolean budgetNull,
      DeploymentStatus status,
      @Nullable PausedReason pausedReason,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      @Nullable OffsetDateTime archivedAt,
      Map<String, RawJson> additionalProperties) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.agent = agent;
    this.environmentId = environmentId;
    this.initialEvents = initialEvents;
    this.resources = resources;
    this.vaultIds = vaultIds;
    this.metadata = metadata;
    this.schedule = schedule;
    this.budget = budget;
    this.budgetNull = budgetNull;
    this.status = status;
    this.pausedReason = pausedReason;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.archivedAt = archivedAt;
    this.additionalProperties = additionalProperties;
  }

  /** Returns a builder with no properties set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this object's properties. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The deployment's ID (`depl_…`). */
  public String getId() {
    return id;
  }

  /** Always {@code "deployment"}. */
  public String getType() {
    return "deployment";
  }

  /** Human-readable name. */
  public String getName() {
    return name;
  }

  /** What the deployment does. */
  public @Nullable String getDescription() {
    return description;
  }

  /** The {@code agent} property. */
  public AgentReference getAgent() {
    return agent;
  }

  /** The environment (`env_…`) where sessions run. */
  public String getEnvironmentId() {
    return environmentId;
  }

  /**
   * Events sent to each session right after it is created.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public List<InitialEvent> getInitialEvents() {
    return initialEvents;
  }

  /**
   * Resources attached to each session, without write-only credentials.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public List<ResourceConfig> getResources() {
    return resources;
  }

  /**
   * Vaults that supply stored credentials to each session.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public List<String> getVaultIds() {
    return vaultIds;
  }

  /**
   * Key-value metadata; may be empty.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public Map<String, String> getMetadata() {
    return metadata;
  }

  /** The schedule, or `null` for a manual-only deployment. */
  public @Nullable Schedule getSchedule() {
    return schedule;
  }

  /** The {@code budget} property. */
  public @Nullable BudgetLimit getBudget() {
    return budget;
  }

  /** The {@code status} property. */
  public DeploymentStatus getStatus() {
    return status;
  }

  /** Why the deployment is paused; set exactly when `status` is `paused`. */
  public @Nullable PausedReason getPausedReason() {
    return pausedReason;
  }

  /** When it was created. */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /** When it last changed. */
  public OffsetDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** When it was archived, or `null`. */
  public @Nullable OffsetDateTime getArchivedAt() {
    return archivedAt;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    agent.collectViolations(where.property("agent"), out);
    Constraints.Where initialEventsWhere = where.property("initial_events");
    for (int i = 0; i < initialEvents.size(); i++) {
      Constraints.checkInitialEvent(initialEvents.get(i), initialEventsWhere.element(i), out);
    }
    Constraints.Where resourcesWhere = where.property("resources");
    for (int i = 0; i < resources.size(); i++) {
      Constraints.checkResourceConfig(resources.get(i), resourcesWhere.element(i), out);
    }
    Constraints.stringMap(metadata, Integer.MAX_VALUE, Integer.MAX_VALUE, where, "metadata", out);
    if (schedule != null) {
      Constraints.checkSchedule(schedule, where.property("schedule"), out);
    }
    if (budget != null) {
      budget.collectViolations(where.property("budget"), out);
    }
    if (pausedReason != null) {
      Constraints.checkPausedReason(pausedReason, where.property("paused_reason"), out);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return equalsModel(other);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  String modelName() {
    return "Deployment";
  }

  @Override
  Object[] values() {
    return new Object[] {
      id,
      name,
      description,
      agent,
      environmentId,
      initialEvents,
      resources,
      vaultIds,
      metadata,
      schedule,
      budget,
      status,
      pausedReason,
      createdAt,
      updatedAt,
      archivedAt,
      additionalProperties
    };
  }

  @Override
  void writeJson(JsonWriter writer) throws IOException {
    write(writer, this);
  }

  /**
   * Describes this object for logs; secrets such as tokens are masked and unknown properties are
   * named only.
   */
  @Override
  public String toString() {
    return "Deployment{id="
        + id
        + ", name="
        + name
        + ", description="
        + description
        + ", agent="
        + agent
        + ", environmentId="
        + environmentId
        + ", initialEvents="
        + initialEvents
        + ", resources="
        + resources
        + ", vaultIds="
        + vaultIds
        + ", metadata="
        + metadata
        + ", schedule="
        + schedule
        + ", budget="
        + budget
        + ", status="
        + status
        + ", pausedReason="
        + pausedReason
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", archivedAt="
        + archivedAt
        + ", additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }

  // Made on first use, not in a static initializer: R8 does not merge a class whose static
  // initializer calls into a library. A race only makes the same Options twice.
  private static JsonReader.@Nullable Options names;

  private static JsonReader.Options names() {
    JsonReader.Options result = names;
    if (result == null) {
      result =
          JsonReader.Options.of(
              "id",
              "type",
              "name",
              "description",
              "agent",
              "environment_id",
              "initial_events",
              "resources",
              "vault_ids",
              "metadata",
              "schedule",
              "budget",
              "status",
              "paused_reason",
              "created_at",
              "updated_at",
              "archived_at");
      names = result;
    }
    return result;
  }

  /** Reads a {@code Deployment} object. */
  static Deployment read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static Deployment readProperties(JsonReader reader) throws IOException {
    String id = null;
    String name = null;
    String description = null;
    AgentReference agent = null;
    String environmentId = null;
    List<InitialEvent> initialEvents = null;
    List<ResourceConfig> resources = null;
    List<String> vaultIds = null;
    Map<String, String> metadata = null;
    Schedule schedule = null;
    BudgetLimit budget = null;
    boolean budgetNull = false;
    DeploymentStatus status = null;
    PausedReason pausedReason = null;
    OffsetDateTime createdAt = null;
    OffsetDateTime updatedAt = null;
    OffsetDateTime archivedAt = null;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in names(), so the known names are cases 1 and up.
      switch (1 + reader.selectName(names())) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          id = reader.nextString();
          break;
        case 2:
          reader.skipValue();
          break;
        case 3:
          name = reader.nextString();
          break;
        case 4:
          description =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          break;
        case 5:
          agent = AgentReference.read(reader);
          break;
        case 6:
          environmentId = reader.nextString();
          break;
        case 7:
          initialEvents = JsonSupport.readList(reader, InitialEvent.Unknown::read);
          break;
        case 8:
          resources = JsonSupport.readList(reader, ResourceConfig.Unknown::read);
          break;
        case 9:
          vaultIds = JsonSupport.readList(reader, JsonReader::nextString);
          break;
        case 10:
          metadata = JsonSupport.readStringMap(reader);
          break;
        case 11:
          schedule =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<Schedule>nextNull()
                  : Schedule.Unknown.read(reader);
          break;
        case 12:
          budget =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<BudgetLimit>nextNull()
                  : BudgetLimit.read(reader);
          budgetNull = budget == null;
          break;
        case 13:
          status = DeploymentStatus.read(reader);
          break;
        case 14:
          pausedReason =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<PausedReason>nextNull()
                  : PausedReason.Unknown.read(reader);
          break;
        case 15:
          createdAt = Rfc3339.next(reader);
          break;
        case 16:
          updatedAt = Rfc3339.next(reader);
          break;
        case 17:
          archivedAt =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<OffsetDateTime>nextNull()
                  : Rfc3339.next(reader);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new Deployment(
        JsonSupport.requireProperty(id, "id", reader),
        JsonSupport.requireProperty(name, "name", reader),
        description,
        JsonSupport.requireProperty(agent, "agent", reader),
        JsonSupport.requireProperty(environmentId, "environment_id", reader),
        JsonSupport.requireProperty(initialEvents, "initial_events", reader),
        JsonSupport.requireProperty(resources, "resources", reader),
        JsonSupport.requireProperty(vaultIds, "vault_ids", reader),
        JsonSupport.requireProperty(metadata, "metadata", reader),
        schedule,
        budget,
        budgetNull,
        JsonSupport.requireProperty(status, "status", reader),
        pausedReason,
        JsonSupport.requireProperty(createdAt, "created_at", reader),
        JsonSupport.requireProperty(updatedAt, "updated_at", reader),
        archivedAt,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, Deployment value) throws IOException {
    writer.beginObject();
    writer.name("id");
    writer.value(value.id);
    writer.name("type").value("deployment");
    writer.name("name");
    writer.value(value.name);
    writer.name("description");
    if (value.description == null) {
      JsonSupport.writeNull(writer);
    } else {
      writer.value(value.description);
    }
    writer.name("agent");
    AgentReference.write(writer, value.agent);
    writer.name("environment_id");
    writer.value(value.environmentId);
    writer.name("initial_events");
    JsonSupport.writeList(writer, value.initialEvents, InitialEvent.Unknown::write);
    writer.name("resources");
    JsonSupport.writeList(writer, value.resources, ResourceConfig.Unknown::write);
    writer.name("vault_ids");
    JsonSupport.writeList(writer, value.vaultIds, JsonSupport::writeString);
    writer.name("metadata");
    JsonSupport.writeStringMap(writer, value.metadata);
    writer.name("schedule");
    if (value.schedule == null) {
      JsonSupport.writeNull(writer);
    } else {
      Schedule.Unknown.write(writer, value.schedule);
    }
    if (value.budget != null) {
      writer.name("budget");
      BudgetLimit.write(writer, value.budget);
    } else if (value.budgetNull) {
      writer.name("budget");
      JsonSupport.writeNull(writer);
    }
    writer.name("status");
    DeploymentStatus.write(writer, value.status);
    writer.name("paused_reason");
    if (value.pausedReason == null) {
      JsonSupport.writeNull(writer);
    } else {
      PausedReason.Unknown.write(writer, value.pausedReason);
    }
    writer.name("created_at");
    writer.value(Rfc3339.format(value.createdAt));
    writer.name("updated_at");
    writer.value(Rfc3339.format(value.updatedAt));
    writer.name("archived_at");
    if (value.archivedAt == null) {
      JsonSupport.writeNull(writer);
    } else {
      writer.value(Rfc3339.format(value.archivedAt));
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link Deployment} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable AgentReference agent;
    private @Nullable String environmentId;
    private @Nullable List<InitialEvent> initialEvents;
    private @Nullable List<ResourceConfig> resources;
    private @Nullable List<String> vaultIds;
    private @Nullable Map<String, String> metadata;
    private @Nullable Schedule schedule;
    private @Nullable BudgetLimit budget;
    private boolean budgetNull;
    private @Nullable DeploymentStatus status;
    private @Nullable PausedReason pausedReason;
    private @Nullable OffsetDateTime createdAt;
    private @Nullable OffsetDateTime updatedAt;
    private @Nullable OffsetDateTime archivedAt;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Deployment source) {
      this.id = source.id;
      this.name = source.name;
      this.description = source.description;
      this.agent = source.agent;
      this.environmentId = source.environmentId;
      this.initialEvents = source.initialEvents;
      this.resources = source.resources;
      this.vaultIds = source.vaultIds;
      this.metadata = source.metadata;
      this.schedule = source.schedule;
      this.budget = source.budget;
      this.budgetNull = source.budgetNull;
      this.status = source.status;
      this.pausedReason = source.pausedReason;
      this.createdAt = source.createdAt;
      this.updatedAt = source.updatedAt;
      this.archivedAt = source.archivedAt;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code id}: The deployment's ID (`depl_…`). */
    public Builder id(String id) {
      this.id = JsonSupport.requireArgument(id, "id");
      return this;
    }

    /** Sets {@code name}: Human-readable name. */
    public Builder name(String name) {
      this.name = JsonSupport.requireArgument(name, "name");
      return this;
    }

    /** Sets {@code description}: What the deployment does. */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /** Sets {@code agent}: The {@code agent} property. */
    public Builder agent(AgentReference agent) {
      this.agent = JsonSupport.requireArgument(agent, "agent");
      return this;
    }

    /** Sets {@code environment_id}: The environment (`env_…`) where sessions run. */
    public Builder environmentId(String environmentId) {
      this.environmentId = JsonSupport.requireArgument(environmentId, "environment_id");
      return this;
    }

    /** Sets {@code initial_events}: Events sent to each session right after it is created. */
    public Builder initialEvents(List<InitialEvent> initialEvents) {
      this.initialEvents = JsonSupport.requireArgument(initialEvents, "initial_events");
      return this;
    }

    /**
     * Sets {@code resources}: Resources attached to each session, without write-only credentials.
     */
    public Builder resources(List<ResourceConfig> resources) {
      this.resources = JsonSupport.requireArgument(resources, "resources");
      return this;
    }

    /** Sets {@code vault_ids}: Vaults that supply stored credentials to each session. */
    public Builder vaultIds(List<String> vaultIds) {
      this.vaultIds = JsonSupport.requireArgument(vaultIds, "vault_ids");
      return this;
    }

    /** Sets {@code metadata}: Key-value metadata; may be empty. */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = JsonSupport.requireArgument(metadata, "metadata");
      return this;
    }

    /** Puts one entry into {@code metadata}. */
    public Builder putMetadata(String key, String value) {
      Map<String, String> map = new LinkedHashMap<>();
      if (this.metadata != null) {
        map.putAll(this.metadata);
      }
      map.put(
          JsonSupport.requireArgument(key, "metadata key"),
          JsonSupport.requireArgument(value, "metadata value"));
      this.metadata = map;
      return this;
    }

    /** Sets {@code schedule}: The schedule, or `null` for a manual-only deployment. */
    public Builder schedule(@Nullable Schedule schedule) {
      this.schedule = schedule;
      return this;
    }

    /**
     * Sets {@code budget}: The {@code budget} property.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder budget(@Nullable BudgetLimit budget) {
      this.budget = budget;
      this.budgetNull = false;
      return this;
    }

    /** Sets {@code status}: The {@code status} property. */
    public Builder status(DeploymentStatus status) {
      this.status = JsonSupport.requireArgument(status, "status");
      return this;
    }

    /**
     * Sets {@code paused_reason}: Why the deployment is paused; set exactly when `status` is
     * `paused`.
     */
    public Builder pausedReason(@Nullable PausedReason pausedReason) {
      this.pausedReason = pausedReason;
      return this;
    }

    /** Sets {@code created_at}: When it was created. */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = JsonSupport.requireArgument(createdAt, "created_at");
      return this;
    }

    /** Sets {@code updated_at}: When it last changed. */
    public Builder updatedAt(OffsetDateTime updatedAt) {
      this.updatedAt = JsonSupport.requireArgument(updatedAt, "updated_at");
      return this;
    }

    /** Sets {@code archived_at}: When it was archived, or `null`. */
    public Builder archivedAt(@Nullable OffsetDateTime archivedAt) {
      this.archivedAt = archivedAt;
      return this;
    }

    /** Adds a property this SDK does not know; it is written as given. */
    public Builder putAdditionalProperty(String name, RawJson value) {
      additionalProperties.put(
          JsonSupport.requireArgument(name, "name"), JsonSupport.requireArgument(value, "value"));
      return this;
    }

    /**
     * Returns the object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public Deployment build() {
      return new Deployment(
          JsonSupport.requireSet(id, "Deployment", "id"),
          JsonSupport.requireSet(name, "Deployment", "name"),
          description,
          JsonSupport.requireSet(agent, "Deployment", "agent"),
          JsonSupport.requireSet(environmentId, "Deployment", "environment_id"),
          JsonSupport.requireSet(
              JsonSupport.copyList(initialEvents), "Deployment", "initial_events"),
          JsonSupport.requireSet(JsonSupport.copyList(resources), "Deployment", "resources"),
          JsonSupport.requireSet(JsonSupport.copyList(vaultIds), "Deployment", "vault_ids"),
          JsonSupport.requireSet(JsonSupport.copyMap(metadata), "Deployment", "metadata"),
          schedule,
          budget,
          budgetNull,
          JsonSupport.requireSet(status, "Deployment", "status"),
          pausedReason,
          JsonSupport.requireSet(createdAt, "Deployment", "created_at"),
          JsonSupport.requireSet(updatedAt, "Deployment", "updated_at"),
          archivedAt,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
