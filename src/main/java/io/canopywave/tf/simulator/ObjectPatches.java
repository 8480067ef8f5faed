package io.canopywave.tf.simulator;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

/**
 * Out-of-band changes of {@code PATCH /_simulator/objects/{kind}/{id}}: fields named as in the
 * API's list output. Every field is checked before any is applied, so a refused patch changes
 * nothing. Runs under the store's lock.
 */
final class ObjectPatches {
  private final Store store;

  ObjectPatches(Store store) {
    this.store = store;
  }

  void apply(StoredObject object, Map<String, ?> fields) {
    var changes = new ArrayList<Runnable>();
    fields.forEach((field, value) -> changes.add(switch (object) {
      case Instance instance -> instanceChange(instance, field, value);
      case Volume volume -> volumeChange(volume, field, value);
      case FileSystem fileSystem -> storageChange(fileSystem, field, value, "name, size, status");
      case SshKey key -> sshKeyChange(key, field, value);
      case PublicIp ip -> ipChange(ip, field, value);
    }));
    changes.forEach(Runnable::run);
  }

  /** {@code status} (any string; null returns to the lifecycle), {@code name}, {@code flavor}. */
  private Runnable instanceChange(Instance instance, String field, Object value) {
    switch (field) {
      case "status" -> {
        String status = value == null ? null : text(field, value).toUpperCase(Locale.ROOT);
        return () -> {
          instance.statusOverride = status;
          instance.updatedAt = store.now();
        };
      }
      case "name" -> {
        String name = text(field, value);
        return () -> instance.name = name;
      }
      case "flavor" -> {
        var type = Catalog.flavorByCodeOrName(text(field, value));
        if (type == null) {
          throw ApiError.badRequest("flavor must be a flavor code or display name");
        }
        return () -> instance.type = type;
      }
      default -> throw refuse("instances", field, "status, name, flavor");
    }
  }

  private Runnable volumeChange(Volume volume, String field, Object value) {
    if (field.equals("type")) {
      String type = text(field, value);
      return () -> volume.type = type;
    }
    return storageChange(volume, field, value, "name, size, type, status");
  }

  private Runnable storageChange(
      StorageObject storage, String field, Object value, String allowed) {
    switch (field) {
      case "name" -> {
        String name = text(field, value);
        return () -> storage.name = name;
      }
      case "size" -> {
        if (!(value instanceof Long size) || size <= 0) {
          throw ApiError.badRequest("size must be a positive integer");
        }
        return () -> storage.size = size;
      }
      case "status" -> {
        String status = text(field, value);
        return () -> storage.status = status;
      }
      default -> throw refuse(storage.kind().pathName(), field, allowed);
    }
  }

  /** A new {@code public_key} also gets its fingerprint (a {@code fingerprint} may follow). */
  private Runnable sshKeyChange(SshKey key, String field, Object value) {
    switch (field) {
      case "name" -> {
        String name = text(field, value);
        boolean taken = !name.equals(key.name)
            && store.withId(ObjectKind.SSH_KEYS, name).stream()
                .anyMatch(other -> other.in(key.project, key.region));
        if (taken) {
          throw ApiError.conflict("an ssh key named " + name + " already exists there");
        }
        return () -> store.rename(key, name);
      }
      case "public_key" -> {
        String publicKey = text(field, value).trim();
        String fingerprint = KeyPairs.md5Fingerprint(KeyPairs.parsePublicKey(publicKey));
        return () -> {
          key.publicKey = publicKey;
          key.fingerprint = fingerprint;
        };
      }
      case "fingerprint" -> {
        String fingerprint = text(field, value);
        return () -> key.fingerprint = fingerprint;
      }
      default -> throw refuse("ssh-keys", field, "name, public_key, fingerprint");
    }
  }

  /**
   * {@code server}: the name of a live instance of the IP's project and region, which takes
   * over the association (its previous IP, if any, is detached), or null to detach.
   */
  private Runnable ipChange(PublicIp ip, String field, Object value) {
    switch (field) {
      case "server" -> {
        Instance target = value == null ? null : instanceNamed(ip, text(field, value));
        return () -> {
          if (ip.instance != null) {
            store.unlink(ip);
          }
          if (target != null) {
            if (target.publicIp != null) {
              store.unlink(target.publicIp);
            }
            store.link(ip, target);
          }
        };
      }
      case "status" -> {
        String status = value == null ? null : text(field, value);
        return () -> ip.statusOverride = status;
      }
      default -> throw refuse("ips", field, "server, status");
    }
  }

  private Instance instanceNamed(PublicIp ip, String name) {
    for (var instance : store.in(ObjectKind.INSTANCES, Instance.class, ip.project, ip.region)) {
      if (!instance.terminated() && instance.name.equals(name)) {
        return instance;
      }
    }
    throw ApiError.badRequest(
        "no live instance named " + name + " in " + ip.project + "/" + ip.region);
  }

  private static String text(String field, Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      throw ApiError.badRequest(field + " must be a non-empty string");
    }
    return text;
  }

  private static ApiError refuse(String kind, String field, String allowed) {
    return ApiError.badRequest(
        "field " + field + " of " + kind + " cannot be patched; patchable: " + allowed);
  }
}
