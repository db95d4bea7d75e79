#!/usr/bin/env bash
# Starts or stops the one pcscd of this machine with a private vsmartcard-vpcd reader, so that the
# card module's interop tests (OpenSC, javax.smartcardio) can put a simulated My Number Card into
# it. Facts behind every step: /work/shared/reference/vpcd-pipeline.md (§3, §10, §11).
#
#   .ci/pcscd-vpcd.sh start    # before ./mvnw verify (and before any JVM touches javax.smartcardio)
#   .ci/pcscd-vpcd.sh stop     # after the tests, once every card process has stopped
#   .ci/pcscd-vpcd.sh status
#
# Needs: apt-get install --no-install-recommends pcscd vsmartcard-vpcd opensc
# Env: VPCD_PORT (35963), VPCD_READER ("mynalab vpcd"), PCSCD_VPCD_DIR (/tmp/mynalab-pcscd-vpcd),
#      PCSCD_FLAGS (e.g. "--apdu --info" to log every APDU into $PCSCD_VPCD_DIR/pcscd.log).
# The tests find the reader and port through the same defaults (or the same env variables).
set -euo pipefail

PORT="${VPCD_PORT:-35963}"
READER="${VPCD_READER:-mynalab vpcd}"
DIR="${PCSCD_VPCD_DIR:-/tmp/mynalab-pcscd-vpcd}"
PIDFILE="$DIR/pcscd.pid"
LOG="$DIR/pcscd.log"
DRIVER="/usr/lib/pcsc/drivers/serial/libifdvpcd.so"

die() { echo "pcscd-vpcd: $*" >&2; exit 1; }

our_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid; pid="$(cat "$PIDFILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && { echo "$pid"; return 0; }
  return 1
}

# capture first: with pipefail, grep -q closing the pipe early could fail the pipeline (SIGPIPE)
reader_listed() { local l; l="$(opensc-tool -l 2>/dev/null || true)"; [[ "$l" == *"$READER 00 00"* ]]; }

start() {
  command -v pcscd >/dev/null || die "pcscd not installed (apt-get install --no-install-recommends pcscd vsmartcard-vpcd opensc)"
  command -v opensc-tool >/dev/null || die "opensc-tool not installed (apt-get install --no-install-recommends opensc)"
  [[ -e "$DRIVER" ]] || die "vpcd driver $DRIVER missing (apt-get install --no-install-recommends vsmartcard-vpcd)"
  if pid="$(our_pid)"; then die "already started (pid $pid); refusing to start a second pcscd"; fi
  # one pcscd per machine: its socket /run/pcscd/pcscd.comm is compiled in (vpcd-pipeline.md §3)
  if [[ -f /run/pcscd/pcscd.pid ]] && other="$(cat /run/pcscd/pcscd.pid)" && [[ -n "$other" ]] \
      && kill -0 "$other" 2>/dev/null; then
    die "another pcscd (pid $other) is running; stop it first (on systemd: systemctl stop pcscd.socket pcscd.service)"
  fi
  mkdir -p "$DIR/reader.conf.d"
  printf 'FRIENDLYNAME "%s"\nDEVICENAME /dev/null:0x%X\nLIBPATH %s\nCHANNELID 0x%X\n' \
    "$READER" "$PORT" "$DRIVER" "$PORT" > "$DIR/reader.conf.d/vpcd"
  # shellcheck disable=SC2086
  setsid pcscd --foreground ${PCSCD_FLAGS:-} -c "$DIR/reader.conf.d" > "$LOG" 2>&1 < /dev/null &
  echo $! > "$PIDFILE"
  for _ in $(seq 1 200); do
    if reader_listed; then
      echo "pcscd-vpcd: pcscd $(cat "$PIDFILE") ready, reader '$READER 00 00' on vpcd port $PORT"
      return 0
    fi
    our_pid >/dev/null || { cat "$LOG" >&2; rm -f "$PIDFILE"; die "pcscd exited during start"; }
    sleep 0.05
  done
  cat "$LOG" >&2
  stop || true
  die "reader '$READER 00 00' not listed after 10 s"
}

stop() {
  local pid
  if ! pid="$(our_pid)"; then rm -f "$PIDFILE"; echo "pcscd-vpcd: not running"; return 0; fi
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PIDFILE"; echo "pcscd-vpcd: stopped pcscd $pid"; return 0; }
    sleep 0.05
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$PIDFILE"
  echo "pcscd-vpcd: pcscd $pid killed after 5 s"
}

status() {
  if pid="$(our_pid)"; then
    echo "pcscd-vpcd: running (pid $pid), reader '$READER 00 00', port $PORT"
  else
    echo "pcscd-vpcd: not running"; return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
