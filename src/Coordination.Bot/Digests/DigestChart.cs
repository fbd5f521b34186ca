using System.Globalization;
using Coordination.Core.Digests;
using SkiaSharp;

namespace Coordination.Bot.Digests;

/// <summary>
/// The weekly digest's chart, drawn in-process as a PNG of <see cref="Width"/> × <see cref="Height"/>: the last
/// <see cref="MaxWeeks"/> weeks, each labelled with the day it starts (<c>Nov 24</c>), the requests open at its end as
/// bars (their count on top) and its success rate on a 0–100 % scale as a line, broken where a week had no rate.
/// Flat colours written as a palette PNG keep it to about 10 KB, small enough to sit inside a Teams card.
/// </summary>
public static class DigestChart
{
    public const int Width = 640;
    public const int Height = 320;
    public const int MaxWeeks = 8;

    private const float Left = 56;
    private const float Right = Width - 24;
    private const float Top = 48;
    private const float Bottom = Height - 40;
    private const float TextSize = 13;

    /// <summary>How much of the plot's height the tallest bar takes, leaving room for its count above it.</summary>
    private const float TallestBar = 0.8f;

    private static readonly SKColor Background = SKColors.White;
    private static readonly SKColor Grid = new(0xE3, 0xE6, 0xEA);
    private static readonly SKColor Ink = new(0x55, 0x5F, 0x6D);
    private static readonly SKColor BarColor = new(0xBF, 0xCF, 0xE6);
    private static readonly SKColor LineColor = new(0x1E, 0x8E, 0x5A);

    /// <summary>
    /// The chart as PNG bytes. <see cref="WeekPoint.SuccessRate"/> is a share (0–1, drawn as 0–100 %, clamped); weeks are
    /// sorted by their start and only the last <see cref="MaxWeeks"/> are drawn. No weeks give the empty frame with a note.
    /// </summary>
    public static byte[] Render(IReadOnlyList<WeekPoint> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var shown = weeks.OrderBy(w => w.WeekStart).TakeLast(MaxWeeks).ToList();
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        using var font = new SKFont(ChartFont.Typeface, TextSize) { Subpixel = true };
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        DrawScale(canvas, font);
        DrawLegend(canvas, font);
        if (shown.Count == 0)
        {
            using var ink = Fill(Ink);
            canvas.DrawText("No weeks to show yet", (Left + Right) / 2, (Top + Bottom) / 2, SKTextAlign.Center, font, ink);
        }
        else
        {
            DrawBars(canvas, shown);
            DrawRateLine(canvas, shown);
            DrawCounts(canvas, font, shown);
            DrawWeekLabels(canvas, font, shown);
        }

        return Encode(surface);
    }

    /// <summary>The gridlines at every quarter and their percentages on the left.</summary>
    private static void DrawScale(SKCanvas canvas, SKFont font)
    {
        using var grid = Stroke(Grid, 1);
        using var ink = Fill(Ink);
        for (var percent = 0; percent <= 100; percent += 25)
        {
            var y = MathF.Round(RateY(percent)) + 0.5f;
            canvas.DrawLine(Left, y, Right, y, grid);
            canvas.DrawText(string.Create(CultureInfo.InvariantCulture, $"{percent}%"), Left - 8, y + (TextSize / 3), SKTextAlign.Right, font, ink);
        }
    }

    private static void DrawLegend(SKCanvas canvas, SKFont font)
    {
        const float y = 24;
        using var ink = Fill(Ink);
        using var bar = Fill(BarColor);
        using var line = Stroke(LineColor, 2.5f);
        using var dot = Fill(LineColor);
        canvas.DrawLine(Left, y - 4, Left + 22, y - 4, line);
        canvas.DrawCircle(Left + 11, y - 4, 3.5f, dot);
        canvas.DrawText("Success rate", Left + 30, y, SKTextAlign.Left, font, ink);
        var barsAt = Left + 30 + font.MeasureText("Success rate") + 28;
        canvas.DrawRect(barsAt, y - 11, 12, 12, bar);
        canvas.DrawText("Open requests", barsAt + 20, y, SKTextAlign.Left, font, ink);
    }

    private static void DrawBars(SKCanvas canvas, List<WeekPoint> weeks)
    {
        using var bar = Fill(BarColor);
        var width = Math.Min(44, SlotWidth(weeks.Count) * 0.55f);
        for (var i = 0; i < weeks.Count; i++)
        {
            var x = SlotCenter(i, weeks.Count);
            var top = BarTop(weeks, i);
            canvas.DrawRect(SKRect.Create(x - (width / 2), top, width, Bottom - top), bar);
        }
    }

    /// <summary>Each bar's count above it, drawn last with a halo so the rate line never hides it.</summary>
    private static void DrawCounts(SKCanvas canvas, SKFont font, List<WeekPoint> weeks)
    {
        using var halo = Stroke(Background, 4);
        using var ink = Fill(Ink);
        for (var i = 0; i < weeks.Count; i++)
        {
            var count = Math.Max(0, weeks[i].OpenRequests).ToString(CultureInfo.InvariantCulture);
            var (x, y) = (SlotCenter(i, weeks.Count), BarTop(weeks, i) - 7);
            canvas.DrawText(count, x, y, SKTextAlign.Center, font, halo);
            canvas.DrawText(count, x, y, SKTextAlign.Center, font, ink);
        }
    }

    /// <summary>The success rates joined week to week; a week without one breaks the line, a lone rate is a dot.</summary>
    private static void DrawRateLine(SKCanvas canvas, List<WeekPoint> weeks)
    {
        using var line = Stroke(LineColor, 2.5f);
        using var dot = Fill(LineColor);
        using var ring = Fill(Background);
        SKPoint? previous = null;
        for (var i = 0; i < weeks.Count; i++)
        {
            SKPoint? point = weeks[i].SuccessRate is { } rate ? new SKPoint(SlotCenter(i, weeks.Count), RateY(rate * 100)) : null;
            if (previous is { } from && point is { } to)
            {
                canvas.DrawLine(from, to, line);
            }

            previous = point;
        }

        for (var i = 0; i < weeks.Count; i++)
        {
            if (weeks[i].SuccessRate is { } rate)
            {
                var center = new SKPoint(SlotCenter(i, weeks.Count), RateY(rate * 100));
                canvas.DrawCircle(center, 5.5f, ring);
                canvas.DrawCircle(center, 4, dot);
            }
        }
    }

    private static void DrawWeekLabels(SKCanvas canvas, SKFont font, List<WeekPoint> weeks)
    {
        using var ink = Fill(Ink);
        for (var i = 0; i < weeks.Count; i++)
        {
            var label = weeks[i].WeekStart.ToString("MMM d", CultureInfo.InvariantCulture);
            canvas.DrawText(label, SlotCenter(i, weeks.Count), Bottom + 22, SKTextAlign.Center, font, ink);
        }
    }

    /// <summary>The top of week <paramref name="index"/>'s bar: the most open requests of the weeks shown reach <see cref="TallestBar"/>.</summary>
    private static float BarTop(List<WeekPoint> weeks, int index)
    {
        var most = Math.Max(1, weeks.Max(w => w.OpenRequests));
        return Bottom - ((Bottom - Top) * TallestBar * Math.Max(0, weeks[index].OpenRequests) / most);
    }

    private static float RateY(double percent) => Bottom - ((Bottom - Top) * (float)(Math.Clamp(percent, 0, 100) / 100));

    private static float SlotWidth(int count) => (Right - Left) / count;

    private static float SlotCenter(int index, int count) => Left + (SlotWidth(count) * (index + 0.5f));

    private static SKPaint Fill(SKColor color) => new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };

    private static SKPaint Stroke(SKColor color, float width) =>
        new() { Color = color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = width, StrokeCap = SKStrokeCap.Round };

    private static byte[] Encode(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var bitmap = SKBitmap.FromImage(image);
        return IndexedPng.Encode(bitmap);
    }
}
