package io.solargw.config.internal.bind;

import io.solargw.config.Secret;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code mqtt.password} or {@code mqtt.password_file} (Docker secrets). Messages never quote the
 * password.
 */
final class PasswordBinder {

  /** A password file larger than this is surely the wrong file. */
  private static final long MAX_FILE_BYTES = 4096;

  private PasswordBinder() {}

  static Optional<Secret> bind(Fields mqtt, boolean mqttEnabled, Path base) {
    Optional<String> inline = mqtt.get("password", text -> text);
    Optional<Path> file = mqtt.get("password_file", FileValues.path(base));
    if (mqtt.has("password") && mqtt.has("password_file")) {
      mqtt.error("password_file", "set either password or password_file, not both");
      return inline.map(Secret::new);
    }
    if (inline.isPresent()) {
      return inline.filter(p -> !p.isEmpty()).map(Secret::new);
    }
    if (file.isEmpty()
        || !mqttEnabled
        || !FileValues.requireFile(mqtt, "password_file", file.get())) {
      return Optional.empty();
    }
    return read(mqtt, file.get());
  }

  /** The file's text without its trailing line break (secret files usually end with one). */
  private static Optional<Secret> read(Fields mqtt, Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        mqtt.error(
            "password_file",
            file + " is larger than " + MAX_FILE_BYTES + " bytes; is it the right file?");
        return Optional.empty();
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString()
              .replaceFirst("[\\r\\n]+$", "");
      if (text.isEmpty()) {
        mqtt.error("password_file", file + " is empty");
        return Optional.empty();
      }
      return Optional.of(new Secret(text));
    } catch (CharacterCodingException e) {
      mqtt.error("password_file", file + " is not UTF-8 text");
    } catch (IOException e) {
      mqtt.error("password_file", "cannot read " + file + ": " + e.getMessage());
    }
    return Optional.empty();
  }
}
