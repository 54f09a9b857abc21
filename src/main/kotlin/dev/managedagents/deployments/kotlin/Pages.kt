package dev.managedagents.deployments.kotlin

import dev.managedagents.deployments.Page
import java.util.concurrent.CompletableFuture
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.future.await

/**
 * The items of [first] and of each page after it, each page fetched only when the collector has
 * taken every item before it. Cancelling the collector cancels the request in flight, as `await`
 * cancels the future and the future its HTTP call.
 */
@PublishedApi
internal fun <T : Any> pages(first: () -> CompletableFuture<Page<T>>): Flow<T> = flow {
    var page = first().await()
    while (true) {
        for (item in page.data) {
            emit(item)
        }
        if (!page.hasNextPage()) {
            return@flow
        }
        page = page.fetchNextPageAsync().await()
    }
}
