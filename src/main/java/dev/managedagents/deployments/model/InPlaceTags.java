package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.Arrays;
import okio.Buffer;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The tag of a reader on which unions find their discriminator in place; see {@link #of}. It holds
 * the buffer that reader reads from, and finds a union's tag there without consuming anything,
 * wherever the tag is among the object's properties.
 *
 * <p>A union whose tag is not its first property has its object scanned up to the tag. That scan
 * also notes the tag of every object nested in the part it passes over, so the unions among them
 * find theirs without scanning again: each byte is scanned at most once, however deep unions nest
 * and whatever the key order.
 */
final class InPlaceTags {
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
   * The in-place tags of a reader made with {@code JsonReader.of(buffer)} and tagged with that
   * {@link Buffer}, as the client makes one for each response; {@code null} for any other reader,
   * whose unions look ahead instead. Made by the first union the reader meets.
   */
  static @Nullable InPlaceTags of(JsonReader reader) {
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
   * For a reader made with {@code JsonReader.of(buffer)}, which reads straight from {@code buffer}.
   */
  InPlaceTags(Buffer buffer) {
    this.buffer = buffer;
    this.size = buffer.size();
  }

  /**
   * Begins the object the reader has just peeked at and answers the index of its tag's value in
   * {@code tag.values}, leaving the reader where a variant's {@code readProperties} reads on. A tag
   * that is the first property is read in place; any other is found by scanning the object's bytes,
   * which the reader has not reached yet, unless an earlier scan passed over this object already.
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
   * Scans the outermost object, whose brace and first name's quote were read, up to its tag, noting
   * the tag of every object it passes. One loop over the bytes, strings skipped in bulk; it follows
   * JSON's structure, not its every rule: whatever it does with a malformed document, the reader
   * then refuses it.
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
   * Notes that an object's tag is not a string; true if that ends the scan (the outermost object).
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
   * Reads the rest of a string whose opening quote was read: its length in bytes, LOOK_AHEAD if it
   * has an escape (the rest of the string is skipped), or UNTERMINATED.
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
