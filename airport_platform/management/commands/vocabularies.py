from pathlib import Path

from django.core.management.base import BaseCommand

from airport_platform.vocabularies import render_markdown


class Command(BaseCommand):
    help = "Print the platform's vocabularies as Markdown, or write them to a file (--write)."

    def add_arguments(self, parser):
        parser.add_argument("--write", metavar="PATH", help="write to PATH instead of stdout")

    def handle(self, *args, write=None, **options):
        text = render_markdown()
        if write:
            Path(write).write_text(text)
            self.stdout.write(self.style.SUCCESS(f"wrote {write}"))
        else:
            self.stdout.write(text)
