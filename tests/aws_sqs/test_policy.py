"""QueuePolicy: the policy document CloudFormation requires."""

from __future__ import annotations

import pytest

from apigwv2_integrations import Stack
from apigwv2_integrations.assertions import Template
from apigwv2_integrations.aws_sqs import Queue, QueuePolicy
from apigwv2_integrations.core.errors import SynthesisError


def test_policy_without_statements_is_refused_at_synth(stack: Stack) -> None:
    QueuePolicy(stack, "Policy", queues=[Queue(stack, "Q")])
    with pytest.raises(SynthesisError) as error:
        Template.from_stack(stack)
    assert str(error.value) == (
        "synthesis failed with 1 validation error:\n"
        "  Test/Policy: document has no statements; add one with document.add_statements(...) or drop the "
        "QueuePolicy"
    )
