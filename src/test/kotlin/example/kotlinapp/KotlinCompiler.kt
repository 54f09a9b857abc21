package example.kotlinapp

import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.Paths
import java.util.concurrent.TimeUnit

/**
 * The Kotlin compiler as a user's build runs it on code that calls the Kotlin artifact: Kotlin 2.2
 * (the oldest the artifact supports), default options (JSpecify nullness is strict by default), the
 * SDK, its runtime classpath and kotlinx-coroutines. It runs in a JVM of its own, from the jars the
 * build copies to `target/kotlin-compiler`, since it needs a newer kotlin-stdlib than the tests'.
 */
internal object KotlinCompiler {
    /** One error or warning, at a line of a file (1-based). */
    data class Diagnostic(val file: String, val line: Int, val severity: String, val message: String)

    private val DIAGNOSTIC = Regex("""^(?:.*[/\\])?([^/\\]+\.kt):(\d+):\d+: (error|warning): (.*)$""")

    /** The artifacts of the SDK's compile classpath, by file name, and the Kotlin artifact's own. */
    private val SDK_CLASSPATH =
        listOf("retrofit-", "moshi-", "okhttp-", "okio", "kotlin-stdlib", "jspecify-", "kotlinx-coroutines-core")

    /**
     * Compiles [sources] (file name to text) together and returns what the compiler reported; a
     * compile that fails still reports every file's diagnostics.
     */
    fun compile(sources: Map<String, String>): List<Diagnostic> {
        val work = Files.createTempDirectory("kotlin-snippets")
        try {
            val files = sources.map { (name, text) -> work.resolve(name).also { Files.write(it, text.toByteArray()) } }
            val command =
                listOf(
                    Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g",
                    "-cp",
                    compilerJars(),
                    "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler",
                    "-no-stdlib",
                    "-no-reflect",
                    "-language-version",
                    "2.2",
                    "-api-version",
                    "2.2",
                    "-classpath",
                    sdkClasspath(),
                    "-d",
                    work.resolve("classes").toString(),
                ) + files.map { it.toString() }
            val process = ProcessBuilder(command).redirectErrorStream(true).start()
            val output = process.inputStream.bufferedReader().readText()
            check(process.waitFor(5, TimeUnit.MINUTES)) { "the Kotlin compiler did not finish" }
            val diagnostics = parse(output.lines())
            // A crash or a bad option reports nothing per file: never mistake it for a clean compile.
            check(process.exitValue() == 0 || diagnostics.any { it.severity == "error" }) { output }
            return diagnostics
        } finally {
            work.toFile().deleteRecursively()
        }
    }

    /**
     * Each diagnostic with its whole message: the first line and the lines after it (such as the
     * candidates that did not apply), but not the source line and the carets that end it.
     */
    private fun parse(lines: List<String>): List<Diagnostic> {
        val starts = lines.indices.filter { DIAGNOSTIC.matches(lines[it]) }
        return starts.mapIndexed { i, start ->
            val header = DIAGNOSTIC.find(lines[start])!!.groupValues
            var details = lines.subList(start + 1, starts.getOrElse(i + 1) { lines.size }).dropLastWhile { it.isBlank() }
            if (details.lastOrNull()?.trim()?.all { it == '^' } == true) {
                details = details.dropLast(2)
            }
            val message = (listOf(header[4]) + details).joinToString("\n").trim()
            Diagnostic(header[1], header[2].toInt(), header[3], message)
        }
    }

    private fun compilerJars(): String {
        val dir = Paths.get(System.getProperty("kotlin.compiler.dir", "target/kotlin-compiler"))
        val jars = Files.list(dir).use { files -> files.map(Path::toString).filter { it.endsWith(".jar") }.toList() }
        check(jars.any { "kotlin-compiler-embeddable" in it }) { "no Kotlin compiler in $dir (mvn test-compile copies it)" }
        return jars.joinToString(File.pathSeparator)
    }

    /**
     * This build's classes and the SDK's dependencies, from the test classpath; with
     * `-Dkotlin.snippets.sdk.classes=<dir>` another build's classes, to watch the tests fail on it.
     */
    private fun sdkClasspath(): String {
        val classes = System.getProperty("kotlin.snippets.sdk.classes")
        return System.getProperty("java.class.path")
            .split(File.pathSeparator)
            .filter { entry ->
                val name = File(entry).name
                entry.endsWith("${File.separator}classes") || SDK_CLASSPATH.any { name.startsWith(it) }
            }
            .map { if (classes != null && it.endsWith("${File.separator}classes")) classes else it }
            .joinToString(File.pathSeparator)
    }
}
