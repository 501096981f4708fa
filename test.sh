#!/usr/bin/env bash
# The one command that builds NormsPortal and runs every test, locally and in CI.
#
#   ./test.sh
#
# What it does, in order:
#   1. restores and builds the solution in Release (warnings are errors, see Directory.Build.props);
#   2. validates the Docker Compose files (no Docker engine is needed for that);
#   3. makes sure Debian's Chromium is there for the end-to-end tests (installs it when root), and
#      installs the parsers the library export test reads its files with (tests/export-parsers: npm
#      packages pinned by its package-lock.json; Node.js itself, when missing, from Debian when root);
#   4. provides a PostgreSQL server for the database tests: the one named by
#      NORMSPORTAL_TEST_POSTGRES, or a throwaway server started from the machine's binaries;
#   5. runs every test project under tests/ one after the other and ends with the line
#      "N passed, N failed" (", N skipped" when some were skipped), summed over all projects.
#
# Environment it reads (all optional):
#   NORMSPORTAL_TEST_POSTGRES  Npgsql connection string of a server where the user may create
#                              databases; when unset, a throwaway server is started and stopped.
#   NORMSPORTAL_CHROMIUM       Chromium executable for the end-to-end tests (/usr/bin/chromium).
#
# The exit status is non-zero when anything failed or when no test ran at all.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$repo_root"

configuration=Release
results_dir="$repo_root/artifacts/test-results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# Section headers carry the time since the start, so a slow step stands out in CI logs.
step() { printf '\n==> [%dm%02ds] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }
is_root() { [[ $EUID -eq 0 ]]; }

# --- Clean-up on every way out ------------------------------------------------------------------
# The throwaway PostgreSQL server (if any) is stopped and its folder removed when the script ends:
# after success, after a failing test, and after Ctrl-C or a kill (the INT/TERM traps turn the
# signal into an ordinary exit so the EXIT trap runs).
pg_tmp=""
cleanup() {
    local status=$?
    if [[ -n $pg_tmp ]]; then
        (cd / && as_postgres pg_ctl -D "$pg_tmp/data" -m immediate -w stop) >/dev/null 2>&1 || true
        rm -rf "$pg_tmp"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# PostgreSQL refuses to run as root, so when this script is root its binaries run as the
# `postgres` OS user; anyone else runs them as themselves.
as_postgres() {
    if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

# apt-get update runs at most once, and only when something has to be installed.
# Another installer (unattended-upgrades, a provisioning script) may hold dpkg's lock or the
# package lists' lock; apt-get waits for either up to DPkg::Lock::Timeout seconds (apt >= 1.9.11
# honours it for both) instead of failing at once, and still fails if the lock never frees.
apt_updated=false
apt_lock_wait=(-o DPkg::Lock::Timeout=300)
apt_install() {
    is_root || die "'$*' is missing and only root can install it: sudo apt-get install $*"
    if ! $apt_updated; then
        apt-get "${apt_lock_wait[@]}" update -qq
        apt_updated=true
    fi
    DEBIAN_FRONTEND=noninteractive apt-get "${apt_lock_wait[@]}" install -y -qq --no-install-recommends "$@" >/dev/null
}

# A TCP port on 127.0.0.1 that nobody listens on: a connection attempt to it is refused.
find_free_port() {
    local port attempt
    for attempt in $(seq 1 100); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

# --- 1. Build -----------------------------------------------------------------------------------
step "Restoring and building the solution ($configuration)"
dotnet restore NormsPortal.sln
dotnet build NormsPortal.sln -c "$configuration" --no-restore

# --- 2. Compose files ---------------------------------------------------------------------------
# `docker compose` (the plugin) when it works, otherwise Debian's docker-compose. Validation
# substitutes variables, so the required POSTGRES_PASSWORD gets a placeholder for this check only.
step "Validating the Docker Compose files"
if docker compose version >/dev/null 2>&1; then
    compose=(docker compose)
else
    command -v docker-compose >/dev/null || apt_install docker-compose
    compose=(docker-compose)
fi
for compose_file in docker-compose.yml deploy/compose.scale.yml; do
    POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-validation-only}" \
        "${compose[@]}" -f "$compose_file" config -q || die "$compose_file is not a valid Compose file"
    echo "$compose_file is valid (${compose[*]})"
done

# --- 3. Chromium --------------------------------------------------------------------------------
# Playwright's own browser download cannot be used here; the end-to-end tests drive Debian's
# Chromium instead, found through NORMSPORTAL_CHROMIUM.
step "Checking Chromium for the end-to-end tests"
export NORMSPORTAL_CHROMIUM="${NORMSPORTAL_CHROMIUM:-/usr/bin/chromium}"
if [[ ! -x $NORMSPORTAL_CHROMIUM ]]; then
    [[ $NORMSPORTAL_CHROMIUM == /usr/bin/chromium ]] \
        || die "NORMSPORTAL_CHROMIUM=$NORMSPORTAL_CHROMIUM is not an executable file"
    is_root || die "Chromium is missing: install it with 'sudo apt-get install chromium' or point NORMSPORTAL_CHROMIUM at a Chromium executable"
    echo "Installing Debian's chromium package"
    apt_install chromium
fi
# "Chromium 156.0.8078.108 built on Debian GNU/Linux 12 (bookworm)" -> "Chromium 156.0.8078.108"
chromium_version="$("$NORMSPORTAL_CHROMIUM" --version 2>/dev/null | awk '{print $1, $2}' || true)"
chromium_version="${chromium_version:-Chromium (unknown version)}"
echo "Using $chromium_version at $NORMSPORTAL_CHROMIUM"

# BibTeX, RIS and CSL-JSON exports are read back by parsers independent of the portal's own code.
step "Installing the export parsers (tests/export-parsers)"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "Installing Debian's nodejs and npm packages"
    apt_install nodejs npm
fi
(cd tests/export-parsers && npm ci --no-audit --no-fund --loglevel=error)
echo "Using Node.js $(node --version)"

# --- 4. PostgreSQL ------------------------------------------------------------------------------
step "Providing PostgreSQL for the database tests"
if [[ -n ${NORMSPORTAL_TEST_POSTGRES:-} ]]; then
    echo "Using the server named by NORMSPORTAL_TEST_POSTGRES"
    postgres_description="the server named by NORMSPORTAL_TEST_POSTGRES"
else
    command -v pg_ctl >/dev/null || die "pg_ctl is not on PATH: install PostgreSQL or set NORMSPORTAL_TEST_POSTGRES"
    pg_bin="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
    # initdb and pg_isready live next to pg_ctl (Debian puts only some of them on PATH).
    export PATH="$pg_bin:$PATH"
    if is_root; then id postgres >/dev/null 2>&1 || die "the 'postgres' OS user is missing"; fi

    pg_tmp="$(mktemp -d /tmp/normsportal-pg.XXXXXX)"
    mkdir "$pg_tmp/data" "$pg_tmp/socket"
    if is_root; then chown -R postgres: "$pg_tmp"; fi
    pg_port="$(find_free_port)" || die "found no free TCP port on 127.0.0.1"

    # Trust authentication, but only for the unix socket in the temporary folder and loopback TCP
    # (initdb writes exactly those lines into pg_hba.conf). The binaries run from the temporary
    # folder because the postgres user may not be allowed into the repository's folder.
    (cd "$pg_tmp" && as_postgres initdb -D "$pg_tmp/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=trust) >"$pg_tmp/initdb.log" 2>&1 \
        || { cat "$pg_tmp/initdb.log" >&2; die "initdb failed"; }

    # Durability is pointless for a server that is deleted after the run; turning it off makes
    # creating and dropping the many test databases fast.
    cat >>"$pg_tmp/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$pg_tmp/socket'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    (cd "$pg_tmp" && as_postgres pg_ctl -D "$pg_tmp/data" -l "$pg_tmp/server.log" -w -t 60 start) >/dev/null \
        || { cat "$pg_tmp/server.log" >&2; die "PostgreSQL did not start"; }
    for attempt in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p "$pg_port" -U postgres && break
        [[ $attempt -lt 30 ]] || { cat "$pg_tmp/server.log" >&2; die "PostgreSQL does not accept connections"; }
        sleep 1
    done
    export NORMSPORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Pooling=true"
    # "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" -> "15.18"
    pg_version="$(postgres --version | sed -n 's/^.*(PostgreSQL) \([0-9.]*\).*$/\1/p' || true)"
    postgres_description="a throwaway PostgreSQL $pg_version on 127.0.0.1:$pg_port"
    echo "Started $postgres_description"
fi

# --- 5. Tests -----------------------------------------------------------------------------------
# One test project at a time: on two cores the browser, the app under test and the database
# tests would otherwise compete for CPU and make timings flaky. Each project's console output is
# kept in artifacts/test-results/<project>.log and its TRX report next to it; the counts come from
# the "Test run summary" that Microsoft.Testing.Platform prints at the end of each run.
step "Running the tests"
rm -rf "$results_dir"
mkdir -p "$results_dir"

# Reads "  <label>: N" from the last test run summary in a log.
summary_count() {
    local label="$1" log="$2"
    sed -n "s/^[[:space:]]*$label: \([0-9][0-9]*\)[[:space:]]*$/\1/p" "$log" | tail -n 1
}

# How many results in a project's TRX report name a database provider (the database tests put
# the provider in each test's name), so the output shows both providers were exercised.
count_results_naming() {
    local pattern="$1" trx
    trx="$(find "$2" -name '*.trx' -print -quit 2>/dev/null)"
    [[ -n $trx ]] || { echo 0; return; }
    grep -o '<UnitTestResult testName="[^"]*"' "$trx" | grep -ciE "$pattern" || true
}

total_passed=0
total_failed=0
total_skipped=0
any_run_failed=false
project_lines=()

shopt -s nullglob
test_projects=(tests/*/*Tests.csproj)
[[ ${#test_projects[@]} -gt 0 ]] || die "no test projects under tests/"

for project in "${test_projects[@]}"; do
    name="$(basename "$project" .csproj)"
    log="$results_dir/$name.log"
    printf '\n--- %s\n' "$name"

    # The unit, component and database tests compile every method once with the JIT's quick settings:
    # each of their hundreds of short-lived hosts compiles its dependency injection, endpoints and
    # queries anew, and a CPU profile of the database tests found two thirds of their time in the JIT
    # and the runtime. Quick code halves their CPU time; what they check does not depend on it. The
    # end-to-end tests are left out: their one long-lived portal serves every journey, where optimised
    # code should pay (not measured apart: their run took 6m38s with quick code and 6m40s without).
    jit_settings=()
    [[ $name == *EndToEndTests ]] || jit_settings=(DOTNET_JITMinOpts=1)

    set +e
    env "${jit_settings[@]}" dotnet test --project "$project" -c "$configuration" --no-build --no-ansi --no-progress \
        --results-directory "$results_dir/$name" --report-xunit-trx --timeout 10m 2>&1 | tee "$log"
    exit_code=${PIPESTATUS[0]}
    set -e

    passed="$(summary_count succeeded "$log")"
    failed="$(summary_count failed "$log")"
    skipped="$(summary_count skipped "$log")"
    if [[ -z $passed || -z $failed || -z $skipped ]]; then
        # The test application died before it could print a summary: count the run as one failure.
        passed=0 failed=1 skipped=0
        line="$name: no test summary (exit code $exit_code), counted as 1 failed"
    else
        line="$name: $passed passed, $failed failed, $skipped skipped"
    fi
    [[ $exit_code -eq 0 ]] || any_run_failed=true

    case "$name" in
    *DatabaseTests)
        line+=" - $(count_results_naming sqlite "$results_dir/$name") on SQLite,"
        line+=" $(count_results_naming 'postgres|npgsql' "$results_dir/$name") on PostgreSQL ($postgres_description)"
        ;;
    *EndToEndTests)
        line+=" - in headless $chromium_version"
        ;;
    esac
    project_lines+=("$line")

    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    total_skipped=$((total_skipped + skipped))
done

step "Summary (logs and TRX reports in ${results_dir#"$repo_root"/})"
printf '%s\n' "${project_lines[@]}"
if [[ $total_passed -eq 0 ]]; then
    echo "No test passed: treating the run as failed."
    any_run_failed=true
fi

final_line="$total_passed passed, $total_failed failed"
[[ $total_skipped -eq 0 ]] || final_line+=", $total_skipped skipped"
echo "$final_line"

if $any_run_failed || [[ $total_failed -ne 0 ]]; then
    exit 1
fi
