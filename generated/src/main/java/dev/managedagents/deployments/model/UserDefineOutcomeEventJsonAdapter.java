// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link UserDefineOutcomeEvent} to and from JSON, keeping properties it does not know. */
final class UserDefineOutcomeEventJsonAdapter extends JsonAdapter<UserDefineOutcomeEvent> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("type", "description", "rubric", "max_iterations");

  private final JsonAdapter<Rubric> rubricAdapter;

  UserDefineOutcomeEventJsonAdapter(Moshi moshi) {
    this.rubricAdapter = new RubricJsonAdapter(moshi);
  }

  @Override
  public UserDefineOutcomeEvent fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  UserDefineOutcomeEvent readProperties(JsonReader reader) throws IOException {
    String description = null;
    Rubric rubric = null;
    Integer maxIterations = null;
    boolean maxIterationsPresent = false;
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
          description = reader.nextString();
          break;
        case 3:
          rubric = rubricAdapter.fromJson(reader);
          break;
        case 4:
          maxIterations =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<Integer>nextNull()
                  : reader.nextInt();
          maxIterationsPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new UserDefineOutcomeEvent(
        JsonSupport.requireProperty(description, "description", reader),
        JsonSupport.requireProperty(rubric, "rubric", reader),
        maxIterations,
        maxIterationsPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable UserDefineOutcomeEvent value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("user.define_outcome");
    writer.name("description");
    writer.value(value.description);
    writer.name("rubric");
    rubricAdapter.toJson(writer, value.rubric);
    if (value.maxIterationsPresent) {
      writer.name("max_iterations");
      if (value.maxIterations == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.maxIterations);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(UserDefineOutcomeEvent)";
  }
}
