"""Backfilling history with `manage.py import_series`: streamed, validated, re-runnable."""

import csv
import gzip
import io
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from airport_platform.timeseries import importing
from sustainability.models import ResourceConsumption, SustainabilityMetric

pytestmark = pytest.mark.django_db
COLUMNS = ["timestamp", "metric_type", "location", "value", "unit", "notes"]


def run(*args):
    out = StringIO()
    call_command("import_series", *map(str, args), stdout=out, verbosity=0)
    return out.getvalue()


def reading(i, **overrides):
    row = {
        "timestamp": f"2025-06-{1 + i // 1440:02d}T{i // 60 % 24:02d}:{i % 60:02d}:00Z",
        "metric_type": "energy_use",
        "location": f"T{i % 3 + 1}",
        "value": f"{i}.25",
        "unit": "kWh",
        "notes": "",
    }
    return {**row, **overrides}


def write_csv(path, rows, *, compress=False):
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    data = text.getvalue().encode()
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def test_csv_gz_is_loaded_and_bad_rows_are_rejected_with_reasons(tmp_path):
    rows = [reading(i) for i in range(100)]
    rows[10]["metric_type"] = "vibes"
    rows[20]["value"] = "lots"
    rows[30]["timestamp"] = ""
    path = write_csv(tmp_path / "legacy.csv.gz", rows, compress=True)
    out = run("sustainability_metrics", path, "--batch-size", "32")
    assert "100 rows read, 97 inserted, 0 already present, 3 rejected" in out
    assert SustainabilityMetric.objects.count() == 97
    rejects = [
        json.loads(line) for line in (tmp_path / "legacy.csv.gz.rejects.ndjson").read_text().splitlines()
    ]
    # Line numbers are the file's (the header is line 1).
    assert [(r["line"], r["errors"]) for r in rejects] == [
        (12, {"metric_type": ['"vibes" is not a valid choice.']}),
        (22, {"value": ["A valid number is required."]}),
        (32, {"timestamp": ["This field is required."]}),
    ]
    stored = SustainabilityMetric.objects.get(timestamp="2025-06-01T00:05:00Z")
    assert (stored.location, stored.value, stored.notes) == ("T3", 5.25, None)


def test_a_rerun_after_an_interruption_adds_only_what_is_missing(tmp_path, monkeypatch):
    path = write_csv(tmp_path / "history.csv", [reading(i) for i in range(250)])
    real_load = importing.SeriesImporter._load
    calls = []

    def load_then_crash(self, *args):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the operator pressed Ctrl-C during the third batch
        return real_load(self, *args)

    monkeypatch.setattr(importing.SeriesImporter, "_load", load_then_crash)
    with pytest.raises(KeyboardInterrupt):
        run("sustainability_metrics", path, "--batch-size", "100")
    assert SustainabilityMetric.objects.count() == 200  # two batches were committed
    monkeypatch.setattr(importing.SeriesImporter, "_load", real_load)

    out = run("sustainability_metrics", path, "--batch-size", "100")
    assert "250 rows read, 50 inserted, 200 already present, 0 rejected" in out
    assert SustainabilityMetric.objects.count() == 250
    assert "250 rows read, 0 inserted, 250 already present" in run("sustainability_metrics", path)
    assert not (tmp_path / "history.csv.rejects.ndjson").exists()


def test_ndjson_with_ids_and_json_numbers(tmp_path):
    lines = [
        {
            "id": "7c1e1b6a-3f0e-4c53-9b43-3a1c9d1e2f00",
            "timestamp": "2025-01-01T00:00:00+01:00",
            "resource_type": "electricity",
            "location": "T1 Main substation",
            "consumption_value": 1250.5,
            "unit": "kWh",
            "cost": 225,
        },
        {
            "timestamp": "2025-01-01T01:00:00Z",
            "resource_type": "water",
            "location": "T1",
            "consumption_value": -1,
            "unit": "m3",
        },
        "not an object",
    ]
    path = tmp_path / "meters.ndjson"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n{broken\n")
    out = run("resource_consumption", path)
    assert "4 rows read, 1 inserted, 0 already present, 3 rejected" in out
    stored = ResourceConsumption.objects.get()
    assert str(stored.pk) == lines[0]["id"]
    assert stored.timestamp.isoformat() == "2024-12-31T23:00:00+00:00"
    assert (stored.consumption_value, stored.cost) == (1250.5, 225)
    rejects = [
        json.loads(line) for line in (tmp_path / "meters.ndjson.rejects.ndjson").read_text().splitlines()
    ]
    assert rejects[0]["errors"] == {"consumption_value": ["Ensure this value is greater than or equal to 0."]}
    assert rejects[1]["errors"] == {"non_field_errors": ["Invalid data. Expected a dictionary, but got str."]}
    assert "not valid JSON" in rejects[2]["errors"]["non_field_errors"][0]


def test_unknown_tables_and_files_are_refused(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run("sustainability_metrics", tmp_path / "missing.csv")
    path = write_csv(tmp_path / "x.csv", [reading(0)])
    with pytest.raises(CommandError, match="not a hypertable"):
        run("decisions", path)
    (tmp_path / "x.txt").write_text("")
    with pytest.raises(CommandError, match="cannot tell the format"):
        run("sustainability_metrics", tmp_path / "x.txt")
