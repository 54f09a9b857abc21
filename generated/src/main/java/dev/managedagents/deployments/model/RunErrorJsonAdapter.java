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

  private final JsonAdapter<AgentArchivedRunError> agentArchivedRunErrorAdapter;
  private final JsonAdapter<EnvironmentArchivedRunError> environmentArchivedRunErrorAdapter;
  private final JsonAdapter<EnvironmentNotFoundRunError> environmentNotFoundRunErrorAdapter;
  private final JsonAdapter<FileNotFoundRunError> fileNotFoundRunErrorAdapter;
  private final JsonAdapter<McpEgressBlockedRunError> mcpEgressBlockedRunErrorAdapter;
  private final JsonAdapter<MemoryStoreArchivedRunError> memoryStoreArchivedRunErrorAdapter;
  private final JsonAdapter<OrganizationDisabledRunError> organizationDisabledRunErrorAdapter;
  private final JsonAdapter<SelfHostedResourcesUnsupportedRunError>
      selfHostedResourcesUnsupportedRunErrorAdapter;
  private final JsonAdapter<SessionCreationRejectedRunError> sessionCreationRejectedRunErrorAdapter;
  private final JsonAdapter<SessionRateLimitedRunError> sessionRateLimitedRunErrorAdapter;
  private final JsonAdapter<SessionResourceNotFoundRunError> sessionResourceNotFoundRunErrorAdapter;
  private final JsonAdapter<SkillNotFoundRunError> skillNotFoundRunErrorAdapter;
  private final JsonAdapter<UnknownErrorRunError> unknownErrorRunErrorAdapter;
  private final JsonAdapter<VaultArchivedRunError> vaultArchivedRunErrorAdapter;
  private final JsonAdapter<VaultNotFoundRunError> vaultNotFoundRunErrorAdapter;
  private final JsonAdapter<WorkspaceArchivedRunError> workspaceArchivedRunErrorAdapter;

  RunErrorJsonAdapter(Moshi moshi) {
    this.agentArchivedRunErrorAdapter = moshi.adapter(AgentArchivedRunError.class);
    this.environmentArchivedRunErrorAdapter = moshi.adapter(EnvironmentArchivedRunError.class);
    this.environmentNotFoundRunErrorAdapter = moshi.adapter(EnvironmentNotFoundRunError.class);
    this.fileNotFoundRunErrorAdapter = moshi.adapter(FileNotFoundRunError.class);
    this.mcpEgressBlockedRunErrorAdapter = moshi.adapter(McpEgressBlockedRunError.class);
    this.memoryStoreArchivedRunErrorAdapter = moshi.adapter(MemoryStoreArchivedRunError.class);
    this.organizationDisabledRunErrorAdapter = moshi.adapter(OrganizationDisabledRunError.class);
    this.selfHostedResourcesUnsupportedRunErrorAdapter =
        moshi.adapter(SelfHostedResourcesUnsupportedRunError.class);
    this.sessionCreationRejectedRunErrorAdapter =
        moshi.adapter(SessionCreationRejectedRunError.class);
    this.sessionRateLimitedRunErrorAdapter = moshi.adapter(SessionRateLimitedRunError.class);
    this.sessionResourceNotFoundRunErrorAdapter =
        moshi.adapter(SessionResourceNotFoundRunError.class);
    this.skillNotFoundRunErrorAdapter = moshi.adapter(SkillNotFoundRunError.class);
    this.unknownErrorRunErrorAdapter = moshi.adapter(UnknownErrorRunError.class);
    this.vaultArchivedRunErrorAdapter = moshi.adapter(VaultArchivedRunError.class);
    this.vaultNotFoundRunErrorAdapter = moshi.adapter(VaultNotFoundRunError.class);
    this.workspaceArchivedRunErrorAdapter = moshi.adapter(WorkspaceArchivedRunError.class);
  }

  @Override
  public RunError fromJson(JsonReader reader) throws IOException {
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
