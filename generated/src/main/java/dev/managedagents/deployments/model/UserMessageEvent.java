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
 * A user message sent to the session.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class UserMessageEvent extends ModelJsonAdapters.Model implements InitialEvent {
  final List<ContentBlock> content;
  final Map<String, RawJson> additionalProperties;

  UserMessageEvent(List<ContentBlock> content, Map<String, RawJson> additionalProperties) {
    this.content = content;
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

  /** Always {@code "user.message"}. */
  public String getType() {
    return "user.message";
  }

  /**
   * The message's content blocks.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public List<ContentBlock> getContent() {
    return content;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(InitialEvent.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    Constraints.Where contentWhere = where.property("content");
    for (int i = 0; i < content.size(); i++) {
      Constraints.checkContentBlock(content.get(i), contentWhere.element(i), out);
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
    return "UserMessageEvent";
  }

  @Override
  Object[] values() {
    return new Object[] {content, additionalProperties};
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
    return "UserMessageEvent{content="
        + content
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
      result = JsonReader.Options.of("type", "content");
      names = result;
    }
    return result;
  }

  /** Reads a {@code UserMessageEvent} object. */
  static UserMessageEvent read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static UserMessageEvent readProperties(JsonReader reader) throws IOException {
    List<ContentBlock> content = null;
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
          content = JsonSupport.readList(reader, ContentBlock.Unknown::read);
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new UserMessageEvent(
        JsonSupport.requireProperty(content, "content", reader),
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, UserMessageEvent value) throws IOException {
    writer.beginObject();
    writer.name("type").value("user.message");
    writer.name("content");
    JsonSupport.writeList(writer, value.content, ContentBlock.Unknown::write);
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link UserMessageEvent} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable List<ContentBlock> content;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(UserMessageEvent source) {
      this.content = source.content;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code content}: The message's content blocks. */
    public Builder content(List<ContentBlock> content) {
      this.content = JsonSupport.requireArgument(content, "content");
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
    public UserMessageEvent build() {
      return new UserMessageEvent(
          JsonSupport.requireSet(JsonSupport.copyList(content), "UserMessageEvent", "content"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
