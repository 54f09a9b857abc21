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
 * Streams {@link GitHubRepositoryResourceParam} to and from JSON, keeping properties it does not
 * know.
 */
final class GitHubRepositoryResourceParamJsonAdapter
    extends JsonAdapter<GitHubRepositoryResourceParam> {
  private static final JsonReader.Options NAMES =
      JsonReader.Options.of("type", "url", "authorization_token", "checkout", "mount_path");

  private final JsonAdapter<Checkout> checkoutAdapter;

  GitHubRepositoryResourceParamJsonAdapter(Moshi moshi) {
    this.checkoutAdapter = new CheckoutJsonAdapter(moshi);
  }

  @Override
  public GitHubRepositoryResourceParam fromJson(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  GitHubRepositoryResourceParam readProperties(JsonReader reader) throws IOException {
    String url = null;
    String authorizationToken = null;
    Checkout checkout = null;
    String mountPath = null;
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
          authorizationToken = reader.nextString();
          break;
        case 4:
          checkout =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<Checkout>nextNull()
                  : checkoutAdapter.fromJson(reader);
          break;
        case 5:
          mountPath =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new GitHubRepositoryResourceParam(
        JsonSupport.requireProperty(url, "url", reader),
        JsonSupport.requireProperty(authorizationToken, "authorization_token", reader),
        checkout,
        mountPath,
        JsonSupport.orEmpty(additionalProperties));
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable GitHubRepositoryResourceParam value)
      throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("type").value("github_repository");
    writer.name("url");
    writer.value(value.url);
    writer.name("authorization_token");
    writer.value(value.authorizationToken);
    if (value.checkout != null) {
      writer.name("checkout");
      checkoutAdapter.toJson(writer, value.checkout);
    }
    if (value.mountPath != null) {
      writer.name("mount_path");
      writer.value(value.mountPath);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  @Override
  public String toString() {
    return "JsonAdapter(GitHubRepositoryResourceParam)";
  }
}
