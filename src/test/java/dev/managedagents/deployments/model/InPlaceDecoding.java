package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okio.Buffer;

/**
 * The client's decoding protocol, for tests of it: a read first runs on a reader tagged with its
 * {@link Buffer}, where every union finds its {@code type} in place ({@link InPlaceTags}), and only
 * when a union needs a look-ahead (an unknown variant, or an object without a plain string tag)
 * once more on a plain reader, so the result, or the error, is always the one a plain reader gives.
 */
final class InPlaceDecoding {
  private InPlaceDecoding() {}

  /** Reads a value from a {@link JsonReader}. */
  interface Read<T> {
    T read(JsonReader reader) throws IOException;
  }

  static <T> T decode(byte[] json, Read<T> read) throws IOException {
    // Each pass reads its own buffer to the end, so its pooled segments go back to the pool.
    Buffer buffer = new Buffer().write(json);
    JsonReader inPlace = JsonReader.of(buffer);
    inPlace.setTag(Buffer.class, buffer);
    try {
      return read.read(inPlace);
    } catch (LookAheadNeeded e) {
      return read.read(JsonReader.of(new Buffer().write(json)));
    }
  }
}
