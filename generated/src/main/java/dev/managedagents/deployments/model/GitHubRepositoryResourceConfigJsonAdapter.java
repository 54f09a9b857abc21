// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Streams {@link GitHubRepositoryResourceConfig} to and from JSON, keeping properties it does not
 * know.
 */
final class GitHubRepositoryResourceConfigJsonAdapter
    extends JsonAdapter<GitHubRepositoryResourceConfig> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("type", "url", "checkout", "mount_path");

  private final JsonAdapter<Checkout> checkoutAdapter;

  GitHubRepositoryResourceConfigJsonAdapter(Moshi moshi) {
    this.checkoutAdapter = new CheckoutJsonAdapter(moshi);
  }

  @Override
  public GitHubRepositoryResourceConfig fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  GitHubRepositoryResourceConfig readProperties(JsonReader reader) throws IOException {
    String url = null;
    Checkout checkout = null;
    boolean checkoutPresent = false;
    String mountPath = null;
    boolean mountPathPresent = false;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in NAMES, so the known names are cases 1 and up.
      switch (1 + reader.selectName(NAMES)) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          reader.skipValue();
          break;
        case 2:
          url = reader.nextString();
          break;
        case 3:
          checkout =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<Checkout>nextNull()
                  : checkoutAdapter.fromJson(reader);
          checkoutPresent = true;
          break;
        case 4:
          mountPath =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          mountPathPresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new GitHubRepositoryResourceConfig(
        JsonSupport.requireProperty(url, "url", reader),
        checkout,
        checkoutPresent,
        mountPath,
        mountPathPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable GitHubRepositoryResourceConfig value)
      throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("github_repository");
    writer.name("url");
    writer.value(value.url);
    if (value.checkoutPresent) {
      writer.name("checkout");
      if (value.checkout == null) {
        JsonSupport.writeNull(writer);
      } else {
        checkoutAdapter.toJson(writer, value.checkout);
      }
    }
    if (value.mountPathPresent) {
      writer.name("mount_path");
      if (value.mountPath == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.mountPath);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(GitHubRepositoryResourceConfig)";
  }
}
