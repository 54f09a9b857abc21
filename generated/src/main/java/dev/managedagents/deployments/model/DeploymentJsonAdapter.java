// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link Deployment} to and from JSON, keeping properties it does not know. */
final class DeploymentJsonAdapter extends JsonAdapter<Deployment> {
  private static final JsonReader.Options NAMES =
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

  private final JsonAdapter<AgentReference> agentAdapter;
  private final JsonAdapter<InitialEvent> initialEventsAdapter;
  private final JsonAdapter<ResourceConfig> resourcesAdapter;
  private final JsonAdapter<String> vaultIdsAdapter;
  private final JsonAdapter<Schedule> scheduleAdapter;
  private final JsonAdapter<BudgetLimit> budgetAdapter;
  private final JsonAdapter<DeploymentStatus> statusAdapter;
  private final JsonAdapter<PausedReason> pausedReasonAdapter;

  DeploymentJsonAdapter(Moshi moshi) {
    this.agentAdapter = new AgentReferenceJsonAdapter(moshi);
    this.initialEventsAdapter = new InitialEventJsonAdapter(moshi);
    this.resourcesAdapter = new ResourceConfigJsonAdapter(moshi);
    this.vaultIdsAdapter = JsonSupport.STRING;
    this.scheduleAdapter = new ScheduleJsonAdapter(moshi);
    this.budgetAdapter = new BudgetLimitJsonAdapter(moshi);
    this.statusAdapter = new DeploymentStatusJsonAdapter();
    this.pausedReasonAdapter = new PausedReasonJsonAdapter(moshi);
  }

  @Override
  public Deployment fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  Deployment readProperties(JsonReader reader) throws IOException {
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
    DeploymentStatus status = null;
    PausedReason pausedReason = null;
    OffsetDateTime createdAt = null;
    OffsetDateTime updatedAt = null;
    OffsetDateTime archivedAt = null;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in NAMES, so the known names are cases 1 and up.
      switch (1 + reader.selectName(NAMES)) {
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
          agent = agentAdapter.fromJson(reader);
          break;
        case 6:
          environmentId = reader.nextString();
          break;
        case 7:
          initialEvents = JsonSupport.readList(reader, initialEventsAdapter);
          break;
        case 8:
          resources = JsonSupport.readList(reader, resourcesAdapter);
          break;
        case 9:
          vaultIds = JsonSupport.readList(reader, vaultIdsAdapter);
          break;
        case 10:
          metadata = JsonSupport.readStringMap(reader);
          break;
        case 11:
          schedule =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<Schedule>nextNull()
                  : scheduleAdapter.fromJson(reader);
          break;
        case 12:
          budget =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<BudgetLimit>nextNull()
                  : budgetAdapter.fromJson(reader);
          break;
        case 13:
          status = statusAdapter.fromJson(reader);
          break;
        case 14:
          pausedReason =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<PausedReason>nextNull()
                  : pausedReasonAdapter.fromJson(reader);
          break;
        case 15:
          createdAt = JsonSupport.nextDateTime(reader);
          break;
        case 16:
          updatedAt = JsonSupport.nextDateTime(reader);
          break;
        case 17:
          archivedAt =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<OffsetDateTime>nextNull()
                  : JsonSupport.nextDateTime(reader);
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
        JsonSupport.requireProperty(status, "status", reader),
        pausedReason,
        JsonSupport.requireProperty(createdAt, "created_at", reader),
        JsonSupport.requireProperty(updatedAt, "updated_at", reader),
        archivedAt,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Deployment value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
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
    agentAdapter.toJson(writer, value.agent);
    writer.name("environment_id");
    writer.value(value.environmentId);
    writer.name("initial_events");
    JsonSupport.writeList(writer, value.initialEvents, initialEventsAdapter);
    writer.name("resources");
    JsonSupport.writeList(writer, value.resources, resourcesAdapter);
    writer.name("vault_ids");
    JsonSupport.writeList(writer, value.vaultIds, vaultIdsAdapter);
    writer.name("metadata");
    JsonSupport.writeStringMap(writer, value.metadata);
    writer.name("schedule");
    if (value.schedule == null) {
      JsonSupport.writeNull(writer);
    } else {
      scheduleAdapter.toJson(writer, value.schedule);
    }
    if (value.budget != null) {
      writer.name("budget");
      budgetAdapter.toJson(writer, value.budget);
    }
    writer.name("status");
    statusAdapter.toJson(writer, value.status);
    writer.name("paused_reason");
    if (value.pausedReason == null) {
      JsonSupport.writeNull(writer);
    } else {
      pausedReasonAdapter.toJson(writer, value.pausedReason);
    }
    writer.name("created_at");
    writer.value(JsonSupport.formatDateTime(value.createdAt));
    writer.name("updated_at");
    writer.value(JsonSupport.formatDateTime(value.updatedAt));
    writer.name("archived_at");
    if (value.archivedAt == null) {
      JsonSupport.writeNull(writer);
    } else {
      writer.value(JsonSupport.formatDateTime(value.archivedAt));
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(Deployment)";
  }
}
