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
 * An outcome the agent works toward; it starts work on receipt.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class UserDefineOutcomeEventParam extends ModelJsonAdapters.Model
    implements InitialEventParam {
  final String description;
  final Rubric rubric;
  final @Nullable Integer maxIterations;
  final boolean maxIterationsPresent;
  final Map<String, RawJson> additionalProperties;

  UserDefineOutcomeEventParam(
      String description,
      Rubric rubric,
      @Nullable Integer maxIterations,
      boolean maxIterationsPresent,
      Map<String, RawJson> additionalProperties) {
    this.description = description;
    this.rubric = rubric;
    this.maxIterations = maxIterations;
    this.maxIterationsPresent = maxIterationsPresent;
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

  /** Always {@code "user.define_outcome"}. */
  public String getType() {
    return "user.define_outcome";
  }

  /** What the agent should produce (the task). */
  public String getDescription() {
    return description;
  }

  /** The {@code rubric} property. */
  public Rubric getRubric() {
    return rubric;
  }

  /**
   * Evaluate-and-revise cycles before giving up; the server's default is 3, the maximum 20.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasMaxIterations()} tells them apart.
   */
  public @Nullable Integer getMaxIterations() {
    return maxIterations;
  }

  /**
   * Whether {@code max_iterations} is present in the JSON, possibly as an explicit {@code null}.
   */
  public boolean hasMaxIterations() {
    return maxIterationsPresent;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(InitialEventParam.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    Constraints.checkRubric(rubric, where.property("rubric"), out);
    if (maxIterations != null) {
      Constraints.range(maxIterations, 1L, 20L, where, "max_iterations", out);
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
    return "UserDefineOutcomeEventParam";
  }

  @Override
  Object[] values() {
    return new Object[] {
      description, rubric, maxIterations, maxIterationsPresent, additionalProperties
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
    return "UserDefineOutcomeEventParam{description="
        + description
        + ", rubric="
        + rubric
        + ", maxIterations="
        + maxIterations
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
      result = JsonReader.Options.of("type", "description", "rubric", "max_iterations");
      names = result;
    }
    return result;
  }

  /** Reads a {@code UserDefineOutcomeEventParam} object. */
  static UserDefineOutcomeEventParam read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static UserDefineOutcomeEventParam readProperties(JsonReader reader) throws IOException {
    String description = null;
    Rubric rubric = null;
    Integer maxIterations = null;
    boolean maxIterationsPresent = false;
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
          description = reader.nextString();
          break;
        case 3:
          rubric = Rubric.Unknown.read(reader);
          break;
        case 4:
          maxIterations =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<Integer>nextNull()
                  : reader.nextInt();
          maxIterationsPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new UserDefineOutcomeEventParam(
        JsonSupport.requireProperty(description, "description", reader),
        JsonSupport.requireProperty(rubric, "rubric", reader),
        maxIterations,
        maxIterationsPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, UserDefineOutcomeEventParam value) throws IOException {
    writer.beginObject();
    writer.name("type").value("user.define_outcome");
    writer.name("description");
    writer.value(value.description);
    writer.name("rubric");
    Rubric.Unknown.write(writer, value.rubric);
    if (value.maxIterationsPresent) {
      writer.name("max_iterations");
      if (value.maxIterations == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.maxIterations);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link UserDefineOutcomeEventParam} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable String description;
    private @Nullable Rubric rubric;
    private @Nullable Integer maxIterations;
    private boolean maxIterationsPresent;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(UserDefineOutcomeEventParam source) {
      this.description = source.description;
      this.rubric = source.rubric;
      this.maxIterations = source.maxIterations;
      this.maxIterationsPresent = source.maxIterationsPresent;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code description}: What the agent should produce (the task). */
    public Builder description(String description) {
      this.description = JsonSupport.requireArgument(description, "description");
      return this;
    }

    /** Sets {@code rubric}: The {@code rubric} property. */
    public Builder rubric(Rubric rubric) {
      this.rubric = JsonSupport.requireArgument(rubric, "rubric");
      return this;
    }

    /**
     * Sets {@code max_iterations}: Evaluate-and-revise cycles before giving up; the server's
     * default is 3, the maximum 20.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder maxIterations(@Nullable Integer maxIterations) {
      this.maxIterations = maxIterations;
      this.maxIterationsPresent = true;
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
    public UserDefineOutcomeEventParam build() {
      return new UserDefineOutcomeEventParam(
          JsonSupport.requireSet(description, "UserDefineOutcomeEventParam", "description"),
          JsonSupport.requireSet(rubric, "UserDefineOutcomeEventParam", "rubric"),
          maxIterations,
          maxIterationsPresent,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
