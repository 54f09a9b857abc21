// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Streams {@link Money} to and from JSON, keeping properties it does not know. */
final class MoneyJsonAdapter extends JsonAdapter<Money> {
  private static final JsonReader.Options NAMES = JsonReader.Options.of("amount", "currency");

  MoneyJsonAdapter(Moshi moshi) {}

  @Override
  public Money fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  Money readProperties(JsonReader reader) throws IOException {
    String amount = null;
    String currency = null;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in NAMES, so the known names are cases 1 and up.
      switch (1 + reader.selectName(NAMES)) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          amount = reader.nextString();
          break;
        case 2:
          currency = reader.nextString();
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new Money(
        JsonSupport.requireProperty(amount, "amount", reader),
        JsonSupport.requireProperty(currency, "currency", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Money value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("amount");
    writer.value(value.amount);
    writer.name("currency");
    writer.value(value.currency);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(Money)";
  }
}
