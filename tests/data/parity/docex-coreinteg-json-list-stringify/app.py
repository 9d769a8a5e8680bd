import aws_cdk as cdk
from aws_cdk import aws_ssm as ssm

# Stack.to_json_string of lists known only at deploy time: the reading stack gets one CfnUtils custom
# resource per distinct list, whose Value attribute is the list's JSON text (written without quotes).
app = cdk.App()
producer = cdk.Stack(app, "docex-coreinteg-json-list-producer")
cdk.CfnResource(producer, "Topic", type="AWS::SNS::Topic")
consumer = cdk.Stack(app, "docex-coreinteg-json-list-stringify")
names = cdk.CfnParameter(consumer, "Names", type="CommaDelimitedList", default="a,b")
topic = cdk.CfnResource(consumer, "Endpoint", type="AWS::SNS::Topic")
ssm.StringParameter(
    consumer,
    "Doc",
    string_value=producer.to_json_string(
        {"azs": cdk.Fn.get_azs(), "names": names.value_as_list, "again": names.value_as_list, "n": 1}
    ),
)
ssm.StringParameter(consumer, "Alone", string_value=consumer.to_json_string(cdk.Fn.split(",", topic.ref)))
ssm.StringParameter(
    consumer, "InList", string_value=consumer.to_json_string([cdk.Fn.get_azs("eu-west-1"), "x"])
)
app.synth()
