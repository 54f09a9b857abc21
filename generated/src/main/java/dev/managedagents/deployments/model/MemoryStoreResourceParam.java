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
 * A memory store attached to the session.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class MemoryStoreResourceParam extends ModelJsonAdapters.Model
    implements ResourceParam {
  final String memoryStoreId;
  final @Nullable MemoryStoreAccess access;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean accessNull;

  final @Nullable String instructions;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean instructionsNull;

  final Map<String, RawJson> additionalProperties;

  MemoryStoreResourceParam(
      String memoryStoreId,
      @Nullable MemoryStoreAccess access,
      boolean accessNull,
      @Nullable String instructions,
      boolean instructionsNull,
      Map<String, RawJson> additionalProperties) {
    this.memoryStoreId = memoryStoreId;
    this.access = access;
    this.accessNull = accessNull;
    this.instructions = instructions;
    this.instructionsNull = instructionsNull;
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

  /** The memory store's ID (`memstore_…`), in the caller's organization and workspace. */
  public String getMemoryStoreId() {
    return memoryStoreId;
  }

  /** The {@code access} property. */
  public @Nullable MemoryStoreAccess getAccess() {
    return access;
  }

  /** How the agent should use this store, at most 4,096 characters. */
  public @Nullable String getInstructions() {
    return instructions;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(ResourceParam.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    if (instructions != null) {
      Constraints.maxLength(instructions, 4096, where, "instructions", out);
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
    return "MemoryStoreResourceParam";
  }

  @Override
  Object[] values() {
    return new Object[] {memoryStoreId, access, instructions, additionalProperties};
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
    return "MemoryStoreResourceParam{memoryStoreId="
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

  /** Reads a {@code MemoryStoreResourceParam} object. */
  static MemoryStoreResourceParam read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static MemoryStoreResourceParam readProperties(JsonReader reader) throws IOException {
    String memoryStoreId = null;
    MemoryStoreAccess access = null;
    boolean accessNull = false;
    String instructions = null;
    boolean instructionsNull = false;
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
          accessNull = access == null;
          break;
        case 4:
          instructions =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          instructionsNull = instructions == null;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new MemoryStoreResourceParam(
        JsonSupport.requireProperty(memoryStoreId, "memory_store_id", reader),
        access,
        accessNull,
        instructions,
        instructionsNull,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, MemoryStoreResourceParam value) throws IOException {
    writer.beginObject();
    writer.name("type").value("memory_store");
    writer.name("memory_store_id");
    writer.value(value.memoryStoreId);
    if (value.access != null) {
      writer.name("access");
      MemoryStoreAccess.write(writer, value.access);
    } else if (value.accessNull) {
      writer.name("access");
      JsonSupport.writeNull(writer);
    }
    if (value.instructions != null) {
      writer.name("instructions");
      writer.value(value.instructions);
    } else if (value.instructionsNull) {
      writer.name("instructions");
      JsonSupport.writeNull(writer);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link MemoryStoreResourceParam} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable String memoryStoreId;
    private @Nullable MemoryStoreAccess access;
    private boolean accessNull;
    private @Nullable String instructions;
    private boolean instructionsNull;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(MemoryStoreResourceParam source) {
      this.memoryStoreId = source.memoryStoreId;
      this.access = source.access;
      this.accessNull = source.accessNull;
      this.instructions = source.instructions;
      this.instructionsNull = source.instructionsNull;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /**
     * Sets {@code memory_store_id}: The memory store's ID (`memstore_…`), in the caller's
     * organization and workspace.
     */
    public Builder memoryStoreId(String memoryStoreId) {
      this.memoryStoreId = JsonSupport.requireArgument(memoryStoreId, "memory_store_id");
      return this;
    }

    /**
     * Sets {@code access}: The {@code access} property.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder access(@Nullable MemoryStoreAccess access) {
      this.access = access;
      this.accessNull = false;
      return this;
    }

    /**
     * Sets {@code instructions}: How the agent should use this store, at most 4,096 characters.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder instructions(@Nullable String instructions) {
      this.instructions = instructions;
      this.instructionsNull = false;
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
    public MemoryStoreResourceParam build() {
      return new MemoryStoreResourceParam(
          JsonSupport.requireSet(memoryStoreId, "MemoryStoreResourceParam", "memory_store_id"),
          access,
          accessNull,
          instructions,
          instructionsNull,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
