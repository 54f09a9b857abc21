// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link BudgetLimit} to and from JSON, keeping properties it does not know. */
final class BudgetLimitJsonAdapter extends JsonAdapter<BudgetLimit> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("type", "max_list_cost");

  private final JsonAdapter<Money> maxListCostAdapter;

  BudgetLimitJsonAdapter(Moshi moshi) {
    this.maxListCostAdapter = new MoneyJsonAdapter(moshi);
  }

  @Override
  public BudgetLimit fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  BudgetLimit readProperties(JsonReader reader) throws IOException {
    Money maxListCost = null;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in NAMES, so the known names are cases 1 and up.
      switch (1 + reader.selectName(NAMES)) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          reader.skipValue();
          break;
        case 2:
          maxListCost = maxListCostAdapter.fromJson(reader);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new BudgetLimit(
        JsonSupport.requireProperty(maxListCost, "max_list_cost", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable BudgetLimit value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("limit");
    writer.name("max_list_cost");
    maxListCostAdapter.toJson(writer, value.maxListCost);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(BudgetLimit)";
  }
}
