"""The constants of `FoundationModelIdentifier`: one per base foundation model, with its model id.

Generated from aws-cdk-lib 2.275.0: the table mirrors its `FoundationModelIdentifier` constants, names and
values; regenerate it rather than editing it by hand when the mirrored version changes."""

from __future__ import annotations

from ..core.runtime_typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import ClassVar

    from .foundation_model import FoundationModelIdentifier


class FoundationModelIdentifierConstants:
    """The constants `FoundationModelIdentifier` has (declared here for type checkers, set on the class
    from `MODEL_IDS` when its module loads)."""

    AI21_J2_GRANDE_INSTRUCT: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.j2-grande-instruct"."""
    AI21_J2_JAMBA_INSTRUCT_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.jamba-instruct-v1:0"."""
    AI21_J2_JUMBO_INSTRUCT: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.j2-jumbo-instruct"."""
    AI21_J2_MID: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.j2-mid"."""
    AI21_J2_ULTRA: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.j2-ultra"."""
    AI21_JAMBA_1_5_LARGE_V_1_0: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.jamba-1-5-large-v1:0"."""
    AI21_JAMBA_1_5_MINI_V_1_0: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.jamba-1-5-mini-v1:0"."""
    AI21_LABS_JURASSIC_2_MID_V1: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.j2-mid-v1"."""
    AI21_LABS_JURASSIC_2_ULTRA_V1: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.j2-ultra-v1"."""
    AI21_LABS_JURASSIC_2_ULTRA_V1_0_8_K: ClassVar[FoundationModelIdentifier]
    """Base model "ai21.j2-ultra-v1:0:8k"."""
    AMAZON_NOVA_2_MULTIMODAL_EMBEDDINGS_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-2-multimodal-embeddings-v1:0"."""
    AMAZON_NOVA_CANVAS_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-canvas-v1:0"."""
    AMAZON_NOVA_LITE_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-lite-v1:0"."""
    AMAZON_NOVA_LITE_V1_0_300_K: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-lite-v1:0:300k"."""
    AMAZON_NOVA_MICRO_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-micro-v1:0"."""
    AMAZON_NOVA_MICRO_V1_0_128_K: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-micro-v1:0:128k"."""
    AMAZON_NOVA_PREMIER_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-premier-v1:0"."""
    AMAZON_NOVA_PRO_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-pro-v1:0"."""
    AMAZON_NOVA_PRO_V1_0_300_K: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-pro-v1:0:300k"."""
    AMAZON_NOVA_REEL_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-reel-v1:0"."""
    AMAZON_NOVA_REEL_V1_1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-reel-v1:1"."""
    AMAZON_NOVA_SONIC_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.nova-sonic-v1:0"."""
    AMAZON_RERANK_V1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.rerank-v1:0"."""
    AMAZON_TITAN_EMBEDDINGS_G1_TEXT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-embed-text-v1"."""
    AMAZON_TITAN_EMBED_G1_TEXT_02: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-embed-g1-text-02"."""
    AMAZON_TITAN_EMBED_IMAGE_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-embed-image-v1:0"."""
    AMAZON_TITAN_EMBED_TEXT_V1_2_8_K: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-embed-text-v1:2:8k"."""
    AMAZON_TITAN_EMBED_TEXT_V2_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-embed-text-v2:0"."""
    AMAZON_TITAN_EMBED_TEXT_V2_0_8_K: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-embed-text-v2:0:8k"."""
    AMAZON_TITAN_IMAGE_GENERATOR_G1_V1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-image-generator-v1"."""
    AMAZON_TITAN_IMAGE_GENERATOR_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-image-generator-v1:0"."""
    AMAZON_TITAN_IMAGE_GENERATOR_V2_0: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-image-generator-v2:0"."""
    AMAZON_TITAN_MULTIMODAL_EMBEDDINGS_G1_V1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-embed-image-v1"."""
    AMAZON_TITAN_TEXT_EXPRESS_V1_0_8_K: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-text-express-v1:0:8k"."""
    AMAZON_TITAN_TEXT_G1_EXPRESS_V1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-text-express-v1"."""
    AMAZON_TITAN_TEXT_G1_LITE_V1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-text-lite-v1"."""
    AMAZON_TITAN_TEXT_LITE_V1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-text-lite-v1"."""
    AMAZON_TITAN_TEXT_LITE_V1_0_4_K: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-text-lite-v1:0:4k"."""
    AMAZON_TITAN_TEXT_PREMIER_V1: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-text-premier-v1:0"."""
    AMAZON_TITAN_TG1_LARGE: ClassVar[FoundationModelIdentifier]
    """Base model "amazon.titan-tg1-large"."""
    ANTHROPIC_CLAUDE_3_5_HAIKU_20241022_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-haiku-20241022-v1:0"."""
    ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-sonnet-20240620-v1:0"."""
    ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0_18_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-sonnet-20240620-v1:0:18k"."""
    ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0_200_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-sonnet-20240620-v1:0:200k"."""
    ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0_51_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-sonnet-20240620-v1:0:51k"."""
    ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-sonnet-20241022-v2:0"."""
    ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0_18_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-sonnet-20241022-v2:0:18k"."""
    ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0_200_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-sonnet-20241022-v2:0:200k"."""
    ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0_51_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-5-sonnet-20241022-v2:0:51k"."""
    ANTHROPIC_CLAUDE_3_7_SONNET_20250219_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-7-sonnet-20250219-v1:0"."""
    ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-haiku-20240307-v1:0"."""
    ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0_200_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-haiku-20240307-v1:0:200k"."""
    ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0_48_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-haiku-20240307-v1:0:48k"."""
    ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-opus-20240229-v1:0"."""
    ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0_12_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-opus-20240229-v1:0:12k"."""
    ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0_200_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-opus-20240229-v1:0:200k"."""
    ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0_28_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-opus-20240229-v1:0:28k"."""
    ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-sonnet-20240229-v1:0"."""
    ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0_200_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-sonnet-20240229-v1:0:200k"."""
    ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0_28_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-3-sonnet-20240229-v1:0:28k"."""
    ANTHROPIC_CLAUDE_FABLE_5: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-fable-5"."""
    ANTHROPIC_CLAUDE_FABLE_5_1: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-fable-5-1"."""
    ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-haiku-4-5-20251001-v1:0"."""
    ANTHROPIC_CLAUDE_HAIKU_5_5: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-haiku-5-5"."""
    ANTHROPIC_CLAUDE_INSTANT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-instant-v1"."""
    ANTHROPIC_CLAUDE_INSTANT_V1_2_100_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-instant-v1:2:100k"."""
    ANTHROPIC_CLAUDE_MYTHOS_5: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-mythos-5"."""
    ANTHROPIC_CLAUDE_OPUS_4_1_20250805_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-opus-4-1-20250805-v1:0"."""
    ANTHROPIC_CLAUDE_OPUS_4_20250514_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-opus-4-20250514-v1:0"."""
    ANTHROPIC_CLAUDE_OPUS_4_5_20251101_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-opus-4-5-20251101-v1:0"."""
    ANTHROPIC_CLAUDE_OPUS_4_6_V1: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-opus-4-6-v1"."""
    ANTHROPIC_CLAUDE_OPUS_4_7: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-opus-4-7"."""
    ANTHROPIC_CLAUDE_OPUS_4_8: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-opus-4-8"."""
    ANTHROPIC_CLAUDE_OPUS_5: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-opus-5"."""
    ANTHROPIC_CLAUDE_OPUS_5_5: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-opus-5-5"."""
    ANTHROPIC_CLAUDE_SONNET_4_20250514_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-sonnet-4-20250514-v1:0"."""
    ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-sonnet-4-5-20250929-v1:0"."""
    ANTHROPIC_CLAUDE_SONNET_4_6: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-sonnet-4-6"."""
    ANTHROPIC_CLAUDE_SONNET_5: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-sonnet-5"."""
    ANTHROPIC_CLAUDE_SONNET_5_5: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-sonnet-5-5"."""
    ANTHROPIC_CLAUDE_V1: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-v1"."""
    ANTHROPIC_CLAUDE_V2: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-v2"."""
    ANTHROPIC_CLAUDE_V2_0_100_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-v2:0:100k"."""
    ANTHROPIC_CLAUDE_V2_0_18_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-v2:0:18k"."""
    ANTHROPIC_CLAUDE_V2_1: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-v2:1"."""
    ANTHROPIC_CLAUDE_V2_1_18_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-v2:1:18k"."""
    ANTHROPIC_CLAUDE_V2_1_200_K: ClassVar[FoundationModelIdentifier]
    """Base model "anthropic.claude-v2:1:200k"."""
    COHERE_COMMAND_LIGHT_TEXT_V14_7_4_K: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.command-light-text-v14:7:4k"."""
    COHERE_COMMAND_LIGHT_V14: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.command-light-text-v14"."""
    COHERE_COMMAND_R_PLUS_V1: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.command-r-plus-v1:0"."""
    COHERE_COMMAND_R_V1: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.command-r-v1:0"."""
    COHERE_COMMAND_TEXT_V14_7_4_K: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.command-text-v14:7:4k"."""
    COHERE_COMMAND_V14: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.command-text-v14"."""
    COHERE_EMBED_ENGLISH_V3: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.embed-english-v3"."""
    COHERE_EMBED_ENGLISH_V3_0_512: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.embed-english-v3:0:512"."""
    COHERE_EMBED_MULTILINGUAL_V3: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.embed-multilingual-v3"."""
    COHERE_EMBED_MULTILINGUAL_V3_0_512: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.embed-multilingual-v3:0:512"."""
    COHERE_EMBED_V4: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.embed-v4:0"."""
    COHERE_RERANK_V3_5: ClassVar[FoundationModelIdentifier]
    """Base model "cohere.rerank-v3-5:0"."""
    DEEP_SEEK_R1_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "deepseek.r1-v1:0"."""
    DEEP_SEEK_V3_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "deepseek.v3-v1:0"."""
    LUMA_RAY_V2_0: ClassVar[FoundationModelIdentifier]
    """Base model "luma.ray-v2:0"."""
    META_LLAMA_2_13_B_CHAT_V1_0_4_K: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama2-13b-chat-v1:0:4k"."""
    META_LLAMA_2_13_B_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama2-13b-v1"."""
    META_LLAMA_2_13_B_V1_0_4_K: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama2-13b-v1:0:4k"."""
    META_LLAMA_2_70_B_CHAT_V1_0_4_K: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama2-70b-chat-v1:0:4k"."""
    META_LLAMA_2_70_B_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama2-70b-v1"."""
    META_LLAMA_2_70_B_V1_0_4_K: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama2-70b-v1:0:4k"."""
    META_LLAMA_2_CHAT_13_B_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama2-13b-chat-v1"."""
    META_LLAMA_2_CHAT_70_B_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama2-70b-chat-v1"."""
    META_LLAMA_3_1_405_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-1-405b-instruct-v1:0"."""
    META_LLAMA_3_1_70_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-1-70b-instruct-v1:0"."""
    META_LLAMA_3_1_70_INSTRUCT_V1_128_K: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-1-70b-instruct-v1:0:128k"."""
    META_LLAMA_3_1_8_B_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-1-8b-instruct-v1:0"."""
    META_LLAMA_3_1_8_B_INSTRUCT_V_128_K: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-1-8b-instruct-v1:0:128k"."""
    META_LLAMA_3_2_11_B_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-2-11b-instruct-v1:0"."""
    META_LLAMA_3_2_1_B_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-2-1b-instruct-v1:0"."""
    META_LLAMA_3_2_3_B_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-2-3b-instruct-v1:0"."""
    META_LLAMA_3_2_90_B_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-2-90b-instruct-v1:0"."""
    META_LLAMA_3_3_70_B_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-3-70b-instruct-v1:0"."""
    META_LLAMA_3_70_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-70b-instruct-v1:0"."""
    META_LLAMA_3_8_B_INSTRUCT_V1: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama3-8b-instruct-v1:0"."""
    META_LLAMA_4_MAVERICK_17_B_INSTRUCT_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama4-maverick-17b-instruct-v1:0"."""
    META_LLAMA_4_SCOUT_17_B_INSTRUCT_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "meta.llama4-scout-17b-instruct-v1:0"."""
    MINIMAX_MINIMAX_M2: ClassVar[FoundationModelIdentifier]
    """Base model "minimax.minimax-m2"."""
    MINIMAX_MINIMAX_M2_1: ClassVar[FoundationModelIdentifier]
    """Base model "minimax.minimax-m2.1"."""
    MINIMAX_MINIMAX_M2_5: ClassVar[FoundationModelIdentifier]
    """Base model "minimax.minimax-m2.5"."""
    MISTRAL_LARGE_2_V0_1: ClassVar[FoundationModelIdentifier]
    """Base model "mistral.mistral-large-2407-v1:0"."""
    MISTRAL_LARGE_V0_1: ClassVar[FoundationModelIdentifier]
    """Base model "mistral.mistral-large-2402-v1:0"."""
    MISTRAL_MISTRAL_7_B_INSTRUCT_V0_2: ClassVar[FoundationModelIdentifier]
    """Base model "mistral.mistral-7b-instruct-v0:2"."""
    MISTRAL_MIXTRAL_8_X7_B_INSTRUCT_V0_1: ClassVar[FoundationModelIdentifier]
    """Base model "mistral.mixtral-8x7b-instruct-v0:1"."""
    MISTRAL_PIXTRAL_LARGE_2502_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "mistral.pixtral-large-2502-v1:0"."""
    MISTRAL_SMALL_V0_1: ClassVar[FoundationModelIdentifier]
    """Base model "mistral.mistral-small-2402-v1:0"."""
    OPENAI_GPT_5_4: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-5.4"."""
    OPENAI_GPT_5_5: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-5.5"."""
    OPENAI_GPT_5_6_CYBER: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-5.6-cyber"."""
    OPENAI_GPT_5_6_LUNA: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-5.6-luna"."""
    OPENAI_GPT_5_6_SOL: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-5.6-sol"."""
    OPENAI_GPT_5_6_TERRA: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-5.6-terra"."""
    OPENAI_GPT_6_1_SOL: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-6.1-sol"."""
    OPENAI_GPT_6_ASTRA: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-6-astra"."""
    OPENAI_GPT_6_LUNA: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-6-luna"."""
    OPENAI_GPT_6_SOL: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-6-sol"."""
    OPENAI_GPT_DAYBREAK_BLUE_5_6_SOL: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-daybreak-blue-5.6-sol"."""
    OPENAI_GPT_OSS_120_B_1: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-oss-120b-1:0"."""
    OPENAI_GPT_OSS_20_B_1: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-oss-20b-1:0"."""
    OPENAI_GPT_OSS_SAFEGUARD_120_B: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-oss-safeguard-120b"."""
    OPENAI_GPT_OSS_SAFEGUARD_20_B: ClassVar[FoundationModelIdentifier]
    """Base model "openai.gpt-oss-safeguard-20b"."""
    QWEN_QWEN3_235_B_A22_B_2507_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "qwen.qwen3-235b-a22b-2507-v1:0"."""
    QWEN_QWEN3_32_B_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "qwen.qwen3-32b-v1:0"."""
    QWEN_QWEN3_CODER_30_B_A3_B_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "qwen.qwen3-coder-30b-a3b-v1:0"."""
    QWEN_QWEN3_CODER_480_B_A35_B_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "qwen.qwen3-coder-480b-a35b-v1:0"."""
    STABILITY_SD3_5_LARGE_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "stability.sd3-5-large-v1:0"."""
    STABILITY_SD3_LARGE_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "stability.sd3-large-v1:0"."""
    STABILITY_STABLE_DIFFUSION_XL: ClassVar[FoundationModelIdentifier]
    """Base model "stability.stable-diffusion-xl"."""
    STABILITY_STABLE_DIFFUSION_XL_V0: ClassVar[FoundationModelIdentifier]
    """Base model "stability.stable-diffusion-xl-v0"."""
    STABILITY_STABLE_DIFFUSION_XL_V1: ClassVar[FoundationModelIdentifier]
    """Base model "stability.stable-diffusion-xl-v1"."""
    STABILITY_STABLE_DIFFUSION_XL_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "stability.stable-diffusion-xl-v1:0"."""
    STABILITY_STABLE_IMAGE_CORE_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "stability.stable-image-core-v1:0"."""
    STABILITY_STABLE_IMAGE_CORE_V1_1: ClassVar[FoundationModelIdentifier]
    """Base model "stability.stable-image-core-v1:1"."""
    STABILITY_STABLE_IMAGE_ULTRA_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "stability.stable-image-ultra-v1:0"."""
    STABILITY_STABLE_IMAGE_ULTRA_V1_1: ClassVar[FoundationModelIdentifier]
    """Base model "stability.stable-image-ultra-v1:1"."""
    TWELVELABS_MARENGO_EMBED_2_7_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "twelvelabs.marengo-embed-2-7-v1:0"."""
    TWELVELABS_MARENGO_EMBED_3_0_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "twelvelabs.marengo-embed-3-0-v1:0"."""
    TWELVELABS_PEGASUS_1_2_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "twelvelabs.pegasus-1-2-v1:0"."""
    WRITER_PALMYRA_X4_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "writer.palmyra-x4-v1:0"."""
    WRITER_PALMYRA_X5_V1_0: ClassVar[FoundationModelIdentifier]
    """Base model "writer.palmyra-x5-v1:0"."""
    ZAI_GLM_4_7: ClassVar[FoundationModelIdentifier]
    """Base model "zai.glm-4.7"."""
    ZAI_GLM_4_7_FLASH: ClassVar[FoundationModelIdentifier]
    """Base model "zai.glm-4.7-flash"."""
    ZAI_GLM_5: ClassVar[FoundationModelIdentifier]
    """Base model "zai.glm-5"."""


# Constant name -> model id, as aws-cdk-lib 2.275.0 defines them.
MODEL_IDS: dict[str, str] = {
    "AI21_J2_GRANDE_INSTRUCT": "ai21.j2-grande-instruct",
    "AI21_J2_JAMBA_INSTRUCT_V1_0": "ai21.jamba-instruct-v1:0",
    "AI21_J2_JUMBO_INSTRUCT": "ai21.j2-jumbo-instruct",
    "AI21_J2_MID": "ai21.j2-mid",
    "AI21_J2_ULTRA": "ai21.j2-ultra",
    "AI21_JAMBA_1_5_LARGE_V_1_0": "ai21.jamba-1-5-large-v1:0",
    "AI21_JAMBA_1_5_MINI_V_1_0": "ai21.jamba-1-5-mini-v1:0",
    "AI21_LABS_JURASSIC_2_MID_V1": "ai21.j2-mid-v1",
    "AI21_LABS_JURASSIC_2_ULTRA_V1": "ai21.j2-ultra-v1",
    "AI21_LABS_JURASSIC_2_ULTRA_V1_0_8_K": "ai21.j2-ultra-v1:0:8k",
    "AMAZON_NOVA_2_MULTIMODAL_EMBEDDINGS_V1_0": "amazon.nova-2-multimodal-embeddings-v1:0",
    "AMAZON_NOVA_CANVAS_V1_0": "amazon.nova-canvas-v1:0",
    "AMAZON_NOVA_LITE_V1_0": "amazon.nova-lite-v1:0",
    "AMAZON_NOVA_LITE_V1_0_300_K": "amazon.nova-lite-v1:0:300k",
    "AMAZON_NOVA_MICRO_V1_0": "amazon.nova-micro-v1:0",
    "AMAZON_NOVA_MICRO_V1_0_128_K": "amazon.nova-micro-v1:0:128k",
    "AMAZON_NOVA_PREMIER_V1_0": "amazon.nova-premier-v1:0",
    "AMAZON_NOVA_PRO_V1_0": "amazon.nova-pro-v1:0",
    "AMAZON_NOVA_PRO_V1_0_300_K": "amazon.nova-pro-v1:0:300k",
    "AMAZON_NOVA_REEL_V1_0": "amazon.nova-reel-v1:0",
    "AMAZON_NOVA_REEL_V1_1": "amazon.nova-reel-v1:1",
    "AMAZON_NOVA_SONIC_V1_0": "amazon.nova-sonic-v1:0",
    "AMAZON_RERANK_V1": "amazon.rerank-v1:0",
    "AMAZON_TITAN_EMBEDDINGS_G1_TEXT_V1": "amazon.titan-embed-text-v1",
    "AMAZON_TITAN_EMBED_G1_TEXT_02": "amazon.titan-embed-g1-text-02",
    "AMAZON_TITAN_EMBED_IMAGE_V1_0": "amazon.titan-embed-image-v1:0",
    "AMAZON_TITAN_EMBED_TEXT_V1_2_8_K": "amazon.titan-embed-text-v1:2:8k",
    "AMAZON_TITAN_EMBED_TEXT_V2_0": "amazon.titan-embed-text-v2:0",
    "AMAZON_TITAN_EMBED_TEXT_V2_0_8_K": "amazon.titan-embed-text-v2:0:8k",
    "AMAZON_TITAN_IMAGE_GENERATOR_G1_V1": "amazon.titan-image-generator-v1",
    "AMAZON_TITAN_IMAGE_GENERATOR_V1_0": "amazon.titan-image-generator-v1:0",
    "AMAZON_TITAN_IMAGE_GENERATOR_V2_0": "amazon.titan-image-generator-v2:0",
    "AMAZON_TITAN_MULTIMODAL_EMBEDDINGS_G1_V1": "amazon.titan-embed-image-v1",
    "AMAZON_TITAN_TEXT_EXPRESS_V1_0_8_K": "amazon.titan-text-express-v1:0:8k",
    "AMAZON_TITAN_TEXT_G1_EXPRESS_V1": "amazon.titan-text-express-v1",
    "AMAZON_TITAN_TEXT_G1_LITE_V1": "amazon.titan-text-lite-v1",
    "AMAZON_TITAN_TEXT_LITE_V1": "amazon.titan-text-lite-v1",
    "AMAZON_TITAN_TEXT_LITE_V1_0_4_K": "amazon.titan-text-lite-v1:0:4k",
    "AMAZON_TITAN_TEXT_PREMIER_V1": "amazon.titan-text-premier-v1:0",
    "AMAZON_TITAN_TG1_LARGE": "amazon.titan-tg1-large",
    "ANTHROPIC_CLAUDE_3_5_HAIKU_20241022_V1_0": "anthropic.claude-3-5-haiku-20241022-v1:0",
    "ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0": "anthropic.claude-3-5-sonnet-20240620-v1:0",
    "ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0_18_K": "anthropic.claude-3-5-sonnet-20240620-v1:0:18k",
    "ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0_200_K": "anthropic.claude-3-5-sonnet-20240620-v1:0:200k",
    "ANTHROPIC_CLAUDE_3_5_SONNET_20240620_V1_0_51_K": "anthropic.claude-3-5-sonnet-20240620-v1:0:51k",
    "ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0": "anthropic.claude-3-5-sonnet-20241022-v2:0",
    "ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0_18_K": "anthropic.claude-3-5-sonnet-20241022-v2:0:18k",
    "ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0_200_K": "anthropic.claude-3-5-sonnet-20241022-v2:0:200k",
    "ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0_51_K": "anthropic.claude-3-5-sonnet-20241022-v2:0:51k",
    "ANTHROPIC_CLAUDE_3_7_SONNET_20250219_V1_0": "anthropic.claude-3-7-sonnet-20250219-v1:0",
    "ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0": "anthropic.claude-3-haiku-20240307-v1:0",
    "ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0_200_K": "anthropic.claude-3-haiku-20240307-v1:0:200k",
    "ANTHROPIC_CLAUDE_3_HAIKU_20240307_V1_0_48_K": "anthropic.claude-3-haiku-20240307-v1:0:48k",
    "ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0": "anthropic.claude-3-opus-20240229-v1:0",
    "ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0_12_K": "anthropic.claude-3-opus-20240229-v1:0:12k",
    "ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0_200_K": "anthropic.claude-3-opus-20240229-v1:0:200k",
    "ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0_28_K": "anthropic.claude-3-opus-20240229-v1:0:28k",
    "ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0": "anthropic.claude-3-sonnet-20240229-v1:0",
    "ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0_200_K": "anthropic.claude-3-sonnet-20240229-v1:0:200k",
    "ANTHROPIC_CLAUDE_3_SONNET_20240229_V1_0_28_K": "anthropic.claude-3-sonnet-20240229-v1:0:28k",
    "ANTHROPIC_CLAUDE_FABLE_5": "anthropic.claude-fable-5",
    "ANTHROPIC_CLAUDE_FABLE_5_1": "anthropic.claude-fable-5-1",
    "ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0": "anthropic.claude-haiku-4-5-20251001-v1:0",
    "ANTHROPIC_CLAUDE_HAIKU_5_5": "anthropic.claude-haiku-5-5",
    "ANTHROPIC_CLAUDE_INSTANT_V1": "anthropic.claude-instant-v1",
    "ANTHROPIC_CLAUDE_INSTANT_V1_2_100_K": "anthropic.claude-instant-v1:2:100k",
    "ANTHROPIC_CLAUDE_MYTHOS_5": "anthropic.claude-mythos-5",
    "ANTHROPIC_CLAUDE_OPUS_4_1_20250805_V1_0": "anthropic.claude-opus-4-1-20250805-v1:0",
    "ANTHROPIC_CLAUDE_OPUS_4_20250514_V1_0": "anthropic.claude-opus-4-20250514-v1:0",
    "ANTHROPIC_CLAUDE_OPUS_4_5_20251101_V1_0": "anthropic.claude-opus-4-5-20251101-v1:0",
    "ANTHROPIC_CLAUDE_OPUS_4_6_V1": "anthropic.claude-opus-4-6-v1",
    "ANTHROPIC_CLAUDE_OPUS_4_7": "anthropic.claude-opus-4-7",
    "ANTHROPIC_CLAUDE_OPUS_4_8": "anthropic.claude-opus-4-8",
    "ANTHROPIC_CLAUDE_OPUS_5": "anthropic.claude-opus-5",
    "ANTHROPIC_CLAUDE_OPUS_5_5": "anthropic.claude-opus-5-5",
    "ANTHROPIC_CLAUDE_SONNET_4_20250514_V1_0": "anthropic.claude-sonnet-4-20250514-v1:0",
    "ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0": "anthropic.claude-sonnet-4-5-20250929-v1:0",
    "ANTHROPIC_CLAUDE_SONNET_4_6": "anthropic.claude-sonnet-4-6",
    "ANTHROPIC_CLAUDE_SONNET_5": "anthropic.claude-sonnet-5",
    "ANTHROPIC_CLAUDE_SONNET_5_5": "anthropic.claude-sonnet-5-5",
    "ANTHROPIC_CLAUDE_V1": "anthropic.claude-v1",
    "ANTHROPIC_CLAUDE_V2": "anthropic.claude-v2",
    "ANTHROPIC_CLAUDE_V2_0_100_K": "anthropic.claude-v2:0:100k",
    "ANTHROPIC_CLAUDE_V2_0_18_K": "anthropic.claude-v2:0:18k",
    "ANTHROPIC_CLAUDE_V2_1": "anthropic.claude-v2:1",
    "ANTHROPIC_CLAUDE_V2_1_18_K": "anthropic.claude-v2:1:18k",
    "ANTHROPIC_CLAUDE_V2_1_200_K": "anthropic.claude-v2:1:200k",
    "COHERE_COMMAND_LIGHT_TEXT_V14_7_4_K": "cohere.command-light-text-v14:7:4k",
    "COHERE_COMMAND_LIGHT_V14": "cohere.command-light-text-v14",
    "COHERE_COMMAND_R_PLUS_V1": "cohere.command-r-plus-v1:0",
    "COHERE_COMMAND_R_V1": "cohere.command-r-v1:0",
    "COHERE_COMMAND_TEXT_V14_7_4_K": "cohere.command-text-v14:7:4k",
    "COHERE_COMMAND_V14": "cohere.command-text-v14",
    "COHERE_EMBED_ENGLISH_V3": "cohere.embed-english-v3",
    "COHERE_EMBED_ENGLISH_V3_0_512": "cohere.embed-english-v3:0:512",
    "COHERE_EMBED_MULTILINGUAL_V3": "cohere.embed-multilingual-v3",
    "COHERE_EMBED_MULTILINGUAL_V3_0_512": "cohere.embed-multilingual-v3:0:512",
    "COHERE_EMBED_V4": "cohere.embed-v4:0",
    "COHERE_RERANK_V3_5": "cohere.rerank-v3-5:0",
    "DEEP_SEEK_R1_V1_0": "deepseek.r1-v1:0",
    "DEEP_SEEK_V3_V1_0": "deepseek.v3-v1:0",
    "LUMA_RAY_V2_0": "luma.ray-v2:0",
    "META_LLAMA_2_13_B_CHAT_V1_0_4_K": "meta.llama2-13b-chat-v1:0:4k",
    "META_LLAMA_2_13_B_V1": "meta.llama2-13b-v1",
    "META_LLAMA_2_13_B_V1_0_4_K": "meta.llama2-13b-v1:0:4k",
    "META_LLAMA_2_70_B_CHAT_V1_0_4_K": "meta.llama2-70b-chat-v1:0:4k",
    "META_LLAMA_2_70_B_V1": "meta.llama2-70b-v1",
    "META_LLAMA_2_70_B_V1_0_4_K": "meta.llama2-70b-v1:0:4k",
    "META_LLAMA_2_CHAT_13_B_V1": "meta.llama2-13b-chat-v1",
    "META_LLAMA_2_CHAT_70_B_V1": "meta.llama2-70b-chat-v1",
    "META_LLAMA_3_1_405_INSTRUCT_V1": "meta.llama3-1-405b-instruct-v1:0",
    "META_LLAMA_3_1_70_INSTRUCT_V1": "meta.llama3-1-70b-instruct-v1:0",
    "META_LLAMA_3_1_70_INSTRUCT_V1_128_K": "meta.llama3-1-70b-instruct-v1:0:128k",
    "META_LLAMA_3_1_8_B_INSTRUCT_V1": "meta.llama3-1-8b-instruct-v1:0",
    "META_LLAMA_3_1_8_B_INSTRUCT_V_128_K": "meta.llama3-1-8b-instruct-v1:0:128k",
    "META_LLAMA_3_2_11_B_INSTRUCT_V1": "meta.llama3-2-11b-instruct-v1:0",
    "META_LLAMA_3_2_1_B_INSTRUCT_V1": "meta.llama3-2-1b-instruct-v1:0",
    "META_LLAMA_3_2_3_B_INSTRUCT_V1": "meta.llama3-2-3b-instruct-v1:0",
    "META_LLAMA_3_2_90_B_INSTRUCT_V1": "meta.llama3-2-90b-instruct-v1:0",
    "META_LLAMA_3_3_70_B_INSTRUCT_V1": "meta.llama3-3-70b-instruct-v1:0",
    "META_LLAMA_3_70_INSTRUCT_V1": "meta.llama3-70b-instruct-v1:0",
    "META_LLAMA_3_8_B_INSTRUCT_V1": "meta.llama3-8b-instruct-v1:0",
    "META_LLAMA_4_MAVERICK_17_B_INSTRUCT_V1_0": "meta.llama4-maverick-17b-instruct-v1:0",
    "META_LLAMA_4_SCOUT_17_B_INSTRUCT_V1_0": "meta.llama4-scout-17b-instruct-v1:0",
    "MINIMAX_MINIMAX_M2": "minimax.minimax-m2",
    "MINIMAX_MINIMAX_M2_1": "minimax.minimax-m2.1",
    "MINIMAX_MINIMAX_M2_5": "minimax.minimax-m2.5",
    "MISTRAL_LARGE_2_V0_1": "mistral.mistral-large-2407-v1:0",
    "MISTRAL_LARGE_V0_1": "mistral.mistral-large-2402-v1:0",
    "MISTRAL_MISTRAL_7_B_INSTRUCT_V0_2": "mistral.mistral-7b-instruct-v0:2",
    "MISTRAL_MIXTRAL_8_X7_B_INSTRUCT_V0_1": "mistral.mixtral-8x7b-instruct-v0:1",
    "MISTRAL_PIXTRAL_LARGE_2502_V1_0": "mistral.pixtral-large-2502-v1:0",
    "MISTRAL_SMALL_V0_1": "mistral.mistral-small-2402-v1:0",
    "OPENAI_GPT_5_4": "openai.gpt-5.4",
    "OPENAI_GPT_5_5": "openai.gpt-5.5",
    "OPENAI_GPT_5_6_CYBER": "openai.gpt-5.6-cyber",
    "OPENAI_GPT_5_6_LUNA": "openai.gpt-5.6-luna",
    "OPENAI_GPT_5_6_SOL": "openai.gpt-5.6-sol",
    "OPENAI_GPT_5_6_TERRA": "openai.gpt-5.6-terra",
    "OPENAI_GPT_6_1_SOL": "openai.gpt-6.1-sol",
    "OPENAI_GPT_6_ASTRA": "openai.gpt-6-astra",
    "OPENAI_GPT_6_LUNA": "openai.gpt-6-luna",
    "OPENAI_GPT_6_SOL": "openai.gpt-6-sol",
    "OPENAI_GPT_DAYBREAK_BLUE_5_6_SOL": "openai.gpt-daybreak-blue-5.6-sol",
    "OPENAI_GPT_OSS_120_B_1": "openai.gpt-oss-120b-1:0",
    "OPENAI_GPT_OSS_20_B_1": "openai.gpt-oss-20b-1:0",
    "OPENAI_GPT_OSS_SAFEGUARD_120_B": "openai.gpt-oss-safeguard-120b",
    "OPENAI_GPT_OSS_SAFEGUARD_20_B": "openai.gpt-oss-safeguard-20b",
    "QWEN_QWEN3_235_B_A22_B_2507_V1_0": "qwen.qwen3-235b-a22b-2507-v1:0",
    "QWEN_QWEN3_32_B_V1_0": "qwen.qwen3-32b-v1:0",
    "QWEN_QWEN3_CODER_30_B_A3_B_V1_0": "qwen.qwen3-coder-30b-a3b-v1:0",
    "QWEN_QWEN3_CODER_480_B_A35_B_V1_0": "qwen.qwen3-coder-480b-a35b-v1:0",
    "STABILITY_SD3_5_LARGE_V1_0": "stability.sd3-5-large-v1:0",
    "STABILITY_SD3_LARGE_V1_0": "stability.sd3-large-v1:0",
    "STABILITY_STABLE_DIFFUSION_XL": "stability.stable-diffusion-xl",
    "STABILITY_STABLE_DIFFUSION_XL_V0": "stability.stable-diffusion-xl-v0",
    "STABILITY_STABLE_DIFFUSION_XL_V1": "stability.stable-diffusion-xl-v1",
    "STABILITY_STABLE_DIFFUSION_XL_V1_0": "stability.stable-diffusion-xl-v1:0",
    "STABILITY_STABLE_IMAGE_CORE_V1_0": "stability.stable-image-core-v1:0",
    "STABILITY_STABLE_IMAGE_CORE_V1_1": "stability.stable-image-core-v1:1",
    "STABILITY_STABLE_IMAGE_ULTRA_V1_0": "stability.stable-image-ultra-v1:0",
    "STABILITY_STABLE_IMAGE_ULTRA_V1_1": "stability.stable-image-ultra-v1:1",
    "TWELVELABS_MARENGO_EMBED_2_7_V1_0": "twelvelabs.marengo-embed-2-7-v1:0",
    "TWELVELABS_MARENGO_EMBED_3_0_V1_0": "twelvelabs.marengo-embed-3-0-v1:0",
    "TWELVELABS_PEGASUS_1_2_V1_0": "twelvelabs.pegasus-1-2-v1:0",
    "WRITER_PALMYRA_X4_V1_0": "writer.palmyra-x4-v1:0",
    "WRITER_PALMYRA_X5_V1_0": "writer.palmyra-x5-v1:0",
    "ZAI_GLM_4_7": "zai.glm-4.7",
    "ZAI_GLM_4_7_FLASH": "zai.glm-4.7-flash",
    "ZAI_GLM_5": "zai.glm-5",
}
