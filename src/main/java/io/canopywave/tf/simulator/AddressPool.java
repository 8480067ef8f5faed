package io.canopywave.tf.simulator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Public addresses from the documentation ranges TEST-NET-3 (203.0.113.0/24) and TEST-NET-2
 * (198.51.100.0/24), so no simulated address is ever routable; lowest free address first.
 */
final class AddressPool {
  private static final String[] PREFIXES = {"203.0.113.", "198.51.100."};
  private final Deque<String> free = new ArrayDeque<>();
  private final Set<String> taken = new HashSet<>();

  AddressPool() {
    for (String prefix : PREFIXES) {
      for (int host = 1; host <= 254; host++) {
        free.add(prefix + host);
      }
    }
  }

  /** The next free address, or null when all 508 are allocated. */
  String allocate() {
    while (!free.isEmpty()) {
      String address = free.poll();
      if (taken.add(address)) {
        return address;
      }
    }
    return null;
  }

  void release(String address) {
    if (taken.remove(address)) {
      free.addFirst(address);
    }
  }
}
