// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * The API key is missing or wrong (401).
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class AuthenticationError implements ErrorObject {
  final String message;
  final @Nullable RawJson details;
  final Map<String, RawJson> additionalProperties;

  // Only this class reaches its adapter: shrinking an app drops both when the app does not use it.
  static {
    ModelJsonAdapters.register(AuthenticationError.class, AuthenticationErrorJsonAdapter::new);
  }

  AuthenticationError(
      String message, @Nullable RawJson details, Map<String, RawJson> additionalProperties) {
    this.message = message;
    this.details = details;
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

  /** Always {@code "authentication_error"}. */
  public String getType() {
    return "authentication_error";
  }

  /** Human-readable detail. */
  public String getMessage() {
    return message;
  }

  /** Optional machine-readable detail, for example `{"error_code":"environment_not_found"}`. */
  public @Nullable RawJson getDetails() {
    return details;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R> R accept(ErrorObject.Visitor<R> visitor) {
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
    if (!(other instanceof AuthenticationError)) {
      return false;
    }
    AuthenticationError that = (AuthenticationError) other;
    return Objects.equals(message, that.message)
        && Objects.equals(details, that.details)
        && additionalProperties.equals(that.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, details, additionalProperties);
  }

  /**
   * Describes this object for logs; secrets such as tokens are masked and unknown properties are
   * named only.
   */
  @Override
  public String toString() {
    return "AuthenticationError{message="
        + message
        + ", details="
        + details
        + ", additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }

  /** Builds {@link AuthenticationError} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String message;
    private @Nullable RawJson details;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(AuthenticationError source) {
      this.message = source.message;
      this.details = source.details;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code message}: Human-readable detail. */
    public Builder message(String message) {
      this.message = JsonSupport.requireArgument(message, "message");
      return this;
    }

    /**
     * Sets {@code details}: Optional machine-readable detail, for example
     * `{"error_code":"environment_not_found"}`.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder details(@Nullable RawJson details) {
      this.details = details;
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
    public AuthenticationError build() {
      return new AuthenticationError(
          JsonSupport.requireSet(message, "AuthenticationError", "message"),
          details,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
