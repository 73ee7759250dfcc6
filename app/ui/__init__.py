"""The Qt editor: window, canvas, panels, dialogs, undo commands, PNG/SVG pictures."""
