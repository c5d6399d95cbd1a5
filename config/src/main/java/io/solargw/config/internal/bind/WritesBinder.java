package io.solargw.config.internal.bind;

import io.solargw.config.WritesConfig;
import io.solargw.config.internal.Printable;
import io.solargw.config.internal.bind.Scalars.Invalid;
import io.solargw.config.internal.bind.Scalars.Parser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code writes:} section. */
final class WritesBinder {

  private WritesBinder() {}

  static WritesConfig bind(Fields writes) {
    boolean enabled = writes.get("enabled", Scalars.flag(), false);
    List<String> allow = new ArrayList<>();
    for (Fields.Item<String> code : writes.values("allow", code())) {
      if (allow.contains(code.value())) {
        writes.problems().warning(code.origin(), code.path(), code.value() + " is listed twice");
      } else {
        allow.add(code.value());
      }
    }
    if (enabled && allow.isEmpty() && !writes.problems().failed(writes.path("allow"))) {
      writes.warning(
          "enabled",
          "writes are enabled but writes.allow lists no setting, so nothing can be written; list"
              + " codes such as [WFM, CHM]");
    }
    Duration minInterval =
        writes.get(
            "min_interval_s",
            Scalars.seconds(1, WritesConfig.MAX_MIN_INTERVAL_S),
            Duration.ofSeconds(30));
    return new WritesConfig(enabled, allow, minInterval);
  }

  /** A setting code as printed in the inverter manual: {@code WFM}, {@code CHM}, {@code MCC}. */
  private static Parser<String> code() {
    return text -> {
      String t = text.strip();
      if (WritesConfig.CODE.matcher(t).matches()) {
        return t;
      }
      String upper = t.toUpperCase(Locale.ROOT);
      if (WritesConfig.CODE.matcher(upper).matches()) {
        throw new Invalid(
            "setting codes are upper case as in the manual; did you mean '" + upper + "'?");
      }
      throw new Invalid(
          Printable.quote(text)
              + " is not a setting code: use the code from the inverter manual, e.g. WFM, CHM,"
              + " MCC (2 to 8 upper-case letters and digits)");
    };
  }
}
