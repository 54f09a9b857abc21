// Generated from openapi/deployments.yaml by the templates in generator-templates/. Do not edit.

package dev.managedagents.deployments.model;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Why a run could not create a session. Every variant has a human-readable `message`.
 *
 * <p>A union tagged by {@code type}: {@code "agent_archived_error"} is {@link
 * AgentArchivedRunError}, {@code "environment_archived_error"} is {@link
 * EnvironmentArchivedRunError}, {@code "environment_not_found_error"} is {@link
 * EnvironmentNotFoundRunError}, {@code "file_not_found_error"} is {@link FileNotFoundRunError},
 * {@code "mcp_egress_blocked_error"} is {@link McpEgressBlockedRunError}, {@code
 * "memory_store_archived_error"} is {@link MemoryStoreArchivedRunError}, {@code
 * "organization_disabled_error"} is {@link OrganizationDisabledRunError}, {@code
 * "self_hosted_resources_unsupported_error"} is {@link SelfHostedResourcesUnsupportedRunError},
 * {@code "session_creation_rejected_error"} is {@link SessionCreationRejectedRunError}, {@code
 * "session_rate_limited_error"} is {@link SessionRateLimitedRunError}, {@code
 * "session_resource_not_found_error"} is {@link SessionResourceNotFoundRunError}, {@code
 * "skill_not_found_error"} is {@link SkillNotFoundRunError}, {@code "unknown_error"} is {@link
 * UnknownErrorRunError}, {@code "vault_archived_error"} is {@link VaultArchivedRunError}, {@code
 * "vault_not_found_error"} is {@link VaultNotFoundRunError}, {@code "workspace_archived_error"} is
 * {@link WorkspaceArchivedRunError}. A value of a type this SDK does not know yet decodes to {@link
 * Unknown}, which keeps the JSON as received. Handle every case with {@link #accept(Visitor)}
 * ({@link DefaultVisitor} to handle some and default the rest), or in Kotlin with {@code when (x) {
 * is ... }} and an {@code else} branch.
 */
public interface RunError {
  /** The {@code type} of this variant. */
  String getType();

  /** Calls the {@code visitor} method for this variant and returns what it returns. */
  <R extends @Nullable Object> R accept(Visitor<R> visitor);

  /**
   * The {@code message} that every variant carries, so code that does not know a new variant can
   * still show it; {@code null} only for an {@link Unknown} variant without one.
   */
  @Nullable String getMessage();

  /** One method per variant of {@link RunError}, plus one for variants this SDK does not know. */
  interface Visitor<R extends @Nullable Object> {
    /** Called for a {@code "agent_archived_error"} variant. */
    R visit(AgentArchivedRunError value);

    /** Called for a {@code "environment_archived_error"} variant. */
    R visit(EnvironmentArchivedRunError value);

    /** Called for a {@code "environment_not_found_error"} variant. */
    R visit(EnvironmentNotFoundRunError value);

    /** Called for a {@code "file_not_found_error"} variant. */
    R visit(FileNotFoundRunError value);

    /** Called for a {@code "mcp_egress_blocked_error"} variant. */
    R visit(McpEgressBlockedRunError value);

    /** Called for a {@code "memory_store_archived_error"} variant. */
    R visit(MemoryStoreArchivedRunError value);

    /** Called for a {@code "organization_disabled_error"} variant. */
    R visit(OrganizationDisabledRunError value);

    /** Called for a {@code "self_hosted_resources_unsupported_error"} variant. */
    R visit(SelfHostedResourcesUnsupportedRunError value);

    /** Called for a {@code "session_creation_rejected_error"} variant. */
    R visit(SessionCreationRejectedRunError value);

    /** Called for a {@code "session_rate_limited_error"} variant. */
    R visit(SessionRateLimitedRunError value);

    /** Called for a {@code "session_resource_not_found_error"} variant. */
    R visit(SessionResourceNotFoundRunError value);

    /** Called for a {@code "skill_not_found_error"} variant. */
    R visit(SkillNotFoundRunError value);

    /** Called for a {@code "unknown_error"} variant. */
    R visit(UnknownErrorRunError value);

    /** Called for a {@code "vault_archived_error"} variant. */
    R visit(VaultArchivedRunError value);

    /** Called for a {@code "vault_not_found_error"} variant. */
    R visit(VaultNotFoundRunError value);

    /** Called for a {@code "workspace_archived_error"} variant. */
    R visit(WorkspaceArchivedRunError value);

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
    protected abstract R visitDefault(RunError value);

    @Override
    public R visit(AgentArchivedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(EnvironmentArchivedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(EnvironmentNotFoundRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(FileNotFoundRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(McpEgressBlockedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(MemoryStoreArchivedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(OrganizationDisabledRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(SelfHostedResourcesUnsupportedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(SessionCreationRejectedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(SessionRateLimitedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(SessionResourceNotFoundRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(SkillNotFoundRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(UnknownErrorRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(VaultArchivedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(VaultNotFoundRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visit(WorkspaceArchivedRunError value) {
      return visitDefault(value);
    }

    @Override
    public R visitUnknown(Unknown value) {
      return visitDefault(value);
    }
  }

  /**
   * A {@link RunError} whose {@code type} this SDK does not know; written back exactly as received.
   */
  final class Unknown extends ModelJsonAdapters.Model implements RunError {
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

    @Override
    public @Nullable String getMessage() {
      return JsonSupport.stringProperty(json, "message");
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
      return "RunError.Unknown";
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
      return "RunError.Unknown{type=" + type + "}";
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
                    "session_creation_rejected_error",
                    "session_rate_limited_error",
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

    /** Reads any variant of {@link RunError}, picked by {@code type}. */
    static RunError read(JsonReader reader) throws IOException {
      InPlaceTags inPlace = InPlaceTags.of(reader);
      if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        // Begins the object and finds its tag wherever it is; the variant reads the rest.
        switch (1 + inPlace.beginObject(reader, tagNames())) {
          case 1:
            return AgentArchivedRunError.readProperties(reader);
          case 2:
            return EnvironmentArchivedRunError.readProperties(reader);
          case 3:
            return EnvironmentNotFoundRunError.readProperties(reader);
          case 4:
            return FileNotFoundRunError.readProperties(reader);
          case 5:
            return McpEgressBlockedRunError.readProperties(reader);
          case 6:
            return MemoryStoreArchivedRunError.readProperties(reader);
          case 7:
            return OrganizationDisabledRunError.readProperties(reader);
          case 8:
            return SelfHostedResourcesUnsupportedRunError.readProperties(reader);
          case 9:
            return SessionCreationRejectedRunError.readProperties(reader);
          case 10:
            return SessionRateLimitedRunError.readProperties(reader);
          case 11:
            return SessionResourceNotFoundRunError.readProperties(reader);
          case 12:
            return SkillNotFoundRunError.readProperties(reader);
          case 13:
            return UnknownErrorRunError.readProperties(reader);
          case 14:
            return VaultArchivedRunError.readProperties(reader);
          case 15:
            return VaultNotFoundRunError.readProperties(reader);
          case 16:
            return WorkspaceArchivedRunError.readProperties(reader);
          default:
            throw new AssertionError();
        }
      }
      TagNames names = tagNames();
      JsonReader tag = JsonSupport.peekDiscriminator(reader, names.tag, "RunError");
      // selectString answers -1 for a value not in the types, so the known values are cases 1 and
      // up.
      switch (1 + tag.selectString(names.options)) {
        case 0:
          return new RunError.Unknown(tag.nextString(), RawJson.read(reader));
        case 1:
          return AgentArchivedRunError.read(reader);
        case 2:
          return EnvironmentArchivedRunError.read(reader);
        case 3:
          return EnvironmentNotFoundRunError.read(reader);
        case 4:
          return FileNotFoundRunError.read(reader);
        case 5:
          return McpEgressBlockedRunError.read(reader);
        case 6:
          return MemoryStoreArchivedRunError.read(reader);
        case 7:
          return OrganizationDisabledRunError.read(reader);
        case 8:
          return SelfHostedResourcesUnsupportedRunError.read(reader);
        case 9:
          return SessionCreationRejectedRunError.read(reader);
        case 10:
          return SessionRateLimitedRunError.read(reader);
        case 11:
          return SessionResourceNotFoundRunError.read(reader);
        case 12:
          return SkillNotFoundRunError.read(reader);
        case 13:
          return UnknownErrorRunError.read(reader);
        case 14:
          return VaultArchivedRunError.read(reader);
        case 15:
          return VaultNotFoundRunError.read(reader);
        case 16:
          return WorkspaceArchivedRunError.read(reader);
        default:
          throw new AssertionError();
      }
    }

    /** Writes any variant of {@link RunError}; an unknown one exactly as it came. */
    static void write(JsonWriter writer, RunError value) throws IOException {
      // Each variant, and Unknown, writes itself: no type check names a variant, so R8 may merge
      // them.
      if (value instanceof ModelJsonAdapters.Model) {
        ((ModelJsonAdapters.Model) value).writeJson(writer);
        return;
      }
      throw new JsonDataException(
          "Not a RunError variant of this SDK: " + value.getClass().getName());
    }
  }
}
