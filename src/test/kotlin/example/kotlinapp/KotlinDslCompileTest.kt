package example.kotlinapp

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory

/**
 * What the Kotlin artifact refuses at compile time, proven with the Kotlin compiler: each snippet
 * below must fail to compile, at the line marked `// ERROR: <part of the message>` and nowhere else,
 * and the control snippet, which uses the same calls the right way, must compile. All snippets are
 * compiled in one run, as files of one app.
 */
class KotlinDslCompileTest {
    /** A snippet that must not compile: [body] runs in a suspend function with `client`, `url` and `token`. */
    class Case(val name: String, val body: String)

    @TestFactory
    fun nestedBlocksCannotSetAnOuterBuildersProperty(): List<DynamicTest> = refused(NESTED_BLOCKS)

    @TestFactory
    fun aShortcutInABlockWithoutItsPropertyDoesNotCompile(): List<DynamicTest> = refused(DROPPED_SHORTCUTS)

    @TestFactory
    fun aPropertyThatCannotBeClearedTakesNoNullInAnUpdate(): List<DynamicTest> = refused(UNCLEARABLE_NULLS)

    @TestFactory
    fun foldsNameEachParameterAfterItsVariant(): List<DynamicTest> = refused(FOLD_NAMES)

    /** 0.1.0's names, deprecated, still compile: with a warning that names what replaces them. */
    @Test
    fun theOldNamesCompileWithAWarningNamingTheNewOnes() {
        // Compiled on its own: the compiler reports no warnings in a run that has errors.
        val source = file("oldNames", OLD_NAMES)
        val found = KotlinCompiler.compile(mapOf("OldNames.kt" to source))
        assertTrue(found.none { it.severity == "error" }, "$found")
        val warnings = found.filter { it.severity == "warning" }.map { it.line to it.message }
        val lines = source.lines()
        val create = lines.indexOfFirst { "createDeployment" in it } + 1
        val list = lines.indexOfFirst { "listDeployments" in it } + 1
        assertEquals(2, warnings.size, "$warnings")
        assertTrue(warnings.any { (line, message) -> line == create && "deployments.create { … }" in message }, "$warnings")
        assertTrue(warnings.any { (line, message) -> line == list && "deployments.list(…)" in message }, "$warnings")
    }

    /** The same calls, written the way the artifact allows: they compile without a diagnostic. */
    @Test
    fun theControlCompiles() {
        assertEquals(emptyList<KotlinCompiler.Diagnostic>(), diagnostics.filter { it.file == "Control.kt" })
    }

    private fun refused(cases: List<Case>): List<DynamicTest> =
        cases.map { case ->
            DynamicTest.dynamicTest(case.name) {
                val source = snippets.getValue(case.name)
                val marked =
                    source.lines().withIndex().filter { "// ERROR: " in it.value }.map { it.index + 1 to it.value.substringAfter("// ERROR: ").trim() }
                assertEquals(1, marked.size, "one marked line in ${case.name}")
                val (line, expected) = marked.single()
                val errors = diagnostics.filter { it.file == "${case.name}.kt" && it.severity == "error" }
                assertTrue(errors.isNotEmpty(), "${case.name} compiles, but must not:\n$source")
                assertTrue(
                    errors.all { it.line == line } && errors.any { expected.lowercase() in it.message.lowercase() },
                    "${case.name}: expected \"$expected\" at line $line, and no error elsewhere; got $errors",
                )
            }
        }

    private companion object {
        private const val HEADER = """
            @file:Suppress("UNUSED_PARAMETER", "UNUSED_VARIABLE", "UNUSED_EXPRESSION")

            import dev.managedagents.deployments.DeploymentsClient
            import dev.managedagents.deployments.kotlin.*
            import dev.managedagents.deployments.model.*
            """

        val NESTED_BLOCKS =
            listOf(
                // An operation's block is marked like a builder function's: the repository's block sees
                // only the repository's builder, so the deployment cannot be renamed from inside it.
                Case(
                    "createBlock",
                    """
                    client.deployments.create {
                        resources(githubRepository(url, token) {
                            name("oops") // ERROR: cannot be called in this context with an implicit receiver
                        })
                    }
                    """,
                ),
                Case(
                    "updateBlock",
                    """
                    client.deployments.update("dep_01") {
                        resources(githubRepository(url, token) {
                            name("oops") // ERROR: cannot be called in this context with an implicit receiver
                        })
                    }
                    """,
                ),
                Case(
                    "createDeploymentParamsBlock",
                    """
                    createDeploymentParams(agent("agent_01"), "env_01", listOf(userMessage("Hi")), "report") {
                        resources(githubRepository(url, token) {
                            description("oops") // ERROR: cannot be called in this context with an implicit receiver
                        })
                    }
                    """,
                ),
            )

        val DROPPED_SHORTCUTS =
            listOf(
                // Each shortcut once, in a block whose builder has nothing it could set: without the
                // refusal, each would make a value that the block drops.
                Case(
                    "agentInAListBlock",
                    """
                    client.deployments.list {
                        agent("agent_01") // ERROR: agent(…) makes an AgentParam
                    }
                    """,
                ),
                Case(
                    "pinnedAgentInARepositoryBlockInACreateBlock",
                    """
                    client.deployments.create {
                        resources(githubRepository(url, token) {
                            agent("agent_01", 2) // ERROR: agent(…) makes an AgentParam
                        })
                    }
                    """,
                ),
                Case(
                    "userMessageInATextBlockBlock",
                    """
                    textBlock("Hello") {
                        userMessage("Hi") // ERROR: userMessage(…) makes an initial event
                    }
                    """,
                ),
                Case(
                    "cronScheduleInARunsListBlock",
                    """
                    client.deploymentRuns.list {
                        cronSchedule("0 9 * * 1", "UTC") // ERROR: cronSchedule(…) makes a schedule
                    }
                    """,
                ),
                Case(
                    "githubRepositoryInARepositoryBlock",
                    """
                    gitHubRepositoryResourceParam(url, token) {
                        githubRepository(url, token) // ERROR: githubRepository(…) makes a resource
                    }
                    """,
                ),
                Case(
                    "branchInACreateBlock",
                    """
                    client.deployments.create {
                        branch("main") // ERROR: branch(…) makes a checkout
                    }
                    """,
                ),
                Case(
                    "commitInAnUpdateBlock",
                    """
                    client.deployments.update("dep_01") {
                        commit("4f2a9c1") // ERROR: commit(…) makes a checkout
                    }
                    """,
                ),
            )

        val UNCLEARABLE_NULLS =
            listOf(
                // null clears description, resources, vault_ids, schedule and budget (the control);
                // the API cannot clear these, so a null would silently keep the stored value.
                Case(
                    "name",
                    """
                    client.deployments.update("dep_01") {
                        name(null) // ERROR: Null cannot be a value of a non-null type
                    }
                    """,
                ),
                Case(
                    "environmentId",
                    """
                    client.deployments.update("dep_01") {
                        environmentId(null) // ERROR: Null cannot be a value of a non-null type
                    }
                    """,
                ),
                Case(
                    "initialEvents",
                    """
                    updateDeploymentParams {
                        initialEvents(null) // ERROR: Null cannot be a value of a non-null type
                    }
                    """,
                ),
                Case(
                    "metadata",
                    """
                    updateDeploymentParams {
                        metadata(null) // ERROR: Null cannot be a value of a non-null type
                    }
                    """,
                ),
                Case(
                    "agent",
                    """
                    client.deployments.update("dep_01") {
                        agent(null) // ERROR: Null cannot be a value of a non-null type
                    }
                    """,
                ),
            )

        val FOLD_NAMES =
            listOf(
                // The generator once escaped `file` as `_file`; the control calls fold(file = …).
                Case(
                    "escapedName",
                    """
                    val source: DocumentSource = fileDocumentSource("file_01")
                    source.fold(base64 = { 1 }, _file = { 2 }, text = { 3 }, url = { 4 }, unknown = { 5 }) // ERROR: No parameter with name '_file'
                    """,
                ),
            )

        private val CONTROL =
            """
            val updated = client.deployments.create {
                agent("agent_01")
                agent(agent("agent_01", 2))
                environmentId("env_01")
                name("report")
                userMessage("Hi")
                initialEvents(userMessage("Write the report."))
                cronSchedule("0 9 * * 1", "UTC")
                resources(githubRepository(url, token) {
                    checkout(branch("main"))
                    commit("4f2a9c1")
                })
                githubRepository(url, token)
            }
            client.deployments.update(updated.id) {
                description(null)
                resources(null)
                vaultIds(null)
                schedule(null)
                budget(null)
                putMetadata("team", null)
                name("renamed")
            }
            client.deployments.list { agentId("agent_01") }.collect { }
            val source: DocumentSource = fileDocumentSource("file_01")
            val fileId: String? =
                source.fold(base64 = { null }, file = { it.fileId }, text = { null }, url = { null }, unknown = { null })
            val image: ImageSource = fileImageSource("file_02")
            image.fold(base64 = { 1 }, file = { 2 }, url = { 3 }, unknown = { 4 })
            val resource: ResourceParam = fileResourceParam("file_03")
            resource.fold(file = { 1 }, githubRepository = { 2 }, memoryStore = { 3 }, unknown = { 4 })
            val rubric: Rubric = fileRubric("file_04")
            rubric.fold(file = { 1 }, text = { 2 }, unknown = { 3 })
            val config: ResourceConfig? = updated.resources.firstOrNull()
            config?.fold(file = { 1 }, githubRepository = { 2 }, memoryStore = { 3 }, unknown = { 4 })
            """

        private val OLD_NAMES =
            """
            client.createDeployment { name("report") }
            client.listDeployments()
            """

        private fun file(name: String, body: String): String =
            HEADER.trimIndent() + "\n\nsuspend fun $name(client: DeploymentsClient, url: String, token: String) {\n" +
                body.trimIndent().prependIndent("    ") + "\n}\n"

        /** Each snippet's file, by case name, and the control's. */
        val snippets: Map<String, String> =
            (NESTED_BLOCKS + DROPPED_SHORTCUTS + UNCLEARABLE_NULLS + FOLD_NAMES).associate { it.name to file(it.name, it.body) } +
                ("Control" to file("control", CONTROL))

        /** What the compiler reports on all of them, compiled once. */
        val diagnostics: List<KotlinCompiler.Diagnostic> by lazy {
            KotlinCompiler.compile(snippets.mapKeys { "${it.key}.kt" })
        }
    }
}
