package io.solargw.gateway.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.solargw.gateway.bus.BusCounters;
import io.solargw.gateway.bus.BusTiming;
import io.solargw.gateway.bus.BusWorker;
import io.solargw.mqtt.WriteResult;
import io.solargw.protocol.inverter.profile.SettingSpec;
import io.solargw.protocol.inverter.settings.RegisterWrite;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The bus transaction of a write: 0x10 for several registers, and a silent unit's timeout. */
class WriteTransactionTest {

  @Test
  void severalRegistersGoAsOneWriteMultipleAndAreAllReadBack() throws Exception {
    try (UnitFixture f = new UnitFixture()) {
      SettingSpec opf = f.unit.profile().setting("OPF").orElseThrow();
      List<RegisterWrite> writes =
          List.of(new RegisterWrite(0xE209, 6000), new RegisterWrite(0xE20A, 700));
      WriteResult r =
          f.worker
              .submit(new WriteTransaction(f.unit, opf, writes, Optional.of(48)))
              .get(5, TimeUnit.SECONDS);
      assertThat(r).isEqualTo(new WriteResult.Written("60.00"));
      assertThat(f.link.writes()).isEqualTo(1);
      assertThat(f.sim.inverters().setting(0, "OPF")).contains("60.00");
      assertThat(f.sim.inverters().setting(0, "MCC")).contains("70.0");
    }
  }

  @Test
  void aSilentUnitIsATimeoutThatLeavesTheOutcomeOpen() throws Exception {
    try (UnitFixture f = new UnitFixture()) {
      BusWorker silent =
          new BusWorker(
              "silent",
              new IdleLink(),
              new BusTiming(Duration.ofMillis(100), Duration.ZERO, 0),
              new BusCounters(),
              List.of());
      Thread t = new Thread(silent);
      t.start();
      try {
        await().atMost(Duration.ofSeconds(5)).until(silent::linkUp);
        SettingSpec wfm = f.unit.profile().setting("WFM").orElseThrow();
        WriteResult r =
            silent
                .submit(
                    new WriteTransaction(
                        f.unit, wfm, List.of(new RegisterWrite(0xE204, 1)), Optional.of(48)))
                .get(5, TimeUnit.SECONDS);
        assertThat(r)
            .isEqualTo(
                new WriteResult.Failed(
                    "inverter-1 did not answer the write of [E204 := 1] (timeout 100 ms); the"
                        + " setting may or may not have changed"));
      } finally {
        silent.stop();
        t.interrupt();
        t.join(5000);
      }
    }
  }

  @Test
  void anEchoThatDiffersIsAnEchoMismatch() throws Exception {
    WriteResult r = onScriptedUnit(1, 1);
    assertThat(r).isInstanceOf(WriteResult.Failed.class);
    assertThat(((WriteResult.Failed) r).message())
        .startsWith("inverter-1 echo mismatch to the write of [E204 := 1]: ");
  }

  @Test
  void aReadBackThatDiffersIsAFailureNamingBothValues() throws Exception {
    assertThat(onScriptedUnit(0, 2))
        .isEqualTo(
            new WriteResult.Failed(
                "inverter-1 read-back differs: wrote [E204 := 1], read E204 = 2 (SBU)"));
  }

  private static WriteResult onScriptedUnit(int echoDelta, int readValue) throws Exception {
    try (UnitFixture f = new UnitFixture()) {
      BusWorker scripted =
          new BusWorker(
              "scripted",
              new ScriptedUnit(echoDelta, readValue),
              new BusTiming(Duration.ofMillis(100), Duration.ZERO, 0),
              new BusCounters(),
              List.of());
      Thread t = new Thread(scripted);
      t.start();
      try {
        await().atMost(Duration.ofSeconds(5)).until(scripted::linkUp);
        SettingSpec wfm = f.unit.profile().setting("WFM").orElseThrow();
        return scripted
            .submit(
                new WriteTransaction(
                    f.unit, wfm, List.of(new RegisterWrite(0xE204, 1)), Optional.of(48)))
            .get(5, TimeUnit.SECONDS);
      } finally {
        scripted.stop();
        t.interrupt();
        t.join(5000);
      }
    }
  }
}
