import aws_cdk as cdk
from aws_cdk import aws_applicationautoscaling as appscaling, aws_lambda as lambda_

class ScheduleStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        fn = lambda_.Function(self, "Worker",
            code=lambda_.InlineCode("exports.handler = async () => { console.log('hello world'); };"),
            handler="index.handler", runtime=lambda_.Runtime.NODEJS_22_X)
        alias = lambda_.Alias(self, "Alias", alias_name="prod", version=fn.current_version)
        target = alias.add_auto_scaling(min_capacity=3, max_capacity=50)
        target.scale_on_utilization(utilization_target=0.5)
        target.scale_on_schedule("MorningPeak", schedule=appscaling.Schedule.cron(hour="8", minute="0"), min_capacity=20)
        target.scale_on_schedule("NightQuiet", schedule=appscaling.Schedule.cron(hour="20", minute="0"), max_capacity=20)
        cdk.CfnOutput(self, "FunctionName", value=fn.function_name)

app = cdk.App()
stack = ScheduleStack(app, "integ-lambda-alias-schedules")
cdk.Aspects.of(stack).add(lambda_.FunctionVersionUpgrade("@aws-cdk/aws-lambda:recognizeLayerVersion"))
app.synth()
