package dev.managedagents.deployments;

import dev.managedagents.deployments.model.AgentParam;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.CronScheduleParam;
import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.TextBlock;
import dev.managedagents.deployments.model.UserMessageEventParam;
import dev.managedagents.deployments.testing.LocalDeploymentsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A local server with its clock standing still at {@link #START}, a client pointed at it that
 * records its retry waits instead of sleeping, and raw HTTP for what the client would refuse to
 * send. One per test; close it afterwards.
 */
final class LocalServerFixture implements AutoCloseable {
  /** A Monday in winter: Europe/Berlin is UTC+1. */
  static final Instant START = Instant.parse("2026-11-02T10:00:00Z");

  private static final OkHttpClient RAW_HTTP = new OkHttpClient();

  final LocalDeploymentsServer server;
  final DeploymentsClient client;
  final List<Duration> retryWaits = Collections.synchronizedList(new ArrayList<>());

  LocalServerFixture() {
    server = LocalDeploymentsServer.builder().startTime(START).start();
    client = clientBuilder().apiKey(server.apiKey()).build();
  }

  /** A client for this server without a key yet, that records retry waits. */
  DeploymentsClient.Builder clientBuilder() {
    return DeploymentsClient.builder().baseUrl(server.baseUrl()).sleeper(retryWaits::add);
  }

  Deployments deployments() {
    return client.deployments();
  }

  DeploymentRuns runs() {
    return client.deploymentRuns();
  }

  /** The smallest valid create request. */
  static CreateDeploymentParams.Builder minimalParams(String name) {
    return CreateDeploymentParams.builder()
        .agent(AgentParam.id("agent_01Example"))
        .environmentId("env_01Example")
        .name(name)
        .initialEvents(
            Collections.singletonList(
                UserMessageEventParam.builder()
                    .content(Collections.singletonList(TextBlock.builder().text("Go.").build()))
                    .build()));
  }

  static CronScheduleParam cron(String expression, String timezone) {
    return CronScheduleParam.builder().expression(expression).timezone(timezone).build();
  }

  /** An answer to a raw request: status, headers and body. */
  static final class RawResponse {
    final int status;
    final okhttp3.Headers headers;
    final String body;

    RawResponse(int status, okhttp3.Headers headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    ErrorEnvelope envelope() {
      return DeploymentsJson.fromJson(body, ErrorEnvelope.class);
    }

    String errorType() {
      return envelope().getError().getType();
    }

    String message() {
      String message = envelope().getError().getMessage();
      return message == null ? "" : message;
    }
  }

  /** A request with the headers the client sends (key, version, beta). */
  Request.Builder rawRequest(String method, String pathAndQuery, String jsonBody) {
    return new Request.Builder()
        .url(server.baseUrl() + pathAndQuery)
        .method(
            method,
            method.equals("GET") ? null : RequestBody.create(jsonBody, MediaType.get("application/json")))
        .header("Authorization", "Bearer " + server.apiKey())
        .header("anthropic-version", "2026-10-21")
        .header("anthropic-beta", DeploymentsClient.MANAGED_AGENTS_BETA);
  }

  RawResponse raw(String method, String pathAndQuery, String jsonBody) {
    return send(rawRequest(method, pathAndQuery, jsonBody).build());
  }

  static RawResponse send(Request request) {
    try (Response response = RAW_HTTP.newCall(request).execute()) {
      return new RawResponse(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    client.close();
    server.close();
  }
}
