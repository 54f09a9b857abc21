// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled run failed with an error that pauses the deployment.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class ErrorPausedReason implements PausedReason {
  final PausedReasonError error;
  final Map<String, RawJson> additionalProperties;

  // Only this class reaches its adapter: shrinking an app drops both when the app does not use it.
  static {
    ModelJsonAdapters.register(ErrorPausedReason.class, ErrorPausedReasonJsonAdapter::new);
  }

  ErrorPausedReason(PausedReasonError error, Map<String, RawJson> additionalProperties) {
    this.error = error;
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

  /** Always {@code "error"}. */
  public String getType() {
    return "error";
  }

  /** The {@code error} property. */
  public PausedReasonError getError() {
    return error;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R> R accept(PausedReason.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(String path, List<Constraints.Violation> out) {
    Constraints.nested(error, Constraints.at(path, "error"), out);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ErrorPausedReason)) {
      return false;
    }
    ErrorPausedReason that = (ErrorPausedReason) other;
    return Objects.equals(error, that.error)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(error, additionalProperties);
  }

  /**
   * Describes this object for logs; secrets such as tokens are masked and unknown properties are
   * named only.
   */
  @Override
  public String toString() {
    return "ErrorPausedReason{error="
        + error
        + ", additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }

  /** Builds {@link ErrorPausedReason} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable PausedReasonError error;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ErrorPausedReason source) {
      this.error = source.error;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code error}: The {@code error} property. */
    public Builder error(PausedReasonError error) {
      this.error = JsonSupport.requireArgument(error, "error");
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
    public ErrorPausedReason build() {
      return new ErrorPausedReason(
          JsonSupport.requireSet(error, "ErrorPausedReason", "error"),
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
