using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Coordination.Bot.Digests;

/// <summary>
/// Writes an opaque picture as an 8-bit palette PNG. A chart holds a few hundred colours at most (its flat colours and
/// their anti-aliased edges), so one byte a pixel instead of Skia's three makes the file a half to a third the size:
/// what lets it fit in a Teams card. Past <see cref="MaxColors"/>, the rarest colours take their nearest kept one.
/// </summary>
internal static class IndexedPng
{
    public const int MaxColors = 256;

    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly uint[] CrcTable = BuildCrcTable();

    public static byte[] Encode(SKBitmap bitmap)
    {
        ArgumentNullException.ThrowIfNull(bitmap);
        var pixels = bitmap.Pixels;
        var palette = Palette(pixels);
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(bitmap.Width, bitmap.Height));
        WriteChunk(png, "PLTE", [.. palette.Colors.SelectMany(c => new[] { c.Red, c.Green, c.Blue })]);
        WriteChunk(png, "IDAT", Compress(Rows(pixels, bitmap.Width, bitmap.Height, palette)));
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>The most frequent colours, up to <see cref="MaxColors"/>, and each colour's index among them.</summary>
    private static (List<SKColor> Colors, Dictionary<SKColor, byte> Index) Palette(SKColor[] pixels)
    {
        var kept = pixels.CountBy(c => c).OrderByDescending(c => c.Value).Take(MaxColors).Select(c => c.Key).ToList();
        var index = new Dictionary<SKColor, byte>(kept.Count);
        for (var i = 0; i < kept.Count; i++)
        {
            index[kept[i]] = (byte)i;
        }

        return (kept, index);
    }

    private static byte[] Header(int width, int height)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bits per palette index
        header[9] = 3; // colour type: palette
        return header; // deflate, adaptive filtering, no interlace: all zero
    }

    /// <summary>Each row as filter type 0 (none, the usual choice for palette images) and one palette index a pixel.</summary>
    private static byte[] Rows(SKColor[] pixels, int width, int height, (List<SKColor> Colors, Dictionary<SKColor, byte> Index) palette)
    {
        var rows = new byte[(width + 1) * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                rows[(y * (width + 1)) + 1 + x] = IndexOf(pixels[(y * width) + x], palette);
            }
        }

        return rows;
    }

    private static byte IndexOf(SKColor color, (List<SKColor> Colors, Dictionary<SKColor, byte> Index) palette)
    {
        if (!palette.Index.TryGetValue(color, out var index))
        {
            index = (byte)palette.Colors.Select((kept, i) => (Distance: Distance(kept, color), Index: i)).Min().Index;
            palette.Index[color] = index;
        }

        return index;
    }

    private static int Distance(SKColor a, SKColor b)
    {
        var (red, green, blue) = (a.Red - b.Red, a.Green - b.Green, a.Blue - b.Blue);
        return (red * red) + (green * green) + (blue * blue);
    }

    private static byte[] Compress(byte[] data)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typeBytes, data));
        png.Write(number);
    }

    /// <summary>The CRC-32 (ISO 3309, as PNG uses it) of a chunk's type and data.</summary>
    private static uint Crc(byte[] type, byte[] data) => ~Update(Update(0xFFFFFFFFu, type), data);

    private static uint Update(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
