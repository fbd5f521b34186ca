using System.Text.RegularExpressions;
using Coordination.Core.Commands;

namespace Coordination.Core.Documentation;

internal enum FindingKind
{
    Decision,
    Action,

    /// <summary>A line ending in <c>?</c>: open unless the thread answers it later.</summary>
    Question,

    /// <summary>Marked open (<c>open question:</c>, <c>TBD</c>, under an "Open questions" heading): open whatever follows.</summary>
    OpenQuestion,
}

/// <summary>
/// What one line says. <see cref="Text"/> is as the record shows it; <see cref="Comparable"/> the whole line compared
/// for duplicates and quotes. An action has one owner per person it names, or a single null owner.
/// </summary>
internal sealed record Finding(
    FindingKind Kind,
    string Text,
    string Comparable,
    IReadOnlyList<PersonRef?> Owners,
    DueDate? Due = null,
    string? DueText = null);

/// <summary>
/// The rules that read a line, case-insensitively, first match wins:
/// <list type="number">
/// <item>a heading (<c>Decisions:</c>, <c>Action items:</c>, <c>TODO:</c>, <c>Open questions:</c>…) opens a section that
/// the same author's following list lines (<c>- …</c>, <c>1. …</c>) belong to;</item>
/// <item>markers: <c>decided:</c>, <c>decision:</c>, <c>agreed:</c> (a decision); <c>action:</c>, <c>action item:</c>,
/// <c>TODO:</c>, <c>AI:</c> with an optional leading person (an action); <c>open question:</c>, <c>TBD …</c>,
/// <c>… TBD</c> (an open question);</item>
/// <item>a line ending in <c>?</c> (a question);</item>
/// <item>a list line in a section: what the section holds;</item>
/// <item>phrases: <c>we decided …</c>, <c>we agreed …</c>, <c>we'll go with …</c>, <c>let's go with …</c> (a decision);
/// <c>@x will …</c> (an action owned by @x); <c>we'll …</c>, <c>I'll …</c> (an action owned by the author), unless
/// vague or an absence (<c>we'll see</c>, <c>I'll see if …</c>, <c>I'll try</c>, <c>I'll be out tomorrow</c>).</item>
/// </list>
/// A leading "yes,", "no,", "ok," is skipped first ("No, let's go with Redis" is a decision). Marker words may be in
/// Slack bold (<c>*Decision:*</c>). A due date ending an action is read by <see cref="TrailingDue"/>.
/// </summary>
internal static partial class LineRules
{
    private enum Section
    {
        None,
        Decisions,
        Actions,
        Questions,
    }

    private const string Emphasis = "[*_]{0,2}";
    private const string Apostrophe = "['’]";

    public static Finding?[] Read(IReadOnlyList<ThreadLine> lines, IReadOnlyDictionary<string, string> names, int maxLength)
    {
        var findings = new Finding?[lines.Count];
        var (section, sectionAuthor) = (Section.None, (string?)null);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Quote is not null || !line.Body.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            if (Heading(line.Body) is { } heading)
            {
                (section, sectionAuthor) = (heading, line.Author.PlatformUserId);
                continue;
            }

            if (!line.Bulleted || !string.Equals(line.Author.PlatformUserId, sectionAuthor, StringComparison.Ordinal))
            {
                section = Section.None;
            }

            findings[i] = new Reader(line, names, maxLength).Read(section);
        }

        return findings;
    }

    /// <summary>A line that answers a question: it starts (after any mentions) with yes or no.</summary>
    public static bool IsYesOrNo(string body) => YesOrNo().IsMatch(body);

    private static Section? Heading(string body)
    {
        var match = HeadingPattern().Match(body);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        return name.Contains("decision", StringComparison.Ordinal) || name.StartsWith("agree", StringComparison.Ordinal) || name == "decided"
            ? Section.Decisions
            : name.Contains("question", StringComparison.Ordinal) || name == "tbd" ? Section.Questions : Section.Actions;
    }

    private sealed class Reader(ThreadLine line, IReadOnlyDictionary<string, string> names, int maxLength)
    {
        public Finding? Read(Section section)
        {
            var body = line.Body;
            var text = Interjection().Match(body) is { Success: true } interjection ? interjection.Groups["rest"].Value : body;
            if (ExplicitDecision().Match(text) is { Success: true } decision)
            {
                return Decision(decision.Groups["text"].Value);
            }

            if (ExplicitAction().Match(text) is { Success: true } action)
            {
                return Owned(action.Groups["text"].Value);
            }

            if ((ExplicitOpen().Match(text) is { Success: true } open ? open : TbdFirst().Match(text)) is { Success: true } marked)
            {
                return Open(FindingKind.OpenQuestion, marked.Groups["text"].Value);
            }

            if (TbdLast().IsMatch(text))
            {
                return Open(FindingKind.OpenQuestion, text);
            }

            if (body.EndsWith('?'))
            {
                return Open(section == Section.Questions ? FindingKind.OpenQuestion : FindingKind.Question, body);
            }

            return section switch
            {
                Section.Decisions => Decision(text),
                Section.Actions => Owned(text),
                Section.Questions => Open(FindingKind.OpenQuestion, text),
                _ => Phrase(text),
            };
        }

        private Finding? Phrase(string text)
        {
            if ((WeDecided().Match(text) is { Success: true } decided ? decided : GoWith().Match(text)) is { Success: true } decision)
            {
                return Decision(decision.Groups["text"].Value);
            }

            var (people, rest) = PersonTokens.Leading(text, names);
            if (people.Count > 0 && Will().Match(rest) is { Success: true } will)
            {
                return Action(people, will.Groups["text"].Value);
            }

            if (PlainNameWill().IsMatch(text))
            {
                return Action([null], text);
            }

            // "<@U1|ana> I'll take it": the author's promise, addressed to someone.
            var said = people.Count > 0 ? rest : text;
            return (WeWill().Match(said) is { Success: true } we ? we : IWill().Match(said)) is { Success: true } promise
                && !Vague().IsMatch(promise.Groups["text"].Value)
                ? Action([line.Author], promise.Groups["text"].Value)
                : null;
        }

        /// <summary>An action after a marker or in an actions section: its leading people own it, else nobody yet.</summary>
        private Finding? Owned(string text)
        {
            var (people, rest) = PersonTokens.Leading(text, names);
            return people.Count > 0
                ? Action(people, OwnerSeparator().Replace(rest, string.Empty))
                : Action([null], text);
        }

        private Finding? Action(IReadOnlyList<PersonRef?> owners, string text)
        {
            var (action, due, dueText) = TrailingDue.Split(text);
            var shown = Shown(action).TrimEnd(',', ';', ':', '.', '-', '–', '—', ' ');
            return shown.Any(char.IsLetterOrDigit)
                ? new Finding(FindingKind.Action, DocumentText.Truncate(shown, maxLength), DocumentText.Comparable(shown), owners, due, dueText)
                : null;
        }

        private Finding? Decision(string text) => Make(FindingKind.Decision, Shown(text));

        private Finding? Open(FindingKind kind, string text)
        {
            var shown = Shown(text);
            return Make(kind, kind == FindingKind.Question ? DocumentText.FromFirstQuestion(shown) : shown, shown);
        }

        private Finding? Make(FindingKind kind, string shown, string? whole = null) =>
            shown.Any(char.IsLetterOrDigit)
                ? new Finding(kind, DocumentText.Truncate(shown, maxLength), DocumentText.Comparable(whole ?? shown), [])
                : null;

        private string Shown(string text) => DocumentText.OneLine(PersonTokens.Display(text, names));
    }

    [GeneratedRegex(@"^" + Emphasis + @"(?:(?<name>decisions|agreements|action\s+items|actions|next\s+steps|to-?dos|open\s+questions|questions)" + Emphasis + @"\s*:?|(?<name>decided|decision|agreed|action(?:\s+item)?|to-?do|to\s+do|ai|open\s+question|tbd)" + Emphasis + @"\s*:)" + Emphasis + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^" + Emphasis + @"(?:decided|decision|agreed)" + Emphasis + @"\s*:" + Emphasis + @"\s*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitDecision();

    [GeneratedRegex(@"^" + Emphasis + @"(?:action(?:\s+item)?|to-?do|to\s+do|ai)" + Emphasis + @"\s*:" + Emphasis + @"\s*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitAction();

    [GeneratedRegex(@"^" + Emphasis + @"open\s+questions?" + Emphasis + @"\s*:" + Emphasis + @"\s*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitOpen();

    [GeneratedRegex(@"^" + Emphasis + @"tbd\b" + Emphasis + @"[\s:,.;–—-]*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TbdFirst();

    [GeneratedRegex(@"\btbd[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TbdLast();

    [GeneratedRegex(@"^(?:we(?:" + Apostrophe + @"ve|\s+have)?\s+(?:decided|agreed)(?:\s+(?:to|that|on)\b|\s*[:,–—-])?|(?:decided|agreed)\s+(?:to|that|on)\b)\s*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeDecided();

    [GeneratedRegex(@"^(?:we(?:" + Apostrophe + @"ll|\s+will)|let" + Apostrophe + @"?s|let\s+us)\s+(?<text>go\s+with\s+\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GoWith();

    [GeneratedRegex(@"^,?\s*will\s+(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Will();

    [GeneratedRegex(@"^@[^\s@<>]+\s+will\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlainNameWill();

    [GeneratedRegex(@"^we(?:" + Apostrophe + @"ll|\s+will)\s+(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeWill();

    [GeneratedRegex(@"^i(?:" + Apostrophe + @"ll|\s+will)\s+(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IWill();

    /// <summary>"We'll see", "I'll see if…", "I'll try", "I'll be out tomorrow": not a promise to do something.</summary>
    [GeneratedRegex(@"^(?:see(?:\s+(?:about|if|what|how|whether)\b.*)?|try|be\s+(?:out|away|off|offline|late|back|on\s+(?:leave|holiday|vacation|pto))\b.*)[.!]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();

    [GeneratedRegex(@"^(?:[:,–—-]|will\b|to\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerSeparator();

    [GeneratedRegex(@"^(?:yes|yeah|yep|yup|no|nope|ok|okay|sure)\s*[,.!;:–—-]+\s*(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Interjection();

    [GeneratedRegex(@"^(?:<@[^<>]{1,300}>[\s,:]*)*(?:yes|yeah|yep|yup|no|nope)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesOrNo();
}
