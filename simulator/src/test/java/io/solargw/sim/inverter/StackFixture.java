package io.solargw.sim.inverter;

import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileLoader;
import io.solargw.sim.site.SiteConfig;
import io.solargw.sim.site.SiteModel;
import io.solargw.sim.site.StackMode;
import io.solargw.sim.site.UnitSettings;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A site model and the inverter stack on it, advanced by hand. */
final class StackFixture {

  static final InverterProfile PROFILE = ProfileLoader.loadDefault();
  static final LocalDateTime NOON = LocalDateTime.of(2026, 6, 21, 12, 0);

  final SiteModel site;
  final InverterStack stack;

  StackFixture(int inverters, StackMode mode, LocalDateTime start) {
    SiteConfig config = SiteConfig.demo().withStack(inverters, mode).withPacks(4);
    site = new SiteModel(config, start, 70);
    List<UnitSettings> settings = new ArrayList<>();
    for (int i = 0; i < inverters; i++) {
      settings.add(site.settings(i));
    }
    stack =
        new InverterStack(
            PROFILE,
            config,
            site.state(),
            UnitIdentity.forStack(config),
            settings,
            site::setSettings);
  }

  /** Advances the site and hands the new state to the stack. */
  void advance(double seconds) {
    stack.update(site.advance(seconds));
  }
}
