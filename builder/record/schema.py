"""Every form of the schema, generated from the pydantic models in `builder.record.models`.

Nothing here is written by hand: the Arrow schema the writer uses, the JSON Schema shipped in
`schema/`, the `datasets` Features and the card's `dataset_info` all come from the same models, so
they cannot drift apart.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from functools import cache
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from builder.record.models import SCHEMA_VERSION, Article, DuplicateRow, PersonRow, SpeakerRow, TargetRow

TABLE_MODELS: dict[str, type[BaseModel]] = {
    "articles": Article,
    "targets": TargetRow,
    "speakers": SpeakerRow,
    "duplicates": DuplicateRow,
    "people": PersonRow,
}
# Tables made from the finished ones at the end of a build (builder.publish.derived), not row by row.
DERIVED_TABLES = ("duplicates", "people")

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    dt.date: pa.date32(),
}


def _strip_optional(annotation: Any) -> tuple[Any, bool]:
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in get_args(annotation) if a is not type(None)]
        if len(members) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        return members[0], True
    return annotation, False


def arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of one model annotation."""
    annotation, _ = _strip_optional(annotation)
    origin = get_origin(annotation)
    if origin is Literal:
        return pa.string()
    if origin is list:
        (item,) = get_args(annotation)
        return pa.list_(arrow_type(item))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(arrow_fields(annotation))
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_fields(model: type[BaseModel]) -> list[pa.Field]:
    fields = []
    for name, info in model.model_fields.items():
        _, optional = _strip_optional(info.annotation)
        fields.append(pa.field(name, arrow_type(info.annotation), nullable=optional or not info.is_required()))
    return fields


def arrow_schema(table: str) -> pa.Schema:
    """The explicit Arrow schema the writer uses for `table`."""
    model = TABLE_MODELS[table]
    return pa.schema(arrow_fields(model), metadata={"zhaoshang.schema_version": SCHEMA_VERSION})


def json_schema() -> dict[str, Any]:
    """JSON Schema of one article record."""
    schema = Article.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://zhaoshang-corpus.org/schema/article-{SCHEMA_VERSION}.json"
    schema["title"] = f"zhaoshang-corpus article, schema {SCHEMA_VERSION}"
    return schema


@cache
def json_schema_text() -> str:
    """The JSON Schema as the outputs hold it: made once a process (20 ms), since the models do not change."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def features(table: str) -> Any:
    """The `datasets` Features of `table`."""
    from datasets import Features

    return Features.from_arrow_schema(arrow_schema(table))


# The `datasets` dtype of each Arrow scalar the models use (`Value(dtype)`).
_DTYPES = {
    pa.string(): "string",
    pa.int64(): "int64",
    pa.float64(): "float64",
    pa.bool_(): "bool",
    pa.date32(): "date32",
}


def dataset_info_yaml(table: str, num_examples: int, num_bytes: int) -> dict[str, Any]:
    """The card's `dataset_info` entry for one config, as `datasets` writes it (`DatasetInfo._to_yaml_dict`).

    Written from the Arrow schema without importing `datasets`, whose import costs a build more
    than writing a thousand articles; `tests/test_outputs.py` checks it equals `datasets`' own.
    """
    return {
        "features": _yaml_fields(arrow_schema(table)),
        "config_name": table,
        "splits": [{"name": "train", "num_bytes": num_bytes, "num_examples": num_examples}],
    }


def _yaml_fields(fields: Any) -> list[dict[str, Any]]:
    return [{"name": field.name, **_yaml_feature(field.type)} for field in fields]


def _yaml_feature(kind: pa.DataType) -> dict[str, Any]:
    if pa.types.is_struct(kind):
        return {"struct": _yaml_fields(kind)}
    if pa.types.is_list(kind):
        item = _yaml_feature(kind.value_type)
        return {"list": item.get("dtype") or item.get("struct") or item}
    return {"dtype": _DTYPES[kind]}
