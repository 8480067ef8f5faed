package io.canopywave.tf.simulator;

/** The kinds of stored objects, named as in the API paths and the control API. */
enum ObjectKind {
  INSTANCES("instances"),
  VOLUMES("volumes"),
  SSH_KEYS("ssh-keys"),
  FILE_SYSTEMS("file-systems"),
  IPS("ips");

  private final String pathName;

  ObjectKind(String pathName) {
    this.pathName = pathName;
  }

  String pathName() {
    return pathName;
  }

  static ObjectKind fromPathName(String name) {
    for (var kind : values()) {
      if (kind.pathName.equals(name)) {
        return kind;
      }
    }
    throw ApiError.badRequest(
        "unknown kind " + name + "; kinds are instances, volumes, ssh-keys, file-systems, ips");
  }
}
