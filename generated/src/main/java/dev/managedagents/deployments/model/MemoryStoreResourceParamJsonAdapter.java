// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Streams {@link MemoryStoreResourceParam} to and from JSON, keeping properties it does not know.
 */
final class MemoryStoreResourceParamJsonAdapter extends JsonAdapter<MemoryStoreResourceParam> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("type", "memory_store_id", "access", "instructions");

  private final JsonAdapter<MemoryStoreAccess> accessAdapter;

  MemoryStoreResourceParamJsonAdapter(Moshi moshi) {
    this.accessAdapter = new MemoryStoreAccessJsonAdapter();
  }

  @Override
  public MemoryStoreResourceParam fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  MemoryStoreResourceParam readProperties(JsonReader reader) throws IOException {
    String memoryStoreId = null;
    MemoryStoreAccess access = null;
    String instructions = null;
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
          memoryStoreId = reader.nextString();
          break;
        case 3:
          access =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<MemoryStoreAccess>nextNull()
                  : accessAdapter.fromJson(reader);
          break;
        case 4:
          instructions =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new MemoryStoreResourceParam(
        JsonSupport.requireProperty(memoryStoreId, "memory_store_id", reader),
        access,
        instructions,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable MemoryStoreResourceParam value)
      throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("memory_store");
    writer.name("memory_store_id");
    writer.value(value.memoryStoreId);
    if (value.access != null) {
      writer.name("access");
      accessAdapter.toJson(writer, value.access);
    }
    if (value.instructions != null) {
      writer.name("instructions");
      writer.value(value.instructions);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(MemoryStoreResourceParam)";
  }
}
