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
 * Picks the {@link DocumentSource} variant by {@code type}; unknown values decode to {@link
 * DocumentSource.Unknown}.
 */
final class DocumentSourceJsonAdapter extends JsonAdapter<DocumentSource> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES =
      JsonReader.Options.of("base64", "file", "text", "url");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final Base64DocumentSourceJsonAdapter base64DocumentSourceAdapter;
  private final FileDocumentSourceJsonAdapter fileDocumentSourceAdapter;
  private final PlainTextDocumentSourceJsonAdapter plainTextDocumentSourceAdapter;
  private final UrlDocumentSourceJsonAdapter urlDocumentSourceAdapter;

  DocumentSourceJsonAdapter(Moshi moshi) {
    this.base64DocumentSourceAdapter = new Base64DocumentSourceJsonAdapter(moshi);
    this.fileDocumentSourceAdapter = new FileDocumentSourceJsonAdapter(moshi);
    this.plainTextDocumentSourceAdapter = new PlainTextDocumentSourceJsonAdapter(moshi);
    this.urlDocumentSourceAdapter = new UrlDocumentSourceJsonAdapter(moshi);
  }

  @Override
  public DocumentSource fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return base64DocumentSourceAdapter.readProperties(reader);
        case 2:
          return fileDocumentSourceAdapter.readProperties(reader);
        case 3:
          return plainTextDocumentSourceAdapter.readProperties(reader);
        case 4:
          return urlDocumentSourceAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "DocumentSource");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new DocumentSource.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return base64DocumentSourceAdapter.fromJson(reader);
      case 2:
        return fileDocumentSourceAdapter.fromJson(reader);
      case 3:
        return plainTextDocumentSourceAdapter.fromJson(reader);
      case 4:
        return urlDocumentSourceAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable DocumentSource value) throws IOException {
    if (value instanceof Base64DocumentSource) {
      base64DocumentSourceAdapter.toJson(writer, (Base64DocumentSource) value);
      return;
    }
    if (value instanceof FileDocumentSource) {
      fileDocumentSourceAdapter.toJson(writer, (FileDocumentSource) value);
      return;
    }
    if (value instanceof PlainTextDocumentSource) {
      plainTextDocumentSourceAdapter.toJson(writer, (PlainTextDocumentSource) value);
      return;
    }
    if (value instanceof UrlDocumentSource) {
      urlDocumentSourceAdapter.toJson(writer, (UrlDocumentSource) value);
      return;
    }
    if (value instanceof DocumentSource.Unknown) {
      (((DocumentSource.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a DocumentSource variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(DocumentSource)";
  }
}
