package dev.managedagents.deployments.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.managedagents.deployments.model.CreateDeploymentParams;
import dev.managedagents.deployments.model.Deployment;
import dev.managedagents.deployments.model.DeploymentPage;
import dev.managedagents.deployments.model.DeploymentRun;
import dev.managedagents.deployments.model.DeploymentRunPage;
import dev.managedagents.deployments.model.DeploymentStatus;
import dev.managedagents.deployments.model.ErrorEnvelope;
import dev.managedagents.deployments.model.ErrorObject;
import dev.managedagents.deployments.model.TriggerType;
import dev.managedagents.deployments.model.UpdateDeploymentParams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP face of the server: checks the headers every request needs, routes the ten operations,
 * reads and writes bodies with the generated adapters, and answers every refusal with the error
 * envelope and a request ID.
 */
final class ApiHandler implements HttpHandler {
  private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

  /** A status and the JSON to send with it. */
  private static final class Answer {
    final int status;
    final byte[] body;
    final @Nullable Duration retryAfter;
    /** Sends {@code x-should-retry: false}: a refusal that the same request will meet again. */
    boolean isFinal;

    Answer(int status, byte[] body, @Nullable Duration retryAfter) {
      this.status = status;
      this.body = body;
      this.retryAfter = retryAfter;
    }
  }

  private final Store store;
  private final Ids ids;
  private final @Nullable String apiKey;
  private final Deque<Fault> faults;
  private final AtomicInteger requests;

  ApiHandler(Store store, Ids ids, @Nullable String apiKey, Deque<Fault> faults, AtomicInteger requests) {
    this.store = store;
    this.ids = ids;
    this.apiKey = apiKey;
    this.faults = faults;
    this.requests = requests;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String requestId = ids.next("req_");
    try {
      byte[] body = readBody(exchange.getRequestBody());
      Fault fault;
      synchronized (faults) {
        fault = faults.poll();
      }
      if (fault != null && fault.kind == Fault.Kind.DROP_CONNECTION) {
        return; // Closing before any response header makes the server drop the connection.
      }
      Answer answer;
      if (fault != null && fault.kind == Fault.Kind.ERROR) {
        answer = error(fault.status, fault.errorType, fault.message, requestId, fault.retryAfter);
      } else {
        answer = answer(exchange, body, requestId);
        if (fault != null && fault.kind == Fault.Kind.DROP_RESPONSE) {
          return;
        }
      }
      send(exchange, answer, requestId);
    } finally {
      exchange.close();
    }
  }

  private Answer answer(HttpExchange exchange, byte @Nullable [] body, String requestId) {
    try {
      if (body == null) {
        throw new ApiFailure(
            413, "request_too_large", "The request body exceeds " + MAX_BODY_BYTES + " bytes.");
      }
      checkHeaders(exchange.getRequestHeaders());
      return new Answer(200, route(exchange, body), null);
    } catch (ApiFailure failure) {
      Answer refusal = error(failure.status, failure.errorType, failure.getMessage(), requestId, null);
      // The server's own refusals are final; without the hint a client would retry a 409.
      refusal.isFinal = true;
      return refusal;
    } catch (RuntimeException bug) {
      return error(500, "api_error", "Internal server error: " + bug, requestId, null);
    }
  }

  private void checkHeaders(Headers headers) {
    String authorization = headers.getFirst("Authorization");
    if (authorization == null || !authorization.startsWith("Bearer ") || authorization.length() == 7) {
      throw new ApiFailure(
          401, "authentication_error", "Missing API key: send it as Authorization: Bearer <key>.");
    }
    if (apiKey != null && !apiKey.equals(authorization.substring(7))) {
      throw new ApiFailure(401, "authentication_error", "Invalid API key.");
    }
    if (headers.getFirst("anthropic-version") == null) {
      throw ApiFailure.invalid("anthropic-version", "header is required");
    }
    List<String> betas = headers.get("anthropic-beta");
    boolean hasBeta = false;
    if (betas != null) {
      for (String header : betas) {
        for (String beta : header.split(",")) {
          hasBeta |= beta.trim().equals(Spec.BETA);
        }
      }
    }
    if (!hasBeta) {
      throw ApiFailure.invalid(
          "anthropic-beta", "this endpoint requires the beta header value " + Spec.BETA);
    }
  }

  /**
   * Finds the operation in the generated route table: a path no route has is 404, a known path with
   * another method 405.
   */
  private byte[] route(HttpExchange exchange, byte[] body) {
    String method = exchange.getRequestMethod();
    String rawPath = exchange.getRequestURI().getRawPath();
    List<String> path = segments(rawPath);
    boolean knownPath = false;
    for (Route route : Route.values()) {
      List<String> parameters = route.match(path);
      if (parameters == null) {
        continue;
      }
      knownPath = true;
      if (route.method.equals(method)) {
        return answer(route, parameters, new Query(exchange.getRequestURI().getRawQuery()), body);
      }
    }
    if (knownPath) {
      throw new ApiFailure(
          405, "invalid_request_error", "Method " + method + " is not allowed on " + rawPath + ".");
    }
    throw ApiFailure.notFound("No such endpoint: " + method + " " + rawPath);
  }

  /** Carries out one operation; one the spec has but this server does not implement yet is 501. */
  private byte[] answer(Route route, List<String> parameters, Query query, byte[] body) {
    switch (route) {
      case CREATE_DEPLOYMENT:
        CreateDeploymentParams params = WireJson.decode(body, CreateDeploymentParams.class);
        RequestCheck.create(params);
        return WireJson.encode(store.create(params), Deployment.class);
      case LIST_DEPLOYMENTS:
        return WireJson.encode(listDeployments(query, route), DeploymentPage.class);
      case RETRIEVE_DEPLOYMENT:
        return WireJson.encode(store.retrieve(parameters.get(0)), Deployment.class);
      case UPDATE_DEPLOYMENT:
        Map<String, @Nullable Object> members = WireJson.members(body);
        UpdateDeploymentParams patch = WireJson.decode(body, UpdateDeploymentParams.class);
        RequestCheck.update(patch, members);
        return WireJson.encode(store.update(parameters.get(0), patch), Deployment.class);
      case ARCHIVE_DEPLOYMENT:
        return WireJson.encode(store.archive(parameters.get(0)), Deployment.class);
      case PAUSE_DEPLOYMENT:
        return WireJson.encode(store.pause(parameters.get(0)), Deployment.class);
      case UNPAUSE_DEPLOYMENT:
        return WireJson.encode(store.unpause(parameters.get(0)), Deployment.class);
      case RUN_DEPLOYMENT:
        return WireJson.encode(store.run(parameters.get(0)), DeploymentRun.class);
      case LIST_DEPLOYMENT_RUNS:
        return WireJson.encode(listRuns(query, route), DeploymentRunPage.class);
      case RETRIEVE_DEPLOYMENT_RUN:
        return WireJson.encode(store.retrieveRun(parameters.get(0)), DeploymentRun.class);
      default:
        throw notImplemented(route);
    }
  }

  /** For an operation added to the spec that this server does not carry out yet. */
  static ApiFailure notImplemented(Route route) {
    return new ApiFailure(
        501,
        "not_implemented_error",
        "The local server does not implement "
            + route.id
            + " ("
            + route.method
            + ") yet; see generator-templates/README.md, \"Adding an operation\".");
  }

  private DeploymentPage listDeployments(Query query, Route route) {
    Store.DeploymentFilter filter = new Store.DeploymentFilter();
    filter.agentId = query.string("agent_id");
    filter.createdAtGte = query.timestamp("created_at[gte]");
    filter.createdAtLte = query.timestamp("created_at[lte]");
    Boolean includeArchived = query.bool("include_archived");
    filter.includeArchived = Boolean.TRUE.equals(includeArchived);
    String status = query.oneOf("status", Spec.values(DeploymentStatus.class));
    if (status != null && includeArchived != null) {
      throw ApiFailure.invalid("status", "cannot be combined with include_archived");
    }
    filter.status = status == null ? null : DeploymentStatus.of(status);
    int limit = query.limit(route);
    String page = query.string("page");
    return store.list(filter, limit, page == null ? null : Cursor.decode(page, "deployments"));
  }

  private DeploymentRunPage listRuns(Query query, Route route) {
    Store.RunFilter filter = new Store.RunFilter();
    filter.deploymentId = query.string("deployment_id");
    filter.createdAtGt = query.timestamp("created_at[gt]");
    filter.createdAtGte = query.timestamp("created_at[gte]");
    filter.createdAtLt = query.timestamp("created_at[lt]");
    filter.createdAtLte = query.timestamp("created_at[lte]");
    filter.hasError = query.bool("has_error");
    String trigger = query.oneOf("trigger_type", Spec.values(TriggerType.class));
    filter.triggerType = trigger == null ? null : TriggerType.of(trigger);
    int limit = query.limit(route);
    String page = query.string("page");
    return store.listRuns(filter, limit, page == null ? null : Cursor.decode(page, "deployment_runs"));
  }

  /** The path's segments, each percent-decoded on its own so that an encoded "/" stays in its ID. */
  private static List<String> segments(String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String segment : rawPath.split("/", -1)) {
      segments.add(Query.decode(segment));
    }
    // "/v1/deployments" splits into "", "v1", "deployments".
    if (!segments.isEmpty() && segments.get(0).isEmpty()) {
      segments.remove(0);
    }
    return segments;
  }

  /** The body, or null when it is larger than the server takes. */
  private static byte @Nullable [] readBody(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    boolean tooLarge = false;
    for (int read; (read = in.read(buffer)) != -1; ) {
      if (body.size() + read > MAX_BODY_BYTES) {
        tooLarge = true; // Keep reading, so that the client gets the answer rather than a reset.
      } else {
        body.write(buffer, 0, read);
      }
    }
    return tooLarge ? null : body.toByteArray();
  }

  private static Answer error(
      int status, String type, String message, String requestId, @Nullable Duration retryAfter) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", type);
    error.put("message", message);
    ErrorEnvelope envelope =
        ErrorEnvelope.builder()
            .error(WireJson.fromValue(error, ErrorObject.class))
            .requestId(requestId)
            .build();
    return new Answer(status, WireJson.encode(envelope, ErrorEnvelope.class), retryAfter);
  }

  private static void send(HttpExchange exchange, Answer answer, String requestId) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", "application/json");
    headers.set("request-id", requestId);
    if (answer.isFinal) {
      headers.set("x-should-retry", "false");
    }
    if (answer.retryAfter != null) {
      long millis = answer.retryAfter.toMillis();
      headers.set("retry-after-ms", Long.toString(millis));
      headers.set("retry-after", Long.toString((millis + 999) / 1000));
    }
    exchange.sendResponseHeaders(answer.status, answer.body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer.body);
    }
  }
}
