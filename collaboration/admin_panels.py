"""What collaboration shows on other apps' admin pages (registered at `ready()`, see
airport_platform/admin/panels.py): the AI's explanations of a decision on the decision's page."""

from django.utils.html import format_html, format_html_join

from airport_platform.admin.panels import register_related_panel
from airport_platform.choices import EntityType

from .models import AIExplanation


def explanations_html(obj, *, entity_type: str) -> str:
    explanations = AIExplanation.objects.filter(entity_type=entity_type, entity_id=obj.pk).order_by(
        "created_at"
    )
    if not explanations:
        return ""
    return format_html(
        '<ul class="ai-explanations">{}</ul>',
        format_html_join(
            "",
            "<li><strong>{}</strong> ({}, {} audience, confidence {}): {}</li>",
            (
                (
                    e.summary or e.get_explanation_format_display(),
                    e.get_explanation_format_display(),
                    e.audience_level or "general",
                    e.confidence_score if e.confidence_score is not None else "n/a",
                    e.content,
                )
                for e in explanations
            ),
        ),
    )


def register() -> None:
    register_related_panel(
        "orchestration.Decision",
        label="AI explanations",
        render=lambda decision: explanations_html(decision, entity_type=EntityType.DECISION),
    )
