"""KafkaDlq: a Kafka topic as the failure destination of a Kafka event source."""

from __future__ import annotations

import re

from ..aws_lambda import DlqDestinationConfig, IEventSourceMapping, IFunction
from ..core.errors import ValidationError
from ..core.tokens.token import Token

_PREFIX = "kafka://"
_TOPIC_NAME = r"[a-zA-Z0-9._-]+"


class KafkaDlq:
    """Send the records a function failed to process to a topic of the same Kafka cluster."""

    def __init__(self, topic_name: str) -> None:
        if not Token.is_unresolved(topic_name):
            _check_topic_name(topic_name)
        self.topic_name = topic_name

    def bind(self, target: IEventSourceMapping, target_handler: IFunction) -> DlqDestinationConfig:
        """Return the topic as a `kafka://` destination (Lambda itself writes to it: nothing to grant)."""
        name = self.topic_name
        # As in aws-cdk-lib, a token is the destination as it is: it must resolve to `kafka://<topic>`.
        if Token.is_unresolved(name):
            return DlqDestinationConfig(destination=name)
        return DlqDestinationConfig(destination=_PREFIX + name.removeprefix(_PREFIX))


def _check_topic_name(name: str) -> None:
    if not name.strip():
        raise ValidationError(
            None, f"KafkaDlq: topic_name={name!r} is empty; pass the name of the topic, e.g. 'orders-dlq'"
        )
    topic = name.removeprefix(_PREFIX)
    if not topic:
        raise ValidationError(
            None,
            f"KafkaDlq: topic_name={name!r} has no topic after the {_PREFIX} prefix; pass e.g. "
            f"'{_PREFIX}orders-dlq' or 'orders-dlq'",
        )
    if not re.fullmatch(_TOPIC_NAME, topic):
        raise ValidationError(
            None,
            f"KafkaDlq: topic_name={name!r} has characters a topic name cannot have; use letters, digits, "
            "'.', '_' and '-'",
        )
