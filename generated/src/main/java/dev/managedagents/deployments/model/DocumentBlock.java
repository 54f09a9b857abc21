// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * A document, inline as base64 or text, or referenced by URL or file.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class DocumentBlock implements ContentBlock, ContentBlockParam {
  final DocumentSource source;
  final @Nullable String title;
  final boolean titlePresent;
  final @Nullable String context;
  final boolean contextPresent;
  final Map<String, RawJson> additionalProperties;

  // Only this class reaches its adapter: shrinking an app drops both when the app does not use it.
  static {
    ModelJsonAdapters.register(DocumentBlock.class, DocumentBlockJsonAdapter::new);
  }

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
  public <R> R accept(ContentBlock.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public <R> R accept(ContentBlockParam.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(String path, List<Constraints.Violation> out) {
    Constraints.nested(source, Constraints.at(path, "source"), out);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DocumentBlock)) {
      return false;
    }
    DocumentBlock that = (DocumentBlock) other;
    return Objects.equals(source, that.source)
        && Objects.equals(title, that.title)
        && titlePresent == that.titlePresent
        && Objects.equals(context, that.context)
        && contextPresent == that.contextPresent
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, title, titlePresent, context, contextPresent, additionalProperties);
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

  /** Builds {@link DocumentBlock} objects. Not thread-safe. */
  public static final class Builder {
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
