package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Rewrites a JSON document with the properties of every object in one order, every other byte of
 * every value as it was: the documents a server may send for the same data.
 */
enum KeyOrder {
  /** {@code type} first in every object, the rest as they were. */
  TYPE_FIRST(Comparator.comparing((String name) -> !name.equals("type"))),
  /** {@code type} last in every object, the rest as they were. */
  TYPE_LAST(Comparator.comparing((String name) -> name.equals("type"))),
  /** Every object's properties sorted by name, as many serializers write them. */
  SORTED(Comparator.naturalOrder());

  private final Comparator<String> names;

  KeyOrder(Comparator<String> names) {
    this.names = names;
  }

  String apply(String json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    StringBuilder out = new StringBuilder(json.length());
    write(reader, out);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IllegalArgumentException("More than one JSON value");
    }
    return out.toString();
  }

  private void write(JsonReader reader, StringBuilder out) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        List<String[]> properties = new ArrayList<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          StringBuilder value = new StringBuilder();
          write(reader, value);
          properties.add(new String[] {name, value.toString()});
        }
        reader.endObject();
        // A stable sort: properties the order does not place keep their places.
        properties.sort((a, b) -> names.compare(a[0], b[0]));
        out.append('{');
        for (int i = 0; i < properties.size(); i++) {
          out.append(i == 0 ? "" : ",").append(quote(properties.get(i)[0])).append(':');
          out.append(properties.get(i)[1]);
        }
        out.append('}');
        break;
      case BEGIN_ARRAY:
        reader.beginArray();
        out.append('[');
        for (int i = 0; reader.hasNext(); i++) {
          out.append(i == 0 ? "" : ",");
          write(reader, out);
        }
        reader.endArray();
        out.append(']');
        break;
      default:
        try (BufferedSource value = reader.nextSource()) {
          out.append(value.readUtf8());
        }
    }
  }

  private static String quote(String name) throws IOException {
    Buffer buffer = new Buffer();
    JsonWriter.of(buffer).value(name).close();
    return buffer.readUtf8();
  }
}
