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
 * The body of a create request.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
@ModelJsonAdapters.Registered
public final class CreateDeploymentParams extends ModelJsonAdapters.Model {
  final AgentParam agent;
  final String environmentId;
  final List<InitialEventParam> initialEvents;
  final String name;
  final @Nullable String description;
  final boolean descriptionPresent;
  final @Nullable Map<String, String> metadata;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean metadataNull;

  final @Nullable List<ResourceParam> resources;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean resourcesNull;

  final @Nullable List<String> vaultIds;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean vaultIdsNull;

  final @Nullable ScheduleParam schedule;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean scheduleNull;

  final @Nullable BudgetLimit budget;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean budgetNull;

  final Map<String, RawJson> additionalProperties;

  // A request body: the client looks its adapter up by class, so the class registers it when
  // initialized; the adapter refuses to write one that breaks a documented limit. Other models have
  // no static initializer (R8 may merge them) and are found by ModelJsonAdapters.factory().
  static {
    ModelJsonAdapters.register(
        CreateDeploymentParams.class,
        new JsonSupport.RequestModelAdapter<>(
            "CreateDeploymentParams", CreateDeploymentParams::read, CreateDeploymentParams::write));
  }

  CreateDeploymentParams(
      AgentParam agent,
      String environmentId,
      List<InitialEventParam> initialEvents,
      String name,
      @Nullable String description,
      boolean descriptionPresent,
      @Nullable Map<String, String> metadata,
      boolean metadataNull,
      @Nullable List<ResourceParam> resources,
      boolean resourcesNull,
      @Nullable List<String> vaultIds,
      boolean vaultIdsNull,
      @Nullable ScheduleParam schedule,
      boolean scheduleNull,
      @Nullable BudgetLimit budget,
      boolean budgetNull,
      Map<String, RawJson> additionalProperties) {
    this.agent = agent;
    this.environmentId = environmentId;
    this.initialEvents = initialEvents;
    this.name = name;
    this.description = description;
    this.descriptionPresent = descriptionPresent;
    this.metadata = metadata;
    this.metadataNull = metadataNull;
    this.resources = resources;
    this.resourcesNull = resourcesNull;
    this.vaultIds = vaultIds;
    this.vaultIdsNull = vaultIdsNull;
    this.schedule = schedule;
    this.scheduleNull = scheduleNull;
    this.budget = budget;
    this.budgetNull = budgetNull;
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
  public AgentParam getAgent() {
    return agent;
  }

  /** The environment (`env_…`) that defines the sessions' container. */
  public String getEnvironmentId() {
    return environmentId;
  }

  /**
   * Events sent to each new session, 1 to 50.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public List<InitialEventParam> getInitialEvents() {
    return initialEvents;
  }

  /** Human-readable name; must not be empty. */
  public String getName() {
    return name;
  }

  /**
   * What the deployment does.
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
   * Key-value metadata; at most 16 keys, keys up to 64 characters, values up to 512.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public @Nullable Map<String, String> getMetadata() {
    return metadata;
  }

  /**
   * Resources mounted into each session, at most 500.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public @Nullable List<ResourceParam> getResources() {
    return resources;
  }

  /**
   * Vaults that supply stored credentials to each session, at most 50.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public @Nullable List<String> getVaultIds() {
    return vaultIds;
  }

  /** The {@code schedule} property. */
  public @Nullable ScheduleParam getSchedule() {
    return schedule;
  }

  /** The {@code budget} property. */
  public @Nullable BudgetLimit getBudget() {
    return budget;
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
    Constraints.checkAgentParam(agent, where.property("agent"), out);
    Constraints.minLength(environmentId, 1, where, "environment_id", out);
    Constraints.size(initialEvents.size(), 1, 50, "items", where, "initial_events", out);
    Constraints.Where initialEventsWhere = where.property("initial_events");
    for (int i = 0; i < initialEvents.size(); i++) {
      Constraints.checkInitialEventParam(initialEvents.get(i), initialEventsWhere.element(i), out);
    }
    Constraints.minLength(name, 1, where, "name", out);
    if (metadata != null) {
      Constraints.size(metadata.size(), 0, 16, "keys", where, "metadata", out);
    }
    if (metadata != null) {
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
    return "CreateDeploymentParams";
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
      vaultIds,
      schedule,
      budget,
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
    return "CreateDeploymentParams{agent="
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

  /** Reads a {@code CreateDeploymentParams} object. */
  static CreateDeploymentParams read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static CreateDeploymentParams readProperties(JsonReader reader) throws IOException {
    AgentParam agent = null;
    String environmentId = null;
    List<InitialEventParam> initialEvents = null;
    String name = null;
    String description = null;
    boolean descriptionPresent = false;
    Map<String, String> metadata = null;
    boolean metadataNull = false;
    List<ResourceParam> resources = null;
    boolean resourcesNull = false;
    List<String> vaultIds = null;
    boolean vaultIdsNull = false;
    ScheduleParam schedule = null;
    boolean scheduleNull = false;
    BudgetLimit budget = null;
    boolean budgetNull = false;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in names(), so the known names are cases 1 and up.
      switch (1 + reader.selectName(names())) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          agent = AgentParam.Id.read(reader);
          break;
        case 2:
          environmentId = reader.nextString();
          break;
        case 3:
          initialEvents = JsonSupport.readList(reader, InitialEventParam.Unknown::read);
          break;
        case 4:
          name = reader.nextString();
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
                  ? reader.<Map<String, String>>nextNull()
                  : JsonSupport.readStringMap(reader);
          metadataNull = metadata == null;
          break;
        case 7:
          resources =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<ResourceParam>>nextNull()
                  : JsonSupport.readList(reader, ResourceParam.Unknown::read);
          resourcesNull = resources == null;
          break;
        case 8:
          vaultIds =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<String>>nextNull()
                  : JsonSupport.readList(reader, JsonReader::nextString);
          vaultIdsNull = vaultIds == null;
          break;
        case 9:
          schedule =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<ScheduleParam>nextNull()
                  : ScheduleParam.Unknown.read(reader);
          scheduleNull = schedule == null;
          break;
        case 10:
          budget =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<BudgetLimit>nextNull()
                  : BudgetLimit.read(reader);
          budgetNull = budget == null;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new CreateDeploymentParams(
        JsonSupport.requireProperty(agent, "agent", reader),
        JsonSupport.requireProperty(environmentId, "environment_id", reader),
        JsonSupport.requireProperty(initialEvents, "initial_events", reader),
        JsonSupport.requireProperty(name, "name", reader),
        description,
        descriptionPresent,
        metadata,
        metadataNull,
        resources,
        resourcesNull,
        vaultIds,
        vaultIdsNull,
        schedule,
        scheduleNull,
        budget,
        budgetNull,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, CreateDeploymentParams value) throws IOException {
    writer.beginObject();
    writer.name("agent");
    AgentParam.Id.write(writer, value.agent);
    writer.name("environment_id");
    writer.value(value.environmentId);
    writer.name("initial_events");
    JsonSupport.writeList(writer, value.initialEvents, InitialEventParam.Unknown::write);
    writer.name("name");
    writer.value(value.name);
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
    if (value.resources != null) {
      writer.name("resources");
      JsonSupport.writeList(writer, value.resources, ResourceParam.Unknown::write);
    } else if (value.resourcesNull) {
      writer.name("resources");
      JsonSupport.writeNull(writer);
    }
    if (value.vaultIds != null) {
      writer.name("vault_ids");
      JsonSupport.writeList(writer, value.vaultIds, JsonSupport::writeString);
    } else if (value.vaultIdsNull) {
      writer.name("vault_ids");
      JsonSupport.writeNull(writer);
    }
    if (value.schedule != null) {
      writer.name("schedule");
      ScheduleParam.Unknown.write(writer, value.schedule);
    } else if (value.scheduleNull) {
      writer.name("schedule");
      JsonSupport.writeNull(writer);
    }
    if (value.budget != null) {
      writer.name("budget");
      BudgetLimit.write(writer, value.budget);
    } else if (value.budgetNull) {
      writer.name("budget");
      JsonSupport.writeNull(writer);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link CreateDeploymentParams} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable AgentParam agent;
    private @Nullable String environmentId;
    private @Nullable List<InitialEventParam> initialEvents;
    private @Nullable String name;
    private @Nullable String description;
    private boolean descriptionPresent;
    private @Nullable Map<String, String> metadata;
    private boolean metadataNull;
    private @Nullable List<ResourceParam> resources;
    private boolean resourcesNull;
    private @Nullable List<String> vaultIds;
    private boolean vaultIdsNull;
    private @Nullable ScheduleParam schedule;
    private boolean scheduleNull;
    private @Nullable BudgetLimit budget;
    private boolean budgetNull;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CreateDeploymentParams source) {
      this.agent = source.agent;
      this.environmentId = source.environmentId;
      this.initialEvents = source.initialEvents;
      this.name = source.name;
      this.description = source.description;
      this.descriptionPresent = source.descriptionPresent;
      this.metadata = source.metadata;
      this.metadataNull = source.metadataNull;
      this.resources = source.resources;
      this.resourcesNull = source.resourcesNull;
      this.vaultIds = source.vaultIds;
      this.vaultIdsNull = source.vaultIdsNull;
      this.schedule = source.schedule;
      this.scheduleNull = source.scheduleNull;
      this.budget = source.budget;
      this.budgetNull = source.budgetNull;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code agent}: The {@code agent} property. */
    public Builder agent(AgentParam agent) {
      this.agent = JsonSupport.requireArgument(agent, "agent");
      return this;
    }

    /**
     * Sets {@code environment_id}: The environment (`env_…`) that defines the sessions' container.
     */
    public Builder environmentId(String environmentId) {
      this.environmentId = JsonSupport.requireArgument(environmentId, "environment_id");
      return this;
    }

    /** Sets {@code initial_events}: Events sent to each new session, 1 to 50. */
    public Builder initialEvents(List<InitialEventParam> initialEvents) {
      this.initialEvents = JsonSupport.requireArgument(initialEvents, "initial_events");
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
      return this;
    }

    /** Sets {@code name}: Human-readable name; must not be empty. */
    public Builder name(String name) {
      this.name = JsonSupport.requireArgument(name, "name");
      return this;
    }

    /**
     * Sets {@code description}: What the deployment does.
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
     * Sets {@code metadata}: Key-value metadata; at most 16 keys, keys up to 64 characters, values
     * up to 512.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder metadata(@Nullable Map<String, String> metadata) {
      this.metadata = metadata;
      this.metadataNull = false;
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
      this.metadataNull = false;
      return this;
    }

    /**
     * Sets {@code resources}: Resources mounted into each session, at most 500.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder resources(@Nullable List<ResourceParam> resources) {
      this.resources = resources;
      this.resourcesNull = false;
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
      this.resourcesNull = false;
      return this;
    }

    /**
     * Sets {@code vault_ids}: Vaults that supply stored credentials to each session, at most 50.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder vaultIds(@Nullable List<String> vaultIds) {
      this.vaultIds = vaultIds;
      this.vaultIdsNull = false;
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
      this.vaultIdsNull = false;
      return this;
    }

    /**
     * Sets {@code schedule}: The {@code schedule} property.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder schedule(@Nullable ScheduleParam schedule) {
      this.schedule = schedule;
      this.scheduleNull = false;
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
    public CreateDeploymentParams build() {
      return new CreateDeploymentParams(
          JsonSupport.requireSet(agent, "CreateDeploymentParams", "agent"),
          JsonSupport.requireSet(environmentId, "CreateDeploymentParams", "environment_id"),
          JsonSupport.requireSet(
              JsonSupport.copyList(initialEvents), "CreateDeploymentParams", "initial_events"),
          JsonSupport.requireSet(name, "CreateDeploymentParams", "name"),
          description,
          descriptionPresent,
          JsonSupport.copyMap(metadata),
          metadataNull,
          JsonSupport.copyList(resources),
          resourcesNull,
          JsonSupport.copyList(vaultIds),
          vaultIdsNull,
          schedule,
          scheduleNull,
          budget,
          budgetNull,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
