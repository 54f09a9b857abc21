package dev.managedagents.deployments.testing;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.managedagents.deployments.model.ModelJsonAdapters;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** The SDK's own generated adapters, so the server speaks exactly the wire format of the spec. */
final class WireJson {
  static final Moshi MOSHI = new Moshi.Builder().add(ModelJsonAdapters.factory()).build();

  private WireJson() {}

  /**
   * Decodes a request body as {@code type}.
   *
   * @throws ApiFailure 400 naming the problem and where it is
   */
  static <T> T decode(byte[] body, Class<T> type) {
    JsonReader reader = JsonReader.of(new Buffer().write(body));
    try {
      T value = MOSHI.adapter(type).fromJson(reader);
      if (value == null) {
        throw ApiFailure.invalid("", "the request body must be a JSON object, not null");
      }
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw ApiFailure.invalid("", "the request body has more data after the JSON object");
      }
      return value;
    } catch (JsonDataException | JsonEncodingException e) {
      throw invalidBody(e.getMessage());
    } catch (EOFException e) {
      throw ApiFailure.invalid("", "the request body is empty or cut off; send a JSON object");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern REQUIRED = Pattern.compile("Required property '(.+)' missing at path \\$\\.?(.*)");
  private static final Pattern AT_PATH = Pattern.compile("(.*) at path \\$\\.?(.*)");

  /** Moshi's message, turned around so that it starts with the field: {@code name: is required}. */
  static ApiFailure invalidBody(@Nullable String moshiMessage) {
    String message = moshiMessage == null ? "malformed" : moshiMessage;
    Matcher required = REQUIRED.matcher(message);
    if (required.matches()) {
      String parent = required.group(2);
      return ApiFailure.invalid((parent.isEmpty() ? "" : parent + ".") + required.group(1), "is required");
    }
    Matcher atPath = AT_PATH.matcher(message);
    if (atPath.matches() && !atPath.group(2).isEmpty()) {
      return ApiFailure.invalid(atPath.group(2), atPath.group(1));
    }
    return ApiFailure.invalid("", "the request body is not valid: " + message);
  }

  /** The top-level members of a JSON object body, values as plain Java (null stays null). */
  static Map<String, @Nullable Object> members(byte[] body) {
    try {
      Object value = JsonReader.of(new Buffer().write(body)).readJsonValue();
      if (!(value instanceof Map)) {
        throw ApiFailure.invalid("", "the request body must be a JSON object");
      }
      @SuppressWarnings("unchecked")
      Map<String, @Nullable Object> map = (Map<String, @Nullable Object>) value;
      return map;
    } catch (JsonDataException | JsonEncodingException e) {
      throw ApiFailure.invalid("", "the request body is not valid JSON: " + e.getMessage());
    } catch (EOFException e) {
      throw ApiFailure.invalid("", "the request body is empty or cut off; send a JSON object");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> byte[] encode(T value, Class<T> type) {
    Buffer buffer = new Buffer();
    try {
      MOSHI.adapter(type).toJson(buffer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  /** Decodes plain Java values (maps, lists, strings) as {@code type}, through JSON text. */
  static <T> T fromValue(Object value, Class<T> type) {
    Buffer buffer = new Buffer();
    try {
      JsonWriter.of(buffer).jsonValue(value).flush();
      T decoded = MOSHI.adapter(type).fromJson(buffer);
      if (decoded == null) {
        throw new IllegalStateException("null after decoding " + type);
      }
      return decoded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Re-reads a request shape as the response shape with the same JSON (an initial event param as
   * the initial event the deployment reports), through the generated adapters.
   */
  static <T> T convert(Object value, Class<?> from, Class<T> to) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> writer = (JsonAdapter<Object>) MOSHI.adapter(from);
    Buffer buffer = new Buffer();
    try {
      writer.toJson(buffer, value);
      T converted = MOSHI.adapter(to).fromJson(buffer);
      if (converted == null) {
        throw new IllegalStateException("null after converting " + from + " to " + to);
      }
      return converted;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
