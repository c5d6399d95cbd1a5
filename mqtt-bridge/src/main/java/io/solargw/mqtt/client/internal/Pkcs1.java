package io.solargw.mqtt.client.internal;

import java.io.ByteArrayOutputStream;

/**
 * Wraps an RSA PKCS#1 private key (RFC 8017 A.1.2) into a PKCS#8 PrivateKeyInfo (RFC 5208 section
 * 5), which is what the JDK's {@code KeyFactory} reads.
 */
final class Pkcs1 {

  /** AlgorithmIdentifier { rsaEncryption 1.2.840.113549.1.1.1, NULL }, DER. */
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };

  private static final byte[] VERSION_0 = {0x02, 0x01, 0x00};

  private Pkcs1() {}

  /** SEQUENCE { version 0, rsaEncryption, OCTET STRING { pkcs1 } }. */
  static byte[] toPkcs8(byte[] pkcs1) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(VERSION_0);
    body.writeBytes(RSA_ALGORITHM);
    body.write(0x04);
    body.writeBytes(length(pkcs1.length));
    body.writeBytes(pkcs1);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(0x30);
    all.writeBytes(length(body.size()));
    all.writeBytes(body.toByteArray());
    return all.toByteArray();
  }

  /** DER definite length: short form below 128, else 0x8N followed by N big-endian bytes. */
  private static byte[] length(int length) {
    if (length < 0x80) {
      return new byte[] {(byte) length};
    }
    int bytes = length > 0xffffff ? 4 : length > 0xffff ? 3 : length > 0xff ? 2 : 1;
    byte[] out = new byte[bytes + 1];
    out[0] = (byte) (0x80 | bytes);
    for (int i = 0; i < bytes; i++) {
      out[bytes - i] = (byte) (length >>> (8 * i));
    }
    return out;
  }
}
