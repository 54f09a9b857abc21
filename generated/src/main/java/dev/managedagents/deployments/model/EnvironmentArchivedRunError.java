// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * The deployment's environment was archived.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class EnvironmentArchivedRunError implements RunError {
  final String message;
  final Map<String, RawJson> additionalProperties;

  // Only this class reaches its adapter: shrinking an app drops both when the app does not use it.
  static {
    ModelJsonAdapters.register(
        EnvironmentArchivedRunError.class, EnvironmentArchivedRunErrorJsonAdapter::new);
  }

  EnvironmentArchivedRunError(String message, Map<String, RawJson> additionalProperties) {
    this.message = message;
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

  /** Always {@code "environment_archived_error"}. */
  public String getType() {
    return "environment_archived_error";
  }

  /** Human-readable detail. */
  public String getMessage() {
    return message;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R> R accept(RunError.Visitor<R> visitor) {
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
    if (!(other instanceof EnvironmentArchivedRunError)) {
      return false;
    }
    EnvironmentArchivedRunError that = (EnvironmentArchivedRunError) other;
    return Objects.equals(message, that.message)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, additionalProperties);
  }

  /**
   * Describes this object for logs; secrets such as tokens are masked and unknown properties are
   * named only.
   */
  @Override
  public String toString() {
    return "EnvironmentArchivedRunError{message="
        + message
        + ", additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }

  /** Builds {@link EnvironmentArchivedRunError} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String message;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(EnvironmentArchivedRunError source) {
      this.message = source.message;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code message}: Human-readable detail. */
    public Builder message(String message) {
      this.message = JsonSupport.requireArgument(message, "message");
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
    public EnvironmentArchivedRunError build() {
      return new EnvironmentArchivedRunError(
          JsonSupport.requireSet(message, "EnvironmentArchivedRunError", "message"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
