// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Picks the {@link Checkout} variant by {@code type}; unknown values decode to {@link
 * Checkout.Unknown}.
 */
final class CheckoutJsonAdapter extends JsonAdapter<Checkout> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES = JsonReader.Options.of("branch", "commit");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final BranchCheckoutJsonAdapter branchCheckoutAdapter;
  private final CommitCheckoutJsonAdapter commitCheckoutAdapter;

  CheckoutJsonAdapter(Moshi moshi) {
    this.branchCheckoutAdapter = new BranchCheckoutJsonAdapter(moshi);
    this.commitCheckoutAdapter = new CommitCheckoutJsonAdapter(moshi);
  }

  @Override
  public Checkout fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return branchCheckoutAdapter.readProperties(reader);
        case 2:
          return commitCheckoutAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "Checkout");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new Checkout.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return branchCheckoutAdapter.fromJson(reader);
      case 2:
        return commitCheckoutAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable Checkout value) throws IOException {
    if (value instanceof BranchCheckout) {
      branchCheckoutAdapter.toJson(writer, (BranchCheckout) value);
      return;
    }
    if (value instanceof CommitCheckout) {
      commitCheckoutAdapter.toJson(writer, (CommitCheckout) value);
      return;
    }
    if (value instanceof Checkout.Unknown) {
      (((Checkout.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a Checkout variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(Checkout)";
  }
}
