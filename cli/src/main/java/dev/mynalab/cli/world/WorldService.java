package dev.mynalab.cli.world;

import java.util.Map;

/**
 * One party of {@code mynalab world up}: started in list order ({@link WorldServices#ALL}) on the
 * world's one clock, seed and journal, each contributing its endpoints under ready-file keys. To
 * add a party (a relying party such as e-Tax, コンビニ交付 or オンライン資格確認), implement this and add it to
 * the list; document its keys in the README's endpoint table.
 */
public interface WorldService {

  /** A short name for messages ({@code ca}, {@code verifier} …). */
  String name();

  /**
   * Starts the party.
   *
   * @return what it listens on (ready-file key → URL or address) and how to stop it; or {@code
   *     null} when it chose not to start (e.g. the card without pcscd), with a notice on stderr
   * @throws IllegalArgumentException for bad configuration (exit 2)
   */
  Started start(WorldContext context) throws Exception;

  /**
   * A started party.
   *
   * @param endpoints ready-file key → value, in a stable order
   * @param stop closes everything it started
   */
  record Started(Map<String, String> endpoints, AutoCloseable stop) {}

  /** How a party starts (the body of {@link #start}). */
  @FunctionalInterface
  interface Starter {
    Started start(WorldContext context) throws Exception;
  }

  /** A party named {@code name} that starts with {@code starter}. */
  static WorldService of(String name, Starter starter) {
    return new WorldService() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Started start(WorldContext context) throws Exception {
        return starter.start(context);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
