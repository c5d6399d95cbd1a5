package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the registers of a point are turned into a value (protocol doc section 2.6). Each type allows
 * a range of register counts: one 16-bit word for {@code u16}/{@code s16}/{@code enum}/{@code
 * version}, two for {@code u32}/{@code s32} (word order per profile), 2–3 for {@code datetime}
 * (packed {@code (year-2000)<<8|month, day<<8|hour, minute<<8|second}), 1–64 for {@code ascii} (one
 * character in the low byte of each register), 1–4 for {@code bitfield} and 1–8 for {@code codes}
 * (one decimal fault/alarm code per register, 0 = empty slot).
 */
public enum PointType {
  U16("u16", 1, 1, true),
  S16("s16", 1, 1, true),
  U32("u32", 2, 2, true),
  S32("s32", 2, 2, true),
  ASCII("ascii", 1, 64, false),
  BITFIELD("bitfield", 1, 4, false),
  ENUM("enum", 1, 1, false),
  VERSION("version", 1, 1, false),
  DATETIME("datetime", 2, 3, false),
  CODES("codes", 1, 8, false);

  private final String keyword;
  private final int minLength;
  private final int maxLength;
  private final boolean numeric;

  PointType(String keyword, int minLength, int maxLength, boolean numeric) {
    this.keyword = keyword;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.numeric = numeric;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** Fewest registers a point of this type may span. */
  public int minLength() {
    return minLength;
  }

  /** Most registers a point of this type may span. */
  public int maxLength() {
    return maxLength;
  }

  /** The register count assumed when a point gives no {@code length}. */
  public int defaultLength() {
    return this == DATETIME ? 3 : minLength;
  }

  /** Whether a {@code scale} applies (integer types only). */
  public boolean numeric() {
    return numeric;
  }

  /** Whether {@code length} registers fit this type. */
  public boolean fits(int length) {
    return length >= minLength && length <= maxLength;
  }

  /** The type spelled {@code keyword} in YAML, if any. */
  public static Optional<PointType> of(String keyword) {
    return Arrays.stream(values()).filter(t -> t.keyword.equals(keyword)).findFirst();
  }
}
