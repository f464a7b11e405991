"""A real `decision_evaluating` receiver for the orchestration tests: it answers with the
requirements a test declares (governance's own engine is tested in tests/governance)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from orchestration.policy import Requirement, Verdict
from orchestration.signals import decision_evaluating


class DeclaredPolicies:
    """Requirements that apply when their `when(moment=..., decision=..., action=...)` holds."""

    def __init__(self):
        self.rules = []

    def add(self, outcome, *, when=None, level="enforced", name=None, **fields):
        requirement = Requirement(
            source="policy",
            source_id=f"p-{len(self.rules) + 1}",
            source_name=name or f"Test policy {outcome}",
            version=1,
            rule=f"r{len(self.rules) + 1}",
            outcome=outcome,
            level=level,
            **fields,
        )
        self.rules.append((requirement, when or (lambda **kwargs: True)))
        return requirement

    def clear(self):
        self.rules.clear()

    def receiver(self, sender, *, decision, moment, action=None, target=None, actor=None, **kwargs):
        context = dict(decision=decision, moment=moment, action=action, target=target)
        return Verdict([r for r, when in self.rules if when(**context)])


@pytest.fixture
def policies():
    declared = DeclaredPolicies()
    decision_evaluating.connect(declared.receiver, weak=False, dispatch_uid="tests.declared_policies")
    yield declared
    decision_evaluating.disconnect(dispatch_uid="tests.declared_policies")


def person(username, *groups, staff=False):
    user = get_user_model().objects.create_user(username, password="pw", is_staff=staff)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user
