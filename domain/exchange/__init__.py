"""Exchanging the portfolio with spreadsheets: layout, value parsing, column
mapping and import planning. Pure Python: files are read and written by
``storage.spreadsheets``; this package sees tables of cell values."""
