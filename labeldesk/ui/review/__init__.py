"""Widgets of reviewer mode: the review queue, the blind slots, the decision, the page."""
