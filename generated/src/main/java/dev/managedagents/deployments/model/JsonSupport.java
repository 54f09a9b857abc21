// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
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
    OffsetDateTime common = parseCommonDateTime(text);
    if (common != null) {
      return common;
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new JsonDataException(
          "Expected an RFC 3339 timestamp but was \"" + text + "\" at path " + reader.getPath());
    }
  }

  /**
   * Parses the shape the API writes, {@code yyyy-mm-ddThh:mm:ss[.f…](Z|±hh:mm)} with up to nine
   * fractional digits, to the same value as {@code ISO_OFFSET_DATE_TIME} but without its per-call
   * allocations (a timestamp is the costliest value of a deployment to decode). Answers {@code
   * null} for any other text, valid or not, which the formatter then decides.
   */
  static @Nullable OffsetDateTime parseCommonDateTime(String text) {
    int length = text.length();
    if (length < 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (text.charAt(i) == '.') {
      int start = ++i;
      while (i < length && i - start < 9 && isDigit(text.charAt(i))) {
        nanos = nanos * 10 + (text.charAt(i++) - '0');
      }
      if (i == start || (i < length && isDigit(text.charAt(i)))) {
        return null;
      }
      for (int scale = i - start; scale < 9; scale++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset;
    if (i == length - 1 && text.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == length - 6
        && (text.charAt(i) == '+' || text.charAt(i) == '-')
        && text.charAt(i + 3) == ':') {
      int sign = text.charAt(i) == '-' ? -1 : 1;
      int offsetHours = digits(text, i + 1, 2);
      int offsetMinutes = digits(text, i + 4, 2);
      if ((offsetHours | offsetMinutes) < 0 || offsetHours > 18 || offsetMinutes > 59) {
        return null;
      }
      try {
        offset = ZoneOffset.ofHoursMinutes(sign * offsetHours, sign * offsetMinutes);
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
   * The tag of a reader on which unions find their discriminator in place; see {@link
   * ModelJsonAdapters#decode}. It holds the buffer that reader reads from, and looks through it for
   * a union's tag without consuming anything, wherever the tag is among the object's properties.
   */
  static final class InPlaceTags {
    /**
     * {@link #find} answers this when only a look-ahead on a fresh reader gives the plain result.
     */
    private static final int LOOK_AHEAD = -2;

    /**
     * What a type name longer than this is compared by: its length alone (no known name is this
     * long).
     */
    private static final int MAX_TAG_VALUE = 64;

    private final Buffer buffer;
    private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
    private final byte[] value = new byte[MAX_TAG_VALUE];
    private byte @Nullable [] data;
    private int pos;
    private int limit;

    /**
     * For a reader made with {@code JsonReader.of(buffer)}, which reads straight from {@code
     * buffer}.
     */
    InPlaceTags(Buffer buffer) {
      this.buffer = buffer;
    }

    /**
     * Finds the tag of the object the reader has just peeked at. The reader has consumed the
     * object's opening brace and nothing after it, so the buffer starts with the object's
     * properties; they are scanned byte by byte up to the tag, and nothing is read from the reader.
     *
     * @return the index of the tag's value in {@code tag.values}, or -1 for a string that is none
     *     of them
     * @throws LookAheadNeeded for an object without a plain string tag (or with escapes in a name
     *     or the tag's value before it): the plain reader decides those, and reports their errors
     */
    int find(TagNames tag) throws LookAheadNeeded {
      int found;
      buffer.readUnsafe(cursor);
      try {
        found = cursor.seek(0L) == -1 ? LOOK_AHEAD : scanObject(tag);
      } finally {
        data = null;
        cursor.close();
      }
      if (found == LOOK_AHEAD) {
        throw LookAheadNeeded.INSTANCE;
      }
      return found;
    }

    private int scanObject(TagNames tag) {
      data = cursor.data;
      pos = cursor.start;
      limit = cursor.end;
      int c = nextNonWhitespace();
      while (c == '"') {
        int name = matchString(tag.name);
        if (name == LOOK_AHEAD || nextNonWhitespace() != ':') {
          return LOOK_AHEAD;
        }
        c = nextNonWhitespace();
        if (name == 1) {
          return c == '"' ? matchValue(tag.values) : LOOK_AHEAD;
        }
        c = skipValue(c);
        if (c != ',') {
          return LOOK_AHEAD; // the object's end without a tag, or not JSON
        }
        c = nextNonWhitespace();
      }
      return LOOK_AHEAD;
    }

    /** The next byte, 0 to 255, or -1 at the end of the buffer. */
    private int next() {
      if (pos == limit) {
        if (cursor.next() == -1) {
          return -1;
        }
        data = cursor.data;
        pos = cursor.start;
        limit = cursor.end;
      }
      return data[pos++] & 0xff;
    }

    private int nextNonWhitespace() {
      int c = next();
      while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        c = next();
      }
      return c;
    }

    /**
     * Reads the rest of a string whose opening quote was read: 1 if it is {@code expected}, else 0.
     */
    private int matchString(byte[] expected) {
      int length = 0;
      boolean same = true;
      for (int c = next(); c != '"'; c = next()) {
        if (c == '\\' || c == -1) {
          return LOOK_AHEAD;
        }
        same = same && length < expected.length && expected[length] == (byte) c;
        length++;
      }
      return same && length == expected.length ? 1 : 0;
    }

    /** Reads the rest of the tag's string value: the index of the known value it is, or -1. */
    private int matchValue(byte[][] known) {
      int length = 0;
      for (int c = next(); c != '"'; c = next()) {
        if (c == '\\' || c == -1) {
          return LOOK_AHEAD;
        }
        if (length < MAX_TAG_VALUE) {
          value[length] = (byte) c;
        }
        length++;
      }
      for (int i = 0; i < known.length; i++) {
        if (known[i].length == length && regionEquals(known[i], length)) {
          return i;
        }
      }
      return -1;
    }

    private boolean regionEquals(byte[] expected, int length) {
      for (int i = 0; i < length; i++) {
        if (value[i] != expected[i]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Skips the value starting with {@code c}; answers the first byte after it that is not
     * whitespace.
     */
    private int skipValue(int c) {
      if (c == '"') {
        return skipString() ? nextNonWhitespace() : LOOK_AHEAD;
      }
      if (c == '{' || c == '[') {
        int depth = 1;
        while (depth > 0) {
          c = next();
          if (c == '"') {
            if (!skipString()) {
              return LOOK_AHEAD;
            }
          } else if (c == '{' || c == '[') {
            depth++;
          } else if (c == '}' || c == ']') {
            depth--;
          } else if (c == -1) {
            return LOOK_AHEAD;
          }
        }
        return nextNonWhitespace();
      }
      // A number, true, false or null: it ends where a separator or whitespace starts.
      while (c != ',' && c != '}' && c != ']' && c != -1) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
          return nextNonWhitespace();
        }
        c = next();
      }
      return c;
    }

    /** Skips the rest of a string whose opening quote was read; false if it does not end. */
    private boolean skipString() {
      byte[] data = this.data;
      while (true) {
        int pos = this.pos;
        int limit = this.limit;
        while (pos < limit) {
          byte b = data[pos++];
          if (b == '"') {
            this.pos = pos;
            return true;
          }
          if (b == '\\') {
            this.pos = pos;
            if (next() == -1) {
              return false;
            }
            data = this.data;
            pos = this.pos;
            limit = this.limit;
          }
        }
        this.pos = pos;
        if (cursor.next() == -1) {
          return false;
        }
        data = this.data = cursor.data;
        this.pos = cursor.start;
        this.limit = cursor.end;
      }
    }
  }

  /** A union's tag and its known values as UTF-8, for {@link InPlaceTags#find}. */
  static final class TagNames {
    final byte[] name;
    final byte[][] values;

    TagNames(JsonReader.Options tag, JsonReader.Options values) {
      this.name = utf8(tag.strings().get(0));
      List<String> strings = values.strings();
      this.values = new byte[strings.size()][];
      for (int i = 0; i < strings.size(); i++) {
        this.values[i] = utf8(strings.get(i));
      }
    }

    private static byte[] utf8(String text) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
  }

  static @Nullable InPlaceTags inPlaceTags(JsonReader reader) {
    return reader.tag(InPlaceTags.class);
  }

  /**
   * Thrown by a union on such a reader when its object has no plain string tag (an error, or a rare
   * escaped name): only a plain reader with look-ahead gives the result, or the error, it would
   * give. Caught in {@link ModelJsonAdapters#decode}; it needs no stack trace.
   */
  static final class LookAheadNeeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    static final LookAheadNeeded INSTANCE = new LookAheadNeeded();

    private LookAheadNeeded() {
      super("A union needs to look ahead for its tag", null, false, false);
    }
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
