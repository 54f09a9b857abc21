// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * The deployment's cron schedule fired.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class ScheduleTriggerContext extends ModelJsonAdapters.Model
    implements TriggerContext {
  final OffsetDateTime scheduledAt;
  final Map<String, RawJson> additionalProperties;

  ScheduleTriggerContext(OffsetDateTime scheduledAt, Map<String, RawJson> additionalProperties) {
    this.scheduledAt = scheduledAt;
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

  /** Always {@code "schedule"}. */
  public String getType() {
    return "schedule";
  }

  /** The fire time the run was for. */
  public OffsetDateTime getScheduledAt() {
    return scheduledAt;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(TriggerContext.Visitor<R> visitor) {
    return visitor.visit(this);
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
    return "ScheduleTriggerContext";
  }

  @Override
  Object[] values() {
    return new Object[] {scheduledAt, additionalProperties};
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
    return "ScheduleTriggerContext{scheduledAt="
        + scheduledAt
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
      result = JsonReader.Options.of("type", "scheduled_at");
      names = result;
    }
    return result;
  }

  /** Reads a {@code ScheduleTriggerContext} object. */
  static ScheduleTriggerContext read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static ScheduleTriggerContext readProperties(JsonReader reader) throws IOException {
    OffsetDateTime scheduledAt = null;
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
          scheduledAt = Rfc3339.next(reader);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new ScheduleTriggerContext(
        JsonSupport.requireProperty(scheduledAt, "scheduled_at", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, ScheduleTriggerContext value) throws IOException {
    writer.beginObject();
    writer.name("type").value("schedule");
    writer.name("scheduled_at");
    writer.value(Rfc3339.format(value.scheduledAt));
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link ScheduleTriggerContext} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable OffsetDateTime scheduledAt;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ScheduleTriggerContext source) {
      this.scheduledAt = source.scheduledAt;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code scheduled_at}: The fire time the run was for. */
    public Builder scheduledAt(OffsetDateTime scheduledAt) {
      this.scheduledAt = JsonSupport.requireArgument(scheduledAt, "scheduled_at");
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
    public ScheduleTriggerContext build() {
      return new ScheduleTriggerContext(
          JsonSupport.requireSet(scheduledAt, "ScheduleTriggerContext", "scheduled_at"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
