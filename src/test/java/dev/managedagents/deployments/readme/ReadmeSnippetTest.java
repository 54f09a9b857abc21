package dev.managedagents.deployments.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeSnippetTest {
  @Test
  void readmeJavaQuickStartIsTheCompiledSnippet() throws IOException {
    String readme = Files.readString(Paths.get("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String shown = readme.substring(start, readme.indexOf("```", start));

    List<String> source =
        Files.readAllLines(
            Paths.get("src/test/java/dev/managedagents/deployments/readme/ReadmeJavaSnippet.java"));
    List<String> body =
        source.subList(
            source.indexOf("    // README-BEGIN") + 1, source.indexOf("    // README-END"));
    StringBuilder compiled = new StringBuilder();
    for (String line : body) {
      compiled.append(line.length() >= 4 ? line.substring(4) : line.trim()).append('\n');
    }
    assertEquals(compiled.toString(), shown);
  }
}
