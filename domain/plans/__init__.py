"""Account plans (客户计划): situation, strategic fit, objectives, actions and
risks per account and period; their progress; and the priority of plans
across the portfolio.

``progress`` and ``priority`` are pure functions; ``services`` reads and
writes through a unit of work.
"""
