// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * Image bytes, base64-encoded.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class Base64ImageSource extends ModelJsonAdapters.Model implements ImageSource {
  final String mediaType;
  final String data;
  final Map<String, RawJson> additionalProperties;

  Base64ImageSource(String mediaType, String data, Map<String, RawJson> additionalProperties) {
    this.mediaType = mediaType;
    this.data = data;
    this.additionalProperties = additionalProperties;
  }

  /** Returns a builder with no properties set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this object's properties. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Always {@code "base64"}. */
  public String getType() {
    return "base64";
  }

  /** The image's MIME type, such as `image/png`, `image/jpeg`, `image/gif` or `image/webp`. */
  public String getMediaType() {
    return mediaType;
  }

  /** The base64-encoded bytes. */
  public String getData() {
    return data;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(ImageSource.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {}

  @Override
  public boolean equals(@Nullable Object other) {
    return equalsModel(other);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  String modelName() {
    return "Base64ImageSource";
  }

  @Override
  Object[] values() {
    return new Object[] {mediaType, data, additionalProperties};
  }

  @Override
  void writeJson(JsonWriter writer) throws IOException {
    write(writer, this);
  }

  /**
   * Describes this object for logs; secrets such as tokens are masked and unknown properties are
   * named only.
   */
  @Override
  public String toString() {
    return "Base64ImageSource{mediaType="
        + mediaType
        + ", data="
        + data
        + ", additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }

  // Made on first use, not in a static initializer: R8 does not merge a class whose static
  // initializer calls into a library. A race only makes the same Options twice.
  private static JsonReader.@Nullable Options names;

  private static JsonReader.Options names() {
    JsonReader.Options result = names;
    if (result == null) {
      result = JsonReader.Options.of("type", "media_type", "data");
      names = result;
    }
    return result;
  }

  /** Reads a {@code Base64ImageSource} object. */
  static Base64ImageSource read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static Base64ImageSource readProperties(JsonReader reader) throws IOException {
    String mediaType = null;
    String data = null;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in names(), so the known names are cases 1 and up.
      switch (1 + reader.selectName(names())) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          reader.skipValue();
          break;
        case 2:
          mediaType = reader.nextString();
          break;
        case 3:
          data = reader.nextString();
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new Base64ImageSource(
        JsonSupport.requireProperty(mediaType, "media_type", reader),
        JsonSupport.requireProperty(data, "data", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, Base64ImageSource value) throws IOException {
    writer.beginObject();
    writer.name("type").value("base64");
    writer.name("media_type");
    writer.value(value.mediaType);
    writer.name("data");
    writer.value(value.data);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link Base64ImageSource} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable String mediaType;
    private @Nullable String data;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Base64ImageSource source) {
      this.mediaType = source.mediaType;
      this.data = source.data;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /**
     * Sets {@code media_type}: The image's MIME type, such as `image/png`, `image/jpeg`,
     * `image/gif` or `image/webp`.
     */
    public Builder mediaType(String mediaType) {
      this.mediaType = JsonSupport.requireArgument(mediaType, "media_type");
      return this;
    }

    /** Sets {@code data}: The base64-encoded bytes. */
    public Builder data(String data) {
      this.data = JsonSupport.requireArgument(data, "data");
      return this;
    }

    /** Adds a property this SDK does not know; it is written as given. */
    public Builder putAdditionalProperty(String name, RawJson value) {
      additionalProperties.put(
          JsonSupport.requireArgument(name, "name"), JsonSupport.requireArgument(value, "value"));
      return this;
    }

    /**
     * Returns the object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public Base64ImageSource build() {
      return new Base64ImageSource(
          JsonSupport.requireSet(mediaType, "Base64ImageSource", "media_type"),
          JsonSupport.requireSet(data, "Base64ImageSource", "data"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
