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
 * Answer to 0x42 (pack analog values): INFOFLAG, pack count or command echo, and the pack blocks
 * (bms.md §3, [PACE18 §4.2], [PACE31 §4.1], [PYL33 §3.3]).
 *
 * <p>{@code pack_address} of each block: the echoed COMMAND for a single-pack answer (that is the
 * pack the caller asked for; the header ADR is the responding pack's DIP address, which can differ,
 * §5.4), and 1..M in block order for an all-packs answer (the master lists packs 1..M, DIP
 * addresses 1..15 with pack 1 the master; an offline pack still occupies its place as a zero block,
 * §3.6).
 *
 * @param header frame header
 * @param dialect units and tail layout
 * @param infoflag INFOFLAG (PACE 0x00/0x01; Pylontech DATAFLAG bits, ignored)
 * @param addressing what the byte after INFOFLAG means
 * @param countOrEcho that byte
 * @param blocks the pack blocks in order
 */
public record AnalogResponse(
    ResponseHeader header,
    Dialect dialect,
    int infoflag,
    PackAddressing addressing,
    int countOrEcho,
    List<AnalogBlock> blocks)
    implements Response {

  private static final BlockPlan.Shape SHAPE =
      new BlockPlan.Shape("analog", 2, 2, 13, AnalogResponse::plausibility);

  /** Largest tail of an all-packs answer: design capacity + 28 extension bytes (§3.6). */
  static final int MAX_TAIL = 30;

  /** Checks ranges and copies the blocks. */
  public AnalogResponse {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(addressing, "addressing");
    PaceRequests.check("infoflag", infoflag, 0, 0xFF);
    PaceRequests.check("countOrEcho", countOrEcho, 0, 0xFF);
    blocks = List.copyOf(blocks);
    if (addressing == PackAddressing.ALL_PACKS && blocks.size() != countOrEcho) {
      throw new IllegalArgumentException(
          "countOrEcho is " + countOrEcho + " but there are " + blocks.size() + " blocks");
    }
    if (addressing == PackAddressing.COMMAND_ECHO && blocks.size() != 1) {
      throw new IllegalArgumentException("a command-echo answer has exactly 1 block");
    }
  }

  /** The blocks with their pack addresses and units. */
  public List<PackAnalog> packs() {
    List<PackAnalog> out = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int address = addressing == PackAddressing.ALL_PACKS ? i + 1 : countOrEcho;
      out.add(new PackAnalog(address, dialect, blocks.get(i)));
    }
    return out;
  }

  /**
   * Decodes the INFO of a 0x42 answer.
   *
   * @param requestCommand the COMMAND byte of the request, if known (decides count vs echo)
   */
  static AnalogResponse decode(
      Frame frame, Dialect dialect, OptionalInt requestCommand, ResponseHeader header)
      throws BmsProtocolException {
    byte[] info = frame.info();
    int minTail = dialect == Dialect.PACE ? 2 : 0;
    BlockPlan.Plan plan =
        BlockPlan.resolve(
            info, frame::encode, requestCommand, SHAPE, minTail, MAX_TAIL, Frame.MAX_INFO_BYTES);
    InfoReader in = new InfoReader(info, frame::encode);
    int infoflag = in.u8("INFOFLAG");
    int second = in.u8("pack count / command");
    List<AnalogBlock> blocks = new ArrayList<>();
    for (int b = 0; b < plan.blocks(); b++) {
      blocks.add(readBlock(in, plan.tail()));
    }
    in.requireEnd("the last pack block");
    return new AnalogResponse(header, dialect, infoflag, plan.addressing(), second, blocks);
  }

  private static AnalogBlock readBlock(InfoReader in, int tail) throws BmsProtocolException {
    int m = in.u8("cell count");
    List<Integer> cells = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      cells.add(in.u16("cell voltage " + (i + 1)));
    }
    int n = in.u8("temperature count");
    List<Integer> temps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      temps.add(in.u16("temperature " + (i + 1)));
    }
    int current = in.s16("pack current");
    int voltage = in.u16("pack voltage");
    int remaining = in.u16("remaining capacity");
    int p = in.u8("user-defined item count");
    int full = in.u16("full capacity");
    int cycles = in.u16("cycle count");
    byte[] rest = in.bytes(tail, "block tail");
    return new AnalogBlock(cells, temps, current, voltage, remaining, p, full, cycles, rest);
  }

  /**
   * Evidence for one reading of an all-packs answer, used only when several tail lengths fit: 2
   * points if every present pack's voltage is within max(2 V, 5 %) of the sum of its cells, 1 point
   * if every block has the same user-item count P (one firmware per rack).
   */
  static int plausibility(byte[] info, List<Integer> starts) {
    boolean voltages = true;
    boolean sameP = true;
    int firstP = -1;
    for (int pos : starts) {
      int m = info[pos] & 0xFF;
      long sum = 0;
      for (int i = 0; i < m; i++) {
        sum += u16(info, pos + 1 + 2 * i);
      }
      int nPos = pos + 1 + 2 * m;
      int voltagePos = nPos + 1 + 2 * (info[nPos] & 0xFF) + 2;
      long voltage = u16(info, voltagePos);
      voltages &= sum == 0 || Math.abs(voltage - sum) <= Math.max(2000, sum / 20);
      int p = info[voltagePos + 4] & 0xFF;
      sameP &= firstP < 0 || p == firstP;
      firstP = p;
    }
    return (voltages ? 2 : 0) + (sameP ? 1 : 0);
  }

  private static int u16(byte[] info, int at) {
    return (info[at] & 0xFF) << 8 | (info[at + 1] & 0xFF);
  }

  /** The DATA_INFO bytes of this answer (inverse of decoding). */
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
    List<Object> packs = new ArrayList<>();
    for (PackAnalog p : packs()) {
      packs.add(AnalogMaps.pack(p));
    }
    map.put("packs", packs);
    return map;
  }
}
