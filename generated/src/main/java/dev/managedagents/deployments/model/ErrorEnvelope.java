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
 * The body of every non-2xx answer that has a JSON body.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
@ModelJsonAdapters.Registered
public final class ErrorEnvelope extends ModelJsonAdapters.Model {
  final ErrorObject error;
  final @Nullable String requestId;
  final boolean requestIdPresent;
  final Map<String, RawJson> additionalProperties;

  // A response body: the client looks its adapter up by class, so the class registers it when
  // initialized. Other models have no static initializer (R8 may merge them) and are found by
  // ModelJsonAdapters.factory().
  static {
    ModelJsonAdapters.register(
        ErrorEnvelope.class,
        new JsonSupport.ModelAdapter<>("ErrorEnvelope", ErrorEnvelope::read, ErrorEnvelope::write));
  }

  ErrorEnvelope(
      ErrorObject error,
      @Nullable String requestId,
      boolean requestIdPresent,
      Map<String, RawJson> additionalProperties) {
    this.error = error;
    this.requestId = requestId;
    this.requestIdPresent = requestIdPresent;
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

  /** Always {@code "error"}. */
  public String getType() {
    return "error";
  }

  /** The {@code error} property. */
  public ErrorObject getError() {
    return error;
  }

  /**
   * The request's ID (`req_…`), as in the `request-id` header.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasRequestId()} tells them apart.
   */
  public @Nullable String getRequestId() {
    return requestId;
  }

  /** Whether {@code request_id} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasRequestId() {
    return requestIdPresent;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    Constraints.checkErrorObject(error, where.property("error"), out);
  }

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
    return "ErrorEnvelope";
  }

  @Override
  Object[] values() {
    return new Object[] {error, requestId, requestIdPresent, additionalProperties};
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
    return "ErrorEnvelope{error="
        + error
        + ", requestId="
        + requestId
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
      result = JsonReader.Options.of("type", "error", "request_id");
      names = result;
    }
    return result;
  }

  /** Reads a {@code ErrorEnvelope} object. */
  static ErrorEnvelope read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static ErrorEnvelope readProperties(JsonReader reader) throws IOException {
    ErrorObject error = null;
    String requestId = null;
    boolean requestIdPresent = false;
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
          error = ErrorObject.Unknown.read(reader);
          break;
        case 3:
          requestId =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          requestIdPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new ErrorEnvelope(
        JsonSupport.requireProperty(error, "error", reader),
        requestId,
        requestIdPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, ErrorEnvelope value) throws IOException {
    writer.beginObject();
    writer.name("type").value("error");
    writer.name("error");
    ErrorObject.Unknown.write(writer, value.error);
    if (value.requestIdPresent) {
      writer.name("request_id");
      if (value.requestId == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.requestId);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link ErrorEnvelope} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable ErrorObject error;
    private @Nullable String requestId;
    private boolean requestIdPresent;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ErrorEnvelope source) {
      this.error = source.error;
      this.requestId = source.requestId;
      this.requestIdPresent = source.requestIdPresent;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code error}: The {@code error} property. */
    public Builder error(ErrorObject error) {
      this.error = JsonSupport.requireArgument(error, "error");
      return this;
    }

    /**
     * Sets {@code request_id}: The request's ID (`req_…`), as in the `request-id` header.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      this.requestIdPresent = true;
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
    public ErrorEnvelope build() {
      return new ErrorEnvelope(
          JsonSupport.requireSet(error, "ErrorEnvelope", "error"),
          requestId,
          requestIdPresent,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
