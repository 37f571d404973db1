"""The power map's drawing surface: org chart, power grid, legend and pictures.

Scenes are built from a :class:`domain.powermap.PowerMap` and follow it: they
never write data. Every editing gesture (drop a card on another, drag it to a
grid cell, the context menu, Delete) becomes a *request* signal that the caller
turns into a service call, then hands the scene the changed power map.
"""
