// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link UpdateDeploymentParams} to and from JSON, keeping properties it does not know. */
final class UpdateDeploymentParamsJsonAdapter extends JsonAdapter<UpdateDeploymentParams> {
  private static final JsonReader.Options NAMES =
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

  private final JsonAdapter<AgentParam> agentAdapter;
  private final JsonAdapter<InitialEventParam> initialEventsAdapter;
  private final JsonAdapter<ResourceParam> resourcesAdapter;
  private final JsonAdapter<String> vaultIdsAdapter;
  private final JsonAdapter<ScheduleParam> scheduleAdapter;
  private final JsonAdapter<BudgetLimit> budgetAdapter;

  UpdateDeploymentParamsJsonAdapter(Moshi moshi) {
    this.agentAdapter = new AgentParamJsonAdapter(moshi);
    this.initialEventsAdapter = new InitialEventParamJsonAdapter(moshi);
    this.resourcesAdapter = new ResourceParamJsonAdapter(moshi);
    this.vaultIdsAdapter = JsonSupport.STRING;
    this.scheduleAdapter = new ScheduleParamJsonAdapter(moshi);
    this.budgetAdapter = new BudgetLimitJsonAdapter(moshi);
  }

  @Override
  public UpdateDeploymentParams fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  UpdateDeploymentParams readProperties(JsonReader reader) throws IOException {
    AgentParam agent = null;
    String environmentId = null;
    List<InitialEventParam> initialEvents = null;
    String name = null;
    String description = null;
    boolean descriptionPresent = false;
    Map<String, @Nullable String> metadata = null;
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
      // selectName answers -1 for a name not in NAMES, so the known names are cases 1 and up.
      switch (1 + reader.selectName(NAMES)) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          agent =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<AgentParam>nextNull()
                  : agentAdapter.fromJson(reader);
          break;
        case 2:
          environmentId =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          break;
        case 3:
          initialEvents =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<InitialEventParam>>nextNull()
                  : JsonSupport.readList(reader, initialEventsAdapter);
          break;
        case 4:
          name =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
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
          break;
        case 7:
          resources =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<ResourceParam>>nextNull()
                  : JsonSupport.readList(reader, resourcesAdapter);
          resourcesPresent = true;
          break;
        case 8:
          vaultIds =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<String>>nextNull()
                  : JsonSupport.readList(reader, vaultIdsAdapter);
          vaultIdsPresent = true;
          break;
        case 9:
          schedule =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<ScheduleParam>nextNull()
                  : scheduleAdapter.fromJson(reader);
          schedulePresent = true;
          break;
        case 10:
          budget =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<BudgetLimit>nextNull()
                  : budgetAdapter.fromJson(reader);
          budgetPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new UpdateDeploymentParams(
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
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UpdateDeploymentParams value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    if (value.agent != null) {
      writer.name("agent");
      agentAdapter.toJson(writer, value.agent);
    }
    if (value.environmentId != null) {
      writer.name("environment_id");
      writer.value(value.environmentId);
    }
    if (value.initialEvents != null) {
      writer.name("initial_events");
      JsonSupport.writeList(writer, value.initialEvents, initialEventsAdapter);
    }
    if (value.name != null) {
      writer.name("name");
      writer.value(value.name);
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
    }
    if (value.resourcesPresent) {
      writer.name("resources");
      if (value.resources == null) {
        JsonSupport.writeNull(writer);
      } else {
        JsonSupport.writeList(writer, value.resources, resourcesAdapter);
      }
    }
    if (value.vaultIdsPresent) {
      writer.name("vault_ids");
      if (value.vaultIds == null) {
        JsonSupport.writeNull(writer);
      } else {
        JsonSupport.writeList(writer, value.vaultIds, vaultIdsAdapter);
      }
    }
    if (value.schedulePresent) {
      writer.name("schedule");
      if (value.schedule == null) {
        JsonSupport.writeNull(writer);
      } else {
        scheduleAdapter.toJson(writer, value.schedule);
      }
    }
    if (value.budgetPresent) {
      writer.name("budget");
      if (value.budget == null) {
        JsonSupport.writeNull(writer);
      } else {
        budgetAdapter.toJson(writer, value.budget);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(UpdateDeploymentParams)";
  }
}
