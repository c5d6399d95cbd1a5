/**
 * The PACE (VER 0x25) and Pylontech (VER 0x20) RS485/RS232 ASCII protocol: frame codec with both
 * checksums ({@link io.solargw.protocol.bms.pace.FrameCodec}), a never-throwing stream parser
 * ({@link io.solargw.protocol.bms.pace.StreamParser}), request builders ({@link
 * io.solargw.protocol.bms.pace.PaceRequests}, {@link io.solargw.protocol.bms.pace.PylonRequests})
 * and answer decoders ({@link io.solargw.protocol.bms.pace.ResponseDecoder}) for every read command
 * of shared/protocols/bms.md §2, plus encoders of analog and alarm answers. Errors are {@link
 * io.solargw.protocol.bms.BmsProtocolException}s naming the reason and the character offset. Field
 * reference: docs/reference/bms-rs485.md.
 */
package io.solargw.protocol.bms.pace;
