// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link ErrorEnvelope} to and from JSON, keeping properties it does not know. */
final class ErrorEnvelopeJsonAdapter extends JsonAdapter<ErrorEnvelope> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("type", "error", "request_id");

  private final JsonAdapter<ErrorObject> errorAdapter;

  ErrorEnvelopeJsonAdapter(Moshi moshi) {
    this.errorAdapter = new ErrorObjectJsonAdapter(moshi);
  }

  @Override
  public ErrorEnvelope fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  ErrorEnvelope readProperties(JsonReader reader) throws IOException {
    ErrorObject error = null;
    String requestId = null;
    boolean requestIdPresent = false;
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
          error = errorAdapter.fromJson(reader);
          break;
        case 3:
          requestId =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          requestIdPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new ErrorEnvelope(
        JsonSupport.requireProperty(error, "error", reader),
        requestId,
        requestIdPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ErrorEnvelope value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("error");
    writer.name("error");
    errorAdapter.toJson(writer, value.error);
    if (value.requestIdPresent) {
      writer.name("request_id");
      if (value.requestId == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.requestId);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ErrorEnvelope)";
  }
}
