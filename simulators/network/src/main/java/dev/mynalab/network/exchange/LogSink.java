package dev.mynalab.network.exchange;

import java.io.IOException;

/**
 * Where entries are made durable before they count (e.g. an append-only JSON-lines file). One call
 * carries everything one append adds — the entry and, when due, its checkpoint — as JSON lines
 * joined by {@code \n}, so the sink can write them atomically. If the sink fails, nothing is added
 * and the request fails: nothing is half-recorded.
 */
@FunctionalInterface
public interface LogSink {

  LogSink NONE = line -> {};

  void append(String jsonLines) throws IOException;
}
