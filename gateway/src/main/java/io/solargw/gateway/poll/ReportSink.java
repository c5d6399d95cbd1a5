package io.solargw.gateway.poll;

/** Receives device reports (the stack aggregator, MQTT, the HTTP state page). Must not block. */
@FunctionalInterface
public interface ReportSink {
  void accept(DeviceReport report);
}
