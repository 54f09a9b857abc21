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
 * An agent by ID, optionally pinned to a version.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class AgentReferenceParam extends ModelJsonAdapters.Model implements AgentParam {
  final String id;
  final @Nullable Integer version;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean versionNull;

  final Map<String, RawJson> additionalProperties;

  AgentReferenceParam(
      String id,
      @Nullable Integer version,
      boolean versionNull,
      Map<String, RawJson> additionalProperties) {
    this.id = id;
    this.version = version;
    this.versionNull = versionNull;
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

  /** Always {@code "agent"}. */
  public String getType() {
    return "agent";
  }

  /** The agent's ID (`agent_…`). */
  public String getId() {
    return id;
  }

  /** The version to pin; omit for the latest. */
  public @Nullable Integer getVersion() {
    return version;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(AgentParam.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    Constraints.minLength(id, 1, where, "id", out);
    if (version != null) {
      Constraints.range(version, 1L, Long.MAX_VALUE, where, "version", out);
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
    return "AgentReferenceParam";
  }

  @Override
  Object[] values() {
    return new Object[] {id, version, additionalProperties};
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
    return "AgentReferenceParam{id="
        + id
        + ", version="
        + version
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
      result = JsonReader.Options.of("type", "id", "version");
      names = result;
    }
    return result;
  }

  /** Reads a {@code AgentReferenceParam} object. */
  static AgentReferenceParam read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static AgentReferenceParam readProperties(JsonReader reader) throws IOException {
    String id = null;
    Integer version = null;
    boolean versionNull = false;
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
          id = reader.nextString();
          break;
        case 3:
          version =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<Integer>nextNull()
                  : reader.nextInt();
          versionNull = version == null;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new AgentReferenceParam(
        JsonSupport.requireProperty(id, "id", reader),
        version,
        versionNull,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, AgentReferenceParam value) throws IOException {
    writer.beginObject();
    writer.name("type").value("agent");
    writer.name("id");
    writer.value(value.id);
    if (value.version != null) {
      writer.name("version");
      writer.value(value.version);
    } else if (value.versionNull) {
      writer.name("version");
      JsonSupport.writeNull(writer);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link AgentReferenceParam} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable String id;
    private @Nullable Integer version;
    private boolean versionNull;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(AgentReferenceParam source) {
      this.id = source.id;
      this.version = source.version;
      this.versionNull = source.versionNull;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code id}: The agent's ID (`agent_…`). */
    public Builder id(String id) {
      this.id = JsonSupport.requireArgument(id, "id");
      return this;
    }

    /**
     * Sets {@code version}: The version to pin; omit for the latest.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder version(@Nullable Integer version) {
      this.version = version;
      this.versionNull = false;
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
    public AgentReferenceParam build() {
      return new AgentReferenceParam(
          JsonSupport.requireSet(id, "AgentReferenceParam", "id"),
          version,
          versionNull,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
