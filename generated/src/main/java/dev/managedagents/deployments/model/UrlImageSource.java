// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * An image fetched from a URL.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class UrlImageSource implements ImageSource {
  final String url;
  final Map<String, RawJson> additionalProperties;

  // Only this class reaches its adapter: shrinking an app drops both when the app does not use it.
  static {
    ModelJsonAdapters.register(UrlImageSource.class, UrlImageSourceJsonAdapter::new);
  }

  UrlImageSource(String url, Map<String, RawJson> additionalProperties) {
    this.url = url;
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

  /** Always {@code "url"}. */
  public String getType() {
    return "url";
  }

  /** The image's URL. */
  public String getUrl() {
    return url;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R> R accept(ImageSource.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(String path, List<Constraints.Violation> out) {}

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof UrlImageSource)) {
      return false;
    }
    UrlImageSource that = (UrlImageSource) other;
    return Objects.equals(url, that.url) && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(url, additionalProperties);
  }

  /**
   * Describes this object for logs; secrets such as tokens are masked and unknown properties are
   * named only.
   */
  @Override
  public String toString() {
    return "UrlImageSource{url="
        + url
        + ", additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }

  /** Builds {@link UrlImageSource} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String url;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(UrlImageSource source) {
      this.url = source.url;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code url}: The image's URL. */
    public Builder url(String url) {
      this.url = JsonSupport.requireArgument(url, "url");
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
    public UrlImageSource build() {
      return new UrlImageSource(
          JsonSupport.requireSet(url, "UrlImageSource", "url"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
