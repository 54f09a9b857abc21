package dev.managedagents.deployments;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Request bodies through the generated Moshi adapters, and timestamps in query strings as RFC 3339.
 * Retrofit also needs a response converter to build each call, but {@link Calls} reads responses
 * itself, so that a body that cannot be read keeps its status and request ID.
 */
final class JsonConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** Never runs: Retrofit only looks one up while building a call; {@link Calls} reads the answer. */
  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (adapter(type) == null) {
      return null;
    }
    return body -> {
      throw new AssertionError("Calls reads responses; Retrofit never converts them");
    };
  }

  @Override
  public @Nullable Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) adapter(type);
    if (adapter == null) {
      return null;
    }
    return value -> {
      Buffer buffer = new Buffer();
      adapter.toJson(JsonWriter.of(buffer), value);
      return RequestBody.create(buffer.readByteString(), JSON);
    };
  }

  @Override
  public @Nullable Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == OffsetDateTime.class) {
      return (Converter<OffsetDateTime, String>) DateTimeFormatter.ISO_OFFSET_DATE_TIME::format;
    }
    return null;
  }

  private static @Nullable JsonAdapter<?> adapter(Type type) {
    return type instanceof Class ? Json.modelAdapter((Class<?>) type) : null;
  }
}
