// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * How a run was started.
 *
 * <p>An open enum: the constants are the values this SDK knows, and {@link #of(String)} keeps any
 * other value the server sends, so a new value never breaks decoding. Compare with {@code equals}
 * (or {@code ==} in Kotlin).
 */
@ModelJsonAdapters.Registered
public final class TriggerType {
  /** {@code "schedule"}. */
  public static final TriggerType SCHEDULE = new TriggerType("schedule");

  /** {@code "manual"}. */
  public static final TriggerType MANUAL = new TriggerType("manual");

  // Registered when the class is initialized, so only the models an app uses bring JSON code; the
  // SDK's R8/ProGuard rules keep this initializer (ModelJsonAdapters.Registered) when the app uses
  // the class, for DeploymentsJson to find it by class.
  static {
    ModelJsonAdapters.register(
        TriggerType.class,
        new JsonSupport.ModelAdapter<>("TriggerType", TriggerType::read, TriggerType::write));
  }

  private final String value;

  private TriggerType(String value) {
    this.value = value;
  }

  /**
   * Returns the constant for {@code value}, or a new instance holding a value this SDK does not
   * know.
   */
  public static TriggerType of(String value) {
    switch (JsonSupport.requireArgument(value, "value")) {
      case "schedule":
        return SCHEDULE;
      case "manual":
        return MANUAL;
      default:
        return new TriggerType(value);
    }
  }

  /** The value as sent on the wire. */
  public String getValue() {
    return value;
  }

  /** Whether this is one of the constants this SDK knows. */
  public boolean isKnown() {
    return this == SCHEDULE || this == MANUAL;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TriggerType && value.equals(((TriggerType) other).value);
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
  static TriggerType read(JsonReader reader) throws IOException {
    return of(reader.nextString());
  }

  /** Writes {@code value} as its string. */
  static void write(JsonWriter writer, TriggerType value) throws IOException {
    writer.value(value.getValue());
  }
}
