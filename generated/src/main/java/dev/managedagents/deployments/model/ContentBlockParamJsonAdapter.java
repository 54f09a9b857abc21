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
 * Picks the {@link ContentBlockParam} variant by {@code type}; unknown values decode to {@link
 * ContentBlockParam.Unknown}.
 */
final class ContentBlockParamJsonAdapter extends JsonAdapter<ContentBlockParam> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES =
      JsonReader.Options.of("document", "image", "text");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final DocumentBlockJsonAdapter documentBlockAdapter;
  private final ImageBlockJsonAdapter imageBlockAdapter;
  private final TextBlockJsonAdapter textBlockAdapter;

  ContentBlockParamJsonAdapter(Moshi moshi) {
    this.documentBlockAdapter = new DocumentBlockJsonAdapter(moshi);
    this.imageBlockAdapter = new ImageBlockJsonAdapter(moshi);
    this.textBlockAdapter = new TextBlockJsonAdapter(moshi);
  }

  @Override
  public ContentBlockParam fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return documentBlockAdapter.readProperties(reader);
        case 2:
          return imageBlockAdapter.readProperties(reader);
        case 3:
          return textBlockAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "ContentBlockParam");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new ContentBlockParam.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return documentBlockAdapter.fromJson(reader);
      case 2:
        return imageBlockAdapter.fromJson(reader);
      case 3:
        return textBlockAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ContentBlockParam value) throws IOException {
    if (value instanceof DocumentBlock) {
      documentBlockAdapter.toJson(writer, (DocumentBlock) value);
      return;
    }
    if (value instanceof ImageBlock) {
      imageBlockAdapter.toJson(writer, (ImageBlock) value);
      return;
    }
    if (value instanceof TextBlock) {
      textBlockAdapter.toJson(writer, (TextBlock) value);
      return;
    }
    if (value instanceof ContentBlockParam.Unknown) {
      (((ContentBlockParam.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a ContentBlockParam variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(ContentBlockParam)";
  }
}
