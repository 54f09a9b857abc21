package dev.managedagents.deployments;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list: its items and the cursor of the next page. {@link #autoPager()} walks every
 * item of this page and the ones after it, fetching each next page only when it is reached.
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable String nextPageCursor;
  private final Function<String, Page<T>> fetch;
  private final Function<String, CompletableFuture<Page<T>>> fetchAsync;

  /**
   * @param fetch the same list call for the page a cursor points to
   * @param fetchAsync its async form
   */
  Page(
      List<T> items,
      @Nullable String nextPageCursor,
      Function<String, Page<T>> fetch,
      Function<String, CompletableFuture<Page<T>>> fetchAsync) {
    this.items = items;
    this.nextPageCursor = nextPageCursor;
    this.fetch = fetch;
    this.fetchAsync = fetchAsync;
  }

  /** The items on this page (the response's {@code data}), in the server's order; may be empty. */
  public List<T> getData() {
    return items;
  }

  /**
   * The cursor of the next page (the response's {@code next_page}), or {@code null} on the last
   * page. {@link #fetchNextPage()} fetches that page.
   */
  public @Nullable String getNextPageCursor() {
    return nextPageCursor;
  }

  /** Whether there is a page after this one. */
  public boolean hasNextPage() {
    return nextPageCursor != null;
  }

  /**
   * Fetches the next page with the same filters: an HTTP call, blocking this thread.
   *
   * @throws NoSuchElementException on the last page
   */
  public Page<T> fetchNextPage() {
    return fetch.apply(requireNextCursor());
  }

  /** Fetches the next page with the same filters, without blocking. */
  public CompletableFuture<Page<T>> fetchNextPageAsync() {
    return fetchAsync.apply(requireNextCursor());
  }

  /**
   * Every item of this page and the pages after it. Pages are fetched lazily, on the thread that
   * iterates, and each iteration starts again from this page.
   */
  public Iterable<T> autoPager() {
    return () -> new AutoPager<>(this);
  }

  private String requireNextCursor() {
    if (nextPageCursor == null) {
      throw new NoSuchElementException("This is the last page");
    }
    return nextPageCursor;
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", nextPageCursor=" + nextPageCursor + "}";
  }

  private static final class AutoPager<T> implements Iterator<T> {
    private Page<T> page;
    private int index;

    AutoPager(Page<T> first) {
      this.page = first;
    }

    @Override
    public boolean hasNext() {
      // A page may be empty and still point to the next one, so skip forward until an item or the
      // end.
      while (index >= page.items.size()) {
        if (page.nextPageCursor == null) {
          return false;
        }
        String cursor = page.nextPageCursor;
        page = page.fetchNextPage();
        if (cursor.equals(page.nextPageCursor)) {
          throw new DecodeException(
              "page", "$.next_page", "the server returned the cursor it was asked for again", null);
        }
        index = 0;
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.items.get(index++);
    }
  }
}
