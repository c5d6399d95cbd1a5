package io.solargw.sim.bms.internal;

import io.solargw.protocol.bms.pace.AlarmBlock;
import io.solargw.protocol.bms.pace.AlarmResponse;
import io.solargw.protocol.bms.pace.AnalogBlock;
import io.solargw.protocol.bms.pace.AnalogResponse;
import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.bms.pace.Frame;
import io.solargw.protocol.bms.pace.PaceCommand;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.PackAddressing;
import io.solargw.protocol.bms.pace.Request;
import io.solargw.protocol.bms.pace.ResponseHeader;
import io.solargw.protocol.bms.pace.ReturnCode;
import io.solargw.sim.bms.BatteryRack;
import io.solargw.sim.bms.PackCondition;
import io.solargw.sim.bms.PackConditions;
import io.solargw.sim.bms.PackThresholds;
import io.solargw.sim.site.PackState;
import io.solargw.sim.site.SiteState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Who on the rack's bus answers a request, and what (bms.md 5.1-5.5).
 *
 * <ul>
 *   <li>ADR N (1..15): every pack set to DIP N answers from ADR N; two such packs collide.
 *   <li>ADR 0: the pack the host is wired to answers from its real ADR (bms.md 5.4, capture V5):
 *       the master (DIP 1), or the lowest-addressed pack when no pack is at 1.
 *   <li>0x42/0x44 INFO 0xFF: the master lists packs 1..N (N = the rack's size), one block per DIP
 *       address; an address no pack answers (silent, missing, or two packs colliding on the pack
 *       bus) is listed as an offline block, as capture V9 shows. A pack that is not the master
 *       lists only itself (count 1).
 *   <li>INFO 0 or the pack's own address: its own block, INFO echoed. INFO N on the master: pack
 *       N's block relayed. INFO N on another pack: RTN 0x90 (ADR error).
 * </ul>
 */
public final class RackAnswers {

  private RackAnswers() {}

  /** The packs' current views (readings with offsets, conditions). */
  public static List<PackView> views(
      SiteState site, List<SimulatedPack> packs, PackThresholds thresholds) {
    List<PackView> out = new ArrayList<>();
    for (SimulatedPack pack : packs) {
      PackState p = heated(site.battery().packs().get(pack.position() - 1), pack);
      Set<PackCondition> on = PackConditions.evaluate(p, thresholds, pack.forced());
      out.add(
          new PackView(
              p,
              pack,
              on,
              pack.dipAddress() == 1,
              packs.size(),
              site.time().plusSeconds(pack.clockOffsetSeconds()).withNano(0),
              thresholds));
    }
    return out;
  }

  private static PackState heated(PackState p, SimulatedPack pack) {
    if (pack.cellOffsetCelsius() == 0 && pack.mosOffsetCelsius() == 0) {
      return p;
    }
    List<Double> t = new ArrayList<>(p.temperaturesCelsius());
    for (int i = 0; i < 4; i++) {
      t.set(i, t.get(i) + pack.cellOffsetCelsius());
    }
    t.set(4, t.get(4) + pack.mosOffsetCelsius());
    return new PackState(
        p.address(),
        p.cellMillivolts(),
        t,
        p.amps(),
        p.remainingAh(),
        p.fullAh(),
        p.designAh(),
        p.cycles(),
        p.socPercent(),
        p.sohPercent(),
        p.balancingCells());
  }

  /** The frames answering {@code request}. */
  public static List<BatteryRack.Reply> answer(
      Frame request, List<PackView> views, IntPredicate silent) {
    List<BatteryRack.Reply> out = new ArrayList<>();
    for (PackView v : responders(request.address(), views, silent)) {
      PaceReply r = reply(request, v, views, silent);
      out.add(frame(v.pack().dipAddress(), r));
    }
    return out;
  }

  /** RTN {@code returnCode} from the packs addressed by {@code address}. */
  public static List<BatteryRack.Reply> refuse(
      int address, int returnCode, List<PackView> views, IntPredicate silent) {
    List<BatteryRack.Reply> out = new ArrayList<>();
    for (PackView v : responders(address, views, silent)) {
      out.add(frame(v.pack().dipAddress(), new PaceReply(returnCode, new byte[0])));
    }
    return out;
  }

  private static List<PackView> responders(int address, List<PackView> views, IntPredicate silent) {
    List<PackView> live = views.stream().filter(v -> !silent.test(v.pack().dipAddress())).toList();
    if (address != 0) {
      return live.stream().filter(v -> v.pack().dipAddress() == address).toList();
    }
    List<PackView> masters = live.stream().filter(PackView::master).toList();
    if (!masters.isEmpty()) {
      return masters;
    }
    return live.stream()
        .min((a, b) -> Integer.compare(a.pack().dipAddress(), b.pack().dipAddress()))
        .map(List::of)
        .orElse(List.of());
  }

  private static PaceReply reply(
      Frame request, PackView v, List<PackView> views, IntPredicate silent) {
    if (request.version() != Dialect.PACE.code()) {
      return PaceReply.error(ReturnCode.VER_ERROR);
    }
    if (request.cid1() != Request.LIFEPO4) {
      return PaceReply.error(ReturnCode.CID1_ERROR);
    }
    Optional<PaceCommand> command = PaceCommand.of(request.cid2());
    if (command.isEmpty()) {
      return PaceReply.error(ReturnCode.CID2_INVALID);
    }
    PaceCommand c = command.get();
    if (c != PaceCommand.ANALOG && c != PaceCommand.ALARM) {
      return PackCommands.reply(c, request.info(), v);
    }
    if (request.infoLength() != 1) {
      return PaceReply.error(ReturnCode.COMMAND_FORMAT_ERROR);
    }
    return blocks(c == PaceCommand.ANALOG, request.infoByte(0), v, views, silent);
  }

  private static PaceReply blocks(
      boolean analog, int info, PackView v, List<PackView> views, IntPredicate silent) {
    int own = v.pack().dipAddress();
    List<Optional<PackView>> listed = new ArrayList<>();
    PackAddressing addressing = PackAddressing.COMMAND_ECHO;
    if (info == PaceRequests.ALL_PACKS) {
      addressing = PackAddressing.ALL_PACKS;
      if (v.master()) {
        for (int dip = 1; dip <= v.packCount(); dip++) {
          listed.add(reachable(dip, views, silent));
        }
      } else {
        listed.add(Optional.of(v));
      }
    } else if (info == 0 || info == own) {
      listed.add(Optional.of(v));
    } else if (v.master() && info <= 15) {
      listed.add(reachable(info, views, silent));
    } else {
      return PaceReply.error(ReturnCode.ADR_ERROR);
    }
    int second = addressing == PackAddressing.ALL_PACKS ? listed.size() : info;
    ResponseHeader header =
        new ResponseHeader(Dialect.PACE.code(), own, Request.LIFEPO4, Optional.empty());
    if (analog) {
      List<AnalogBlock> blocks =
          listed.stream()
              .map(p -> p.map(x -> PackBlocks.analog(x.state())).orElseGet(PackBlocks::offline))
              .toList();
      return PaceReply.ok(
          new AnalogResponse(header, Dialect.PACE, 0, addressing, second, blocks).encodeInfo());
    }
    List<AlarmBlock> blocks =
        listed.stream()
            .map(
                p ->
                    p.map(
                            x ->
                                PackBlocks.alarm(
                                    x.state(), x.conditions(), x.thresholds(), x.pack()))
                        .orElseGet(PackBlocks::offlineAlarm))
            .toList();
    return PaceReply.ok(
        new AlarmResponse(header, Dialect.PACE, 0, addressing, second, blocks).encodeInfo());
  }

  /** The one live pack at {@code dip}, as the master hears it on the pack bus. */
  private static Optional<PackView> reachable(int dip, List<PackView> views, IntPredicate silent) {
    List<PackView> at =
        views.stream().filter(x -> x.pack().dipAddress() == dip && !silent.test(dip)).toList();
    return at.size() == 1 ? Optional.of(at.get(0)) : Optional.empty();
  }

  private static BatteryRack.Reply frame(int dip, PaceReply r) {
    Frame f = new Frame(Dialect.PACE.code(), dip, Request.LIFEPO4, r.rtn(), r.info());
    return new BatteryRack.Reply(dip, f.encode());
  }
}
