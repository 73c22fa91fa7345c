"""Double-blind QA: assignment, gold, review, agreement statistics and quality."""
