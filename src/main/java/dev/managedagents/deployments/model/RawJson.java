package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * One JSON value kept as its exact text: unknown properties, variants of a type this SDK does not
 * know, and free-form objects. Writing it back produces the same bytes.
 */
public final class RawJson {
  /**
   * What every secret the SDK shows is replaced with: here, in a model's {@code toString} and (as
   * {@code Redactor.MASK}) in messages, logs and headers.
   */
  static final String MASK = "[redacted]";

  private final String json;
  private final boolean secret;

  private RawJson(String json, boolean secret) {
    this.json = json;
    this.secret = secret;
  }

  /**
   * Wraps one complete JSON value.
   *
   * @throws IllegalArgumentException if {@code json} is not exactly one JSON value
   */
  public static RawJson of(String json) {
    JsonSupport.requireArgument(json, "json");
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    try {
      reader.skipValue();
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("Not valid JSON: " + e.getMessage(), e);
    }
    if (!atEnd(reader)) {
      throw new IllegalArgumentException("Expected one JSON value, found more after it");
    }
    return new RawJson(json, false);
  }

  private static boolean atEnd(JsonReader reader) {
    try {
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (IOException | JsonDataException secondValue) {
      // A strict reader refuses whatever follows the value instead of reporting it.
      return false;
    }
  }

  static RawJson read(JsonReader reader) throws IOException {
    // An unknown property named like a secret is a secret, whatever its value.
    String path = reader.getPath();
    boolean secret =
        ModelJsonAdapters.secretPropertyNames().contains(path.substring(path.lastIndexOf('.') + 1));
    try (okio.BufferedSource source = reader.nextSource()) {
      return new RawJson(source.readUtf8(), secret);
    }
  }

  void write(JsonWriter writer) throws IOException {
    try (BufferedSink sink = writer.valueSink()) {
      sink.writeUtf8(json);
    }
  }

  JsonReader reader() {
    return JsonReader.of(new Buffer().writeUtf8(json));
  }

  /** The JSON text, exactly as received or given. */
  public String getJson() {
    return json;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RawJson && json.equals(((RawJson) other).json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /**
   * The JSON text with the values of secret properties (such as {@code authorization_token})
   * masked, at any depth; {@link #getJson()} has the text as it is.
   */
  @Override
  public String toString() {
    if (secret) {
      return MASK;
    }
    for (String name : ModelJsonAdapters.secretPropertyNames()) {
      if (json.contains('"' + name + '"')) {
        return masked();
      }
    }
    return json;
  }

  /** The JSON, compact, with every value under a secret name masked. */
  private String masked() {
    Buffer out = new Buffer();
    try (JsonReader reader = reader();
        JsonWriter writer = JsonWriter.of(out)) {
      copyMasked(reader, writer, false);
    } catch (IOException | JsonDataException e) {
      return MASK; // not reachable for a value that was valid JSON; never show it half-masked
    }
    return out.readUtf8();
  }

  private static void copyMasked(JsonReader reader, JsonWriter writer, boolean mask)
      throws IOException {
    if (mask) {
      reader.skipValue();
      writer.value(MASK);
      return;
    }
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          writer.name(name);
          copyMasked(reader, writer, ModelJsonAdapters.secretPropertyNames().contains(name));
        }
        reader.endObject();
        writer.endObject();
        return;
      case BEGIN_ARRAY:
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) {
          copyMasked(reader, writer, false);
        }
        reader.endArray();
        writer.endArray();
        return;
      default:
        try (okio.BufferedSource value = reader.nextSource();
            BufferedSink sink = writer.valueSink()) {
          sink.writeAll(value);
        }
    }
  }
}
