// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link DeploymentRun} to and from JSON, keeping properties it does not know. */
final class DeploymentRunJsonAdapter extends JsonAdapter<DeploymentRun> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of(
          "id",
          "type",
          "deployment_id",
          "agent",
          "created_at",
          "session_id",
          "error",
          "trigger_context");

  private final JsonAdapter<AgentReference> agentAdapter;
  private final JsonAdapter<RunError> errorAdapter;
  private final JsonAdapter<TriggerContext> triggerContextAdapter;

  DeploymentRunJsonAdapter(Moshi moshi) {
    this.agentAdapter = new AgentReferenceJsonAdapter(moshi);
    this.errorAdapter = new RunErrorJsonAdapter(moshi);
    this.triggerContextAdapter = new TriggerContextJsonAdapter(moshi);
  }

  @Override
  public DeploymentRun fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  DeploymentRun readProperties(JsonReader reader) throws IOException {
    String id = null;
    String deploymentId = null;
    AgentReference agent = null;
    OffsetDateTime createdAt = null;
    String sessionId = null;
    RunError error = null;
    TriggerContext triggerContext = null;
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
          deploymentId = reader.nextString();
          break;
        case 4:
          agent = agentAdapter.fromJson(reader);
          break;
        case 5:
          createdAt = JsonSupport.nextDateTime(reader);
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
                  : errorAdapter.fromJson(reader);
          break;
        case 8:
          triggerContext = triggerContextAdapter.fromJson(reader);
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

  @Override
  public void toJson(JsonWriter writer, @Nullable DeploymentRun value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("id");
    writer.value(value.id);
    writer.name("type").value("deployment_run");
    writer.name("deployment_id");
    writer.value(value.deploymentId);
    writer.name("agent");
    agentAdapter.toJson(writer, value.agent);
    writer.name("created_at");
    writer.value(JsonSupport.formatDateTime(value.createdAt));
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
      errorAdapter.toJson(writer, value.error);
    }
    writer.name("trigger_context");
    triggerContextAdapter.toJson(writer, value.triggerContext);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(DeploymentRun)";
  }
}
