"""`croissant.json`: the dataset described in Croissant 1.0 (ML Commons), generated from the schema.

Input: a built dataset's folder (its Parquet files). Output: JSON-LD with one FileSet per table (the
table's files, `data/<table>/*.parquet`) and one RecordSet per table, whose fields come from the Arrow schema the
pydantic models generate: every column of scalars or lists of scalars (`repeated`). Struct columns
(an article's `date`, `region`, `sections` ...) are left out of the RecordSet, because Croissant
readers do not extract Parquet structs yet; the JSON Schema in `schema/` describes them, and the
flat tables carry their content.
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from builder import __version__
from builder.record.models import SCHEMA_VERSION
from builder.record.schema import TABLE_MODELS, arrow_schema
from builder.resources import data_json

_TYPES = {
    pa.string(): "sc:Text",
    pa.int64(): "sc:Integer",
    pa.float64(): "sc:Float",
    pa.bool_(): "sc:Boolean",
    pa.date32(): "sc:Date",
}


def croissant_json() -> str:
    metadata: dict[str, Any] = {
        "@context": data_json("croissant_context.json")["context"],
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": "zhaoshang-corpus",
        "description": (
            "Chinese local-government investment-promotion (招商引资) speeches, meeting reports and documents, "
            "cleaned and structured from raw web captures."
        ),
        # The annotations are CC BY 4.0; the texts stay their publishers' and are not licensed (README.md).
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "usageInfo": "Texts (text, text_original, titles, paragraphs, sentences) belong to their publishers and "
        "are not licensed here; the annotations are CC BY 4.0. See README.md.",
        "version": __version__,
        "citeAs": f"zhaoshang-corpus, schema {SCHEMA_VERSION}, dataset version {__version__}",
        "distribution": [_file_set(table) for table in TABLE_MODELS],
        "recordSet": [_record_set(table) for table in TABLE_MODELS],
    }
    return json.dumps(metadata, ensure_ascii=False, indent=2) + "\n"


def _file_set(table: str) -> dict[str, Any]:
    return {
        "@type": "cr:FileSet",
        "@id": f"{table}-parquet",
        "name": f"{table}-parquet",
        "includes": f"data/{table}/*.parquet",
        "encodingFormat": "application/x-parquet",
    }


def _record_set(table: str) -> dict[str, Any]:
    return {
        "@type": "cr:RecordSet",
        "@id": table,
        "name": table,
        "field": [_field(table, field) for field in arrow_schema(table) if not _holds_structs(field.type)],
    }


def _holds_structs(kind: pa.DataType) -> bool:
    return pa.types.is_struct(kind) or (pa.types.is_list(kind) and pa.types.is_struct(kind.value_type))


def _field(table: str, field: pa.Field) -> dict[str, Any]:
    description: dict[str, Any] = {"@type": "cr:Field", "@id": f"{table}/{field.name}", "name": field.name}
    kind = field.type
    if pa.types.is_list(kind):
        description["repeated"] = True
        kind = kind.value_type
    description["dataType"] = _TYPES.get(kind, "sc:Text")
    description["source"] = {"fileSet": {"@id": f"{table}-parquet"}, "extract": {"column": field.name}}
    return description
