package io.solargw.protocol.inverter.profile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which numbering of the machine-state register 0x0210 a profile uses (protocol doc 3.5). The
 * chosen table is also available to points as the enum table named {@code machine_state}.
 */
public enum MachineStateTable {
  ALL_IN_ONE_V1_5("all_in_one_v1_5", List.of(AllInOneMachineState.values())),
  SPLIT_PHASE("split_phase", List.of(SplitPhaseMachineState.values())),
  LEGACY_V1_3("legacy_v1_3", List.of(LegacyMachineState.values()));

  /** Name under which the selected table is visible to enum points. */
  public static final String ENUM_NAME = "machine_state";

  private final String keyword;
  private final List<MachineState> states;

  MachineStateTable(String keyword, List<MachineState> states) {
    this.keyword = keyword;
    this.states = states;
  }

  /** The spelling in profile YAML. */
  public String keyword() {
    return keyword;
  }

  /** All states of this table in code order. */
  public List<MachineState> states() {
    return states;
  }

  /** The state with raw value {@code code}, if this table has one. */
  public Optional<MachineState> of(int code) {
    return states.stream().filter(s -> s.code() == code).findFirst();
  }

  /** This table as an enum table: raw → {code: text, label}. */
  public EnumTable asEnumTable() {
    Map<Integer, EnumOption> options = new LinkedHashMap<>();
    for (MachineState s : states) {
      options.put(s.code(), new EnumOption(s.code(), s.text(), s.label()));
    }
    return new EnumTable(ENUM_NAME, options);
  }

  /** The table spelled {@code keyword}, if any. */
  public static Optional<MachineStateTable> of(String keyword) {
    return Arrays.stream(values()).filter(t -> t.keyword.equals(keyword)).findFirst();
  }
}
