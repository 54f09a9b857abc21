// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link FileResourceConfig} to and from JSON, keeping properties it does not know. */
final class FileResourceConfigJsonAdapter extends JsonAdapter<FileResourceConfig> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("type", "file_id", "mount_path");

  FileResourceConfigJsonAdapter(Moshi moshi) {}

  @Override
  public FileResourceConfig fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  FileResourceConfig readProperties(JsonReader reader) throws IOException {
    String fileId = null;
    String mountPath = null;
    boolean mountPathPresent = false;
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
          fileId = reader.nextString();
          break;
        case 3:
          mountPath =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          mountPathPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new FileResourceConfig(
        JsonSupport.requireProperty(fileId, "file_id", reader),
        mountPath,
        mountPathPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable FileResourceConfig value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("file");
    writer.name("file_id");
    writer.value(value.fileId);
    if (value.mountPathPresent) {
      writer.name("mount_path");
      if (value.mountPath == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.mountPath);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(FileResourceConfig)";
  }
}
