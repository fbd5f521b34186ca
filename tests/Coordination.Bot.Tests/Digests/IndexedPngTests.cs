using Coordination.Bot.Digests;
using SkiaSharp;

namespace Coordination.Bot.Tests.Digests;

public sealed class IndexedPngTests
{
    [Fact]
    public void Encode_FewColors_DecodesToTheSamePixels()
    {
        using var original = Picture(40, 30, (x, y) => new SKColor((byte)(x % 8 * 30), (byte)(y % 8 * 30), 90));

        using var decoded = SKBitmap.Decode(IndexedPng.Encode(original));

        Assert.Equal((40, 30), (decoded.Width, decoded.Height));
        Assert.Equal(original.Pixels, decoded.Pixels);
    }

    [Fact]
    public void Encode_MoreColorsThanAPalette_RareOnesTakeTheirNearestKeptColor()
    {
        using var original = Picture(300, 4, (x, y) => y < 3 ? new SKColor((byte)(x % 200), 0, 0) : new SKColor((byte)(x % 200), 0, 1));

        using var decoded = SKBitmap.Decode(IndexedPng.Encode(original));

        Assert.True(decoded.Pixels.Distinct().Count() <= IndexedPng.MaxColors);
        Assert.All(original.Pixels.Zip(decoded.Pixels), pair =>
        {
            Assert.Equal(pair.First.Red, pair.Second.Red);
            Assert.InRange(pair.Second.Blue, 0, 1);
        });
    }

    [Fact]
    public void Encode_Chart_IsAPalettePng()
    {
        var png = DigestChart.Render([new(new DateOnly(2026, 11, 30), 50, 3)]);

        Assert.Equal((byte)3, png[8 + 8 + 9]);
    }

    private static SKBitmap Picture(int width, int height, Func<int, int, SKColor> color)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, color(x, y));
            }
        }

        return bitmap;
    }
}
