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
 * A spend ceiling copied onto each session.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class BudgetLimit extends ModelJsonAdapters.Model {
  final Money maxListCost;
  final Map<String, RawJson> additionalProperties;

  BudgetLimit(Money maxListCost, Map<String, RawJson> additionalProperties) {
    this.maxListCost = maxListCost;
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

  /** Always {@code "limit"}. */
  public String getType() {
    return "limit";
  }

  /** The {@code max_list_cost} property. */
  public Money getMaxListCost() {
    return maxListCost;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    maxListCost.collectViolations(where.property("max_list_cost"), out);
  }

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
    return "BudgetLimit";
  }

  @Override
  Object[] values() {
    return new Object[] {maxListCost, additionalProperties};
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
    return "BudgetLimit{maxListCost="
        + maxListCost
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
      result = JsonReader.Options.of("type", "max_list_cost");
      names = result;
    }
    return result;
  }

  /** Reads a {@code BudgetLimit} object. */
  static BudgetLimit read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static BudgetLimit readProperties(JsonReader reader) throws IOException {
    Money maxListCost = null;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in names(), so the known names are cases 1 and up.
      switch (1 + reader.selectName(names())) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          reader.skipValue();
          break;
        case 2:
          maxListCost = Money.read(reader);
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

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, BudgetLimit value) throws IOException {
    writer.beginObject();
    writer.name("type").value("limit");
    writer.name("max_list_cost");
    Money.write(writer, value.maxListCost);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link BudgetLimit} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable Money maxListCost;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(BudgetLimit source) {
      this.maxListCost = source.maxListCost;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code max_list_cost}: The {@code max_list_cost} property. */
    public Builder maxListCost(Money maxListCost) {
      this.maxListCost = JsonSupport.requireArgument(maxListCost, "max_list_cost");
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
    public BudgetLimit build() {
      return new BudgetLimit(
          JsonSupport.requireSet(maxListCost, "BudgetLimit", "max_list_cost"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
