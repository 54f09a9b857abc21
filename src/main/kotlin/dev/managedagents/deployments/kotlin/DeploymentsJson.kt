package dev.managedagents.deployments.kotlin

/**
 * Reads and writes any model as JSON, exactly as the client does, with the type as a type argument:
 * `DeploymentsJson.fromJson<Deployment>(json)`. Unions work too, e.g. `fromJson<InitialEvent>(json)`.
 *
 * [fromJson] and [toJson] name every model, so an app shrunk by R8 that calls them keeps all of
 * them; for a request or response body (`Deployment`, `DeploymentRun`, their pages, the create and
 * update params, `ErrorEnvelope`) [bodyFromJson] and [bodyToJson] keep only that body's models.
 */
public object DeploymentsJson {
    /**
     * Reads [json] as [T].
     *
     * @throws dev.managedagents.deployments.DecodeException if the JSON is malformed or not a [T]
     * @throws IllegalArgumentException if [T] is not a model of this SDK
     */
    public inline fun <reified T : Any> fromJson(json: String): T =
        dev.managedagents.deployments.DeploymentsJson.fromJson(json, T::class.java)

    /** Reads the UTF-8 [json] as [T], as `fromJson(String)` does. */
    public inline fun <reified T : Any> fromJson(json: ByteArray): T =
        dev.managedagents.deployments.DeploymentsJson.fromJson(json, T::class.java)

    /** Writes [model], a model or union variant of this SDK, as JSON. */
    public fun toJson(model: Any): String = dev.managedagents.deployments.DeploymentsJson.toJson(model)

    /**
     * Reads [json] as the request or response body [T], such as `Deployment`, keeping only [T]'s
     * models in an app shrunk by R8.
     *
     * @throws dev.managedagents.deployments.DecodeException if the JSON is malformed or not a [T]
     * @throws IllegalArgumentException if [T] is not a request or response body of this SDK
     */
    public inline fun <reified T : Any> bodyFromJson(json: String): T =
        dev.managedagents.deployments.DeploymentsJson.bodyFromJson(json, T::class.java)

    /** Reads the UTF-8 [json] as the body [T], as `bodyFromJson(String)` does. */
    public inline fun <reified T : Any> bodyFromJson(json: ByteArray): T =
        dev.managedagents.deployments.DeploymentsJson.bodyFromJson(json, T::class.java)

    /** Writes [body], a request or response body of this SDK, as JSON, keeping only its models. */
    public fun bodyToJson(body: Any): String = dev.managedagents.deployments.DeploymentsJson.bodyToJson(body)
}
