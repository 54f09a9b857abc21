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
 * An append-only record of one attempt to start a session from a deployment. Exactly one of
 * `session_id` and `error` is set.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
@ModelJsonAdapters.Registered
public final class DeploymentRun extends ModelJsonAdapters.Model {
  final String id;
  final String deploymentId;
  final AgentReference agent;
  final OffsetDateTime createdAt;
  final @Nullable String sessionId;
  final @Nullable RunError error;
  final TriggerContext triggerContext;
  final Map<String, RawJson> additionalProperties;

  // A response body: the client looks its adapter up by class, so the class registers it when
  // initialized. Other models have no static initializer (R8 may merge them) and are found by
  // ModelJsonAdapters.factory().
  static {
    ModelJsonAdapters.register(
        DeploymentRun.class,
        new JsonSupport.ModelAdapter<>("DeploymentRun", DeploymentRun::read, DeploymentRun::write));
  }

  DeploymentRun(
      String id,
      String deploymentId,
      AgentReference agent,
      OffsetDateTime createdAt,
      @Nullable String sessionId,
      @Nullable RunError error,
      TriggerContext triggerContext,
      Map<String, RawJson> additionalProperties) {
    this.id = id;
    this.deploymentId = deploymentId;
    this.agent = agent;
    this.createdAt = createdAt;
    this.sessionId = sessionId;
    this.error = error;
    this.triggerContext = triggerContext;
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

  /** The run's ID (`drun_…`). */
  public String getId() {
    return id;
  }

  /** Always {@code "deployment_run"}. */
  public String getType() {
    return "deployment_run";
  }

  /** The deployment that produced this run. */
  public String getDeploymentId() {
    return deploymentId;
  }

  /** The {@code agent} property. */
  public AgentReference getAgent() {
    return agent;
  }

  /** When the run was recorded. */
  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  /** The session that was created; `null` when the run failed. */
  public @Nullable String getSessionId() {
    return sessionId;
  }

  /** Why no session was created; `null` when the run succeeded. */
  public @Nullable RunError getError() {
    return error;
  }

  /** The {@code trigger_context} property. */
  public TriggerContext getTriggerContext() {
    return triggerContext;
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
    if (error != null) {
      Constraints.checkRunError(error, where.property("error"), out);
    }
    Constraints.checkTriggerContext(triggerContext, where.property("trigger_context"), out);
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
    return "DeploymentRun";
  }

  @Override
  Object[] values() {
    return new Object[] {
      id, deploymentId, agent, createdAt, sessionId, error, triggerContext, additionalProperties
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
    return "DeploymentRun{id="
        + id
        + ", deploymentId="
        + deploymentId
        + ", agent="
        + agent
        + ", createdAt="
        + createdAt
        + ", sessionId="
        + sessionId
        + ", error="
        + error
        + ", triggerContext="
        + triggerContext
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
              "deployment_id",
              "agent",
              "created_at",
              "session_id",
              "error",
              "trigger_context");
      names = result;
    }
    return result;
  }

  /** Reads a {@code DeploymentRun} object. */
  static DeploymentRun read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static DeploymentRun readProperties(JsonReader reader) throws IOException {
    String id = null;
    String deploymentId = null;
    AgentReference agent = null;
    OffsetDateTime createdAt = null;
    String sessionId = null;
    RunError error = null;
    TriggerContext triggerContext = null;
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
          deploymentId = reader.nextString();
          break;
        case 4:
          agent = AgentReference.read(reader);
          break;
        case 5:
          createdAt = Rfc3339.next(reader);
          break;
        case 6:
          sessionId =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          break;
        case 7:
          error =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<RunError>nextNull()
                  : RunError.Unknown.read(reader);
          break;
        case 8:
          triggerContext = TriggerContext.Unknown.read(reader);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new DeploymentRun(
        JsonSupport.requireProperty(id, "id", reader),
        JsonSupport.requireProperty(deploymentId, "deployment_id", reader),
        JsonSupport.requireProperty(agent, "agent", reader),
        JsonSupport.requireProperty(createdAt, "created_at", reader),
        sessionId,
        error,
        JsonSupport.requireProperty(triggerContext, "trigger_context", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, DeploymentRun value) throws IOException {
    writer.beginObject();
    writer.name("id");
    writer.value(value.id);
    writer.name("type").value("deployment_run");
    writer.name("deployment_id");
    writer.value(value.deploymentId);
    writer.name("agent");
    AgentReference.write(writer, value.agent);
    writer.name("created_at");
    writer.value(Rfc3339.format(value.createdAt));
    writer.name("session_id");
    if (value.sessionId == null) {
      JsonSupport.writeNull(writer);
    } else {
      writer.value(value.sessionId);
    }
    writer.name("error");
    if (value.error == null) {
      JsonSupport.writeNull(writer);
    } else {
      RunError.Unknown.write(writer, value.error);
    }
    writer.name("trigger_context");
    TriggerContext.Unknown.write(writer, value.triggerContext);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link DeploymentRun} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String deploymentId;
    private @Nullable AgentReference agent;
    private @Nullable OffsetDateTime createdAt;
    private @Nullable String sessionId;
    private @Nullable RunError error;
    private @Nullable TriggerContext triggerContext;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(DeploymentRun source) {
      this.id = source.id;
      this.deploymentId = source.deploymentId;
      this.agent = source.agent;
      this.createdAt = source.createdAt;
      this.sessionId = source.sessionId;
      this.error = source.error;
      this.triggerContext = source.triggerContext;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code id}: The run's ID (`drun_…`). */
    public Builder id(String id) {
      this.id = JsonSupport.requireArgument(id, "id");
      return this;
    }

    /** Sets {@code deployment_id}: The deployment that produced this run. */
    public Builder deploymentId(String deploymentId) {
      this.deploymentId = JsonSupport.requireArgument(deploymentId, "deployment_id");
      return this;
    }

    /** Sets {@code agent}: The {@code agent} property. */
    public Builder agent(AgentReference agent) {
      this.agent = JsonSupport.requireArgument(agent, "agent");
      return this;
    }

    /** Sets {@code created_at}: When the run was recorded. */
    public Builder createdAt(OffsetDateTime createdAt) {
      this.createdAt = JsonSupport.requireArgument(createdAt, "created_at");
      return this;
    }

    /** Sets {@code session_id}: The session that was created; `null` when the run failed. */
    public Builder sessionId(@Nullable String sessionId) {
      this.sessionId = sessionId;
      return this;
    }

    /** Sets {@code error}: Why no session was created; `null` when the run succeeded. */
    public Builder error(@Nullable RunError error) {
      this.error = error;
      return this;
    }

    /** Sets {@code trigger_context}: The {@code trigger_context} property. */
    public Builder triggerContext(TriggerContext triggerContext) {
      this.triggerContext = JsonSupport.requireArgument(triggerContext, "trigger_context");
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
    public DeploymentRun build() {
      return new DeploymentRun(
          JsonSupport.requireSet(id, "DeploymentRun", "id"),
          JsonSupport.requireSet(deploymentId, "DeploymentRun", "deployment_id"),
          JsonSupport.requireSet(agent, "DeploymentRun", "agent"),
          JsonSupport.requireSet(createdAt, "DeploymentRun", "created_at"),
          sessionId,
          error,
          JsonSupport.requireSet(triggerContext, "DeploymentRun", "trigger_context"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
