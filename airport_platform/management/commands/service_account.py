from django.core.management.base import BaseCommand, CommandError

from airport_platform.services import service_account_issue_token, service_account_revoke_token


class Command(BaseCommand):
    help = (
        "Create a service account (member of the 'services' group) and print its API token; "
        "--rotate replaces the token, --revoke deletes it."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="service account name, e.g. gate-planner")
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--rotate", action="store_true", help="issue a new token, invalidating the old one"
        )
        group.add_argument("--revoke", action="store_true", help="delete the token")

    def handle(self, *args, name, rotate, revoke, **options):
        if revoke:
            if not service_account_revoke_token(name=name):
                raise CommandError(f"{name} has no token")
            self.stderr.write(f"revoked the token of {name}")
            return
        token = service_account_issue_token(name=name, rotate=rotate)
        self.stderr.write(f"token of service account {name} (send it as 'Authorization: Token <token>'):")
        self.stdout.write(token.key)
