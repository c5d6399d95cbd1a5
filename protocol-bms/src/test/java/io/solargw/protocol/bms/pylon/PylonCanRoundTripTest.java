package io.solargw.protocol.bms.pylon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random messages of every id: {@code decode(encode(m)) == m}; and random frames: decoding,
 * re-encoding and decoding again gives the same message.
 */
class PylonCanRoundTripTest {

  private static final long SEED = 0x5EED_CA4EL;
  private static final int CASES_PER_ID = 2_000;

  @Test
  void decodeOfEncodeIsIdentityForEveryId() throws Exception {
    Random random = new Random(SEED);
    Set<PylonCanId> covered = EnumSet.noneOf(PylonCanId.class);
    for (int i = 0; i < CASES_PER_ID; i++) {
      for (PylonCanId id : PylonCanId.values()) {
        PylonCanMessage m = randomMessage(id, random);
        CanFrame frame = PylonCanCodec.encode(m);
        assertThat(frame.id()).isEqualTo(id.code());
        assertThat(PylonCanCodec.decode(frame))
            .as("seed %d, case %d, %s: %s", SEED, i, id, frame)
            .isEqualTo(m);
        covered.add(id);
      }
    }
    assertThat(covered).containsExactlyInAnyOrder(PylonCanId.values());
  }

  @Test
  void decodingIsStableAcrossReEncoding() throws Exception {
    Random random = new Random(SEED + 1);
    for (int i = 0; i < 20_000; i++) {
      PylonCanId id = PylonCanId.values()[random.nextInt(PylonCanId.values().length)];
      byte[] data = new byte[id.minimumDlc() + random.nextInt(9 - id.minimumDlc())];
      random.nextBytes(data);
      CanFrame frame = CanFrame.standard(id.code(), data);
      PylonCanMessage once = PylonCanCodec.decode(frame);
      assertThat(PylonCanCodec.decode(PylonCanCodec.encode(once)))
          .as("seed %d, case %d: %s", SEED + 1, i, frame)
          .isEqualTo(once);
    }
  }

  @Test
  void unknownFramesEncodeToThemselves() throws Exception {
    Random random = new Random(SEED + 2);
    int unknown = 0;
    for (int i = 0; i < 2_000; i++) {
      CanFrame frame = RandomFrames.frame(random);
      boolean known = !frame.extended() && !frame.remote() && PylonCanId.of(frame.id()).isPresent();
      if (!known) {
        PylonCanMessage m = PylonCanCodec.decode(frame);
        assertThat(m).isInstanceOf(UnknownCanMessage.class);
        unknown++;
        assertThat(PylonCanCodec.encode(m)).as("seed %d case %d", SEED + 2, i).isEqualTo(frame);
      }
    }
    assertThat(unknown).isPositive();
  }

  static PylonCanMessage randomMessage(PylonCanId id, Random r) {
    return switch (id) {
      case INVERTER_KEEP_ALIVE -> new InverterKeepAlive(bytes(r, r.nextInt(9)));
      case CHARGE_DISCHARGE_LIMITS -> new ChargeDischargeLimits(u16(r), s16(r), s16(r), u16(r));
      case SOC_SOH ->
          new StateOfChargeHealth(
              u16(r), u16(r), r.nextBoolean() ? OptionalInt.of(u16(r)) : OptionalInt.empty());
      case VOLTAGE_CURRENT_TEMPERATURE -> new VoltageCurrentTemperature(s16(r), s16(r), s16(r));
      case PROTECTION_ALARM_FLAGS -> new ProtectionAlarmFlags(r.nextInt(), r.nextInt(256), u16(r));
      case ALARMS_WARNINGS -> new AlarmsWarnings(r.nextInt(), r.nextInt());
      case CHARGE_REQUEST -> new ChargeRequest(r.nextInt(256), r.nextInt(256));
      case MANUFACTURER_NAME -> new ManufacturerName(text(r));
      case BATTERY_INFO -> new BatteryInfo(u16(r), r.nextInt(256), r.nextInt(256), u16(r), u16(r));
      case CELL_EXTREMES -> new CellExtremes(s16(r), s16(r), u16(r), u16(r));
      case CELL_EXTREME_IDS -> new CellExtremeIds(u16(r), u16(r), u16(r), u16(r));
      case MODULE_COUNTS -> new ModuleCounts(u16(r), u16(r), u16(r), u16(r));
      case CELL_INFO -> new VictronCellInfo(u16(r), u16(r), u16(r), u16(r));
      case MIN_CELL_VOLTAGE_NAME -> new CellName(CellNameRole.MIN_CELL_VOLTAGE, text(r));
      case MAX_CELL_VOLTAGE_NAME -> new CellName(CellNameRole.MAX_CELL_VOLTAGE, text(r));
      case MIN_CELL_TEMPERATURE_NAME -> new CellName(CellNameRole.MIN_CELL_TEMPERATURE, text(r));
      case MAX_CELL_TEMPERATURE_NAME -> new CellName(CellNameRole.MAX_CELL_TEMPERATURE, text(r));
      case ENERGY_COUNTERS -> new EnergyCounters(u32(r), u32(r));
      case INSTALLED_CAPACITY -> new InstalledCapacity(u16(r));
      case SERIAL_NUMBER_PART_1 -> new SerialNumberPart(1, text(r));
      case SERIAL_NUMBER_PART_2 -> new SerialNumberPart(2, text(r));
    };
  }

  private static int u16(Random r) {
    return r.nextInt(0x10000);
  }

  private static int s16(Random r) {
    return r.nextInt(0x10000) - 0x8000;
  }

  private static long u32(Random r) {
    return r.nextLong() & 0xFFFF_FFFFL;
  }

  private static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  /** 0-8 characters U+0000..U+00FF that do not end in a space or NUL. */
  private static String text(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(9);
    for (int i = 0; i < n; i++) {
      sb.append((char) r.nextInt(256));
    }
    while (!sb.isEmpty()
        && (sb.charAt(sb.length() - 1) == ' ' || sb.charAt(sb.length() - 1) == 0)) {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }
}
