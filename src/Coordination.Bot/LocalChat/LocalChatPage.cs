using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Coordination.Bot.LocalChat;

/// <summary>
/// The local chat page's HTML, rendered on the server for the person acting and the conversation open: the person
/// switcher, the channels and direct messages, the clock and the fast-forward. The script fills in the messages and
/// keeps them live; every element a browser test drives has a stable id or data attribute (listed in the script).
/// </summary>
public static partial class LocalChatPage
{
    public static bool IsChannelName(string name) => ChannelName().IsMatch(name);

    /// <summary>How <paramref name="conversation"/> is titled for <paramref name="person"/>: a channel's name, or who the direct message is with.</summary>
    public static string TitleOf(LocalPerson person, string conversation)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!LocalWorkspace.IsDirect(conversation))
        {
            return conversation;
        }

        return LocalWorkspace.IsWithBot(conversation)
            ? LocalWorkspace.BotName
            : LocalWorkspace.NameOf(conversation[3..].Split('+').First(id => id != person.Id));
    }

    public static string Render(LocalPerson person, string conversation, IReadOnlyList<string> channels, LocalClockView clock)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(clock);
        var title = TitleOf(person, conversation);
        return $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'">
            <title>{E(title)} · Coordination (local chat)</title>
            <link rel="stylesheet" href="/local/assets/{LocalChatAssets.StyleSheet}">
            <script src="/local/assets/{LocalChatAssets.Script}" defer></script>
            <script src="/local/assets/{LocalChatAssets.HomeScript}" defer></script>
            <script src="/local/assets/{LocalChatAssets.FormsScript}" defer></script>
            <script src="/local/assets/{LocalChatAssets.FollowUpScript}" defer></script>
            </head>
            <body data-person="{E(person.Id)}" data-zone="{E(person.TimeZone)}" data-conversation="{E(conversation)}" data-bot="{LocalWorkspace.BotId}">
            <a class="skip" href="#composer">Skip to the message box</a>
            {TopBar(person, conversation, clock)}
            <div class="layout" id="layout">
            {Sidebar(person, conversation, channels)}
            {Conversation(title)}
            {HomePanel}
            </div>
            <p id="status" class="status" role="status" aria-live="polite"></p>
            </body>
            </html>
            """;
    }

    private static string TopBar(LocalPerson person, string conversation, LocalClockView clock)
    {
        var people = string.Join('\n', LocalWorkspace.People.Select(p =>
            $"""<option value="{E(p.Id)}"{(p.Id == person.Id ? " selected" : string.Empty)}>{E(p.Name)} ({E(p.Role)})</option>"""));
        var disabled = clock.CanFastForward ? string.Empty : " disabled";
        return string.Create(CultureInfo.InvariantCulture, $"""
            <header class="topbar">
            <h1 class="brand">Coordination <span>local chat</span></h1>
            <form class="switcher" method="get" action="/">
            <label for="person">Acting as</label>
            <select id="person" name="as">
            {people}
            </select>
            <input type="hidden" name="c" value="{E(conversation)}">
            <noscript><button type="submit">Switch</button></noscript>
            </form>
            <div class="time" role="group" aria-label="Simulated time">
            <span class="clock-label">Bot time</span>
            <time id="clock" datetime="{clock.Now:O}" aria-live="polite">{E(clock.Local)}</time>
            <button id="ff-hour" type="button" data-by="1h"{disabled}>+1 hour</button>
            <button id="ff-morning" type="button" data-by="morning"{disabled}>Next morning</button>
            <button id="ff-48h" type="button" data-by="48h"{disabled}>+48 hours</button>
            <span id="ff-note" class="note"{(clock.CanFastForward ? " hidden" : string.Empty)}>Fast-forward is off: a Slack or Teams workspace is connected, and they keep real time.</span>
            </div>
            </header>
            """);
    }

    private static string Sidebar(LocalPerson person, string conversation, IReadOnlyList<string> channels)
    {
        var channelLinks = string.Join('\n', channels.Select(c =>
            $"""<li><a href="{Link(person, c)}" data-channel="{E(c)}" data-conversation="{E(c)}"{Current(conversation, c)}>{E(c)}</a></li>"""));
        var directLinks = string.Join('\n', LocalWorkspace.DirectsOf(person).Select(with =>
        {
            var dm = LocalWorkspace.DirectConversation(person.Id, with);
            var name = with == LocalWorkspace.BotId ? LocalWorkspace.BotName + " (bot)" : LocalWorkspace.NameOf(with);
            return $"""<li><a href="{Link(person, dm)}" data-dm="{E(with)}" data-conversation="{E(dm)}"{Current(conversation, dm)}>{E(name)}</a></li>""";
        }));
        return $"""
            <nav id="sidebar" aria-label="Conversations">
            <ul id="home-nav"><li><a href="{Link(person, "home")}" id="home-link">Home</a></li></ul>
            <h2>Channels</h2>
            <ul id="channels">
            {channelLinks}
            </ul>
            <h2>Direct messages</h2>
            <ul id="dms">
            {directLinks}
            </ul>
            <p class="help">Type <kbd>/coord help</kbd>, or talk to <kbd>@coord</kbd>. Write <kbd>@Bob</kbd> to mention someone.</p>
            </nav>
            """;
    }

    private static string Conversation(string title) => $"""
        <main id="main" aria-labelledby="conversation-title">
        <h2 id="conversation-title">{E(title)}</h2>
        <div id="messages" class="messages" role="log" aria-live="polite" aria-label="Messages"><p class="empty">Loading…</p></div>
        <form id="composer-form" class="composer">
        <label for="composer">Message {E(title)}</label>
        <textarea id="composer" name="text" rows="2" autocomplete="off" placeholder="/coord ask @Bob review the rollout plan by Friday"></textarea>
        <button id="send" type="submit">Send</button>
        </form>
        <p class="hint">Enter sends; Shift+Enter starts a new line.</p>
        </main>
        <aside id="thread" class="thread" aria-labelledby="thread-title" hidden>
        <div class="thread-head"><h2 id="thread-title">Thread</h2><button id="thread-close" type="button" aria-label="Close the thread">Close</button></div>
        <div id="thread-messages" class="messages" role="log" aria-live="polite" aria-label="Thread messages"></div>
        <form id="thread-composer-form" class="composer">
        <label for="thread-composer">Reply in the thread</label>
        <textarea id="thread-composer" name="text" rows="2" autocomplete="off"></textarea>
        <button id="thread-send" type="submit">Reply</button>
        </form>
        </aside>
        """;

    /// <summary>The Home panel, filled by its script (<c>local-home.js</c>).</summary>
    private const string HomePanel = """
        <section id="home-panel" class="home" aria-labelledby="home-title" hidden>
        <h2 id="home-title">Home</h2>
        <div id="home-waiting"></div>
        <div id="home-asked"></div>
        <div id="home-steps"></div>
        <div id="home-figures"></div>
        <div id="home-settings"></div>
        </section>
        """;

    private static string Link(LocalPerson person, string conversation) =>
        E($"/?as={Uri.EscapeDataString(person.Id)}&c={Uri.EscapeDataString(conversation)}");

    private static string Current(string open, string conversation) => open == conversation ? " aria-current=\"page\"" : string.Empty;

    private static string Disabled(LocalClockView clock) => clock.CanFastForward ? string.Empty : " disabled";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"^#[a-z0-9][a-z0-9_-]{0,79}$", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelName();
}
