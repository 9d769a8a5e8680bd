"""Where a geolocation-routed record answers: a continent, a country, a subdivision or the default."""

from __future__ import annotations

import re

from ..core.errors import ValidationError
from ..core.simple_enum import SimpleEnum

_COUNTRY = re.compile(r"(^[A-Z]{2}|^\*{1})$")
_COUNTRY_WITH_SUBDIVISIONS = re.compile(r"\b(?:UA|US)\b")
_SUBDIVISION = re.compile(r"^[A-Z0-9]{1,3}$")


class Continent(SimpleEnum):
    """The continents of geolocation routing."""

    AFRICA = "AF"
    ANTARCTICA = "AN"
    ASIA = "AS"
    EUROPE = "EU"
    OCEANIA = "OC"
    NORTH_AMERICA = "NA"
    SOUTH_AMERICA = "SA"


class GeoLocation:
    """A location for geolocation routing: `continent()`, `country()`, `subdivision()` or `default()`."""

    def __init__(
        self, continent_code: Continent | None, country_code: str | None, subdivision_code: str | None
    ) -> None:
        if subdivision_code and country_code:
            if not _COUNTRY_WITH_SUBDIVISIONS.search(country_code):
                raise ValidationError(
                    None,
                    f"country_code={country_code!r} has no subdivisions for geolocation; use 'US' or 'UA'",
                )
            if not _SUBDIVISION.match(subdivision_code):
                raise ValidationError(
                    None,
                    f"subdivision_code={subdivision_code!r} is not a subdivision code; use 1 to 3 upper-case "
                    "letters or digits, e.g. 'WA'",
                )
        if country_code and not _COUNTRY.match(country_code):
            raise ValidationError(
                None,
                f"country_code={country_code!r} is not a country code; use an upper-case ISO 3166-1 alpha-2 "
                "code, e.g. 'DE', or '*'",
            )
        self.continent_code = continent_code
        self.country_code = country_code
        self.subdivision_code = subdivision_code

    @staticmethod
    def continent(continent_code: Continent) -> GeoLocation:
        """Answer queries from this continent."""
        return GeoLocation(continent_code, None, None)

    @staticmethod
    def country(country_code: str) -> GeoLocation:
        """Answer queries from this country (ISO 3166-1 alpha-2 code)."""
        return GeoLocation(None, country_code, None)

    @staticmethod
    def subdivision(subdivision_code: str, country_code: str | None = None) -> GeoLocation:
        """Answer queries from this subdivision of the United States (default) or Ukraine."""
        return GeoLocation(None, country_code or "US", subdivision_code)

    @staticmethod
    def default() -> GeoLocation:
        """Answer queries from locations no other record covers."""
        return GeoLocation(None, "*", None)

    def __repr__(self) -> str:
        if self.subdivision_code:
            return f"GeoLocation.subdivision({self.subdivision_code!r}, {self.country_code!r})"
        if self.country_code == "*":
            return "GeoLocation.default()"
        if self.country_code:
            return f"GeoLocation.country({self.country_code!r})"
        return f"GeoLocation.continent({self.continent_code})"
