// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * What went wrong. Every variant has a human-readable `message`.
 *
 * <p>A union tagged by {@code type}: {@code "api_error"} is {@link ApiError}, {@code
 * "authentication_error"} is {@link AuthenticationError}, {@code "billing_error"} is {@link
 * BillingError}, {@code "conflict_error"} is {@link ConflictError}, {@code "invalid_request_error"}
 * is {@link InvalidRequestError}, {@code "not_found_error"} is {@link NotFoundError}, {@code
 * "overloaded_error"} is {@link OverloadedError}, {@code "permission_error"} is {@link
 * PermissionError}, {@code "rate_limit_error"} is {@link RateLimitError}, {@code
 * "request_too_large"} is {@link RequestTooLargeError}, {@code "timeout_error"} is {@link
 * TimeoutError}. A value of a type this SDK does not know yet decodes to {@link Unknown}, which
 * keeps the JSON as received. Handle every case with {@link #accept(Visitor)} ({@link
 * DefaultVisitor} to handle some and default the rest), or in Kotlin with {@code when (x) { is ...
 * }} and an {@code else} branch.
 */
public interface ErrorObject {
  /** The {@code type} of this variant. */
  String getType();

  /** Calls the {@code visitor} method for this variant and returns what it returns. */
  <R extends @Nullable Object> R accept(Visitor<R> visitor);

  /**
   * The {@code message} that every variant carries, so code that does not know a new variant can
   * still show it; {@code null} only for an {@link Unknown} variant without one.
   */
  @Nullable String getMessage();

  /**
   * One method per variant of {@link ErrorObject}, plus one for variants this SDK does not know.
   */
  interface Visitor<R extends @Nullable Object> {
    /** Called for a {@code "api_error"} variant. */
    R visit(ApiError value);

    /** Called for a {@code "authentication_error"} variant. */
    R visit(AuthenticationError value);

    /** Called for a {@code "billing_error"} variant. */
    R visit(BillingError value);

    /** Called for a {@code "conflict_error"} variant. */
    R visit(ConflictError value);

    /** Called for a {@code "invalid_request_error"} variant. */
    R visit(InvalidRequestError value);

    /** Called for a {@code "not_found_error"} variant. */
    R visit(NotFoundError value);

    /** Called for a {@code "overloaded_error"} variant. */
    R visit(OverloadedError value);

    /** Called for a {@code "permission_error"} variant. */
    R visit(PermissionError value);

    /** Called for a {@code "rate_limit_error"} variant. */
    R visit(RateLimitError value);

    /** Called for a {@code "request_too_large"} variant. */
    R visit(RequestTooLargeError value);

    /** Called for a {@code "timeout_error"} variant. */
    R visit(TimeoutError value);

    /** Called for a variant this SDK does not know. */
    R visitUnknown(Unknown value);
  }

  /**
   * A {@link Visitor} for code that handles some variants and treats the rest alike: every method
   * calls {@link #visitDefault}, so override only the variants you handle. A variant added to the
   * API later also goes to {@link #visitDefault}, so your code still compiles; implement {@link
   * Visitor} instead when the compiler should point out a new variant.
   */
  abstract class DefaultVisitor<R extends @Nullable Object> implements Visitor<R> {
    /** Called for every variant whose method is not overridden, {@link Unknown} included. */
    protected abstract R visitDefault(ErrorObject value);

    @Override
    public R visit(ApiError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(AuthenticationError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(BillingError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(ConflictError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(InvalidRequestError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(NotFoundError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(OverloadedError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(PermissionError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(RateLimitError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(RequestTooLargeError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(TimeoutError value) {
      return visitDefault(value);
    }

    @Override
    public R visitUnknown(Unknown value) {
      return visitDefault(value);
    }
  }

  /**
   * A {@link ErrorObject} whose {@code type} this SDK does not know; written back exactly as
   * received.
   */
  final class Unknown extends ModelJsonAdapters.Model implements ErrorObject {
    private final String type;
    private final RawJson json;

    Unknown(String type, RawJson json) {
      this.type = type;
      this.json = json;
    }

    /**
     * Wraps a JSON object of a variant this SDK does not know yet, to send it as it is.
     *
     * @throws IllegalArgumentException if {@code json} is not an object with a string {@code type}
     */
    public static Unknown of(RawJson json) {
      return new Unknown(JsonSupport.typeOf(json), json);
    }

    @Override
    public String getType() {
      return type;
    }

    @Override
    public @Nullable String getMessage() {
      return JsonSupport.stringProperty(json, "message");
    }

    /** The variant's JSON, exactly as received. */
    public RawJson getJson() {
      return json;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.visitUnknown(this);
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
      return "ErrorObject.Unknown";
    }

    @Override
    Object[] values() {
      return new Object[] {json};
    }

    @Override
    void writeJson(JsonWriter writer) throws IOException {
      json.write(writer);
    }

    /** Names the type only: the JSON may hold secrets. */
    @Override
    public String toString() {
      return "ErrorObject.Unknown{type=" + type + "}";
    }

    // The union's JSON code lives here: an interface's static methods would be public. Its names
    // are
    // made on first use, not in a static initializer, which would stop R8 from merging the Unknown
    // classes of the unions; a race only makes the same names twice.
    private static @Nullable TagNames tagNames;

    private static TagNames tagNames() {
      TagNames result = tagNames;
      if (result == null) {
        result =
            new TagNames(
                JsonReader.Options.of("type"),
                JsonReader.Options.of(
                    "api_error",
                    "authentication_error",
                    "billing_error",
                    "conflict_error",
                    "invalid_request_error",
                    "not_found_error",
                    "overloaded_error",
                    "permission_error",
                    "rate_limit_error",
                    "request_too_large",
                    "timeout_error"));
        tagNames = result;
      }
      return result;
    }

    /** Reads any variant of {@link ErrorObject}, picked by {@code type}. */
    static ErrorObject read(JsonReader reader) throws IOException {
      InPlaceTags inPlace = InPlaceTags.of(reader);
      if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        // Begins the object and finds its tag wherever it is; the variant reads the rest.
        switch (1 + inPlace.beginObject(reader, tagNames())) {
          case 1:
            return ApiError.readProperties(reader);
          case 2:
            return AuthenticationError.readProperties(reader);
          case 3:
            return BillingError.readProperties(reader);
          case 4:
            return ConflictError.readProperties(reader);
          case 5:
            return InvalidRequestError.readProperties(reader);
          case 6:
            return NotFoundError.readProperties(reader);
          case 7:
            return OverloadedError.readProperties(reader);
          case 8:
            return PermissionError.readProperties(reader);
          case 9:
            return RateLimitError.readProperties(reader);
          case 10:
            return RequestTooLargeError.readProperties(reader);
          case 11:
            return TimeoutError.readProperties(reader);
          default:
            throw new AssertionError();
        }
      }
      TagNames names = tagNames();
      JsonReader tag = JsonSupport.peekDiscriminator(reader, names.tag, "ErrorObject");
      // selectString answers -1 for a value not in the types, so the known values are cases 1 and
      // up.
      switch (1 + tag.selectString(names.options)) {
        case 0:
          return new ErrorObject.Unknown(tag.nextString(), RawJson.read(reader));
        case 1:
          return ApiError.read(reader);
        case 2:
          return AuthenticationError.read(reader);
        case 3:
          return BillingError.read(reader);
        case 4:
          return ConflictError.read(reader);
        case 5:
          return InvalidRequestError.read(reader);
        case 6:
          return NotFoundError.read(reader);
        case 7:
          return OverloadedError.read(reader);
        case 8:
          return PermissionError.read(reader);
        case 9:
          return RateLimitError.read(reader);
        case 10:
          return RequestTooLargeError.read(reader);
        case 11:
          return TimeoutError.read(reader);
        default:
          throw new AssertionError();
      }
    }

    /** Writes any variant of {@link ErrorObject}; an unknown one exactly as it came. */
    static void write(JsonWriter writer, ErrorObject value) throws IOException {
      // Each variant, and Unknown, writes itself: no type check names a variant, so R8 may merge
      // them.
      if (value instanceof ModelJsonAdapters.Model) {
        ((ModelJsonAdapters.Model) value).writeJson(writer);
        return;
      }
      throw new JsonDataException(
          "Not a ErrorObject variant of this SDK: " + value.getClass().getName());
    }
  }
}
