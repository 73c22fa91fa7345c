"""The lead's quality mode: the quality table against targets, and refreshers."""
