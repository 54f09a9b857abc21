package dev.managedagents.deployments.bench;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.models.beta.deployments.BetaManagedAgentsDeployment;
import com.anthropic.models.beta.deployments.DeploymentListPage;
import com.anthropic.models.beta.deployments.DeploymentListParams;
import com.squareup.moshi.JsonReader;
import dev.managedagents.deployments.DeploymentsClient;
import dev.managedagents.deployments.ListDeploymentsParams;
import dev.managedagents.deployments.Page;
import dev.managedagents.deployments.model.Deployment;
import java.io.IOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** The three ways to call the loopback server: this SDK, the official client, and plain OkHttp. */
final class Clients implements AutoCloseable {
  static final String API_KEY = "sk-ant-benchmark-not-a-key";
  // A broken server fails the run in seconds instead of hanging it; a loopback call takes microseconds.
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  final DeploymentsClient sdk;
  final AnthropicClient official;
  final OkHttpClient plain;
  final Request plainRetrieve;
  final Request plainList;
  final ListDeploymentsParams sdkList = ListDeploymentsParams.builder().limit(100).build();
  final DeploymentListParams officialList = DeploymentListParams.builder().limit(100).build();

  Clients(String baseUrl) {
    sdk = sdkBuilder(baseUrl).build();
    official = AnthropicOkHttpClient.builder().apiKey(API_KEY).baseUrl(baseUrl).timeout(TIMEOUT).build();
    plain = new OkHttpClient.Builder().callTimeout(TIMEOUT).build();
    plainRetrieve = apiRequest(baseUrl + "/v1/deployments/" + Fixtures.DEPLOYMENT_ID);
    plainList = apiRequest(baseUrl + "/v1/deployments?limit=100");
  }

  /** This SDK's client as the benchmarks build it: API key, base URL and timeout, nothing else. */
  static DeploymentsClient.Builder sdkBuilder(String baseUrl) {
    return DeploymentsClient.builder().apiKey(API_KEY).baseUrl(baseUrl).timeout(TIMEOUT);
  }

  /** A GET with the headers the API requires, so the floor's server does the same work as for the clients. */
  static Request apiRequest(String url) {
    return new Request.Builder()
        .url(url)
        .header("Authorization", "Bearer " + API_KEY)
        .header("anthropic-version", "2026-10-21")
        .header("anthropic-beta", "managed-agents-2026-04-01")
        .header("Accept", "application/json")
        .build();
  }

  Deployment sdkRetrieve() {
    return sdk.deployments().retrieve(Fixtures.DEPLOYMENT_ID);
  }

  BetaManagedAgentsDeployment officialRetrieve() {
    return official.beta().deployments().retrieve(Fixtures.DEPLOYMENT_ID);
  }

  long plainRetrieve() throws IOException {
    return plainCall(plainRetrieve);
  }

  Page<Deployment> sdkList() {
    return sdk.deployments().list(sdkList);
  }

  DeploymentListPage officialList() {
    return official.beta().deployments().list(officialList);
  }

  long plainList() throws IOException {
    return plainCall(plainList);
  }

  /**
   * The floor: the API's request with plain OkHttp, and Moshi's {@code skipValue()} over the body as
   * it streams in, keeping nothing: no client can decode a response with less work. Answers the
   * body's length.
   */
  private long plainCall(Request request) throws IOException {
    return plainCall(plain, request);
  }

  static long plainCall(OkHttpClient http, Request request) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return skipBody(response);
    }
  }

  /** The floor's reading of an answer: its status, and {@code skipValue()} over the body. */
  static long skipBody(Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
    ResponseBody body = response.body();
    JsonReader reader = JsonReader.of(body.source());
    reader.skipValue();
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IOException("More than one JSON value");
    }
    return body.contentLength();
  }

  /** Fails unless each way got the whole, right answer: a benchmark of a failing call measures nothing. */
  void check() throws IOException {
    Fixtures.require(sdkRetrieve().getId().equals(Fixtures.DEPLOYMENT_ID), "SDK retrieve");
    Fixtures.require(officialRetrieve().id().equals(Fixtures.DEPLOYMENT_ID), "official retrieve");
    Fixtures.require(plainRetrieve() == Fixtures.DEPLOYMENT.length, "plain retrieve");
    Fixtures.require(sdkList().getData().size() == Fixtures.PAGE_SIZE, "SDK list");
    Fixtures.require(officialList().items().size() == Fixtures.PAGE_SIZE, "official list");
    Fixtures.require(plainList() == Fixtures.PAGE.length, "plain list");
  }

  @Override
  public void close() {
    sdk.close();
    official.close();
    plain.dispatcher().executorService().shutdown();
    plain.connectionPool().evictAll();
  }
}
