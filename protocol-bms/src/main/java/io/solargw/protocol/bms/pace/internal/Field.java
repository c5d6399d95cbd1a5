package io.solargw.protocol.bms.pace.internal;

import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One field of a fixed INFO layout: its JSON name, wire type and scaling. Layouts are data (lists
 * of fields in the command tables), decoded by {@link FieldDecoder}.
 *
 * @param name JSON name, unit as suffix
 * @param type wire type
 * @param size bytes (for text: maximum; for TEXT_ALL_BUT: bytes left for the fields after it)
 * @param scale decimal places of the JSON value (0 = integer)
 * @param multiplier for DELAY: wire unit in the derived name's unit
 * @param derivedName for DELAY: name of the value x multiplier; for CODE: name of the code's name
 * @param optional true if the field may be absent at the end of INFO
 * @param lookup for CODE and NAME: the name of a code
 */
public record Field(
    String name,
    Type type,
    int size,
    int scale,
    int multiplier,
    String derivedName,
    boolean optional,
    IntFunction<Optional<String>> lookup) {

  /** Wire types. */
  public enum Type {
    U8,
    U16,
    S16,
    U24,
    U32,
    /** 0 = false, 1 = true, anything else printed as 0xNN. */
    BOOL,
    /** One byte printed as {@code "0x0A"}. */
    HEX8,
    /** u16 in 0.1 K, printed in °C with the dialect's offset. */
    TEMPERATURE,
    /** One byte delay code, printed raw and as code x multiplier under derivedName. */
    DELAY,
    /** ASCII, up to size bytes, trailing spaces and NULs removed. */
    TEXT,
    /** ASCII taking all bytes but the last {@code size}. */
    TEXT_ALL_BUT,
    /** Raw bytes printed as hex. */
    BYTES,
    /** One-byte code printed as 0xNN plus its name under derivedName. */
    CODE,
    /** One-byte code printed as its name (0xNN if unknown). */
    NAME
  }

  private static final IntFunction<Optional<String>> NO_LOOKUP = c -> Optional.empty();

  /** An unscaled field of {@code type} (size from the type). */
  public static Field of(String name, Type type) {
    int size =
        switch (type) {
          case U16, S16, TEMPERATURE -> 2;
          case U24 -> 3;
          case U32 -> 4;
          default -> 1;
        };
    return new Field(name, type, size, 0, 1, null, false, NO_LOOKUP);
  }

  /** A field printed with {@code scale} decimal places. */
  public static Field scaled(String name, Type type, int scale) {
    return of(name, type).withScale(scale);
  }

  /** A one-byte delay code, also printed x {@code multiplier} under {@code derivedName}. */
  public static Field delay(String name, int multiplier, String derivedName) {
    return new Field(name, Type.DELAY, 1, 0, multiplier, derivedName, false, NO_LOOKUP);
  }

  /** A TEXT or TEXT_ALL_BUT field. */
  public static Field text(String name, Type type, int size) {
    return new Field(name, type, size, 0, 1, null, false, NO_LOOKUP);
  }

  /** Raw bytes printed as hex. */
  public static Field bytes(String name, int size) {
    return new Field(name, Type.BYTES, size, 0, 1, null, false, NO_LOOKUP);
  }

  /** A one-byte code printed as 0xNN, with its name under {@code nameOfName}. */
  public static Field code(String name, String nameOfName, IntFunction<Optional<String>> lookup) {
    return new Field(name, Type.CODE, 1, 0, 1, nameOfName, false, lookup);
  }

  /** A one-byte code printed as its name. */
  public static Field named(String name, IntFunction<Optional<String>> lookup) {
    return new Field(name, Type.NAME, 1, 0, 1, null, false, lookup);
  }

  /** The same field with another scale. */
  public Field withScale(int newScale) {
    return new Field(name, type, size, newScale, multiplier, derivedName, optional, lookup);
  }

  /** The same field, allowed to be missing at the end of INFO. */
  public Field optionalField() {
    return new Field(name, type, size, scale, multiplier, derivedName, true, lookup);
  }
}
