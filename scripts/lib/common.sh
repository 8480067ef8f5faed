# Shared helpers for the scripts in scripts/. Source this file; do not run it.
# It only defines functions, so sourcing it changes no shell options of the caller.

# log MESSAGE...: progress for people, on stderr so that stdout stays machine-readable.
log() {
  printf '==> %s\n' "$*" >&2
}

# warn MESSAGE...: something the user should know, but not a failure.
warn() {
  printf 'warning: %s\n' "$*" >&2
}

# die MESSAGE...: report a failure on stderr and stop the script with status 1.
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# repo_root: absolute path of the repository, found from this file's own location so that
# it works from any working directory and in a checkout without .git (a CI tarball).
repo_root() {
  (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
}

# jdk_feature_version DIR: the feature release (21, 25, ...) of the JDK in DIR, read from its
# `release` file; prints nothing when DIR holds no JDK with a compiler.
jdk_feature_version() {
  local dir="$1" line version
  [[ -x "$dir/bin/javac" && -r "$dir/release" ]] || return 0
  line="$(grep -E '^JAVA_VERSION=' "$dir/release" | head -n 1)" || return 0
  version="${line#JAVA_VERSION=}"
  version="${version//\"/}"
  # Old JDKs called themselves 1.8.0; their feature version is the second number.
  [[ "$version" == 1.* ]] && version="${version#1.}"
  printf '%s\n' "${version%%[.+-]*}"
}

readonly JVM_DIR=/usr/lib/jvm
readonly PREFERRED_JDK=temurin-25-jdk-amd64
readonly MINIMUM_JAVA_FEATURE=21

# java_home: export JAVA_HOME (and put its bin/ first on PATH) for Maven and the launcher.
# Prefers the project's Temurin 25; otherwise takes the newest JDK under /usr/lib/jvm, with a
# warning, and fails when even that one is older than Java 21.
java_home() {
  java_home_among "$JVM_DIR" "$PREFERRED_JDK"
}

# java_home_among DIR PREFERRED: java_home's choice among the JDKs in DIR.
java_home_among() {
  local jvm_dir="$1" preferred="$1/$2"
  if [[ -x "$preferred/bin/javac" ]]; then
    export JAVA_HOME="$preferred"
  else
    local dir feature best="" best_feature=0
    for dir in "$jvm_dir"/*/; do
      dir="${dir%/}"
      feature="$(jdk_feature_version "$dir")"
      if [[ -n "$feature" ]] && ((feature > best_feature)); then
        best="$dir"
        best_feature="$feature"
      fi
    done
    [[ -n "$best" ]] ||
      die "no JDK found under $jvm_dir; install a JDK >= $MINIMUM_JAVA_FEATURE"
    ((best_feature >= MINIMUM_JAVA_FEATURE)) ||
      die "newest JDK is $best (Java $best_feature);" \
        "this project needs Java >= $MINIMUM_JAVA_FEATURE"
    warn "$preferred not found; using $best (Java $best_feature)"
    export JAVA_HOME="$best"
  fi
  case ":$PATH:" in
    *":$JAVA_HOME/bin:"*) ;;
    *) export PATH="$JAVA_HOME/bin:$PATH" ;;
  esac
}

# project_version POM: the <version> that is a direct child of <project>, so that the parent's
# and the dependencies' versions are not mistaken for it.
project_version() {
  perl -0777 -ne '
    s/<!--.*?-->//gs;
    s/<\?.*?\?>//gs;
    my $depth = 0;
    while (/<(\/?)([\w.:-]+)[^>]*?(\/?)>/g) {
      if ($1) { $depth--; next; }
      next if $3;
      $depth++;
      if ($depth == 2 && $2 eq "version" && /\G\s*([^<]*?)\s*</) { print "$1\n"; exit; }
    }
  ' "$1"
}
