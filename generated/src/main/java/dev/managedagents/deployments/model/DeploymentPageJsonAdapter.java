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

/** Streams {@link DeploymentPage} to and from JSON, keeping properties it does not know. */
final class DeploymentPageJsonAdapter extends JsonAdapter<DeploymentPage> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("data", "next_page");

  private final JsonAdapter<Deployment> dataAdapter;

  DeploymentPageJsonAdapter(Moshi moshi) {
    this.dataAdapter = new DeploymentJsonAdapter(moshi);
  }

  @Override
  public DeploymentPage fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  DeploymentPage readProperties(JsonReader reader) throws IOException {
    List<Deployment> data = null;
    String nextPage = null;
    boolean nextPagePresent = false;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in NAMES, so the known names are cases 1 and up.
      switch (1 + reader.selectName(NAMES)) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          data = JsonSupport.readList(reader, dataAdapter);
          break;
        case 2:
          nextPage =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          nextPagePresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new DeploymentPage(
        JsonSupport.requireProperty(data, "data", reader),
        nextPage,
        nextPagePresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable DeploymentPage value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("data");
    JsonSupport.writeList(writer, value.data, dataAdapter);
    if (value.nextPagePresent) {
      writer.name("next_page");
      if (value.nextPage == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.nextPage);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(DeploymentPage)";
  }
}
