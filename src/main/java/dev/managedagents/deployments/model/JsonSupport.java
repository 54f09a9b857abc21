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
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/** The small pieces every generated model and adapter shares, so each of them stays short. */
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

  static void writeString(JsonWriter writer, String value) throws IOException {
    writer.value(value);
  }

  static void writeDateTime(JsonWriter writer, OffsetDateTime value) throws IOException {
    writer.value(formatDateTime(value));
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
   * The tag of a reader on which unions find their discriminator in place; see {@link
   * #inPlaceTags}. It holds the buffer that reader reads from, and finds a union's tag there
   * without consuming anything, wherever the tag is among the object's properties.
   *
   * <p>A union whose tag is not its first property has its object scanned up to the tag. That scan
   * also notes the tag of every object nested in the part it passes over, so the unions among them
   * find theirs without scanning again: each byte is scanned at most once, however deep unions nest
   * and whatever the key order.
   */
  static final class InPlaceTags {
    /**
     * The tag could not be told from the bytes: only a look-ahead on a fresh reader gives the plain
     * result.
     */
    private static final int LOOK_AHEAD = -2;

    /** No tag (yet) among an object's properties. */
    private static final int NOT_FOUND = -1;

    /** A string without its closing quote: the scan stops. */
    private static final int UNTERMINATED = -3;

    /** Deeper than any reader goes: the reader reports such a document, not the scan. */
    private static final int MAX_DEPTH = 255;

    private final Buffer buffer;
    private final long size;
    private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
    private byte @Nullable [] data;
    private int pos;
    private int limit;

    /** Where in the document the buffer started when the current scan began. */
    private long scanBase;

    /** The tag's name in the current scan, {@code type} for every union of this API. */
    private byte[] name = {};

    private int[] stack = {};

    // The objects of the last scan in the order they open: where each starts (the byte after its
    // brace), and where its tag's string value starts and its length, or NOT_FOUND or LOOK_AHEAD.
    private long[] starts = {};
    private long[] tagStarts = {};
    private int[] tagLengths = {};
    private int objects;

    /** The first object of the last scan that a union may still ask for. */
    private int next;

    /**
     * For a reader made with {@code JsonReader.of(buffer)}, which reads straight from {@code
     * buffer}.
     */
    InPlaceTags(Buffer buffer) {
      this.buffer = buffer;
      this.size = buffer.size();
    }

    /**
     * Begins the object the reader has just peeked at and answers the index of its tag's value in
     * {@code tag.values}, leaving the reader where a variant's {@code readProperties} reads on. A
     * tag that is the first property is read in place; any other is found by scanning the object's
     * bytes, which the reader has not reached yet, unless an earlier scan passed over this object
     * already.
     *
     * @throws LookAheadNeeded for an unknown variant (its exact text is needed) and for an object
     *     without a plain string tag: the plain reader decides those, and reports their errors
     */
    int beginObject(JsonReader reader, TagNames tag) throws IOException {
      // Peeking at the object consumed its brace and nothing more: its properties start here.
      long start = size - buffer.size();
      reader.beginObject();
      if (!reader.hasNext()) {
        throw LookAheadNeeded.INSTANCE;
      }
      // The reader has consumed the first name's opening quote and nothing after it.
      int found;
      if (buffer.rangeEquals(0L, tag.nameSuffix)) {
        found = reader.selectName(tag.tag) == 0 ? reader.selectString(tag.options) : -1;
      } else {
        found = find(start, tag);
      }
      if (found < 0) {
        throw LookAheadNeeded.INSTANCE;
      }
      return found;
    }

    private int find(long start, TagNames tag) {
      while (next < objects && starts[next] < start) {
        next++;
      }
      int object;
      if (next < objects && starts[next] == start && Arrays.equals(name, tag.name)) {
        object = next++; // scanned already, inside an earlier union's object
      } else {
        object = scan(start, tag.name);
      }
      int length = tagLengths[object];
      if (length < 0) {
        return -1; // LOOK_AHEAD, or NOT_FOUND: the plain reader's error
      }
      long offset = tagStarts[object] - (size - buffer.size());
      for (int i = 0; i < tag.values.length; i++) {
        ByteString candidate = tag.values[i];
        if (candidate.size() == length && buffer.rangeEquals(offset, candidate)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Scans the object at {@code start} from the buffer's head on, noting every object it passes;
     * answers its index, 0.
     */
    private int scan(long start, byte[] name) {
      this.name = name;
      objects = 0;
      next = 1;
      scanBase = size - buffer.size();
      open(start);
      buffer.readUnsafe(cursor);
      try {
        if (cursor.seek(0L) == -1) {
          tagLengths[0] = LOOK_AHEAD;
        } else {
          load();
          scanObject();
        }
      } finally {
        data = null;
        cursor.close();
      }
      return 0;
    }

    private int open(long start) {
      if (objects == starts.length) {
        int length = Math.max(16, objects * 2);
        starts = Arrays.copyOf(starts, length);
        tagStarts = Arrays.copyOf(tagStarts, length);
        tagLengths = Arrays.copyOf(tagLengths, length);
      }
      starts[objects] = start;
      tagLengths[objects] = NOT_FOUND;
      return objects++;
    }

    /**
     * Scans the outermost object, whose brace and first name's quote were read, up to its tag,
     * noting the tag of every object it passes. One loop over the bytes, strings skipped in bulk;
     * it follows JSON's structure, not its every rule: whatever it does with a malformed document,
     * the reader then refuses it.
     */
    private void scanObject() {
      if (stack.length == 0) {
        stack = new int[16];
      }
      int[] stack = this.stack; // per depth: the object's index, or -1 for an array
      stack[0] = 0;
      int depth = 0;
      boolean name = false; // the next string is a property name
      int tagOf = -1; // the object whose tag's value comes next
      switch (matchName()) { // the first name
        case 0:
          break;
        case 1:
          tagOf = 0;
          break;
        default:
          tagLengths[0] = LOOK_AHEAD;
          return;
      }
      byte[] data = this.data;
      int pos = this.pos;
      int limit = this.limit;
      while (true) {
        if (pos == limit) {
          this.pos = pos;
          if (!advance()) {
            return;
          }
          data = this.data;
          pos = this.pos;
          limit = this.limit;
        }
        byte b = data[pos++];
        if (b == '"') {
          this.pos = pos;
          int object = stack[depth];
          if (name && object >= 0) {
            name = false;
            int match = matchName();
            if (tagLengths[object] == NOT_FOUND && match != 0) {
              if (match == 1) {
                tagOf = object;
              } else {
                tagLengths[object] = LOOK_AHEAD; // an escaped name may spell the tag: no guessing
                if (depth == 0) {
                  return;
                }
              }
            }
          } else if (tagOf >= 0) {
            tagStarts[tagOf] = position();
            int length = stringLength();
            tagLengths[tagOf] = length < 0 ? LOOK_AHEAD : length;
            if (depth == 0 || length == UNTERMINATED) {
              return; // the outermost object's tag, or the end
            }
            tagOf = -1;
          } else if (!skipString()) {
            return;
          }
          data = this.data;
          pos = this.pos;
          limit = this.limit;
        } else if (b == ',') {
          name = stack[depth] >= 0;
        } else if (b == '{' || b == '[') {
          if (tagOf >= 0 && notAString(tagOf, depth)) {
            return;
          }
          tagOf = -1;
          if (++depth > MAX_DEPTH) {
            return;
          }
          if (depth == stack.length) {
            stack = this.stack = Arrays.copyOf(stack, depth * 2);
          }
          stack[depth] = b == '{' ? open(scanBase + cursor.offset + (pos - cursor.start)) : -1;
          name = b == '{';
        } else if (b == '}' || b == ']') {
          if (--depth < 0) {
            return; // the outermost object ends without a tag
          }
          name = false;
        } else if (b > ' ' && b != ':') {
          // A byte of a number, true, false or null.
          if (tagOf >= 0 && notAString(tagOf, depth)) {
            return;
          }
          tagOf = -1;
        }
      }
    }

    /**
     * Notes that an object's tag is not a string; true if that ends the scan (the outermost
     * object).
     */
    private boolean notAString(int object, int depth) {
      tagLengths[object] = LOOK_AHEAD;
      return depth == 0;
    }

    /** Where in the document the next byte is. */
    private long position() {
      return scanBase + cursor.offset + (pos - cursor.start);
    }

    private void load() {
      data = cursor.data;
      pos = cursor.start;
      limit = cursor.end;
    }

    /** The next byte, 0 to 255, or -1 at the end of the buffer. */
    private int next() {
      if (pos == limit) {
        if (!advance()) {
          return -1;
        }
      }
      return data[pos++] & 0xff;
    }

    /** Moves to the buffer's next segment; false at the end of the buffer. */
    private boolean advance() {
      if (cursor.offset + (cursor.end - cursor.start) >= buffer.size()) {
        return false;
      }
      cursor.next();
      load();
      return true;
    }

    /**
     * Reads the rest of a name whose opening quote was read: 1 if it is the tag's, 0 if not, or
     * LOOK_AHEAD if it has an escape (the rest of the string is skipped) or does not end.
     */
    private int matchName() {
      byte[] name = this.name;
      int length = 0;
      boolean same = true;
      for (int c = next(); c != '"'; c = next()) {
        if (c == '\\') {
          if (next() != -1) {
            skipString();
          }
          return LOOK_AHEAD;
        }
        if (c == -1) {
          return LOOK_AHEAD;
        }
        same = same && length < name.length && name[length] == (byte) c;
        length++;
      }
      return same && length == name.length ? 1 : 0;
    }

    /**
     * Reads the rest of a string whose opening quote was read: its length in bytes, LOOK_AHEAD if
     * it has an escape (the rest of the string is skipped), or UNTERMINATED.
     */
    private int stringLength() {
      int length = 0;
      for (int c = next(); c != '"'; c = next()) {
        if (c == '\\') {
          return next() != -1 && skipString() ? LOOK_AHEAD : UNTERMINATED;
        }
        if (c == -1) {
          return UNTERMINATED;
        }
        length++;
      }
      return length;
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
        if (!advance()) {
          return false;
        }
        data = this.data;
      }
    }
  }

  /** A union's tag and its known values, as options for the reader and as UTF-8 for a scan. */
  static final class TagNames {
    final JsonReader.Options tag;
    final JsonReader.Options options;
    final byte[] name;

    /** The name as it follows its opening quote in JSON. */
    final ByteString nameSuffix;

    final ByteString[] values;

    TagNames(JsonReader.Options tag, JsonReader.Options values) {
      this.tag = tag;
      this.options = values;
      this.name = tag.strings().get(0).getBytes(StandardCharsets.UTF_8);
      this.nameSuffix = ByteString.encodeUtf8(tag.strings().get(0) + "\"");
      List<String> strings = values.strings();
      this.values = new ByteString[strings.size()];
      for (int i = 0; i < strings.size(); i++) {
        this.values[i] = ByteString.encodeUtf8(strings.get(i));
      }
    }
  }

  /**
   * The in-place tags of a reader made with {@code JsonReader.of(buffer)} and tagged with that
   * {@link Buffer}, as the client makes one for each response; {@code null} for any other reader,
   * whose unions look ahead instead. Made by the first union the reader meets.
   */
  static @Nullable InPlaceTags inPlaceTags(JsonReader reader) {
    InPlaceTags tags = reader.tag(InPlaceTags.class);
    if (tags == null) {
      Buffer buffer = reader.tag(Buffer.class);
      if (buffer == null) {
        return null;
      }
      tags = new InPlaceTags(buffer);
      reader.setTag(InPlaceTags.class, tags);
    }
    return tags;
  }

  /**
   * Thrown by a union on such a reader for an unknown variant, whose exact text only a look-ahead
   * keeps, and when its object has no plain string tag (an error, or a rare escaped name): only a
   * plain reader with look-ahead gives the result, or the error, it would give. The only {@link
   * IOException} a read from bytes in memory throws that is not a JSON error, so the client's
   * decoder takes any such exception as the sign to read again on a plain reader; it needs no stack
   * trace.
   */
  static final class LookAheadNeeded extends IOException {
    private static final long serialVersionUID = 1L;

    static final LookAheadNeeded INSTANCE = new LookAheadNeeded();

    private LookAheadNeeded() {
      super("A union needs to look ahead for its tag");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // one shared instance, thrown as a signal
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
