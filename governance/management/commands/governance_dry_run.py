"""Test a policy before activating it: what would it have changed over the last N decisions?"""

import json
import uuid

from django.core.management.base import BaseCommand, CommandError

from governance.models import GovernancePolicy
from governance.selectors import DRY_RUN_DEFAULT, DRY_RUN_MAX, policy_dry_run


class Command(BaseCommand):
    help = "Evaluate a governance policy (active or not) against the last N decisions; writes nothing."

    def add_arguments(self, parser):
        parser.add_argument("--policy", required=True, help="policy id (or exact name)")
        parser.add_argument("--last", type=int, default=DRY_RUN_DEFAULT, help=f"decisions (1-{DRY_RUN_MAX})")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="print the whole report as JSON"
        )

    def handle(self, *args, policy, last, as_json: bool = False, **options):
        if not 1 <= last <= DRY_RUN_MAX:
            raise CommandError(f"--last must be between 1 and {DRY_RUN_MAX}")
        found = GovernancePolicy.objects.filter(pk=policy) if _is_uuid(policy) else None
        found = found or GovernancePolicy.objects.filter(name=policy)
        row = found.first()
        if row is None:
            raise CommandError(f"no governance policy {policy!r}")
        report = policy_dry_run(policy=row, last=last)
        if as_json:
            self.stdout.write(json.dumps(report, indent=2))
            return
        self.stdout.write(
            f"{row.name} (v{row.version}, {row.implementation_level}, "
            f"{'active' if row.is_active else 'inactive'}): {report['decisions_evaluated']} decisions evaluated, "
            f"{report['matched']} matched, {report['changed']} would have changed"
        )
        for outcome, counts in report["by_outcome"].items():
            if counts["matched"]:
                self.stdout.write(f"  {outcome}: {counts['matched']} matched, {counts['changed']} changed")
        for decision in report["decisions"]:
            if decision["would_change"]:  # for a non-binding policy: what it would flag
                self.stdout.write(
                    f"  {decision['id']} {decision['type']} {decision['priority']} {decision['status']}: "
                    + "; ".join(decision["would_change"])
                )
        for error in report["errors"]:
            self.stderr.write(f"  error: {error}")
        if report.get("note"):
            self.stdout.write(f"  note: {report['note']}")


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
