// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link DocumentBlock} to and from JSON, keeping properties it does not know. */
final class DocumentBlockJsonAdapter extends JsonAdapter<DocumentBlock> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("type", "source", "title", "context");

  private final JsonAdapter<DocumentSource> sourceAdapter;

  DocumentBlockJsonAdapter(Moshi moshi) {
    this.sourceAdapter = new DocumentSourceJsonAdapter(moshi);
  }

  @Override
  public DocumentBlock fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  DocumentBlock readProperties(JsonReader reader) throws IOException {
    DocumentSource source = null;
    String title = null;
    boolean titlePresent = false;
    String context = null;
    boolean contextPresent = false;
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
        case 3:
          title =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          titlePresent = true;
          break;
        case 4:
          context =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          contextPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new DocumentBlock(
        JsonSupport.requireProperty(source, "source", reader),
        title,
        titlePresent,
        context,
        contextPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable DocumentBlock value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("document");
    writer.name("source");
    sourceAdapter.toJson(writer, value.source);
    if (value.titlePresent) {
      writer.name("title");
      if (value.title == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.title);
      }
    }
    if (value.contextPresent) {
      writer.name("context");
      if (value.context == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.context);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(DocumentBlock)";
  }
}
