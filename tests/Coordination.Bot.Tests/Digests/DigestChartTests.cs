using Coordination.Bot.Digests;
using Coordination.Core.Digests;
using SkiaSharp;

namespace Coordination.Bot.Tests.Digests;

public sealed class DigestChartTests
{
    private static readonly DateOnly FirstWeek = new(2026, 10, 12);

    [Fact]
    public void Render_EightWeeks_DecodesAtTheChartSize()
    {
        var png = DigestChart.Render(Weeks(8, i => 0.4 + (i * 0.075), i => i + 2));

        AssertChartSize(png);
    }

    [Fact]
    public void Render_WeeksWithoutSuccessRate_DecodesAtTheChartSize()
    {
        var png = DigestChart.Render(Weeks(8, i => i % 3 == 0 ? null : 0.6, i => 3));

        AssertChartSize(png);
    }

    [Fact]
    public void Render_NoSuccessRateAtAll_DecodesAtTheChartSize()
    {
        var png = DigestChart.Render(Weeks(8, _ => null, i => i));

        AssertChartSize(png);
    }

    [Fact]
    public void Render_NoWeeks_DecodesAtTheChartSize()
    {
        var png = DigestChart.Render([]);

        AssertChartSize(png);
    }

    [Fact]
    public void Render_AllZero_DecodesAtTheChartSize()
    {
        var png = DigestChart.Render(Weeks(8, _ => 0, _ => 0));

        AssertChartSize(png);
    }

    [Fact]
    public void Render_OutOfRangeValues_ClampedAndDecodes()
    {
        var png = DigestChart.Render(Weeks(8, i => i % 2 == 0 ? -0.2 : 2.5, i => i % 2 == 0 ? -3 : 12));

        AssertChartSize(png);
    }

    [Fact]
    public void Render_BusyWeeks_StaysWellUnder20Kilobytes()
    {
        var png = DigestChart.Render(Weeks(8, i => (i * 37) % 101 / 100.0, i => 1000 + (i * 1111)));

        Assert.InRange(png.Length, 1, 16 * 1024);
    }

    [Fact]
    public void Render_MoreThanEightWeeksInAnyOrder_DrawsTheLastEight()
    {
        var twelve = Weeks(12, i => i * 0.08, i => i);

        var drawn = DigestChart.Render([.. twelve.OrderByDescending(w => w.OpenRequests % 5)]);

        Assert.Equal(DigestChart.Render(twelve.Skip(4).ToList()), drawn);
    }

    [Fact]
    public void Render_WithoutSystemFonts_DrawsTheWeekLabels()
    {
        var png = DigestChart.Render(Weeks(8, _ => null, _ => 0));

        using var bitmap = SKBitmap.Decode(png);
        var labelBand = Enumerable.Range(DigestChart.Height - 30, 20)
            .SelectMany(y => Enumerable.Range(0, DigestChart.Width).Select(x => bitmap.GetPixel(x, y)));
        Assert.Contains(labelBand, pixel => pixel.Red < 160);
    }

    [Fact]
    public void ChartFont_Embedded_HasEveryGlyphTheChartWrites()
    {
        using var font = new SKFont(ChartFont.Typeface);

        Assert.True(font.ContainsGlyphs("Success rate Open requests 0123456789% No weeks to show yet JanFebMarAprMayJunJulAugSepOctNovDec"));
    }

    private static void AssertChartSize(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((DigestChart.Width, DigestChart.Height), (bitmap.Width, bitmap.Height));
        using var stream = new SKMemoryStream(png);
        using var codec = SKCodec.Create(stream);
        Assert.Equal(SKEncodedImageFormat.Png, codec.EncodedFormat);
    }

    private static List<WeekPoint> Weeks(int count, Func<int, double?> rate, Func<int, int> open) =>
        [.. Enumerable.Range(0, count).Select(i => new WeekPoint(FirstWeek.AddDays(7 * i), rate(i), open(i)))];
}
