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
 * Picks the {@link ScheduleParam} variant by {@code type}; unknown values decode to {@link
 * ScheduleParam.Unknown}.
 */
final class ScheduleParamJsonAdapter extends JsonAdapter<ScheduleParam> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES = JsonReader.Options.of("cron");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final CronScheduleParamJsonAdapter cronScheduleParamAdapter;

  ScheduleParamJsonAdapter(Moshi moshi) {
    this.cronScheduleParamAdapter = new CronScheduleParamJsonAdapter(moshi);
  }

  @Override
  public ScheduleParam fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return cronScheduleParamAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "ScheduleParam");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new ScheduleParam.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return cronScheduleParamAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ScheduleParam value) throws IOException {
    if (value instanceof CronScheduleParam) {
      cronScheduleParamAdapter.toJson(writer, (CronScheduleParam) value);
      return;
    }
    if (value instanceof ScheduleParam.Unknown) {
      (((ScheduleParam.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a ScheduleParam variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(ScheduleParam)";
  }
}
