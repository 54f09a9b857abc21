// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * An amount of money.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class Money extends ModelJsonAdapters.Model {
  final String amount;
  final String currency;
  final Map<String, RawJson> additionalProperties;

  Money(String amount, String currency, Map<String, RawJson> additionalProperties) {
    this.amount = amount;
    this.currency = currency;
    this.additionalProperties = additionalProperties;
  }

  /** Returns a builder with no properties set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this object's properties. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * A decimal string, never a number: integer minor units in the newest revision (`"2500"` is
   * 25.00); older responses may carry `"25.00"`. Kept exactly as received.
   */
  public String getAmount() {
    return amount;
  }

  /** Upper-case ISO 4217 code; only `USD` today. */
  public String getCurrency() {
    return currency;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {}

  @Override
  public boolean equals(@Nullable Object other) {
    return equalsModel(other);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  String modelName() {
    return "Money";
  }

  @Override
  Object[] values() {
    return new Object[] {amount, currency, additionalProperties};
  }

  @Override
  void writeJson(JsonWriter writer) throws IOException {
    write(writer, this);
  }

  /**
   * Describes this object for logs; secrets such as tokens are masked and unknown properties are
   * named only.
   */
  @Override
  public String toString() {
    return "Money{amount="
        + amount
        + ", currency="
        + currency
        + ", additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }

  // Made on first use, not in a static initializer: R8 does not merge a class whose static
  // initializer calls into a library. A race only makes the same Options twice.
  private static JsonReader.@Nullable Options names;

  private static JsonReader.Options names() {
    JsonReader.Options result = names;
    if (result == null) {
      result = JsonReader.Options.of("amount", "currency");
      names = result;
    }
    return result;
  }

  /** Reads a {@code Money} object. */
  static Money read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static Money readProperties(JsonReader reader) throws IOException {
    String amount = null;
    String currency = null;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in names(), so the known names are cases 1 and up.
      switch (1 + reader.selectName(names())) {
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

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, Money value) throws IOException {
    writer.beginObject();
    writer.name("amount");
    writer.value(value.amount);
    writer.name("currency");
    writer.value(value.currency);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link Money} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable String amount;
    private @Nullable String currency;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Money source) {
      this.amount = source.amount;
      this.currency = source.currency;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /**
     * Sets {@code amount}: A decimal string, never a number: integer minor units in the newest
     * revision (`"2500"` is 25.00); older responses may carry `"25.00"`. Kept exactly as received.
     */
    public Builder amount(String amount) {
      this.amount = JsonSupport.requireArgument(amount, "amount");
      return this;
    }

    /** Sets {@code currency}: Upper-case ISO 4217 code; only `USD` today. */
    public Builder currency(String currency) {
      this.currency = JsonSupport.requireArgument(currency, "currency");
      return this;
    }

    /** Adds a property this SDK does not know; it is written as given. */
    public Builder putAdditionalProperty(String name, RawJson value) {
      additionalProperties.put(
          JsonSupport.requireArgument(name, "name"), JsonSupport.requireArgument(value, "value"));
      return this;
    }

    /**
     * Returns the object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public Money build() {
      return new Money(
          JsonSupport.requireSet(amount, "Money", "amount"),
          JsonSupport.requireSet(currency, "Money", "currency"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
