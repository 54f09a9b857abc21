// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Picks the {@link InitialEvent} variant by {@code type}; unknown values decode to {@link
 * InitialEvent.Unknown}.
 */
final class InitialEventJsonAdapter extends JsonAdapter<InitialEvent> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES =
      JsonReader.Options.of("system.message", "user.define_outcome", "user.message");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final SystemMessageEventJsonAdapter systemMessageEventAdapter;
  private final UserDefineOutcomeEventJsonAdapter userDefineOutcomeEventAdapter;
  private final UserMessageEventJsonAdapter userMessageEventAdapter;

  InitialEventJsonAdapter(Moshi moshi) {
    this.systemMessageEventAdapter = new SystemMessageEventJsonAdapter(moshi);
    this.userDefineOutcomeEventAdapter = new UserDefineOutcomeEventJsonAdapter(moshi);
    this.userMessageEventAdapter = new UserMessageEventJsonAdapter(moshi);
  }

  @Override
  public InitialEvent fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return systemMessageEventAdapter.readProperties(reader);
        case 2:
          return userDefineOutcomeEventAdapter.readProperties(reader);
        case 3:
          return userMessageEventAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "InitialEvent");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new InitialEvent.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return systemMessageEventAdapter.fromJson(reader);
      case 2:
        return userDefineOutcomeEventAdapter.fromJson(reader);
      case 3:
        return userMessageEventAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable InitialEvent value) throws IOException {
    if (value instanceof SystemMessageEvent) {
      systemMessageEventAdapter.toJson(writer, (SystemMessageEvent) value);
      return;
    }
    if (value instanceof UserDefineOutcomeEvent) {
      userDefineOutcomeEventAdapter.toJson(writer, (UserDefineOutcomeEvent) value);
      return;
    }
    if (value instanceof UserMessageEvent) {
      userMessageEventAdapter.toJson(writer, (UserMessageEvent) value);
      return;
    }
    if (value instanceof InitialEvent.Unknown) {
      (((InitialEvent.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a InitialEvent variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(InitialEvent)";
  }
}
