/** Word decoding, derived values, page filling and the snapshot's JSON tree. */
package io.solargw.protocol.inverter.decode.internal;
