package io.solargw.protocol.bms.pace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares a decoded JSON tree with a vector's expect block: every expected field, exactly. */
final class VectorAssert {

  /** Prose keys of expect blocks that describe an outcome rather than a field. */
  static final Set<String> PROSE = Set.of("outcome", "note");

  private VectorAssert() {}

  static void matches(Object actual, Object expected, String path) {
    if (expected instanceof Map<?, ?> e) {
      assertThat(actual).as(path).isInstanceOf(Map.class);
      Map<?, ?> a = (Map<?, ?>) actual;
      for (Map.Entry<?, ?> entry : e.entrySet()) {
        if (PROSE.contains(entry.getKey())) {
          continue;
        }
        String p = path + "." + entry.getKey();
        assertThat(a.containsKey(entry.getKey())).as(p + " present in " + a.keySet()).isTrue();
        matches(a.get(entry.getKey()), entry.getValue(), p);
      }
    } else if (expected instanceof List<?> e) {
      assertThat(actual).as(path).isInstanceOf(List.class);
      List<?> a = (List<?>) actual;
      assertThat(a).as(path + " size").hasSize(e.size());
      for (int i = 0; i < e.size(); i++) {
        matches(a.get(i), e.get(i), path + "[" + i + "]");
      }
    } else if (expected instanceof Number e) {
      assertThat(actual).as(path).isInstanceOf(Number.class);
      assertThat(new BigDecimal(actual.toString()))
          .as(path)
          .isEqualByComparingTo(new BigDecimal(e.toString()));
    } else {
      assertThat(actual).as(path).isEqualTo(expected);
    }
  }
}
