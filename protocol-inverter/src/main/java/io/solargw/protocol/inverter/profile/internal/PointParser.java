package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.EnumTable;
import io.solargw.protocol.inverter.profile.HomeAssistantHints;
import io.solargw.protocol.inverter.profile.PointConvention;
import io.solargw.protocol.inverter.profile.PointKind;
import io.solargw.protocol.inverter.profile.PointSpec;
import io.solargw.protocol.inverter.profile.PointType;
import io.solargw.protocol.inverter.profile.PollGroup;
import io.solargw.protocol.inverter.profile.Scale;
import io.solargw.protocol.inverter.profile.WordOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** Reads one entry of {@code points:}, recording every problem with the point's name. */
final class PointParser {

  private static final Set<String> KEYS =
      Set.of(
          "name",
          "address",
          "length",
          "type",
          "scale",
          "unit",
          "word_order",
          "enum",
          "bits",
          "sentinels",
          "convention",
          "device_class",
          "state_class",
          "page",
          "poll",
          "kind",
          "note");
  static final Set<String> STATE_CLASSES = Set.of("measurement", "total", "total_increasing");

  private final Problems problems;
  private final Map<String, EnumTable> enums;
  private final WordOrder defaultOrder;

  PointParser(Problems problems, Map<String, EnumTable> enums, WordOrder defaultOrder) {
    this.problems = problems;
    this.enums = enums;
    this.defaultOrder = defaultOrder;
  }

  Optional<Located<PointSpec>> parse(Node node, int index) {
    if (!(node instanceof Node.MapNode m)) {
      problems.add(node.location(), "points[" + index + "]", "a point must be a mapping");
      return Optional.empty();
    }
    String name = m.get("name") instanceof Node.Scalar s && s.text() != null ? s.text() : null;
    Fields f = new Fields(m, name == null ? "points[" + index + "]" : "point " + name, problems);
    f.allowOnly(KEYS);
    f.requiredText("name");
    Optional<Integer> address = f.address("address");
    if (!f.has("address")) {
      f.problem("address", "missing 'address'");
    }
    Optional<PointType> type =
        f.keyword("type", PointType::of, keywords(PointType.values(), PointType::keyword), null);
    if (!f.has("type")) {
      f.problem("type", "missing 'type'");
    }
    String unit = f.text("unit").orElse("");
    Names.checkUnitSuffix(f, name, unit);
    if (type.isEmpty() || address.isEmpty() || name == null) {
      return Optional.empty();
    }
    return Optional.of(new Located<>(build(f, name, address.get(), type.get(), unit), m));
  }

  private PointSpec build(Fields f, String name, int address, PointType t, String unit) {
    int length = length(f, t, address);
    Scale scale = Scales.parse(f, t.numeric(), t.keyword(), unit);
    String enumName = enumTable(f, t);
    Map<Integer, String> bits = bits(f, t, length);
    PointKind kind =
        f.choice("kind", PointKind.values(), PointKind::keyword, PointKind.MEASUREMENT);
    PollGroup defaultPoll = kind == PointKind.SETTING ? PollGroup.SLOW : PollGroup.FAST;
    PollGroup poll = f.choice("poll", PollGroup.values(), PollGroup::keyword, defaultPoll);
    WordOrder order = wordOrder(f, t);
    PointConvention convention =
        f.choice(
            "convention", PointConvention.values(), PointConvention::keyword, PointConvention.NONE);
    if (convention != PointConvention.NONE && !t.numeric()) {
      f.problem("convention", "convention applies only to numeric types, not " + t.keyword());
    }
    return new PointSpec(
        name,
        address,
        length,
        t,
        scale,
        unit,
        order,
        enumName,
        bits,
        sentinels(f),
        convention,
        hints(f),
        new PageParser(problems).parse(f),
        poll,
        kind,
        f.text("note").orElse(""));
  }

  private int length(Fields f, PointType t, int address) {
    int length = f.integer("length", 1, 0xFFFF, false).orElse(t.defaultLength());
    if (!t.fits(length)) {
      String allowed =
          t.minLength() == t.maxLength()
              ? "" + t.minLength()
              : t.minLength() + ".." + t.maxLength();
      f.problem(
          "length",
          "length " + length + " does not fit type " + t.keyword() + " (allowed " + allowed + ")");
      return t.defaultLength();
    }
    if (address + length - 1 > 0xFFFF) {
      f.problem(
          "address", "registers " + Literals.hex(address) + "+" + length + " run past 0xFFFF");
      return 1;
    }
    return length;
  }

  private String enumTable(Fields f, PointType t) {
    Optional<String> e = f.text("enum");
    if (t != PointType.ENUM) {
      e.ifPresent(x -> f.problem("enum", "'enum' applies only to type enum, not " + t.keyword()));
      return "";
    }
    if (e.isEmpty()) {
      f.problem("enum", "enum point without 'enum' table");
      return "";
    }
    if (!enums.containsKey(e.get())) {
      f.problem(
          "enum",
          "unknown enum table '"
              + e.get()
              + "' (known: "
              + String.join(", ", new TreeSet<>(enums.keySet()))
              + ")");
    }
    return e.get();
  }

  private Map<Integer, String> bits(Fields f, PointType t, int length) {
    Map<Integer, String> out = new LinkedHashMap<>();
    Optional<Node.MapNode> m = f.map("bits");
    if (m.isEmpty()) {
      return out;
    }
    if (t != PointType.BITFIELD) {
      f.problem("bits", "'bits' applies only to type bitfield, not " + t.keyword());
      return out;
    }
    for (var e : m.get().entries().entrySet()) {
      Optional<Long> bit = Literals.integer(e.getKey());
      String bitName = e.getValue() instanceof Node.Scalar s ? s.text() : null;
      if (bit.isEmpty() || bit.get() < 0 || bit.get() >= 16L * length || bitName == null) {
        problems.add(
            m.get().at(e.getKey()),
            f.subject(),
            "bit '" + e.getKey() + "' must be 0.." + (16 * length - 1) + " with a name");
      } else {
        out.put(bit.get().intValue(), bitName);
      }
    }
    return out;
  }

  private Optional<Set<Integer>> sentinels(Fields f) {
    if (!f.has("sentinels")) {
      return Optional.empty();
    }
    Set<Integer> out = new java.util.HashSet<>();
    for (String s : f.texts("sentinels")) {
      Optional<Long> v = Literals.integer(s);
      if (v.isEmpty() || v.get() < 0 || v.get() > 0xFFFF) {
        f.problem("sentinels", "sentinel '" + s + "' must be a register value 0x0000..0xFFFF");
      } else {
        out.add(v.get().intValue());
      }
    }
    return Optional.of(out);
  }

  private WordOrder wordOrder(Fields f, PointType t) {
    if (f.has("word_order") && t != PointType.U32 && t != PointType.S32) {
      f.problem("word_order", "'word_order' applies only to u32/s32, not " + t.keyword());
    }
    return f.choice("word_order", WordOrder.values(), WordOrder::keyword, defaultOrder);
  }

  static HomeAssistantHints hints(Fields f) {
    String stateClass = f.text("state_class").orElse("");
    if (!stateClass.isEmpty() && !STATE_CLASSES.contains(stateClass)) {
      f.problem(
          "state_class",
          "unknown state_class '"
              + stateClass
              + "' (allowed: measurement, total, total_increasing)");
    }
    return new HomeAssistantHints(f.text("device_class").orElse(""), stateClass);
  }

  static <E> List<String> keywords(E[] values, Function<E, String> keyword) {
    return Arrays.stream(values).map(keyword).toList();
  }
}
