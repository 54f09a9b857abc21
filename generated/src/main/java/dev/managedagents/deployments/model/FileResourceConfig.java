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
 * A file mounted into each session.
 *
 * <p>Immutable. Build one with {@link #builder()}, or change a copy with {@link #toBuilder()}.
 * Properties this SDK does not know are kept in {@link #getAdditionalProperties()} and written back
 * unchanged.
 */
public final class FileResourceConfig extends ModelJsonAdapters.Model implements ResourceConfig {
  final String fileId;
  final @Nullable String mountPath;
  final boolean mountPathPresent;
  final Map<String, RawJson> additionalProperties;

  FileResourceConfig(
      String fileId,
      @Nullable String mountPath,
      boolean mountPathPresent,
      Map<String, RawJson> additionalProperties) {
    this.fileId = fileId;
    this.mountPath = mountPath;
    this.mountPathPresent = mountPathPresent;
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

  /** Always {@code "file"}. */
  public String getType() {
    return "file";
  }

  /** The file's ID (`file_…`). */
  public String getFileId() {
    return fileId;
  }

  /**
   * Where it is mounted.
   *
   * <p>{@code null} both when the property is absent and when it is an explicit {@code null};
   * {@link #hasMountPath()} tells them apart.
   */
  public @Nullable String getMountPath() {
    return mountPath;
  }

  /** Whether {@code mount_path} is present in the JSON, possibly as an explicit {@code null}. */
  public boolean hasMountPath() {
    return mountPathPresent;
  }

  /** Properties this SDK does not know, by name, as the raw JSON received or set; read-only. */
  @ReadOnly
  public Map<String, RawJson> getAdditionalProperties() {
    return additionalProperties;
  }

  @Override
  public <R extends @Nullable Object> R accept(ResourceConfig.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * Adds each documented limit this object breaks, its own and its nested objects', to {@code out}.
   */
  void collectViolations(Constraints.Where where, List<Constraints.Violation> out) {}

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
    return "FileResourceConfig";
  }

  @Override
  Object[] values() {
    return new Object[] {fileId, mountPath, mountPathPresent, additionalProperties};
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
    return "FileResourceConfig{fileId="
        + fileId
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
      result = JsonReader.Options.of("type", "file_id", "mount_path");
      names = result;
    }
    return result;
  }

  /** Reads a {@code FileResourceConfig} object. */
  static FileResourceConfig read(JsonReader reader) throws IOException {
    reader.beginObject();
    return readProperties(reader);
  }

  /**
   * Reads the rest of an object whose opening brace, and maybe some properties, were read already.
   */
  static FileResourceConfig readProperties(JsonReader reader) throws IOException {
    String fileId = null;
    String mountPath = null;
    boolean mountPathPresent = false;
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
          fileId = reader.nextString();
          break;
        case 3:
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
    return new FileResourceConfig(
        JsonSupport.requireProperty(fileId, "file_id", reader),
        mountPath,
        mountPathPresent,
        JsonSupport.orEmpty(additionalProperties));
  }

  /** Writes {@code value}, with the properties this SDK does not know as they came. */
  static void write(JsonWriter writer, FileResourceConfig value) throws IOException {
    writer.beginObject();
    writer.name("type").value("file");
    writer.name("file_id");
    writer.value(value.fileId);
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

  /** Builds {@link FileResourceConfig} objects. Not thread-safe. */
  public static final class Builder {
    private @Nullable String fileId;
    private @Nullable String mountPath;
    private boolean mountPathPresent;
    private Map<String, RawJson> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    private Builder(FileResourceConfig source) {
      this.fileId = source.fileId;
      this.mountPath = source.mountPath;
      this.mountPathPresent = source.mountPathPresent;
      this.additionalProperties = new LinkedHashMap<>(source.additionalProperties);
    }

    /** Sets {@code file_id}: The file's ID (`file_…`). */
    public Builder fileId(String fileId) {
      this.fileId = JsonSupport.requireArgument(fileId, "file_id");
      return this;
    }

    /**
     * Sets {@code mount_path}: Where it is mounted.
     *
     * <p>{@code null} sends an explicit JSON {@code null}; not calling this method leaves the
     * property out.
     */
    public Builder mountPath(@Nullable String mountPath) {
      this.mountPath = mountPath;
      this.mountPathPresent = true;
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
    public FileResourceConfig build() {
      return new FileResourceConfig(
          JsonSupport.requireSet(fileId, "FileResourceConfig", "file_id"),
          mountPath,
          mountPathPresent,
          JsonSupport.copyMap(additionalProperties));
    }
  }
}
