package dev.managedagents.deployments;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit's converters for this SDK: request bodies and response bodies through the generated
 * Moshi adapters, and timestamps in query strings as RFC 3339. One per client, since it holds the
 * client's response size limit.
 *
 * <p>A response converter only sees the body, so its failures carry what it knows (a {@link
 * ResponseTooLargeException} its limit, a {@link DecodeException} the bytes it could not decode)
 * and {@link Exchange} adds the status and request ID its attempt recorded.
 */
final class JsonConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final long maxResponseBytes;

  JsonConverterFactory(long maxResponseBytes) {
    this.maxResponseBytes = maxResponseBytes;
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    JsonAdapter<?> adapter = adapter(type);
    if (adapter == null) {
      return null;
    }
    String model = ((Class<?>) type).getSimpleName();
    return body -> decode(adapter, model, body);
  }

  private <T> T decode(JsonAdapter<T> adapter, String model, ResponseBody body) throws IOException {
    byte[] json;
    try (ResponseBody closing = body) {
      json = readBounded(closing);
    }
    try {
      return Json.decode(adapter, model, json);
    } catch (DecodeException e) {
      e.undecodedBody = json;
      throw e;
    } catch (IOException e) {
      DecodeException failure = new DecodeException(model, null, String.valueOf(e.getMessage()), e);
      failure.undecodedBody = json;
      throw failure;
    } catch (StackOverflowError | LinkageError e) {
      // Retrofit rethrows these on OkHttp's thread, where an async caller would never see them:
      // carried as a cause instead, and thrown as they are by Exchange.
      throw new DecodeException(model, null, "decoding failed with " + e, e);
    }
  }

  /**
   * The body, read while counting: more than the client's limit ends the read (after gzip is
   * undone, since that is what is counted), so no answer can exhaust the heap.
   *
   * <p>A body that declares its length is whole once that many bytes came, even if what follows
   * fails. Over HTTP/2 the end of a body is a frame of its own; OkHttp releases the connection when
   * the declared length arrives, so a pool that closes it then (evicted, or over its idle limit)
   * fails the read that waits for that frame, and a call whose answer had fully arrived would say
   * it may have failed. The read still waits for that frame rather than stopping at the length:
   * closing a stream before its end sends the server a reset, and servers count resets against
   * their clients.
   */
  private byte[] readBounded(ResponseBody body) throws IOException {
    long declared = body.contentLength();
    if (declared > maxResponseBytes) {
      throw tooLarge("declares " + declared + " bytes");
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    try {
      while (source.read(buffer, 64 * 1024) != -1) {
        if (buffer.size() > maxResponseBytes) {
          throw tooLarge("has more than that");
        }
      }
    } catch (IOException e) {
      if (buffer.size() != declared) {
        throw e;
      }
    }
    return buffer.readByteArray();
  }

  /** Without the status and request ID, which {@link Exchange} adds: see {@link #decode}. */
  private ResponseTooLargeException tooLarge(String what) {
    return new ResponseTooLargeException("the response body " + what, maxResponseBytes, 0, null);
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
    // Runs as each attempt's request is built, so a body that breaks a limit is never sent.
    return value -> {
      List<String> secrets = new ArrayList<>(0);
      byte[] json = Json.encode(adapter, value, "params", secrets).readByteArray();
      return new JsonBody(json, secrets);
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

  /**
   * A request body written by a generated adapter, with the values of the {@code x-secret}
   * properties it holds, which its call's logs and messages mask.
   */
  static final class JsonBody extends RequestBody {
    private final byte[] json;
    final List<String> secrets;

    JsonBody(byte[] json, List<String> secrets) {
      this.json = json;
      this.secrets = Collections.unmodifiableList(secrets);
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return json.length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(json);
    }
  }
}
