#!/bin/sh
# The national-scale benchmark of hvd (docs/benchmarks.md).
#
#   bench/run.sh [ROWS...]        default: 100000 1000000 10000000
#
# Builds hvd, generates civic-address files of ROWS rows with their truth files (cached in
# bench/work/, which git ignores), then for each size runs, alternately and RUNS times each:
#   - the baseline: FastCSV reading the file and nothing else (ca.hvd.bench.ParseOnly, plain `java -cp`);
#   - hvd: `bin/hvd validate FILE -s civic-addresses@1.0.0 -f json`, every check on, JVM start included;
#   - hvd with --severity duplicate-key=off, for the peak memory without a uniqueness key.
# It prints the medians of wall time and peak RSS (GNU time), the ratio hvd / baseline, rows per
# second, and checks that the report finds exactly the injected defects (TruthCheck) and that
# --threads 1 gives the same report as the default.
#
#   RUNS=5          runs per tool and size (default 5, 3 from 10,000,000 rows)
#   JAVA_OPTS=...   extra options for hvd's JVM (bin/hvd adds its defaults)
#   SKIP_BUILD=1    use the jars already built
set -eu

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
work="$root/bench/work"
bench_jar="$root/bench/target/hvd-bench.jar"
mkdir -p "$work"
cd "$root"

if ! /usr/bin/time -f '%e' true >/dev/null 2>&1; then
    echo "bench/run.sh needs GNU time as /usr/bin/time: apt-get install time" >&2
    exit 2
fi
if [ "${SKIP_BUILD:-}" != 1 ]; then
    ./mvnw -B -q package -DskipTests
fi

sizes=${*:-"100000 1000000 10000000"}

echo "# hvd national-scale benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
echo "# $(nproc) processors; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
echo "# $(java -version 2>&1 | head -1); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# median of the numbers on standard input
median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# timed OUT_PREFIX COMMAND...: runs the command, appends "seconds kilobytes" to OUT_PREFIX.times
timed() {
    out=$1
    shift
    /usr/bin/time -f '%e %M' -o "$out.last" "$@" >/dev/null 2>"$out.err" || true
    tail -n 1 "$out.last" >>"$out.times"
}

printf '\n%-11s %6s | %7s %7s %6s %8s | %10s | %7s %7s %8s\n' rows MB "base s" "hvd s" ratio "nokey s" "hvd rows/s" "base MB" "hvd MB" "nokey MB"
for rows in $sizes; do
    csv="$work/addresses-$rows.csv"
    truth="$work/addresses-$rows.truth.csv"
    if [ ! -f "$csv" ] || [ ! -f "$truth" ] || [ "$bench_jar" -nt "$csv" ]; then
        java -cp "$bench_jar" ca.hvd.bench.AddressFileGenerator "$rows" "$csv" "$truth" 2>/dev/null
    fi
    runs=${RUNS:-5}
    if [ -z "${RUNS:-}" ] && [ "$rows" -ge 10000000 ]; then
        runs=3
    fi
    prefix="$work/run-$rows"
    rm -f "$prefix".*.times
    i=0
    while [ "$i" -lt "$runs" ]; do
        timed "$prefix.base" java -cp "$bench_jar" ca.hvd.bench.ParseOnly "$csv"
        timed "$prefix.hvd" bin/hvd validate "$csv" -s civic-addresses@1.0.0 -f json -o "$work/report-$rows.json" -q
        timed "$prefix.nokey" bin/hvd validate "$csv" -s civic-addresses@1.0.0 -f json -o "$work/report-$rows-nokey.json" -q \
            --severity duplicate-key=off
        i=$((i + 1))
    done
    base=$(cut -d' ' -f1 "$prefix.base.times" | median)
    hvd=$(cut -d' ' -f1 "$prefix.hvd.times" | median)
    nokey=$(cut -d' ' -f1 "$prefix.nokey.times" | median)
    base_kb=$(cut -d' ' -f2 "$prefix.base.times" | median)
    hvd_kb=$(cut -d' ' -f2 "$prefix.hvd.times" | median)
    nokey_kb=$(cut -d' ' -f2 "$prefix.nokey.times" | median)
    awk -v r="$rows" -v b="$base" -v h="$hvd" -v n="$nokey" -v bk="$base_kb" -v hk="$hvd_kb" -v nk="$nokey_kb" \
        -v mb="$(wc -c <"$csv")" 'BEGIN { printf "%-11d %6.0f | %7.2f %7.2f %6.2f %8.2f | %10.0f | %7.0f %7.0f %8.0f\n",
            r, mb / 1e6, b, h, h / b, n, r / h, bk / 1024, hk / 1024, nk / 1024 }'
    echo "#   runs (s): base $(cut -d' ' -f1 "$prefix.base.times" | tr '\n' ' ')| hvd $(cut -d' ' -f1 "$prefix.hvd.times" | tr '\n' ' ')| nokey $(cut -d' ' -f1 "$prefix.nokey.times" | tr '\n' ' ')"

    java -cp "$bench_jar" ca.hvd.bench.TruthCheck "$work/report-$rows.json" "$truth" | sed 's/^/#   truth: /'
    bin/hvd validate "$csv" -s civic-addresses@1.0.0 -f json -o "$work/report-$rows-1thread.json" -q --threads 1 || true
    if cmp -s "$work/report-$rows.json" "$work/report-$rows-1thread.json"; then
        echo "#   --threads 1 gives the same report"
    else
        echo "#   --threads 1 gives a DIFFERENT report: diff $work/report-$rows.json $work/report-$rows-1thread.json"
    fi
done
echo "# load after: $(cut -d' ' -f1-3 /proc/loadavg)"
