"""
Migration: history 0001_initial

Description:  Nothing, on purpose. This migration used to create the change history of every
              entity table (event tables `<table>_history` and their triggers) in the core,
              depending on all eight domain apps. Each domain app now creates its own history
              in its `<n>_history` migration (airport_platform/history/tracking.py). On a
              database where the old version was applied, those migrations adopt the existing
              event tables with their rows (`CreateModelIfMissing`) and reinstall the triggers
              under the same names; this migration is not re-run there.
Version:      2.0.0
Dependencies: none.
Author:       Airport platform team
Date:         2026-12-01
Reversible:   yes (nothing to reverse).
"""

from django.db import migrations


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = []
