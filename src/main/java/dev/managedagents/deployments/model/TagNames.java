package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okio.ByteString;

/** A union's tag and its known values, as options for the reader and as UTF-8 for a scan. */
final class TagNames {
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
