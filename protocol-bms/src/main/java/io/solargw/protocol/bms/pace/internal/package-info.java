/** Byte-level helpers of the ASCII codec: hex digits, big-endian INFO readers and writers. */
package io.solargw.protocol.bms.pace.internal;
