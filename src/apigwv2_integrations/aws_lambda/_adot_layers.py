"""The AWS Distro for OpenTelemetry (ADOT) Lambda layers: per layer type and version, where AWS publishes
them (account 901920570463, "AWS Distro for OpenTelemetry Lambda" layer ARNs).

The layer of architecture `amd64` or `arm64` is `aws-otel-<kind>-<architecture>-ver-<version>:<number>`
in each region of its group. The table holds the versions and regions aws-cdk-lib 2.275.0 knows; a
version missing here (such as Python SDK 1.14.0) has no layer in any region.
"""

from __future__ import annotations

_ACCOUNT = "901920570463"
_CORE_REGIONS = (
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-south-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "ca-central-1",
    "eu-central-1",
    "eu-north-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "sa-east-1",
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
)
_CORE_OPT_IN_AND_CHINA_REGIONS = (
    *_CORE_REGIONS,
    "af-south-1",
    "ap-east-1",
    "cn-north-1",
    "cn-northwest-1",
    "eu-south-1",
    "me-south-1",
)
_CORE_AND_SPAIN_HYDERABAD_REGIONS = (*_CORE_REGIONS, "ap-south-2", "eu-south-2")
_CORE_AND_NEWER_REGIONS = (*_CORE_AND_SPAIN_HYDERABAD_REGIONS, "eu-central-2", "me-central-1")

# (layer type, version) -> (layer kind, version in the layer name, layer version number, regions)
_PUBLISHED: dict[tuple[str, str], tuple[str, str, int, tuple[str, ...]]] = {
    # JAVA_SDK
    ("JAVA_SDK", "1.19.0"): ("aws-otel-java-wrapper", "1-19-0", 1, _CORE_REGIONS),
    ("JAVA_SDK", "1.28.1"): ("aws-otel-java-wrapper", "1-28-1", 1, _CORE_OPT_IN_AND_CHINA_REGIONS),
    ("JAVA_SDK", "1.30.0"): ("aws-otel-java-wrapper", "1-30-0", 1, _CORE_OPT_IN_AND_CHINA_REGIONS),
    ("JAVA_SDK", "1.31.0"): ("aws-otel-java-wrapper", "1-31-0", 1, _CORE_REGIONS),
    ("JAVA_SDK", "1.32.0"): ("aws-otel-java-wrapper", "1-32-0", 3, _CORE_REGIONS),
    ("JAVA_SDK", "1.32.0-1"): ("aws-otel-java-wrapper", "1-32-0", 4, _CORE_REGIONS),
    # JAVA_AUTO_INSTRUMENTATION
    ("JAVA_AUTO_INSTRUMENTATION", "1.19.2"): ("aws-otel-java-agent", "1-19-2", 1, _CORE_REGIONS),
    ("JAVA_AUTO_INSTRUMENTATION", "1.28.1"): (
        "aws-otel-java-agent",
        "1-28-1",
        1,
        _CORE_OPT_IN_AND_CHINA_REGIONS,
    ),
    ("JAVA_AUTO_INSTRUMENTATION", "1.30.0"): (
        "aws-otel-java-agent",
        "1-30-0",
        1,
        _CORE_OPT_IN_AND_CHINA_REGIONS,
    ),
    ("JAVA_AUTO_INSTRUMENTATION", "1.31.0"): ("aws-otel-java-agent", "1-31-0", 1, _CORE_REGIONS),
    ("JAVA_AUTO_INSTRUMENTATION", "1.32.0"): ("aws-otel-java-agent", "1-32-0", 3, _CORE_REGIONS),
    ("JAVA_AUTO_INSTRUMENTATION", "1.32.0-1"): ("aws-otel-java-agent", "1-32-0", 4, _CORE_REGIONS),
    # JAVASCRIPT_SDK
    ("JAVASCRIPT_SDK", "1.15.0-1"): ("aws-otel-nodejs", "1-15-0", 2, _CORE_OPT_IN_AND_CHINA_REGIONS),
    ("JAVASCRIPT_SDK", "1.16.0"): ("aws-otel-nodejs", "1-16-0", 2, _CORE_OPT_IN_AND_CHINA_REGIONS),
    ("JAVASCRIPT_SDK", "1.17.1"): ("aws-otel-nodejs", "1-17-1", 1, _CORE_REGIONS),
    ("JAVASCRIPT_SDK", "1.18.1"): ("aws-otel-nodejs", "1-18-1", 4, _CORE_REGIONS),
    ("JAVASCRIPT_SDK", "1.30.0"): ("aws-otel-nodejs", "1-30-1", 1, _CORE_REGIONS),
    ("JAVASCRIPT_SDK", "1.7.0"): ("aws-otel-nodejs", "1-7-0", 2, _CORE_REGIONS),
    # PYTHON_SDK
    ("PYTHON_SDK", "1.13.0"): ("aws-otel-python", "1-13-0", 1, _CORE_REGIONS),
    ("PYTHON_SDK", "1.15.0"): ("aws-otel-python", "1-15-0", 2, _CORE_REGIONS),
    ("PYTHON_SDK", "1.16.0"): ("aws-otel-python", "1-16-0", 2, _CORE_REGIONS),
    ("PYTHON_SDK", "1.17.0"): ("aws-otel-python", "1-17-0", 1, _CORE_AND_NEWER_REGIONS),
    ("PYTHON_SDK", "1.18.0"): ("aws-otel-python", "1-18-0", 2, _CORE_AND_SPAIN_HYDERABAD_REGIONS),
    ("PYTHON_SDK", "1.19.0-1"): ("aws-otel-python", "1-19-0", 2, _CORE_OPT_IN_AND_CHINA_REGIONS),
    ("PYTHON_SDK", "1.20.0"): ("aws-otel-python", "1-20-0", 2, _CORE_OPT_IN_AND_CHINA_REGIONS),
    ("PYTHON_SDK", "1.20.0-1"): ("aws-otel-python", "1-20-0", 3, _CORE_REGIONS),
    ("PYTHON_SDK", "1.21.0"): ("aws-otel-python", "1-21-0", 1, _CORE_REGIONS),
    ("PYTHON_SDK", "1.24.0"): ("aws-otel-python", "1-24-0", 1, _CORE_REGIONS),
    ("PYTHON_SDK", "1.25.0"): ("aws-otel-python", "1-25-0", 1, _CORE_REGIONS),
    ("PYTHON_SDK", "1.29.0"): ("aws-otel-python", "1-29-0", 1, _CORE_REGIONS),
    # GENERIC
    ("GENERIC", "0.102.1"): ("aws-otel-collector", "0-102-1", 1, _CORE_REGIONS),
    ("GENERIC", "0.115.0"): ("aws-otel-collector", "0-115-0", 2, _CORE_REGIONS),
    ("GENERIC", "0.62.1"): ("aws-otel-collector", "0-62-1", 1, _CORE_REGIONS),
    ("GENERIC", "0.82.0"): ("aws-otel-collector", "0-82-0", 1, _CORE_OPT_IN_AND_CHINA_REGIONS),
    ("GENERIC", "0.84.0"): ("aws-otel-collector", "0-84-0", 1, _CORE_OPT_IN_AND_CHINA_REGIONS),
    ("GENERIC", "0.88.0"): ("aws-otel-collector", "0-88-0", 1, _CORE_REGIONS),
    ("GENERIC", "0.90.1"): ("aws-otel-collector", "0-90-1", 1, _CORE_REGIONS),
    ("GENERIC", "0.98.0"): ("aws-otel-collector", "0-98-0", 5, _CORE_REGIONS),
}
# Regions where the arm64 layer has another layer version number than the amd64 one.
_ARM64_NUMBER_EXCEPTIONS: dict[tuple[str, str], dict[str, int]] = {
    ("JAVA_SDK", "1.19.0"): {"ca-central-1": 2},
    ("JAVASCRIPT_SDK", "1.7.0"): {
        "ap-northeast-2": 1,
        "ca-central-1": 1,
        "eu-north-1": 1,
        "eu-west-3": 1,
        "sa-east-1": 1,
        "us-west-1": 1,
    },
}
_ARCHITECTURE_IN_NAME = {"x86_64": "amd64", "arm64": "arm64"}


def adot_layers(layer_type: str, version: str, architecture: str) -> dict[str, str]:
    """Each region's `account:layer-name:number` of the layer, for the architecture's name (`x86_64`,
    `arm64`); empty when AWS publishes none."""
    published = _PUBLISHED.get((layer_type, version))
    in_name = _ARCHITECTURE_IN_NAME.get(architecture)
    if published is None or in_name is None:
        return {}
    kind, name_version, number, regions = published
    exceptions = _ARM64_NUMBER_EXCEPTIONS.get((layer_type, version), {}) if in_name == "arm64" else {}
    name = f"{kind}-{in_name}-ver-{name_version}"
    return {region: f"{_ACCOUNT}:{name}:{exceptions.get(region, number)}" for region in regions}
