#!/bin/sh
# Runs the parser benchmarks (ours, ShardingSphere 5.5.2, Druid on the same workload; MySQL, then Oracle) and the
# 1 GiB streaming heap check with -Xmx256m. Results go to bench/target/results/.
# Needs our classes: run `mvn -B -o compile` in the main project first.
set -e
cd "$(dirname "$0")"
mvn -B -q package
mkdir -p target/results
java -jar target/benchmarks.jar "\.ParserBenchmark|PipelineBenchmark|ColdStartBenchmark" \
    -rf json -rff target/results/jmh.json | tee target/results/jmh.txt
# Oracle: 15 warm-up iterations, so that ShardingSphere's ANTLR caches are warm before measuring.
java -jar target/benchmarks.jar "OracleParserBenchmark" -wi 15 -w 3 -i 5 -r 3 \
    -rf json -rff target/results/oracle-jmh.json | tee target/results/oracle-jmh.txt
java -Xmx256m -cp target/benchmarks.jar io.github.sqlaudit.bench.StreamingHeapCheck | tee target/results/heap.txt
for parser in sqlaudit shardingsphere druid; do
    java -Xmx1g -cp target/benchmarks.jar io.github.sqlaudit.bench.CpuTimeCheck "$parser" | tee -a target/results/cpu.txt
done
