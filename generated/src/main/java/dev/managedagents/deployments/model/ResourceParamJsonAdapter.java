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
 * Picks the {@link ResourceParam} variant by {@code type}; unknown values decode to {@link
 * ResourceParam.Unknown}.
 */
final class ResourceParamJsonAdapter extends JsonAdapter<ResourceParam> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES =
      JsonReader.Options.of("file", "github_repository", "memory_store");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final FileResourceParamJsonAdapter fileResourceParamAdapter;
  private final GitHubRepositoryResourceParamJsonAdapter gitHubRepositoryResourceParamAdapter;
  private final MemoryStoreResourceParamJsonAdapter memoryStoreResourceParamAdapter;

  ResourceParamJsonAdapter(Moshi moshi) {
    this.fileResourceParamAdapter = new FileResourceParamJsonAdapter(moshi);
    this.gitHubRepositoryResourceParamAdapter = new GitHubRepositoryResourceParamJsonAdapter(moshi);
    this.memoryStoreResourceParamAdapter = new MemoryStoreResourceParamJsonAdapter(moshi);
  }

  @Override
  public ResourceParam fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return fileResourceParamAdapter.readProperties(reader);
        case 2:
          return gitHubRepositoryResourceParamAdapter.readProperties(reader);
        case 3:
          return memoryStoreResourceParamAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "ResourceParam");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new ResourceParam.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return fileResourceParamAdapter.fromJson(reader);
      case 2:
        return gitHubRepositoryResourceParamAdapter.fromJson(reader);
      case 3:
        return memoryStoreResourceParamAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable ResourceParam value) throws IOException {
    if (value instanceof FileResourceParam) {
      fileResourceParamAdapter.toJson(writer, (FileResourceParam) value);
      return;
    }
    if (value instanceof GitHubRepositoryResourceParam) {
      gitHubRepositoryResourceParamAdapter.toJson(writer, (GitHubRepositoryResourceParam) value);
      return;
    }
    if (value instanceof MemoryStoreResourceParam) {
      memoryStoreResourceParamAdapter.toJson(writer, (MemoryStoreResourceParam) value);
      return;
    }
    if (value instanceof ResourceParam.Unknown) {
      (((ResourceParam.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a ResourceParam variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(ResourceParam)";
  }
}
