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
 * A memory store attached to each session.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class MemoryStoreResourceConfig extends ModelJsonAdapters.Model
    implements ResourceConfig {
  final String memoryStoreId;
  final @Nullable MemoryStoreAccess access;
  final boolean accessPresent;
  final @Nullable String instructions;
  final boolean instructionsPresent;
  final Map<String, RawJson> additionalProperties;

  MemoryStoreResourceConfig(
      String memoryStoreId,
      @Nullable MemoryStoreAccess access,
      boolean accessPresent,
      @Nullable String instructions,
      boolean instructionsPresent,
      Map<String, RawJson> additionalProperties) {
    this.memoryStoreId = memoryStoreId;
    this.access = access;
    this.accessPresent = accessPresent;
    this.instructions = instructions;
    this.instructionsPresent = instructionsPresent;
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

  /** Always {@code "memory_store"}. */
  public String getType() {
    return "memory_store";
  }

  /** The memory store's ID (`memstore_…`). */
  public String getMemoryStoreId() {
    return memoryStoreId;
  }

  /**
   * How sessions may use it.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasAccess()} tells them apart.
   */
  public @Nullable MemoryStoreAccess getAccess() {
    return access;
  }

  /** Whether {@code access} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasAccess() {
    return accessPresent;
  }

  /**
   * How the agent should use this store.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasInstructions()} tells them apart.
   */
  public @Nullable String getInstructions() {
    return instructions;
  }

  /** Whether {@code instructions} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasInstructions() {
    return instructionsPresent;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(ResourceConfig.Visitor<R> visitor) {
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
    return "MemoryStoreResourceConfig";
  }

  @Override
  Object[] values() {
    return new Object[] {
      memoryStoreId, access, accessPresent, instructions, instructionsPresent, additionalProperties
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
    return "MemoryStoreResourceConfig{memoryStoreId="
        + memoryStoreId
        + ", access="
        + access
        + ", instructions="
        + instructions
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
      result = JsonReader.Options.of("type", "memory_store_id", "access", "instructions");
      names = result;
    }
    return result;
  }

  /** Reads a {@code MemoryStoreResourceConfig} object. */
  static MemoryStoreResourceConfig read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static MemoryStoreResourceConfig readProperties(JsonReader reader) throws IOException {
    String memoryStoreId = null;
    MemoryStoreAccess access = null;
    boolean accessPresent = false;
    String instructions = null;
    boolean instructionsPresent = false;
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
          memoryStoreId = reader.nextString();
          break;
        case 3:
          access =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<MemoryStoreAccess>nextNull()
                  : MemoryStoreAccess.read(reader);
          accessPresent = true;
          break;
        case 4:
          instructions =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          instructionsPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new MemoryStoreResourceConfig(
        JsonSupport.requireProperty(memoryStoreId, "memory_store_id", reader),
        access,
        accessPresent,
        instructions,
        instructionsPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, MemoryStoreResourceConfig value) throws IOException {
    writer.beginObject();
    writer.name("type").value("memory_store");
    writer.name("memory_store_id");
    writer.value(value.memoryStoreId);
    if (value.accessPresent) {
      writer.name("access");
      if (value.access == null) {
        JsonSupport.writeNull(writer);
      } else {
        MemoryStoreAccess.write(writer, value.access);
      }
    }
    if (value.instructionsPresent) {
      writer.name("instructions");
      if (value.instructions == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.instructions);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link MemoryStoreResourceConfig} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String memoryStoreId;
    private @Nullable MemoryStoreAccess access;
    private boolean accessPresent;
    private @Nullable String instructions;
    private boolean instructionsPresent;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(MemoryStoreResourceConfig source) {
      this.memoryStoreId = source.memoryStoreId;
      this.access = source.access;
      this.accessPresent = source.accessPresent;
      this.instructions = source.instructions;
      this.instructionsPresent = source.instructionsPresent;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code memory_store_id}: The memory store's ID (`memstore_…`). */
    public Builder memoryStoreId(String memoryStoreId) {
      this.memoryStoreId = JsonSupport.requireArgument(memoryStoreId, "memory_store_id");
      return this;
    }

    /**
     * Sets {@code access}: How sessions may use it.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder access(@Nullable MemoryStoreAccess access) {
      this.access = access;
      this.accessPresent = true;
      return this;
    }

    /**
     * Sets {@code instructions}: How the agent should use this store.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder instructions(@Nullable String instructions) {
      this.instructions = instructions;
      this.instructionsPresent = true;
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
    public MemoryStoreResourceConfig build() {
      return new MemoryStoreResourceConfig(
          JsonSupport.requireSet(memoryStoreId, "MemoryStoreResourceConfig", "memory_store_id"),
          access,
          accessPresent,
          instructions,
          instructionsPresent,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
