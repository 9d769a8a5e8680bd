"""The route benchmark's app written for the tools it is compared with.

Each app takes `ROUTES OUTDIR`, builds the same resources as `routes.py`'s app (per stack: an HTTP API
with its default stage, per route a role, a function, an integration, a permission and a route, and a
WebSocket API with three routes on one function) and writes one template per stack, then prints its
peak RSS in KiB. They do less than a construct library: no construct tree, no logical-ID hashing, no
asset manifests or `tree.json`, so they bound from below what synthesis can cost.
"""

from __future__ import annotations

ROUTES_PER_STACK = 50

TROPOSPHERE_APP = f"""
import os, resource, sys
from troposphere import GetAtt, Join, Ref, Template, AWS_ACCOUNT_ID, AWS_PARTITION, AWS_REGION
from troposphere import apigatewayv2 as apigw, awslambda, iam

CODE = "exports.handler = async () => ({{ statusCode: 200 }});"

def function(template, name):
    role = template.add_resource(iam.Role(
        name + "ServiceRole",
        AssumeRolePolicyDocument={{"Statement": [{{"Action": "sts:AssumeRole", "Effect": "Allow",
            "Principal": {{"Service": "lambda.amazonaws.com"}}}}], "Version": "2012-10-17"}},
        ManagedPolicyArns=[Join("", ["arn:", Ref(AWS_PARTITION),
            ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"])],
    ))
    return template.add_resource(awslambda.Function(
        name, Code=awslambda.Code(ZipFile=CODE), Handler="index.handler",
        Role=GetAtt(role, "Arn"), Runtime="nodejs22.x", DependsOn=[role.title],
    ))

def permission(template, name, fn, api, suffix):
    template.add_resource(awslambda.Permission(
        name, Action="lambda:InvokeFunction", FunctionName=GetAtt(fn, "Arn"),
        Principal="apigateway.amazonaws.com",
        SourceArn=Join("", ["arn:", Ref(AWS_PARTITION), ":execute-api:", Ref(AWS_REGION), ":",
            Ref(AWS_ACCOUNT_ID), ":", Ref(api), suffix]),
    ))

routes, outdir = int(sys.argv[1]), sys.argv[2]
os.makedirs(outdir, exist_ok=True)
for first in range(0, routes, {ROUTES_PER_STACK}):
    template = Template()
    api = template.add_resource(apigw.Api("HttpApi", Name="HttpApi", ProtocolType="HTTP"))
    template.add_resource(apigw.Stage("HttpApiDefaultStage", ApiId=Ref(api), AutoDeploy=True,
        StageName="$default"))
    for index in range(first, min(first + {ROUTES_PER_STACK}, routes)):
        fn = function(template, f"Fn{{index}}")
        integration = template.add_resource(apigw.Integration(
            f"Integration{{index}}", ApiId=Ref(api), IntegrationType="AWS_PROXY",
            IntegrationUri=GetAtt(fn, "Arn"), PayloadFormatVersion="2.0"))
        permission(template, f"Permission{{index}}", fn, api, f"/*/*/items{{index}}")
        template.add_resource(apigw.Route(
            f"Route{{index}}", ApiId=Ref(api), AuthorizationType="NONE", RouteKey=f"GET /items{{index}}",
            Target=Join("", ["integrations/", Ref(integration)])))
    ws_fn = function(template, "WsFn")
    ws = template.add_resource(apigw.Api("WsApi", Name="WsApi", ProtocolType="WEBSOCKET",
        RouteSelectionExpression="$request.body.action"))
    for key in ("$connect", "$disconnect", "sendmessage"):
        name = key.strip("$")
        integration = template.add_resource(apigw.Integration(
            f"WsIntegration{{name}}", ApiId=Ref(ws), IntegrationType="AWS_PROXY",
            IntegrationUri=Join("", ["arn:", Ref(AWS_PARTITION), ":apigateway:", Ref(AWS_REGION),
                ":lambda:path/2015-03-31/functions/", GetAtt(ws_fn, "Arn"), "/invocations"])))
        permission(template, f"WsPermission{{name}}", ws_fn, ws, "/*" + key)
        template.add_resource(apigw.Route(
            f"WsRoute{{name}}", ApiId=Ref(ws), AuthorizationType="NONE", RouteKey=key,
            Target=Join("", ["integrations/", Ref(integration)])))
    with open(os.path.join(outdir, f"Routes{{first // {ROUTES_PER_STACK}}}.template.json"), "w") as handle:
        handle.write(template.to_json(indent=1))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

JSON_APP = f"""
import json, os, resource, sys

CODE = "exports.handler = async () => ({{ statusCode: 200 }});"
PARTITION = {{"Ref": "AWS::Partition"}}
REGION = {{"Ref": "AWS::Region"}}
ACCOUNT = {{"Ref": "AWS::AccountId"}}

def function(resources, name):
    resources[name + "ServiceRole"] = {{"Type": "AWS::IAM::Role", "Properties": {{
        "AssumeRolePolicyDocument": {{"Statement": [{{"Action": "sts:AssumeRole", "Effect": "Allow",
            "Principal": {{"Service": "lambda.amazonaws.com"}}}}], "Version": "2012-10-17"}},
        "ManagedPolicyArns": [{{"Fn::Join": ["", ["arn:", PARTITION,
            ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]}}]}}}}
    resources[name] = {{"Type": "AWS::Lambda::Function", "Properties": {{
        "Code": {{"ZipFile": CODE}}, "Handler": "index.handler",
        "Role": {{"Fn::GetAtt": [name + "ServiceRole", "Arn"]}}, "Runtime": "nodejs22.x"}},
        "DependsOn": [name + "ServiceRole"]}}

def permission(resources, name, fn, api, suffix):
    resources[name] = {{"Type": "AWS::Lambda::Permission", "Properties": {{
        "Action": "lambda:InvokeFunction", "FunctionName": {{"Fn::GetAtt": [fn, "Arn"]}},
        "Principal": "apigateway.amazonaws.com",
        "SourceArn": {{"Fn::Join": ["", ["arn:", PARTITION, ":execute-api:", REGION, ":", ACCOUNT, ":",
            {{"Ref": api}}, suffix]]}}}}}}

routes, outdir = int(sys.argv[1]), sys.argv[2]
os.makedirs(outdir, exist_ok=True)
for first in range(0, routes, {ROUTES_PER_STACK}):
    resources = {{}}
    resources["HttpApi"] = {{"Type": "AWS::ApiGatewayV2::Api", "Properties": {{"Name": "HttpApi",
        "ProtocolType": "HTTP"}}}}
    resources["HttpApiDefaultStage"] = {{"Type": "AWS::ApiGatewayV2::Stage", "Properties": {{
        "ApiId": {{"Ref": "HttpApi"}}, "AutoDeploy": True, "StageName": "$default"}}}}
    for index in range(first, min(first + {ROUTES_PER_STACK}, routes)):
        function(resources, f"Fn{{index}}")
        resources[f"Integration{{index}}"] = {{"Type": "AWS::ApiGatewayV2::Integration", "Properties": {{
            "ApiId": {{"Ref": "HttpApi"}}, "IntegrationType": "AWS_PROXY",
            "IntegrationUri": {{"Fn::GetAtt": [f"Fn{{index}}", "Arn"]}}, "PayloadFormatVersion": "2.0"}}}}
        permission(resources, f"Permission{{index}}", f"Fn{{index}}", "HttpApi", f"/*/*/items{{index}}")
        resources[f"Route{{index}}"] = {{"Type": "AWS::ApiGatewayV2::Route", "Properties": {{
            "ApiId": {{"Ref": "HttpApi"}}, "AuthorizationType": "NONE", "RouteKey": f"GET /items{{index}}",
            "Target": {{"Fn::Join": ["", ["integrations/", {{"Ref": f"Integration{{index}}"}}]]}}}}}}
    function(resources, "WsFn")
    resources["WsApi"] = {{"Type": "AWS::ApiGatewayV2::Api", "Properties": {{"Name": "WsApi",
        "ProtocolType": "WEBSOCKET", "RouteSelectionExpression": "$request.body.action"}}}}
    for key in ("$connect", "$disconnect", "sendmessage"):
        name = key.strip("$")
        resources[f"WsIntegration{{name}}"] = {{"Type": "AWS::ApiGatewayV2::Integration", "Properties": {{
            "ApiId": {{"Ref": "WsApi"}}, "IntegrationType": "AWS_PROXY",
            "IntegrationUri": {{"Fn::Join": ["", ["arn:", PARTITION, ":apigateway:", REGION,
                ":lambda:path/2015-03-31/functions/", {{"Fn::GetAtt": ["WsFn", "Arn"]}},
                "/invocations"]]}}}}}}
        permission(resources, f"WsPermission{{name}}", "WsFn", "WsApi", "/*" + key)
        resources[f"WsRoute{{name}}"] = {{"Type": "AWS::ApiGatewayV2::Route", "Properties": {{
            "ApiId": {{"Ref": "WsApi"}}, "AuthorizationType": "NONE", "RouteKey": key,
            "Target": {{"Fn::Join": ["", ["integrations/", {{"Ref": f"WsIntegration{{name}}"}}]]}}}}}}
    with open(os.path.join(outdir, f"Routes{{first // {ROUTES_PER_STACK}}}.template.json"), "w") as handle:
        json.dump({{"Resources": resources}}, handle, indent=1)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
