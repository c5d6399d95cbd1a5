package io.solargw.protocol.inverter.profile;

import io.solargw.protocol.inverter.profile.internal.ProfileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads register-map profiles: the bundled {@code profiles/srne-default.yaml}, or a user file that
 * either stands alone or says {@code extends: srne-default} and overrides, adds or removes points,
 * settings and forbidden ranges by name. Format: {@code docs/reference/inverter-profile.md}.
 */
public final class ProfileLoader {

  /** Name of the bundled default profile. */
  public static final String DEFAULT = "srne-default";

  private ProfileLoader() {}

  /** The bundled default profile (a broken bundled profile is a bug: IllegalStateException). */
  public static InverterProfile loadDefault() {
    try {
      return loadResource(DEFAULT);
    } catch (ProfileException e) {
      throw new IllegalStateException("bundled profile is invalid: " + e.getMessage(), e);
    }
  }

  /** A bundled profile by name (without {@code .yaml}). */
  public static InverterProfile loadResource(String name) throws ProfileException {
    String resource = ProfileReader.RESOURCE_DIR + name + ".yaml";
    try (InputStream in = ProfileLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw single(name, "no bundled profile named '" + name + "'");
      }
      return ProfileReader.read(in, name + ".yaml");
    } catch (IOException e) {
      throw single(name, "cannot read: " + e.getMessage());
    }
  }

  /** A profile file; problems name the file, the line and the point or setting. */
  public static InverterProfile load(Path file) throws ProfileException {
    try (InputStream in = Files.newInputStream(file)) {
      return ProfileReader.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw single(file.toString(), "no such profile file");
    } catch (IOException e) {
      throw single(file.toString(), "cannot read profile file: " + e.getMessage());
    }
  }

  /** A profile document from a stream; {@code sourceName} is used in problems. */
  public static InverterProfile load(InputStream in, String sourceName) throws ProfileException {
    return ProfileReader.read(in, sourceName);
  }

  private static ProfileException single(String source, String message) {
    return new ProfileException(List.of(new ProfileProblem(source, 0, "profile", message)));
  }
}
