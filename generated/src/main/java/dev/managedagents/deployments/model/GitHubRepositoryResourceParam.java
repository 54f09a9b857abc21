// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kotlin.annotations.jvm.ReadOnly;
import org.jspecify.annotations.Nullable;

/**
 * A GitHub repository cloned into the session's container.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class GitHubRepositoryResourceParam extends ModelJsonAdapters.Model
    implements ResourceParam {
  final String url;
  final String authorizationToken;
  final @Nullable Checkout checkout;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean checkoutNull;

  final @Nullable String mountPath;

  /**
   * An explicit JSON {@code null} was received: written back, so decoding and encoding keep the
   * document.
   */
  final boolean mountPathNull;

  final Map<String, RawJson> additionalProperties;

  GitHubRepositoryResourceParam(
      String url,
      String authorizationToken,
      @Nullable Checkout checkout,
      boolean checkoutNull,
      @Nullable String mountPath,
      boolean mountPathNull,
      Map<String, RawJson> additionalProperties) {
    this.url = url;
    this.authorizationToken = authorizationToken;
    this.checkout = checkout;
    this.checkoutNull = checkoutNull;
    this.mountPath = mountPath;
    this.mountPathNull = mountPathNull;
    this.additionalProperties = additionalProperties;
  }

  /** Returns a builder with no properties set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding a copy of this object's properties. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Always {@code "github_repository"}. */
  public String getType() {
    return "github_repository";
  }

  /** The repository's GitHub URL. */
  public String getUrl() {
    return url;
  }

  /** Token used to clone the repository. Write-only; never returned, never logged. */
  public String getAuthorizationToken() {
    return authorizationToken;
  }

  /** The {@code checkout} property. */
  public @Nullable Checkout getCheckout() {
    return checkout;
  }

  /** Where to mount it; defaults to `/workspace/` followed by the repository name. */
  public @Nullable String getMountPath() {
    return mountPath;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(ResourceParam.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    if (checkout != null) {
      Constraints.checkCheckout(checkout, where.property("checkout"), out);
    }
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
    return "GitHubRepositoryResourceParam";
  }

  @Override
  Object[] values() {
    return new Object[] {url, authorizationToken, checkout, mountPath, additionalProperties};
  }

  @Override
  void writeJson(JsonWriter writer) throws IOException {
    write(writer, this);
  }

  /**
   * Describes this object for logs; secrets such as tokens are masked and unknown properties are
   * named only.
   */
  @Override
  public String toString() {
    return "GitHubRepositoryResourceParam{url="
        + url
        + ", authorizationToken="
        + (authorizationToken == null ? "null" : RawJson.MASK)
        + ", checkout="
        + checkout
        + ", mountPath="
        + mountPath
        + ", additionalProperties="
        + additionalProperties.keySet()
        + "}";
  }

  // Made on first use, not in a static initializer: R8 does not merge a class whose static
  // initializer calls into a library. A race only makes the same Options twice.
  private static JsonReader.@Nullable Options names;

  private static JsonReader.Options names() {
    JsonReader.Options result = names;
    if (result == null) {
      result =
          JsonReader.Options.of("type", "url", "authorization_token", "checkout", "mount_path");
      names = result;
    }
    return result;
  }

  /** Reads a {@code GitHubRepositoryResourceParam} object. */
  static GitHubRepositoryResourceParam read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static GitHubRepositoryResourceParam readProperties(JsonReader reader) throws IOException {
    String url = null;
    String authorizationToken = null;
    Checkout checkout = null;
    boolean checkoutNull = false;
    String mountPath = null;
    boolean mountPathNull = false;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in names(), so the known names are cases 1 and up.
      switch (1 + reader.selectName(names())) {
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
                  : Checkout.Unknown.read(reader);
          checkoutNull = checkout == null;
          break;
        case 5:
          mountPath =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          mountPathNull = mountPath == null;
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
        checkoutNull,
        mountPath,
        mountPathNull,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, GitHubRepositoryResourceParam value) throws IOException {
    writer.beginObject();
    writer.name("type").value("github_repository");
    writer.name("url");
    writer.value(value.url);
    writer.name("authorization_token");
    JsonSupport.writeSecret(writer, value.authorizationToken);
    if (value.checkout != null) {
      writer.name("checkout");
      Checkout.Unknown.write(writer, value.checkout);
    } else if (value.checkoutNull) {
      writer.name("checkout");
      JsonSupport.writeNull(writer);
    }
    if (value.mountPath != null) {
      writer.name("mount_path");
      writer.value(value.mountPath);
    } else if (value.mountPathNull) {
      writer.name("mount_path");
      JsonSupport.writeNull(writer);
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link GitHubRepositoryResourceParam} objects. Not thread-safe. */
  public static final class Builder implements RequestBuilder {
    private @Nullable String url;
    private @Nullable String authorizationToken;
    private @Nullable Checkout checkout;
    private boolean checkoutNull;
    private @Nullable String mountPath;
    private boolean mountPathNull;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(GitHubRepositoryResourceParam source) {
      this.url = source.url;
      this.authorizationToken = source.authorizationToken;
      this.checkout = source.checkout;
      this.checkoutNull = source.checkoutNull;
      this.mountPath = source.mountPath;
      this.mountPathNull = source.mountPathNull;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code url}: The repository's GitHub URL. */
    public Builder url(String url) {
      this.url = JsonSupport.requireArgument(url, "url");
      return this;
    }

    /**
     * Sets {@code authorization_token}: Token used to clone the repository. Write-only; never
     * returned, never logged.
     */
    public Builder authorizationToken(String authorizationToken) {
      this.authorizationToken =
          JsonSupport.requireArgument(authorizationToken, "authorization_token");
      return this;
    }

    /**
     * Sets {@code checkout}: The {@code checkout} property.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder checkout(@Nullable Checkout checkout) {
      this.checkout = checkout;
      this.checkoutNull = false;
      return this;
    }

    /**
     * Sets {@code mount_path}: Where to mount it; defaults to `/workspace/` followed by the
     * repository name.
     *
     * <p>{@code null} leaves the property out, as not calling this method does.
     */
    public Builder mountPath(@Nullable String mountPath) {
      this.mountPath = mountPath;
      this.mountPathNull = false;
      return this;
    }

    /** Adds a property this SDK does not know; it is written as given. */
    public Builder putAdditionalProperty(String name, RawJson value) {
      additionalProperties.put(
          JsonSupport.requireArgument(name, "name"), JsonSupport.requireArgument(value, "value"));
      return this;
    }

    /**
     * Returns the object.
     *
     * @throws IllegalStateException if a required property was not set
     */
    public GitHubRepositoryResourceParam build() {
      return new GitHubRepositoryResourceParam(
          JsonSupport.requireSet(url, "GitHubRepositoryResourceParam", "url"),
          JsonSupport.requireSet(
              authorizationToken, "GitHubRepositoryResourceParam", "authorization_token"),
          checkout,
          checkoutNull,
          mountPath,
          mountPathNull,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
