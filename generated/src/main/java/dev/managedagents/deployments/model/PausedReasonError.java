// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The error that paused a deployment; matches the failed run's `error.type`.
 *
 * <p>A union tagged by {@code type}: {@code "agent_archived_error"} is {@link
 * AgentArchivedPausedReasonError}, {@code "environment_archived_error"} is {@link
 * EnvironmentArchivedPausedReasonError}, {@code "environment_not_found_error"} is {@link
 * EnvironmentNotFoundPausedReasonError}, {@code "file_not_found_error"} is {@link
 * FileNotFoundPausedReasonError}, {@code "mcp_egress_blocked_error"} is {@link
 * McpEgressBlockedPausedReasonError}, {@code "memory_store_archived_error"} is {@link
 * MemoryStoreArchivedPausedReasonError}, {@code "organization_disabled_error"} is {@link
 * OrganizationDisabledPausedReasonError}, {@code "self_hosted_resources_unsupported_error"} is
 * {@link SelfHostedResourcesUnsupportedPausedReasonError}, {@code
 * "session_resource_not_found_error"} is {@link SessionResourceNotFoundPausedReasonError}, {@code
 * "skill_not_found_error"} is {@link SkillNotFoundPausedReasonError}, {@code "unknown_error"} is
 * {@link UnknownErrorPausedReasonError}, {@code "vault_archived_error"} is {@link
 * VaultArchivedPausedReasonError}, {@code "vault_not_found_error"} is {@link
 * VaultNotFoundPausedReasonError}, {@code "workspace_archived_error"} is {@link
 * WorkspaceArchivedPausedReasonError}. A value of a type this SDK does not know yet decodes to
 * {@link Unknown}, which keeps the JSON as received. Handle every case with {@link
 * #accept(Visitor)} ({@link DefaultVisitor} to handle some and default the rest), or in Kotlin with
 * {@code when (x) { is ... }} and an {@code else} branch.
 */
public interface PausedReasonError {
  /** The {@code type} of this variant. */
  String getType();

  /** Calls the {@code visitor} method for this variant and returns what it returns. */
  <R extends @Nullable Object> R accept(Visitor<R> visitor);

  /**
   * One method per variant of {@link PausedReasonError}, plus one for variants this SDK does not
   * know.
   */
  interface Visitor<R extends @Nullable Object> {
    /** Called for a {@code "agent_archived_error"} variant. */
    R visit(AgentArchivedPausedReasonError value);

    /** Called for a {@code "environment_archived_error"} variant. */
    R visit(EnvironmentArchivedPausedReasonError value);

    /** Called for a {@code "environment_not_found_error"} variant. */
    R visit(EnvironmentNotFoundPausedReasonError value);

    /** Called for a {@code "file_not_found_error"} variant. */
    R visit(FileNotFoundPausedReasonError value);

    /** Called for a {@code "mcp_egress_blocked_error"} variant. */
    R visit(McpEgressBlockedPausedReasonError value);

    /** Called for a {@code "memory_store_archived_error"} variant. */
    R visit(MemoryStoreArchivedPausedReasonError value);

    /** Called for a {@code "organization_disabled_error"} variant. */
    R visit(OrganizationDisabledPausedReasonError value);

    /** Called for a {@code "self_hosted_resources_unsupported_error"} variant. */
    R visit(SelfHostedResourcesUnsupportedPausedReasonError value);

    /** Called for a {@code "session_resource_not_found_error"} variant. */
    R visit(SessionResourceNotFoundPausedReasonError value);

    /** Called for a {@code "skill_not_found_error"} variant. */
    R visit(SkillNotFoundPausedReasonError value);

    /** Called for a {@code "unknown_error"} variant. */
    R visit(UnknownErrorPausedReasonError value);

    /** Called for a {@code "vault_archived_error"} variant. */
    R visit(VaultArchivedPausedReasonError value);

    /** Called for a {@code "vault_not_found_error"} variant. */
    R visit(VaultNotFoundPausedReasonError value);

    /** Called for a {@code "workspace_archived_error"} variant. */
    R visit(WorkspaceArchivedPausedReasonError value);

    /** Called for a variant this SDK does not know. */
    R visitUnknown(Unknown value);
  }

  /**
   * A {@link Visitor} for code that handles some variants and treats the rest alike: every method
   * calls {@link #visitDefault}, so override only the variants you handle. A variant added to the
   * API later also goes to {@link #visitDefault}, so your code still compiles; implement {@link
   * Visitor} instead when the compiler should point out a new variant.
   */
  abstract class DefaultVisitor<R extends @Nullable Object> implements Visitor<R> {
    /** Called for every variant whose method is not overridden, {@link Unknown} included. */
    protected abstract R visitDefault(PausedReasonError value);

    @Override
    public R visit(AgentArchivedPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(EnvironmentArchivedPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(EnvironmentNotFoundPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(FileNotFoundPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(McpEgressBlockedPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(MemoryStoreArchivedPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(OrganizationDisabledPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(SelfHostedResourcesUnsupportedPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(SessionResourceNotFoundPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(SkillNotFoundPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(UnknownErrorPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(VaultArchivedPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(VaultNotFoundPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(WorkspaceArchivedPausedReasonError value) {
      return visitDefault(value);
    }

    @Override
    public R visitUnknown(Unknown value) {
      return visitDefault(value);
    }
  }

  /**
   * A {@link PausedReasonError} whose {@code type} this SDK does not know; written back exactly as
   * received.
   */
  final class Unknown extends ModelJsonAdapters.Model implements PausedReasonError {
    private final String type;
    private final RawJson json;

    Unknown(String type, RawJson json) {
      this.type = type;
      this.json = json;
    }

    /**
     * Wraps a JSON object of a variant this SDK does not know yet, to send it as it is.
     *
     * @throws IllegalArgumentException if {@code json} is not an object with a string {@code type}
     */
    public static Unknown of(RawJson json) {
      return new Unknown(JsonSupport.typeOf(json), json);
    }

    @Override
    public String getType() {
      return type;
    }

    /** The variant's JSON, exactly as received. */
    public RawJson getJson() {
      return json;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.visitUnknown(this);
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
      return "PausedReasonError.Unknown";
    }

    @Override
    Object[] values() {
      return new Object[] {json};
    }

    @Override
    void writeJson(JsonWriter writer) throws IOException {
      json.write(writer);
    }

    /** Names the type only: the JSON may hold secrets. */
    @Override
    public String toString() {
      return "PausedReasonError.Unknown{type=" + type + "}";
    }

    // The union's JSON code lives here: an interface's static methods would be public. Its names
    // are
    // made on first use, not in a static initializer, which would stop R8 from merging the Unknown
    // classes of the unions; a race only makes the same names twice.
    private static @Nullable TagNames tagNames;

    private static TagNames tagNames() {
      TagNames result = tagNames;
      if (result == null) {
        result =
            new TagNames(
                JsonReader.Options.of("type"),
                JsonReader.Options.of(
                    "agent_archived_error",
                    "environment_archived_error",
                    "environment_not_found_error",
                    "file_not_found_error",
                    "mcp_egress_blocked_error",
                    "memory_store_archived_error",
                    "organization_disabled_error",
                    "self_hosted_resources_unsupported_error",
                    "session_resource_not_found_error",
                    "skill_not_found_error",
                    "unknown_error",
                    "vault_archived_error",
                    "vault_not_found_error",
                    "workspace_archived_error"));
        tagNames = result;
      }
      return result;
    }

    /** Reads any variant of {@link PausedReasonError}, picked by {@code type}. */
    static PausedReasonError read(JsonReader reader) throws IOException {
      InPlaceTags inPlace = InPlaceTags.of(reader);
      if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        // Begins the object and finds its tag wherever it is; the variant reads the rest.
        switch (1 + inPlace.beginObject(reader, tagNames())) {
          case 1:
            return AgentArchivedPausedReasonError.readProperties(reader);
          case 2:
            return EnvironmentArchivedPausedReasonError.readProperties(reader);
          case 3:
            return EnvironmentNotFoundPausedReasonError.readProperties(reader);
          case 4:
            return FileNotFoundPausedReasonError.readProperties(reader);
          case 5:
            return McpEgressBlockedPausedReasonError.readProperties(reader);
          case 6:
            return MemoryStoreArchivedPausedReasonError.readProperties(reader);
          case 7:
            return OrganizationDisabledPausedReasonError.readProperties(reader);
          case 8:
            return SelfHostedResourcesUnsupportedPausedReasonError.readProperties(reader);
          case 9:
            return SessionResourceNotFoundPausedReasonError.readProperties(reader);
          case 10:
            return SkillNotFoundPausedReasonError.readProperties(reader);
          case 11:
            return UnknownErrorPausedReasonError.readProperties(reader);
          case 12:
            return VaultArchivedPausedReasonError.readProperties(reader);
          case 13:
            return VaultNotFoundPausedReasonError.readProperties(reader);
          case 14:
            return WorkspaceArchivedPausedReasonError.readProperties(reader);
          default:
            throw new AssertionError();
        }
      }
      TagNames names = tagNames();
      JsonReader tag = JsonSupport.peekDiscriminator(reader, names.tag, "PausedReasonError");
      // selectString answers -1 for a value not in the types, so the known values are cases 1 and
      // up.
      switch (1 + tag.selectString(names.options)) {
        case 0:
          return new PausedReasonError.Unknown(tag.nextString(), RawJson.read(reader));
        case 1:
          return AgentArchivedPausedReasonError.read(reader);
        case 2:
          return EnvironmentArchivedPausedReasonError.read(reader);
        case 3:
          return EnvironmentNotFoundPausedReasonError.read(reader);
        case 4:
          return FileNotFoundPausedReasonError.read(reader);
        case 5:
          return McpEgressBlockedPausedReasonError.read(reader);
        case 6:
          return MemoryStoreArchivedPausedReasonError.read(reader);
        case 7:
          return OrganizationDisabledPausedReasonError.read(reader);
        case 8:
          return SelfHostedResourcesUnsupportedPausedReasonError.read(reader);
        case 9:
          return SessionResourceNotFoundPausedReasonError.read(reader);
        case 10:
          return SkillNotFoundPausedReasonError.read(reader);
        case 11:
          return UnknownErrorPausedReasonError.read(reader);
        case 12:
          return VaultArchivedPausedReasonError.read(reader);
        case 13:
          return VaultNotFoundPausedReasonError.read(reader);
        case 14:
          return WorkspaceArchivedPausedReasonError.read(reader);
        default:
          throw new AssertionError();
      }
    }

    /** Writes any variant of {@link PausedReasonError}; an unknown one exactly as it came. */
    static void write(JsonWriter writer, PausedReasonError value) throws IOException {
      // Each variant, and Unknown, writes itself: no type check names a variant, so R8 may merge
      // them.
      if (value instanceof ModelJsonAdapters.Model) {
        ((ModelJsonAdapters.Model) value).writeJson(writer);
        return;
      }
      throw new JsonDataException(
          "Not a PausedReasonError variant of this SDK: " + value.getClass().getName());
    }
  }
}
