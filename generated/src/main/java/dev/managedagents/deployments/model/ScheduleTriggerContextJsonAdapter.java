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

/** Streams {@link ScheduleTriggerContext} to and from JSON, keeping properties it does not know. */
final class ScheduleTriggerContextJsonAdapter extends JsonAdapter<ScheduleTriggerContext> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("type", "scheduled_at");

  ScheduleTriggerContextJsonAdapter(Moshi moshi) {}

  @Override
  public ScheduleTriggerContext fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  ScheduleTriggerContext readProperties(JsonReader reader) throws IOException {
    OffsetDateTime scheduledAt = null;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in NAMES, so the known names are cases 1 and up.
      switch (1 + reader.selectName(NAMES)) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          reader.skipValue();
          break;
        case 2:
          scheduledAt = JsonSupport.nextDateTime(reader);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new ScheduleTriggerContext(
        JsonSupport.requireProperty(scheduledAt, "scheduled_at", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ScheduleTriggerContext value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("schedule");
    writer.name("scheduled_at");
    writer.value(JsonSupport.formatDateTime(value.scheduledAt));
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ScheduleTriggerContext)";
  }
}
