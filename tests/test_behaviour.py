"""Every capability of the behavioural suite (tests/behaviour) fails on at most 2% of its cases."""

from __future__ import annotations

import pytest
from behaviour.suite import MAX_FAILURE_RATE, Capability, load_capabilities, run

CAPABILITIES = load_capabilities()


@pytest.mark.parametrize("capability_", CAPABILITIES, ids=[f"{c.field}: {c.name}" for c in CAPABILITIES])
def test_capability_fails_on_at_most_two_percent(capability_: Capability) -> None:
    result = run(capability_)
    assert result.total > 0, "a capability must generate cases"
    shown = "\n".join(result.failures[:8])
    assert result.rate <= MAX_FAILURE_RATE, f"{len(result.failures)} of {result.total} cases fail:\n{shown}"
