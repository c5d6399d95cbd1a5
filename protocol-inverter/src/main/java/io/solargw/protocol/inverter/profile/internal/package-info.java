/** YAML reading with line numbers, merging of user profiles over a base, and validation. */
package io.solargw.protocol.inverter.profile.internal;
