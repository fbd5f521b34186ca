using SkiaSharp;

namespace Coordination.Bot.Digests;

/// <summary>
/// The typeface the digest chart writes with, embedded in the assembly: SkiaSharp's Linux assets without dependencies
/// bring no font manager, and a fresh server or container has no fonts anyway, so a system font would draw nothing.
/// </summary>
internal static class ChartFont
{
    private const string ResourceName = "Coordination.Bot.Digests.DejaVuSansCondensed-Ascii.ttf";

    private static readonly Lazy<SKTypeface> Loaded = new(Load);

    /// <summary>DejaVu Sans Condensed, cut down to printable ASCII and the dashes (see <c>Fonts/LICENSE.txt</c>).</summary>
    public static SKTypeface Typeface => Loaded.Value;

    private static SKTypeface Load()
    {
        using var stream = typeof(ChartFont).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The chart font {ResourceName} is not embedded in the assembly.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The chart font {ResourceName} could not be read.");
    }
}
