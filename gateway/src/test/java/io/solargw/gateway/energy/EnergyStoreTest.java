package io.solargw.gateway.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnergyStoreTest {

  @TempDir Path dir;

  @Test
  void countersSurviveASaveAndALoad() throws IOException {
    EnergyStore store = new EnergyStore(dir);
    EnergyLedger ledger = new EnergyLedger(store, store.load());
    LocalDate day = LocalDate.of(2026, 6, 21);
    ledger.followDevice("inverter-1", EnergyQuantity.PV, 10, day);
    ledger.followDevice("inverter-1", EnergyQuantity.PV, 12.5, day);
    ledger.save();
    EnergyLedger again = new EnergyLedger(store, store.load());
    assertThat(again.counter("inverter-1", EnergyQuantity.PV).lifetimeKwh()).isEqualTo(2.5);
    assertThat(again.counter("inverter-1", EnergyQuantity.PV).day()).isEqualTo(day);
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("energy.json");
  }

  @Test
  void whatIsPublishedNeverGoesBackAfterACrash() throws IOException {
    EnergyStore store = new EnergyStore(dir);
    LocalDate day = LocalDate.of(2026, 6, 21);
    EnergyLedger ledger = new EnergyLedger(store, store.load());
    ledger.followDevice("inverter-1", EnergyQuantity.PV, 10, day);
    ledger.followDevice("inverter-1", EnergyQuantity.PV, 12, day);
    ledger.save();
    ledger.followDevice("inverter-1", EnergyQuantity.PV, 15, day); // not saved: lost in a crash
    double published = ledger.savedTotals().get("inverter-1/pv").lifetimeKwh();
    EnergyLedger afterCrash = new EnergyLedger(store, store.load());
    assertThat(published).isEqualTo(2);
    assertThat(afterCrash.savedTotals().get("inverter-1/pv").lifetimeKwh()).isEqualTo(published);
    assertThat(ledger.totals().get("inverter-1/pv").lifetimeKwh()).isEqualTo(5);
  }

  @Test
  void aLeftoverTempFileFromACrashDoesNotMatter() throws IOException {
    EnergyStore store = new EnergyStore(dir);
    store.save(Map.of("rack/pv", new EnergyStore.Stored(7, 1, null)));
    Files.writeString(dir.resolve("energy.json.tmp"), "{\"counters\": {\"rack/pv\": {\"lifet");
    assertThat(store.load()).containsKey("rack/pv");
    store.save(Map.of("rack/pv", new EnergyStore.Stored(8, 2, null)));
    assertThat(store.load().get("rack/pv").lifetimeKwh()).isEqualTo(8);
  }

  @Test
  void anUnreadableFileIsMovedAsideNeverOverwritten() throws IOException {
    Files.writeString(dir.resolve("energy.json"), "garbage{");
    EnergyStore store = new EnergyStore(dir);
    assertThatThrownBy(store::load)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is not valid JSON")
        .hasMessageContaining("energy.json.unreadable-");
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .anyMatch(n -> n.startsWith("energy.json.unreadable-"));
  }
}
