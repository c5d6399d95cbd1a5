package io.solargw.protocol.inverter.profile.internal;

import io.solargw.protocol.inverter.profile.InverterProfile;
import io.solargw.protocol.inverter.profile.ProfileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads a profile document, resolves {@code extends:} against bundled profiles, validates it. */
public final class ProfileReader {

  /** Classpath folder of bundled profiles. */
  public static final String RESOURCE_DIR = "/profiles/";

  private static final int MAX_EXTENDS_DEPTH = 4;

  private ProfileReader() {}

  /**
   * Reads, merges and validates; every problem of the document (and its bases) is reported at once.
   */
  public static InverterProfile read(InputStream in, String sourceName) throws ProfileException {
    Problems problems = new Problems();
    Optional<Node.MapNode> root = tree(in, sourceName, problems, 0);
    InverterProfile profile = null;
    if (root.isPresent()) {
      profile = new ProfileParser(problems).parse(root.get(), sourceName);
    }
    problems.throwIfAny();
    return profile;
  }

  private static Optional<Node.MapNode> tree(
      InputStream in, String source, Problems problems, int depth) {
    Optional<Node> node = new YamlTreeReader(source, problems).read(in);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof Node.MapNode root)) {
      problems.add(node.get().location(), "profile", "a profile must be a mapping of keys");
      return Optional.empty();
    }
    Fields top = new Fields(root, "profile", problems);
    Optional<String> base = top.text("extends");
    if (base.isEmpty()) {
      var removals = new java.util.TreeSet<>(ProfileMerger.REMOVALS.keySet());
      removals.add(ProfileMerger.REMOVE_FORBIDDEN);
      for (String removal : removals) {
        if (top.has(removal)) {
          top.problem(removal, "'" + removal + "' needs 'extends' (a base profile to remove from)");
        }
      }
      return Optional.of(root);
    }
    Optional<Node.MapNode> baseTree = baseTree(base.get(), top, problems, depth);
    return baseTree.map(b -> new ProfileMerger(problems).merge(b, root));
  }

  private static Optional<Node.MapNode> baseTree(
      String base, Fields top, Problems problems, int depth) {
    if (depth >= MAX_EXTENDS_DEPTH) {
      top.problem("extends", "'extends' chain deeper than " + MAX_EXTENDS_DEPTH + " (a cycle?)");
      return Optional.empty();
    }
    String resource = RESOURCE_DIR + base + ".yaml";
    try (InputStream in = ProfileReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        top.problem("extends", "unknown base profile '" + base + "' (bundled: srne-default)");
        return Optional.empty();
      }
      return tree(in, base + ".yaml", problems, depth + 1);
    } catch (IOException e) {
      top.problem("extends", "cannot read base profile '" + base + "': " + e.getMessage());
      return Optional.empty();
    }
  }
}
