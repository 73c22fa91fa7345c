"""The lead's report: quality against targets, refreshers, confusions, actions, model vs human.

:func:`~labeldesk.report.content.build_content` gathers it from the review services;
:func:`~labeldesk.report.write.write_report` writes it as one self-contained HTML page
(:mod:`labeldesk.report.html`) or a workbook (:mod:`labeldesk.report.xlsx`), both made from
the same tables (:mod:`labeldesk.report.tables`).
"""
