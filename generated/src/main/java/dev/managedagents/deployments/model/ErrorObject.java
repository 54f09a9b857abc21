// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What went wrong. Every variant has a human-readable `message`.
 *
 * <p>A union tagged by {@code type}: {@code "api_error"} is {@link ApiError}, {@code
 * "authentication_error"} is {@link AuthenticationError}, {@code "billing_error"} is {@link
 * BillingError}, {@code "conflict_error"} is {@link ConflictError}, {@code "invalid_request_error"}
 * is {@link InvalidRequestError}, {@code "not_found_error"} is {@link NotFoundError}, {@code
 * "overloaded_error"} is {@link OverloadedError}, {@code "permission_error"} is {@link
 * PermissionError}, {@code "rate_limit_error"} is {@link RateLimitError}, {@code
 * "request_too_large"} is {@link RequestTooLargeError}, {@code "timeout_error"} is {@link
 * TimeoutError}. A value of a type this SDK does not know yet decodes to {@link Unknown}, which
 * keeps the JSON as received. Handle every case with {@link #accept(Visitor)} ({@link
 * DefaultVisitor} to handle some and default the rest), or in Kotlin with {@code when (x) { is ...
 * }} and an {@code else} branch.
 */
public interface ErrorObject {
  /** The {@code type} of this variant. */
  String getType();

  /** Calls the {@code visitor} method for this variant and returns what it returns. */
  <R> R accept(Visitor<R> visitor);

  /**
   * The {@code message} that every variant carries, so code that does not know a new variant can
   * still show it; {@code null} only for an {@link Unknown} variant without one.
   */
  @Nullable String getMessage();

  /**
   * One method per variant of {@link ErrorObject}, plus one for variants this SDK does not know.
   */
  interface Visitor<R> {
    /** Called for a {@code "api_error"} variant. */
    R visit(ApiError value);

    /** Called for a {@code "authentication_error"} variant. */
    R visit(AuthenticationError value);

    /** Called for a {@code "billing_error"} variant. */
    R visit(BillingError value);

    /** Called for a {@code "conflict_error"} variant. */
    R visit(ConflictError value);

    /** Called for a {@code "invalid_request_error"} variant. */
    R visit(InvalidRequestError value);

    /** Called for a {@code "not_found_error"} variant. */
    R visit(NotFoundError value);

    /** Called for a {@code "overloaded_error"} variant. */
    R visit(OverloadedError value);

    /** Called for a {@code "permission_error"} variant. */
    R visit(PermissionError value);

    /** Called for a {@code "rate_limit_error"} variant. */
    R visit(RateLimitError value);

    /** Called for a {@code "request_too_large"} variant. */
    R visit(RequestTooLargeError value);

    /** Called for a {@code "timeout_error"} variant. */
    R visit(TimeoutError value);

    /** Called for a variant this SDK does not know. */
    R visitUnknown(Unknown value);
  }

  /**
   * A {@link Visitor} for code that handles some variants and treats the rest alike: every method
   * calls {@link #visitDefault}, so override only the variants you handle. A variant added to the
   * API later also goes to {@link #visitDefault}, so your code still compiles; implement {@link
   * Visitor} instead when the compiler should point out a new variant.
   */
  abstract class DefaultVisitor<R> implements Visitor<R> {
    /** Called for every variant whose method is not overridden, {@link Unknown} included. */
    protected abstract R visitDefault(ErrorObject value);

    @Override
    public R visit(ApiError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(AuthenticationError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(BillingError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(ConflictError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(InvalidRequestError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(NotFoundError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(OverloadedError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(PermissionError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(RateLimitError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(RequestTooLargeError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(TimeoutError value) {
      return visitDefault(value);
    }

    @Override
    public R visitUnknown(Unknown value) {
      return visitDefault(value);
    }
  }

  /**
   * A {@link ErrorObject} whose {@code type} this SDK does not know; written back exactly as
   * received.
   */
  final class Unknown implements ErrorObject {
    private final String type;
    private final RawJson json;

    Unknown(String type, RawJson json) {
      this.type = type;
      this.json = json;
    }

    /**
     * Wraps a JSON object of a variant this SDK does not know yet, to send it as it is.
     *
     * @throws IllegalArgumentException if {@code json} is not an object with a string {@code type}
     */
    public static Unknown of(RawJson json) {
      return new Unknown(JsonSupport.typeOf(json), json);
    }

    @Override
    public String getType() {
      return type;
    }

    @Override
    public @Nullable String getMessage() {
      return JsonSupport.stringProperty(json, "message");
    }

    /** The variant's JSON, exactly as received. */
    public RawJson getJson() {
      return json;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitUnknown(this);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Unknown && json.equals(((Unknown) other).json);
    }

    @Override
    public int hashCode() {
      return Objects.hash(json);
    }

    /** Names the type only: the JSON may hold secrets. */
    @Override
    public String toString() {
      return "ErrorObject.Unknown{type=" + type + "}";
    }
  }
}
