package dev.mynalab.card.vpcd;

import dev.mynalab.card.sim.MynaCard;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jdk.net.ExtendedSocketOptions;

/**
 * Puts a simulated card into vsmartcard's virtual PC/SC reader: connects to vpcd's TCP port (vpcd
 * listens, the card connects) and answers its frames — 2-byte big-endian length + payload; a 1-byte
 * payload is a control code (0 power off, 1 power on, 2 reset, 4 get ATR), anything else an APDU
 * (vpcd-pipeline.md §2).
 *
 * <p>Why not jcardsim's VSmartCard: Debian's vpcd 3.3 sends each message in two segments, so Nagle
 * plus delayed ACK cost ~45 ms per APDU; we set {@code TCP_QUICKACK} before every read (and
 * TCP_NODELAY, and write each answer in one segment), which brings it under a millisecond. No fixed
 * sleep on connect, a bounded retry while pcscd is not yet listening, and a clean end — never a
 * busy loop — when vpcd goes away (vpcd-pipeline.md §5, §6).
 */
public final class VpcdBridge implements AutoCloseable {

  /** The port of the first slot of Debian's {@code /etc/reader.conf.d/vpcd} (0x8C7B). */
  public static final int DEFAULT_PORT = 35963;

  private static final byte CTRL_OFF = 0x00;
  private static final byte CTRL_ON = 0x01;
  private static final byte CTRL_RESET = 0x02;
  private static final byte CTRL_ATR = 0x04;

  private final MynaCard card;
  private final String host;
  private final int port;
  private final boolean reconnect;
  private final CountDownLatch connected = new CountDownLatch(1);
  private final AtomicLong apdus = new AtomicLong();
  private final AtomicLong apduNanos = new AtomicLong();
  private volatile boolean stopping;
  private volatile Socket socket;
  private volatile boolean quickAck;
  private volatile boolean quickAckWanted = true;

  /**
   * @param reconnect after vpcd closed the connection (pcscd stopped), wait for it to come back
   *     instead of ending
   */
  public VpcdBridge(MynaCard card, String host, int port, boolean reconnect) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("vpcd port must be 1–65535, got " + port);
    }
    this.card = card;
    this.host = host;
    this.port = port;
    this.reconnect = reconnect;
  }

  /** Starts {@link #serve} on a daemon thread named after the endpoint. */
  public Thread start(Duration connectTimeout) {
    Thread t =
        new Thread(
            () -> {
              try {
                serve(connectTimeout);
              } catch (IOException e) {
                System.err.println("vpcd bridge: " + e.getMessage());
              }
            },
            "vpcd-bridge-" + host + ":" + port);
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * Connects and serves until {@link #close()} or until vpcd goes away (unless reconnecting).
   *
   * @throws ConnectException when vpcd did not accept a connection within {@code connectTimeout}
   */
  public void serve(Duration connectTimeout) throws IOException {
    do {
      Socket s = connect(connectTimeout);
      if (s == null) {
        return; // closed while waiting
      }
      try (s) {
        socket = s;
        connected.countDown();
        loop(s);
      } catch (EOFException | SocketException e) {
        if (stopping) {
          return;
        }
        System.err.println("vpcd bridge: vpcd closed the connection (" + e.getMessage() + ")");
      } finally {
        socket = null;
      }
    } while (reconnect && !stopping);
  }

  private Socket connect(Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long backoff = 20;
    while (!stopping) {
      Socket s = new Socket();
      try {
        s.connect(new InetSocketAddress(host, port), 1000);
        s.setTcpNoDelay(true);
        quickAck =
            quickAckWanted && s.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
        return s;
      } catch (ConnectException e) {
        s.close();
        if (System.nanoTime() > deadline) {
          throw new ConnectException(
              "vpcd at "
                  + host
                  + ":"
                  + port
                  + " did not accept within "
                  + timeout
                  + " (is pcscd with the vpcd reader running?)");
        }
        sleep(backoff);
        backoff = Math.min(500, backoff * 2);
      }
    }
    return null;
  }

  private void loop(Socket s) throws IOException {
    DataInputStream in = new DataInputStream(s.getInputStream());
    OutputStream out = s.getOutputStream();
    while (!stopping) {
      if (quickAck) {
        s.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
      }
      int len = in.readUnsignedShort();
      byte[] msg = new byte[len];
      if (quickAck) {
        s.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
      }
      in.readFully(msg);
      if (len == 1) {
        control(msg[0], out);
      } else {
        long t0 = System.nanoTime();
        byte[] response = card.transmit(msg);
        apduNanos.addAndGet(System.nanoTime() - t0);
        apdus.incrementAndGet();
        write(out, response);
      }
    }
  }

  private void control(byte code, OutputStream out) throws IOException {
    switch (code) {
      case CTRL_OFF, CTRL_ON, CTRL_RESET -> card.reset();
      case CTRL_ATR -> write(out, card.atr());
      default -> System.err.println("vpcd bridge: unknown control code " + code);
    }
  }

  private static void write(OutputStream out, byte[] payload) throws IOException {
    byte[] frame = new byte[2 + payload.length];
    frame[0] = (byte) (payload.length >> 8);
    frame[1] = (byte) payload.length;
    System.arraycopy(payload, 0, frame, 2, payload.length);
    out.write(frame);
    out.flush();
  }

  /**
   * Turns TCP_QUICKACK off, which reproduces the stock jcardsim VSmartCard's ~45 ms per APDU: only
   * for the benchmark's in-run baseline. Call before {@link #start}.
   */
  public VpcdBridge withoutQuickAck() {
    quickAckWanted = false;
    return this;
  }

  /** Waits until vpcd accepted the card (the reader shows "card present" shortly after). */
  public boolean awaitConnected(Duration timeout) throws InterruptedException {
    return connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** APDUs answered so far. */
  public long apduCount() {
    return apdus.get();
  }

  /** Time spent inside the card for those APDUs (the rest of a round trip is pcscd and TCP). */
  public long cardNanos() {
    return apduNanos.get();
  }

  /** Disconnects: pcscd sees the card removed. Idempotent. */
  @Override
  public void close() {
    stopping = true;
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
