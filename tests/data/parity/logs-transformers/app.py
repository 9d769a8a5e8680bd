import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs
from constructs import Construct


class LogTransformersStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        app_logs = logs.LogGroup(self, "AppLogs", retention=logs.RetentionDays.ONE_MONTH)
        app_logs.add_transformer(
            "AppTransformer",
            transformer_name="app-json",
            transformer_config=[
                logs.ParserProcessor(type=logs.ParserProcessorType.JSON),
                logs.JsonMutatorProcessor(
                    type=logs.JsonMutatorType.ADD_KEYS,
                    add_keys_options=logs.AddKeysProperty(
                        entries=[
                            logs.AddKeyEntryProperty(key="env", value="prod"),
                            logs.AddKeyEntryProperty(key="team", value="payments", overwrite_if_exists=True),
                        ]
                    ),
                ),
                logs.StringMutatorProcessor(
                    type=logs.StringMutatorType.LOWER_CASE, lower_case_keys=["level", "method"]
                ),
                logs.StringMutatorProcessor(
                    type=logs.StringMutatorType.UPPER_CASE, upper_case_keys=["region"]
                ),
                logs.StringMutatorProcessor(type=logs.StringMutatorType.TRIM, trim_keys=["message"]),
                logs.StringMutatorProcessor(
                    type=logs.StringMutatorType.SPLIT,
                    split_options=logs.SplitStringProperty(
                        entries=[
                            logs.SplitStringEntryProperty(
                                source="tags", delimiter=logs.DelimiterCharacter.PIPE
                            )
                        ]
                    ),
                ),
                logs.StringMutatorProcessor(
                    type=logs.StringMutatorType.SUBSTITUTE,
                    substitute_options=logs.SubstituteStringProperty(
                        entries=[logs.SubstituteStringEntryProperty(source="path", from_="/v[0-9]+/", to="/")]
                    ),
                ),
                logs.JsonMutatorProcessor(
                    type=logs.JsonMutatorType.DELETE_KEYS,
                    delete_keys_options=logs.ProcessorDeleteKeysProperty(with_keys=["password", "token"]),
                ),
                logs.JsonMutatorProcessor(
                    type=logs.JsonMutatorType.MOVE_KEYS,
                    move_keys_options=logs.MoveKeysProperty(
                        entries=[logs.MoveKeyEntryProperty(source="user.id", target="userId")]
                    ),
                ),
                logs.JsonMutatorProcessor(
                    type=logs.JsonMutatorType.RENAME_KEYS,
                    rename_keys_options=logs.RenameKeysProperty(
                        entries=[
                            logs.RenameKeyEntryProperty(
                                key="msg", rename_to="message", overwrite_if_exists=True
                            )
                        ]
                    ),
                ),
                logs.JsonMutatorProcessor(
                    type=logs.JsonMutatorType.COPY_VALUE,
                    copy_value_options=logs.CopyValueProperty(
                        entries=[logs.CopyValueEntryProperty(source="@logGroupName", target="group")]
                    ),
                ),
                logs.JsonMutatorProcessor(
                    type=logs.JsonMutatorType.LIST_TO_MAP,
                    list_to_map_options=logs.ListToMapProperty(
                        source="headers",
                        key="name",
                        value_key="value",
                        target="headerMap",
                        flatten=True,
                        flattened_element="first",
                    ),
                ),
                logs.DataConverterProcessor(
                    type=logs.DataConverterType.TYPE_CONVERTER,
                    type_converter_options=logs.TypeConverterProperty(
                        entries=[
                            logs.TypeConverterEntryProperty(
                                key="status", type=logs.TypeConverterType.INTEGER
                            ),
                            logs.TypeConverterEntryProperty(
                                key="latency", type=logs.TypeConverterType.DOUBLE
                            ),
                        ]
                    ),
                ),
                logs.DataConverterProcessor(
                    type=logs.DataConverterType.DATETIME_CONVERTER,
                    date_time_converter_options=logs.DateTimeConverterProperty(
                        source="time",
                        target="timestamp",
                        match_patterns=["yyyy-MM-dd HH:mm:ss"],
                        locale="en",
                    ),
                ),
            ],
        )

        access_logs = logs.LogGroup(self, "AccessLogs", log_group_name="/edge/access")
        logs.Transformer(
            self,
            "AccessTransformer",
            transformer_name="access-csv",
            log_group=access_logs,
            transformer_config=[
                logs.ParserProcessor(
                    type=logs.ParserProcessorType.CSV,
                    csv_options=logs.CsvProperty(
                        columns=["ts", "ip", "status"],
                        delimiter=logs.DelimiterCharacter.TAB,
                        quote_character=logs.QuoteCharacter.SINGLE_QUOTE,
                    ),
                ),
                logs.ParserProcessor(
                    type=logs.ParserProcessorType.KEY_VALUE,
                    key_value_options=logs.ParseKeyValueProperty(
                        source="extra",
                        destination="kv",
                        key_prefix="x_",
                        field_delimiter=logs.KeyValuePairDelimiter.SEMICOLON,
                        key_value_delimiter=logs.KeyValueDelimiter.COLON,
                        non_match_value="none",
                    ),
                ),
                logs.ParserProcessor(
                    type=logs.ParserProcessorType.GROK,
                    grok_options=logs.GrokProperty(match="%{COMMONAPACHELOG}"),
                ),
                logs.ParserProcessor(
                    type=logs.ParserProcessorType.JSON,
                    json_options=logs.ParseJSONProperty(source="body", destination="parsed"),
                ),
                logs.DataConverterProcessor(
                    type=logs.DataConverterType.DATETIME_CONVERTER,
                    date_time_converter_options=logs.DateTimeConverterProperty(
                        source="ts",
                        target="iso",
                        match_patterns=["dd/MMM/yyyy:HH:mm:ss Z", "epoch"],
                        locale="en-US",
                        target_format="yyyy-MM-dd'T'HH:mm:ss'Z'",
                        source_timezone="Europe/Paris",
                        target_timezone="UTC",
                    ),
                ),
            ],
        )

        flow_logs = logs.LogGroup(self, "FlowLogs", log_group_class=logs.LogGroupClass.STANDARD)
        flow_logs.add_transformer(
            "VpcFlow",
            transformer_name="vpc-flow",
            transformer_config=[
                logs.VendedLogParser(log_type=logs.VendedLogType.VPC),
                logs.JsonMutatorProcessor(
                    type=logs.JsonMutatorType.LIST_TO_MAP,
                    list_to_map_options=logs.ListToMapProperty(source="items", key="k"),
                ),
            ],
        )

        trail = logs.LogGroup.from_log_group_name(self, "TrailLogs", "org-trail")
        trail.add_transformer(
            "Ocsf",
            transformer_name="trail-ocsf",
            transformer_config=[
                logs.ParserProcessor(
                    type=logs.ParserProcessorType.OCSF,
                    parse_to_ocsf_options=logs.ParseToOCSFProperty(
                        event_source=logs.OCSFSourceType.CLOUD_TRAIL, ocsf_version=logs.OCSFVersion.V1_1
                    ),
                ),
                logs.ParserProcessor(
                    type=logs.ParserProcessorType.KEY_VALUE,
                ),
                logs.ParserProcessor(type=logs.ParserProcessorType.CSV),
            ],
        )

        for i, log_type in enumerate(
            [
                logs.VendedLogType.CLOUDFRONT,
                logs.VendedLogType.WAF,
                logs.VendedLogType.ROUTE53,
                logs.VendedLogType.POSTGRES,
            ]
        ):
            group = logs.LogGroup(self, f"Vended{i}")
            group.add_transformer(
                f"T{i}",
                transformer_name=f"vended-{i}",
                transformer_config=[logs.VendedLogParser(log_type=log_type, source="raw")],
            )

        role = iam.Role(self, "DeliveryRole", assumed_by=iam.ServicePrincipal("logs.amazonaws.com"))
        dest = logs.CrossAccountDestination(
            self,
            "OrgDestination",
            role=role,
            target_arn="arn:aws:kinesis:us-east-1:111111111111:stream/central-logs",
        )
        dest.add_to_policy(
            iam.PolicyStatement(
                actions=["logs:PutSubscriptionFilter"],
                principals=[iam.AccountPrincipal("222222222222")],
                resources=["*"],
            )
        )
        named = logs.CrossAccountDestination(
            self,
            "NamedDestination",
            role=role,
            destination_name="central-dest",
            target_arn="arn:aws:firehose:us-east-1:111111111111:deliverystream/central",
        )
        named.policy_document.add_statements(
            iam.PolicyStatement(
                actions=["logs:PutSubscriptionFilter"],
                principals=[iam.AnyPrincipal()],
                resources=["*"],
                conditions={"StringEquals": {"aws:PrincipalOrgID": "o-example"}},
            )
        )

        raw = logs.CfnLogGroup(self, "RawGroup", retention_in_days=7)
        raw_scope = Construct(self, "Raw")
        logs.Transformer(
            raw_scope,
            "RawTransformer",
            transformer_name="raw",
            log_group=raw,
            transformer_config=[
                logs.ParserProcessor(
                    type=logs.ParserProcessorType.GROK,
                    grok_options=logs.GrokProperty(match="%{IP:client} %{WORD:method}", source="line"),
                ),
                logs.DataConverterProcessor(
                    type=logs.DataConverterType.TYPE_CONVERTER,
                    type_converter_options={
                        "entries": [
                            {"key": "ok", "type": logs.TypeConverterType.BOOLEAN},
                            logs.TypeConverterEntryProperty(key="n", type=logs.TypeConverterType.STRING),
                        ]
                    },
                ),
            ],
        )
        app_logs.add_subscription_filter(
            "ToOrg", destination=dest, filter_pattern=logs.FilterPattern.all_events()
        )
        cdk.CfnOutput(self, "DestArn", value=dest.destination_arn)
        cdk.CfnOutput(self, "DestName", value=dest.destination_name)
        cdk.CfnOutput(self, "NamedArn", value=named.destination_arn)
        cdk.CfnOutput(self, "NamedName", value=named.destination_name)


app = cdk.App()
LogTransformersStack(app, "LogTransformers", env=cdk.Environment(account="123456789012", region="eu-west-1"))
app.synth()
