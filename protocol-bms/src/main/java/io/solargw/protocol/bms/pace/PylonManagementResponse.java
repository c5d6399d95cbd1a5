package io.solargw.protocol.bms.pace;

import io.solargw.protocol.bms.BmsProtocolException;
import io.solargw.protocol.bms.pace.internal.Decimals;
import io.solargw.protocol.bms.pace.internal.Hex;
import io.solargw.protocol.bms.pace.internal.InfoReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Answer to Pylontech 0x92 (charge/discharge management information): command value, charge and
 * discharge voltage limits (u16 mV), charge and discharge current limits (s16, 0.1 A) and the
 * status byte: bit 7 charge enable, bit 6 discharge enable, bit 5/4 charge immediately 1/2, bit 3
 * full-charge request (bms.md §2.2, [PYL33 §3.6]).
 *
 * @param header frame header
 * @param command the command value (battery address)
 * @param chargeMillivolts charge voltage limit
 * @param dischargeMillivolts discharge voltage limit
 * @param chargeDeciamps charge current limit, 0.1 A
 * @param dischargeDeciamps discharge current limit, 0.1 A
 * @param status status byte
 */
public record PylonManagementResponse(
    ResponseHeader header,
    int command,
    int chargeMillivolts,
    int dischargeMillivolts,
    int chargeDeciamps,
    int dischargeDeciamps,
    int status)
    implements Response {

  /** Checks for nulls. */
  public PylonManagementResponse {
    Objects.requireNonNull(header, "header");
  }

  static PylonManagementResponse decode(Frame frame, ResponseHeader header)
      throws BmsProtocolException {
    InfoReader in = new InfoReader(frame.info(), frame::encode);
    PylonManagementResponse r =
        new PylonManagementResponse(
            header,
            in.u8("command value"),
            in.u16("charge voltage limit"),
            in.u16("discharge voltage limit"),
            in.s16("charge current limit"),
            in.s16("discharge current limit"),
            in.u8("status"));
    in.requireEnd("the status byte");
    return r;
  }

  private boolean bit(int n) {
    return (status >> n & 1) == 1;
  }

  @Override
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    header.putInto(map);
    map.put("command_value", command);
    map.put("charge_voltage_limit_V", Decimals.of(chargeMillivolts, 3));
    map.put("discharge_voltage_limit_V", Decimals.of(dischargeMillivolts, 3));
    map.put("charge_current_limit_A", Decimals.of(chargeDeciamps, 1));
    map.put("discharge_current_limit_A", Decimals.of(dischargeDeciamps, 1));
    map.put("status", Hex.byteText(status));
    map.put("charge_enabled", bit(7));
    map.put("discharge_enabled", bit(6));
    map.put("charge_immediately_1", bit(5));
    map.put("charge_immediately_2", bit(4));
    map.put("full_charge_request", bit(3));
    return map;
  }
}
