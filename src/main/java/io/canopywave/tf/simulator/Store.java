package io.canopywave.tf.simulator;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The simulated cloud's state: every object by kind in creation order, the address pools and
 * the current {@link SimulatorConfig}. One lock guards it all; handlers do their reading and
 * writing inside {@link #locked}, which first forgets instances whose linger has ended.
 */
final class Store {
  private final ReentrantLock lock = new ReentrantLock();
  private final InstantSource clock;
  private final Map<ObjectKind, Map<String, StoredObject>> objects =
      new EnumMap<>(ObjectKind.class);
  private AddressPool publicAddresses;
  private long sequence;
  private volatile SimulatorConfig config;

  Store(InstantSource clock, SimulatorConfig config) {
    this.clock = clock;
    reset(config);
  }

  /** Runs work under the lock, after removing instances whose linger is over. */
  <T> T locked(Supplier<T> work) {
    lock.lock();
    try {
      forgetLingered(now());
      return work.get();
    } finally {
      lock.unlock();
    }
  }

  void reset(SimulatorConfig initial) {
    lock.lock();
    try {
      for (var kind : ObjectKind.values()) {
        objects.put(kind, new LinkedHashMap<>());
      }
      publicAddresses = new AddressPool();
      sequence = 0;
      config = initial;
    } finally {
      lock.unlock();
    }
  }

  Instant now() {
    return clock.instant();
  }

  SimulatorConfig config() {
    return config;
  }

  void setConfig(SimulatorConfig newConfig) {
    config = newConfig;
  }

  static String newId() {
    return UUID.randomUUID().toString();
  }

  long nextSequence() {
    return ++sequence;
  }

  /** A fixed private address per instance: 172.16.0.10 upwards. */
  String privateAddressFor(long instanceSequence) {
    long host = instanceSequence + 9;
    return "172.16." + (host / 250) + "." + (host % 250 + 1);
  }

  String allocatePublicAddress() {
    String address = publicAddresses.allocate();
    if (address == null) {
      throw ApiError.conflict("no free public IP address is left in the pool");
    }
    return address;
  }

  /** The objects of one kind, in creation order (a copy, safe to iterate while changing). */
  <T extends StoredObject> List<T> all(ObjectKind kind, Class<T> type) {
    var list = new ArrayList<T>();
    for (StoredObject object : objects.get(kind).values()) {
      list.add(type.cast(object));
    }
    return list;
  }

  /** The objects of one kind in a project (and region, unless null), in creation order. */
  <T extends StoredObject> List<T> in(
      ObjectKind kind, Class<T> type, String project, String region) {
    var list = new ArrayList<T>();
    for (StoredObject object : objects.get(kind).values()) {
      if (object.in(project, region)) {
        list.add(type.cast(object));
      }
    }
    return list;
  }

  /**
   * What one API list read shows: the objects of a kind in a project (and region, unless null)
   * that pass the filter, minus those still invisible. The read counts for each that passes.
   */
  <T extends StoredObject> List<T> visible(
      ObjectKind kind, Class<T> type, String project, String region, Predicate<T> filter) {
    var list = new ArrayList<T>();
    for (T object : in(kind, type, project, region)) {
      if (filter.test(object) && object.visibleToRead()) {
        list.add(object);
      }
    }
    return list;
  }

  /** The object with this id in this project and region, or a 404 naming it. */
  <T extends StoredObject> T require(
      ObjectKind kind, Class<T> type, String id, String project, String region) {
    StoredObject object = objects.get(kind).get(storageKey(kind, id, project, region));
    if (object == null || !object.in(project, region)) {
      throw ApiError.notFound(singular(kind) + " " + id + " not found");
    }
    return type.cast(object);
  }

  /** Every object of this kind with this id (SSH keys may share a name across places). */
  List<StoredObject> withId(ObjectKind kind, String id) {
    var list = new ArrayList<StoredObject>();
    for (StoredObject object : objects.get(kind).values()) {
      if (object.id().equals(id)) {
        list.add(object);
      }
    }
    return list;
  }

  void add(StoredObject object) {
    objects.get(object.kind()).put(storageKey(object), object);
  }

  /** Removes an object and whatever pointed at it (an instance's IP becomes unassociated). */
  void remove(StoredObject object) {
    objects.get(object.kind()).remove(storageKey(object));
    switch (object) {
      case Instance instance when instance.publicIp != null -> unlink(instance.publicIp);
      case PublicIp ip -> {
        if (ip.instance != null) {
          unlink(ip);
        }
        publicAddresses.release(ip.address);
      }
      default -> {}
    }
  }

  /** Renames an SSH key, whose name is its storage key. */
  void rename(SshKey key, String newName) {
    objects.get(ObjectKind.SSH_KEYS).remove(storageKey(key));
    key.name = newName;
    add(key);
  }

  void link(PublicIp ip, Instance instance) {
    ip.instance = instance;
    ip.portId = UUID.nameUUIDFromBytes(("port:" + instance.id).getBytes(UTF_8)).toString();
    ip.statusOverride = null;
    instance.publicIp = ip;
  }

  void unlink(PublicIp ip) {
    if (ip.instance != null) {
      ip.instance.publicIp = null;
    }
    ip.instance = null;
    ip.portId = null;
    ip.statusOverride = null;
  }

  /** Whether an object of this kind (with this id or name, if given) exists, for until_gone. */
  boolean exists(ObjectKind kind, String id, String name) {
    return locked(() -> {
      for (StoredObject object : objects.get(kind).values()) {
        boolean gone = object instanceof Instance instance && instance.terminated();
        if (!gone && (id == null || object.id().equals(id))
            && (name == null || object.name().equals(name))) {
          return true;
        }
      }
      return false;
    });
  }

  static String singular(ObjectKind kind) {
    return switch (kind) {
      case INSTANCES -> "instance";
      case VOLUMES -> "volume";
      case SSH_KEYS -> "ssh key";
      case FILE_SYSTEMS -> "file system";
      case IPS -> "ip";
    };
  }

  private void forgetLingered(Instant now) {
    List<Instance> expired = new ArrayList<>(0);
    for (StoredObject object : objects.get(ObjectKind.INSTANCES).values()) {
      var instance = (Instance) object;
      if (instance.lingerUntil != null && !now.isBefore(instance.lingerUntil)) {
        expired.add(instance);
      }
    }
    expired.forEach(this::remove);
  }

  private static String storageKey(StoredObject object) {
    return storageKey(object.kind(), object.id(), object.project, object.region);
  }

  private static String storageKey(ObjectKind kind, String id, String project, String region) {
    // SSH key names are unique per project and region only; other ids are unique everywhere.
    return kind == ObjectKind.SSH_KEYS ? project + "\n" + region + "\n" + id : id;
  }
}
