package io.solargw.sim.site;

/**
 * How one inverter routes power during one step, all in watts. Balance: {@code pvWatts + gridWatts
 * = loadWatts + batteryWatts}.
 */
record Flow(
    double pvWatts,
    double loadWatts,
    double gridWatts,
    double batteryWatts,
    double pvChargeWatts,
    double gridChargeWatts,
    boolean bypass,
    boolean outputOn) {}
