package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okhttp3.MediaType;

/** Clients pointed at a WireMock server, fixtures, and JSON comparison for the tests. */
final class TestSupport {
  static final String API_KEY = "sk-ant-test-0123456789";
  static final String WORKSPACE_ID = "wrkspc_01ExampleWorkspace";

  /**
   * The OkHttp client every call of {@code client} goes through; read from outside, since the
   * SDK's jar has no accessor for tests.
   */
  static okhttp3.OkHttpClient httpClient(DeploymentsClient client) {
    return transport(client).http();
  }

  /** The whole-call timeout calls of {@code client} start with. */
  static java.time.Duration timeout(DeploymentsClient client) {
    return transport(client).timeout;
  }

  private static Transport transport(DeploymentsClient client) {
    try {
      java.lang.reflect.Field field = DeploymentsClient.class.getDeclaredField("transport");
      field.setAccessible(true);
      return (Transport) field.get(client);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
  static final String EXTRA_BETA = "files-api-2025-04-14";
  static final String JSON = "application/json";

  private static final JsonAdapter<Object> ANY_JSON = new Moshi.Builder().build().adapter(Object.class);

  private TestSupport() {}

  /**
   * A builder that ignores the environment (so a developer's ANTHROPIC_* variables change nothing)
   * and never retries.
   */
  static DeploymentsClient.Builder clientBuilder(WireMockExtension server) {
    return new DeploymentsClient.Builder(Collections.emptyMap())
        .apiKey(API_KEY)
        .baseUrl(server.baseUrl())
        .maxRetries(0);
  }

  static DeploymentsClient client(WireMockExtension server) {
    return clientBuilder(server).build();
  }

  /** A fixture from src/test/resources/fixtures, as text. */
  static String fixture(String name) {
    try (InputStream in = TestSupport.class.getResourceAsStream("/fixtures/" + name)) {
      assertNotNull(in, "fixture " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON into maps, lists, strings, doubles, booleans and nulls, to compare documents. */
  static Object parseJson(String json) {
    try {
      return ANY_JSON.fromJson(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Same JSON document, ignoring whitespace and the order of object members. */
  static void assertJsonEquals(String expected, String actual) {
    assertEquals(parseJson(expected), parseJson(actual), () -> "expected " + expected + "\nbut was " + actual);
  }

  /** Answers every request with {@code status} and a JSON body (and a request id). */
  static void respond(WireMockExtension server, int status, String body) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", JSON)
                    .withHeader("request-id", "req_01ExampleRequest")
                    .withBody(body)));
  }

  /** The headers every request of this API carries, for a client built with the workspace and extra beta. */
  static void assertStandardHeaders(LoggedRequest request) {
    assertEquals("Bearer " + API_KEY, single(request, "Authorization"));
    assertEquals("2026-10-21", single(request, "anthropic-version"));
    assertEquals("managed-agents-2026-04-01," + EXTRA_BETA, single(request, "anthropic-beta"));
    assertEquals(WORKSPACE_ID, single(request, "anthropic-workspace-id"));
    assertEquals(JSON, single(request, "Accept"));
  }

  /** A JSON body, declared as such, equal to {@code expectedJson}. */
  static void assertJsonBody(String expectedJson, LoggedRequest request) {
    assertJsonContentType(request);
    assertJsonEquals(expectedJson, request.getBodyAsString());
  }

  /** {@code Content-Type: application/json} in UTF-8, whatever the case of the charset name. */
  static void assertJsonContentType(LoggedRequest request) {
    MediaType type = MediaType.get(single(request, "Content-Type"));
    assertEquals("application/json", type.type() + "/" + type.subtype());
    assertEquals(StandardCharsets.UTF_8, type.charset());
  }

  /** A bodiless request: no bytes and no Content-Type. */
  static void assertNoBody(LoggedRequest request) {
    assertEquals(0, request.getBody().length, "body length");
    assertFalse(request.containsHeader("Content-Type"), "Content-Type sent without a body");
  }

  /** The value of a header that must be sent exactly once. */
  static String single(LoggedRequest request, String name) {
    assertTrue(request.containsHeader(name), name + " missing");
    List<String> values = request.getHeaders().getHeader(name).values();
    assertEquals(1, values.size(), name + " sent more than once: " + values);
    return values.get(0);
  }

  /** Every request the server received, oldest first. */
  static List<LoggedRequest> requests(WireMockExtension server) {
    List<LoggedRequest> requests = new ArrayList<>();
    for (ServeEvent event : server.getAllServeEvents()) {
      requests.add(event.getRequest());
    }
    Collections.reverse(requests);
    return requests;
  }

  /** The one request the server received; fails if there were none or several. */
  static LoggedRequest onlyRequest(WireMockExtension server) {
    List<LoggedRequest> requests = requests(server);
    assertEquals(1, requests.size(), "requests received");
    return requests.get(0);
  }
}
