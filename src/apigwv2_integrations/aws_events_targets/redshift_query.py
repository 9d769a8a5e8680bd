"""RedshiftQuery: a rule target that runs SQL on an Amazon Redshift cluster or workgroup (the Data API)."""

from __future__ import annotations

from collections.abc import Sequence

from ..aws_events import RuleTargetConfig, RuleTargetInput
from ..aws_iam import IRole, PolicyStatement
from ..cfn.aws_events import CfnRule
from ..core.converters import to_tuple
from ..core.errors import ValidationError
from ..core.runtime_typing import TYPE_CHECKING
from ..core.struct import LazyAttrsMeta, field, lazy_frozen
from ._util import singleton_event_role

if TYPE_CHECKING:
    from ..aws_events import IRule
    from ..aws_secretsmanager import ISecret
    from ..aws_sqs import IQueue


@lazy_frozen(kw_only=True)
class RedshiftQueryProps(metaclass=LazyAttrsMeta):
    """Properties of a RedshiftQuery target."""

    database: str
    """The database the queries run against."""
    sql: tuple[str, ...] = field(converter=to_tuple)
    """The queries, run in order in one transaction (several with BatchExecuteStatement, one with
    ExecuteStatement)."""
    db_user: str | None = None
    """The database user, for temporary credentials. Default: none."""
    dead_letter_queue: IQueue | None = None
    """A queue for events that cannot be delivered. Default: none."""
    input: RuleTargetInput | None = None
    """What the target receives. Default: the whole event."""
    role: IRole | None = None
    """The role that runs the statements. Default: one role per rule."""
    secret: ISecret | None = None
    """The secret holding the database user's password. Default: none."""
    send_event_bridge_event: bool | None = None
    """Whether an event goes back to EventBridge once the statements ran. Default: False."""
    statement_name: str | None = None
    """A name for the statement (prefix it and the rule name with `QS2-` to see the rule in the Redshift
    console). Default: none."""


class RedshiftQuery:
    """Run SQL statements on an Amazon Redshift cluster or Redshift Serverless workgroup for each event."""

    def __init__(
        self,
        cluster_arn: str,
        *,
        database: str,
        sql: Sequence[str],
        db_user: str | None = None,
        dead_letter_queue: IQueue | None = None,
        input: RuleTargetInput | None = None,  # noqa: A002 - aws_cdk's keyword
        role: IRole | None = None,
        secret: ISecret | None = None,
        send_event_bridge_event: bool | None = None,
        statement_name: str | None = None,
    ) -> None:
        self.cluster_arn = cluster_arn
        self.props = RedshiftQueryProps(
            database=database,
            sql=sql,
            db_user=db_user,
            dead_letter_queue=dead_letter_queue,
            input=input,
            role=role,
            secret=secret,
            send_event_bridge_event=send_event_bridge_event,
            statement_name=statement_name,
        )

    def bind(self, rule: IRule, id: str | None = None) -> RuleTargetConfig:
        """Let the role run the statements on the cluster and return the target."""
        props = self.props
        # Matches aws-cdk-lib: the rule's role exists even when the statements are then refused.
        role = props.role or singleton_event_role(rule)  # type: ignore[arg-type]
        if not props.sql:
            raise ValidationError(rule, "sql=[] names no statement; pass at least one SQL statement")
        is_batch = len(props.sql) > 1
        action = "redshift-data:BatchExecuteStatement" if is_batch else "redshift-data:ExecuteStatement"
        role.add_to_principal_policy(PolicyStatement(actions=[action], resources=[self.cluster_arn]))
        # A secret known only by name (no full ARN) is passed by its name.
        secret_arn = (props.secret.secret_full_arn or props.secret.secret_name) if props.secret else None
        return RuleTargetConfig(
            arn=self.cluster_arn,
            role=role,
            input=props.input,
            # No resource policy is added to the queue, as aws-cdk-lib adds none for this target.
            dead_letter_config=CfnRule.DeadLetterConfigProperty(arn=props.dead_letter_queue.queue_arn)
            if props.dead_letter_queue is not None
            else None,
            redshift_data_parameters=CfnRule.RedshiftDataParametersProperty(
                database=props.database,
                db_user=props.db_user,
                secret_manager_arn=secret_arn,
                sql=None if is_batch else props.sql[0],
                sqls=list(props.sql) if is_batch else None,
                statement_name=props.statement_name,
                with_event=props.send_event_bridge_event,
            ),
        )
