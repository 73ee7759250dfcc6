"""The emotion lane as the layout places it: a curve that tells the truth, and faces,
labels, tags, numbers and names that never cover one another or leave the lane."""

from __future__ import annotations

import dataclasses
import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_layout import TYPESETTER, layouts

from app.export.pdf_fonts import pdf_typesetter
from app.layout.callouts import emotion_callouts
from app.layout.emotion_lane import EmotionLane
from app.layout.emotion_marks import scale_shapes
from app.layout.emotions import Face, face_for, smooth_curve
from app.layout.geometry import Point, Rect, Segment
from app.layout.map_layout import MapLayout, Metrics, layout_map
from app.layout.overview import compose_curve
from app.layout.palette import persona_line
from app.layout.shapes import Path
from app.layout.word_room import GAP, Room
from app.model.data.records import (
    EmotionRecord,
    LaneRecord,
    MapContent,
    MapRecord,
    PersonaRecord,
    StageRecord,
)
from app.model.data.vocabulary import signed
from app.model.interchange.templates import find_template, load_template
from app.model.messages import english


def along(segment: Segment, steps: int = 40) -> list[Point]:
    """Points along a Bézier segment, its ends included."""
    points = []
    for step in range(steps + 1):
        t = step / steps
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        p0, p1, p2, p3 = segment.start, segment.control1, segment.control2, segment.end
        points.append(
            Point(
                a * p0.x + b * p1.x + c * p2.x + d * p3.x,
                a * p0.y + b * p1.y + c * p2.y + d * p3.y,
            )
        )
    return points


def assert_truthful(points: list[Point], segments: list[Segment]) -> None:
    """The curve passes through every point, and between two neighbours it stays
    within their scores and moves forward."""
    assert len(segments) == len(points) - 1
    for (before, after), segment in zip(itertools.pairwise(points), segments, strict=True):
        assert (segment.start, segment.end) == (before, after)
        low, high = sorted((before.y, after.y))
        samples = along(segment)
        for sample in samples:
            assert low - 1e-9 <= sample.y <= high + 1e-9, (before, after, sample)
        assert all(a.x <= b.x for a, b in itertools.pairwise(samples))


def test_between_two_equal_scores_the_curve_is_flat() -> None:
    points = [Point(0, 50), Point(100, 10), Point(200, 10), Point(300, 50)]
    segments = smooth_curve(points)
    assert_truthful(points, segments)
    assert all(sample.y == pytest.approx(10) for sample in along(segments[1]))


def test_a_peak_and_a_trough_are_not_overshot() -> None:
    points = [Point(0, 60), Point(80, 0), Point(90, 100), Point(300, 95), Point(310, 0)]
    assert_truthful(points, smooth_curve(points))


@given(st.lists(st.tuples(st.floats(1, 300), st.integers(-10, 10)), min_size=2, max_size=30))
def test_any_curve_stays_between_its_neighbours(steps: list[tuple[float, int]]) -> None:
    x, points = 0.0, []
    for width, score in steps:
        x += width
        points.append(Point(x, -score * 7.5))
    assert_truthful(points, smooth_curve(points))


@pytest.mark.parametrize(("name", "content"), layouts(), ids=[name for name, _ in layouts()])
def test_every_curve_of_the_templates_and_real_maps_tells_the_truth(
    name: str, content: MapContent
) -> None:
    layout = layout_map(content, TYPESETTER)
    assert len(layout.curves) == len({point.persona_id for point in content.emotions})
    for curve in layout.curves:
        assert_truthful([point.at for point in curve.points], curve.segments)


def test_the_cafe_curve_never_dips_below_its_lowest_score() -> None:
    layout = layout_map(load_template(find_template("cafe")).content, TYPESETTER)
    assert layout.scale is not None
    (curve,) = layout.curves
    lowest = max(point.at.y for point in curve.points)
    assert lowest == layout.scale.y_of(-2)
    assert max(p.y for segment in curve.segments for p in along(segment)) <= lowest + 1e-9


@pytest.mark.parametrize(
    ("low", "high", "faces"),
    [
        (1, 5, "VERY_UNHAPPY UNHAPPY NEUTRAL HAPPY VERY_HAPPY"),
        (-2, 2, "VERY_UNHAPPY UNHAPPY NEUTRAL HAPPY VERY_HAPPY"),
        (
            0,
            10,
            "VERY_UNHAPPY VERY_UNHAPPY VERY_UNHAPPY UNHAPPY UNHAPPY NEUTRAL HAPPY HAPPY "
            "VERY_HAPPY VERY_HAPPY VERY_HAPPY",
        ),
        (
            1,
            10,
            "VERY_UNHAPPY VERY_UNHAPPY UNHAPPY UNHAPPY NEUTRAL NEUTRAL HAPPY HAPPY "
            "VERY_HAPPY VERY_HAPPY",
        ),
    ],
)
def test_faces_follow_the_place_on_the_scale(low: int, high: int, faces: str) -> None:
    shown = [face_for(score, low, high) for score in range(low, high + 1)]
    assert shown == [Face[name] for name in faces.split()]


# --- the lane laid out ----------------------------------------------------------------

LABELS = st.one_of(
    st.just(""),
    st.text(alphabet="abcdefghij klmnopqrstuvwxyz—", min_size=1, max_size=120),
    st.text(alphabet="顧客は満足していないです。待ち時間", min_size=1, max_size=60),
    st.just("Reassured by the year in review, and finally sure the price is worth it"),
)


@st.composite
def emotion_maps(draw: st.DrawFn) -> MapContent:
    low = draw(st.integers(-10, 8))
    high = draw(st.integers(low + 2, 10))
    stage_count = draw(st.integers(1, 6))
    stages = tuple(
        StageRecord(f"s{i}", i, f"Stage {i}", width=draw(st.integers(120, 400)))
        for i in range(stage_count)
    )
    personas = tuple(
        PersonaRecord(f"p{i}", i, draw(st.sampled_from(["Maya", "Sam Whitfield", "A" * 60])))
        for i in range(draw(st.integers(1, 5)))
    )
    emotions = []
    for persona in personas:
        for stage in stages:
            for position in range(draw(st.integers(0, 3))):
                score = draw(st.integers(low, high))
                emotions.append(
                    EmotionRecord(
                        f"{persona.id}-{stage.id}-{position}",
                        persona.id,
                        stage.id,
                        position,
                        score,
                        draw(LABELS),
                    )
                )
    lanes = (LaneRecord("feel", 0, "emotions", "Emotions"),)
    the_map = MapRecord("m", "Random", emotion_min=low, emotion_max=high)
    return MapContent(the_map, personas, stages, lanes, (), tuple(emotions))


def overlapping(first: Rect, second: Rect) -> bool:
    return (
        first.x < second.right
        and second.x < first.right
        and first.y < second.bottom
        and second.y < first.bottom
    )


def inside(rect: Rect, bounds: Rect) -> bool:
    return (
        bounds.x <= rect.x
        and rect.right <= bounds.right
        and bounds.y <= rect.y
        and rect.bottom <= bounds.bottom
    )


def assert_laid_out(lane: EmotionLane, content: MapContent, map_width: float) -> None:
    boxes = list(lane.boxes())
    for name, rect in boxes:
        assert inside(rect, lane.band), (name, rect, lane.band)
        assert rect.right <= map_width
    for (name, rect), (other, other_rect) in itertools.combinations(boxes, 2):
        assert not overlapping(rect, other_rect), (name, other)
    faces = {point.point_id: point for curve in lane.curves for point in curve.points}
    assert faces.keys() == {point.id for point in content.emotions}
    for point_id, words in itertools.chain(lane.labels.items(), lane.tags.items()):
        face = faces[point_id].face_rect
        if words.leader is None:  # beside its own point
            gap_x = max(words.rect.x - face.right, face.x - words.rect.right)
            gap_y = max(words.rect.y - face.bottom, face.y - words.rect.bottom)
            assert max(gap_x, gap_y) <= GAP + 1e-6
        else:  # or tied to it by a line
            start = words.leader.start
            assert math.dist((start.x, start.y), (face.center.x, face.center.y)) <= face.width
    for curve in lane.curves:
        for point in curve.points:
            assert lane.scale.y_of(point.score) == point.at.y


def assert_over_own_stage(layout: MapLayout) -> None:
    """A label or tag lies over its point's stage, where a reader looks for it: at least
    half of it, or of the stage where it is wider."""
    lane = layout.emotions
    assert lane is not None
    columns = {stage.stage_id: stage.column for stage in layout.stages}
    faces = {point.point_id: point for curve in lane.curves for point in curve.points}
    for point_id, words in itertools.chain(lane.labels.items(), lane.tags.items()):
        column, rect = columns[faces[point_id].stage_id], words.rect
        over = min(rect.right, column.right) - max(rect.x, column.x)
        assert over >= min(rect.width, column.width) / 2 - 1e-9, (words, column)


@given(emotion_maps(), st.sampled_from([1.0, 1.6, 3.0]))
def test_no_mark_of_the_lane_covers_another_or_leaves_it(
    content: MapContent, text_scale: float
) -> None:
    """Up close, and with the words set larger for a map seen small."""
    layout = layout_map(content, TYPESETTER, Metrics(emotion_text_scale=text_scale))
    assert layout.emotions is not None
    assert_laid_out(layout.emotions, content, layout.width)
    assert_over_own_stage(layout)
    columns = {stage.stage_id: stage.column for stage in layout.stages}
    for curve in layout.curves:
        for point in curve.points:
            face = point.face_rect
            assert (
                columns[point.stage_id].x <= face.x and face.right <= columns[point.stage_id].right
            )


def test_words_keep_clear_of_a_curve_that_crosses_between_two_samples() -> None:
    """The room knows exactly where a curve runs: a narrow box the curve passes through
    anywhere along a piece is not clear of it, one just beside the curve is."""
    piece = smooth_curve([Point(0, 0), Point(300, 100)])
    room = Room(Rect(0, 0, 300, 100))
    room.trace(piece)
    middle = along(piece[0], 2)[1]
    assert not room.clear_of_lines(middle.x - 3, middle.y - 3, 6, 6)
    assert room.clear_of_lines(middle.x - 3, middle.y + 8, 6, 6)
    assert room.clear_of_lines(middle.x - 3, middle.y - 14, 6, 6)
    assert not room.clear_of_lines(0, 40, 300, 4)  # a wide box it crosses once


@pytest.mark.parametrize(("name", "content"), layouts(), ids=[name for name, _ in layouts()])
def test_the_templates_and_real_maps_show_every_label_tag_and_name(
    name: str, content: MapContent
) -> None:
    layout = layout_map(content, TYPESETTER)
    lane = layout.emotions
    assert lane is not None
    assert_laid_out(lane, content, layout.width)
    assert_over_own_stage(layout)
    labelled = {point.id for point in content.emotions if point.label.strip()}
    assert set(lane.labels) == labelled
    assert all(curve.name is not None for curve in lane.curves)
    assert set(lane.tags) == {callout.point_id for callout in emotion_callouts(content)}
    faces = {point.point_id: point for curve in lane.curves for point in curve.points}
    for point_id, words in lane.tags.items():  # the arrow points at its point
        above = words.rect.bottom <= faces[point_id].face_rect.y
        assert words.lines[0][0] == ("▼" if above else "▲"), (name, words)


ONE_PERSONA = ("cafe", "retail", "healthcare", "b2b-leads")


def crossed(lane: EmotionLane) -> list[tuple[str, ...]]:
    """The labels whose words a curve runs through."""
    samples = [
        point for curve in lane.curves for piece in curve.segments for point in along(piece, 200)
    ]
    return [
        words.lines
        for words in lane.labels.values()
        if any(
            words.rect.x + 1 < point.x < words.rect.right - 1
            and words.rect.y + 1 < point.y < words.rect.bottom - 1
            for point in samples
        )
    ]


@pytest.mark.parametrize(
    ("key", "where"),
    [(key, where) for key in ONE_PERSONA for where in ("canvas", "paper")],
)
def test_labels_find_room_clear_of_the_curves(key: str, where: str) -> None:
    """A label goes beside its point, or aside with a leader line, clear of the curves
    wherever the lane has such room, before it is set over a curve: on the canvas, and
    on the handout's first page, where the curve is drawn large. One persona's curve
    leaves such room for every label of the templates; two curves often do not."""
    content = load_template(find_template(key)).content
    if where == "canvas":
        lane = layout_map(content, TYPESETTER).emotions
    else:
        curve = compose_curve(content, 523, 340, pdf_typesetter(), english)  # as on A4
        lane = curve.emotions if curve is not None else None
    assert lane is not None
    assert crossed(lane) == []


def test_the_lane_grows_with_each_persona() -> None:
    content = load_template(find_template("cafe")).content
    one = layout_map(content, TYPESETTER)
    second = PersonaRecord("second", 1, "Second")
    points = tuple(
        EmotionRecord(f"x{i}", "second", stage.id, 0, 1) for i, stage in enumerate(content.stages)
    )
    two = layout_map(
        MapContent(
            content.map,
            (*content.personas, second),
            content.stages,
            content.lanes,
            content.cards,
            content.emotions + points,
        ),
        TYPESETTER,
    )
    assert one.scale is not None and two.scale is not None
    assert two.scale.band.height > one.scale.band.height


def test_curves_differ_by_line_face_and_colour() -> None:
    content = load_template(find_template("saas")).content
    first, second = layout_map(content, TYPESETTER).curves
    assert first.points[0].outline != second.points[0].outline
    assert persona_line(first.persona_index) != persona_line(second.persona_index)
    assert persona_line(first.persona_index)[1] != persona_line(second.persona_index)[1]


@pytest.mark.parametrize(("low", "high"), [(1, 5), (1, 10), (0, 10), (-5, 5)])
def test_the_neutral_line_is_drawn_at_the_middle_of_any_scale(low: int, high: int) -> None:
    cafe = load_template(find_template("cafe")).content
    content = MapContent(
        dataclasses.replace(cafe.map, emotion_min=low, emotion_max=high),
        cafe.personas,
        cafe.stages,
        cafe.lanes,
        cafe.cards,
        tuple(dataclasses.replace(point, score=low) for point in cafe.emotions),
    )
    lane = layout_map(content, TYPESETTER).emotions
    assert lane is not None
    neutral = [
        shape
        for shape in scale_shapes(lane)
        if isinstance(shape, Path) and shape.stroke.colour == "muted_ink"
    ]
    (line,) = neutral
    assert line.segments[0].start.y == lane.scale.y_of((low + high) / 2)
    numbers = [tick.number.lines[0] for tick in lane.ticks if tick.number is not None]
    assert numbers[0] == (signed(low) if low < 0 else str(low))
    assert all(
        ("+" in number) == (low < 0 and not number.startswith(("0", "−"))) for number in numbers
    )
    faces = {tick.score: tick.face for tick in lane.ticks if tick.face is not None}
    assert faces[low] is Face.VERY_UNHAPPY and faces[high] is Face.VERY_HAPPY
    for text_scale in (1.0, 2.4):  # up close, and seen small with the numbers set larger
        metrics = Metrics(emotion_text_scale=text_scale)
        lane = layout_map(content, TYPESETTER, metrics).emotions
        assert lane is not None
        numbered = {tick.score for tick in lane.ticks if tick.number is not None}
        middle = (low + high) / 2
        assert {low, high} | ({int(middle)} if middle.is_integer() else set()) <= numbered
