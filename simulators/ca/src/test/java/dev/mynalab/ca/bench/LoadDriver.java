package dev.mynalab.ca.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A bounded closed-loop load: {@code concurrency} workers POST OCSP requests back to back to one
 * loopback URL, for a warm-up and then a measured period; latencies of the measured period give
 * p50/p90/p99.
 */
final class LoadDriver {

  record Result(String name, long requests, long errors, double seconds, long[] micros) {

    double throughput() {
      return requests / seconds;
    }

    long percentile(double p) {
      if (micros.length == 0) {
        return 0;
      }
      return micros[(int) Math.min(micros.length - 1, Math.ceil(p * micros.length) - 1)];
    }

    Map<String, Object> json() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("mode", name);
      m.put("requests", requests);
      m.put("errors", errors);
      m.put("seconds", Math.round(seconds * 100) / 100.0);
      m.put("requestsPerSecond", Math.round(throughput()));
      m.put("p50Micros", percentile(0.50));
      m.put("p90Micros", percentile(0.90));
      m.put("p99Micros", percentile(0.99));
      return m;
    }
  }

  private LoadDriver() {}

  static Result run(
      String name,
      URI url,
      List<byte[]> requests,
      int concurrency,
      Duration warmUp,
      Duration measure)
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(2))
            .build();
    ExecutorService workers = Executors.newFixedThreadPool(concurrency);
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicBoolean stop = new AtomicBoolean(false);
    List<Future<long[]>> futures = new ArrayList<>();
    long[] errors = new long[concurrency];
    for (int w = 0; w < concurrency; w++) {
      final int worker = w;
      futures.add(
          workers.submit(
              () -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                int i = worker;
                while (!stop.get()) {
                  byte[] body = requests.get(i++ % requests.size());
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        client.send(
                            HttpRequest.newBuilder(url)
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/ocsp-request")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200 || r.body().length < 5) {
                      throw new IllegalStateException("HTTP " + r.statusCode());
                    }
                  } catch (Exception e) {
                    if (measuring.get()) {
                      errors[worker]++;
                    }
                    continue;
                  }
                  long micros = (System.nanoTime() - t0) / 1000;
                  if (measuring.get()) {
                    if (n == lat.length) {
                      lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = micros;
                  }
                }
                return Arrays.copyOf(lat, n);
              }));
    }
    Thread.sleep(warmUp.toMillis());
    measuring.set(true);
    long start = System.nanoTime();
    Thread.sleep(measure.toMillis());
    measuring.set(false);
    double seconds = (System.nanoTime() - start) / 1e9;
    stop.set(true);
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    workers.shutdownNow();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(name, merged.length, Arrays.stream(errors).sum(), seconds, merged);
  }
}
