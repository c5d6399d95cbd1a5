package io.solargw.protocol.bms.pace.internal;

import io.solargw.protocol.bms.BmsProtocolException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes INFO by a list of {@link Field}s into an ordered name -> value map. */
public final class FieldDecoder {

  private FieldDecoder() {}

  /**
   * Decodes every field in order; optional fields stop the decode when INFO ends. Bytes left over
   * after the last field are a TRAILING_DATA error.
   *
   * @param kelvinOffsetTenths 0 °C in 0.1 K for TEMPERATURE fields
   * @param raw receives each field's raw value (1-byte fields as "0xNN", others as numbers)
   */
  public static Map<String, Object> decode(
      List<Field> fields, InfoReader in, int kelvinOffsetTenths, List<Object> raw)
      throws BmsProtocolException {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Field f : fields) {
      if (f.optional() && in.remaining() == 0) {
        break;
      }
      decodeOne(f, in, kelvinOffsetTenths, out, raw);
    }
    in.requireEnd("the documented fields");
    return out;
  }

  private static void decodeOne(
      Field f, InfoReader in, int kelvinOffsetTenths, Map<String, Object> out, List<Object> raw)
      throws BmsProtocolException {
    switch (f.type()) {
      case U8, U16, S16, U24, U32 -> {
        long v = integer(f, in);
        raw.add(f.size() == 1 ? Hex.byteText((int) v) : number(v, 0));
        out.put(f.name(), number(v, f.scale()));
      }
      case BOOL -> {
        int v = in.u8(f.name());
        raw.add(Hex.byteText(v));
        out.put(f.name(), v == 0 ? Boolean.FALSE : v == 1 ? Boolean.TRUE : Hex.byteText(v));
      }
      case HEX8 -> {
        int v = in.u8(f.name());
        raw.add(Hex.byteText(v));
        out.put(f.name(), Hex.byteText(v));
      }
      case TEMPERATURE -> {
        int v = in.u16(f.name());
        raw.add(v);
        out.put(f.name(), Decimals.of(v - kelvinOffsetTenths, 1));
      }
      case DELAY -> {
        int v = in.u8(f.name());
        raw.add(Hex.byteText(v));
        out.put(f.name(), v);
        out.put(f.derivedName(), v * f.multiplier());
      }
      case TEXT, TEXT_ALL_BUT -> {
        int n =
            f.type() == Field.Type.TEXT
                ? Math.min(f.size(), in.remaining())
                : Math.max(0, in.remaining() - f.size());
        String text = text(in.bytes(n, f.name()));
        raw.add(text);
        out.put(f.name(), text);
      }
      case BYTES -> {
        String hex = Hex.of(in.bytes(f.size(), f.name()));
        raw.add(hex);
        out.put(f.name(), hex);
      }
      case CODE -> {
        int v = in.u8(f.name());
        raw.add(Hex.byteText(v));
        out.put(f.name(), Hex.byteText(v));
        out.put(f.derivedName(), f.lookup().apply(v).orElse("unknown"));
      }
      case NAME -> {
        int v = in.u8(f.name());
        raw.add(Hex.byteText(v));
        out.put(f.name(), f.lookup().apply(v).orElse(Hex.byteText(v)));
      }
    }
  }

  private static long integer(Field f, InfoReader in) throws BmsProtocolException {
    return switch (f.type()) {
      case U8 -> in.u8(f.name());
      case U16 -> in.u16(f.name());
      case S16 -> in.s16(f.name());
      case U24 -> in.u24(f.name());
      default -> in.u32(f.name());
    };
  }

  private static Object number(long v, int scale) {
    if (scale > 0) {
      return Decimals.of(v, scale);
    }
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? (Object) (int) v : (Object) v;
  }

  /** ASCII text with trailing spaces and NULs removed (text fields are space padded, §1.3). */
  public static String text(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
      end--;
    }
    StringBuilder sb = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      int c = bytes[i] & 0xFF;
      sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
    }
    return sb.toString();
  }
}
