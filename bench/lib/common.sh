# SPDX-License-Identifier: GPL-2.0-or-later
# Shared by bench/compare, bench/save and bench/jmh (sourced, not run). Sets ROOT, SHARED, CORPUS, PY (the
# interpreter that runs mutagen) and offers:
#   bench_build          builds every module of the reactor (tests skipped) and the JMH uber-jar
#   bench_classpath      prints the class path: the bench jar + every built module jar (so every format provider),
#                        after $MUTAGEN_BENCH_EXTRA_CP if set

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# shared/ (corpus, oracle installer) sits beside the repository; a worktree may sit one level deeper.
if [ -n "${MUTAGEN_SHARED:-}" ]; then
  SHARED=$MUTAGEN_SHARED
else
  SHARED=
  for d in "$ROOT/../shared" "$ROOT/../../shared"; do
    if [ -d "$d/corpus/mutagen" ]; then SHARED=$(cd "$d" && pwd); break; fi
  done
fi
if [ -z "$SHARED" ] || [ ! -d "$SHARED/corpus/mutagen" ]; then
  echo "bench: cannot find shared/corpus/mutagen beside the repository; set MUTAGEN_SHARED=DIR" >&2
  exit 2
fi
CORPUS=$SHARED/corpus/mutagen

# mutagen runs on Debian's own CPython (a PGO build, the fastest here); a version manager's python3 first on the
# PATH runs mutagen 1.2-1.3x slower and would inflate every ratio.
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(python3 -c 'import sys; print(sys.executable)')
BENCH_JAR=$ROOT/mutagen-bench/target/mutagen-bench.jar

bench_build() {
  echo "bench: building the reactor and the bench jar (mvn -Pjmh package, tests not compiled)..." >&2
  (cd "$ROOT" && mvn -q -B -Dstyle.color=never -Pjmh -Dmaven.test.skip=true package) >&2
}

bench_classpath() {
  if [ ! -f "$BENCH_JAR" ]; then
    echo "bench: $BENCH_JAR is missing; run without --no-build" >&2
    return 1
  fi
  # MUTAGEN_BENCH_EXTRA_CP: jars of formats built elsewhere, put first (so a newer mutagen-api among them wins).
  local cp=${MUTAGEN_BENCH_EXTRA_CP:+$MUTAGEN_BENCH_EXTRA_CP:}$BENCH_JAR j b
  for j in "$ROOT"/*/target/*.jar; do
    [ -f "$j" ] || continue
    b=$(basename "$j")
    case "$b" in
      # Not shipped formats: the SPI example (a demo for third parties) and the compat tests' jar.
      mutagen-bench*|original-*|*-sources.jar|*-javadoc.jar|*-tests.jar|mutagen-testkit*|mutagen-api-*) continue ;;
      mutagen-spi-example*|compat-tests*) continue ;;
    esac
    cp=$cp:$j
  done
  printf '%s\n' "$cp"
}
