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
 * Picks the {@link PausedReason} variant by {@code type}; unknown values decode to {@link
 * PausedReason.Unknown}.
 */
final class PausedReasonJsonAdapter extends JsonAdapter<PausedReason> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES = JsonReader.Options.of("error", "manual");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final ErrorPausedReasonJsonAdapter errorPausedReasonAdapter;
  private final ManualPausedReasonJsonAdapter manualPausedReasonAdapter;

  PausedReasonJsonAdapter(Moshi moshi) {
    this.errorPausedReasonAdapter = new ErrorPausedReasonJsonAdapter(moshi);
    this.manualPausedReasonAdapter = new ManualPausedReasonJsonAdapter(moshi);
  }

  @Override
  public PausedReason fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return errorPausedReasonAdapter.readProperties(reader);
        case 2:
          return manualPausedReasonAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "PausedReason");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new PausedReason.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return errorPausedReasonAdapter.fromJson(reader);
      case 2:
        return manualPausedReasonAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable PausedReason value) throws IOException {
    if (value instanceof ErrorPausedReason) {
      errorPausedReasonAdapter.toJson(writer, (ErrorPausedReason) value);
      return;
    }
    if (value instanceof ManualPausedReason) {
      manualPausedReasonAdapter.toJson(writer, (ManualPausedReason) value);
      return;
    }
    if (value instanceof PausedReason.Unknown) {
      (((PausedReason.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a PausedReason variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(PausedReason)";
  }
}
