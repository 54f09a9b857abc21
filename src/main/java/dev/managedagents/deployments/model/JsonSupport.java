package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The small pieces every generated model and adapter shares, so each of them stays short: the
 * adapter of a model, reading and writing lists, maps and unknown properties, and the checks of
 * required values. Timestamps are {@link Rfc3339}'s; finding a union's tag is {@link InPlaceTags}'
 * and {@link #peekDiscriminator}'s.
 */
final class JsonSupport {
  /** Reads one value; each model's {@code read} method, and a few for plain values, fit it. */
  interface Reader<T> {
    T read(JsonReader reader) throws IOException;
  }

  /** Writes one value that is not null; each model's {@code write} method fits it. */
  interface Writer<T> {
    void write(JsonWriter writer, T value) throws IOException;
  }

  /**
   * The Moshi adapter of one model: its class's own static {@code read} and {@code write}, so that
   * a model and its JSON code are kept or dropped together when an app is shrunk.
   *
   * <p>The adapter of a request model ({@code x-request} in the spec) checks the documented limits
   * before it writes: a request that breaks one cannot be encoded, so it is never sent. Only the
   * top-level write checks, once over the whole tree, since nested values are written by their
   * static {@code write} methods; a response model is never refused, whatever it holds.
   */
  static class ModelAdapter<T> extends JsonAdapter<T> {
    private final String name;
    private final Reader<T> reader;
    private final Writer<T> writer;

    ModelAdapter(String name, Reader<T> reader, Writer<T> writer) {
      this.name = name;
      this.reader = reader;
      this.writer = writer;
    }

    @Override
    public T fromJson(JsonReader reader) throws IOException {
      return this.reader.read(reader);
    }

    /**
     * Writes {@code value}.
     *
     * @throws JsonDataException for a request body that breaks a documented limit (see {@link
     *     RequestModelAdapter})
     */
    @Override
    public void toJson(JsonWriter writer, @Nullable T value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      check(value);
      this.writer.write(writer, value);
    }

    /** Checks {@code value} before it is written; a response model is written as it is. */
    void check(T value) {}

    @Override
    public String toString() {
      return "JsonAdapter(" + name + ")";
    }
  }

  /**
   * The adapter of a request body ({@code x-request-body}: create's and update's params): it
   * refuses to write one that breaks a documented limit, checking the whole tree once. Only bodies,
   * never models a response can hold too, and a class of its own: an app shrunk by R8 that sends no
   * body keeps none of the checks.
   */
  static final class RequestModelAdapter<T> extends ModelAdapter<T> {
    RequestModelAdapter(String name, Reader<T> reader, Writer<T> writer) {
      super(name, reader, writer);
    }

    /**
     * @throws JsonDataException in Moshi's form: {@code <problem> at path $.<path>} for the first
     *     broken limit, counting the others
     */
    @Override
    void check(T value) {
      refuseBroken(Constraints.check(value));
    }
  }

  private JsonSupport() {}

  /**
   * Fails in Moshi's form on the first of {@code violations}, counting the others in the problem.
   */
  private static void refuseBroken(List<Constraints.Violation> violations) {
    if (violations.isEmpty()) {
      return;
    }
    List<String> more = new ArrayList<>();
    for (Constraints.Violation violation : violations.subList(1, violations.size())) {
      more.add("$." + violation);
    }
    Constraints.Violation first = violations.get(0);
    String problem =
        first.getProblem()
            + (more.isEmpty() ? "" : " (and " + more.size() + " more: " + more + ")");
    String path = first.getPath();
    throw new JsonDataException(problem + " at path " + (path.isEmpty() ? "$" : "$." + path));
  }

  static void writeString(JsonWriter writer, String value) throws IOException {
    writer.value(value);
  }

  /**
   * Writes the value of a property the spec marks {@code x-secret}, and adds it to the writer's
   * {@code Collection} tag when it has one: the client tags the writer of each request body, so
   * that its call masks the values the body sent wherever it shows text.
   */
  static void writeSecret(JsonWriter writer, String value) throws IOException {
    writer.value(value);
    @SuppressWarnings("unchecked") // the client's tag is a Collection<String>; no one else sets one
    Collection<String> sent = writer.tag(Collection.class);
    if (sent != null) {
      sent.add(value);
    }
  }

  static <T> List<T> readList(JsonReader reader, Reader<T> element) throws IOException {
    List<T> list = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      if (reader.peek() == JsonReader.Token.NULL) {
        throw new JsonDataException("Unexpected null at path " + reader.getPath());
      }
      list.add(element.read(reader));
    }
    reader.endArray();
    return Collections.unmodifiableList(list);
  }

  static <T> void writeList(JsonWriter writer, List<T> list, Writer<T> element) throws IOException {
    writer.beginArray();
    for (T item : list) {
      element.write(writer, item);
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
