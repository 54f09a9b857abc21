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
 * Picks the {@link RunError} variant by {@code type}; unknown values decode to {@link
 * RunError.Unknown}.
 */
final class RunErrorJsonAdapter extends JsonAdapter<RunError> {
  private static final JsonReader.Options TAG = JsonReader.Options.of("type");
  private static final JsonReader.Options TYPES =
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
          "workspace_archived_error");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final AgentArchivedRunErrorJsonAdapter agentArchivedRunErrorAdapter;
  private final EnvironmentArchivedRunErrorJsonAdapter environmentArchivedRunErrorAdapter;
  private final EnvironmentNotFoundRunErrorJsonAdapter environmentNotFoundRunErrorAdapter;
  private final FileNotFoundRunErrorJsonAdapter fileNotFoundRunErrorAdapter;
  private final McpEgressBlockedRunErrorJsonAdapter mcpEgressBlockedRunErrorAdapter;
  private final MemoryStoreArchivedRunErrorJsonAdapter memoryStoreArchivedRunErrorAdapter;
  private final OrganizationDisabledRunErrorJsonAdapter organizationDisabledRunErrorAdapter;
  private final SelfHostedResourcesUnsupportedRunErrorJsonAdapter
      selfHostedResourcesUnsupportedRunErrorAdapter;
  private final SessionCreationRejectedRunErrorJsonAdapter sessionCreationRejectedRunErrorAdapter;
  private final SessionRateLimitedRunErrorJsonAdapter sessionRateLimitedRunErrorAdapter;
  private final SessionResourceNotFoundRunErrorJsonAdapter sessionResourceNotFoundRunErrorAdapter;
  private final SkillNotFoundRunErrorJsonAdapter skillNotFoundRunErrorAdapter;
  private final UnknownErrorRunErrorJsonAdapter unknownErrorRunErrorAdapter;
  private final VaultArchivedRunErrorJsonAdapter vaultArchivedRunErrorAdapter;
  private final VaultNotFoundRunErrorJsonAdapter vaultNotFoundRunErrorAdapter;
  private final WorkspaceArchivedRunErrorJsonAdapter workspaceArchivedRunErrorAdapter;

  RunErrorJsonAdapter(Moshi moshi) {
    this.agentArchivedRunErrorAdapter = new AgentArchivedRunErrorJsonAdapter(moshi);
    this.environmentArchivedRunErrorAdapter = new EnvironmentArchivedRunErrorJsonAdapter(moshi);
    this.environmentNotFoundRunErrorAdapter = new EnvironmentNotFoundRunErrorJsonAdapter(moshi);
    this.fileNotFoundRunErrorAdapter = new FileNotFoundRunErrorJsonAdapter(moshi);
    this.mcpEgressBlockedRunErrorAdapter = new McpEgressBlockedRunErrorJsonAdapter(moshi);
    this.memoryStoreArchivedRunErrorAdapter = new MemoryStoreArchivedRunErrorJsonAdapter(moshi);
    this.organizationDisabledRunErrorAdapter = new OrganizationDisabledRunErrorJsonAdapter(moshi);
    this.selfHostedResourcesUnsupportedRunErrorAdapter =
        new SelfHostedResourcesUnsupportedRunErrorJsonAdapter(moshi);
    this.sessionCreationRejectedRunErrorAdapter =
        new SessionCreationRejectedRunErrorJsonAdapter(moshi);
    this.sessionRateLimitedRunErrorAdapter = new SessionRateLimitedRunErrorJsonAdapter(moshi);
    this.sessionResourceNotFoundRunErrorAdapter =
        new SessionResourceNotFoundRunErrorJsonAdapter(moshi);
    this.skillNotFoundRunErrorAdapter = new SkillNotFoundRunErrorJsonAdapter(moshi);
    this.unknownErrorRunErrorAdapter = new UnknownErrorRunErrorJsonAdapter(moshi);
    this.vaultArchivedRunErrorAdapter = new VaultArchivedRunErrorJsonAdapter(moshi);
    this.vaultNotFoundRunErrorAdapter = new VaultNotFoundRunErrorJsonAdapter(moshi);
    this.workspaceArchivedRunErrorAdapter = new WorkspaceArchivedRunErrorJsonAdapter(moshi);
  }

  @Override
  public RunError fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return agentArchivedRunErrorAdapter.readProperties(reader);
        case 2:
          return environmentArchivedRunErrorAdapter.readProperties(reader);
        case 3:
          return environmentNotFoundRunErrorAdapter.readProperties(reader);
        case 4:
          return fileNotFoundRunErrorAdapter.readProperties(reader);
        case 5:
          return mcpEgressBlockedRunErrorAdapter.readProperties(reader);
        case 6:
          return memoryStoreArchivedRunErrorAdapter.readProperties(reader);
        case 7:
          return organizationDisabledRunErrorAdapter.readProperties(reader);
        case 8:
          return selfHostedResourcesUnsupportedRunErrorAdapter.readProperties(reader);
        case 9:
          return sessionCreationRejectedRunErrorAdapter.readProperties(reader);
        case 10:
          return sessionRateLimitedRunErrorAdapter.readProperties(reader);
        case 11:
          return sessionResourceNotFoundRunErrorAdapter.readProperties(reader);
        case 12:
          return skillNotFoundRunErrorAdapter.readProperties(reader);
        case 13:
          return unknownErrorRunErrorAdapter.readProperties(reader);
        case 14:
          return vaultArchivedRunErrorAdapter.readProperties(reader);
        case 15:
          return vaultNotFoundRunErrorAdapter.readProperties(reader);
        case 16:
          return workspaceArchivedRunErrorAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "RunError");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new RunError.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return agentArchivedRunErrorAdapter.fromJson(reader);
      case 2:
        return environmentArchivedRunErrorAdapter.fromJson(reader);
      case 3:
        return environmentNotFoundRunErrorAdapter.fromJson(reader);
      case 4:
        return fileNotFoundRunErrorAdapter.fromJson(reader);
      case 5:
        return mcpEgressBlockedRunErrorAdapter.fromJson(reader);
      case 6:
        return memoryStoreArchivedRunErrorAdapter.fromJson(reader);
      case 7:
        return organizationDisabledRunErrorAdapter.fromJson(reader);
      case 8:
        return selfHostedResourcesUnsupportedRunErrorAdapter.fromJson(reader);
      case 9:
        return sessionCreationRejectedRunErrorAdapter.fromJson(reader);
      case 10:
        return sessionRateLimitedRunErrorAdapter.fromJson(reader);
      case 11:
        return sessionResourceNotFoundRunErrorAdapter.fromJson(reader);
      case 12:
        return skillNotFoundRunErrorAdapter.fromJson(reader);
      case 13:
        return unknownErrorRunErrorAdapter.fromJson(reader);
      case 14:
        return vaultArchivedRunErrorAdapter.fromJson(reader);
      case 15:
        return vaultNotFoundRunErrorAdapter.fromJson(reader);
      case 16:
        return workspaceArchivedRunErrorAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable RunError value) throws IOException {
    if (value instanceof AgentArchivedRunError) {
      agentArchivedRunErrorAdapter.toJson(writer, (AgentArchivedRunError) value);
      return;
    }
    if (value instanceof EnvironmentArchivedRunError) {
      environmentArchivedRunErrorAdapter.toJson(writer, (EnvironmentArchivedRunError) value);
      return;
    }
    if (value instanceof EnvironmentNotFoundRunError) {
      environmentNotFoundRunErrorAdapter.toJson(writer, (EnvironmentNotFoundRunError) value);
      return;
    }
    if (value instanceof FileNotFoundRunError) {
      fileNotFoundRunErrorAdapter.toJson(writer, (FileNotFoundRunError) value);
      return;
    }
    if (value instanceof McpEgressBlockedRunError) {
      mcpEgressBlockedRunErrorAdapter.toJson(writer, (McpEgressBlockedRunError) value);
      return;
    }
    if (value instanceof MemoryStoreArchivedRunError) {
      memoryStoreArchivedRunErrorAdapter.toJson(writer, (MemoryStoreArchivedRunError) value);
      return;
    }
    if (value instanceof OrganizationDisabledRunError) {
      organizationDisabledRunErrorAdapter.toJson(writer, (OrganizationDisabledRunError) value);
      return;
    }
    if (value instanceof SelfHostedResourcesUnsupportedRunError) {
      selfHostedResourcesUnsupportedRunErrorAdapter.toJson(
          writer, (SelfHostedResourcesUnsupportedRunError) value);
      return;
    }
    if (value instanceof SessionCreationRejectedRunError) {
      sessionCreationRejectedRunErrorAdapter.toJson(
          writer, (SessionCreationRejectedRunError) value);
      return;
    }
    if (value instanceof SessionRateLimitedRunError) {
      sessionRateLimitedRunErrorAdapter.toJson(writer, (SessionRateLimitedRunError) value);
      return;
    }
    if (value instanceof SessionResourceNotFoundRunError) {
      sessionResourceNotFoundRunErrorAdapter.toJson(
          writer, (SessionResourceNotFoundRunError) value);
      return;
    }
    if (value instanceof SkillNotFoundRunError) {
      skillNotFoundRunErrorAdapter.toJson(writer, (SkillNotFoundRunError) value);
      return;
    }
    if (value instanceof UnknownErrorRunError) {
      unknownErrorRunErrorAdapter.toJson(writer, (UnknownErrorRunError) value);
      return;
    }
    if (value instanceof VaultArchivedRunError) {
      vaultArchivedRunErrorAdapter.toJson(writer, (VaultArchivedRunError) value);
      return;
    }
    if (value instanceof VaultNotFoundRunError) {
      vaultNotFoundRunErrorAdapter.toJson(writer, (VaultNotFoundRunError) value);
      return;
    }
    if (value instanceof WorkspaceArchivedRunError) {
      workspaceArchivedRunErrorAdapter.toJson(writer, (WorkspaceArchivedRunError) value);
      return;
    }
    if (value instanceof RunError.Unknown) {
      (((RunError.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a RunError variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(RunError)";
  }
}
