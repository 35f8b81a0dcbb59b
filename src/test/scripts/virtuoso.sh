#!/usr/bin/env bash
# A throw-away Virtuoso open-source instance for the interoperability tests, on loopback only.
#
#   virtuoso.sh start DIR HTTP_PORT [SQL_PORT]   new database in DIR (created; must be empty or
#                                                absent); SPARQL at http://127.0.0.1:HTTP_PORT/sparql;
#                                                SQL port defaults to HTTP_PORT+1
#   virtuoso.sh load  DIR FILE GRAPH             bulk-loads FILE (N-Triples or Turtle, inside DIR)
#                                                into the named graph GRAPH
#   virtuoso.sh stop  DIR                        shuts the instance down (kills it if it will not)
#
# Needs Debian's virtuoso-opensource package (virtuoso-t, isql-vt). The dba password is the default
# one: the instance listens on 127.0.0.1 only and lives as long as one test run.
set -euo pipefail

die() { echo "virtuoso.sh: $*" >&2; exit 1; }
[[ $# -ge 2 ]] || die "usage: virtuoso.sh start DIR HTTP_PORT [SQL_PORT] | load DIR FILE GRAPH | stop DIR"
cmd=$1
dir=$(realpath -m "$2")
VIRTUOSO=${VIRTUOSO:-virtuoso-t}
ISQL=${ISQL:-isql-vt}

isql() { # isql SQL...: runs statements on the instance of $dir, fails on any SQL error
  local port out
  port=$(cat "$dir/sql.port")
  out=$("$ISQL" "127.0.0.1:$port" dba dba "exec=$*" 2>&1) || die "isql failed: $out"
  if grep -q -E '^\*\*\* Error' <<<"$out"; then die "$out"; fi
  printf '%s\n' "$out"
}

sparql_up() { # sparql_up PORT: the endpoint answers an ASK with 200 (bash only, no curl needed)
  local status
  exec 3<>"/dev/tcp/127.0.0.1/$1" 2>/dev/null || return 1
  printf 'GET /sparql?query=ASK%%7B%%7D HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  read -r -t 10 _ status _ <&3 || status=""
  exec 3<&- 3>&-
  [[ "$status" == 200 ]]
}

case "$cmd" in
start)
  [[ $# -ge 3 ]] || die "start needs DIR HTTP_PORT [SQL_PORT]"
  http=$3
  sql=${4:-$((http + 1))}
  command -v "$VIRTUOSO" >/dev/null || die "$VIRTUOSO not found (apt-get install virtuoso-opensource)"
  mkdir -p "$dir"
  [[ -z "$(ls -A "$dir")" ]] || die "$dir is not empty"
  echo "$sql" >"$dir/sql.port"
  echo "$http" >"$dir/http.port"
  cat >"$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile       = $dir/virtuoso.db
ErrorLogFile       = $dir/virtuoso.log
LockFile           = $dir/virtuoso.lck
TransactionFile    = $dir/virtuoso.trx
xa_persistent_file = $dir/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $dir/virtuoso-temp.db
TransactionFile    = $dir/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort           = 127.0.0.1:$sql
DisableUnixSocket    = 1
DisableTcpSocket     = 0
MaxClientConnections = 4
CheckpointInterval   = 0
CaseMode             = 2
DirsAllowed          = ., $dir
NumberOfBuffers      = 10000
MaxDirtyBuffers      = 6000
ThreadsPerQuery      = 2
AsyncQueueMaxThreads = 2

[HTTPServer]
ServerPort           = 127.0.0.1:$http
ServerRoot           = $dir
MaxClientConnections = 4
ServerThreads        = 4
Charset              = UTF-8
EnabledGzipContent   = 0

[SPARQL]
; no row cap and no "anytime" partial answers: the tests compare complete results
ResultSetMaxRows           = 0
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 0
INI
  (cd "$dir" && "$VIRTUOSO" +configfile "$dir/virtuoso.ini" +wait >"$dir/start.out" 2>&1) \
    || die "virtuoso-t did not start: $(cat "$dir/start.out"; tail -20 "$dir/virtuoso.log" 2>/dev/null)"
  for _ in $(seq 1 120); do
    if sparql_up "$http"; then
      echo "virtuoso: http://127.0.0.1:$http/sparql (SQL port $sql, database $dir)"
      exit 0
    fi
    sleep 0.5
  done
  die "no SPARQL endpoint at http://127.0.0.1:$http/sparql after 60 s: $(tail -20 "$dir/virtuoso.log")"
  ;;
load)
  [[ $# -eq 4 ]] || die "load needs DIR FILE GRAPH"
  file=$(realpath "$3")
  graph=$4
  [[ "$file" == "$dir"/* ]] || die "$file must be inside $dir (Virtuoso's DirsAllowed)"
  [[ "$graph" != *"'"* ]] || die "graph IRI must not contain a quote"
  isql "ld_dir('$(dirname "$file")', '$(basename "$file")', '$graph'); rdf_loader_run(); checkpoint;" >/dev/null
  errors=$(isql "SELECT ll_file, ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;")
  if grep -q "$(basename "$file")" <<<"$errors"; then die "load failed: $errors"; fi
  echo "virtuoso: loaded $file into <$graph>"
  ;;
stop)
  [[ -f "$dir/sql.port" ]] || die "no instance in $dir"
  "$ISQL" "127.0.0.1:$(cat "$dir/sql.port")" dba dba -K >/dev/null 2>&1 || true
  pid=$(sed -n 's/^VIRT_PID=//p' "$dir/virtuoso.lck" 2>/dev/null || true)
  for _ in $(seq 1 40); do
    [[ -f "$dir/virtuoso.lck" ]] || exit 0
    [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null && exit 0
    sleep 0.25
  done
  [[ -n "$pid" ]] && kill -9 "$pid" 2>/dev/null || true
  ;;
*)
  die "unknown command $cmd"
  ;;
esac
