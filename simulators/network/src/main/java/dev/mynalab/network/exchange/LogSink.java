package dev.mynalab.network.exchange;

import java.io.IOException;

/**
 * Where entries are made durable before they count (e.g. an append-only JSON-lines file). If the
 * sink fails, the entry is not added and the request fails: nothing is half-recorded.
 */
@FunctionalInterface
public interface LogSink {

  LogSink NONE = line -> {};

  void append(String jsonLine) throws IOException;
}
