"""TimeZone: aws-cdk-lib's named IANA zones and any other by name."""

from __future__ import annotations

from apigwv2_integrations import TimeZone


def test_named_zones_carry_their_iana_name() -> None:
    assert TimeZone.EUROPE_LONDON.timezone_name == "Europe/London"
    assert TimeZone.AMERICA_ARGENTINA_BUENOS_AIRES.timezone_name == "America/Argentina/Buenos_Aires"


def test_of_accepts_any_name_and_compares_by_name() -> None:
    assert TimeZone.of("Europe/London") == TimeZone.EUROPE_LONDON
    assert repr(TimeZone.of("Mars/Olympus")) == "TimeZone.of('Mars/Olympus')"
