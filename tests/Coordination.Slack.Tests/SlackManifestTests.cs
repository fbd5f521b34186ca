using System.Text.RegularExpressions;
using Coordination.Testing;

namespace Coordination.Slack.Tests;

/// <summary>The app manifest a workspace admin pastes into Slack, held to what the code expects of it.</summary>
public sealed partial class SlackManifestTests
{
    private static readonly string[] Manifest = File.ReadAllLines(RepositoryFiles.PathOf("manifests", "slack", "app-manifest.yml"));

    [Fact]
    public void Manifest_BotScopes_ExactlyTheScopesTheInstallAsksFor()
    {
        var scopes = ItemsUnder("    bot:");

        Assert.Equal(SlackScopes.Bot.Order(StringComparer.Ordinal), scopes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_EventsAndCommand_WhatTheEndpointsHandle()
    {
        Assert.Equal(["app_mention", "message.channels", "message.groups", "app_uninstalled", "tokens_revoked"], ItemsUnder("    bot_events:"));
        Assert.Contains(Manifest, l => l.Trim() == "- command: /coord");
        Assert.Contains(Manifest, l => l.Trim() == "should_escape: true");
        Assert.Contains(Manifest, l => l.Trim() == "is_enabled: true");
    }

    [Theory]
    [InlineData("/slack/commands")]
    [InlineData("/slack/events")]
    [InlineData("/slack/interactions")]
    [InlineData("/slack/oauth/callback")]
    public void Manifest_RequestUrls_OnThePlaceholderHostOverHttps(string path)
    {
        Assert.Contains(Manifest, l => l.Trim().EndsWith("https://coordination.example.com" + path, StringComparison.Ordinal));
    }

    /// <summary>The <c>- item</c> lines of the YAML list right below <paramref name="header"/>, without comments.</summary>
    private static List<string> ItemsUnder(string header) =>
        Manifest.SkipWhile(l => l != header).Skip(1).TakeWhile(l => ListItem().IsMatch(l))
            .Select(l => ListItem().Match(l).Groups["item"].Value).ToList();

    [GeneratedRegex(@"^\s+- (?<item>[^\s#]+)")]
    private static partial Regex ListItem();
}
