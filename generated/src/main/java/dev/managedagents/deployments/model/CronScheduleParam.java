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
 * A 5-field POSIX cron schedule matched against wall-clock time in a timezone.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class CronScheduleParam extends ModelJsonAdapters.Model implements ScheduleParam {
  final String expression;
  final String timezone;
  final Map<String, RawJson> additionalProperties;

  CronScheduleParam(String expression, String timezone, Map<String, RawJson> additionalProperties) {
    this.expression = expression;
    this.timezone = timezone;
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

  /** Always {@code "cron"}. */
  public String getType() {
    return "cron";
  }

  /**
   * Minute, hour, day of month, month, day of week (0 and 7 are Sunday), for example `0 9 * * 1-5`.
   * No seconds or year fields, no `L`, `W`, `#` or `?`, no `@daily` shortcuts.
   */
  public String getExpression() {
    return expression;
  }

  /** An IANA timezone such as `UTC` or `Europe/Berlin`. */
  public String getTimezone() {
    return timezone;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(ScheduleParam.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    Constraints.minLength(expression, 1, where, "expression", out);
    Constraints.cronExpression(expression, where, "expression", out);
    Constraints.minLength(timezone, 1, where, "timezone", out);
    Constraints.ianaTimezone(timezone, where, "timezone", out);
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
    return "CronScheduleParam";
  }

  @Override
  Object[] values() {
    return new Object[] {expression, timezone, additionalProperties};
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
    return "CronScheduleParam{expression="
        + expression
        + ", timezone="
        + timezone
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
      result = JsonReader.Options.of("type", "expression", "timezone");
      names = result;
    }
    return result;
  }

  /** Reads a {@code CronScheduleParam} object. */
  static CronScheduleParam read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static CronScheduleParam readProperties(JsonReader reader) throws IOException {
    String expression = null;
    String timezone = null;
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
          expression = reader.nextString();
          break;
        case 3:
          timezone = reader.nextString();
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new CronScheduleParam(
        JsonSupport.requireProperty(expression, "expression", reader),
        JsonSupport.requireProperty(timezone, "timezone", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, CronScheduleParam value) throws IOException {
    writer.beginObject();
    writer.name("type").value("cron");
    writer.name("expression");
    writer.value(value.expression);
    writer.name("timezone");
    writer.value(value.timezone);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link CronScheduleParam} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable String expression;
    private @Nullable String timezone;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CronScheduleParam source) {
      this.expression = source.expression;
      this.timezone = source.timezone;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /**
     * Sets {@code expression}: Minute, hour, day of month, month, day of week (0 and 7 are Sunday),
     * for example `0 9 * * 1-5`. No seconds or year fields, no `L`, `W`, `#` or `?`, no `@daily`
     * shortcuts.
     */
    public Builder expression(String expression) {
      this.expression = JsonSupport.requireArgument(expression, "expression");
      return this;
    }

    /** Sets {@code timezone}: An IANA timezone such as `UTC` or `Europe/Berlin`. */
    public Builder timezone(String timezone) {
      this.timezone = JsonSupport.requireArgument(timezone, "timezone");
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
    public CronScheduleParam build() {
      return new CronScheduleParam(
          JsonSupport.requireSet(expression, "CronScheduleParam", "expression"),
          JsonSupport.requireSet(timezone, "CronScheduleParam", "timezone"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
