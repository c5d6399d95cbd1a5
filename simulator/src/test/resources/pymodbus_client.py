"""An independent Modbus client for the simulator's integration tests: pymodbus 3.0 (Debian).

usage: pymodbus_client.py HOST PORT FRAMING UNIT read ADDRESS COUNT
       pymodbus_client.py HOST PORT FRAMING UNIT write ADDRESS VALUE
FRAMING is "tcp" (MBAP) or "rtu" (Modbus RTU frames over a raw TCP socket, as an RS485-to-Ethernet
converter carries them). Prints one JSON object: {"registers": [...]}, {"written": true},
{"exception": CODE} or {"error": "..."}.
"""
import json
import sys
import types


class _Stub(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return None


# Debian's pymodbus 3.0 imports its serial client eagerly; only TCP is used here, so the serial
# modules (python3-serial, python3-serial-asyncio) are stubbed when they are not installed.
for _name in ("serial", "serial_asyncio"):
    try:
        __import__(_name)
    except ImportError:
        sys.modules[_name] = _Stub(_name)

from pymodbus.client import ModbusTcpClient  # noqa: E402
from pymodbus.framer.rtu_framer import ModbusRtuFramer  # noqa: E402
from pymodbus.framer.socket_framer import ModbusSocketFramer  # noqa: E402


def main(argv):
    host, port, framing, unit, op, address = argv[1], int(argv[2]), argv[3], int(argv[4]), argv[5], int(argv[6], 0)
    framer = ModbusRtuFramer if framing == "rtu" else ModbusSocketFramer
    client = ModbusTcpClient(host, port=port, framer=framer, timeout=2, retries=0)
    if not client.connect():
        print(json.dumps({"error": "cannot connect"}))
        return 1
    try:
        if op == "read":
            rr = client.read_holding_registers(address, int(argv[7]), slave=unit)
        else:
            rr = client.write_register(address, int(argv[7], 0), slave=unit)
    except Exception as e:  # a timeout or a broken frame
        print(json.dumps({"error": "%s: %s" % (type(e).__name__, e)}))
        return 1
    finally:
        client.close()
    if rr is None or not hasattr(rr, "isError"):
        print(json.dumps({"error": "no answer: %r" % (rr,)}))
        return 1
    if rr.isError():
        code = getattr(rr, "exception_code", None)
        print(json.dumps({"exception": code} if code is not None else {"error": str(rr)}))
        return 0
    print(json.dumps({"registers": rr.registers} if op == "read" else {"written": True}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
