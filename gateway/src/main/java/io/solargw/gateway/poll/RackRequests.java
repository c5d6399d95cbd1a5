package io.solargw.gateway.poll;

import io.solargw.protocol.bms.pace.Dialect;
import io.solargw.protocol.bms.pace.PaceRequests;
import io.solargw.protocol.bms.pace.PylonRequests;
import io.solargw.protocol.bms.pace.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests of one rack poll cycle (bms.md 5.3): in all-packs mode one analog and one alarm
 * request with INFO 0xFF to the master, whose single answer holds every pack; in per-pack mode one
 * of each per pack address.
 *
 * @param allPacks true for the all-packs (0xFF) mode
 * @param dialect PACE (VER 0x25) or Pylontech (VER 0x20)
 * @param masterAddress the address the host talks to in all-packs mode
 */
public record RackRequests(boolean allPacks, Dialect dialect, int masterAddress) {

  /** What a request asks for. */
  public enum Kind {
    ANALOG,
    ALARM
  }

  /** One request of the cycle. */
  public record Step(Kind kind, Request request) {}

  /** The cycle's requests for {@code packs}. */
  public List<Step> steps(List<Integer> packs) {
    List<Step> steps = new ArrayList<>();
    if (allPacks) {
      steps.add(new Step(Kind.ANALOG, analog(masterAddress, PaceRequests.ALL_PACKS)));
      steps.add(new Step(Kind.ALARM, alarm(masterAddress, PaceRequests.ALL_PACKS)));
    } else {
      for (int p : packs) {
        steps.add(new Step(Kind.ANALOG, analog(p, p)));
        steps.add(new Step(Kind.ALARM, alarm(p, p)));
      }
    }
    return steps;
  }

  /** "analog values of all packs", "alarm info of pack 3" for logs. */
  String describe(Request request) {
    String what = request.toMap().getOrDefault("command_name", "command").toString();
    byte[] info = request.info();
    int pack = info.length == 0 ? -1 : info[0] & 0xFF;
    return what + (pack == 0xFF ? " of all packs" : pack >= 0 ? " of pack " + pack : "");
  }

  private Request analog(int address, int pack) {
    return dialect == Dialect.PYLONTECH
        ? PylonRequests.analog(address, pack)
        : PaceRequests.analog(address, pack);
  }

  private Request alarm(int address, int pack) {
    return dialect == Dialect.PYLONTECH
        ? PylonRequests.alarm(address, pack)
        : PaceRequests.alarm(address, pack);
  }
}
