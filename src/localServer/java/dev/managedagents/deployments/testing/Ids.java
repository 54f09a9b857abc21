package dev.managedagents.deployments.testing;

import java.util.Random;

/** Opaque IDs with the documented prefixes ({@code depl_}, {@code drun_}, {@code sesn_}, {@code req_}). */
final class Ids {
  private static final String ALPHABET =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private final Random random = new Random();

  synchronized String next(String prefix) {
    StringBuilder id = new StringBuilder(prefix).append("01");
    for (int i = 0; i < 22; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }
}
