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
 * Picks the {@link ImageSource} variant by {@code type}; unknown values decode to {@link
 * ImageSource.Unknown}.
 */
final class ImageSourceJsonAdapter extends JsonAdapter<ImageSource> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES = JsonReader.Options.of("base64", "file", "url");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final Base64ImageSourceJsonAdapter base64ImageSourceAdapter;
  private final FileImageSourceJsonAdapter fileImageSourceAdapter;
  private final UrlImageSourceJsonAdapter urlImageSourceAdapter;

  ImageSourceJsonAdapter(Moshi moshi) {
    this.base64ImageSourceAdapter = new Base64ImageSourceJsonAdapter(moshi);
    this.fileImageSourceAdapter = new FileImageSourceJsonAdapter(moshi);
    this.urlImageSourceAdapter = new UrlImageSourceJsonAdapter(moshi);
  }

  @Override
  public ImageSource fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return base64ImageSourceAdapter.readProperties(reader);
        case 2:
          return fileImageSourceAdapter.readProperties(reader);
        case 3:
          return urlImageSourceAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "ImageSource");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new ImageSource.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return base64ImageSourceAdapter.fromJson(reader);
      case 2:
        return fileImageSourceAdapter.fromJson(reader);
      case 3:
        return urlImageSourceAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ImageSource value) throws IOException {
    if (value instanceof Base64ImageSource) {
      base64ImageSourceAdapter.toJson(writer, (Base64ImageSource) value);
      return;
    }
    if (value instanceof FileImageSource) {
      fileImageSourceAdapter.toJson(writer, (FileImageSource) value);
      return;
    }
    if (value instanceof UrlImageSource) {
      urlImageSourceAdapter.toJson(writer, (UrlImageSource) value);
      return;
    }
    if (value instanceof ImageSource.Unknown) {
      (((ImageSource.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a ImageSource variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(ImageSource)";
  }
}
