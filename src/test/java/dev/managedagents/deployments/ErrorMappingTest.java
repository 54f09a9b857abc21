package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.managedagents.deployments.model.ConflictError;
import dev.managedagents.deployments.model.ErrorObject;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each error status becomes its exception type, carrying status, error type, message, request id
 * and headers, whatever the body looks like.
 */
class ErrorMappingTest {
  @RegisterExtension static final StubbedApi server = StubbedApi.create();

  private static void answer(ResponseDefinitionBuilder response) {
    server.stubFor(any(anyUrl()).willReturn(response));
  }

  private static String envelope(String type, String message, String requestId) {
    return "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"},"
        + "\"request_id\":\"" + requestId + "\"}";
  }

  private static ApiException retrieveFails() {
    return assertThrows(ApiException.class, () -> server.client().deployments().retrieve("depl_1"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "400, invalid_request_error, BadRequestException",
    "401, authentication_error,  AuthenticationException",
    "402, billing_error,         ApiException",
    "403, permission_error,      PermissionDeniedException",
    "404, not_found_error,       NotFoundException",
    "409, conflict_error,        ConflictException",
    "413, request_too_large,     ApiException",
    "422, invalid_request_error, UnprocessableEntityException",
    "429, rate_limit_error,      RateLimitException",
    "500, api_error,             InternalServerException",
    "504, timeout_error,         InternalServerException",
    "529, overloaded_error,      InternalServerException",
  })
  void statusMapsToItsExceptionWithEveryDetail(int status, String errorType, String exceptionName) {
    answer(
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withHeader("request-id", "req_01FromHeader")
            .withHeader("X-Custom-Trace", "trace-7")
            .withBody(envelope(errorType, "Something about " + status + ".", "req_01FromHeader")));

    ApiException e = retrieveFails();

    assertEquals(exceptionName, e.getClass().getSimpleName());
    assertEquals(status, e.getStatus());
    assertEquals(errorType, e.getErrorType());
    assertTrue(e.getMessage().contains("Something about " + status + "."), e.getMessage());
    assertTrue(e.getMessage().contains("req_01FromHeader"), e.getMessage());
    assertEquals("req_01FromHeader", e.getRequestId());
    assertEquals(Collections.singletonList("trace-7"), e.getHeaders().get("x-custom-trace"));
    assertEquals(Collections.singletonList("req_01FromHeader"), e.getHeaders().get("Request-Id"));
    assertEquals(errorType, e.getErrorObject().getType());
    assertEquals(e.getErrorObject(), e.getError().getError());
  }

  @Test
  void requestIdComesFromTheBodyWhenTheHeaderIsMissing() {
    answer(
        aResponse()
            .withStatus(409)
            .withHeader("Content-Type", "application/json")
            .withBody(envelope("conflict_error", "Deployment is archived and cannot be modified.", "req_01FromBody")));

    ApiException e = retrieveFails();

    ConflictException conflict = assertInstanceOf(ConflictException.class, e);
    assertEquals("req_01FromBody", conflict.getRequestId());
    assertEquals(
        "Deployment is archived and cannot be modified.",
        assertInstanceOf(ConflictError.class, conflict.getErrorObject()).getMessage());
    assertEquals(
        "409 conflict_error: Deployment is archived and cannot be modified. (request req_01FromBody)",
        conflict.getMessage());
  }

  @Test
  void envelopeFieldsInAnyOrderWithDetailsAreRead() {
    answer(
        aResponse()
            .withStatus(404)
            .withBody(
                "{\"request_id\":\"req_01Order\",\"error\":{\"details\":{\"error_code\":\"environment_not_found\"},"
                    + "\"message\":\"Environment env_1 not found.\",\"type\":\"not_found_error\"},\"type\":\"error\"}"));

    ApiException e = retrieveFails();

    assertInstanceOf(NotFoundException.class, e);
    assertEquals("not_found_error", e.getErrorType());
    assertEquals("Environment env_1 not found.", e.getErrorMessage());
    assertEquals("req_01Order", e.getRequestId());
    assertTrue(e.getMessage().contains("Environment env_1 not found."), e.getMessage());
  }

  @Test
  void errorTypeThisSdkDoesNotKnowStillGivesTypeAndMessage() {
    answer(aResponse().withStatus(400).withBody(envelope("cursor_expired_error", "Cursor expired.", "req_01New")));

    ApiException e = retrieveFails();

    assertInstanceOf(BadRequestException.class, e);
    assertEquals("cursor_expired_error", e.getErrorType());
    assertInstanceOf(ErrorObject.Unknown.class, e.getErrorObject());
    assertTrue(e.getMessage().contains("Cursor expired."), e.getMessage());
  }

  @Test
  void badGatewayWithAnHtmlPageIsAServerErrorWithTheRawBody() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";
    answer(
        aResponse()
            .withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withHeader("request-id", "req_01Proxy")
            .withBody(html));

    ApiException e = retrieveFails();

    assertInstanceOf(InternalServerException.class, e);
    assertEquals(502, e.getStatus());
    assertNull(e.getErrorType());
    assertNull(e.getError());
    assertEquals(html, e.getBodyExcerpt());
    assertEquals("req_01Proxy", e.getRequestId());
    assertTrue(e.getMessage().startsWith("502: <html>"), e.getMessage());
  }

  @Test
  void serverErrorWithAnEmptyBodyStillHasStatusAndRequestId() {
    answer(aResponse().withStatus(503).withHeader("request-id", "req_01Empty"));

    ApiException e = retrieveFails();

    assertInstanceOf(InternalServerException.class, e);
    assertEquals(503, e.getStatus());
    assertEquals("", e.getBodyExcerpt());
    assertEquals("req_01Empty", e.getRequestId());
    assertEquals("503: (empty body) (request req_01Empty)", e.getMessage());
  }

  @Test
  void rateLimitKeepsRetryAfterInItsHeaders() {
    answer(
        aResponse()
            .withStatus(429)
            .withHeader("retry-after", "30")
            .withBody(envelope("rate_limit_error", "Slow down.", "req_01Rate")));

    RateLimitException e = assertInstanceOf(RateLimitException.class, retrieveFails());

    assertEquals(Collections.singletonList("30"), e.getHeaders().get("retry-after"));
  }

  @Test
  void jsonBodyThatIsNotAnEnvelopeIsKeptAsTheExcerpt() {
    answer(aResponse().withStatus(400).withBody("{\"message\":\"bad\"}"));

    ApiException e = retrieveFails();

    assertInstanceOf(BadRequestException.class, e);
    assertNull(e.getErrorType());
    assertEquals("{\"message\":\"bad\"}", e.getBodyExcerpt());
  }

  @Test
  void hugeErrorBodyIsCutToAnExcerpt() {
    answer(aResponse().withStatus(500).withBody("x".repeat(200_000)));

    ApiException e = retrieveFails();

    assertTrue(e.getBodyExcerpt().length() < 3_000, "excerpt length " + e.getBodyExcerpt().length());
    assertTrue(e.getMessage().length() < 500, "message length " + e.getMessage().length());
  }

  @Test
  void everyApiExceptionIsADeploymentsException() {
    answer(aResponse().withStatus(401).withBody(envelope("authentication_error", "Bad key.", "req_01Auth")));

    DeploymentsException e = assertThrows(DeploymentsException.class, () -> server.client().deployments().retrieve("depl_1"));

    assertInstanceOf(AuthenticationException.class, e);
    assertInstanceOf(RuntimeException.class, e);
  }

  @Test
  void errorNeverShowsTheApiKey() {
    answer(aResponse().withStatus(401).withBody(envelope("authentication_error", "Bad key.", "req_01Auth")));

    ApiException e = retrieveFails();

    assertFalse(e.getMessage().contains(TestSupport.API_KEY));
    assertFalse(e.toString().contains(TestSupport.API_KEY));
    assertFalse(String.valueOf(e.getHeaders()).contains(TestSupport.API_KEY));
  }
}
