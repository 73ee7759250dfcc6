"""Presentation mode's slides, composed for the projector rather than scaled from the
canvas: an opening slide with the whole journey, a slide (two at most) per stage with its
lanes side by side, a closing slide with what the room takes away, and a card zoomed in.

Every slide is laid out in the pixels of the screen it is shown on, from the least height
of a card's title there, as shapes that `app.ui.present` paints.
"""
