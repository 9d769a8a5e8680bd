"""The `interfaces` package: aws_cdk.interfaces' `I*Ref` protocols and `*Reference` structs per service.

The annotated assignments in the tests below are also what mypy checks: each L1 class and each L2 class
that has a `<resource>_ref` satisfies the protocol of its resource.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from apigwv2_integrations import Stack, interfaces
from apigwv2_integrations.aws_apigatewayv2 import (
    ApiKey,
    ApiMapping,
    CfnApi,
    DomainName,
    HttpApi,
    HttpIntegration,
    HttpIntegrationType,
    HttpMethod,
    UsagePlan,
    WebSocketApi,
)
from apigwv2_integrations.aws_apigatewayv2_integrations import HttpUrlIntegration
from apigwv2_integrations.aws_dynamodb import Attribute, AttributeType, Table, TableV2
from apigwv2_integrations.aws_events import EventBus, Rule, Schedule
from apigwv2_integrations.aws_kms import Key
from apigwv2_integrations.aws_logs import LogGroup
from apigwv2_integrations.aws_sqs import Queue
from apigwv2_integrations.aws_stepfunctions import Activity
from apigwv2_integrations.cfn.aws_apigatewayv2 import ApiReference
from apigwv2_integrations.core.cfn_element import CfnElement
from apigwv2_integrations.core.construct import IConstruct
from apigwv2_integrations.core.duration import Duration
from apigwv2_integrations.core.resource_types import IEnvironmentAware, ResourceEnvironment
from apigwv2_integrations.interfaces.aws_apigateway import IApiKeyRef, IUsagePlanRef
from apigwv2_integrations.interfaces.aws_apigatewayv2 import ApiReference as InterfacesApiReference
from apigwv2_integrations.interfaces.aws_apigatewayv2 import (
    IApiMappingRef,
    IApiRef,
    IDomainNameRef,
    IIntegrationRef,
    IRouteRef,
    IStageRef,
)
from apigwv2_integrations.interfaces.aws_dynamodb import ITableRef
from apigwv2_integrations.interfaces.aws_events import IEventBusRef, IRuleRef
from apigwv2_integrations.interfaces.aws_kms import IKeyRef
from apigwv2_integrations.interfaces.aws_logs import ILogGroupRef
from apigwv2_integrations.interfaces.aws_sqs import IQueueRef
from apigwv2_integrations.interfaces.aws_stepfunctions import IActivityRef

NAMES = Path(__file__).resolve().parents[1] / "data" / "interface_names.json"


def _ref(stack: Stack, construct: IConstruct) -> dict[str, str]:
    child = construct.node.default_child
    assert isinstance(child, CfnElement)
    return {"Ref": stack.get_logical_id(child)}


def test_each_service_module_has_the_names_of_aws_cdk_interfaces() -> None:
    recorded = json.loads(NAMES.read_text(encoding="utf-8"))
    assert recorded["aws-cdk-lib"] == "2.275.0"
    modules = recorded["modules"]
    assert sorted(n for n in interfaces.__all__ if n.startswith("aws_")) == sorted(modules)
    for name, names in modules.items():
        assert sorted(getattr(interfaces, name).__all__) == names, name
        assert all(getattr(getattr(interfaces, name), n) for n in names)


def test_the_package_exports_the_environment_vocabulary_of_core() -> None:
    assert interfaces.IEnvironmentAware is IEnvironmentAware
    assert interfaces.ResourceEnvironment is ResourceEnvironment


def test_reference_structs_are_the_l1_modules_own() -> None:
    assert InterfacesApiReference is ApiReference


def test_l1_and_l2_classes_have_the_reference_of_their_protocol(stack: Stack) -> None:
    l1: IApiRef = CfnApi(stack, "Cfn", name="api", protocol_type="HTTP")
    http_api: IApiRef = HttpApi(stack, "Http")
    websocket_api: IApiRef = WebSocketApi(stack, "WebSocket")
    for api in (l1, http_api, websocket_api):
        assert isinstance(api.api_ref, ApiReference)
        assert api.env.region == stack.region
    assert stack.resolve(http_api.api_ref.api_id) == _ref(stack, http_api)


def test_l2_routes_integrations_stages_domains_and_buses_satisfy_their_protocols(stack: Stack) -> None:
    api = HttpApi(stack, "Api")
    integration: IIntegrationRef = HttpIntegration(
        stack,
        "Integration",
        http_api=api,
        integration_type=HttpIntegrationType.HTTP_PROXY,
        integration_uri="https://example.com",
        method=HttpMethod.ANY,
    )
    stage: IStageRef | None = api.default_stage
    domain = DomainName.from_domain_name_attributes(
        stack,
        "Domain",
        name="api.example.com",
        regional_domain_name="d.example.com",
        regional_hosted_zone_id="Z1",
    )
    domain_ref: IDomainNameRef = domain
    bus: IEventBusRef = EventBus(stack, "Bus")
    assert stage is not None
    assert integration.integration_ref.api_id == api.api_id
    assert stage.stage_ref.stage_name == "$default"
    assert domain_ref.domain_name_ref.domain_name == "api.example.com"
    assert stack.resolve(bus.event_bus_ref.event_bus_name) == _ref(stack, bus)
    (http_route,) = api.add_routes(
        path="/books",
        methods=[HttpMethod.GET],
        integration=HttpUrlIntegration("Books", "https://example.com"),
    )
    route: IRouteRef = http_route
    mapping: IApiMappingRef = ApiMapping(stack, "Mapping", api=api, domain_name=domain)
    key: IApiKeyRef = ApiKey(stack, "Key")
    plan: IUsagePlanRef = UsagePlan(stack, "Plan")
    for construct in (route, mapping):
        assert construct.node.scope is not None
    assert stack.resolve(route.route_ref.route_id) == _ref(stack, http_route)
    assert stack.resolve(mapping.api_mapping_ref.api_mapping_id) == _ref(stack, mapping)
    assert stack.resolve([key.api_key_ref.api_key_id, plan.usage_plan_ref.usage_plan_id]) == [
        _ref(stack, key),
        _ref(stack, plan),
    ]


def test_importing_the_package_loads_no_service_module_and_a_struct_loads_one_l1_module() -> None:
    code = (
        "import sys; import apigwv2_integrations.interfaces as i; "
        "loaded = lambda: sorted(n for n in sys.modules if n.startswith(('apigwv2_integrations.interfaces.', "
        "'apigwv2_integrations.cfn.'))); "
        "first = loaded(); i.aws_apigatewayv2; second = loaded(); i.aws_apigatewayv2.ApiReference; "
        "import json; print(json.dumps([first, second, loaded()]))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    first, second, third = json.loads(result.stdout)
    assert first == []
    assert second == ["apigwv2_integrations.interfaces.aws_apigatewayv2"]
    assert [n for n in third if n.startswith("apigwv2_integrations.cfn.aws_")] == [
        "apigwv2_integrations.cfn.aws_apigatewayv2",
        "apigwv2_integrations.cfn.aws_apigatewayv2.api",
    ]


def test_queues_log_groups_tables_and_keys_satisfy_their_protocols(stack: Stack) -> None:
    queue: IQueueRef = Queue(stack, "Queue")
    log_group: ILogGroupRef = LogGroup(stack, "Logs")
    table: ITableRef = Table(stack, "Table", partition_key=Attribute(name="id", type=AttributeType.STRING))
    table_v2: ITableRef = TableV2(
        stack, "TableV2", partition_key=Attribute(name="id", type=AttributeType.STRING)
    )
    key: IKeyRef = Key(stack, "Key")
    assert stack.resolve(queue.queue_ref.queue_url) == _ref(stack, queue)
    assert stack.resolve(log_group.log_group_ref.log_group_name) == _ref(stack, log_group)
    assert stack.resolve(table.table_ref.table_name) == _ref(stack, table)
    assert stack.resolve(table_v2.table_ref.table_name) == _ref(stack, table_v2)
    assert stack.resolve(key.key_ref.key_id) == _ref(stack, key)


def test_rules_and_activities_satisfy_their_protocols(stack: Stack) -> None:
    rule: IRuleRef = Rule(stack, "Rule", schedule=Schedule.rate(Duration.minutes(5)))
    activity: IActivityRef = Activity(stack, "Activity")
    assert stack.resolve(rule.rule_ref.rule_arn) == {"Fn::GetAtt": [_ref(stack, rule)["Ref"], "Arn"]}
    assert stack.resolve(activity.activity_ref.activity_arn) == _ref(stack, activity)
