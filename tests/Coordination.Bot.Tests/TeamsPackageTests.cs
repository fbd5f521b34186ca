using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coordination.Bot.Cli;
using Coordination.Core.Commands;
using Microsoft.Extensions.Configuration;

namespace Coordination.Bot.Tests;

/// <summary>The <c>teams-package</c> verb and the Teams app package it writes from <c>manifests/teams</c>.</summary>
public sealed partial class TeamsPackageTests : IDisposable
{
    private const string AppId = "8f0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    private const string Host = "coordination.example.com";

    private static readonly IConfiguration NoConfiguration = new ConfigurationBuilder().Build();

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"coordination-teams-{Guid.NewGuid():N}");

    private string OutputPath => Path.Combine(_directory, "package.zip");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Package_ValidArguments_WritesExactlyTheManifestAndTwoIconsAtTheRoot()
    {
        var (exitCode, output, _) = Run("--app-id", AppId, "--host", Host, "--output", OutputPath);

        Assert.Equal(0, exitCode);
        using var zip = ZipFile.OpenRead(OutputPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Assert.Contains(OutputPath, output, StringComparison.Ordinal);
        Assert.Contains("Upload a custom app", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_Manifest_CarriesTheAppIdAndHostWithNoPlaceholderLeft()
    {
        var (text, root) = PackagedManifest();

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Equal(AppId, root.GetProperty("id").GetString());
        Assert.Equal(AppId, Bot(root).GetProperty("botId").GetString());
        Assert.Equal(AppId, root.GetProperty("webApplicationInfo").GetProperty("id").GetString());
        Assert.Contains(Host, root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        foreach (var url in root.GetProperty("developer").EnumerateObject().Where(p => p.Name.EndsWith("Url", StringComparison.Ordinal)))
        {
            Assert.StartsWith($"https://{Host}/", url.Value.GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Package_Manifest_OneConversationalBotInTheThreeScopes()
    {
        var (_, root) = PackagedManifest();

        var schemaVersion = root.GetProperty("manifestVersion").GetString();
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{schemaVersion}/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal("Coordination", root.GetProperty("name").GetProperty("short").GetString());
        Assert.Single(root.GetProperty("bots").EnumerateArray());
        var bot = Bot(root);
        Assert.Equal(["groupChat", "personal", "team"], Strings(bot.GetProperty("scopes")).Order(StringComparer.Ordinal));
        Assert.True(bot.GetProperty("supportsFiles").GetBoolean());
        Assert.False(bot.GetProperty("isNotificationOnly").GetBoolean());
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", root.GetProperty("icons").GetProperty("outline").GetString());
    }

    [Fact]
    public void Package_Manifest_AsksOnlyForTheMessageReadingResourceSpecificConsent()
    {
        var (_, root) = PackagedManifest();

        var permissions = root.GetProperty("authorization").GetProperty("permissions").GetProperty("resourceSpecific").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()}:{p.GetProperty("type").GetString()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(["ChannelMessage.Read.Group:Application", "ChatMessage.Read.Chat:Application"], permissions);
        Assert.False(root.TryGetProperty("permissions", out _));
        Assert.False(root.TryGetProperty("devicePermissions", out _));
        Assert.False(root.TryGetProperty("staticTabs", out _));
    }

    [Fact]
    public void Package_Manifest_OneMessageActionFollowUpOnThisThatFetchesItsTask()
    {
        var (_, root) = PackagedManifest();

        var extension = Assert.Single(root.GetProperty("composeExtensions").EnumerateArray());
        Assert.Equal(Bot(root).GetProperty("botId").GetString(), extension.GetProperty("botId").GetString());
        var command = Assert.Single(extension.GetProperty("commands").EnumerateArray());
        Assert.Equal("followUp", command.GetProperty("id").GetString());
        Assert.Equal("action", command.GetProperty("type").GetString());
        Assert.Equal("Follow up on this", command.GetProperty("title").GetString());
        Assert.Equal(["message"], Strings(command.GetProperty("context")));
        Assert.True(command.GetProperty("fetchTask").GetBoolean());
    }

    [Fact]
    public void Package_CommandLists_EveryScopeListsOnlyRealVerbsWithinTheManifestLimits()
    {
        var (_, root) = PackagedManifest();
        var verbs = HelpVerbs();

        var lists = Bot(root).GetProperty("commandLists").EnumerateArray().ToList();
        Assert.InRange(lists.Count, 1, 3);
        Assert.Equal(["groupChat", "personal", "team"], lists.SelectMany(l => Strings(l.GetProperty("scopes"))).Order(StringComparer.Ordinal));
        foreach (var list in lists)
        {
            var commands = list.GetProperty("commands").EnumerateArray().ToList();
            Assert.InRange(commands.Count, 1, 12);
            foreach (var command in commands)
            {
                var title = command.GetProperty("title").GetString()!;
                Assert.Contains(title, verbs);
                Assert.InRange(title.Length, 1, 32);
                Assert.InRange(command.GetProperty("description").GetString()!.Length, 1, 128);
            }
        }
    }

    [Fact]
    public void Package_CommandLists_AskOfferedInChannelsAndGroupChatsButNotInThePersonalChatWhereTheSummarySwitchAndHomeAre()
    {
        var (_, root) = PackagedManifest();

        var lists = Bot(root).GetProperty("commandLists").EnumerateArray()
            .ToDictionary(l => string.Join(',', Strings(l.GetProperty("scopes"))), l => Strings(l.GetProperty("commands")).ToList(), StringComparer.Ordinal);

        string[] everyVerb = ["ack", "ask", "cancel", "decline", "done", "help", "lead", "list", "redirect", "snooze", "status", "tz"];
        Assert.Equal(everyVerb, lists["team"].Order(StringComparer.Ordinal));
        Assert.Equal(everyVerb, lists["groupChat"].Order(StringComparer.Ordinal));
        Assert.Equal(everyVerb.Where(v => v is not ("ask" or "tz")).Append("summary").Append("home").Order(StringComparer.Ordinal), lists["personal"].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Package_ColorIcon_Is192SquareAndOpaque()
    {
        var color = Png.Read(PackagedEntry("color.png"));

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.True(color.ColorType is 2 or 6, $"colour type {color.ColorType}");
        Assert.All(color.Pixels, p => Assert.Equal(255, p.A));
        Assert.True(color.Pixels.Distinct().Count() > 2, "a glyph on a background, not a flat square");
    }

    [Fact]
    public void Package_OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var outline = Png.Read(PackagedEntry("outline.png"));

        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.True(outline.ColorType is 4 or 6, $"colour type {outline.ColorType} has no alpha channel");
        Assert.Contains(outline.Pixels, p => p.A == 0);
        Assert.Contains(outline.Pixels, p => p.A == 255);
        Assert.All(outline.Pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
    }

    [Fact]
    public void Package_AppIdFromConfiguration_UsedWhenNoOptionGiven()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Teams:AppId"] = AppId }).Build();

        var (exitCode, _, _) = Run(configuration, "--host", Host, "--output", OutputPath);

        Assert.Equal(0, exitCode);
        using var zip = ZipFile.OpenRead(OutputPath);
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal(AppId, manifest.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--host", Host)]
    [InlineData("--app-id", "00000000-0000-0000-0000-000000000000", "--host", Host)]
    [InlineData("--host", Host)]
    [InlineData("--app-id", AppId)]
    [InlineData("--app-id", AppId, "--host")]
    [InlineData("--app-id", AppId, "--host", "https://coordination.example.com")]
    [InlineData("--app-id", AppId, "--host", "coordination.example.com/api/messages")]
    [InlineData("--app-id", AppId, "--host", "coordination.example.com:8443")]
    [InlineData("--app-id", AppId, "--host", Host, "--verbose")]
    public void Package_BadArguments_ExitsWithUsageAndWritesNothing(params string[] args)
    {
        var (exitCode, output, error) = Run([.. args, "--output", OutputPath]);

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: dotnet run --project src/Coordination.Bot -- teams-package", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.False(File.Exists(OutputPath));
    }

    private (string Text, JsonElement Root) PackagedManifest()
    {
        var text = System.Text.Encoding.UTF8.GetString(PackagedEntry("manifest.json"));
        using var manifest = JsonDocument.Parse(text);
        return (text, manifest.RootElement.Clone());
    }

    private byte[] PackagedEntry(string name)
    {
        var (exitCode, _, error) = Run("--app-id", AppId, "--host", Host, "--output", OutputPath);
        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(OutputPath);
        using var stream = zip.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args) => Run(NoConfiguration, args);

    private static (int ExitCode, string Output, string Error) Run(IConfiguration configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = TeamsPackageCommand.Run(args, configuration, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static JsonElement Bot(JsonElement root) => root.GetProperty("bots")[0];

    /// <summary>The strings of an array, or the titles of an array of commands.</summary>
    private static IEnumerable<string?> Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object ? e.GetProperty("title").GetString() : e.GetString());

    /// <summary>The verbs the help text documents: each usage line starts with <c>`/coord verb</c>.</summary>
    private static HashSet<string> HelpVerbs() =>
        CommandUsage.For(null).Split('\n').Select(l => UsageLine().Match(l)).Where(m => m.Success)
            .Select(m => m.Groups["verb"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"^`/coord (?<verb>[a-z]+)[ `]")]
    private static partial Regex UsageLine();

    /// <summary>A small PNG decoder for the icon tests: 8-bit greyscale, RGB, grey+alpha and RGBA, non-interlaced.</summary>
    private sealed record Png(int Width, int Height, byte ColorType, IReadOnlyList<(byte R, byte G, byte B, byte A)> Pixels)
    {
        private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

        public static Png Read(byte[] file)
        {
            Assert.Equal(Signature, file[..8]);
            int width = 0, height = 0;
            byte colorType = 0;
            using var idat = new MemoryStream();
            for (var at = 8; at < file.Length;)
            {
                var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
                var type = System.Text.Encoding.ASCII.GetString(file, at + 4, 4);
                var data = file.AsSpan(at + 8, length);
                if (type == "IHDR")
                {
                    Assert.Equal(8, at);
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    Assert.Equal(8, data[8]);
                    colorType = data[9];
                    Assert.Equal(0, data[12]);
                }
                else if (type == "IDAT")
                {
                    idat.Write(data);
                }

                at += 12 + length;
            }

            var channels = colorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new InvalidDataException($"colour type {colorType}") };
            idat.Position = 0;
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
            {
                zlib.CopyTo(inflated);
            }

            var raw = inflated.ToArray();
            var stride = width * channels;
            Assert.Equal(height * (stride + 1), raw.Length);
            var image = new byte[height * stride];
            for (var y = 0; y < height; y++)
            {
                var filter = raw[y * (stride + 1)];
                for (var x = 0; x < stride; x++)
                {
                    int a = x >= channels ? image[(y * stride) + x - channels] : 0;
                    int b = y > 0 ? image[((y - 1) * stride) + x] : 0;
                    int c = x >= channels && y > 0 ? image[((y - 1) * stride) + x - channels] : 0;
                    int value = raw[(y * (stride + 1)) + 1 + x];
                    image[(y * stride) + x] = (byte)(filter switch
                    {
                        0 => value,
                        1 => value + a,
                        2 => value + b,
                        3 => value + ((a + b) / 2),
                        4 => value + Paeth(a, b, c),
                        _ => throw new InvalidDataException($"filter {filter}"),
                    });
                }
            }

            var pixels = new List<(byte, byte, byte, byte)>(width * height);
            for (var i = 0; i < image.Length; i += channels)
            {
                pixels.Add(channels switch
                {
                    1 => (image[i], image[i], image[i], 255),
                    2 => (image[i], image[i], image[i], image[i + 1]),
                    3 => (image[i], image[i + 1], image[i + 2], 255),
                    _ => (image[i], image[i + 1], image[i + 2], image[i + 3]),
                });
            }

            return new Png(width, height, colorType, pixels);
        }

        private static int Paeth(int a, int b, int c)
        {
            var p = a + b - c;
            var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
