"""Pure geometry: a map becomes rectangles of stages, lanes and cards, and points of curves.

No Qt and no reportlab: the canvas and the PDF both draw from this layer, given a
text-measuring function, so that the print matches the screen.
"""
