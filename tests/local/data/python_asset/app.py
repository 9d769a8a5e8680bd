import os

from greeting import greet


def handler(event, context):
    return {
        "message": greet(event["pathParameters"]["name"]),
        "table": os.environ["TABLE"],
        "function": context.function_name,
    }
