package io.solargw.gateway.poll;

/** Counts consecutive failed cycles of one device and says whether it is still available. */
final class DeviceHealth {

  private final int unavailableAfter;
  private int failedInARow;
  private boolean everAnswered;

  DeviceHealth(int unavailableAfter) {
    this.unavailableAfter = unavailableAfter;
  }

  /** Records a cycle's outcome; returns the availability that follows. */
  Availability record(boolean answered) {
    if (answered) {
      failedInARow = 0;
      everAnswered = true;
      return Availability.ONLINE;
    }
    failedInARow++;
    return state();
  }

  Availability state() {
    if (failedInARow == 0) {
      return everAnswered ? Availability.ONLINE : Availability.STALE;
    }
    return failedInARow >= unavailableAfter ? Availability.OFFLINE : Availability.STALE;
  }
}
