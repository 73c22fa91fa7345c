"""Dashboard mode for leads: charts of quality, clickable down to the conversations."""

from __future__ import annotations

from labeldesk.ui.dashboard.dashboard_page import DashboardPage

__all__ = ["DashboardPage"]
