package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.AlarmFlag.State;
import io.solargw.protocol.bms.pace.internal.Decimals;
import io.solargw.protocol.bms.pace.internal.Hex;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answer to 0xA1 (history record): the 72-byte record kept raw, plus its documented fields when its
 * counts fit (bms.md §2.1; layout [PACE31 §4.15 A.56]): Y M D h m s, cell count n, n cell voltages
 * (u16 mV), temperature count m, m temperatures (u16 0.1 K), current (s16 10 mA), pack voltage (u16
 * mV), remaining and full capacity (u16 10 mAh), protect state 1, protect state 2, fault state,
 * warn state 1, warn state 2, instruction state, cycles (u16), fault state 8, fault state 10,
 * status record (u16, bit 0 = power-on record). 16 cells and 6 sensors give 72 bytes.
 *
 * @param header frame header
 * @param record the record bytes
 */
public record HistoryRecordResponse(ResponseHeader header, byte[] record) implements Response {

  /** Checks for nulls and copies. */
  public HistoryRecordResponse {
    Objects.requireNonNull(header, "header");
    record = record.clone();
  }

  /** A copy of the record bytes. */
  @Override
  public byte[] record() {
    return record.clone();
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.put("record_hex", Hex.of(record));
    map.put("record_bytes", record.length);
    try {
      map.putAll(fields());
      map.put("layout", "documented");
    } catch (BmsProtocolException e) {
      map.put("layout", "counts do not fit the documented layout: " + e.getMessage());
    }
    return map;
  }

  private Map<String, Object> fields() throws BmsProtocolException {
    InfoReader in = new InfoReader(record, () -> new byte[0]);
    Map<String, Object> m = new LinkedHashMap<>();
    int[] t = new int[6];
    for (int i = 0; i < 6; i++) {
      t[i] = in.u8("date/time");
    }
    m.put(
        "date_time",
        String.format("20%02d-%02d-%02dT%02d:%02d:%02d", t[0], t[1], t[2], t[3], t[4], t[5]));
    int n = in.u8("cell count");
    List<Integer> cells = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      cells.add(in.u16("cell voltage"));
    }
    m.put("cells_mV", cells);
    int k = in.u8("temperature count");
    List<Object> temps = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      temps.add(Decimals.of(in.u16("temperature") - Dialect.PACE.kelvinOffsetTenths(), 1));
    }
    m.put("temperatures_C", temps);
    m.put("current_A", Decimals.of(in.s16("current"), 2));
    m.put("voltage_V", Decimals.of(in.u16("voltage"), 3));
    m.put("remaining_Ah", Decimals.of(in.u16("remaining"), 2));
    m.put("full_Ah", Decimals.of(in.u16("full"), 2));
    State[] states = {
      State.PROTECT_1, State.PROTECT_2, State.FAULT, State.WARN_1, State.WARN_2, State.INSTRUCTION
    };
    String[] names = {
      "protect_state_1",
      "protect_state_2",
      "fault_state",
      "warn_state_1",
      "warn_state_2",
      "instruction_state"
    };
    List<String> flags = new ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      int v = in.u8(names[i]);
      m.put(names[i], Hex.byteText(v));
      AlarmFlag.set(states[i], v).forEach(f -> flags.add(f.label().orElse(f.description())));
    }
    m.put("cycles", in.u16("cycles"));
    int fault8 = in.u8("fault state 8");
    m.put("fault_state_8", Hex.byteText(fault8));
    AlarmFlag.set(State.FAULT_8, fault8).forEach(f -> flags.add(f.description()));
    int fault10 = in.u8("fault state 10");
    m.put("fault_state_10", Hex.byteText(fault10));
    AlarmFlag.set(State.FAULT_10, fault10).forEach(f -> flags.add(f.description()));
    int status = in.u16("status record");
    m.put("status_record", String.format("0x%04X", status));
    m.put("power_on_record", (status & 1) == 1);
    m.put("flags", flags);
    in.requireEnd("the status record");
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HistoryRecordResponse h
        && header.equals(h.header)
        && Arrays.equals(record, h.record);
  }

  @Override
  public int hashCode() {
    return 31 * header.hashCode() + Arrays.hashCode(record);
  }

  @Override
  public String toString() {
    return "HistoryRecordResponse[" + header + ", record=" + Hex.of(record) + "]";
  }
}
