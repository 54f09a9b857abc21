// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A content block as written in a request.
 *
 * <p>A union tagged by {@code type}: {@code "document"} is {@link DocumentBlock}, {@code "image"}
 * is {@link ImageBlock}, {@code "text"} is {@link TextBlock}. A value of a type this SDK does not
 * know yet decodes to {@link Unknown}, which keeps the JSON as received. Handle every case with
 * {@link #accept(Visitor)} ({@link DefaultVisitor} to handle some and default the rest), or in
 * Kotlin with {@code when (x) { is ... }} and an {@code else} branch.
 */
public interface ContentBlockParam {
  /** The {@code type} of this variant. */
  String getType();

  /** Calls the {@code visitor} method for this variant and returns what it returns. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per variant of {@link ContentBlockParam}, plus one for variants this SDK does not
   * know.
   */
  interface Visitor<R> {
    /** Called for a {@code "document"} variant. */
    R visit(DocumentBlock value);

    /** Called for a {@code "image"} variant. */
    R visit(ImageBlock value);

    /** Called for a {@code "text"} variant. */
    R visit(TextBlock value);

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
    protected abstract R visitDefault(ContentBlockParam value);

    @Override
    public R visit(DocumentBlock value) {
      return visitDefault(value);
    }

    @Override
    public R visit(ImageBlock value) {
      return visitDefault(value);
    }

    @Override
    public R visit(TextBlock value) {
      return visitDefault(value);
    }

    @Override
    public R visitUnknown(Unknown value) {
      return visitDefault(value);
    }
  }

  /**
   * A {@link ContentBlockParam} whose {@code type} this SDK does not know; written back exactly as
   * received.
   */
  final class Unknown implements ContentBlockParam {
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
      return "ContentBlockParam.Unknown{type=" + type + "}";
    }
  }
}
