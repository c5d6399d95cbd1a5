package io.solargw.protocol.inverter.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** SRNE's codes 1..64 as in inverter-modbus.md 5.2, unknown codes, slots and the JSON shape. */
class CodeTableTest {

  private static final CodeTable TABLE = CodeTable.loadDefault();

  /** One row of 5.2: number, mnemonic (null when 5.2 gives none), kind, output effect. */
  record SrneRow(int number, String name, CodeKind kind, Boolean affectsOutput) {}

  static Stream<SrneRow> srneRows() {
    CodeKind f = CodeKind.FAULT;
    CodeKind a = CodeKind.ALARM;
    return Stream.of(
        new SrneRow(1, "BatVoltLow", a, null),
        new SrneRow(2, "BatOverCurrSw", f, true),
        new SrneRow(3, "BatOpen", f, true),
        new SrneRow(4, "BatLowEod", f, true),
        new SrneRow(5, "BatOverCurrHw", f, true),
        new SrneRow(6, "BatOverVolt", f, true),
        new SrneRow(7, "BusOverVoltHw", f, true),
        new SrneRow(8, "BusOverVoltSw", f, true),
        new SrneRow(9, "PvVoltHigh", f, false),
        new SrneRow(10, "PvBuckOCSw / PvOCSw", f, false),
        new SrneRow(11, "PvBuckOCHw / PvOCHw", f, false),
        new SrneRow(12, "bLineLoss", a, false),
        new SrneRow(13, "OverloadBypass", f, true),
        new SrneRow(14, "OverloadInverter", f, true),
        new SrneRow(15, "AcOverCurrHw", f, true),
        new SrneRow(17, "InvShort", f, true),
        new SrneRow(19, "OverTemperMppt", f, false),
        new SrneRow(20, "OverTemperInv", f, true),
        new SrneRow(21, "FanFail", f, true),
        new SrneRow(22, "EEPROM", f, true),
        new SrneRow(23, "ModelNumErr", f, true),
        new SrneRow(26, "RlyShort", f, true),
        new SrneRow(29, "BusVoltLow / BusShort", f, true),
        new SrneRow(30, "BatCapacityLow1", a, false),
        new SrneRow(31, "BatCapacityLow2", a, false),
        new SrneRow(32, "BatCapacityLowStop", f, true),
        new SrneRow(34, "CanCommFault", f, true),
        new SrneRow(35, "ParaAddrErr", f, true),
        new SrneRow(36, null, f, null),
        new SrneRow(37, "ParaShareCurrErr", f, true),
        new SrneRow(38, "ParaBattVoltDiff", f, true),
        new SrneRow(39, "ParaAcSrcDiff", f, true),
        new SrneRow(40, "ParaHwSynErr", f, true),
        new SrneRow(41, "InvDcVoltErr", f, true),
        new SrneRow(42, "SysFwVersionDiff", f, true),
        new SrneRow(43, "ParaLineContErr", f, true),
        new SrneRow(44, null, f, true),
        new SrneRow(45, null, f, true),
        new SrneRow(49, null, f, true),
        new SrneRow(50, null, f, true),
        new SrneRow(51, null, f, true),
        new SrneRow(52, null, f, true),
        new SrneRow(53, null, f, true),
        new SrneRow(54, null, f, true),
        new SrneRow(55, null, f, true),
        new SrneRow(56, null, f, false),
        new SrneRow(57, null, f, true),
        new SrneRow(58, null, a, false),
        new SrneRow(59, null, a, null),
        new SrneRow(60, null, a, false),
        new SrneRow(61, null, a, false),
        new SrneRow(62, null, a, false),
        new SrneRow(63, null, a, false),
        new SrneRow(64, null, a, null));
  }

  @ParameterizedTest(name = "SRNE {0}")
  @MethodSource("srneRows")
  void srneCodeDecodesAsIn52(SrneRow row) {
    ActiveCode code = TABLE.decode(row.number());
    CodeEntry entry = TABLE.lookup(row.number()).get(0);

    assertThat(TABLE.lookup(row.number())).hasSize(1);
    assertThat(code.kind()).isEqualTo(row.kind());
    assertThat(code.source()).isEqualTo(CodeSource.SRNE);
    assertThat(code.affectsOutput()).isEqualTo(row.affectsOutput());
    assertThat(entry.name()).isEqualTo(row.name());
    assertThat(code.text()).isNotBlank();
  }

  @Test
  void srneNumbersWithoutAPublishedMeaningAreUnknown() {
    List<Integer> listed = srneRows().map(SrneRow::number).toList();
    List<Integer> unlisted = new ArrayList<>();
    IntStream.rangeClosed(1, 64).filter(n -> !listed.contains(n)).forEach(unlisted::add);

    assertThat(unlisted).containsExactly(16, 18, 24, 25, 27, 28, 33, 46, 47, 48);
    unlisted.forEach(n -> assertThat(TABLE.decode(n).kind()).isEqualTo(CodeKind.UNKNOWN));
    assertThat(TABLE.entries().stream().filter(e -> e.source() == CodeSource.SRNE))
        .hasSize(listed.size());
  }

  @Test
  void srneTextsFollow52() {
    assertThat(TABLE.decode(14).text()).isEqualTo("inverter overload");
    assertThat(TABLE.decode(1).text()).isEqualTo("battery under-voltage alarm");
    assertThat(TABLE.decode(32).text()).isEqualTo("inverter stops: low capacity (BMS comm on)");
  }

  @Test
  void slotsDecodeInOrderSkippingEmptyOnes() {
    // the doc's example: battery under-voltage + inverter overload -> 1, 14, 0, 0 (5.1)
    List<ActiveCode> active = TABLE.decodeActive(new int[] {1, 14, 0, 0});

    assertThat(active).extracting(ActiveCode::number).containsExactly(1, 14);
    assertThat(TABLE.decodeActive(new int[] {0, 0, 0, 0})).isEmpty();
    assertThat(TABLE.decodeActive(new int[] {0, 0, 0, 999}))
        .extracting(ActiveCode::text)
        .containsExactly("unknown code 999");
    assertThatThrownBy(() -> TABLE.decodeActive(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unknownCodesNeverThrow() {
    for (int n : new int[] {16, 65, 102, 512, 0xFFFF, -1, 0x7FFF}) {
      ActiveCode code = TABLE.decode(n);
      assertThat(code.kind()).isEqualTo(CodeKind.UNKNOWN);
      assertThat(code.text()).isEqualTo("unknown code " + n);
      assertThat(code.source()).isNull();
    }
  }

  @Test
  void jsonOfAKnownCodeHasTheSixFieldsInOrder() {
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("number", 14);
    expected.put("kind", "fault");
    expected.put("text", "inverter overload");
    expected.put("source", "srne");
    expected.put("affects_output", true);
    expected.put("troubleshooting", null);

    assertThat(TABLE.decode(14).toJson()).containsExactlyEntriesOf(expected);
  }

  @Test
  void jsonOfAnUnknownCode() {
    assertThat(TABLE.decode(999).toJson().keySet())
        .containsExactly("number", "kind", "text", "source", "affects_output", "troubleshooting");
    assertThat(TABLE.decode(999).toJson()).containsEntry("kind", "unknown");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonOfAnAmbiguousCodeListsBothCandidates() {
    Map<String, Object> json = TABLE.decode(103).toJson();

    assertThat(json.keySet())
        .containsExactly(
            "number", "kind", "text", "source", "affects_output", "troubleshooting", "candidates");
    assertThat(json)
        .containsEntry("kind", "ambiguous")
        .containsEntry("source", "manual")
        .containsEntry(
            "text",
            "ambiguous code 103: fault \"Inverter DC offset is too high\" or alarm \"Grid"
                + " unavailable\"");
    assertThat((List<Object>) json.get("candidates"))
        .containsExactly(
            candidate("fault", "Inverter DC offset is too high"),
            candidate("alarm", "Grid unavailable"));
  }

  private static Map<String, Object> candidate(String kind, String text) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", kind);
    map.put("text", text);
    map.put("troubleshooting", null);
    return map;
  }
}
