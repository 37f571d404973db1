"""Iron triangle (铁三角): who of our people holds each account's AR, SR and FR
seats, what each tier requires, who carries how much, and where the gaps are.

``rules`` and ``workload`` are pure functions; ``services`` reads and writes
through a unit of work.
"""
