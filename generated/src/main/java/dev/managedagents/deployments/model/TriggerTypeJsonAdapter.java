// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads and writes {@link TriggerType} as its string value; unknown values are kept. */
final class TriggerTypeJsonAdapter extends JsonAdapter<TriggerType> {
  TriggerTypeJsonAdapter() {}

  @Override
  public TriggerType fromJson(JsonReader reader) throws IOException {
    return TriggerType.of(reader.nextString());
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable TriggerType value) throws IOException {
    writer.value(value == null ? null : value.getValue());
  }

  @Override
  public String toString() {
    return "JsonAdapter(TriggerType)";
  }
}
