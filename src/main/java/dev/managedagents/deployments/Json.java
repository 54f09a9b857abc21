package dev.managedagents.deployments;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.ModelJsonAdapters;
import java.io.EOFException;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** The one Moshi instance of the SDK and the decoding rules every response and user input share. */
final class Json {
  /**
   * Model classes only: unions are read inside them, and an app shrunk by R8 keeps what it uses.
   */
  static final Moshi MOSHI = new Moshi.Builder().add(ModelJsonAdapters.CLASSES).build();

  static final JsonAdapter<ErrorEnvelope> ERROR_ENVELOPE = MOSHI.adapter(ErrorEnvelope.class);

  /** Where Moshi's messages name the place, from the root. */
  private static final String AT_PATH = " at path $";

  private Json() {}

  /**
   * Writes {@code value} with its model's adapter. A request model that breaks a documented limit
   * cannot be encoded: its adapter fails in Moshi's form ({@code <problem> at path $.<path>}), and
   * that is refused here as the argument {@code argument}, naming the place and the rule. Answers
   * the buffer written, so that each caller reads it once in the form it needs (bytes or text).
   */
  static <T> Buffer encode(JsonAdapter<T> adapter, T value, String argument) {
    return encode(adapter, value, argument, null);
  }

  /**
   * Like {@link #encode(JsonAdapter, Object, String)}, and adds to {@code secrets} the value of
   * each {@code x-secret} property written: the generated writers hand them to the writer's tag.
   */
  static <T> Buffer encode(
      JsonAdapter<T> adapter, T value, String argument, @Nullable Collection<String> secrets) {
    Buffer buffer = new Buffer();
    try {
      JsonWriter writer = JsonWriter.of(buffer);
      if (secrets != null) {
        writer.setTag(Collection.class, secrets);
      }
      adapter.toJson(writer, value);
    } catch (JsonDataException e) {
      throw refused(argument, String.valueOf(e.getMessage()));
    } catch (IOException e) {
      throw new AssertionError("Writing to a memory buffer does not fail", e);
    }
    return buffer;
  }

  private static ValidationException refused(String argument, String message) {
    int at = message.lastIndexOf(AT_PATH);
    if (at < 0) {
      return new ValidationException(argument, message);
    }
    String path = message.substring(at + AT_PATH.length());
    return ValidationException.inBody(
        argument, path.startsWith(".") ? path.substring(1) : path, message.substring(0, at));
  }

  /** Each class asked about: its adapter, or {@link #NOT_A_MODEL}. */
  private static final ConcurrentMap<Class<?>, Object> ADAPTERS = new ConcurrentHashMap<>();

  private static final Object NOT_A_MODEL = new Object();

  /** The generated adapter of a model class, or {@code null} when {@code type} is not one. */
  static <T> @Nullable JsonAdapter<T> modelAdapter(Class<T> type) {
    return cached(ADAPTERS, ModelJsonAdapters.CLASSES, MOSHI, type);
  }

  /** As {@link #modelAdapter}, and also for unions: for {@link DeploymentsJson}. */
  static <T> @Nullable JsonAdapter<T> anyModelAdapter(Class<T> type) {
    return cached(AnyModel.ADAPTERS, ModelJsonAdapters.factory(), AnyModel.MOSHI, type);
  }

  /** Unions too, apart so that an app which never names one keeps none of their adapters. */
  private static final class AnyModel {
    static final Moshi MOSHI = new Moshi.Builder().add(ModelJsonAdapters.factory()).build();
    static final ConcurrentMap<Class<?>, Object> ADAPTERS = new ConcurrentHashMap<>();
  }

  @SuppressWarnings("unchecked")
  private static <T> @Nullable JsonAdapter<T> cached(
      ConcurrentMap<Class<?>, Object> cache,
      JsonAdapter.Factory factory,
      Moshi moshi,
      Class<T> type) {
    Object adapter =
        cache.computeIfAbsent(
            type,
            t ->
                factory.create(t, Collections.emptySet(), moshi) == null
                    ? NOT_A_MODEL
                    : moshi.adapter(t));
    return adapter == NOT_A_MODEL ? null : (JsonAdapter<T>) adapter;
  }

  /**
   * Reads {@code json} as {@code model}.
   *
   * @throws DecodeException if the JSON is malformed, truncated, or not the model's shape
   */
  static <T> T decode(JsonAdapter<T> adapter, String model, byte[] json) throws IOException {
    // Each pass reads its own buffer to the end, so its pooled segments go back to the pool.
    Buffer buffer = new Buffer().write(json);
    JsonReader inPlace = JsonReader.of(buffer);
    // Tagged with its bytes, the reader lets every union find its type where it is, without a
    // look-ahead reader; the cost is the same in any key order.
    inPlace.setTag(Buffer.class, buffer);
    try {
      return decode(adapter, model, inPlace);
    } catch (IOException lookAhead) {
      // A union met an unknown variant, whose exact text it keeps, or an object without a plain
      // string type (errors are reported above as DecodeException): a plain reader decides those.
      return decode(adapter, model, JsonReader.of(new Buffer().write(json)));
    }
  }

  private static <T> T decode(JsonAdapter<T> adapter, String model, JsonReader reader)
      throws IOException {
    try {
      T value = adapter.fromJson(reader);
      if (!atEnd(reader)) {
        throw new DecodeException(model, reader.getPath(), "more data after the JSON value", null);
      }
      if (value == null) {
        throw new DecodeException(model, reader.getPath(), "the JSON is null", null);
      }
      return value;
    } catch (JsonDataException e) {
      throw new DecodeException(model, reader.getPath(), String.valueOf(e.getMessage()), e);
    } catch (JsonEncodingException e) {
      // Moshi suggests leniency; the caller needs to know the JSON is broken.
      String problem =
          String.valueOf(e.getMessage())
              .replace(
                  "Use JsonReader.setLenient(true) to accept malformed JSON", "malformed JSON");
      throw new DecodeException(model, reader.getPath(), problem, e);
    } catch (EOFException e) {
      throw new DecodeException(
          model, reader.getPath(), "the JSON ends early (empty or cut off)", e);
    }
  }

  /** Whether nothing but whitespace follows the value just read. */
  private static boolean atEnd(JsonReader reader) throws IOException {
    try {
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException secondValue) {
      // A strict reader refuses whatever follows, advising leniency, which no caller can take.
      return false;
    }
  }
}
