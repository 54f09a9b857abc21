// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A content block as the server returns it.
 *
 * <p>A union tagged by {@code type}: {@code "document"} is {@link DocumentBlock}, {@code "image"}
 * is {@link ImageBlock}, {@code "redacted"} is {@link RedactedBlock}, {@code "text"} is {@link
 * TextBlock}. A value of a type this SDK does not know yet decodes to {@link Unknown}, which keeps
 * the JSON as received. Handle every case with {@link #accept(Visitor)} ({@link DefaultVisitor} to
 * handle some and default the rest), or in Kotlin with {@code when (x) { is ... }} and an {@code
 * else} branch.
 */
public interface ContentBlock {
  /** The {@code type} of this variant. */
  String getType();

  /** Calls the {@code visitor} method for this variant and returns what it returns. */
  <R extends @Nullable Object> R accept(Visitor<R> visitor);

  /**
   * One method per variant of {@link ContentBlock}, plus one for variants this SDK does not know.
   */
  interface Visitor<R extends @Nullable Object> {
    /** Called for a {@code "document"} variant. */
    R visit(DocumentBlock value);

    /** Called for a {@code "image"} variant. */
    R visit(ImageBlock value);

    /** Called for a {@code "redacted"} variant. */
    R visit(RedactedBlock value);

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
  abstract class DefaultVisitor<R extends @Nullable Object> implements Visitor<R> {
    /** Called for every variant whose method is not overridden, {@link Unknown} included. */
    protected abstract R visitDefault(ContentBlock value);

    @Override
    public R visit(DocumentBlock value) {
      return visitDefault(value);
    }

    @Override
    public R visit(ImageBlock value) {
      return visitDefault(value);
    }

    @Override
    public R visit(RedactedBlock value) {
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
   * A {@link ContentBlock} whose {@code type} this SDK does not know; written back exactly as
   * received.
   */
  final class Unknown extends ModelJsonAdapters.Model implements ContentBlock {
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
      return "ContentBlock.Unknown";
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
      return "ContentBlock.Unknown{type=" + type + "}";
    }

    // The union's JSON code lives here: an interface's static methods would be public. Its names
    // are
    // made on first use, not in a static initializer, which would stop R8 from merging the Unknown
    // classes of the unions; a race only makes the same names twice.
    private static @Nullable TagNames tagNames;

    private static TagNames tagNames() {
      TagNames result = tagNames;
      if (result == null) {
        result =
            new TagNames(
                JsonReader.Options.of("type"),
                JsonReader.Options.of("document", "image", "redacted", "text"));
        tagNames = result;
      }
      return result;
    }

    /** Reads any variant of {@link ContentBlock}, picked by {@code type}. */
    static ContentBlock read(JsonReader reader) throws IOException {
      InPlaceTags inPlace = InPlaceTags.of(reader);
      if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        // Begins the object and finds its tag wherever it is; the variant reads the rest.
        switch (1 + inPlace.beginObject(reader, tagNames())) {
          case 1:
            return DocumentBlock.readProperties(reader);
          case 2:
            return ImageBlock.readProperties(reader);
          case 3:
            return RedactedBlock.readProperties(reader);
          case 4:
            return TextBlock.readProperties(reader);
          default:
            throw new AssertionError();
        }
      }
      TagNames names = tagNames();
      JsonReader tag = JsonSupport.peekDiscriminator(reader, names.tag, "ContentBlock");
      // selectString answers -1 for a value not in the types, so the known values are cases 1 and
      // up.
      switch (1 + tag.selectString(names.options)) {
        case 0:
          return new ContentBlock.Unknown(tag.nextString(), RawJson.read(reader));
        case 1:
          return DocumentBlock.read(reader);
        case 2:
          return ImageBlock.read(reader);
        case 3:
          return RedactedBlock.read(reader);
        case 4:
          return TextBlock.read(reader);
        default:
          throw new AssertionError();
      }
    }

    /** Writes any variant of {@link ContentBlock}; an unknown one exactly as it came. */
    static void write(JsonWriter writer, ContentBlock value) throws IOException {
      // Each variant, and Unknown, writes itself: no type check names a variant, so R8 may merge
      // them.
      if (value instanceof ModelJsonAdapters.Model) {
        ((ModelJsonAdapters.Model) value).writeJson(writer);
        return;
      }
      throw new JsonDataException(
          "Not a ContentBlock variant of this SDK: " + value.getClass().getName());
    }
  }
}
