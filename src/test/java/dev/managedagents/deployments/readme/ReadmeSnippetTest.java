package dev.managedagents.deployments.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's Java blocks are exactly the compiled regions of ReadmeJavaSnippet, in order. */
class ReadmeSnippetTest {
  @Test
  void everyReadmeJavaBlockIsACompiledSnippet() throws IOException {
    assertEquals(compiledSnippets(), readmeJavaBlocks());
  }

  @Test
  void theServiceSnippetBuildsAWorkingClient() throws Exception {
    try (dev.managedagents.deployments.testing.LocalDeploymentsServer server =
            dev.managedagents.deployments.testing.LocalDeploymentsServer.start();
        dev.managedagents.deployments.DeploymentsClient client = ReadmeJavaSnippet.service(server.apiKey())) {
      // The snippet's client has the default base URL; the same settings against the local server:
      assertEquals("DeploymentsClient{baseUrl=https://api.anthropic.com/}", client.toString());
    }
  }

  private static List<String> readmeJavaBlocks() throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    for (int start = readme.indexOf("```java\n"); start >= 0; start = readme.indexOf("```java\n", start)) {
      start += "```java\n".length();
      int end = readme.indexOf("```", start);
      blocks.add(readme.substring(start, end));
      start = end;
    }
    return blocks;
  }

  private static List<String> compiledSnippets() throws IOException {
    List<String> snippets = new ArrayList<>();
    StringBuilder snippet = null;
    for (String line :
        Files.readAllLines(
            Paths.get("src/test/java/dev/managedagents/deployments/readme/ReadmeJavaSnippet.java"))) {
      if (line.trim().startsWith("// README-BEGIN")) {
        snippet = new StringBuilder();
      } else if (line.trim().startsWith("// README-END")) {
        snippets.add(snippet.toString());
        snippet = null;
      } else if (snippet != null) {
        snippet.append(line.length() >= 4 ? line.substring(4) : line.trim()).append('\n');
      }
    }
    return snippets;
  }
}
