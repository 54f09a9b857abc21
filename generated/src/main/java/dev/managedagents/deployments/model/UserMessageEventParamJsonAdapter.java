// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link UserMessageEventParam} to and from JSON, keeping properties it does not know. */
final class UserMessageEventParamJsonAdapter extends JsonAdapter<UserMessageEventParam> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("type", "content");

  private final JsonAdapter<ContentBlockParam> contentAdapter;

  UserMessageEventParamJsonAdapter(Moshi moshi) {
    this.contentAdapter = new ContentBlockParamJsonAdapter(moshi);
  }

  @Override
  public UserMessageEventParam fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  UserMessageEventParam readProperties(JsonReader reader) throws IOException {
    List<ContentBlockParam> content = null;
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
          content = JsonSupport.readList(reader, contentAdapter);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new UserMessageEventParam(
        JsonSupport.requireProperty(content, "content", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserMessageEventParam value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("user.message");
    writer.name("content");
    JsonSupport.writeList(writer, value.content, contentAdapter);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(UserMessageEventParam)";
  }
}
