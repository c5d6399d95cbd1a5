package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.BmsProtocolException.Reason;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Answer to 0xB1 (BMS date and time): six bytes Y M D h m s, year = value + 2000 (bms.md §2.1,
 * [PACE18 §4.9], [PACE31 §4.28, A.5]). The BMS clock has no time zone.
 *
 * @param header frame header
 * @param dateTime the BMS clock
 */
public record DateTimeResponse(ResponseHeader header, LocalDateTime dateTime) implements Response {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  /** Checks for nulls. */
  public DateTimeResponse {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(dateTime, "dateTime");
  }

  static DateTimeResponse decode(Frame frame, ResponseHeader header) throws BmsProtocolException {
    InfoReader in = new InfoReader(frame.info(), frame::encode);
    int[] v = new int[6];
    String[] names = {"year", "month", "day", "hour", "minute", "second"};
    for (int i = 0; i < 6; i++) {
      v[i] = in.u8(names[i]);
    }
    in.requireEnd("the date and time");
    try {
      return new DateTimeResponse(
          header, LocalDateTime.of(2000 + v[0], v[1], v[2], v[3], v[4], v[5]));
    } catch (DateTimeException e) {
      throw in.error(
          Reason.OUT_OF_RANGE,
          0,
          String.format(
              "date/time %02d-%02d-%02d %02d:%02d:%02d at %s is not a valid time: %s",
              v[0], v[1], v[2], v[3], v[4], v[5], InfoReader.where(0), e.getMessage()));
    }
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.put("date_time", ISO.format(dateTime));
    return map;
  }
}
