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
 * A 5-field POSIX cron schedule, with the times it last and next fires.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class CronSchedule extends ModelJsonAdapters.Model implements Schedule {
  final String expression;
  final String timezone;
  final @Nullable OffsetDateTime lastRunAt;
  final boolean lastRunAtPresent;
  final @Nullable List<OffsetDateTime> upcomingRunsAt;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean upcomingRunsAtNull;

  final Map<String, RawJson> additionalProperties;

  CronSchedule(
      String expression,
      String timezone,
      @Nullable OffsetDateTime lastRunAt,
      boolean lastRunAtPresent,
      @Nullable List<OffsetDateTime> upcomingRunsAt,
      boolean upcomingRunsAtNull,
      Map<String, RawJson> additionalProperties) {
    this.expression = expression;
    this.timezone = timezone;
    this.lastRunAt = lastRunAt;
    this.lastRunAtPresent = lastRunAtPresent;
    this.upcomingRunsAt = upcomingRunsAt;
    this.upcomingRunsAtNull = upcomingRunsAtNull;
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

  /** Minute, hour, day of month, month, day of week. */
  public String getExpression() {
    return expression;
  }

  /** The IANA timezone the expression is matched in. */
  public String getTimezone() {
    return timezone;
  }

  /**
   * When the last scheduled run started; manual runs do not change it.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasLastRunAt()} tells them apart.
   */
  public @Nullable OffsetDateTime getLastRunAt() {
    return lastRunAt;
  }

  /** Whether {@code last_run_at} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasLastRunAt() {
    return lastRunAtPresent;
  }

  /**
   * Up to five next fire times; empty once archived. Each run may start slightly after its listed
   * time.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public @Nullable List<OffsetDateTime> getUpcomingRunsAt() {
    return upcomingRunsAt;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(Schedule.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    if (upcomingRunsAt != null) {
      Constraints.size(upcomingRunsAt.size(), 0, 5, "items", where, "upcoming_runs_at", out);
    }
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
    return "CronSchedule";
  }

  @Override
  Object[] values() {
    return new Object[] {
      expression, timezone, lastRunAt, lastRunAtPresent, upcomingRunsAt, additionalProperties
    };
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
    return "CronSchedule{expression="
        + expression
        + ", timezone="
        + timezone
        + ", lastRunAt="
        + lastRunAt
        + ", upcomingRunsAt="
        + upcomingRunsAt
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
      result =
          JsonReader.Options.of(
              "type", "expression", "timezone", "last_run_at", "upcoming_runs_at");
      names = result;
    }
    return result;
  }

  /** Reads a {@code CronSchedule} object. */
  static CronSchedule read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static CronSchedule readProperties(JsonReader reader) throws IOException {
    String expression = null;
    String timezone = null;
    OffsetDateTime lastRunAt = null;
    boolean lastRunAtPresent = false;
    List<OffsetDateTime> upcomingRunsAt = null;
    boolean upcomingRunsAtNull = false;
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
        case 4:
          lastRunAt =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<OffsetDateTime>nextNull()
                  : Rfc3339.next(reader);
          lastRunAtPresent = true;
          break;
        case 5:
          upcomingRunsAt =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<List<OffsetDateTime>>nextNull()
                  : JsonSupport.readList(reader, Rfc3339::next);
          upcomingRunsAtNull = upcomingRunsAt == null;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new CronSchedule(
        JsonSupport.requireProperty(expression, "expression", reader),
        JsonSupport.requireProperty(timezone, "timezone", reader),
        lastRunAt,
        lastRunAtPresent,
        upcomingRunsAt,
        upcomingRunsAtNull,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, CronSchedule value) throws IOException {
    writer.beginObject();
    writer.name("type").value("cron");
    writer.name("expression");
    writer.value(value.expression);
    writer.name("timezone");
    writer.value(value.timezone);
    if (value.lastRunAtPresent) {
      writer.name("last_run_at");
      if (value.lastRunAt == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(Rfc3339.format(value.lastRunAt));
      }
    }
    if (value.upcomingRunsAt != null) {
      writer.name("upcoming_runs_at");
      JsonSupport.writeList(writer, value.upcomingRunsAt, Rfc3339::write);
    } else if (value.upcomingRunsAtNull) {
      writer.name("upcoming_runs_at");
      JsonSupport.writeNull(writer);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link CronSchedule} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String expression;
    private @Nullable String timezone;
    private @Nullable OffsetDateTime lastRunAt;
    private boolean lastRunAtPresent;
    private @Nullable List<OffsetDateTime> upcomingRunsAt;
    private boolean upcomingRunsAtNull;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(CronSchedule source) {
      this.expression = source.expression;
      this.timezone = source.timezone;
      this.lastRunAt = source.lastRunAt;
      this.lastRunAtPresent = source.lastRunAtPresent;
      this.upcomingRunsAt = source.upcomingRunsAt;
      this.upcomingRunsAtNull = source.upcomingRunsAtNull;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code expression}: Minute, hour, day of month, month, day of week. */
    public Builder expression(String expression) {
      this.expression = JsonSupport.requireArgument(expression, "expression");
      return this;
    }

    /** Sets {@code timezone}: The IANA timezone the expression is matched in. */
    public Builder timezone(String timezone) {
      this.timezone = JsonSupport.requireArgument(timezone, "timezone");
      return this;
    }

    /**
     * Sets {@code last_run_at}: When the last scheduled run started; manual runs do not change it.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder lastRunAt(@Nullable OffsetDateTime lastRunAt) {
      this.lastRunAt = lastRunAt;
      this.lastRunAtPresent = true;
      return this;
    }

    /**
     * Sets {@code upcoming_runs_at}: Up to five next fire times; empty once archived. Each run may
     * start slightly after its listed time.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder upcomingRunsAt(@Nullable List<OffsetDateTime> upcomingRunsAt) {
      this.upcomingRunsAt = upcomingRunsAt;
      this.upcomingRunsAtNull = false;
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
    public CronSchedule build() {
      return new CronSchedule(
          JsonSupport.requireSet(expression, "CronSchedule", "expression"),
          JsonSupport.requireSet(timezone, "CronSchedule", "timezone"),
          lastRunAt,
          lastRunAtPresent,
          JsonSupport.copyList(upcomingRunsAt),
          upcomingRunsAtNull,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
