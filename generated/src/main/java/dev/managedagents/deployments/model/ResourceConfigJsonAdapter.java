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
 * Picks the {@link ResourceConfig} variant by {@code type}; unknown values decode to {@link
 * ResourceConfig.Unknown}.
 */
final class ResourceConfigJsonAdapter extends JsonAdapter<ResourceConfig> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES =
      JsonReader.Options.of("file", "github_repository", "memory_store");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final FileResourceConfigJsonAdapter fileResourceConfigAdapter;
  private final GitHubRepositoryResourceConfigJsonAdapter gitHubRepositoryResourceConfigAdapter;
  private final MemoryStoreResourceConfigJsonAdapter memoryStoreResourceConfigAdapter;

  ResourceConfigJsonAdapter(Moshi moshi) {
    this.fileResourceConfigAdapter = new FileResourceConfigJsonAdapter(moshi);
    this.gitHubRepositoryResourceConfigAdapter =
        new GitHubRepositoryResourceConfigJsonAdapter(moshi);
    this.memoryStoreResourceConfigAdapter = new MemoryStoreResourceConfigJsonAdapter(moshi);
  }

  @Override
  public ResourceConfig fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return fileResourceConfigAdapter.readProperties(reader);
        case 2:
          return gitHubRepositoryResourceConfigAdapter.readProperties(reader);
        case 3:
          return memoryStoreResourceConfigAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "ResourceConfig");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new ResourceConfig.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return fileResourceConfigAdapter.fromJson(reader);
      case 2:
        return gitHubRepositoryResourceConfigAdapter.fromJson(reader);
      case 3:
        return memoryStoreResourceConfigAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ResourceConfig value) throws IOException {
    if (value instanceof FileResourceConfig) {
      fileResourceConfigAdapter.toJson(writer, (FileResourceConfig) value);
      return;
    }
    if (value instanceof GitHubRepositoryResourceConfig) {
      gitHubRepositoryResourceConfigAdapter.toJson(writer, (GitHubRepositoryResourceConfig) value);
      return;
    }
    if (value instanceof MemoryStoreResourceConfig) {
      memoryStoreResourceConfigAdapter.toJson(writer, (MemoryStoreResourceConfig) value);
      return;
    }
    if (value instanceof ResourceConfig.Unknown) {
      (((ResourceConfig.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a ResourceConfig variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(ResourceConfig)";
  }
}
