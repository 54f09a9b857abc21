// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link ImageBlock} to and from JSON, keeping properties it does not know. */
final class ImageBlockJsonAdapter extends JsonAdapter<ImageBlock> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("type", "source");

  private final JsonAdapter<ImageSource> sourceAdapter;

  ImageBlockJsonAdapter(Moshi moshi) {
    this.sourceAdapter = new ImageSourceJsonAdapter(moshi);
  }

  @Override
  public ImageBlock fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  ImageBlock readProperties(JsonReader reader) throws IOException {
    ImageSource source = null;
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
          source = sourceAdapter.fromJson(reader);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new ImageBlock(
        JsonSupport.requireProperty(source, "source", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ImageBlock value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("image");
    writer.name("source");
    sourceAdapter.toJson(writer, value.source);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(ImageBlock)";
  }
}
