// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link CommitCheckout} to and from JSON, keeping properties it does not know. */
final class CommitCheckoutJsonAdapter extends JsonAdapter<CommitCheckout> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("type", "sha");

  CommitCheckoutJsonAdapter(Moshi moshi) {}

  @Override
  public CommitCheckout fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  CommitCheckout readProperties(JsonReader reader) throws IOException {
    String sha = null;
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
          sha = reader.nextString();
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new CommitCheckout(
        JsonSupport.requireProperty(sha, "sha", reader), JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable CommitCheckout value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("commit");
    writer.name("sha");
    writer.value(value.sha);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(CommitCheckout)";
  }
}
