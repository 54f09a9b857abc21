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
 * Picks the {@link TriggerContext} variant by {@code type}; unknown values decode to {@link
 * TriggerContext.Unknown}.
 */
final class TriggerContextJsonAdapter extends JsonAdapter<TriggerContext> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES = JsonReader.Options.of("manual", "schedule");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final ManualTriggerContextJsonAdapter manualTriggerContextAdapter;
  private final ScheduleTriggerContextJsonAdapter scheduleTriggerContextAdapter;

  TriggerContextJsonAdapter(Moshi moshi) {
    this.manualTriggerContextAdapter = new ManualTriggerContextJsonAdapter(moshi);
    this.scheduleTriggerContextAdapter = new ScheduleTriggerContextJsonAdapter(moshi);
  }

  @Override
  public TriggerContext fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return manualTriggerContextAdapter.readProperties(reader);
        case 2:
          return scheduleTriggerContextAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "TriggerContext");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new TriggerContext.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return manualTriggerContextAdapter.fromJson(reader);
      case 2:
        return scheduleTriggerContextAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable TriggerContext value) throws IOException {
    if (value instanceof ManualTriggerContext) {
      manualTriggerContextAdapter.toJson(writer, (ManualTriggerContext) value);
      return;
    }
    if (value instanceof ScheduleTriggerContext) {
      scheduleTriggerContextAdapter.toJson(writer, (ScheduleTriggerContext) value);
      return;
    }
    if (value instanceof TriggerContext.Unknown) {
      (((TriggerContext.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a TriggerContext variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(TriggerContext)";
  }
}
