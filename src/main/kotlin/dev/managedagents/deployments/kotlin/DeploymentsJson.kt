package dev.managedagents.deployments.kotlin

/**
 * Reads and writes any model as JSON, exactly as the client does, with the type as a type argument:
 * `DeploymentsJson.fromJson<Deployment>(json)`. Unions work too, e.g. `fromJson<InitialEvent>(json)`.
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
}
