// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * The body of an update request: a patch. Omitted fields keep their stored value. Fields that can
 * be cleared take an explicit `null`; lists are replaced whole; `metadata` is itself a patch in
 * which a `null` value deletes its key.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
@ModelJsonAdapters.Registered
public final class UpdateDeploymentParams extends ModelJsonAdapters.Model {
  final @Nullable AgentParam agent;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean agentNull;

  final @Nullable String environmentId;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean environmentIdNull;

  final @Nullable List<InitialEventParam> initialEvents;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean initialEventsNull;

  final @Nullable String name;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean nameNull;

  final @Nullable String description;
  final boolean descriptionPresent;
  final @Nullable Map<String, @Nullable String> metadata;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean metadataNull;

  final @Nullable List<ResourceParam> resources;
  final boolean resourcesPresent;
  final @Nullable List<String> vaultIds;
  final boolean vaultIdsPresent;
  final @Nullable ScheduleParam schedule;
  final boolean schedulePresent;
  final @Nullable BudgetLimit budget;
  final boolean budgetPresent;
  final Map<String, RawJson> additionalProperties;

  // A request body: the client looks its adapter up by class, so the class registers it when
  // initialized; the adapter refuses to write one that breaks a documented limit. Other models have
  // no static initializer (R8 may merge them) and are found by ModelJsonAdapters.factory().
  static {
    ModelJsonAdapters.register(
        UpdateDeploymentParams.class,
        new JsonSupport.RequestModelAdapter<>(
            "UpdateDeploymentParams", UpdateDeploymentParams::read, UpdateDeploymentParams::write));
  }

  UpdateDeploymentParams(
      @Nullable AgentParam agent,
      boolean agentNull,
      @Nullable String environmentId,
      boolean environmentIdNull,
      @Nullable List<InitialEventParam> initialEvents,
      boolean initialEventsNull,
      @Nullable String name,
      boolean nameNull,
      @Nullable String description,
      boolean descriptionPresent,
      @Nullable Map<String, @Nullable String> metadata,
      boolean metadataNull,
      @Nullable List<ResourceParam> resources,
      boolean resourcesPresent,
      @Nullable List<String> vaultIds,
      boolean vaultIdsPresent,
      @Nullable ScheduleParam schedule,
      boolean schedulePresent,
      @Nullable BudgetLimit budget,
      boolean budgetPresent,
      Map<String, RawJson> additionalProperties) {
    this.agent = agent;
    this.agentNull = agentNull;
    this.environmentId = environmentId;
    this.environmentIdNull = environmentIdNull;
    this.initialEvents = initialEvents;
    this.initialEventsNull = initialEventsNull;
    this.name = name;
    this.nameNull = nameNull;
    this.description = description;
    this.descriptionPresent = descriptionPresent;
    this.metadata = metadata;
    this.metadataNull = metadataNull;
    this.resources = resources;
    this.resourcesPresent = resourcesPresent;
    this.vaultIds = vaultIds;
    this.vaultIdsPresent = vaultIdsPresent;
    this.schedule = schedule;
    this.schedulePresent = schedulePresent;
    this.budget = budget;
    this.budgetPresent = budgetPresent;
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

  /** The {@code agent} property. */
  public @Nullable AgentParam getAgent() {
    return agent;
  }

  /** The environment (`env_…`) where sessions run. Cannot be cleared. */
  public @Nullable String getEnvironmentId() {
    return environmentId;
  }

  /**
   * Replaces all initial events, 1 to 50. Cannot be cleared.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public @Nullable List<InitialEventParam> getInitialEvents() {
    return initialEvents;
  }

  /** Human-readable name; must not be empty. Cannot be cleared. */
  public @Nullable String getName() {
    return name;
  }

  /**
   * New description; `null` (or an empty string) clears it.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasDescription()} tells them apart.
   */
  public @Nullable String getDescription() {
    return description;
  }

  /** Whether {@code description} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasDescription() {
    return descriptionPresent;
  }

  /**
   * Metadata patch: a string value upserts its key, `null` deletes it, keys not named stay. The
   * 16-key limit applies to the stored bag, not to the patch: a patch may delete any number of
   * keys, and set at most 16 (more could never be stored). Keys of at most 64 characters, values of
   * at most 512.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public @Nullable Map<String, @Nullable String> getMetadata() {
    return metadata;
  }

  /**
   * Replaces all resources, at most 500; `null` or `[]` clears them.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasResources()} tells them apart.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public @Nullable List<ResourceParam> getResources() {
    return resources;
  }

  /** Whether {@code resources} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasResources() {
    return resourcesPresent;
  }

  /**
   * Replaces all vault IDs, at most 50; `null` or `[]` clears them.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasVaultIds()} tells them apart.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public @Nullable List<String> getVaultIds() {
    return vaultIds;
  }

  /** Whether {@code vault_ids} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasVaultIds() {
    return vaultIdsPresent;
  }

  /**
   * Replaces the schedule; `null` makes the deployment manual-only again.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasSchedule()} tells them apart.
   */
  public @Nullable ScheduleParam getSchedule() {
    return schedule;
  }

  /** Whether {@code schedule} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasSchedule() {
    return schedulePresent;
  }

  /**
   * Replaces the budget; `null` leaves later sessions uncapped.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasBudget()} tells them apart.
   */
  public @Nullable BudgetLimit getBudget() {
    return budget;
  }

  /** Whether {@code budget} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasBudget() {
    return budgetPresent;
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
    if (agent != null) {
      Constraints.checkAgentParam(agent, where.property("agent"), out);
    }
    if (environmentId != null) {
      Constraints.minLength(environmentId, 1, where, "environment_id", out);
    }
    if (initialEvents != null) {
      Constraints.size(initialEvents.size(), 1, 50, "items", where, "initial_events", out);
    }
    if (initialEvents != null) {
      Constraints.Where initialEventsWhere = where.property("initial_events");
      for (int i = 0; i < initialEvents.size(); i++) {
        Constraints.checkInitialEventParam(
            initialEvents.get(i), initialEventsWhere.element(i), out);
      }
    }
    if (name != null) {
      Constraints.minLength(name, 1, where, "name", out);
    }
    if (metadata != null) {
      Constraints.setKeys(metadata, 16, where, "metadata", out);
      Constraints.stringMap(metadata, 64, 512, where, "metadata", out);
    }
    if (resources != null) {
      Constraints.size(resources.size(), 0, 500, "items", where, "resources", out);
    }
    if (resources != null) {
      Constraints.Where resourcesWhere = where.property("resources");
      for (int i = 0; i < resources.size(); i++) {
        Constraints.checkResourceParam(resources.get(i), resourcesWhere.element(i), out);
      }
    }
    if (vaultIds != null) {
      Constraints.size(vaultIds.size(), 0, 50, "items", where, "vault_ids", out);
    }
    if (schedule != null) {
      Constraints.checkScheduleParam(schedule, where.property("schedule"), out);
    }
    if (budget != null) {
      budget.collectViolations(where.property("budget"), out);
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
    return "UpdateDeploymentParams";
  }

  @Override
  Object[] values() {
    return new Object[] {
      agent,
      environmentId,
      initialEvents,
      name,
      description,
      descriptionPresent,
      metadata,
      resources,
      resourcesPresent,
      vaultIds,
      vaultIdsPresent,
      schedule,
      schedulePresent,
      budget,
      budgetPresent,
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
    return "UpdateDeploymentParams{agent="
        + agent
        + ", environmentId="
        + environmentId
        + ", initialEvents="
        + initialEvents
        + ", name="
        + name
        + ", description="
        + description
        + ", metadata="
        + metadata
        + ", resources="
        + resources
        + ", vaultIds="
        + vaultIds
        + ", schedule="
        + schedule
        + ", budget="
        + budget
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
              "agent",
              "environment_id",
              "initial_events",
              "name",
              "description",
              "metadata",
              "resources",
              "vault_ids",
              "schedule",
              "budget");
      names = result;
    }
    return result;
  }

  /** Reads a {@code UpdateDeploymentParams} object. */
  static UpdateDeploymentParams read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static UpdateDeploymentParams readProperties(JsonReader reader) throws IOException {
    AgentParam agent = null;
    boolean agentNull = false;
    String environmentId = null;
    boolean environmentIdNull = false;
    List<InitialEventParam> initialEvents = null;
    boolean initialEventsNull = false;
    String name = null;
    boolean nameNull = false;
    String description = null;
    boolean descriptionPresent = false;
    Map<String, @Nullable String> metadata = null;
    boolean metadataNull = false;
    List<ResourceParam> resources = null;
    boolean resourcesPresent = false;
    List<String> vaultIds = null;
    boolean vaultIdsPresent = false;
    ScheduleParam schedule = null;
    boolean schedulePresent = false;
    BudgetLimit budget = null;
    boolean budgetPresent = false;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in names(), so the known names are cases 1 and up.
      switch (1 + reader.selectName(names())) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          agent =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<AgentParam>nextNull()
                  : AgentParam.Id.read(reader);
          agentNull = agent == null;
          break;
        case 2:
          environmentId =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          environmentIdNull = environmentId == null;
          break;
        case 3:
          initialEvents =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<InitialEventParam>>nextNull()
                  : JsonSupport.readList(reader, InitialEventParam.Unknown::read);
          initialEventsNull = initialEvents == null;
          break;
        case 4:
          name =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          nameNull = name == null;
          break;
        case 5:
          description =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          descriptionPresent = true;
          break;
        case 6:
          metadata =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<Map<String, @Nullable String>>nextNull()
                  : JsonSupport.readNullableStringMap(reader);
          metadataNull = metadata == null;
          break;
        case 7:
          resources =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<ResourceParam>>nextNull()
                  : JsonSupport.readList(reader, ResourceParam.Unknown::read);
          resourcesPresent = true;
          break;
        case 8:
          vaultIds =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<String>>nextNull()
                  : JsonSupport.readList(reader, JsonReader::nextString);
          vaultIdsPresent = true;
          break;
        case 9:
          schedule =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<ScheduleParam>nextNull()
                  : ScheduleParam.Unknown.read(reader);
          schedulePresent = true;
          break;
        case 10:
          budget =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<BudgetLimit>nextNull()
                  : BudgetLimit.read(reader);
          budgetPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new UpdateDeploymentParams(
        agent,
        agentNull,
        environmentId,
        environmentIdNull,
        initialEvents,
        initialEventsNull,
        name,
        nameNull,
        description,
        descriptionPresent,
        metadata,
        metadataNull,
        resources,
        resourcesPresent,
        vaultIds,
        vaultIdsPresent,
        schedule,
        schedulePresent,
        budget,
        budgetPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, UpdateDeploymentParams value) throws IOException {
    writer.beginObject();
    if (value.agent != null) {
      writer.name("agent");
      AgentParam.Id.write(writer, value.agent);
    } else if (value.agentNull) {
      writer.name("agent");
      JsonSupport.writeNull(writer);
    }
    if (value.environmentId != null) {
      writer.name("environment_id");
      writer.value(value.environmentId);
    } else if (value.environmentIdNull) {
      writer.name("environment_id");
      JsonSupport.writeNull(writer);
    }
    if (value.initialEvents != null) {
      writer.name("initial_events");
      JsonSupport.writeList(writer, value.initialEvents, InitialEventParam.Unknown::write);
    } else if (value.initialEventsNull) {
      writer.name("initial_events");
      JsonSupport.writeNull(writer);
    }
    if (value.name != null) {
      writer.name("name");
      writer.value(value.name);
    } else if (value.nameNull) {
      writer.name("name");
      JsonSupport.writeNull(writer);
    }
    if (value.descriptionPresent) {
      writer.name("description");
      if (value.description == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.description);
      }
    }
    if (value.metadata != null) {
      writer.name("metadata");
      JsonSupport.writeStringMap(writer, value.metadata);
    } else if (value.metadataNull) {
      writer.name("metadata");
      JsonSupport.writeNull(writer);
    }
    if (value.resourcesPresent) {
      writer.name("resources");
      if (value.resources == null) {
        JsonSupport.writeNull(writer);
      } else {
        JsonSupport.writeList(writer, value.resources, ResourceParam.Unknown::write);
      }
    }
    if (value.vaultIdsPresent) {
      writer.name("vault_ids");
      if (value.vaultIds == null) {
        JsonSupport.writeNull(writer);
      } else {
        JsonSupport.writeList(writer, value.vaultIds, JsonSupport::writeString);
      }
    }
    if (value.schedulePresent) {
      writer.name("schedule");
      if (value.schedule == null) {
        JsonSupport.writeNull(writer);
      } else {
        ScheduleParam.Unknown.write(writer, value.schedule);
      }
    }
    if (value.budgetPresent) {
      writer.name("budget");
      if (value.budget == null) {
        JsonSupport.writeNull(writer);
      } else {
        BudgetLimit.write(writer, value.budget);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link UpdateDeploymentParams} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable AgentParam agent;
    private boolean agentNull;
    private @Nullable String environmentId;
    private boolean environmentIdNull;
    private @Nullable List<InitialEventParam> initialEvents;
    private boolean initialEventsNull;
    private @Nullable String name;
    private boolean nameNull;
    private @Nullable String description;
    private boolean descriptionPresent;
    private @Nullable Map<String, @Nullable String> metadata;
    private boolean metadataNull;
    private @Nullable List<ResourceParam> resources;
    private boolean resourcesPresent;
    private @Nullable List<String> vaultIds;
    private boolean vaultIdsPresent;
    private @Nullable ScheduleParam schedule;
    private boolean schedulePresent;
    private @Nullable BudgetLimit budget;
    private boolean budgetPresent;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(UpdateDeploymentParams source) {
      this.agent = source.agent;
      this.agentNull = source.agentNull;
      this.environmentId = source.environmentId;
      this.environmentIdNull = source.environmentIdNull;
      this.initialEvents = source.initialEvents;
      this.initialEventsNull = source.initialEventsNull;
      this.name = source.name;
      this.nameNull = source.nameNull;
      this.description = source.description;
      this.descriptionPresent = source.descriptionPresent;
      this.metadata = source.metadata;
      this.metadataNull = source.metadataNull;
      this.resources = source.resources;
      this.resourcesPresent = source.resourcesPresent;
      this.vaultIds = source.vaultIds;
      this.vaultIdsPresent = source.vaultIdsPresent;
      this.schedule = source.schedule;
      this.schedulePresent = source.schedulePresent;
      this.budget = source.budget;
      this.budgetPresent = source.budgetPresent;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /**
     * Sets {@code agent}: The {@code agent} property.
     *
     * <p>{@code null} is refused, as the API cannot clear this property; not calling this method
     * keeps the stored value.
     */
    public Builder agent(AgentParam agent) {
      this.agent = JsonSupport.requireArgument(agent, "agent");
      this.agentNull = false;
      return this;
    }

    /**
     * Sets {@code environment_id}: The environment (`env_…`) where sessions run. Cannot be cleared.
     *
     * <p>{@code null} is refused, as the API cannot clear this property; not calling this method
     * keeps the stored value.
     */
    public Builder environmentId(String environmentId) {
      this.environmentId = JsonSupport.requireArgument(environmentId, "environment_id");
      this.environmentIdNull = false;
      return this;
    }

    /**
     * Sets {@code initial_events}: Replaces all initial events, 1 to 50. Cannot be cleared.
     *
     * <p>{@code null} is refused, as the API cannot clear this property; not calling this method
     * keeps the stored value.
     */
    public Builder initialEvents(List<InitialEventParam> initialEvents) {
      this.initialEvents = JsonSupport.requireArgument(initialEvents, "initial_events");
      this.initialEventsNull = false;
      return this;
    }

    /** Adds {@code item} at the end of {@code initial_events}. */
    public Builder addInitialEventsItem(InitialEventParam item) {
      List<InitialEventParam> list = new ArrayList<>();
      if (this.initialEvents != null) {
        list.addAll(this.initialEvents);
      }
      list.add(JsonSupport.requireArgument(item, "initial_events item"));
      this.initialEvents = list;
      this.initialEventsNull = false;
      return this;
    }

    /**
     * Sets {@code name}: Human-readable name; must not be empty. Cannot be cleared.
     *
     * <p>{@code null} is refused, as the API cannot clear this property; not calling this method
     * keeps the stored value.
     */
    public Builder name(String name) {
      this.name = JsonSupport.requireArgument(name, "name");
      this.nameNull = false;
      return this;
    }

    /**
     * Sets {@code description}: New description; `null` (or an empty string) clears it.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      this.descriptionPresent = true;
      return this;
    }

    /**
     * Sets {@code metadata}: Metadata patch: a string value upserts its key, `null` deletes it,
     * keys not named stay. The 16-key limit applies to the stored bag, not to the patch: a patch
     * may delete any number of keys, and set at most 16 (more could never be stored). Keys of at
     * most 64 characters, values of at most 512.
     *
     * <p>{@code null} is refused, as the API cannot clear this property; not calling this method
     * keeps the stored value.
     */
    public Builder metadata(Map<String, @Nullable String> metadata) {
      this.metadata = JsonSupport.requireArgument(metadata, "metadata");
      this.metadataNull = false;
      return this;
    }

    /** Puts one entry into {@code metadata}; a {@code null} value is sent as JSON {@code null}. */
    public Builder putMetadata(String key, @Nullable String value) {
      Map<String, @Nullable String> map = new LinkedHashMap<>();
      if (this.metadata != null) {
        map.putAll(this.metadata);
      }
      map.put(JsonSupport.requireArgument(key, "metadata key"), value);
      this.metadata = map;
      this.metadataNull = false;
      return this;
    }

    /**
     * Sets {@code resources}: Replaces all resources, at most 500; `null` or `[]` clears them.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder resources(@Nullable List<ResourceParam> resources) {
      this.resources = resources;
      this.resourcesPresent = true;
      return this;
    }

    /** Adds {@code item} at the end of {@code resources}. */
    public Builder addResourcesItem(ResourceParam item) {
      List<ResourceParam> list = new ArrayList<>();
      if (this.resources != null) {
        list.addAll(this.resources);
      }
      list.add(JsonSupport.requireArgument(item, "resources item"));
      this.resources = list;
      this.resourcesPresent = true;
      return this;
    }

    /**
     * Sets {@code vault_ids}: Replaces all vault IDs, at most 50; `null` or `[]` clears them.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder vaultIds(@Nullable List<String> vaultIds) {
      this.vaultIds = vaultIds;
      this.vaultIdsPresent = true;
      return this;
    }

    /** Adds {@code item} at the end of {@code vault_ids}. */
    public Builder addVaultIdsItem(String item) {
      List<String> list = new ArrayList<>();
      if (this.vaultIds != null) {
        list.addAll(this.vaultIds);
      }
      list.add(JsonSupport.requireArgument(item, "vault_ids item"));
      this.vaultIds = list;
      this.vaultIdsPresent = true;
      return this;
    }

    /**
     * Sets {@code schedule}: Replaces the schedule; `null` makes the deployment manual-only again.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder schedule(@Nullable ScheduleParam schedule) {
      this.schedule = schedule;
      this.schedulePresent = true;
      return this;
    }

    /**
     * Sets {@code budget}: Replaces the budget; `null` leaves later sessions uncapped.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder budget(@Nullable BudgetLimit budget) {
      this.budget = budget;
      this.budgetPresent = true;
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
    public UpdateDeploymentParams build() {
      return new UpdateDeploymentParams(
          agent,
          agentNull,
          environmentId,
          environmentIdNull,
          JsonSupport.copyList(initialEvents),
          initialEventsNull,
          name,
          nameNull,
          description,
          descriptionPresent,
          JsonSupport.copyMap(metadata),
          metadataNull,
          JsonSupport.copyList(resources),
          resourcesPresent,
          JsonSupport.copyList(vaultIds),
          vaultIdsPresent,
          schedule,
          schedulePresent,
          budget,
          budgetPresent,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
