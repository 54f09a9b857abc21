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
 * Picks the {@link InitialEventParam} variant by {@code type}; unknown values decode to {@link
 * InitialEventParam.Unknown}.
 */
final class InitialEventParamJsonAdapter extends JsonAdapter<InitialEventParam> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES =
      JsonReader.Options.of("system.message", "user.define_outcome", "user.message");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final SystemMessageEventParamJsonAdapter systemMessageEventParamAdapter;
  private final UserDefineOutcomeEventParamJsonAdapter userDefineOutcomeEventParamAdapter;
  private final UserMessageEventParamJsonAdapter userMessageEventParamAdapter;

  InitialEventParamJsonAdapter(Moshi moshi) {
    this.systemMessageEventParamAdapter = new SystemMessageEventParamJsonAdapter(moshi);
    this.userDefineOutcomeEventParamAdapter = new UserDefineOutcomeEventParamJsonAdapter(moshi);
    this.userMessageEventParamAdapter = new UserMessageEventParamJsonAdapter(moshi);
  }

  @Override
  public InitialEventParam fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return systemMessageEventParamAdapter.readProperties(reader);
        case 2:
          return userDefineOutcomeEventParamAdapter.readProperties(reader);
        case 3:
          return userMessageEventParamAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "InitialEventParam");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new InitialEventParam.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return systemMessageEventParamAdapter.fromJson(reader);
      case 2:
        return userDefineOutcomeEventParamAdapter.fromJson(reader);
      case 3:
        return userMessageEventParamAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable InitialEventParam value) throws IOException {
    if (value instanceof SystemMessageEventParam) {
      systemMessageEventParamAdapter.toJson(writer, (SystemMessageEventParam) value);
      return;
    }
    if (value instanceof UserDefineOutcomeEventParam) {
      userDefineOutcomeEventParamAdapter.toJson(writer, (UserDefineOutcomeEventParam) value);
      return;
    }
    if (value instanceof UserMessageEventParam) {
      userMessageEventParamAdapter.toJson(writer, (UserMessageEventParam) value);
      return;
    }
    if (value instanceof InitialEventParam.Unknown) {
      (((InitialEventParam.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a InitialEventParam variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(InitialEventParam)";
  }
}
