package dev.mynalab.card.applet;

import javacard.framework.APDU;
import javacard.framework.APDUException;
import javacard.framework.Applet;
import javacard.framework.CardRuntimeException;
import javacard.framework.ISO7816;
import javacard.framework.ISOException;
import javacard.framework.JCSystem;
import javacard.framework.SystemException;
import javacard.framework.TransactionException;
import javacard.framework.Util;
import javacard.security.CryptoException;
import javacard.security.RandomData;
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

  private static final byte SEL_NONE = 0;
  private static final byte SEL_EF = 1;
  private static final byte SEL_PIN = 2;
  private static final byte SEL_KEY = 3;

  private static final short PENDING_MAX = 512;

  /**
   * Simulator instrumentation: unexpected exceptions mapped to a status word (fuzz tests read it).
   */
  private static volatile long faults;

  private final ElementaryFile[] files;
  private byte fileCount;
  private final PinFile[] pins;
  private byte pinCount;
  private final IssuerChannel issuer;
  private byte lifeCycle = LIFE_PERSONALISATION;
  private final short[] selection;
  private final byte[] pending;
  private final short[] pendingState;
  private RandomData random;

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
    files = new ElementaryFile[maxFiles];
    pins = new PinFile[maxPins];
    issuer = new IssuerChannel(params, dataOff, params, (short) (dataOff + 16));
    Util.arrayCopy(params, (short) (dataOff + 16), serial, (short) 0, IssuerChannel.SERIAL_LENGTH);
    selection = JCSystem.makeTransientShortArray((short) 2, JCSystem.CLEAR_ON_DESELECT);
    pending = JCSystem.makeTransientByteArray(PENDING_MAX, JCSystem.CLEAR_ON_DESELECT);
    pendingState = JCSystem.makeTransientShortArray((short) 2, JCSystem.CLEAR_ON_DESELECT);
    register(params, aidOff, (byte) aidLen);
  }

  // ---------------------------------------------------------------- layout, set up by subclasses

  protected final ElementaryFile addFile(short fid, short capacity, short readMask, byte flags) {
    ElementaryFile f = new ElementaryFile(fid, capacity, readMask, flags);
    files[fileCount++] = f;
    return f;
  }

  /** Adds a secret and returns its bit for EF access masks. */
  protected final short addPin(
      short fid, byte tries, byte minLength, byte maxLength, byte format, boolean holderMayChange) {
    pins[pinCount] = new PinFile(fid, tries, minLength, maxLength, format, holderMayChange);
    return pinBit(pinCount++);
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

  protected final boolean verified(short mask) {
    for (byte i = 0; i < pinCount; i++) {
      if ((mask & pinBit(i)) != 0 && pins[i].pin.isValidated()) {
        return true;
      }
    }
    return false;
  }

  protected final short selectedKey() {
    return selection[0] == SEL_KEY ? selection[1] : -1;
  }

  protected final boolean selectedSomething() {
    return selection[0] != SEL_NONE;
  }

  // ---------------------------------------------------------------- the APDU boundary

  @Override
  public boolean select() {
    for (byte i = 0; i < pinCount; i++) {
      pins[i].pin.reset();
    }
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
    if (cla == 0x00) {
      if (ins != (byte) 0xC0) {
        pendingState[1] = 0;
      }
      switch (ins) {
        case (byte) 0xA4:
          selectFile(buf, lc);
          return;
        case (byte) 0xB0:
          readBinary(apdu, buf, lc);
          return;
        case 0x20:
          verify(buf, lc);
          return;
        case 0x24:
          changeReferenceData(buf, lc);
          return;
        case (byte) 0xC0:
          getResponse(apdu, buf, lc);
          return;
        case (byte) 0x84:
          getChallenge(apdu, buf, lc);
          return;
        default:
          ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
      }
    } else if (cla == (byte) 0x80) {
      pendingState[1] = 0;
      if (ins == 0x50) {
        requireP1P2(buf, (byte) 0, (byte) 0);
        short len = issuer.initializeUpdate(buf, ISO7816.OFFSET_CDATA, lc);
        send(apdu, buf, (short) 0, len);
        return;
      }
      processProprietary(apdu, buf, lc);
    } else if (cla == (byte) 0x84) {
      pendingState[1] = 0;
      processIssuer(apdu, buf, ins, lc);
    } else {
      ISOException.throwIt(ISO7816.SW_CLA_NOT_SUPPORTED);
    }
  }

  // ---------------------------------------------------------------- ISO 7816-4 commands

  /** SELECT EF {@code 00 A4 02 0C 02 <FID>} (also P1=00 by FID, P2=00/04 without FCI). */
  private void selectFile(byte[] buf, short lc) {
    byte p1 = buf[ISO7816.OFFSET_P1];
    byte p2 = buf[ISO7816.OFFSET_P2];
    if (p1 == 0x04) {
      // by DF name, but not this AP's name (the runtime routes those): no such DF
      ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
    }
    if ((p1 != 0x02 && p1 != 0x00) || (p2 != 0x0C && p2 != 0x00 && p2 != 0x04)) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    if (lc != 2) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    short fid = Util.getShort(buf, ISO7816.OFFSET_CDATA);
    if (!selectByFid(fid)) {
      ISOException.throwIt(ISO7816.SW_FILE_NOT_FOUND);
    }
  }

  private boolean selectByFid(short fid) {
    for (byte i = 0; i < fileCount; i++) {
      if (files[i].fid == fid) {
        selection[0] = SEL_EF;
        selection[1] = i;
        return true;
      }
    }
    for (byte i = 0; i < pinCount; i++) {
      if (pins[i].fid == fid) {
        selection[0] = SEL_PIN;
        selection[1] = i;
        return true;
      }
    }
    short k = keyIndex(fid);
    if (k >= 0) {
      selection[0] = SEL_KEY;
      selection[1] = k;
      return true;
    }
    return false;
  }

  /** READ BINARY {@code 00 B0 <offset> Le}, or P1 = 80|SFI with an 8-bit offset in P2. */
  private void readBinary(APDU apdu, byte[] buf, short lc) {
    if (lc != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    byte p1 = buf[ISO7816.OFFSET_P1];
    short offset;
    if ((p1 & 0x80) != 0) {
      if ((p1 & 0x60) != 0 || !selectByFid((short) (p1 & 0x1F))) {
        ISOException.throwIt(
            (p1 & 0x60) != 0 ? ISO7816.SW_INCORRECT_P1P2 : ISO7816.SW_FILE_NOT_FOUND);
      }
      offset = (short) (buf[ISO7816.OFFSET_P2] & 0xFF);
    } else {
      offset = Util.getShort(buf, ISO7816.OFFSET_P1);
    }
    if (selection[0] == SEL_NONE) {
      ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
    }
    if (selection[0] != SEL_EF) {
      ISOException.throwIt(SW_INCOMPATIBLE_FILE);
    }
    ElementaryFile f = files[selection[1]];
    if (f.readMask != 0 && !verified(f.readMask)) {
      ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
    }
    if (offset >= f.length) {
      ISOException.throwIt(SW_WRONG_OFFSET);
    }
    short le = apdu.setOutgoing();
    if (le == 0) {
      le = 256;
    }
    short n = (short) (f.length - offset);
    if (n > le) {
      n = le;
    }
    apdu.setOutgoingLength(n);
    apdu.sendBytesLong(f.data, offset, n);
  }

  /**
   * VERIFY {@code 00 20 00 80 [Lc <ASCII>]} on the selected secret, or P2 = 80|SFI. Without data it
   * only reports the retry counter (63Cx) and consumes nothing.
   */
  private void verify(byte[] buf, short lc) {
    PinFile p = pinFor(buf);
    if (!p.set) {
      ISOException.throwIt(SW_BLOCKED);
    }
    byte left = p.pin.getTriesRemaining();
    if (lc == 0) {
      ISOException.throwIt((short) (0x63C0 | left));
    }
    if (left == 0) {
      ISOException.throwIt(SW_BLOCKED);
    }
    if (lc > p.maxLength) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    if (!p.pin.check(buf, ISO7816.OFFSET_CDATA, (byte) lc)) {
      ISOException.throwIt((short) (0x63C0 | p.pin.getTriesRemaining()));
    }
  }

  /** CHANGE REFERENCE DATA {@code 00 24 01 80 Lc <new>} after the old value was verified. */
  private void changeReferenceData(byte[] buf, short lc) {
    if (buf[ISO7816.OFFSET_P1] != 0x01) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    PinFile p = pinFor(buf);
    changeByHolder(p, buf, lc);
  }

  /** The holder replaces a secret he has just verified (also JICSAP CHANGE KEY in the 住基AP). */
  protected final void changeSelectedSecret(byte[] buf, short lc) {
    changeByHolder(pinFor(buf), buf, lc);
  }

  private void changeByHolder(PinFile p, byte[] buf, short lc) {
    if (!p.holderMayChange) {
      ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
    }
    if (!p.set || p.pin.getTriesRemaining() == 0) {
      ISOException.throwIt(SW_BLOCKED);
    }
    if (!p.pin.isValidated()) {
      ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
    }
    if (!p.acceptable(buf, ISO7816.OFFSET_CDATA, lc)) {
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    }
    p.pin.update(buf, ISO7816.OFFSET_CDATA, (byte) lc);
  }

  private PinFile pinFor(byte[] buf) {
    if (buf[ISO7816.OFFSET_P1] != 0x00 && buf[ISO7816.OFFSET_INS] == 0x20) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    byte p2 = buf[ISO7816.OFFSET_P2];
    if (p2 == (byte) 0x80) {
      if (selection[0] == SEL_NONE) {
        ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
      }
      if (selection[0] != SEL_PIN) {
        ISOException.throwIt(SW_INCOMPATIBLE_FILE);
      }
      return pins[selection[1]];
    }
    if ((p2 & 0xE0) == 0x80) {
      short fid = (short) (p2 & 0x1F);
      for (byte i = 0; i < pinCount; i++) {
        if (pins[i].fid == fid) {
          return pins[i];
        }
      }
      ISOException.throwIt(SW_DATA_NOT_FOUND);
    }
    ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    return null;
  }

  // ---------------------------------------------------------------- responses longer than Le

  /** Sends {@code len} bytes; what does not fit Ne stays pending for GET RESPONSE (61xx). */
  protected final void send(APDU apdu, byte[] src, short off, short len) {
    short le = apdu.setOutgoing();
    if (le == 0) {
      le = 256;
    }
    if (len <= le) {
      apdu.setOutgoingLength(len);
      apdu.sendBytesLong(src, off, len);
      return;
    }
    short rest = (short) (len - le);
    if (rest > PENDING_MAX) {
      ISOException.throwIt(ISO7816.SW_FILE_FULL);
    }
    apdu.setOutgoingLength(le);
    apdu.sendBytesLong(src, off, le);
    Util.arrayCopyNonAtomic(src, (short) (off + le), pending, (short) 0, rest);
    pendingState[0] = 0;
    pendingState[1] = rest;
    ISOException.throwIt((short) (0x6100 | (rest > 255 ? 0 : rest)));
  }

  private void getResponse(APDU apdu, byte[] buf, short lc) {
    requireP1P2(buf, (byte) 0, (byte) 0);
    if (lc != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    short rest = pendingState[1];
    if (rest == 0) {
      ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
    }
    short le = apdu.setOutgoing();
    if (le == 0) {
      le = 256;
    }
    short n = rest < le ? rest : le;
    short from = pendingState[0];
    pendingState[0] = (short) (from + n);
    pendingState[1] = (short) (rest - n);
    apdu.setOutgoingLength(n);
    apdu.sendBytesLong(pending, from, n);
    if (pendingState[1] != 0) {
      ISOException.throwIt((short) (0x6100 | (pendingState[1] > 255 ? 0 : pendingState[1])));
    }
  }

  /** GET CHALLENGE {@code 00 84 00 00 Le}: 1–256 random bytes (card-interface.md §4.2, MC). */
  private void getChallenge(APDU apdu, byte[] buf, short lc) {
    requireP1P2(buf, (byte) 0, (byte) 0);
    if (lc != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    short le = apdu.setOutgoing();
    if (le == 0 || le > 256) {
      le = 256;
    }
    if (random == null) {
      random = RandomData.getInstance(RandomData.ALG_SECURE_RANDOM);
    }
    random.generateData(pending, (short) 0, le);
    apdu.setOutgoingLength(le);
    apdu.sendBytesLong(pending, (short) 0, le);
  }

  protected static void requireP1P2(byte[] buf, byte p1, byte p2) {
    if (buf[ISO7816.OFFSET_P1] != p1 || buf[ISO7816.OFFSET_P2] != p2) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
  }

  // ---------------------------------------------------------------- issuer (admin plane)

  private void processIssuer(APDU apdu, byte[] buf, byte ins, short lc) {
    if (ins == (byte) 0x82) {
      requireP1P2(buf, (byte) 0, (byte) 0);
      issuer.externalAuthenticate(buf, lc);
      return;
    }
    short len = issuer.unwrap(buf, lc);
    switch (ins) {
      case (byte) 0xD6:
        issuerUpdateBinary(buf, len);
        return;
      case 0x0E:
        requireP1P2(buf, (byte) 0, (byte) 0);
        issuerEraseBinary(len);
        return;
      case 0x46:
        issuerGenerateKeyPair(apdu, buf, len);
        return;
      case 0x24:
        issuerSetSecret(buf, len);
        return;
      case (byte) 0xF0:
        requireP1P2(buf, (byte) 0x00, LIFE_OPERATIONAL);
        if (len != 0) {
          ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
        }
        lifeCycle = LIFE_OPERATIONAL;
        return;
      default:
        ISOException.throwIt(ISO7816.SW_INS_NOT_SUPPORTED);
    }
  }

  private ElementaryFile issuerWritableFile() {
    if (selection[0] != SEL_EF) {
      ISOException.throwIt(ISO7816.SW_COMMAND_NOT_ALLOWED);
    }
    ElementaryFile f = files[selection[1]];
    if (operational()) {
      if ((f.flags & ElementaryFile.UPDATABLE_AFTER_ISSUANCE) == 0) {
        ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
      }
      if ((f.flags & ElementaryFile.NEEDS_HOLDER_CONSENT) != 0 && !holderConsent()) {
        ISOException.throwIt(ISO7816.SW_SECURITY_STATUS_NOT_SATISFIED);
      }
    }
    return f;
  }

  /** UPDATE BINARY {@code 84 D6 <offset> Lc data C-MAC}: writes and extends the EF. */
  private void issuerUpdateBinary(byte[] buf, short len) {
    ElementaryFile f = issuerWritableFile();
    short offset = Util.getShort(buf, ISO7816.OFFSET_P1);
    if (offset < 0 || offset > f.length) {
      ISOException.throwIt(SW_WRONG_OFFSET);
    }
    if ((short) (offset + len) > (short) f.data.length || (short) (offset + len) < 0) {
      ISOException.throwIt(ISO7816.SW_FILE_FULL);
    }
    Util.arrayCopy(buf, ISO7816.OFFSET_CDATA, f.data, offset, len);
    if ((short) (offset + len) > f.length) {
      f.length = (short) (offset + len);
    }
    fileChanged(f);
  }

  /** ERASE BINARY {@code 84 0E 00 00 Lc C-MAC}: empties the EF before it is rewritten. */
  private void issuerEraseBinary(short len) {
    if (len != 0) {
      ISOException.throwIt(ISO7816.SW_WRONG_LENGTH);
    }
    ElementaryFile f = issuerWritableFile();
    Util.arrayFillNonAtomic(f.data, (short) 0, f.length, (byte) 0);
    f.length = 0;
    fileChanged(f);
  }

  /** GENERATE ASYMMETRIC KEY PAIR {@code 84 46 00 <key FID> Lc C-MAC} → 7F49 public key. */
  private void issuerGenerateKeyPair(APDU apdu, byte[] buf, short len) {
    if (buf[ISO7816.OFFSET_P1] != 0 || len != 0) {
      ISOException.throwIt(len != 0 ? ISO7816.SW_WRONG_LENGTH : ISO7816.SW_INCORRECT_P1P2);
    }
    short k = keyIndex((short) (buf[ISO7816.OFFSET_P2] & 0xFF));
    if (k < 0) {
      ISOException.throwIt(SW_DATA_NOT_FOUND);
    }
    if (operational() && !keyReplaceableAfterIssuance(k)) {
      ISOException.throwIt(ISO7816.SW_CONDITIONS_NOT_SATISFIED);
    }
    // the public key TLV is longer than one short response: staged, then chained with 61xx
    short n = generateKeyPair(k, pending, (short) 0);
    send(apdu, pending, (short) 0, n);
  }

  /**
   * Sets a secret {@code 84 24 00 <FID> Lc E(value) C-MAC}: initial PINs and 照合番号 before issuance,
   * a reset of a blocked or forgotten PIN afterwards (PN-02). Resets the retry counter.
   */
  private void issuerSetSecret(byte[] buf, short len) {
    if (buf[ISO7816.OFFSET_P1] != 0) {
      ISOException.throwIt(ISO7816.SW_INCORRECT_P1P2);
    }
    short fid = (short) (buf[ISO7816.OFFSET_P2] & 0xFF);
    PinFile p = null;
    for (byte i = 0; i < pinCount; i++) {
      if (pins[i].fid == fid) {
        p = pins[i];
      }
    }
    if (p == null) {
      ISOException.throwIt(SW_DATA_NOT_FOUND);
    }
    short plain = issuer.decrypt(buf, ISO7816.OFFSET_CDATA, len);
    if (!p.acceptable(buf, ISO7816.OFFSET_CDATA, plain)) {
      Util.arrayFillNonAtomic(buf, ISO7816.OFFSET_CDATA, len, (byte) 0);
      ISOException.throwIt(ISO7816.SW_WRONG_DATA);
    }
    p.pin.update(buf, ISO7816.OFFSET_CDATA, (byte) plain);
    p.pin.resetAndUnblock();
    p.set = true;
    Util.arrayFillNonAtomic(buf, ISO7816.OFFSET_CDATA, len, (byte) 0);
  }
}
