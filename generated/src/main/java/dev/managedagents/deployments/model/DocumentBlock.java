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
 * A document, inline as base64 or text, or referenced by URL or file.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class DocumentBlock extends ModelJsonAdapters.Model
    implements ContentBlock, ContentBlockParam {
  final DocumentSource source;
  final @Nullable String title;
  final boolean titlePresent;
  final @Nullable String context;
  final boolean contextPresent;
  final Map<String, RawJson> additionalProperties;

  DocumentBlock(
      DocumentSource source,
      @Nullable String title,
      boolean titlePresent,
      @Nullable String context,
      boolean contextPresent,
      Map<String, RawJson> additionalProperties) {
    this.source = source;
    this.title = title;
    this.titlePresent = titlePresent;
    this.context = context;
    this.contextPresent = contextPresent;
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

  /** Always {@code "document"}. */
  public String getType() {
    return "document";
  }

  /** The {@code source} property. */
  public DocumentSource getSource() {
    return source;
  }

  /**
   * The document's title.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasTitle()} tells them apart.
   */
  public @Nullable String getTitle() {
    return title;
  }

  /** Whether {@code title} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasTitle() {
    return titlePresent;
  }

  /**
   * Extra context about the document for the model.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasContext()} tells them apart.
   */
  public @Nullable String getContext() {
    return context;
  }

  /** Whether {@code context} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasContext() {
    return contextPresent;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(ContentBlock.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public <R extends @Nullable Object> R accept(ContentBlockParam.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    Constraints.checkDocumentSource(source, where.property("source"), out);
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
    return "DocumentBlock";
  }

  @Override
  Object[] values() {
    return new Object[] {
      source, title, titlePresent, context, contextPresent, additionalProperties
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
    return "DocumentBlock{source="
        + source
        + ", title="
        + title
        + ", context="
        + context
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
      result = JsonReader.Options.of("type", "source", "title", "context");
      names = result;
    }
    return result;
  }

  /** Reads a {@code DocumentBlock} object. */
  static DocumentBlock read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static DocumentBlock readProperties(JsonReader reader) throws IOException {
    DocumentSource source = null;
    String title = null;
    boolean titlePresent = false;
    String context = null;
    boolean contextPresent = false;
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
          source = DocumentSource.Unknown.read(reader);
          break;
        case 3:
          title =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          titlePresent = true;
          break;
        case 4:
          context =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          contextPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new DocumentBlock(
        JsonSupport.requireProperty(source, "source", reader),
        title,
        titlePresent,
        context,
        contextPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, DocumentBlock value) throws IOException {
    writer.beginObject();
    writer.name("type").value("document");
    writer.name("source");
    DocumentSource.Unknown.write(writer, value.source);
    if (value.titlePresent) {
      writer.name("title");
      if (value.title == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.title);
      }
    }
    if (value.contextPresent) {
      writer.name("context");
      if (value.context == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.context);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link DocumentBlock} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable DocumentSource source;
    private @Nullable String title;
    private boolean titlePresent;
    private @Nullable String context;
    private boolean contextPresent;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(DocumentBlock source) {
      this.source = source.source;
      this.title = source.title;
      this.titlePresent = source.titlePresent;
      this.context = source.context;
      this.contextPresent = source.contextPresent;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code source}: The {@code source} property. */
    public Builder source(DocumentSource source) {
      this.source = JsonSupport.requireArgument(source, "source");
      return this;
    }

    /**
     * Sets {@code title}: The document's title.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder title(@Nullable String title) {
      this.title = title;
      this.titlePresent = true;
      return this;
    }

    /**
     * Sets {@code context}: Extra context about the document for the model.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder context(@Nullable String context) {
      this.context = context;
      this.contextPresent = true;
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
    public DocumentBlock build() {
      return new DocumentBlock(
          JsonSupport.requireSet(source, "DocumentBlock", "source"),
          title,
          titlePresent,
          context,
          contextPresent,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
