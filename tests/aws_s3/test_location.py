"""Location: an S3 object by bucket, key and version (aws_s3/location.py)."""

from __future__ import annotations

import pytest

from apigwv2_integrations import aws_s3 as s3


def test_location_defaults_to_the_latest_version() -> None:
    location = s3.Location(bucket_name="bucket", object_key="key.zip")
    assert (location.bucket_name, location.object_key, location.object_version) == ("bucket", "key.zip", None)


def test_location_needs_bucket_and_key() -> None:
    with pytest.raises(TypeError):
        s3.Location(bucket_name="bucket")  # type: ignore[call-arg]
