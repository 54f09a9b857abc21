// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

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
  private final String json;

  private RawJson(String json) {
    this.json = json;
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
    return new RawJson(json);
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
    try (okio.BufferedSource source = reader.nextSource()) {
      return new RawJson(source.readUtf8());
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

  /** The JSON text. */
  @Override
  public String toString() {
    return json;
  }
}
