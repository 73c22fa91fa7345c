"""Entry point for ``labeldesk`` and ``python -m labeldesk``."""

from __future__ import annotations


def main() -> None:
    """Run the command line."""
    from labeldesk.cli import run

    run()


if __name__ == "__main__":
    main()
