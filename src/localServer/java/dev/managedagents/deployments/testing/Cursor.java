package dev.managedagents.deployments.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Where a page ended, in the newest-first order (created_at, then creation order), so the next
 * page starts right after it whatever was created since. Opaque on the wire: {@code page_…}.
 */
final class Cursor {
  final String list;
  final Instant createdAt;
  final long sequence;

  Cursor(String list, Instant createdAt, long sequence) {
    this.list = list;
    this.createdAt = createdAt;
    this.sequence = sequence;
  }

  /** Whether an item at ({@code createdAt}, {@code sequence}) comes after this cursor. */
  boolean isBefore(Instant itemCreatedAt, long itemSequence) {
    int byTime = itemCreatedAt.compareTo(createdAt);
    return byTime < 0 || (byTime == 0 && itemSequence < sequence);
  }

  String encode() {
    String plain = list + ":" + createdAt.getEpochSecond() + ":" + createdAt.getNano() + ":" + sequence;
    return "page_"
        + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor of {@code list}.
   *
   * @throws ApiFailure 400 if it is not one this server gave out for that list
   */
  static Cursor decode(String cursor, String list) {
    @Nullable Cursor decoded = tryDecode(cursor);
    if (decoded == null || !decoded.list.equals(list)) {
      throw ApiFailure.invalid(
          "page", "\"" + cursor + "\" is not a valid page cursor; use next_page from a response");
    }
    return decoded;
  }

  private static @Nullable Cursor tryDecode(String cursor) {
    if (!cursor.startsWith("page_")) {
      return null;
    }
    try {
      String plain =
          new String(Base64.getUrlDecoder().decode(cursor.substring(5)), StandardCharsets.UTF_8);
      String[] parts = plain.split(":", -1);
      if (parts.length != 4) {
        return null;
      }
      return new Cursor(
          parts[0],
          Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2])),
          Long.parseLong(parts[3]));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null;
    }
  }
}
