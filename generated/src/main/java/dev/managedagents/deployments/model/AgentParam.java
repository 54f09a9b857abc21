// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The agent to deploy: its ID as a plain string (pins the latest version), or an object with the ID
 * and an optional version.
 *
 * <p>Either a plain string, {@link Id} (made with {@link #id(String)}), or {@link
 * AgentReferenceParam}.
 */
public interface AgentParam {
  /** Returns the plain-string form. */
  static AgentParam id(String value) {
    return new Id(value);
  }

  /** Calls the {@code visitor} method for this form and returns what it returns. */
  <R extends @Nullable Object> R accept(Visitor<R> visitor);

  /** One method per form of {@link AgentParam}. */
  interface Visitor<R extends @Nullable Object> {
    /** Called for the plain-string form. */
    R visit(Id value);

    /** Called for the object form. */
    R visit(AgentReferenceParam value);
  }

  /** The plain-string form of {@link AgentParam}. */
  final class Id implements AgentParam {
    private final String value;

    Id(String value) {
      this.value = JsonSupport.requireArgument(value, "value");
    }

    /** The string as sent on the wire. */
    public String getValue() {
      return value;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.visit(this);
    }

    /** Adds each documented limit of the plain string that {@code value} breaks to {@code out}. */
    void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
      Constraints.minLength(value, 1, where, null, out);
    }

    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof Id && value.equals(((Id) other).value);
    }

    @Override
    public int hashCode() {
      return Objects.hash(value);
    }

    @Override
    public String toString() {
      return "AgentParam.Id{" + value + "}";
    }

    // The union's JSON code lives here: an interface's static methods would be public.

    /** Reads either form of {@link AgentParam}: a plain string, or an object. */
    static AgentParam read(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.STRING) {
        return new Id(reader.nextString());
      }
      return AgentReferenceParam.read(reader);
    }

    /** Writes either form of {@link AgentParam} as it is. */
    static void write(JsonWriter writer, AgentParam value) throws IOException {
      if (value instanceof Id) {
        writer.value(((Id) value).getValue());
      } else if (value instanceof AgentReferenceParam) {
        AgentReferenceParam.write(writer, (AgentReferenceParam) value);
      } else {
        throw new JsonDataException(
            "Not a AgentParam form of this SDK: " + value.getClass().getName());
      }
    }
  }
}
