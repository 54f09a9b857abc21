// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Picks the {@link Schedule} variant by {@code type}; unknown values decode to {@link
 * Schedule.Unknown}.
 */
final class ScheduleJsonAdapter extends JsonAdapter<Schedule> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES = JsonReader.Options.of("cron");

  private final CronScheduleJsonAdapter cronScheduleAdapter;

  ScheduleJsonAdapter(Moshi moshi) {
    this.cronScheduleAdapter = new CronScheduleJsonAdapter(moshi);
  }

  @Override
  public Schedule fromJson(JsonReader reader) throws IOException {
    if (JsonSupport.readsTagsInPlace(reader) && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      reader.beginObject();
      if (reader.selectName(TAG) == 0) {
        switch (1 + reader.selectString(TYPES)) {
          case 1:
            return cronScheduleAdapter.readProperties(reader);
          default:
            break;
        }
      }
      // Not the API's own shape: an unknown variant's exact text needs the look-ahead below.
      throw JsonSupport.LookAheadNeeded.INSTANCE;
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "Schedule");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new Schedule.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return cronScheduleAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Schedule value) throws IOException {
    if (value instanceof CronSchedule) {
      cronScheduleAdapter.toJson(writer, (CronSchedule) value);
      return;
    }
    if (value instanceof Schedule.Unknown) {
      (((Schedule.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a Schedule variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(Schedule)";
  }
}
