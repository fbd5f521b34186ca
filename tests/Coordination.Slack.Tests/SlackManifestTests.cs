using System.Text.RegularExpressions;
using Coordination.Testing;

namespace Coordination.Slack.Tests;

/// <summary>
/// The app manifests a workspace admin pastes into Slack (over HTTP, and the Socket Mode variant), held to what the
/// code expects of them.
/// </summary>
public sealed partial class SlackManifestTests
{
    private const string Http = "app-manifest.yml";
    private const string Socket = "app-manifest-socket.yml";

    [Theory]
    [InlineData(Http)]
    [InlineData(Socket)]
    public void Manifest_BotScopes_ExactlyTheScopesTheInstallAsksFor(string file)
    {
        var scopes = ItemsUnder(Read(file), "    bot:");

        Assert.Equal(SlackScopes.Bot.Order(StringComparer.Ordinal), scopes.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(Http)]
    [InlineData(Socket)]
    public void Manifest_EventsAndCommand_WhatTheEndpointsHandle(string file)
    {
        var manifest = Read(file);

        Assert.Equal(["app_mention", "app_home_opened", "message.channels", "message.groups", "message.im", "reaction_added", "app_uninstalled", "tokens_revoked"], ItemsUnder(manifest, "    bot_events:"));
        Assert.Contains(manifest, l => l.Trim() == "- command: /coord");
        Assert.Contains(manifest, l => l.Trim() == "should_escape: true");
        Assert.Contains(manifest, l => l.Trim() == "is_enabled: true");
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/events")]
    [InlineData("/slack/interactions")]
    [InlineData("/slack/oauth/callback")]
    public void Manifest_RequestUrls_OnThePlaceholderHostOverHttps(string path)
    {
        Assert.Contains(Read(Http), l => l.Trim().EndsWith("https://coordination.example.com" + path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Http)]
    [InlineData(Socket)]
    public void Manifest_ShortcutsHomeTabAndWritableDirectMessages(string file)
    {
        var manifest = Read(file).Select(l => l.Trim()).ToList();

        Assert.Contains($"callback_id: {SlackShortcuts.FollowUpMessage}", manifest);
        Assert.Contains($"callback_id: {SlackShortcuts.NewRequest}", manifest);
        Assert.Equal(["type: message", "type: global"], manifest.Where(l => l.StartsWith("type: ", StringComparison.Ordinal)));
        Assert.Contains(manifest, l => l.StartsWith("home_tab_enabled: true", StringComparison.Ordinal));
        Assert.Contains(manifest, l => l.StartsWith("messages_tab_read_only_enabled: false", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_Http_SocketModeOff()
    {
        Assert.Contains(Read(Http), l => l.Trim() == "socket_mode_enabled: false");
    }

    [Fact]
    public void SocketManifest_SocketModeOnAndNoUrlAtAll()
    {
        var manifest = Read(Socket);

        Assert.Contains(manifest, l => l.Trim() == "socket_mode_enabled: true");
        Assert.DoesNotContain(manifest, l => l.Contains("url", StringComparison.OrdinalIgnoreCase) && !l.TrimStart().StartsWith('#'));
        Assert.DoesNotContain(manifest, l => l.Contains("https://", StringComparison.Ordinal) && !l.TrimStart().StartsWith('#'));
    }

    private static string[] Read(string file) => File.ReadAllLines(RepositoryFiles.PathOf("manifests", "slack", file));

    /// <summary>The <c>- item</c> lines of the YAML list right below <paramref name="header"/>, without comments.</summary>
    private static List<string> ItemsUnder(string[] manifest, string header) =>
        manifest.SkipWhile(l => l != header).Skip(1).TakeWhile(l => ListItem().IsMatch(l))
            .Select(l => ListItem().Match(l).Groups["item"].Value).ToList();

    [GeneratedRegex(@"^\s+- (?<item>[^\s#]+)")]
    private static partial Regex ListItem();
}
