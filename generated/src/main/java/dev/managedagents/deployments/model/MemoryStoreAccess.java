// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * How a session may use a memory store.
 *
 * <p>An open enum: the constants are the values this SDK knows, and {@link #of(String)} keeps any
 * other value the server sends, so a new value never breaks decoding. Compare with {@code equals}
 * (or {@code ==} in Kotlin).
 */
@ModelJsonAdapters.Registered
public final class MemoryStoreAccess {
  /** {@code "read_write"}. */
  public static final MemoryStoreAccess READ_WRITE = new MemoryStoreAccess("read_write");

  /** {@code "read_only"}. */
  public static final MemoryStoreAccess READ_ONLY = new MemoryStoreAccess("read_only");

  // Registered when the class is initialized, so only the models an app uses bring JSON code; the
  // SDK's R8/ProGuard rules keep this initializer (ModelJsonAdapters.Registered) when the app uses
  // the class, for DeploymentsJson to find it by class.
  static {
    ModelJsonAdapters.register(
        MemoryStoreAccess.class,
        new JsonSupport.ModelAdapter<>(
            "MemoryStoreAccess", MemoryStoreAccess::read, MemoryStoreAccess::write));
  }

  private final String value;

  private MemoryStoreAccess(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for {@code value}, or a new instance holding a value this SDK does not
   * know.
   */
  public static MemoryStoreAccess of(String value) {
    switch (JsonSupport.requireArgument(value, "value")) {
      case "read_write":
        return READ_WRITE;
      case "read_only":
        return READ_ONLY;
      default:
        return new MemoryStoreAccess(value);
    }
  }

  /** The value as sent on the wire. */
  public String getValue() {
    return value;
  }

  /** Whether this is one of the constants this SDK knows. */
  public boolean isKnown() {
    return this == READ_WRITE || this == READ_ONLY;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MemoryStoreAccess && value.equals(((MemoryStoreAccess) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The value as sent on the wire. */
  @Override
  public String toString() {
    return value;
  }

  /** Reads a value as its string; a value this SDK does not know is kept. */
  static MemoryStoreAccess read(JsonReader reader) throws IOException {
    return of(reader.nextString());
  }

  /** Writes {@code value} as its string. */
  static void write(JsonWriter writer, MemoryStoreAccess value) throws IOException {
    writer.value(value.getValue());
  }
}
