namespace Coordination.Core.Commands;

/// <summary>The help text: every verb with its syntax and an example.</summary>
public static class CommandUsage
{
    private sealed record Usage(string Verb, string Syntax, string Example, string Purpose);

    private const string Dates =
        "Dates: `today`, `tomorrow`, `eod`, `fri`, `next week`, `in 3 days`, `in 4 hours`, `Dec 3`, `2026-12-03`, optionally with a time (`5pm`, `17:00`, `noon`).";

    private const string PlainEnglish =
        "Or just say it: `follow up with @dana on the spec by Friday`, `coordinate the launch with the backend team`, `what's waiting on me?`, `we decided to ship, @lee will tell support by Monday`, `I'm away until Dec 3`.";

    private static readonly Usage[] Usages =
    [
        new("ask", "/coord ask @person [@person …] <what you need> [by <date>] [escalate @lead] [default: <your fallback>] [--meeting]", "/coord ask @dana @lee review the API spec by Friday default: ship it as is", "ask people for a decision, a review or a meeting"),
        new("list", "/coord list [mine|waiting|all]", "/coord list waiting", "list open requests: yours (default), those waiting on you, or all of them"),
        new("status", "/coord status CR-n", "/coord status CR-12", "show a request and its paper trail"),
        new("ack", "/coord ack CR-n", "/coord ack CR-12", "tell the requester you have seen it"),
        new("done", "/coord done CR-n [note]", "/coord done CR-12 approved, see my comments", "mark your part done"),
        new("decline", "/coord decline CR-n <reason>", "/coord decline CR-12 out of scope this quarter", "say no, with a reason the requester can act on"),
        new("redirect", "/coord redirect CR-n [@from] @to", "/coord redirect CR-12 @sam", "hand your part to someone else (the requester can move @from's part)"),
        new("snooze", "/coord snooze CR-n [@person] <duration>", "/coord snooze CR-12 2d", "hold your follow-ups (`90m`, `36h`, `2 days`, `1w`; at most 30 days)"),
        new("escalate", "/coord escalate CR-n @person", "/coord escalate CR-12 @morgan", "choose who hears about it after three unanswered attempts"),
        new("resolve", "/coord resolve CR-n [note]", "/coord resolve CR-12 went with option B", "close the request (also `close`)"),
        new("cancel", "/coord cancel CR-n", "/coord cancel CR-12", "withdraw the request"),
        new("decide", "/coord decide [CR-n] <decision> [because <why>] [next: @person <action> [by <date>]; …] [--long-term]", "/coord decide CR-12 ship on Postgres next: @dana migrate the schema by Friday; @lee update the runbook", "record a decision; each next step becomes a request on its owner (alone: opens the decision form)"),
        new("next", "/coord next D-n @person <action> [by <date>]", "/coord next D-4 @sam announce it in #eng by tomorrow", "add a next step to decision D-n"),
        new("decisions", "/coord decisions [open|all]", "/coord decisions all", "list decisions with their next steps (default: those with steps still open)"),
        new("team", "/coord team <name> @person [@person …]", "/coord team backend @dana @lee", "name a team, then `coordinate <what> with backend` (adding or removing someone else takes their consent: you must be their lead or a workspace admin)"),
        new("away", "/coord away [@person] until <date> [delegate @person]", "/coord away until Dec 3 delegate @sam", "pause your clocks while you are away, or hand your requests over (@person's, for their lead or a workspace admin)"),
        new("back", "/coord back [@person]", "/coord back", "end your absence (or @person's, for their lead or a workspace admin)"),
        new("summarize", "/coord summarize [CR-n]", "/coord summarize CR-12", "a decision record of this thread, or of a request's"),
        new("notes", "/coord notes <meeting notes>", "/coord notes we picked option B; @dana drafts the plan by Friday", "turn pasted notes into decisions and action items (alone: opens a form to paste them in)"),
        new("digest", "/coord digest [now | channel #channel]", "/coord digest channel #eng-leads", "where the weekly digest goes (`here` for this channel), or one now"),
        new("meeting", "/coord meeting CR-n", "/coord meeting CR-12", "note that settling a request took a meeting (the digest counts them)"),
        new("stats", "/coord stats [@person]", "/coord stats @dana", "your own coordination figures (or a report's, for their lead), sent only to you"),
        new("patterns", "/coord patterns", "/coord patterns", "what stalls requests here and what gets them answered, from the history"),
        new("export", "/coord export [from CR-n]", "/coord export", "a CSV of the workspace's requests, stakeholders and full paper trail, sent to you as a file"),
        new("feedback", "/coord feedback CR-n <note>", "/coord feedback CR-12 quick once the right person had it", "a note on how your resolved request went, beside the 👍 / 👎 you were asked for (only you see it)"),
        new("lead", "/coord lead [@person] @lead", "/coord lead @morgan", "set who you report to; escalations go there (@person's lead: only they, their lead or a workspace admin; everyone concerned is told)"),
        new("tz", "/coord tz <IANA zone>", "/coord tz Europe/London", "set your time zone"),
        new("summary", "/coord summary on|off", "/coord summary off", "your morning direct message, each working day, of what waits on you and what you wait on (on by default)"),
        new("help", "/coord help [verb]", "/coord help ask", "this help, or one command's"),
        new("home", "/coord home", "/coord home", "your Home: what waits on you, what you wait on, your figures and your settings (Slack: the app's Home tab; Teams: a card in your personal chat)"),
        new("webhook", "/coord webhook add <url> [events…] | list | remove <id>", "/coord webhook add https://example.com/hooks/coordination request.created decision.recorded", "workspace admins: send signed events (`request.created`, `request.nudged`, `request.escalated`, `request.answered`, `request.resolved`, `request.cancelled`, `decision.recorded`, `digest.posted`) to an HTTPS endpoint"),
        new("token", "/coord token create|revoke <name> | token list", "/coord token create ci-reports", "workspace admins: API tokens for `/api/v1` (a new token is shown once, only to you)"),
        new("hours", "/coord hours [[@person] <days> <from>-<to>]", "/coord hours mon-thu 08:00-16:00", "your working days and hours (alone: shows them); windows skip the days you don't work, nudges come at the start of your day (@person's: only they, their lead or a workspace admin)"),
        new("holiday", "/coord holiday [remove] <yyyy-mm-dd>[..<yyyy-mm-dd>]", "/coord holiday 2026-12-24..2026-12-31", "a day or days off: windows skip them like a weekend"),
        new("holidays", "/coord holidays [calendar <https url> | calendar off]", "/coord holidays calendar https://example.com/holidays.ics", "your coming holidays; a workspace admin imports the workspace's holiday calendar (iCalendar), refreshed daily"),
        new("calendar", "/coord calendar <ics url> | off | delegate @person", "/coord calendar https://calendar.example.com/me/basic.ics", "link your own calendar: its out-of-office events mark you away (with your delegate standing in as for `away`)"),
        new("schedule", "/coord schedule <15m–4h> with @person [@person …] [today|tomorrow|this week|next week|<date>|by <day>] [\"title\"] · /coord schedule CR-n again", "/coord schedule 45 minutes with @bob and @carol next week \"Design review\"", "find a meeting time: three times inside everyone's working hours, as buttons; agreed once everyone picks the same one (also `schedule 1h with @bob tomorrow`, `find 30 minutes with @bob this week`)"),
        new("link", "/coord link CR-n <issue link> | /coord link CR-n remove <issue link>", "/coord link CR-12 https://github.com/acme/api/issues/5", "link a request to a GitHub issue or pull request, a Jira issue or a Linear issue: closing it there resolves the request"),
        new("me", "/coord me [github|jira|linear <account>]", "/coord me github octocat", "link your own tracker account, so your comments on a linked issue count as your answer (alone: shows yours)"),
        new("adr", "/coord adr D-n <owner/repo>", "/coord adr D-4 acme/api", "open a pull request adding the decision's record under docs/decisions/ (admins or the decision's owner)"),
    ];

    /// <summary>Usage of one verb, or of all of them when <paramref name="verb"/> is null or unknown.</summary>
    public static string For(string? verb)
    {
        var name = verb?.ToLowerInvariant() switch
        {
            "close" => "resolve",
            "summarise" => "summarize",
            "summaries" => "summary",
            var other => other,
        };
        var usage = Array.Find(Usages, u => string.Equals(u.Verb, name, StringComparison.OrdinalIgnoreCase));
        return usage switch
        {
            null => All(),
            { Verb: "ask" or "decide" or "next" or "away" } => $"{Line(usage)}\nExample: `{usage.Example}`\n{Dates}",
            _ => $"{Line(usage)}\nExample: `{usage.Example}`",
        };
    }

    private static string Line(Usage usage) => $"`{usage.Syntax}`: {usage.Purpose}";

    private static string All() => string.Join(
        '\n',
        [
            "*The 48-hour rule:* every request gets an answer within 48 hours; without one, proceed with your best judgment, and after three unanswered attempts I escalate.",
            .. Usages.Select(Line),
            Dates,
            PlainEnglish,
        ]);
}
