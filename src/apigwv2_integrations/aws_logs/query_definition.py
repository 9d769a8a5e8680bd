"""QueryDefinition: a saved CloudWatch Logs Insights query, and QueryString, the query it runs."""

from __future__ import annotations

from collections.abc import Sequence

from ..cfn.aws_logs import CfnQueryDefinition
from ..core.annotations import Annotations
from ..core.construct import Construct
from ..core.converters import optional_tuple
from ..core.errors import ValidationError
from ..core.resource import Resource
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen

if TYPE_CHECKING:
    from ..interfaces.aws_logs import ILogGroupRef


_MAX_STATS_COMMANDS = 2


@lazy_frozen(kw_only=True)
class QueryStringProps(metaclass=LazyAttrsMeta):
    """The commands of a Logs Insights query."""

    display: str | None = None
    """The fields shown. Default: all."""
    fields: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """The fields retrieved. Default: none."""
    filter: str | None = None
    """One filter (prefer `filter_statements`). Default: none."""
    filter_statements: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Filters, each a `filter` command. Default: none."""
    limit: float | None = None
    """The most events returned. Default: 1000."""
    parse: str | None = None
    """One parse (prefer `parse_statements`). Default: none."""
    parse_statements: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Parses, each a `parse` command. Default: none."""
    sort: str | None = None
    """The sort order. Default: none."""
    stats: str | None = None
    """One aggregation (prefer `stats_statements`). Default: none."""
    stats_statements: tuple[str, ...] | None = field(default=None, converter=optional_tuple)
    """Aggregations, each a `stats` command. Default: none."""


class QueryString:
    """A Logs Insights query, its commands in the order fields, parse, filter, stats, sort, limit, display
    (a list of statements wins over its single-statement form)."""

    def __init__(
        self,
        *,
        display: str | None = None,
        fields: Sequence[str] | None = None,
        filter: str | None = None,  # noqa: A002 - aws_cdk's keyword
        filter_statements: Sequence[str] | None = None,
        limit: float | None = None,
        parse: str | None = None,
        parse_statements: Sequence[str] | None = None,
        sort: str | None = None,
        stats: str | None = None,
        stats_statements: Sequence[str] | None = None,
    ) -> None:
        self._props = QueryStringProps(
            display=display,
            fields=fields,
            filter=filter,
            filter_statements=filter_statements,
            limit=limit,
            parse=parse,
            parse_statements=parse_statements,
            sort=sort,
            stats=stats,
            stats_statements=stats_statements,
        )

    @property
    def stats_statements_length(self) -> int | None:
        """How many `stats_statements` the query has. Default: None when none are given."""
        statements = self._props.stats_statements
        return None if statements is None else len(statements)

    @property
    def has_stats_and_stats_statements(self) -> bool:
        """Whether both `stats` and `stats_statements` are given (`stats` is then ignored)."""
        return self._props.stats_statements is not None and bool(self._props.stats)

    def to_string(self) -> str:
        """The query text: one command a line, each after the first starting with `| `."""
        props = self._props
        commands: list[str] = []
        if props.fields:
            commands.append(f"fields {', '.join(props.fields)}")
        for keyword, many, one in (
            ("parse", props.parse_statements, props.parse),
            ("filter", props.filter_statements, props.filter),
            ("stats", props.stats_statements, props.stats),
        ):
            statements = list(many) if many else [one] if one else []
            commands.extend(f"{keyword} {statement}" for statement in statements)
        if props.sort:
            commands.append(f"sort {props.sort}")
        if props.limit is not None:
            commands.append(f"limit {int(props.limit) if float(props.limit).is_integer() else props.limit}")
        if props.display:
            commands.append(f"display {props.display}")
        return "\n| ".join(commands)

    def __str__(self) -> str:
        return self.to_string()


@lazy_frozen(kw_only=True)
class QueryDefinitionProps(metaclass=LazyAttrsMeta):
    """Properties of a QueryDefinition."""

    query_definition_name: str
    """The query's name in the console (`folder/name` files it in a folder)."""
    query_string: QueryString
    """The query."""
    log_groups: tuple[ILogGroupRef, ...] | None = field(default=None, converter=optional_tuple)
    """The log groups it runs on. Default: chosen when it is run."""


class QueryDefinition(Resource):
    """A saved Logs Insights query (`AWS::Logs::QueryDefinition`)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        query_definition_name: str,
        query_string: QueryString,
        log_groups: Sequence[ILogGroupRef] | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = QueryDefinitionProps(
            query_definition_name=query_definition_name, query_string=query_string, log_groups=log_groups
        )
        stats_count = props.query_string.stats_statements_length
        if stats_count is not None and stats_count > _MAX_STATS_COMMANDS:
            raise ValidationError(
                self,
                f"query_string has {stats_count} stats_statements "
                f"{list(props.query_string._props.stats_statements or ())!r}; CloudWatch Logs Insights runs "
                f"at most {_MAX_STATS_COMMANDS} stats commands in one query",
            )
        if props.query_string.has_stats_and_stats_statements:
            Annotations.of(self).add_warning_v2(
                "QueryDefinitionStatsWarning",
                "Both stats and statsStatements properties are provided. The stats property is deprecated "
                "and will be ignored in favor of statsStatements.",
            )
        resource = CfnQueryDefinition(
            self,
            "Resource",
            name=props.query_definition_name,
            query_string=props.query_string.to_string(),
            # aws-cdk-lib writes the list even when it is empty.
            log_group_names=[group.log_group_ref.log_group_name for group in props.log_groups or ()],
        )
        self.query_definition_id: str = resource.ref
