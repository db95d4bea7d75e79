package dev.mynalab.verifier.crl;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The revoked serials of one CRL as a compact, sorted index: serials up to 128 bits live in two
 * parallel {@code long[]} (high and low 64 bits, unsigned), the revocation time in an {@code int[]}
 * (epoch seconds, unsigned: good to 2106) and the reason code in a {@code byte[]} — 21 bytes per
 * entry instead of the ~550 the JDK's X509CRL object graph retains (stack.md §3.3). Serials longer
 * than 16 octets or negative (RFC 5280 §4.1.2.2 allows 20 octets; JPKI uses 4–9) go to a small
 * overflow map. Lookups are binary searches, so no boxing on the hot path.
 *
 * <p>Built once by {@link StreamingCrlReader}, then read-only (safe to share between threads).
 */
public final class SerialIndex {

  /** One revocation entry as looked up. */
  public record Entry(long revokedEpochSecond, int reasonCode) {}

  private long[] hi = new long[16];
  private long[] lo = new long[16];
  private int[] time = new int[16];
  private byte[] reason = new byte[16];
  private int size;
  private boolean sorted = true;
  private final Map<BigInteger, Entry> overflow = new HashMap<>();

  /** Adds a serial given by its DER INTEGER content octets (two's complement, big-endian). */
  void add(byte[] buf, int off, int len, long epochSecond, int reasonCode) {
    int start = off;
    int end = off + len;
    boolean negative = len > 0 && (buf[off] & 0x80) != 0;
    while (start < end - 1 && buf[start] == 0) {
      start++;
    }
    int significant = end - start;
    if (negative || significant > 16 || len == 0) {
      byte[] copy = new byte[len];
      System.arraycopy(buf, off, copy, 0, len);
      overflow.put(
          len == 0 ? BigInteger.ZERO : new BigInteger(copy), new Entry(epochSecond, reasonCode));
      return;
    }
    long h = 0;
    long l = 0;
    for (int i = start; i < end; i++) {
      h = (h << 8) | (l >>> 56);
      l = (l << 8) | (buf[i] & 0xff);
    }
    if (size == hi.length) {
      grow();
    }
    if (sorted && size > 0 && compare(hi[size - 1], lo[size - 1], h, l) > 0) {
      sorted = false;
    }
    hi[size] = h;
    lo[size] = l;
    time[size] = (int) epochSecond;
    reason[size] = (byte) reasonCode;
    size++;
  }

  private void grow() {
    int n = Math.max(16, hi.length + (hi.length >> 1));
    hi = java.util.Arrays.copyOf(hi, n);
    lo = java.util.Arrays.copyOf(lo, n);
    time = java.util.Arrays.copyOf(time, n);
    reason = java.util.Arrays.copyOf(reason, n);
  }

  /** Sorts and trims to size; called once when the CRL has been read. */
  void seal() {
    hi = java.util.Arrays.copyOf(hi, size);
    lo = java.util.Arrays.copyOf(lo, size);
    time = java.util.Arrays.copyOf(time, size);
    reason = java.util.Arrays.copyOf(reason, size);
    if (!sorted) {
      sort(0, size - 1);
      sorted = true;
    }
  }

  /** The entry of {@code serial}, if revoked by this CRL. */
  public Optional<Entry> find(BigInteger serial) {
    if (serial.signum() < 0 || serial.bitLength() > 128) {
      return Optional.ofNullable(overflow.get(serial));
    }
    long l = serial.longValue();
    long h = serial.shiftRight(64).longValue();
    int low = 0;
    int high = size - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = compare(hi[mid], lo[mid], h, l);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return Optional.of(new Entry(Integer.toUnsignedLong(time[mid]), reason[mid]));
      }
    }
    return Optional.ofNullable(overflow.get(serial));
  }

  public int size() {
    return size + overflow.size();
  }

  /** The bytes the arrays hold (the retained heap of the index, overflow aside). */
  public long arrayBytes() {
    return (long) hi.length * 8 + (long) lo.length * 8 + (long) time.length * 4 + reason.length;
  }

  private static int compare(long h1, long l1, long h2, long l2) {
    int c = Long.compareUnsigned(h1, h2);
    return c != 0 ? c : Long.compareUnsigned(l1, l2);
  }

  // an in-place quicksort of the parallel arrays (no boxing: 10 M entries sort in about a second)
  private void sort(int left, int right) {
    while (left < right) {
      if (right - left < 16) {
        insertion(left, right);
        return;
      }
      int mid = (left + right) >>> 1;
      long ph = hi[mid];
      long pl = lo[mid];
      int i = left;
      int j = right;
      while (i <= j) {
        while (compare(hi[i], lo[i], ph, pl) < 0) {
          i++;
        }
        while (compare(hi[j], lo[j], ph, pl) > 0) {
          j--;
        }
        if (i <= j) {
          swap(i++, j--);
        }
      }
      if (j - left < right - i) {
        sort(left, j);
        left = i;
      } else {
        sort(i, right);
        right = j;
      }
    }
  }

  private void insertion(int left, int right) {
    for (int i = left + 1; i <= right; i++) {
      for (int j = i; j > left && compare(hi[j - 1], lo[j - 1], hi[j], lo[j]) > 0; j--) {
        swap(j, j - 1);
      }
    }
  }

  private void swap(int a, int b) {
    long t = hi[a];
    hi[a] = hi[b];
    hi[b] = t;
    t = lo[a];
    lo[a] = lo[b];
    lo[b] = t;
    int tt = time[a];
    time[a] = time[b];
    time[b] = tt;
    byte r = reason[a];
    reason[a] = reason[b];
    reason[b] = r;
  }
}
