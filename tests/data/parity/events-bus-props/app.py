"""EventBus props: description, dead-letter queue, a customer-managed KMS key (with the key policy statement aws-cdk-lib adds), and a partner event source bus."""
import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_kms as kms
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "events-bus-props")
key = kms.Key(stack, "BusKey")
events.EventBus(
    stack,
    "Orders",
    event_bus_name="orders",
    description="order events",
    dead_letter_queue=sqs.Queue(stack, "BusDlq"),
    kms_key=key,
)
events.EventBus(stack, "Partner", event_source_name="aws.partner/example.com/123/orders")
app.synth()
