"""An operator approves a decision in a real browser (Debian's Chromium driven by Playwright)."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from orchestration.models import Decision, OrchestrationEvent

from .conftest import propose

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.slow]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture
def browser(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # between browser steps are still plain synchronous code.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


def staff(username, group):
    user = get_user_model().objects.create_user(username, password="correct horse battery", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def log_in(page, live_server, username, next_path):
    page.goto(f"{live_server.url}/admin/login/?next={next_path}")
    page.fill("#id_username", username)
    page.fill("#id_password", "correct horse battery")
    page.click("input[type=submit]")


def test_operator_approves_a_pending_decision_in_the_browser(browser, live_server, normal_mode):
    staff("night-shift-lead", "operators")
    decision = propose(risk=Decimal("0.65"), description="Tow the A330 from E18 to remote stand R4")
    page = browser.new_page()
    log_in(page, live_server, "night-shift-lead", f"/admin/orchestration/decision/{decision.pk}/change/")

    page.wait_for_selector("#approval-panel")
    panel = page.locator("#approval-panel")
    assert "risk 0.65 is above 0.3" in panel.inner_text()
    page.fill("#id_decision_notes", "Checked with apron control, R4 is free")
    page.click("button[name=approve]")

    page.wait_for_selector(".messagelist .success")
    assert "Decision approved." in page.locator(".messagelist").inner_text()
    assert "Approved" in page.locator("div.form-row.field-status").inner_text()
    assert page.locator("#approval-panel").count() == 0

    decision.refresh_from_db()
    approval = decision.approvals.get()
    assert decision.status == "approved"
    assert (approval.status, approval.approved_by) == ("approved", "night-shift-lead")
    assert approval.notes.endswith(
        "by night-shift-lead at "
        + f"{approval.approved_at:%Y-%m-%d %H:%M:%S %Z}: Checked with apron control, R4 is free"
    )
    event = OrchestrationEvent.objects.get(related_entity_id=approval.pk, event_type="approval_decided")
    assert event.source == "night-shift-lead" and event.correlation_id == decision.correlation_id


def test_a_services_user_cannot_see_the_approve_button(browser, live_server, normal_mode):
    staff("integration-engineer", "services")
    decision = propose(risk=Decimal("0.65"))
    page = browser.new_page()
    log_in(page, live_server, "integration-engineer", f"/admin/orchestration/decision/{decision.pk}/change/")
    page.wait_for_selector("#approval-panel")
    assert page.locator("button[name=approve]").count() == 0
    assert page.locator("button[name=reject]").count() == 0
    assert "Only operators allowed to approve" in page.locator("#approval-panel").inner_text()
    assert Decision.objects.get(pk=decision.pk).status == "pending_approval"


@pytest.mark.parametrize("width, height", [(1440, 900), (1024, 768)])
def test_a_policy_names_who_approves_and_save_still_works_at_each_width(
    browser, live_server, normal_mode, width, height
):
    """The governance result stands next to the approve button; an operator outside the named
    group is told why they cannot approve and can still Save the form; the duty manager approves."""
    from tests.governance.factories import rule
    from tests.governance.support import make_policy

    make_policy(
        rule(
            "critical-needs-duty-manager",
            "priority == 'critical'",
            "require_approval",
            approver_group="duty_managers",
            deadline_minutes=15,
            message="Critical decisions are approved by a duty manager within 15 minutes.",
        ),
        name="Critical decisions need a duty manager",
    )
    staff("apron-operator", "operators")
    manager = staff("duty-manager-on-shift", "operators")
    manager.groups.add(Group.objects.get(name="duty_managers"))
    decision = propose(priority="critical", risk=Decimal("0.2"), description="Close runway 27 for FOD sweep")
    change = f"/admin/orchestration/decision/{decision.pk}/change/"

    page = browser.new_page(viewport={"width": width, "height": height})
    log_in(page, live_server, "apron-operator", change)
    page.wait_for_selector("#approval-panel")
    assert "duty_managers" in page.locator("#approval-requirement").inner_text()
    assert "Critical decisions need a duty manager" in page.locator("#approval-policies").inner_text()
    assert "You cannot approve this decision" in page.locator("#approval-problem").inner_text()
    assert page.locator("button[name=approve]").count() == 0
    # Save on the change form of a pending decision saves (a nested form used to break it).
    page.fill("#id_description", "Close runway 27 for FOD sweep (tower informed)")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    decision.refresh_from_db()
    assert decision.description == "Close runway 27 for FOD sweep (tower informed)"
    page.close()

    page = browser.new_page(viewport={"width": width, "height": height})
    log_in(page, live_server, "duty-manager-on-shift", change)
    page.wait_for_selector("button[name=approve]")
    # The one who may approve can Save too (tags are not substance: still free to approve).
    page.fill("#id_tags", "runway,fod")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    decision.refresh_from_db()
    assert decision.tags == ["runway", "fod"]
    page.wait_for_selector("button[name=approve]")
    box = page.locator("button[name=approve]").bounding_box()
    assert box and box["x"] + box["width"] <= width  # on screen, not cut off at this width
    page.fill("#id_decision_notes", "FOD reported by ground, sweep approved")
    page.click("button[name=approve]")
    page.wait_for_selector(".messagelist .success")
    decision.refresh_from_db()
    assert decision.status == "approved"
    assert decision.approvals.get().approved_by == "duty-manager-on-shift"
