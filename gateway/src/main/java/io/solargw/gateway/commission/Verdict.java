package io.solargw.gateway.commission;

/**
 * The outcome of one commissioning check, in rising severity. {@link #MANUAL} is a check the bus
 * cannot answer (e.g. which unit is the parallel master: [31] PDT has no public register); it is
 * shown with what to look at on the device and does not change the exit status.
 */
public enum Verdict {
  /** Checked and right. */
  PASS("pass"),
  /** Not checkable from the bus: the installer looks at the device. */
  MANUAL("check by hand"),
  /** Works, but should be looked at. */
  WARN("warn"),
  /** Wrong: fix before handing the site over. */
  FAIL("fail");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The word shown in reports: pass, check by hand, warn, fail. */
  public String label() {
    return label;
  }

  /** The more severe of this and {@code other}. */
  public Verdict worst(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
