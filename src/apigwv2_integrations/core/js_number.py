"""Numbers as JavaScript writes them (`String(n)`, `JSON.stringify`), which aws-cdk-lib's output follows:
`5` not `5.0`, `1e-7` not `1e-07`, `1e+21`, and whole numbers past 2**53 as their shortest digits padded with
zeros (`123456789012345680`), not their exact value."""

from __future__ import annotations


def js_number_text(value: float) -> str:
    """`value` as JavaScript writes a number: shortest digits, whole numbers without `.0`, large whole
    numbers padded with zeros up to 1e21 and an exponent beyond (`1e+21`), small numbers written out down
    to 1e-6 and with an exponent below (`0.00001`, `1e-7`)."""
    number = float(value)
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    mantissa, _, exponent = repr(abs(number)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    raw = whole + ("" if fraction == "0" else fraction)
    significant = raw.lstrip("0")
    # The number is 0.<significant> times ten to the power `point`.
    point = len(whole) + int(exponent or 0) - (len(raw) - len(significant))
    digits = significant.rstrip("0")
    if len(digits) <= point <= 21:
        return sign + digits + "0" * (point - len(digits))
    if 0 < point <= 21:
        return f"{sign}{digits[:point]}.{digits[point:]}"
    if -6 < point <= 0:
        return f"{sign}0.{'0' * -point}{digits}"
    shown = digits if len(digits) == 1 else f"{digits[0]}.{digits[1:]}"
    return f"{sign}{shown}e{'+' if point > 0 else '-'}{abs(point - 1)}"
