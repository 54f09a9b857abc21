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

/** Streams {@link CronSchedule} to and from JSON, keeping properties it does not know. */
final class CronScheduleJsonAdapter extends JsonAdapter<CronSchedule> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("type", "expression", "timezone", "last_run_at", "upcoming_runs_at");

  private final JsonAdapter<OffsetDateTime> upcomingRunsAtAdapter;

  CronScheduleJsonAdapter(Moshi moshi) {
    this.upcomingRunsAtAdapter = JsonSupport.DATE_TIME;
  }

  @Override
  public CronSchedule fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  CronSchedule readProperties(JsonReader reader) throws IOException {
    String expression = null;
    String timezone = null;
    OffsetDateTime lastRunAt = null;
    boolean lastRunAtPresent = false;
    List<OffsetDateTime> upcomingRunsAt = null;
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
          expression = reader.nextString();
          break;
        case 3:
          timezone = reader.nextString();
          break;
        case 4:
          lastRunAt =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<OffsetDateTime>nextNull()
                  : JsonSupport.nextDateTime(reader);
          lastRunAtPresent = true;
          break;
        case 5:
          upcomingRunsAt =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<OffsetDateTime>>nextNull()
                  : JsonSupport.readList(reader, upcomingRunsAtAdapter);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new CronSchedule(
        JsonSupport.requireProperty(expression, "expression", reader),
        JsonSupport.requireProperty(timezone, "timezone", reader),
        lastRunAt,
        lastRunAtPresent,
        upcomingRunsAt,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable CronSchedule value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("cron");
    writer.name("expression");
    writer.value(value.expression);
    writer.name("timezone");
    writer.value(value.timezone);
    if (value.lastRunAtPresent) {
      writer.name("last_run_at");
      if (value.lastRunAt == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(JsonSupport.formatDateTime(value.lastRunAt));
      }
    }
    if (value.upcomingRunsAt != null) {
      writer.name("upcoming_runs_at");
      JsonSupport.writeList(writer, value.upcomingRunsAt, upcomingRunsAtAdapter);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(CronSchedule)";
  }
}
