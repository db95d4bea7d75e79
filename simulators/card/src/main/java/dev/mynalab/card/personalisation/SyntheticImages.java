package dev.mynalab.card.personalisation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.imageio.ImageIO;

/**
 * Small synthetic PNGs for the 券面AP: the real card holds rendered glyphs (1-bit PNG) and a JPEG
 * 2000 face photo. The simulator renders no glyphs (no fonts needed on CI): each image is a
 * deterministic pixel pattern derived from the text it stands for, so equal text gives equal bytes
 * and a changed name gives a changed image. The "face" is a greyscale PNG, not JPEG 2000.
 */
public final class SyntheticImages {

  private SyntheticImages() {}

  /**
   * A 1-bit image of {@code width}×{@code height} whose pixels are a hash stream of {@code text}.
   */
  public static byte[] textImage(String text, int width, int height) {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
    byte[] stream = hashStream(text, (width * height + 7) / 8);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int bit = y * width + x;
        boolean on = ((stream[bit / 8] >> (bit % 8)) & 1) == 1;
        img.setRGB(x, y, on ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    return png(img);
  }

  /** A 32×40 greyscale "face": a radial gradient shaded by a hash of the holder's name. */
  public static byte[] face(String seedText) {
    BufferedImage img = new BufferedImage(32, 40, BufferedImage.TYPE_BYTE_GRAY);
    byte[] h = hashStream(seedText, 4);
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 32; x++) {
        double d = Math.hypot(x - 16, y - 18) / 20.0;
        int g = (int) Math.max(0, Math.min(255, 230 - d * 180 + (h[(x + y) & 3] & 0x1F)));
        img.getRaster().setSample(x, y, 0, g);
      }
    }
    return png(img);
  }

  private static byte[] png(BufferedImage img) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] hashStream(String text, int length) {
    try {
      byte[] out = new byte[length];
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] seed = text.getBytes(StandardCharsets.UTF_8);
      for (int i = 0, block = 0; i < length; block++) {
        sha.update(seed);
        sha.update((byte) block);
        byte[] d = sha.digest();
        int n = Math.min(d.length, length - i);
        System.arraycopy(d, 0, out, i, n);
        i += n;
      }
      return out;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
