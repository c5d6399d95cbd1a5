package io.solargw.protocol.inverter.decode;

import io.solargw.protocol.inverter.codes.CodeTable;
import io.solargw.protocol.inverter.codes.CodeTableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Resolves a profile's {@code code_table:} value: {@code default} (the table shipped with
 * protocol-inverter), {@code classpath:/name.yaml}, or a file path (relative paths are resolved
 * against the profile file's folder).
 */
public final class CodeTableReference {

  /** The value meaning the shipped table. */
  public static final String DEFAULT = "default";

  private static final String CLASSPATH = "classpath:";

  private CodeTableReference() {}

  /**
   * The table named by {@code reference}.
   *
   * @param baseDirectory folder of the profile file, for relative paths
   * @throws CodeTableException when the table is invalid
   * @throws IOException when the file or resource cannot be read (NoSuchFileException names it)
   */
  public static CodeTable resolve(String reference, Path baseDirectory)
      throws CodeTableException, IOException {
    if (reference == null || reference.equals(DEFAULT)) {
      return CodeTable.loadDefault();
    }
    if (reference.startsWith(CLASSPATH)) {
      String resource = reference.substring(CLASSPATH.length());
      try (InputStream in = CodeTableReference.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new NoSuchFileException(reference);
        }
        return CodeTable.load(in, resource);
      }
    }
    Path file = baseDirectory == null ? Path.of(reference) : baseDirectory.resolve(reference);
    try (InputStream in = Files.newInputStream(file)) {
      return CodeTable.load(in, file.toString());
    }
  }
}
