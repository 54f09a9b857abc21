package dev.managedagents.deployments.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Java blocks are exactly the compiled regions of ReadmeJavaSnippet, in order, and its
 * Kotlin block the region of ReadmeKotlinSnippet.kt (which KotlinReadmeTest runs).
 */
class ReadmeSnippetTest {
  @Test
  void everyReadmeJavaBlockIsACompiledSnippet() throws IOException {
    assertEquals(
        compiledSnippets("src/test/java/dev/managedagents/deployments/readme/ReadmeJavaSnippet.java"),
        readmeBlocks("java"));
  }

  @Test
  void theReadmeKotlinBlockIsACompiledSnippet() throws IOException {
    assertEquals(compiledSnippets("src/test/kotlin/example/kotlinapp/ReadmeKotlinSnippet.kt"), readmeBlocks("kotlin"));
  }

  private static List<String> readmeBlocks(String language) throws IOException {
    String readme = new String(Files.readAllBytes(Paths.get("README.md")), StandardCharsets.UTF_8);
    String fence = "```" + language + "\n";
    List<String> blocks = new ArrayList<>();
    for (int start = readme.indexOf(fence); start >= 0; start = readme.indexOf(fence, start)) {
      start += fence.length();
      int end = readme.indexOf("```", start);
      blocks.add(readme.substring(start, end));
      start = end;
    }
    return blocks;
  }

  private static List<String> compiledSnippets(String file) throws IOException {
    List<String> snippets = new ArrayList<>();
    StringBuilder snippet = null;
    for (String line :
        Files.readAllLines(Paths.get(file))) {
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
