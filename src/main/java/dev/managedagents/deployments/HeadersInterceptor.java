package dev.managedagents.deployments;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Adds the headers every request of this API carries: auth, version, betas and workspace. */
final class HeadersInterceptor implements Interceptor {
  private final String authorization;
  private final String betas;
  private final @Nullable String workspaceId;

  /** {@code betas}: those the caller added to the one every request must name. */
  HeadersInterceptor(String apiKey, Collection<String> betas, @Nullable String workspaceId) {
    Set<String> all = new LinkedHashSet<>();
    all.add(DeploymentsClient.MANAGED_AGENTS_BETA);
    all.addAll(betas);
    this.authorization = "Bearer " + apiKey;
    this.betas = String.join(",", all);
    this.workspaceId = workspaceId == null ? null : Validation.header(workspaceId, "workspaceId");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request.Builder request =
        chain
            .request()
            .newBuilder()
            .header("Authorization", authorization)
            .header("anthropic-version", Operation.API_VERSION)
            .header("anthropic-beta", betas)
            .header("Accept", "application/json")
            .header("User-Agent", DeploymentsClient.USER_AGENT);
    if (workspaceId != null) {
      request.header("anthropic-workspace-id", workspaceId);
    }
    return chain.proceed(request.build());
  }

  /** Whether the client sets the header {@code name} itself on every request. */
  static boolean isManaged(String name) {
    switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "authorization":
      case "x-api-key":
      case "anthropic-version":
      case "anthropic-beta":
      case "anthropic-workspace-id":
        return true;
      default:
        return false;
    }
  }

  /** Never shows the key. */
  @Override
  public String toString() {
    return "HeadersInterceptor{betas=" + betas + ", workspaceId=" + workspaceId + "}";
  }
}
