// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link FileNotFoundRunError} to and from JSON, keeping properties it does not know. */
final class FileNotFoundRunErrorJsonAdapter extends JsonAdapter<FileNotFoundRunError> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("type", "message");

  FileNotFoundRunErrorJsonAdapter(Moshi moshi) {}

  @Override
  public FileNotFoundRunError fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  FileNotFoundRunError readProperties(JsonReader reader) throws IOException {
    String message = null;
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
          message = reader.nextString();
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new FileNotFoundRunError(
        JsonSupport.requireProperty(message, "message", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable FileNotFoundRunError value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("file_not_found_error");
    writer.name("message");
    writer.value(value.message);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(FileNotFoundRunError)";
  }
}
