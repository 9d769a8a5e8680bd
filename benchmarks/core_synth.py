"""Benchmark: synth of N plain `CfnResource`s (400 per stack), to check that core synth scales linearly.

    python benchmarks/core_synth.py [--sizes 1000,10000,50000] [--repeat 3]

Each stack repeats a block of four resources: a dead-letter queue, a queue whose redrive policy
takes the first one's `Arn`, a topic, and a subscription that takes the topic's `Ref` and the
queue's `Arn`. Every other block sits under a `Construct` group, so its logical IDs get a hash.
Each measurement is a fresh `python` process that builds the tree, then writes the whole cloud
assembly with `app.synth()`; the table shows the median of the runs for tree building, synth,
their total, the total per resource, and peak memory (RSS). Imports are outside the timings.
Bytecode caching is on (as for any installed package), and one warm-up run fills the cache first.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile

from _process import run_fresh

RESOURCES_PER_STACK = 400  # CloudFormation allows 500

APP = f"""
import resource, sys, time
from apigwv2_integrations import App, CfnResource, Construct, Stack

resources = int(sys.argv[1])
start = time.perf_counter()
app = App(outdir=sys.argv[2])
for first in range(0, resources, {RESOURCES_PER_STACK}):
    stack = Stack(app, f"Core{{first // {RESOURCES_PER_STACK}}}")
    for i in range(first, min(first + {RESOURCES_PER_STACK}, resources), 4):
        scope = Construct(stack, f"Group{{i}}") if i % 8 else stack
        retention = {{"MessageRetentionPeriod": 1209600}}
        dlq = CfnResource(scope, f"DeadLetters{{i}}", type="AWS::SQS::Queue", properties=retention)
        queue = CfnResource(
            scope,
            f"Queue{{i}}",
            type="AWS::SQS::Queue",
            properties={{
                "VisibilityTimeout": 300,
                "RedrivePolicy": {{"deadLetterTargetArn": dlq.get_att("Arn"), "maxReceiveCount": 5}},
                "Tags": [{{"Key": "team", "Value": "core"}}, {{"Key": "index", "Value": str(i)}}],
            }},
        )
        name = {{"DisplayName": f"Topic {{i}}"}}
        topic = CfnResource(scope, f"Topic{{i}}", type="AWS::SNS::Topic", properties=name)
        CfnResource(
            scope,
            f"Subscription{{i}}",
            type="AWS::SNS::Subscription",
            properties={{"TopicArn": topic.ref, "Endpoint": queue.get_att("Arn"), "Protocol": "sqs"}},
        )
built = time.perf_counter()
app.synth()
done = time.perf_counter()
print(built - start, done - built, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measure(resources: int, repeat: int, app_file: str, scratch: str) -> tuple[float, float, float]:
    """Median build seconds, synth seconds and peak RSS (MiB) of `repeat` fresh processes."""
    builds: list[float] = []
    synths: list[float] = []
    peaks: list[float] = []
    for run in range(repeat):
        outdir = os.path.join(scratch, f"out{resources}-{run}")
        _, output = run_fresh(app_file, str(resources), outdir)
        build, synth, rss = output.split()
        builds.append(float(build))
        synths.append(float(synth))
        peaks.append(int(rss) / 1024)
    return statistics.median(builds), statistics.median(synths), statistics.median(peaks)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="comma-separated resource counts")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    per_thousand: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        app_file = os.path.join(scratch, "app.py")
        with open(app_file, "w", encoding="utf-8") as handle:
            handle.write(APP)
        measure(RESOURCES_PER_STACK, 1, app_file, scratch)  # warm-up: fills the bytecode cache
        print(
            f"{'resources':>9}  {'stacks':>6}  {'build s':>7}  {'synth s':>7}  {'total s':>7}"
            f"  {'µs/resource':>11}  {'peak MiB':>8}"
        )
        for size in sizes:
            build, synth, peak = measure(size, args.repeat, app_file, scratch)
            total = build + synth
            stacks = -(-size // RESOURCES_PER_STACK)
            print(
                f"{size:>9}  {stacks:>6}  {build:>7.3f}  {synth:>7.3f}  {total:>7.3f}"
                f"  {total / size * 1e6:>11.1f}  {peak:>8.1f}"
            )
            per_thousand.append(f"{size}: {total / size * 1000 * 1000:.1f} ms")
    print(f"time per 1,000 resources (flat = linear): {', '.join(per_thousand)}")


if __name__ == "__main__":
    main()
