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
 * Picks the {@link Rubric} variant by {@code type}; unknown values decode to {@link
 * Rubric.Unknown}.
 */
final class RubricJsonAdapter extends JsonAdapter<Rubric> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES = JsonReader.Options.of("file", "text");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final FileRubricJsonAdapter fileRubricAdapter;
  private final TextRubricJsonAdapter textRubricAdapter;

  RubricJsonAdapter(Moshi moshi) {
    this.fileRubricAdapter = new FileRubricJsonAdapter(moshi);
    this.textRubricAdapter = new TextRubricJsonAdapter(moshi);
  }

  @Override
  public Rubric fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return fileRubricAdapter.readProperties(reader);
        case 2:
          return textRubricAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "Rubric");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new Rubric.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return fileRubricAdapter.fromJson(reader);
      case 2:
        return textRubricAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Rubric value) throws IOException {
    if (value instanceof FileRubric) {
      fileRubricAdapter.toJson(writer, (FileRubric) value);
      return;
    }
    if (value instanceof TextRubric) {
      textRubricAdapter.toJson(writer, (TextRubric) value);
      return;
    }
    if (value instanceof Rubric.Unknown) {
      (((Rubric.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException("Not a Rubric variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(Rubric)";
  }
}
