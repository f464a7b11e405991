import time

from django.core.management.base import BaseCommand

from orchestration.services import approvals_expire


class Command(BaseCommand):
    help = "Expire pending approvals past their deadline (and their decisions); --every N keeps running."

    def add_arguments(self, parser):
        parser.add_argument(
            "--every", type=float, metavar="SECONDS", help="run forever, sweeping every SECONDS"
        )

    def handle(self, *args, every=None, **options):
        while True:
            expired = approvals_expire()
            self.stdout.write(f"expired {expired} approval(s)")
            if not every:
                return
            time.sleep(every)
