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
 * One page of deployments.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
@ModelJsonAdapters.Registered
public final class DeploymentPage extends ModelJsonAdapters.Model {
  final List<Deployment> data;
  final @Nullable String nextPage;
  final boolean nextPagePresent;
  final Map<String, RawJson> additionalProperties;

  // A response body: the client looks its adapter up by class, so the class registers it when
  // initialized. Other models have no static initializer (R8 may merge them) and are found by
  // ModelJsonAdapters.factory().
  static {
    ModelJsonAdapters.register(
        DeploymentPage.class,
        new JsonSupport.ModelAdapter<>(
            "DeploymentPage", DeploymentPage::read, DeploymentPage::write));
  }

  DeploymentPage(
      List<Deployment> data,
      @Nullable String nextPage,
      boolean nextPagePresent,
      Map<String, RawJson> additionalProperties) {
    this.data = data;
    this.nextPage = nextPage;
    this.nextPagePresent = nextPagePresent;
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

  /**
   * The deployments on this page; may be empty.
   *
   * <p>Read-only: the list or map cannot be changed.
   */
  @ReadOnly
  public List<Deployment> getData() {
    return data;
  }

  /**
   * Cursor for the next page; `null` or absent on the last page.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasNextPage()} tells them apart.
   */
  public @Nullable String getNextPage() {
    return nextPage;
  }

  /** Whether {@code next_page} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasNextPage() {
    return nextPagePresent;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {
    Constraints.Where dataWhere = where.property("data");
    for (int i = 0; i < data.size(); i++) {
      data.get(i).collectViolations(dataWhere.element(i), out);
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
    return "DeploymentPage";
  }

  @Override
  Object[] values() {
    return new Object[] {data, nextPage, nextPagePresent, additionalProperties};
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
    return "DeploymentPage{data="
        + data
        + ", nextPage="
        + nextPage
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
      result = JsonReader.Options.of("data", "next_page");
      names = result;
    }
    return result;
  }

  /** Reads a {@code DeploymentPage} object. */
  static DeploymentPage read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static DeploymentPage readProperties(JsonReader reader) throws IOException {
    List<Deployment> data = null;
    String nextPage = null;
    boolean nextPagePresent = false;
    Map<String, RawJson> additionalProperties = null;
    while (reader.hasNext()) {
      // selectName answers -1 for a name not in names(), so the known names are cases 1 and up.
      switch (1 + reader.selectName(names())) {
        case 0:
          additionalProperties = JsonSupport.readAdditionalProperty(reader, additionalProperties);
          break;
        case 1:
          data = JsonSupport.readList(reader, Deployment::read);
          break;
        case 2:
          nextPage =
              reader.peek() == JsonReader.Token.NULL
                  ? reader.<String>nextNull()
                  : reader.nextString();
          nextPagePresent = true;
          break;
        default:
          throw new AssertionError();
      }
    }
    reader.endObject();
    return new DeploymentPage(
        JsonSupport.requireProperty(data, "data", reader),
        nextPage,
        nextPagePresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, DeploymentPage value) throws IOException {
    writer.beginObject();
    writer.name("data");
    JsonSupport.writeList(writer, value.data, Deployment::write);
    if (value.nextPagePresent) {
      writer.name("next_page");
      if (value.nextPage == null) {
        JsonSupport.writeNull(writer);
      } else {
        writer.value(value.nextPage);
      }
    }
    JsonSupport.writeAdditionalProperties(writer, value.additionalProperties);
    writer.endObject();
  }

  /** Builds {@link DeploymentPage} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable List<Deployment> data;
    private @Nullable String nextPage;
    private boolean nextPagePresent;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(DeploymentPage source) {
      this.data = source.data;
      this.nextPage = source.nextPage;
      this.nextPagePresent = source.nextPagePresent;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code data}: The deployments on this page; may be empty. */
    public Builder data(List<Deployment> data) {
      this.data = JsonSupport.requireArgument(data, "data");
      return this;
    }

    /**
     * Sets {@code next_page}: Cursor for the next page; `null` or absent on the last page.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder nextPage(@Nullable String nextPage) {
      this.nextPage = nextPage;
      this.nextPagePresent = true;
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
    public DeploymentPage build() {
      return new DeploymentPage(
          JsonSupport.requireSet(JsonSupport.copyList(data), "DeploymentPage", "data"),
          nextPage,
          nextPagePresent,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
