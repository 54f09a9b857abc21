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
 * Picks the {@link PausedReasonError} variant by {@code type}; unknown values decode to {@link
 * PausedReasonError.Unknown}.
 */
final class PausedReasonErrorJsonAdapter extends JsonAdapter<PausedReasonError> {
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
          "session_resource_not_found_error",
          "skill_not_found_error",
          "unknown_error",
          "vault_archived_error",
          "vault_not_found_error",
          "workspace_archived_error");
  private static final JsonSupport.TagNames TAG_NAMES = new JsonSupport.TagNames(TAG, TYPES);

  private final AgentArchivedPausedReasonErrorJsonAdapter agentArchivedPausedReasonErrorAdapter;
  private final EnvironmentArchivedPausedReasonErrorJsonAdapter
      environmentArchivedPausedReasonErrorAdapter;
  private final EnvironmentNotFoundPausedReasonErrorJsonAdapter
      environmentNotFoundPausedReasonErrorAdapter;
  private final FileNotFoundPausedReasonErrorJsonAdapter fileNotFoundPausedReasonErrorAdapter;
  private final McpEgressBlockedPausedReasonErrorJsonAdapter
      mcpEgressBlockedPausedReasonErrorAdapter;
  private final MemoryStoreArchivedPausedReasonErrorJsonAdapter
      memoryStoreArchivedPausedReasonErrorAdapter;
  private final OrganizationDisabledPausedReasonErrorJsonAdapter
      organizationDisabledPausedReasonErrorAdapter;
  private final SelfHostedResourcesUnsupportedPausedReasonErrorJsonAdapter
      selfHostedResourcesUnsupportedPausedReasonErrorAdapter;
  private final SessionResourceNotFoundPausedReasonErrorJsonAdapter
      sessionResourceNotFoundPausedReasonErrorAdapter;
  private final SkillNotFoundPausedReasonErrorJsonAdapter skillNotFoundPausedReasonErrorAdapter;
  private final UnknownErrorPausedReasonErrorJsonAdapter unknownErrorPausedReasonErrorAdapter;
  private final VaultArchivedPausedReasonErrorJsonAdapter vaultArchivedPausedReasonErrorAdapter;
  private final VaultNotFoundPausedReasonErrorJsonAdapter vaultNotFoundPausedReasonErrorAdapter;
  private final WorkspaceArchivedPausedReasonErrorJsonAdapter
      workspaceArchivedPausedReasonErrorAdapter;

  PausedReasonErrorJsonAdapter(Moshi moshi) {
    this.agentArchivedPausedReasonErrorAdapter =
        new AgentArchivedPausedReasonErrorJsonAdapter(moshi);
    this.environmentArchivedPausedReasonErrorAdapter =
        new EnvironmentArchivedPausedReasonErrorJsonAdapter(moshi);
    this.environmentNotFoundPausedReasonErrorAdapter =
        new EnvironmentNotFoundPausedReasonErrorJsonAdapter(moshi);
    this.fileNotFoundPausedReasonErrorAdapter = new FileNotFoundPausedReasonErrorJsonAdapter(moshi);
    this.mcpEgressBlockedPausedReasonErrorAdapter =
        new McpEgressBlockedPausedReasonErrorJsonAdapter(moshi);
    this.memoryStoreArchivedPausedReasonErrorAdapter =
        new MemoryStoreArchivedPausedReasonErrorJsonAdapter(moshi);
    this.organizationDisabledPausedReasonErrorAdapter =
        new OrganizationDisabledPausedReasonErrorJsonAdapter(moshi);
    this.selfHostedResourcesUnsupportedPausedReasonErrorAdapter =
        new SelfHostedResourcesUnsupportedPausedReasonErrorJsonAdapter(moshi);
    this.sessionResourceNotFoundPausedReasonErrorAdapter =
        new SessionResourceNotFoundPausedReasonErrorJsonAdapter(moshi);
    this.skillNotFoundPausedReasonErrorAdapter =
        new SkillNotFoundPausedReasonErrorJsonAdapter(moshi);
    this.unknownErrorPausedReasonErrorAdapter = new UnknownErrorPausedReasonErrorJsonAdapter(moshi);
    this.vaultArchivedPausedReasonErrorAdapter =
        new VaultArchivedPausedReasonErrorJsonAdapter(moshi);
    this.vaultNotFoundPausedReasonErrorAdapter =
        new VaultNotFoundPausedReasonErrorJsonAdapter(moshi);
    this.workspaceArchivedPausedReasonErrorAdapter =
        new WorkspaceArchivedPausedReasonErrorJsonAdapter(moshi);
  }

  @Override
  public PausedReasonError fromJson(JsonReader reader) throws IOException {
    JsonSupport.InPlaceTags inPlace = JsonSupport.inPlaceTags(reader);
    if (inPlace != null && reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
      // Begins the object and finds its tag wherever it is; the variant reads the rest.
      switch (1 + inPlace.beginObject(reader, TAG_NAMES)) {
        case 1:
          return agentArchivedPausedReasonErrorAdapter.readProperties(reader);
        case 2:
          return environmentArchivedPausedReasonErrorAdapter.readProperties(reader);
        case 3:
          return environmentNotFoundPausedReasonErrorAdapter.readProperties(reader);
        case 4:
          return fileNotFoundPausedReasonErrorAdapter.readProperties(reader);
        case 5:
          return mcpEgressBlockedPausedReasonErrorAdapter.readProperties(reader);
        case 6:
          return memoryStoreArchivedPausedReasonErrorAdapter.readProperties(reader);
        case 7:
          return organizationDisabledPausedReasonErrorAdapter.readProperties(reader);
        case 8:
          return selfHostedResourcesUnsupportedPausedReasonErrorAdapter.readProperties(reader);
        case 9:
          return sessionResourceNotFoundPausedReasonErrorAdapter.readProperties(reader);
        case 10:
          return skillNotFoundPausedReasonErrorAdapter.readProperties(reader);
        case 11:
          return unknownErrorPausedReasonErrorAdapter.readProperties(reader);
        case 12:
          return vaultArchivedPausedReasonErrorAdapter.readProperties(reader);
        case 13:
          return vaultNotFoundPausedReasonErrorAdapter.readProperties(reader);
        case 14:
          return workspaceArchivedPausedReasonErrorAdapter.readProperties(reader);
        default:
          throw new AssertionError();
      }
    }
    JsonReader tag = JsonSupport.peekDiscriminator(reader, TAG, "PausedReasonError");
    // selectString answers -1 for a value not in TYPES, so the known values are cases 1 and up.
    switch (1 + tag.selectString(TYPES)) {
      case 0:
        return new PausedReasonError.Unknown(tag.nextString(), RawJson.read(reader));
      case 1:
        return agentArchivedPausedReasonErrorAdapter.fromJson(reader);
      case 2:
        return environmentArchivedPausedReasonErrorAdapter.fromJson(reader);
      case 3:
        return environmentNotFoundPausedReasonErrorAdapter.fromJson(reader);
      case 4:
        return fileNotFoundPausedReasonErrorAdapter.fromJson(reader);
      case 5:
        return mcpEgressBlockedPausedReasonErrorAdapter.fromJson(reader);
      case 6:
        return memoryStoreArchivedPausedReasonErrorAdapter.fromJson(reader);
      case 7:
        return organizationDisabledPausedReasonErrorAdapter.fromJson(reader);
      case 8:
        return selfHostedResourcesUnsupportedPausedReasonErrorAdapter.fromJson(reader);
      case 9:
        return sessionResourceNotFoundPausedReasonErrorAdapter.fromJson(reader);
      case 10:
        return skillNotFoundPausedReasonErrorAdapter.fromJson(reader);
      case 11:
        return unknownErrorPausedReasonErrorAdapter.fromJson(reader);
      case 12:
        return vaultArchivedPausedReasonErrorAdapter.fromJson(reader);
      case 13:
        return vaultNotFoundPausedReasonErrorAdapter.fromJson(reader);
      case 14:
        return workspaceArchivedPausedReasonErrorAdapter.fromJson(reader);
      default:
        throw new AssertionError();
    }
  }

  @Override
  public void toJson(JsonWriter writer, @Nullable PausedReasonError value) throws IOException {
    if (value instanceof AgentArchivedPausedReasonError) {
      agentArchivedPausedReasonErrorAdapter.toJson(writer, (AgentArchivedPausedReasonError) value);
      return;
    }
    if (value instanceof EnvironmentArchivedPausedReasonError) {
      environmentArchivedPausedReasonErrorAdapter.toJson(
          writer, (EnvironmentArchivedPausedReasonError) value);
      return;
    }
    if (value instanceof EnvironmentNotFoundPausedReasonError) {
      environmentNotFoundPausedReasonErrorAdapter.toJson(
          writer, (EnvironmentNotFoundPausedReasonError) value);
      return;
    }
    if (value instanceof FileNotFoundPausedReasonError) {
      fileNotFoundPausedReasonErrorAdapter.toJson(writer, (FileNotFoundPausedReasonError) value);
      return;
    }
    if (value instanceof McpEgressBlockedPausedReasonError) {
      mcpEgressBlockedPausedReasonErrorAdapter.toJson(
          writer, (McpEgressBlockedPausedReasonError) value);
      return;
    }
    if (value instanceof MemoryStoreArchivedPausedReasonError) {
      memoryStoreArchivedPausedReasonErrorAdapter.toJson(
          writer, (MemoryStoreArchivedPausedReasonError) value);
      return;
    }
    if (value instanceof OrganizationDisabledPausedReasonError) {
      organizationDisabledPausedReasonErrorAdapter.toJson(
          writer, (OrganizationDisabledPausedReasonError) value);
      return;
    }
    if (value instanceof SelfHostedResourcesUnsupportedPausedReasonError) {
      selfHostedResourcesUnsupportedPausedReasonErrorAdapter.toJson(
          writer, (SelfHostedResourcesUnsupportedPausedReasonError) value);
      return;
    }
    if (value instanceof SessionResourceNotFoundPausedReasonError) {
      sessionResourceNotFoundPausedReasonErrorAdapter.toJson(
          writer, (SessionResourceNotFoundPausedReasonError) value);
      return;
    }
    if (value instanceof SkillNotFoundPausedReasonError) {
      skillNotFoundPausedReasonErrorAdapter.toJson(writer, (SkillNotFoundPausedReasonError) value);
      return;
    }
    if (value instanceof UnknownErrorPausedReasonError) {
      unknownErrorPausedReasonErrorAdapter.toJson(writer, (UnknownErrorPausedReasonError) value);
      return;
    }
    if (value instanceof VaultArchivedPausedReasonError) {
      vaultArchivedPausedReasonErrorAdapter.toJson(writer, (VaultArchivedPausedReasonError) value);
      return;
    }
    if (value instanceof VaultNotFoundPausedReasonError) {
      vaultNotFoundPausedReasonErrorAdapter.toJson(writer, (VaultNotFoundPausedReasonError) value);
      return;
    }
    if (value instanceof WorkspaceArchivedPausedReasonError) {
      workspaceArchivedPausedReasonErrorAdapter.toJson(
          writer, (WorkspaceArchivedPausedReasonError) value);
      return;
    }
    if (value instanceof PausedReasonError.Unknown) {
      (((PausedReasonError.Unknown) value).getJson()).write(writer);
      return;
    }
    if (value == null) {
      writer.nullValue();
      return;
    }
    throw new JsonDataException(
        "Not a PausedReasonError variant of this SDK: " + value.getClass().getName());
  }

  @Override
  public String toString() {
    return "JsonAdapter(PausedReasonError)";
  }
}
