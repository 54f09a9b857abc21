// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads {@link AgentParam} as a plain string or an object, and writes each form back as it is. */
final class AgentParamJsonAdapter extends JsonAdapter<AgentParam> {
  private final JsonAdapter<AgentParams> objectAdapter;

  AgentParamJsonAdapter(Moshi moshi) {
    this.objectAdapter = new AgentParamsJsonAdapter(moshi);
  }

  @Override
  public AgentParam fromJson(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      return new AgentParam.Id(reader.nextString());
    }
    return objectAdapter.fromJson(reader);
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable AgentParam value) throws IOException {
    if (value instanceof AgentParam.Id) {
      writer.value(((AgentParam.Id) value).getValue());
    } else if (value instanceof AgentParams) {
      objectAdapter.toJson(writer, (AgentParams) value);
    } else if (value == null) {
      writer.nullValue();
    } else {
      throw new JsonDataException(
          "Not a AgentParam form of this SDK: " + value.getClass().getName());
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(AgentParam)";
  }
}
