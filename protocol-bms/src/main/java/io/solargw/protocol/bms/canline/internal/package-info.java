/** The per-format line parsers behind {@code CanLineParser}; not API. */
package io.solargw.protocol.bms.canline.internal;
