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
 * Picks the {@link ErrorObject} variant by {@code type}; unknown values decode to {@link
 * ErrorObject.Unknown}.
 */
final class ErrorObjectJsonAdapter extends JsonAdapter<ErrorObject> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES =
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
          "timeout_error");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final ApiErrorJsonAdapter apiErrorAdapter;
  private final AuthenticationErrorJsonAdapter authenticationErrorAdapter;
  private final BillingErrorJsonAdapter billingErrorAdapter;
  private final ConflictErrorJsonAdapter conflictErrorAdapter;
  private final InvalidRequestErrorJsonAdapter invalidRequestErrorAdapter;
  private final NotFoundErrorJsonAdapter notFoundErrorAdapter;
  private final OverloadedErrorJsonAdapter overloadedErrorAdapter;
  private final PermissionErrorJsonAdapter permissionErrorAdapter;
  private final RateLimitErrorJsonAdapter rateLimitErrorAdapter;
  private final RequestTooLargeErrorJsonAdapter requestTooLargeErrorAdapter;
  private final TimeoutErrorJsonAdapter timeoutErrorAdapter;

  ErrorObjectJsonAdapter(Moshi moshi) {
    this.apiErrorAdapter = new ApiErrorJsonAdapter(moshi);
    this.authenticationErrorAdapter = new AuthenticationErrorJsonAdapter(moshi);
    this.billingErrorAdapter = new BillingErrorJsonAdapter(moshi);
    this.conflictErrorAdapter = new ConflictErrorJsonAdapter(moshi);
    this.invalidRequestErrorAdapter = new InvalidRequestErrorJsonAdapter(moshi);
    this.notFoundErrorAdapter = new NotFoundErrorJsonAdapter(moshi);
    this.overloadedErrorAdapter = new OverloadedErrorJsonAdapter(moshi);
    this.permissionErrorAdapter = new PermissionErrorJsonAdapter(moshi);
    this.rateLimitErrorAdapter = new RateLimitErrorJsonAdapter(moshi);
    this.requestTooLargeErrorAdapter = new RequestTooLargeErrorJsonAdapter(moshi);
    this.timeoutErrorAdapter = new TimeoutErrorJsonAdapter(moshi);
  }

  @Override
  public ErrorObject fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return apiErrorAdapter.readProperties(reader);
        case 2:
          return authenticationErrorAdapter.readProperties(reader);
        case 3:
          return billingErrorAdapter.readProperties(reader);
        case 4:
          return conflictErrorAdapter.readProperties(reader);
        case 5:
          return invalidRequestErrorAdapter.readProperties(reader);
        case 6:
          return notFoundErrorAdapter.readProperties(reader);
        case 7:
          return overloadedErrorAdapter.readProperties(reader);
        case 8:
          return permissionErrorAdapter.readProperties(reader);
        case 9:
          return rateLimitErrorAdapter.readProperties(reader);
        case 10:
          return requestTooLargeErrorAdapter.readProperties(reader);
        case 11:
          return timeoutErrorAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "ErrorObject");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new ErrorObject.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return apiErrorAdapter.fromJson(reader);
      case 2:
        return authenticationErrorAdapter.fromJson(reader);
      case 3:
        return billingErrorAdapter.fromJson(reader);
      case 4:
        return conflictErrorAdapter.fromJson(reader);
      case 5:
        return invalidRequestErrorAdapter.fromJson(reader);
      case 6:
        return notFoundErrorAdapter.fromJson(reader);
      case 7:
        return overloadedErrorAdapter.fromJson(reader);
      case 8:
        return permissionErrorAdapter.fromJson(reader);
      case 9:
        return rateLimitErrorAdapter.fromJson(reader);
      case 10:
        return requestTooLargeErrorAdapter.fromJson(reader);
      case 11:
        return timeoutErrorAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ErrorObject value) throws IOException {
    if (value instanceof ApiError) {
      apiErrorAdapter.toJson(writer, (ApiError) value);
      return;
    }
    if (value instanceof AuthenticationError) {
      authenticationErrorAdapter.toJson(writer, (AuthenticationError) value);
      return;
    }
    if (value instanceof BillingError) {
      billingErrorAdapter.toJson(writer, (BillingError) value);
      return;
    }
    if (value instanceof ConflictError) {
      conflictErrorAdapter.toJson(writer, (ConflictError) value);
      return;
    }
    if (value instanceof InvalidRequestError) {
      invalidRequestErrorAdapter.toJson(writer, (InvalidRequestError) value);
      return;
    }
    if (value instanceof NotFoundError) {
      notFoundErrorAdapter.toJson(writer, (NotFoundError) value);
      return;
    }
    if (value instanceof OverloadedError) {
      overloadedErrorAdapter.toJson(writer, (OverloadedError) value);
      return;
    }
    if (value instanceof PermissionError) {
      permissionErrorAdapter.toJson(writer, (PermissionError) value);
      return;
    }
    if (value instanceof RateLimitError) {
      rateLimitErrorAdapter.toJson(writer, (RateLimitError) value);
      return;
    }
    if (value instanceof RequestTooLargeError) {
      requestTooLargeErrorAdapter.toJson(writer, (RequestTooLargeError) value);
      return;
    }
    if (value instanceof TimeoutError) {
      timeoutErrorAdapter.toJson(writer, (TimeoutError) value);
      return;
    }
    if (value instanceof ErrorObject.Unknown) {
      (((ErrorObject.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a ErrorObject variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(ErrorObject)";
  }
}
