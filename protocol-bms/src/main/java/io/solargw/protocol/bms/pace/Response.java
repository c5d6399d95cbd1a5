package io.solargw.protocol.bms.pace;

import java.util.Map;

/**
 * A decoded answer from a BMS. Every kind maps itself to an ordered JSON-ready tree whose field
 * names carry their unit ({@code voltage_V}, {@code cells_mV}); see docs/reference/bms-rs485.md.
 */
public sealed interface Response
    permits AnalogResponse,
        AlarmResponse,
        ParameterResponse,
        ProtectionParametersResponse,
        DateTimeResponse,
        AckResponse,
        ControlResponse,
        IndicationResponse,
        HistoryRecordResponse,
        ProtocolListResponse,
        ProtocolNamesResponse,
        PylonManagementResponse,
        RawResponse {

  /** Header fields of the frame. */
  ResponseHeader header();

  /**
   * The answer as nested ordered maps and lists with BigDecimal, Integer, Boolean and String leaves
   * (null only for absent temperature sensors).
   */
  Map<String, Object> toMap();
}
