// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * When the deployment fires on its own, as the server returns it.
 *
 * <p>A union tagged by {@code type}: {@code "cron"} is {@link CronSchedule}. A value of a type this
 * SDK does not know yet decodes to {@link Unknown}, which keeps the JSON as received. Handle every
 * case with {@link #accept(Visitor)} ({@link DefaultVisitor} to handle some and default the rest),
 * or in Kotlin with {@code when (x) { is ... }} and an {@code else} branch.
 */
public interface Schedule {
  /** The {@code type} of this variant. */
  String getType();

  /** Calls the {@code visitor} method for this variant and returns what it returns. */
  <R extends @Nullable Object> R accept(Visitor<R> visitor);

  /** One method per variant of {@link Schedule}, plus one for variants this SDK does not know. */
  interface Visitor<R extends @Nullable Object> {
    /** Called for a {@code "cron"} variant. */
    R visit(CronSchedule value);

    /** Called for a variant this SDK does not know. */
    R visitUnknown(Unknown value);
  }

  /**
   * A {@link Visitor} for code that handles some variants and treats the rest alike: every method
   * calls {@link #visitDefault}, so override only the variants you handle. A variant added to the
   * API later also goes to {@link #visitDefault}, so your code still compiles; implement {@link
   * Visitor} instead when the compiler should point out a new variant.
   */
  abstract class DefaultVisitor<R extends @Nullable Object> implements Visitor<R> {
    /** Called for every variant whose method is not overridden, {@link Unknown} included. */
    protected abstract R visitDefault(Schedule value);

    @Override
    public R visit(CronSchedule value) {
      return visitDefault(value);
    }

    @Override
    public R visitUnknown(Unknown value) {
      return visitDefault(value);
    }
  }

  /**
   * A {@link Schedule} whose {@code type} this SDK does not know; written back exactly as received.
   */
  final class Unknown extends ModelJsonAdapters.Model implements Schedule {
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
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.visitUnknown(this);
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
      return "Schedule.Unknown";
    }

    @Override
    Object[] values() {
      return new Object[] {json};
    }

    @Override
    void writeJson(JsonWriter writer) throws IOException {
      json.write(writer);
    }

    /** Names the type only: the JSON may hold secrets. */
    @Override
    public String toString() {
      return "Schedule.Unknown{type=" + type + "}";
    }

    // The union's JSON code lives here: an interface's static methods would be public. Its names
    // are
    // made on first use, not in a static initializer, which would stop R8 from merging the Unknown
    // classes of the unions; a race only makes the same names twice.
    private static @Nullable TagNames tagNames;

    private static TagNames tagNames() {
      TagNames result = tagNames;
      if (result == null) {
        result = new TagNames(JsonReader.Options.of("type"), JsonReader.Options.of("cron"));
        tagNames = result;
      }
      return result;
    }

    /** Reads any variant of {@link Schedule}, picked by {@code type}. */
    static Schedule read(JsonReader reader) throws IOException {
      InPlaceTags inPlace = InPlaceTags.of(reader);
      if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        // Begins the object and finds its tag wherever it is; the variant reads the rest.
        switch (1 + inPlace.beginObject(reader, tagNames())) {
          case 1:
            return CronSchedule.readProperties(reader);
          default:
            throw new AssertionError();
        }
      }
      TagNames names = tagNames();
      JsonReader tag = JsonSupport.peekDiscriminator(reader, names.tag, "Schedule");
      // selectString answers -1 for a value not in the types, so the known values are cases 1 and
      // up.
      switch (1 + tag.selectString(names.options)) {
        case 0:
          return new Schedule.Unknown(tag.nextString(), RawJson.read(reader));
        case 1:
          return CronSchedule.read(reader);
        default:
          throw new AssertionError();
      }
    }

    /** Writes any variant of {@link Schedule}; an unknown one exactly as it came. */
    static void write(JsonWriter writer, Schedule value) throws IOException {
      // Each variant, and Unknown, writes itself: no type check names a variant, so R8 may merge
      // them.
      if (value instanceof ModelJsonAdapters.Model) {
        ((ModelJsonAdapters.Model) value).writeJson(writer);
        return;
      }
      throw new JsonDataException(
          "Not a Schedule variant of this SDK: " + value.getClass().getName());
    }
  }
}
