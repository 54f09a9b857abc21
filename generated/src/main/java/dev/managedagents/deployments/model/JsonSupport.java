// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The small pieces every generated model and adapter shares, so each of them stays short. */
final class JsonSupport {
  static final JsonAdapter<String> STRING =
      new JsonAdapter<String>() {
        @Override
        public String fromJson(JsonReader reader) throws IOException {
          return reader.nextString();
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable String value) throws IOException {
          writer.value(value);
        }
      };

  static final JsonAdapter<OffsetDateTime> DATE_TIME =
      new JsonAdapter<OffsetDateTime>() {
        @Override
        public OffsetDateTime fromJson(JsonReader reader) throws IOException {
          return nextDateTime(reader);
        }

        @Override
        public void toJson(JsonWriter writer, @Nullable OffsetDateTime value) throws IOException {
          writer.value(value == null ? null : formatDateTime(value));
        }
      };

  private JsonSupport() {}

  /** Reads an RFC 3339 timestamp: {@code Z} or an offset, with or without fractional seconds. */
  static OffsetDateTime nextDateTime(JsonReader reader) throws IOException {
    String text = reader.nextString();
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an RFC 3339 timestamp but was \"" + text + "\" at path " + reader.getPath());
    }
  }

  /**
   * Writes an RFC 3339 timestamp that always has seconds and keeps every fractional digit that is
   * not zero.
   */
  static String formatDateTime(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  static <T> List<T> readList(JsonReader reader, JsonAdapter<T> element) throws IOException {
    List<T> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      if (reader.peek() == JsonReader.Token.NULL) {
        throw new JsonDataException("Unexpected null at path " + reader.getPath());
      }
      list.add(element.fromJson(reader));
    }
    reader.endArray();
    return Collections.unmodifiableList(list);
  }

  static <T> void writeList(JsonWriter writer, List<T> list, JsonAdapter<T> element)
      throws IOException {
    writer.beginArray();
    for (T item : list) {
      element.toJson(writer, item);
    }
    writer.endArray();
  }

  static Map<String, String> readStringMap(JsonReader reader) throws IOException {
    Map<String, String> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      map.put(reader.nextName(), reader.nextString());
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  static Map<String, @Nullable String> readNullableStringMap(JsonReader reader) throws IOException {
    Map<String, @Nullable String> map = new LinkedHashMap<>();
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      map.put(
          name,
          reader.peek() == JsonReader.Token.NULL ? reader.<String>nextNull() : reader.nextString());
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  static void writeStringMap(JsonWriter writer, Map<String, ? extends @Nullable String> map)
      throws IOException {
    writer.beginObject();
    for (Map.Entry<String, ? extends @Nullable String> entry : map.entrySet()) {
      writer.name(entry.getKey());
      String value = entry.getValue();
      if (value == null) {
        writeNull(writer);
      } else {
        writer.value(value);
      }
    }
    writer.endObject();
  }

  /** Writes {@code null} even when the writer drops nulls: here an explicit null means "clear". */
  static void writeNull(JsonWriter writer) throws IOException {
    boolean serializeNulls = writer.getSerializeNulls();
    writer.setSerializeNulls(true);
    try {
      writer.nullValue();
    } finally {
      writer.setSerializeNulls(serializeNulls);
    }
  }

  /** Reads the current name and value, which no generated property claimed, into {@code into}. */
  static Map<String, RawJson> readAdditionalProperty(
      JsonReader reader, @Nullable Map<String, RawJson> into) throws IOException {
    Map<String, RawJson> map = into == null ? new LinkedHashMap<>() : into;
    String name = reader.nextName();
    map.put(name, RawJson.read(reader));
    return map;
  }

  static void writeAdditionalProperties(JsonWriter writer, Map<String, RawJson> properties)
      throws IOException {
    for (Map.Entry<String, RawJson> entry : properties.entrySet()) {
      writer.name(entry.getKey());
      entry.getValue().write(writer);
    }
  }

  static Map<String, RawJson> orEmpty(@Nullable Map<String, RawJson> properties) {
    return properties == null
        ? Collections.<String, RawJson>emptyMap()
        : Collections.unmodifiableMap(properties);
  }

  /**
   * Returns a reader that looks ahead, without consuming, at the discriminator's string value.
   *
   * @throws JsonDataException if the value is not an object with a string discriminator
   */
  static JsonReader peekDiscriminator(JsonReader reader, JsonReader.Options tag, String union)
      throws IOException {
    JsonReader peek = reader.peekJson();
    peek.beginObject();
    while (peek.hasNext()) {
      if (peek.selectName(tag) == 0) {
        if (peek.peek() != JsonReader.Token.STRING) {
          throw new JsonDataException(
              union + " needs a string '" + tag.strings().get(0) + "' at path " + peek.getPath());
        }
        return peek;
      }
      peek.skipName();
      peek.skipValue();
    }
    throw new JsonDataException(
        union + " has no '" + tag.strings().get(0) + "' property at path " + reader.getPath());
  }

  /** The {@code type} of a JSON object held as raw JSON. */
  static String typeOf(RawJson json) {
    try {
      JsonReader reader = json.reader();
      return peekDiscriminator(reader, JsonReader.Options.of("type"), "A union variant")
          .nextString();
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException(
          "Expected a JSON object with a string \"type\": " + e.getMessage(), e);
    }
  }

  /** A top-level string property of a JSON object held as raw JSON, or {@code null}. */
  static @Nullable String stringProperty(RawJson json, String name) {
    try {
      JsonReader reader = json.reader();
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals(name) && reader.peek() == JsonReader.Token.STRING) {
          return reader.nextString();
        }
        reader.skipValue();
      }
      return null;
    } catch (IOException | JsonDataException e) {
      return null;
    }
  }

  static <T> T requireProperty(@Nullable T value, String name, JsonReader reader) {
    if (value == null) {
      throw new JsonDataException(
          "Required property '" + name + "' missing at path " + reader.getPath());
    }
    return value;
  }

  static <T> T requireArgument(@Nullable T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  static <T> T requireSet(@Nullable T value, String model, String name) {
    if (value == null) {
      throw new IllegalStateException(model + "." + name + " is required but was not set");
    }
    return value;
  }

  static <T> @Nullable List<T> copyList(@Nullable List<T> list) {
    if (list == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      copy.add(requireArgument(list.get(i), "element " + i));
    }
    return Collections.unmodifiableList(copy);
  }

  static <V> @Nullable Map<String, V> copyMap(@Nullable Map<String, V> map) {
    if (map == null) {
      return null;
    }
    Map<String, V> copy = new LinkedHashMap<>(map);
    for (String key : copy.keySet()) {
      requireArgument(key, "key");
    }
    return Collections.unmodifiableMap(copy);
  }
}
