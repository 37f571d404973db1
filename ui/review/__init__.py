"""The review pack of one account as a PDF with a workbook beside it (see ``domain.review``)."""
