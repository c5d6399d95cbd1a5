package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import io.solargw.protocol.bms.pace.internal.InfoWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Answer to 0x44 (pack alarm and status values): INFOFLAG, pack count or command echo, and the pack
 * blocks (bms.md §4, [PACE18 §4.3], [PACE31 §4.2], [PYL33 §3.5]).
 *
 * <p>Block length is M + N + 14 (PACE) or M + N + 10 (Pylontech) plus 0..5 extra bytes shared by
 * every block of one answer. A block that leaves more than 5 bytes over (capture W3: a 15-cell pack
 * announcing 16 cells) is a LAYOUT error naming the counts and offsets, never a decode with shifted
 * flags. In JSON a single-pack answer puts the pack's fields at the top level (as the vectors do);
 * an all-packs answer lists them under {@code packs}. {@code pack_address} follows the rule of
 * {@link AnalogResponse}.
 *
 * @param header frame header
 * @param dialect PACE or Pylontech block layout
 * @param infoflag INFOFLAG / DATAFLAG
 * @param addressing what the byte after INFOFLAG means
 * @param countOrEcho that byte
 * @param blocks the pack blocks
 */
public record AlarmResponse(
    ResponseHeader header,
    Dialect dialect,
    int infoflag,
    PackAddressing addressing,
    int countOrEcho,
    List<AlarmBlock> blocks)
    implements Response {

  /** Checks ranges and copies the blocks. */
  public AlarmResponse {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(addressing, "addressing");
    PaceRequests.check("infoflag", infoflag, 0, 0xFF);
    PaceRequests.check("countOrEcho", countOrEcho, 0, 0xFF);
    blocks = List.copyOf(blocks);
    int expected = addressing == PackAddressing.ALL_PACKS ? countOrEcho : 1;
    if (blocks.size() != expected) {
      throw new IllegalArgumentException(
          "expected " + expected + " blocks for " + addressing + ", got " + blocks.size());
    }
  }

  static int stateBytes(Dialect dialect) {
    return dialect == Dialect.PACE ? 9 : 5;
  }

  /** The blocks with their pack addresses. */
  public List<PackAlarm> packs() {
    List<PackAlarm> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int address = addressing == PackAddressing.ALL_PACKS ? i + 1 : countOrEcho;
      out.add(new PackAlarm(address, dialect, blocks.get(i)));
    }
    return out;
  }

  static AlarmResponse decode(
      Frame frame, Dialect dialect, OptionalInt requestCommand, ResponseHeader header)
      throws BmsProtocolException {
    byte[] info = frame.info();
    BlockPlan.Shape shape = new BlockPlan.Shape("alarm", 1, 1, 5 + stateBytes(dialect), null);
    BlockPlan.Plan plan =
        BlockPlan.resolve(
            info,
            frame::encode,
            requestCommand,
            shape,
            0,
            AlarmBlock.MAX_EXTRA,
            AlarmBlock.MAX_EXTRA);
    InfoReader in = new InfoReader(info, frame::encode);
    int infoflag = in.u8("INFOFLAG");
    int second = in.u8("pack count / command");
    List<AlarmBlock> blocks = new ArrayList<>();
    for (int b = 0; b < plan.blocks(); b++) {
      blocks.add(readBlock(in, dialect, plan.tail()));
    }
    in.requireEnd("the last alarm block");
    return new AlarmResponse(header, dialect, infoflag, plan.addressing(), second, blocks);
  }

  private static AlarmBlock readBlock(InfoReader in, Dialect dialect, int extra)
      throws BmsProtocolException {
    int m = in.u8("cell count");
    List<Integer> cells = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      cells.add(in.u8("cell " + (i + 1) + " warning"));
    }
    int n = in.u8("temperature count");
    List<Integer> temps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      temps.add(in.u8("temperature " + (i + 1) + " warning"));
    }
    int charge = in.u8("charge-current warning");
    int voltage = in.u8("total-voltage warning");
    int discharge = in.u8("discharge-current warning");
    byte[] states = in.bytes(stateBytes(dialect), "state bytes");
    return new AlarmBlock(
        cells, temps, charge, voltage, discharge, states, in.bytes(extra, "extra bytes"));
  }

  /** The DATA_INFO bytes of this answer. */
  public byte[] encodeInfo() {
    InfoWriter w = new InfoWriter().u8(infoflag).u8(countOrEcho);
    blocks.forEach(b -> b.writeTo(w));
    return w.toByteArray();
  }

  /** This answer as a frame (RTN 0x00). */
  public Frame toFrame() {
    return new Frame(header.version(), header.address(), header.cid1(), 0, encodeInfo());
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.put("infoflag", infoflag);
    map.put("addressing", addressing == PackAddressing.ALL_PACKS ? "all_packs" : "command_echo");
    map.put("pack_count", blocks.size());
    List<PackAlarm> packs = packs();
    if (addressing == PackAddressing.COMMAND_ECHO) {
      map.putAll(AlarmMaps.pack(packs.get(0)));
    } else {
      List<Object> list = new ArrayList<>();
      packs.forEach(p -> list.add(AlarmMaps.pack(p)));
      map.put("packs", list);
    }
    return map;
  }
}
