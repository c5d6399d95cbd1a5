package io.solargw.config.internal.yaml;

import io.solargw.config.internal.KeyPaths;
import io.solargw.config.internal.Origin;
import java.util.HashMap;
import java.util.Map;

/** The origin of every key path in a tree, for problems found after binding. */
public final class TreeIndex {

  private TreeIndex() {}

  /** Every path in {@code root} (the root itself as "") mapped to where its value is. */
  public static Map<String, Origin> of(Node root) {
    Map<String, Origin> paths = new HashMap<>();
    add(paths, "", root);
    return paths;
  }

  private static void add(Map<String, Origin> paths, String path, Node node) {
    paths.put(path, node.origin());
    if (node instanceof MapNode map) {
      for (MapNode.Entry entry : map.entries()) {
        add(paths, KeyPaths.key(path, entry.key()), entry.value());
      }
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        add(paths, KeyPaths.index(path, i), list.items().get(i));
      }
    }
  }
}
