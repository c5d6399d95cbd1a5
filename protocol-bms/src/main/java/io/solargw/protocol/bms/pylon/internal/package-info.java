/** Helpers of the CAN decoders (little-endian fields, text fields, range checks); not API. */
package io.solargw.protocol.bms.pylon.internal;
