package dev.mynalab.card.applet;

import javacard.framework.APDU;
import javacard.framework.APDUException;
import javacard.framework.Applet;
import javacard.framework.CardRuntimeException;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.SystemException;
import javacard.framework.TransactionException;
import javacard.framework.Util;
import javacard.security.CryptoException;
import javacardx.apdu.ExtendedLength;

/**
 * What every application (AP) of the simulated My Number Card shares: transparent EFs selected by
 * FID, secrets (PIN EFs) with retry counters, ISO 7816-4 READ BINARY / VERIFY / CHANGE REFERENCE
 * DATA exactly as OpenSC and the {@code myna} client use them (card-interface.md §2–§4), the issuer
 * channel ({@link IssuerChannel}) for personalisation and post-issuance updates, and the one-way
 * life cycle 個人化 → 運用.
 *
 * <p>Errors are ISO 7816-4 status words, mapped in one place ({@link #process}): no input ever ends
 * as jcardsim's 6F00.
 *
 * <p>Install parameters (GlobalPlatform INSTALL layout): {@code Li AID | Lc control | La
 * issuerKey(16) cardSerial(16)}; the issuer key is the per-card diversified key that the card
 * manufacturer loads (see {@code dev.mynalab.card.personalisation.IssuerKeys}).
 */
public abstract class MynaApplet extends Applet implements ExtendedLength {

  /** 0x6984: reference data not usable (a blocked secret, card-interface.md §3). */
  public static final short SW_BLOCKED = 0x6984;

  /** 0x6B00: offset beyond the end of the EF (JICSAP; card-interface.md §4.2). */
  public static final short SW_WRONG_OFFSET = 0x6B00;

  /** 0x6981: command incompatible with file structure (READ BINARY on a PIN or key EF). */
  public static final short SW_INCOMPATIBLE_FILE = 0x6981;

  /** 0x6A88: referenced data (a key that was never generated) not found. */
  public static final short SW_DATA_NOT_FOUND = 0x6A88;

  static final byte LIFE_PERSONALISATION = 0x07;
  static final byte LIFE_OPERATIONAL = 0x0F;

  /**
   * Simulator instrumentation: unexpected exceptions mapped to a status word (fuzz tests read it).
   */
  private static volatile long faults;

  private final CardFiles files;
  private final IssuerChannel issuer;
  private final ResponseChain chain;
  private final IssuerCommands issuerCommands;
  private byte lifeCycle = LIFE_PERSONALISATION;

  /** The card serial (製造番号, 16 ASCII bytes) loaded by the card manufacturer. */
  protected final byte[] serial = new byte[IssuerChannel.SERIAL_LENGTH];

  protected MynaApplet(byte[] params, short off, byte len, byte maxFiles, byte maxPins) {
    short pos = off;
    short end = (short) (off + len);
    short aidLen = params[pos];
    short aidOff = (short) (pos + 1);
    pos = (short) (aidOff + aidLen);
    pos = (short) (pos + 1 + params[pos]); // control info
    short dataLen = params[pos];
    short dataOff = (short) (pos + 1);
    if (dataLen != (short) (IssuerChannel.KEY_LENGTH + IssuerChannel.SERIAL_LENGTH)
        || (short) (dataOff + dataLen) > end) {
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    }
    files = new CardFiles(this, maxFiles, maxPins);
    issuer = new IssuerChannel(params, dataOff, params, (short) (dataOff + 16));
    chain = new ResponseChain();
    issuerCommands = new IssuerCommands(this, files, issuer, chain);
    Util.arrayCopy(params, (short) (dataOff + 16), serial, (short) 0, IssuerChannel.SERIAL_LENGTH);
    register(params, aidOff, (byte) aidLen);
  }

  // ---------------------------------------------------------------- layout, set up by subclasses

  protected final ElementaryFile addFile(short fid, short capacity, short readMask, byte flags) {
    return files.addFile(fid, capacity, readMask, flags);
  }

  /** Adds a secret and returns its bit for EF access masks. */
  protected final short addPin(
      short fid, byte tries, byte minLength, byte maxLength, byte format, boolean holderMayChange) {
    return files.addPin(fid, tries, minLength, maxLength, format, holderMayChange);
  }

  protected static short pinBit(byte index) {
    return (short) (1 << index);
  }

  protected static short length(ElementaryFile f) {
    return f.length;
  }

  /** Replaces the whole content of {@code f} (files the AP itself maintains). */
  protected static void setContent(ElementaryFile f, byte[] src, short off, short len) {
    Util.arrayCopy(src, off, f.data, (short) 0, len);
    f.length = len;
  }

  // ---------------------------------------------------------------- hooks for subclasses

  /** The index of the key EF {@code fid} of this AP, or -1 (only the JPKI AP has keys). */
  protected short keyIndex(short fid) {
    return -1;
  }

  /** CLA 80 commands other than INITIALIZE UPDATE (e.g. COMPUTE DIGITAL SIGNATURE). */
  protected void processProprietary(APDU apdu, byte[] buf, short lc) {
    ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
  }

  /** Issuer GENERATE ASYMMETRIC KEY PAIR on key {@code keyIndex}; writes the public key TLV. */
  protected short generateKeyPair(short keyIndex, byte[] out, short outOff) {
    ISOException.throwIt(SW_DATA_NOT_FOUND);
    return 0;
  }

  /** Whether a post-issuance rewrite of {@code keyIndex} is allowed (key replacement). */
  protected boolean keyReplaceableAfterIssuance(short keyIndex) {
    return false;
  }

  /** Called after the issuer changed {@code file}. */
  protected void fileChanged(ElementaryFile file) {}

  /** Whether the holder's 住基 PIN was verified since the card was powered (住基AP). */
  protected boolean holderConsent() {
    return HolderConsent.given();
  }

  // ---------------------------------------------------------------- state queries for subclasses

  protected final boolean operational() {
    return lifeCycle == LIFE_OPERATIONAL;
  }

  /** SET STATUS: the one-way switch into the operational state. */
  final void lock() {
    lifeCycle = LIFE_OPERATIONAL;
  }

  protected final boolean verified(short mask) {
    return files.verified(mask);
  }

  protected final short selectedKey() {
    return files.selectedKey();
  }

  protected final boolean selectedSomething() {
    return files.selectedKind() != CardFiles.SEL_NONE;
  }

  /** Sends a response, chaining what does not fit Ne with 61xx / GET RESPONSE. */
  protected final void send(APDU apdu, byte[] src, short off, short len) {
    chain.send(apdu, src, off, len);
  }

  /** The holder replaces the secret named by P2 (JICSAP CHANGE KEY in the 住基AP). */
  protected final void changeSelectedSecret(byte[] buf, short lc) {
    files.changeSelectedSecret(buf, lc);
  }

  protected static void requireP1P2(byte[] buf, byte p1, byte p2) {
    if (buf[ISO7816.OFFSET_P1] != p1 || buf[ISO7816.OFFSET_P2] != p2) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
  }

  // ---------------------------------------------------------------- the APDU boundary

  @Override
  public boolean select() {
    files.resetVerifications();
    issuer.close();
    return true;
  }

  @Override
  public void deselect() {
    select();
  }

  /**
   * The one place where every failure becomes a status word: ISOExceptions pass, card runtime
   * exceptions are mapped, anything else counts as a simulator fault and answers 6A80.
   */
  @Override
  public final void process(APDU apdu) {
    if (selectingApplet()) {
      return;
    }
    try {
      dispatch(apdu);
    } catch (ISOException e) {
      throw e;
    } catch (APDUException e) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    } catch (CryptoException e) {
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    } catch (SystemException e) {
      ISOException.throwIt(ISO7816.SW_FILE_FULL);
    } catch (TransactionException e) {
      ISOException.throwIt(ISO7816.SW_FILE_FULL);
    } catch (CardRuntimeException e) {
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    } catch (RuntimeException e) {
      faults++;
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    }
  }

  /** Simulator instrumentation for tests: how many unexpected exceptions were mapped so far. */
  public static long faults() {
    return faults;
  }

  private void dispatch(APDU apdu) {
    byte[] buf = apdu.getBuffer();
    byte cla = buf[ISO7816.OFFSET_CLA];
    byte ins = buf[ISO7816.OFFSET_INS];
    short lc = apdu.setIncomingAndReceive();
    if (lc != apdu.getIncomingLength()) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    // extended length only for an extended Le (READ BINARY of a whole certificate, as the TEX2E
    // transcript and jsapdu send it); commands with an extended Lc are refused
    if (lc > 0 && apdu.getOffsetCdata() != ISO7816.OFFSET_CDATA) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    if (cla != 0x00 || ins != (byte) 0xC0) {
      chain.drop();
    }
    if (cla == 0x00) {
      processIso(apdu, buf, ins, lc);
    } else if (cla == (byte) 0x80) {
      if (ins == 0x50) {
        requireP1P2(buf, (byte) 0, (byte) 0);
        short len = issuer.initializeUpdate(buf, ISO7816.OFFSET_CDATA, lc);
        send(apdu, buf, (short) 0, len);
        return;
      }
      processProprietary(apdu, buf, lc);
    } else if (cla == (byte) 0x84) {
      issuerCommands.process(apdu, buf, ins, lc);
    } else {
      ISOException.throwIt(ISO7816.SW_CLA_NOT_SUPPORTED);
    }
  }

  private void processIso(APDU apdu, byte[] buf, byte ins, short lc) {
    switch (ins) {
      case (byte) 0xA4:
        files.selectFile(buf, lc);
        return;
      case (byte) 0xB0:
        files.readBinary(apdu, buf, lc);
        return;
      case 0x20:
        files.verify(buf, lc);
        return;
      case 0x24:
        files.changeReferenceData(buf, lc);
        return;
      case (byte) 0xC0:
        chain.getResponse(apdu, buf, lc);
        return;
      case (byte) 0x84:
        chain.getChallenge(apdu, buf, lc);
        return;
      default:
        ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
    }
  }
}
