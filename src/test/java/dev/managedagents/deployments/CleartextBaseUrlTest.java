package dev.managedagents.deployments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An {@code http://} base URL sends the API key in clear text: it is refused at {@code build()}
 * unless it names this machine or the user opted in with a setting that says it is insecure.
 */
class CleartextBaseUrlTest {
  private static final String KEY = "sk-ant-cleartext-canary-0123456789";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.example.com",
        "http://10.0.2.2:8080",
        "http://192.168.1.20/v1-proxy/",
        "http://127.example.com",
        "http://localhost.example.com",
        "http://[2001:db8::1]"
      })
  void anHttpUrlOnAnotherHost_isRefusedAtBuild_namingWhyAndTheOptIn(String url) {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                new DeploymentsClient.Builder(Collections.emptyMap())
                    .apiKey(KEY)
                    .baseUrl(url)
                    .build());

    assertEquals("baseUrl", e.getArgument());
    assertTrue(e.getMessage().contains("unencrypted"), e.getMessage());
    assertTrue(e.getMessage().contains("allowInsecureHttp(true)"), e.getMessage());
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:9000/prefix/",
        "http://127.10.20.30",
        "http://[::1]:8080",
        "http://api.localhost",
        "https://api.example.com"
      })
  void loopbackAndHttpsUrls_build(String url) {
    new DeploymentsClient.Builder(Collections.emptyMap()).apiKey(KEY).baseUrl(url).build().close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://api.example.com", "http://10.0.2.2:8080"})
  void theInsecureOptIn_allowsAnHttpUrlOnAnotherHost(String url) {
    DeploymentsClient.Builder builder =
        new DeploymentsClient.Builder(Collections.emptyMap())
            .apiKey(KEY)
            .baseUrl(url)
            .allowInsecureHttp(true);
    assertTrue(builder.toString().contains("allowInsecureHttp=true"), builder.toString());
    builder.build().close();
  }

  @Test
  void anHttpUrlFromTheEnvironment_isRefusedNamingTheVariable() {
    Map<String, String> environment =
        Collections.singletonMap("ANTHROPIC_BASE_URL", "http://proxy.internal:8080");

    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> new DeploymentsClient.Builder(environment).apiKey(KEY).build());

    assertEquals("ANTHROPIC_BASE_URL", e.getArgument());
    assertTrue(
        e.getMessage().startsWith("ANTHROPIC_BASE_URL: is http:// on proxy.internal"),
        e.getMessage());
  }
}
