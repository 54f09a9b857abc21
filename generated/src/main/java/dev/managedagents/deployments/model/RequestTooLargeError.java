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
 * The request body is too large (413).
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class RequestTooLargeError extends ModelJsonAdapters.Model implements ErrorObject {
  final String message;
  final @Nullable RawJson details;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean detailsNull;

  final Map<String, RawJson> additionalProperties;

  RequestTooLargeError(
      String message,
      @Nullable RawJson details,
      boolean detailsNull,
      Map<String, RawJson> additionalProperties) {
    this.message = message;
    this.details = details;
    this.detailsNull = detailsNull;
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

  /** Always {@code "request_too_large"}. */
  public String getType() {
    return "request_too_large";
  }

  /** Human-readable detail. */
  public String getMessage() {
    return message;
  }

  /** Optional machine-readable detail, for example `{"error_code":"environment_not_found"}`. */
  public @Nullable RawJson getDetails() {
    return details;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(ErrorObject.Visitor<R> visitor) {
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
    return "RequestTooLargeError";
  }

  @Override
  Object[] values() {
    return new Object[] {message, details, additionalProperties};
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
    return "RequestTooLargeError{message="
        + message
        + ", details="
        + details
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
      result = JsonReader.Options.of("type", "message", "details");
      names = result;
    }
    return result;
  }

  /** Reads a {@code RequestTooLargeError} object. */
  static RequestTooLargeError read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static RequestTooLargeError readProperties(JsonReader reader) throws IOException {
    String message = null;
    RawJson details = null;
    boolean detailsNull = false;
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
          message = reader.nextString();
          break;
        case 3:
          details =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<RawJson>nextNull()
                  : RawJson.read(reader);
          detailsNull = details == null;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new RequestTooLargeError(
        JsonSupport.requireProperty(message, "message", reader),
        details,
        detailsNull,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, RequestTooLargeError value) throws IOException {
    writer.beginObject();
    writer.name("type").value("request_too_large");
    writer.name("message");
    writer.value(value.message);
    if (value.details != null) {
      writer.name("details");
      value.details.write(writer);
    } else if (value.detailsNull) {
      writer.name("details");
      JsonSupport.writeNull(writer);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link RequestTooLargeError} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String message;
    private @Nullable RawJson details;
    private boolean detailsNull;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(RequestTooLargeError source) {
      this.message = source.message;
      this.details = source.details;
      this.detailsNull = source.detailsNull;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code message}: Human-readable detail. */
    public Builder message(String message) {
      this.message = JsonSupport.requireArgument(message, "message");
      return this;
    }

    /**
     * Sets {@code details}: Optional machine-readable detail, for example
     * `{"error_code":"environment_not_found"}`.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder details(@Nullable RawJson details) {
      this.details = details;
      this.detailsNull = false;
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
    public RequestTooLargeError build() {
      return new RequestTooLargeError(
          JsonSupport.requireSet(message, "RequestTooLargeError", "message"),
          details,
          detailsNull,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
