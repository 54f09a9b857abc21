package dev.managedagents.deployments.bench;

import com.anthropic.core.ObjectMappers;
import com.anthropic.models.beta.deployments.BetaManagedAgentsDeployment;
import com.anthropic.models.beta.deployments.DeploymentCreateParams;
import com.anthropic.models.beta.deployments.DeploymentListPageResponse;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.squareup.moshi.JsonReader;
import dev.managedagents.deployments.DeploymentsJson;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import java.io.IOException;
import okio.Buffer;

/**
 * Decoding and encoding through each client's public API. The official client decodes with the
 * Jackson mapper of its core module ({@code ObjectMappers.jsonMapper()}), which is what its HTTP
 * handlers use; this SDK with {@link DeploymentsJson}.
 */
final class Codecs {
  static final JsonMapper OFFICIAL_MAPPER = ObjectMappers.jsonMapper();

  private Codecs() {}

  static Deployment sdkDeployment(byte[] json) {
    return DeploymentsJson.fromJson(json, Deployment.class);
  }

  static DeploymentPage sdkPage(byte[] json) {
    return DeploymentsJson.fromJson(json, DeploymentPage.class);
  }

  static BetaManagedAgentsDeployment officialDeployment(byte[] json) throws IOException {
    return OFFICIAL_MAPPER.readValue(json, BetaManagedAgentsDeployment.class);
  }

  static DeploymentListPageResponse officialPage(byte[] json) throws IOException {
    return OFFICIAL_MAPPER.readValue(json, DeploymentListPageResponse.class);
  }

  /** The floor: Moshi's reader walking every token of the same bytes and keeping nothing. */
  static int skip(byte[] json) throws IOException {
    JsonReader reader = JsonReader.of(new Buffer().write(json));
    reader.skipValue();
    return reader.peek().ordinal();
  }

  static CreateDeploymentParams sdkCreateParams() {
    return DeploymentsJson.fromJson(Fixtures.CREATE_REQUEST, CreateDeploymentParams.class);
  }

  static DeploymentCreateParams officialCreateParams() throws IOException {
    return DeploymentCreateParams.builder()
        .body(OFFICIAL_MAPPER.readValue(Fixtures.CREATE_REQUEST, DeploymentCreateParams.Body.class))
        .build();
  }

  static String sdkEncode(CreateDeploymentParams params) {
    return DeploymentsJson.toJson(params);
  }

  /** What the official client sends as the body of a create call. */
  static String officialEncode(DeploymentCreateParams params) throws IOException {
    return OFFICIAL_MAPPER.writeValueAsString(params._body());
  }
}
