import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class AlertsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.topic = sns.Topic(self, "Alerts", topic_name="global-alerts")


class RegionalStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, topic: sns.ITopic, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        queue = sqs.Queue(self, "Inbox")
        topic.add_subscription(subs.SqsSubscription(queue, raw_message_delivery=True))
        fn = lambda_.Function(
            self,
            "Notifier",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="index.handler",
            code=lambda_.Code.from_inline("def handler(e, c): pass"),
        )
        topic.add_subscription(subs.LambdaSubscription(fn))
        imported = sns.Topic.from_topic_arn(self, "Partner", "arn:aws:sns:ap-southeast-2:999999999999:partner-feed")
        imported.add_subscription(subs.SqsSubscription(queue))
        imported.add_subscription(subs.LambdaSubscription(fn))


app = cdk.App()
alerts = AlertsStack(app, "Alerts", env=cdk.Environment(account="111111111111", region="us-east-1"))
RegionalStack(app, "Eu", topic=alerts.topic, env=cdk.Environment(account="111111111111", region="eu-west-1"))
RegionalStack(app, "Other", topic=alerts.topic, env=cdk.Environment(account="222222222222", region="us-east-1"))
app.synth()
