package dev.managedagents.deployments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.managedagents.deployments.ReliabilitySupport.builder;
import static dev.managedagents.deployments.ReliabilitySupport.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.managedagents.deployments.ReliabilitySupport.RecordingSleeper;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers that are not what the API promises (proxy pages, empty or cut-off bodies, the wrong
 * content, huge bodies) become typed exceptions with the status, the request ID and a bounded
 * excerpt: never a NullPointerException, never a hang.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BadResponseTest {
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PATH = "/v1/deployments/depl_01";
  private static final int HUGE = 5 * 1024 * 1024;

  private DeploymentsClient client;

  @BeforeEach
  void setUp() {
    client = builder("http://127.0.0.1:" + server.getPort(), new RecordingSleeper()).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static void answer(ResponseDefinitionBuilder response) {
    server.stubFor(get(urlPathEqualTo(PATH)).willReturn(response));
  }

  private static ResponseDefinitionBuilder response(int status, String contentType, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", contentType)
        .withHeader("request-id", "req_01Bad")
        .withBody(body);
  }

  private <T extends Throwable> T retrieveFails(Class<T> type) {
    return assertThrows(type, () -> client.deployments().retrieve("depl_01"));
  }

  @Test
  void anHtmlErrorPageFromAProxy_isAnInternalServerExceptionWithAnExcerpt() {
    answer(response(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));

    InternalServerException e = retrieveFails(InternalServerException.class);

    assertEquals(502, e.getStatus());
    assertEquals("req_01Bad", e.getRequestId());
    assertNull(e.getErrorType());
    assertNull(e.getError());
    assertEquals("<html><body><h1>502 Bad Gateway</h1></body></html>", e.getBodyExcerpt());
    assertTrue(e.getMessage().startsWith("502: <html>"), e.getMessage());
  }

  @Test
  void anEmptyErrorBody_saysSo() {
    answer(response(500, "application/json", ""));

    InternalServerException e = retrieveFails(InternalServerException.class);

    assertEquals(500, e.getStatus());
    assertEquals("", e.getBodyExcerpt());
    assertTrue(e.getMessage().contains("(empty body)"), e.getMessage());
    assertTrue(e.getMessage().contains("req_01Bad"), e.getMessage());
  }

  @Test
  void anEmptySuccessBody_isADecodeExceptionWithStatusAndRequestId() {
    answer(response(200, "application/json", ""));

    DecodeException e = retrieveFails(DecodeException.class);

    assertEquals(200, e.getStatus());
    assertEquals("req_01Bad", e.getRequestId());
    assertEquals("Deployment", e.getModel());
    assertEquals("", e.getBodyExcerpt());
    assertTrue(e.getMessage().contains("ends early"), e.getMessage());
  }

  @Test
  void aNoContentAnswer_isADecodeException() {
    answer(aResponse().withStatus(204).withHeader("request-id", "req_01Bad"));

    DecodeException e = retrieveFails(DecodeException.class);

    assertEquals(204, e.getStatus());
    assertEquals("req_01Bad", e.getRequestId());
  }

  @Test
  void truncatedJson_isADecodeExceptionShowingWhatArrived() {
    String full = fixture("deployment-minimal.json");
    String cut = full.substring(0, full.length() / 2);
    answer(response(200, "application/json", cut));

    DecodeException e = retrieveFails(DecodeException.class);

    assertEquals(200, e.getStatus());
    assertEquals(cut, e.getBodyExcerpt());
    assertTrue(e.getMessage().contains("ends early"), e.getMessage());
    assertTrue(e.getMessage().contains("req_01Bad"), e.getMessage());
  }

  @Test
  void htmlWithSuccessStatus_namesTheContentType() {
    answer(response(200, "text/html; charset=utf-8", "<!doctype html><title>Login</title>"));

    DecodeException e = retrieveFails(DecodeException.class);

    assertEquals(200, e.getStatus());
    assertTrue(e.getMessage().contains("content type text/html"), e.getMessage());
    assertTrue(e.getMessage().contains("<!doctype html>"), e.getMessage());
  }

  @Test
  void validJsonUnderTheWrongContentType_isStillRead() {
    answer(response(200, "text/plain", fixture("deployment-minimal.json")));

    assertEquals("depl_01ExampleMin", client.deployments().retrieve("depl_01").getId());
  }

  @Test
  void aSuccessStatusCarryingTheErrorEnvelope_isAnApiException() {
    answer(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"error\":{\"message\":\"Overloaded\",\"type\":\"overloaded_error\"},"
                    + "\"request_id\":\"req_01InBody\",\"type\":\"error\"}"));

    ApiException e = retrieveFails(ApiException.class);

    assertEquals(200, e.getStatus());
    assertEquals("overloaded_error", e.getErrorType());
    assertEquals("req_01InBody", e.getRequestId());
    assertTrue(e.getMessage().contains("Overloaded"), e.getMessage());
  }

  @Test
  void aRunWhoseShapeIsWrong_isNotMistakenForAnErrorEnvelope() {
    // A run has an "error" object too; without "type": "error" it is a broken run, not an envelope.
    server.stubFor(
        get(urlPathEqualTo("/v1/deployment_runs/drun_01"))
            .willReturn(
                response(
                    200,
                    "application/json",
                    "{\"type\":\"deployment_run\",\"error\":{\"type\":\"unknown_error\","
                        + "\"message\":\"m\"}}")));

    DecodeException e =
        assertThrows(DecodeException.class, () -> client.deploymentRuns().retrieve("drun_01"));

    assertEquals("DeploymentRun", e.getModel());
    assertEquals(200, e.getStatus());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "null | Expected BEGIN_OBJECT but was NULL",
        "[] | Expected BEGIN_OBJECT but was BEGIN_ARRAY",
        "{\"id\":true} | at $.id",
        "{} | Required property 'id' missing",
        "\"deployment\" | Expected BEGIN_OBJECT but was STRING",
      })
  void jsonOfTheWrongShape_isADecodeExceptionNamingTheProblem(String body, String expected) {
    answer(response(200, "application/json", body));

    DecodeException e = retrieveFails(DecodeException.class);

    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertEquals(200, e.getStatus());
  }

  @Test
  void aSecondJsonValueAfterTheDeployment_isADecodeException() {
    answer(response(200, "application/json", fixture("deployment-minimal.json") + "{}"));

    DecodeException e = retrieveFails(DecodeException.class);

    assertTrue(e.getMessage().contains("more data after the JSON value"), e.getMessage());
  }

  @Test
  void randomBytesWithSuccessStatus_areADecodeException() {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    answer(aResponse().withStatus(200).withHeader("request-id", "req_01Bad").withBody(junk));

    DecodeException e = retrieveFails(DecodeException.class);

    assertEquals("req_01Bad", e.getRequestId());
    assertTrue(e.getBodyExcerpt().length() <= 2_100);
  }

  @Test
  void aHugeErrorPage_isReadOnlyInPartAndExcerpted() {
    answer(response(503, "text/html", "<html>" + repeat('x', HUGE) + "</html>"));
    long started = System.nanoTime();

    InternalServerException e = retrieveFails(InternalServerException.class);

    assertEquals(503, e.getStatus());
    assertTrue(e.getBodyExcerpt().length() < 2_100, "excerpt " + e.getBodyExcerpt().length());
    assertTrue(e.getBodyExcerpt().endsWith("characters read)"), e.getBodyExcerpt());
    assertTrue(e.getMessage().length() < 400, "message " + e.getMessage().length());
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void aHugeNonJsonSuccessBody_failsFastWithABoundedExcerpt() {
    answer(response(200, "text/html", "<html>" + repeat('y', HUGE) + "</html>"));
    long started = System.nanoTime();

    DecodeException e = retrieveFails(DecodeException.class);

    assertEquals(200, e.getStatus());
    assertTrue(e.getBodyExcerpt().length() < 2_100, "excerpt " + e.getBodyExcerpt().length());
    assertTrue(e.getMessage().length() < 600, "message " + e.getMessage().length());
    assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
  }

  @Test
  void aHugeValidSuccessBody_isRead() {
    String big = repeat('z', HUGE);
    String json =
        fixture("deployment-minimal.json")
            .replace("\"Write the weekly report.\"", "\"" + big + "\"");
    answer(response(200, "application/json", json));

    assertEquals("depl_01ExampleMin", client.deployments().retrieve("depl_01").getId());
  }

  @Test
  void theRequestIdComesFromTheBodyWhenTheHeaderIsMissing() {
    answer(
        aResponse()
            .withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody(fixture("error-envelope.json")));

    NotFoundException e = retrieveFails(NotFoundException.class);

    assertEquals("req_01ExampleRequest", e.getRequestId());
    assertEquals("not_found_error", e.getErrorType());
    assertTrue(e.getMessage().contains("Deployment depl_01X not found."), e.getMessage());
  }

  @Test
  void anUnknownErrorTypeAndStatus_isAPlainApiException() {
    answer(
        response(
            418,
            "application/json",
            "{\"type\":\"error\",\"error\":{\"type\":\"teapot_error\",\"message\":\"No coffee\"}}"));

    ApiException e = retrieveFails(ApiException.class);

    assertEquals(ApiException.class, e.getClass());
    assertEquals(418, e.getStatus());
    assertEquals("teapot_error", e.getErrorType());
  }

  @ParameterizedTest
  @CsvSource({
    "400, dev.managedagents.deployments.BadRequestException",
    "401, dev.managedagents.deployments.AuthenticationException",
    "403, dev.managedagents.deployments.PermissionDeniedException",
    "404, dev.managedagents.deployments.NotFoundException",
    "409, dev.managedagents.deployments.ConflictException",
    "422, dev.managedagents.deployments.UnprocessableEntityException",
    "429, dev.managedagents.deployments.RateLimitException",
    "402, dev.managedagents.deployments.ApiException",
    "413, dev.managedagents.deployments.ApiException",
    "500, dev.managedagents.deployments.InternalServerException",
    "529, dev.managedagents.deployments.InternalServerException",
  })
  void aNonJsonBodyOnAnyErrorStatus_stillGivesTheTypedException(int status, String type)
      throws Exception {
    answer(response(status, "text/plain", "upstream said no"));

    ApiException e = retrieveFails(ApiException.class);

    assertEquals(Class.forName(type), e.getClass());
    assertEquals(status, e.getStatus());
    assertEquals("upstream said no", e.getBodyExcerpt());
    assertEquals("req_01Bad", e.getRequestId());
  }

  @Test
  void aDecodeFailureOfAnAsyncCall_failsTheFutureWithTheSameException() throws Exception {
    answer(response(200, "application/json", "{\"id\":"));

    ExecutionException e =
        assertThrows(
            ExecutionException.class,
            () -> client.deployments().retrieveAsync("depl_01").get(10, TimeUnit.SECONDS));

    DecodeException decode = assertInstanceOf(DecodeException.class, e.getCause());
    assertEquals(200, decode.getStatus());
    assertEquals("{\"id\":", decode.getBodyExcerpt());
  }

  @Test
  void aPageWithABrokenItem_namesWhereInThePage() {
    String page = fixture("deployment-page.json").replace("\"version\":3", "\"version\":\"three\"");
    server.stubFor(
        get(urlPathEqualTo("/v1/deployments"))
            .willReturn(response(200, "application/json", page)));

    DecodeException e = assertThrows(DecodeException.class, () -> client.deployments().list());

    assertEquals("$.data[1].agent.version", e.getJsonPath());
    assertEquals(Arrays.asList("DeploymentPage", 200), Arrays.asList(e.getModel(), e.getStatus()));
  }

  private static String repeat(char c, int count) {
    char[] chars = new char[count];
    Arrays.fill(chars, c);
    return new String(chars);
  }
}
